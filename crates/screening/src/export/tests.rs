use super::*;
use crate::fhir::CATALOGUE_VERSION;
use crate::questions::{question, ADULT};

#[test]
fn the_walk_covers_every_question_in_order() {
    let items = walk();
    assert_eq!(items.len(), QUESTIONS.len());
    for (item, q) in items.iter().zip(QUESTIONS) {
        assert_eq!(item.id, q.id);
        assert_eq!(item.link_id, q.id.key());
        assert_eq!(item.asked_when, q.asked_when);
        assert_eq!(
            item.codes(),
            q.options().iter().map(|o| o.key()).collect::<Vec<_>>()
        );
        assert_eq!(item.hint.is_some(), q.has_hint, "{:?}", q.id);
        assert_eq!(item.number.is_some(), matches!(q.kind, Kind::Number { .. }));
        assert_eq!(item.never_shared, NEVER_SHARED.contains(&q.id));
        let texts = item
            .prompt
            .iter()
            .chain(item.hint.iter().flatten())
            .chain(item.options.iter().flat_map(|c| c.label.iter()))
            .chain(item.number.iter().flat_map(|n| n.unknown.label.iter()));
        for (locale, text) in texts {
            assert!(
                !text.is_empty() && *text != "\u{2026}",
                "{:?} in {locale:?}",
                q.id
            );
        }
        assert_eq!(item.prompt.len(), Locale::ALL.len());
    }
}

#[test]
fn exclusive_options_are_marked() {
    for item in walk() {
        if let Kind::Multi { exclusive, .. } = question(item.id).kind {
            let marked: Vec<Opt> = item
                .options
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| c.opt)
                .collect();
            assert_eq!(marked, exclusive);
        }
    }
}

/// A fingerprint of everything the published Questionnaire holds: keys,
/// kinds, ranges, conditions and every text in every language (FNV-1a).
fn fingerprint() -> u64 {
    let mut text = String::new();
    for item in walk() {
        text.push_str(&format!("{item:?}\n"));
    }
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The catalogue as published under `CATALOGUE_VERSION`.
const PUBLISHED: (&str, u64) = ("1.0.0", 0x03c6_6909_e48f_68b9);

#[test]
fn the_version_follows_the_catalogue() {
    let now = fingerprint();
    assert!(
        PUBLISHED == (CATALOGUE_VERSION, now),
        "The question catalogue (its questions, options, conditions or words) \
         changed since version {} was published. Clinics tell versions apart by \
         `fhir::CATALOGUE_VERSION`: raise it, then set PUBLISHED in this test to \
         (\"<the new version>\", {now:#x}).",
        PUBLISHED.0
    );
}

fn said(q: QuestionId, o: Opt) -> Cond {
    Cond::Said(q, o)
}

#[test]
fn an_adult_only_question_is_enabled_when_the_age_is_not_under_18() {
    let Enable::When { any, tests } = enable(Some(&ADULT)) else {
        panic!("ADULT is one plain test");
    };
    assert!(!any);
    assert_eq!(
        tests,
        vec![Test {
            question: "age".into(),
            operator: "!=",
            answer: Value::Code("under_18"),
        }]
    );
}

#[test]
fn an_answer_to_an_adult_only_question_already_implies_an_adult() {
    static C: Cond = Cond::All(&[ADULT, Cond::Said(QuestionId::Pregnant, Opt::Yes)]);
    let Enable::When { tests, .. } = enable(Some(&C)) else {
        panic!("plain")
    };
    assert_eq!(tests.len(), 1);
    assert_eq!(tests[0].question, "pregnant");
    static D: Cond = Cond::All(&[
        ADULT,
        Cond::Any(&[
            Cond::Said(QuestionId::Pregnant, Opt::Yes),
            Cond::Said(QuestionId::Pregnant, Opt::GaveBirth),
        ]),
    ]);
    assert!(matches!(enable(Some(&D)), Enable::When { any: true, tests } if tests.len() == 2));
    // A negation proves nothing about the age: both tests stay.
    static E: Cond = Cond::All(&[
        ADULT,
        Cond::Not(&Cond::Said(QuestionId::NerveSleepVein, Opt::SleepApnoea)),
    ]);
    assert!(matches!(enable(Some(&E)), Enable::When { any: false, tests } if tests.len() == 2));
}

#[test]
fn conditions_plain_tests_cannot_express_become_expressions() {
    // All of: adult, an urge, any of three features, none of them unsure.
    static FEATURES: [Cond; 3] = [
        Cond::Said(QuestionId::RestWorse, Opt::Yes),
        Cond::Said(QuestionId::MovementEases, Opt::Yes),
        Cond::Said(QuestionId::EveningWorse, Opt::Yes),
    ];
    static UNSURE: [Cond; 3] = [
        Cond::Said(QuestionId::RestWorse, Opt::NotSure),
        Cond::Said(QuestionId::MovementEases, Opt::NotSure),
        Cond::Said(QuestionId::EveningWorse, Opt::NotSure),
    ];
    static C: Cond = Cond::All(&[
        ADULT,
        Cond::Said(QuestionId::Urge, Opt::Yes),
        Cond::Any(&FEATURES),
        Cond::Not(&Cond::Any(&UNSURE)),
    ]);
    let Enable::Expression(e) = enable(Some(&C)) else {
        panic!("needs an expression")
    };
    let has = |q: &str, o: &str| {
        [
            "%resource.repeat(item).where(linkId='",
            q,
            "').answer.value.where(code='",
            o,
            "').exists()",
        ]
        .concat()
    };
    assert!(
        e.starts_with(&["((", &has("age", "under_18"), ").not() and "].concat()),
        "{e}"
    );
    assert!(e.contains(&has("urge", "yes")));
    assert!(e.contains(&[" or ", &has("evening", "yes"), ")"].concat()));
    assert!(e.contains(&["((", &has("rest", "not_sure"), " or "].concat()));
    assert!(e.ends_with(").not())"), "{e}");
}

#[test]
fn every_condition_of_the_catalogue_has_a_translation() {
    for item in walk() {
        let how = enable(item.asked_when.as_ref());
        assert_eq!(how == Enable::Always, item.asked_when.is_none());
        if let Enable::When { tests, .. } = how {
            for t in tests {
                assert!(walk().iter().any(|i| i.link_id == t.question
                    || i.number
                        .as_ref()
                        .is_some_and(|n| n.unknown_link_id == t.question)));
            }
        }
    }
}

/// The answers of `link_id` in FHIRPath, as the exporter writes them.
fn answers_of(link_id: &str) -> String {
    [
        "%resource.repeat(item).where(linkId='",
        link_id,
        "').answer.value",
    ]
    .concat()
}

#[test]
fn a_number_s_unknown_companion_waits_for_the_number_to_be_empty() {
    for item in walk().iter().filter(|i| i.number.is_some()) {
        match enable_unknown(item.id) {
            Enable::When { any: false, tests } => assert_eq!(
                tests.last(),
                Some(&Test {
                    question: item.link_id.to_string(),
                    operator: "exists",
                    answer: Value::Boolean(false),
                })
            ),
            // A question asked under a condition plain tests cannot say.
            Enable::Expression(e) => assert!(
                e.ends_with(&[" and ", &answers_of(item.link_id), ".exists().not()"].concat()),
                "{:?}: {e}",
                item.id
            ),
            other => panic!("{:?}: {other:?}", item.id),
        }
    }
    assert!(said(QuestionId::Ferritin, Opt::DontKnow) != ADULT);
    assert!(fhirpath(&said(QuestionId::Ferritin, Opt::DontKnow)).contains("'ferritin_unknown'"));
}
