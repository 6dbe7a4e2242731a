use super::json::{date_time, xml, Json};
use super::*;
use crate::flags::RED_FLAGS;
use crate::questions::{Opt, QuestionId as Q};
use crate::report::evaluate;
use crate::testkit::{person, witness};
use serde_json::Value;

/// 2025-11-24T16:00:00Z.
const WHEN: u64 = 1_764_000_000_000;

fn check_string(s: &str) {
    let mut j = Json::default();
    j.str(s);
    let back: String = serde_json::from_str(&j.0).unwrap_or_else(|e| panic!("{:?}: {e}", j.0));
    assert_eq!(back, s);
}

#[test]
fn strings_are_escaped_as_json_requires() {
    check_string("");
    check_string("plain");
    check_string("a \"quoted\" word and a back\\slash \\\"");
    check_string("new\nline, tab\t, return\r, nul\0, bell\u{7}, escape\u{1b}, \u{1f}\u{1e}");
    check_string("¿Qué tal? Ñandú, naïve, 日本語, emoji \u{1f9b5}, \u{2028}\u{2029}, \u{7f}");
    check_string("</script><!-- & -->");
}

#[test]
fn narrative_text_is_escaped_as_xhtml_requires() {
    let mut out = String::new();
    xml(&mut out, "a < b & c > \"d\" 'e' ñ");
    assert_eq!(out, "a &lt; b &amp; c &gt; &quot;d&quot; 'e' ñ");
    let mut controls = String::new();
    xml(&mut controls, "a\u{0}\u{8}\tb\u{b}\u{c}\nc\u{1f}\rd");
    assert_eq!(controls, "a\tb\nc\rd");
}

#[test]
fn times_are_fhir_date_times_in_the_person_s_zone() {
    assert_eq!(date_time(0, 0), "1970-01-01T00:00:00+00:00");
    assert_eq!(date_time(WHEN, 0), "2025-11-24T16:00:00+00:00");
    // Madrid in winter (getTimezoneOffset is -60) and New York (300).
    assert_eq!(date_time(WHEN, -60), "2025-11-24T17:00:00+01:00");
    assert_eq!(
        date_time(WHEN + 8 * 3_600_000, 300),
        "2025-11-24T19:00:00-05:00"
    );
    // A leap day, and India's half hour.
    assert_eq!(
        date_time(1_709_210_096_000, -330),
        "2024-02-29T18:04:56+05:30"
    );
    assert_eq!(date_time(951_782_400_000, 0), "2000-02-29T00:00:00+00:00");
}

fn bundle(answers: &Answers, locale: Locale) -> (String, Value, String) {
    let (name, text) = saved_file(answers, &evaluate(answers), locale, WHEN, -60);
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (name, value, text)
}

/// The narrative of every section, joined.
fn narrative(bundle: &Value) -> String {
    bundle["entry"][1]["resource"]["section"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            [
                s["title"].as_str().unwrap(),
                s["text"]["div"].as_str().unwrap(),
            ]
            .concat()
        })
        .collect()
}

#[test]
fn the_file_is_a_collection_bundle_with_the_response_and_a_summary() {
    let answers = person(&[(Q::Ferritin, &[]), (Q::Blood, &[Opt::HeavyPeriods])]);
    let mut answers = answers;
    answers.set(Q::Ferritin, Answer::Number(22));
    let (name, b, _) = bundle(&answers, Locale::En);
    assert_eq!(name, "rls-check-2025-11-24.json");
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    let r = &b["entry"][0]["resource"];
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    assert_eq!(r["status"], "completed");
    assert_eq!(r["authored"], "2025-11-24T17:00:00+01:00");
    assert_eq!(
        r["questionnaire"],
        [CANONICAL_URL, "|", CATALOGUE_VERSION].concat()
    );
    let items = r["item"].as_array().unwrap();
    let ferritin = items.iter().find(|i| i["linkId"] == "ferritin").unwrap();
    assert_eq!(ferritin["answer"][0]["valueInteger"], 22);
    let blood = items.iter().find(|i| i["linkId"] == "blood").unwrap();
    assert_eq!(blood["answer"][0]["valueCoding"]["code"], "heavy_periods");
    assert_eq!(blood["answer"][0]["valueCoding"]["system"], CODE_SYSTEM);
    let c = &b["entry"][1]["resource"];
    assert_eq!(c["resourceType"], "Composition");
    assert_eq!(c["status"], "final");
    assert!(c["type"]["text"].is_string() && c["type"].get("coding").is_none());
    assert!(c["author"][0]["display"].is_string());
    assert_eq!(c["date"], "2025-11-24T17:00:00+01:00");
    let text = narrative(&b);
    assert!(text.contains(Locale::En.verdict(crate::Verdict::Fits)));
    assert!(
        text.contains(Locale::En.cause_title(crate::CauseId::IronDeficiency)),
        "{text}"
    );
    for section in c["section"].as_array().unwrap() {
        let div = section["text"]["div"].as_str().unwrap();
        assert!(
            div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">")
                && div.ends_with("</div>")
        );
    }
}

#[test]
fn an_unknown_number_is_the_companion_item() {
    let (_, b, _) = bundle(&person(&[]), Locale::En);
    let items = b["entry"][0]["resource"]["item"].as_array().unwrap();
    assert!(items.iter().all(|i| i["linkId"] != "ferritin"));
    let unknown = items
        .iter()
        .find(|i| i["linkId"] == "ferritin_unknown")
        .unwrap();
    assert_eq!(unknown["answer"][0]["valueCoding"]["code"], "dont_know");
}

#[test]
fn the_summary_is_in_the_person_s_language() {
    let (_, b, _) = bundle(&person(&[]), Locale::Es);
    let c = &b["entry"][1]["resource"];
    assert_eq!(c["language"], "es");
    assert_eq!(c["title"], Locale::Es.ui(Ui::AppTitle));
    assert!(narrative(&b).contains(Locale::Es.verdict(crate::Verdict::Fits)));
}

#[test]
fn a_child_s_file_holds_the_age_and_the_page_for_children() {
    let mut answers = Answers::new();
    answers.set(Q::Age, Answer::Choice(Opt::Under18));
    let (_, b, _) = bundle(&answers, Locale::En);
    let items = b["entry"][0]["resource"]["item"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert!(narrative(&b).contains(Locale::En.ui(Ui::ChildHeading)));
}

#[test]
fn the_private_answer_and_what_would_reveal_it_are_never_in_the_file() {
    let private: Vec<_> = RED_FLAGS
        .iter()
        .filter(|f| {
            f.rule
                .mentions()
                .iter()
                .any(|(q, _)| NEVER_SHARED.contains(q))
        })
        .collect();
    assert!(!private.is_empty());
    for flag in &private {
        let answers = witness(&flag.rule).unwrap();
        let report = evaluate(&answers);
        assert!(
            report.flags.iter().any(|f| f.id == flag.id),
            "{:?}",
            flag.id
        );
        for locale in Locale::ALL {
            let (_, b, text) = bundle(&answers, *locale);
            for q in NEVER_SHARED {
                assert!(!text.contains(&["\"", q.key()].concat()), "{text}");
                for o in question(*q).options() {
                    assert!(
                        !text.contains(locale.option_label_in(*q, o))
                            || o == Opt::No
                            || o == Opt::Yes
                    );
                }
            }
            assert!(
                !narrative(&b).contains(locale.flag_title(flag.id)),
                "{:?}",
                flag.id
            );
        }
    }
}

#[test]
fn every_cause_and_warning_sign_s_file_is_valid_json() {
    let rules = crate::causes::CAUSES
        .iter()
        .filter_map(|c| match c.trigger {
            crate::causes::Trigger::Rule(r) => Some(r),
            _ => None,
        })
        .chain(RED_FLAGS.iter().map(|f| f.rule));
    for rule in rules {
        let Some(answers) = witness(&rule) else {
            continue;
        };
        for locale in Locale::ALL {
            let (_, b, _) = bundle(&answers, *locale);
            assert_eq!(b["entry"].as_array().unwrap().len(), 2);
        }
    }
}

#[test]
fn warning_signs_come_most_urgent_first_with_the_line_about_self_harm() {
    let section = |answers: &Answers| -> String {
        let (_, b, _) = bundle(answers, Locale::En);
        b["entry"][1]["resource"]["section"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["title"] == Locale::En.ui(Ui::SummaryFlags))
            .expect("the warning signs are always written")["text"]["div"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let signs = section(&person(&[(
        Q::WarningSigns,
        &[Opt::OneLeg, Opt::SaddleNumbness, Opt::SwollenCalf],
    )]));
    let at: Vec<usize> = crate::flags::Level::ALL
        .iter()
        .filter_map(|l| signs.find(&[Locale::En.level_heading(*l), ": "].concat()))
        .collect();
    assert_eq!(at.len(), 3, "{signs}");
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{signs}");
    // The same standing line with and without a self-harm answer, and
    // "none" when nothing else applies.
    let note = Locale::En.ui(Ui::SummarySelfHarmMissing);
    assert!(signs.contains(note));
    for harm in [Opt::No, Opt::YesWithPlan, Opt::PreferNotToSay] {
        let calm = section(&person(&[(Q::SelfHarm, &[harm])]));
        assert!(calm.contains(note) && calm.contains(Locale::En.ui(Ui::SummaryNoFlags)));
        assert_eq!(calm, section(&person(&[(Q::SelfHarm, &[Opt::No])])));
    }
}
