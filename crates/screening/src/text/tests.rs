//! The locale tables against the keys the widget uses and the wording
//! rules, and the lookups that build sentences.

use super::*;
use crate::flags::{Level, RED_FLAGS};
use crate::input::FieldError;
use crate::questions::{Opt, QuestionId};
use crate::region::Region;
use crate::session::Session;
use crate::share_link::ShareLinkError;
use crate::step::Step;

#[test]
fn every_table_reads_back_whole() {
    for l in Locale::ALL {
        let count = match l {
            Locale::En => crate::locales::en::KEYS.len() + crate::locales::en::PAGE_KEYS.len(),
            Locale::Es => crate::locales::es::KEYS.len() + crate::locales::es::PAGE_KEYS.len(),
        };
        assert_eq!(
            l.texts().len(),
            count,
            "{l:?}: a text holds a separator character"
        );
        for (k, v) in l.table() {
            assert!(!k.is_empty() && !v.is_empty(), "{l:?} {k}");
        }
    }
    assert_eq!(Locale::En.ui(Ui::Continue), "Continue");
    #[cfg(feature = "page")]
    assert!(Locale::Es
        .page(super::PageText::StartLoading)
        .starts_with("La comprobación todavía se está cargando"));
    #[cfg(not(feature = "page"))]
    assert!(
        crate::locales::en::PAGE_TEXTS.is_empty()
            && crate::locales::es::PAGE_TEXTS.is_empty()
            && crate::locales::en::PAGE_HASHES.is_empty()
    );
}

#[test]
fn no_two_keys_share_a_hash_and_each_finds_its_own_text() {
    use crate::locales::en::{HASHES, KEYS, PAGE_HASHES, PAGE_KEYS};
    let mut seen = std::collections::HashMap::new();
    for key in KEYS.iter().chain(PAGE_KEYS) {
        if let Some(other) = seen.insert(crate::hash::key_hash(key), key) {
            panic!("{key} and {other} share a hash: choose another HASH_SEED");
        }
    }
    let hashed: Vec<u16> = KEYS
        .iter()
        .chain(PAGE_KEYS)
        .map(|k| crate::hash::key_hash(k))
        .collect();
    let stored: Vec<u16> = HASHES.iter().chain(PAGE_HASHES).copied().collect();
    assert_eq!(stored, hashed);
    for l in Locale::ALL {
        for (key, text) in l.table() {
            assert_eq!(l.text(key), text, "{l:?} {key}");
        }
    }
}

#[test]
fn every_lookup_the_screens_make_finds_its_own_keys_text() {
    // A key missing from the tables could share its hash with one that is
    // there and find that key's sentence. So every lookup the catalogue's
    // words make, over every id it is asked for (its guards included), must
    // be of a key in the tables, and find that key's own text.
    use crate::causes::{CauseId, Grade, TestId};
    use crate::flags::{FlagId, Level};
    use crate::notes::NoteId;
    use crate::questions::{question, Opt, QuestionId, Section, Unit, OWN_LABELS};
    use crate::report::{Mark, Verdict, CRITERIA, MIMICS};
    for l in Locale::ALL {
        let table: std::collections::HashMap<&str, &str> = l.table().into_iter().collect();
        let own = |key: String| {
            *table
                .get(key.as_str())
                .unwrap_or_else(|| panic!("{key} is looked up but not in {l:?}"))
        };
        for q in QuestionId::ALL {
            assert_eq!(l.prompt(*q), own(format!("q.{}", q.key())));
            assert_eq!(l.short(*q), own(format!("q.{}.short", q.key())));
            assert_eq!(
                l.hint(*q),
                question(*q)
                    .has_hint
                    .then(|| own(format!("q.{}.hint", q.key())))
            );
            for o in question(*q).options() {
                let key = if OWN_LABELS.contains(&(*q, o)) {
                    format!("q.{}.opt.{}", q.key(), o.key())
                } else {
                    format!("opt.{}", o.key())
                };
                assert_eq!(l.option_label_in(*q, o), own(key));
            }
        }
        for o in Opt::ALL {
            assert_eq!(l.option_label(*o), own(format!("opt.{}", o.key())));
        }
        for (_, o) in MIMICS {
            assert_eq!(l.mimic(*o), own(format!("mimic.{}", o.key())));
            assert_eq!(l.mimic_todo(*o), own(format!("mimic.{}.todo", o.key())));
        }
        for c in CauseId::ALL {
            assert_eq!(l.cause_title(*c), own(format!("cause.{}.title", c.key())));
            assert_eq!(l.cause_why(*c), own(format!("cause.{}.why", c.key())));
            assert_eq!(l.cause_todo(*c), own(format!("cause.{}.todo", c.key())));
        }
        for f in FlagId::ALL {
            assert_eq!(l.flag_title(*f), own(format!("flag.{}.title", f.key())));
            // With no region its numbers' placeholders are filled with the
            // general words: the sentence up to the first of them is the
            // key's own.
            let todo = own(format!("flag.{}.todo", f.key()));
            let fixed = todo.split('{').next().unwrap_or_default();
            let words = l.flag_todo(*f, None);
            assert!(words.starts_with(fixed), "{f:?}: {words}");
        }
        // Ids whose key is the whole text key.
        fn whole<T: Copy>(
            l: Locale,
            own: &dyn Fn(String) -> &'static str,
            all: &[T],
            key: fn(T) -> &'static str,
            words: fn(Locale, T) -> &'static str,
        ) {
            for v in all {
                assert_eq!(words(l, *v), own(key(*v).to_string()));
            }
        }
        whole(*l, &own, Section::ALL, Section::key, Locale::section);
        whole(*l, &own, Unit::ALL, Unit::key, Locale::unit);
        whole(*l, &own, Grade::ALL, Grade::key, Locale::grade);
        whole(*l, &own, TestId::ALL, TestId::key, Locale::test);
        whole(*l, &own, Verdict::ALL, Verdict::key, Locale::verdict);
        whole(*l, &own, Mark::ALL, Mark::key, Locale::mark);
        for v in Level::ALL {
            assert_eq!(l.level_heading(*v), own(format!("level.{}", v.key())));
        }
        for n in NoteId::ALL {
            assert_eq!(l.note(*n), own(format!("note.{}", n.key())));
        }
        for i in 0..CRITERIA {
            assert_eq!(l.criterion(i), own(format!("criterion.{}", i + 1)));
        }
    }
}

#[test]
fn an_id_hashes_its_own_key() {
    use crate::causes::{Grade, TestId};
    use crate::questions::{Section, Unit};
    use crate::report::{Mark, Verdict};
    fn check<T: Copy + std::fmt::Debug>(all: &[T], key: fn(T) -> &'static str, hash: fn(T) -> u16) {
        for v in all {
            assert_eq!(hash(*v), crate::hash::key_hash(key(*v)), "{v:?}");
        }
    }
    check(Ui::ALL, Ui::key, Ui::key_hash);
    #[cfg(feature = "page")]
    check(
        super::PageText::ALL,
        super::PageText::key,
        super::PageText::key_hash,
    );
    check(
        super::ErrorText::ALL,
        super::ErrorText::key,
        super::ErrorText::key_hash,
    );
    check(Section::ALL, Section::key, Section::key_hash);
    check(Grade::ALL, Grade::key, Grade::key_hash);
    check(TestId::ALL, TestId::key, TestId::key_hash);
    check(Verdict::ALL, Verdict::key, Verdict::key_hash);
    check(Mark::ALL, Mark::key, Mark::key_hash);
    check(Unit::ALL, Unit::key, Unit::key_hash);
}

#[test]
fn every_other_table_is_in_the_english_order() {
    let en: Vec<&str> = Locale::En.table().iter().map(|(k, _)| *k).collect();
    let es: Vec<&str> = crate::locales::es::KEYS
        .iter()
        .chain(crate::locales::es::PAGE_KEYS)
        .copied()
        .collect();
    assert_eq!(es, en);
    assert_eq!(
        Locale::Es.text("app.title"),
        "Comprobación de piernas inquietas"
    );
    assert_eq!(Locale::Es.ui(Ui::Continue), "Continuar");
}

#[test]
fn a_key_looked_up_by_its_parts_finds_the_same_text() {
    for l in Locale::ALL {
        for (key, text) in l.table() {
            let Some((kind, rest)) = key.split_once('.') else {
                continue;
            };
            for part in ["", ".hint", ".short", ".title", ".why", ".todo"] {
                if let Some(id) = rest.strip_suffix(part).filter(|id| !id.contains('.')) {
                    assert_eq!(l.text_of(kind, id, part), text, "{l:?} {key}");
                }
            }
        }
        assert_eq!(l.text_of("q", "nonsense", ""), MISSING);
    }
}

#[test]
fn fill_replaces_named_placeholders_only() {
    assert_eq!(
        fill("Question {n} of {m}", &[("n", "3"), ("m", "24")]),
        "Question 3 of 24"
    );
    assert_eq!(fill("{n}{n}", &[("n", "ab")]), "abab");
    assert_eq!(fill("a {x} {n} {", &[("n", "1")]), "a {x} 1 {");
    assert_eq!(fill("", &[("n", "1")]), "");
    assert_eq!(fill("niño {n}", &[("n", "ñ")]), "niño ñ");
}

#[test]
fn short_names_read_inside_a_sentence() {
    for l in Locale::ALL {
        for q in QuestionId::ALL {
            let short = l.short(*q);
            assert!(
                short.starts_with(|c: char| c.is_ascii_alphabetic()),
                "{l:?} {q:?}: {short}"
            );
            let inside = l.short_in_sentence(*q);
            assert_eq!(inside[1..], short[1..]);
            assert!(
                inside.starts_with(|c: char| c.is_ascii_lowercase())
                    || short[1..].starts_with(|c: char| c.is_ascii_uppercase())
            );
        }
    }
    assert_eq!(
        Locale::En.short_in_sentence(QuestionId::Pregnant),
        "pregnancy or recent birth"
    );
}

fn keys(locale: Locale) -> Vec<&'static str> {
    locale.table().iter().map(|(k, _)| *k).collect()
}

#[test]
fn every_language_has_every_key_the_widget_uses() {
    for l in Locale::ALL {
        let have = keys(*l);
        for k in required_keys() {
            assert!(have.contains(&k.as_str()), "{} lacks {k}", l.code());
        }
    }
}

#[test]
fn no_language_has_keys_nobody_uses_or_twice() {
    let required = required_keys();
    for l in Locale::ALL {
        let have = keys(*l);
        for (i, k) in have.iter().enumerate() {
            assert!(
                required.iter().any(|r| r == k),
                "{} has unused key {k}",
                l.code()
            );
            assert!(!have[i + 1..].contains(k), "{} has {k} twice", l.code());
        }
    }
}

#[test]
fn no_text_is_empty() {
    for l in Locale::ALL {
        for (k, v) in l.table() {
            assert!(!v.trim().is_empty(), "{} {k} is empty", l.code());
        }
    }
}

/// Words the widget must never use, per language (clinical reference §5):
/// no diagnosis, no probabilities, no named copyrighted instruments.
fn forbidden(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::En => &[
            "%",
            "probab",
            "chance",
            "likely",
            "odds",
            "percent",
            "score",
            "irls",
            "rls-6",
            "ch-rlsq",
            "rls-di",
            "you have rls",
            "you have restless legs syndrome",
        ],
        Locale::Es => &[
            "%",
            "probab",
            "posibilidad",
            "porcentaje",
            "puntuaci",
            "irls",
            "rls-6",
            "ch-rlsq",
            "rls-di",
            "usted tiene el s\u{ed}ndrome",
            "tiene spi",
        ],
    }
}

/// The only way the word "diagnosis" may appear: saying what this is not.
fn allowed_diagnosis(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::En => &["is not a diagnosis"],
        Locale::Es => &["no es un diagn\u{f3}stico"],
    }
}

/// Words for stopping (a medicine), which may appear only as advice not to.
fn negations(locale: Locale) -> (&'static [&'static str], &'static [&'static str]) {
    match locale {
        Locale::En => (&["stop"], &["never ", "not ", "n't ", "don\u{2019}t "]),
        Locale::Es => (
            &["deje de tomar", "dejar de tomar", "suspend", "interrump"],
            &["no ", "nunca ", "ni lo ", "ni "],
        ),
    }
}

#[test]
fn wording_follows_the_rules_in_every_language() {
    for l in Locale::ALL {
        for (key, text) in l.table() {
            let lower = text.to_lowercase();
            for word in forbidden(*l) {
                assert!(
                    !lower.contains(word),
                    "{} {key} says {word:?}: {text}",
                    l.code()
                );
            }
            let mut rest = lower.clone();
            for ok in allowed_diagnosis(*l) {
                rest = rest.replace(ok, "");
            }
            assert!(
                !rest.contains("diagn"),
                "{} {key} speaks of a diagnosis: {text}",
                l.code()
            );
            let (stops, nots) = negations(*l);
            for stop in stops {
                for (at, _) in lower.match_indices(stop) {
                    let before = &lower[..at];
                    assert!(
                        nots.iter().any(|n| before.ends_with(n)),
                        "{} {key} may advise stopping: {text}",
                        l.code()
                    );
                }
            }
        }
    }
}

/// Emergency and crisis numbers come only from `region`: no text names
/// one country's number for everyone.
#[test]
fn no_text_names_an_emergency_or_crisis_number() {
    let numbers = [
        "999", "911", "112", "988", "000", "111", "116 123", "024", "13 11 14",
    ];
    for l in Locale::ALL {
        for (key, text) in l.table() {
            for n in numbers {
                let alone = text.match_indices(n).any(|(at, _)| {
                    let before = text[..at].chars().next_back();
                    let after = text[at + n.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_digit())
                        && !after.is_some_and(|c| c.is_ascii_digit())
                });
                assert!(!alone, "{} {key} names {n}: {text}", l.code());
            }
        }
    }
    let generic = Locale::En.with_numbers("Call {emergency}. {crisis}", None);
    assert_eq!(
        generic,
        "Call your local emergency number. You can also call a crisis line in your country."
    );
    let uk = Locale::En.with_numbers("Call {emergency}. {crisis}", Some(Region::Uk));
    assert_eq!(uk, "Call 999. You can call Samaritans on 116 123.");
    let ie = Locale::Es.emergency(Some(Region::Ie));
    assert_eq!(ie, "112 o 999");
}

/// The warning signs marked `crisis` are the ones whose advice names a
/// crisis line, in every language.
#[test]
fn crisis_signs_name_a_crisis_line() {
    for l in Locale::ALL {
        for f in RED_FLAGS {
            let todo = l.text(&format!("flag.{}.todo", f.id.key()));
            assert_eq!(
                todo.contains("{crisis}"),
                f.crisis,
                "{} {:?}",
                l.code(),
                f.id
            );
            if f.level == Level::Emergency {
                assert!(todo.contains("{emergency}"), "{} {:?}", l.code(), f.id);
            }
        }
    }
}

#[test]
fn every_language_has_the_same_keys() {
    let en = keys(Locale::En);
    for l in Locale::ALL {
        let mut a = keys(*l);
        let mut b = en.clone();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "{} and en differ", l.code());
    }
}

#[test]
fn placeholders_are_the_same_in_every_language() {
    let holes = |t: &str| {
        let mut v: Vec<String> = t
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}'))
            .map(|(h, _)| h.to_string())
            .filter(|h| !h.starts_with("u{"))
            .collect();
        v.sort();
        v
    };
    for l in Locale::ALL {
        for (k, v) in l.table() {
            assert_eq!(holes(v), holes(Locale::En.text(k)), "{} {k}", l.code());
        }
    }
}

#[test]
fn no_language_borrows_another_languages_sentences() {
    // A long English sentence left untranslated in another table.
    for l in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        for (k, v) in l.table() {
            if v.len() > 30 {
                assert_ne!(v, Locale::En.text(k), "{} {k} is still English", l.code());
            }
        }
    }
}

#[test]
fn the_visitors_languages_pick_the_first_one_spoken() {
    assert_eq!(
        Locale::preferred(["fr-FR", "es-MX", "en"]),
        Some(Locale::Es)
    );
    assert_eq!(Locale::preferred(["de", "fr"]), None);
}

#[test]
fn language_tags_are_read_leniently() {
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("es-419"), Some(Locale::Es));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("xx"), None);
    assert_eq!(Locale::from_tag(""), None);
}

#[test]
fn answers_and_evidence_read_as_words() {
    use crate::answers::Answer;
    use crate::rules::{Evidence, Fact};
    let l = Locale::En;
    assert_eq!(
        l.answer_text(QuestionId::Ferritin, &Answer::Number(45)),
        "45 ng/mL"
    );
    assert_eq!(
        l.answer_text(
            QuestionId::Diet,
            &Answer::Choices(vec![Opt::Vegetarian, Opt::NoDairy])
        ),
        "I am vegetarian or vegan; I eat little or no dairy, such as milk, cheese or yoghurt"
    );
    let e = Evidence {
        question: QuestionId::Family,
        fact: Fact::Chose(Opt::Yes),
    };
    assert_eq!(
        l.evidence_text(&e),
        "Close relative with restless legs: Yes"
    );
}

#[test]
fn field_errors_read_as_sentences_with_their_values() {
    let l = Locale::En;
    assert_eq!(
        l.field_error(&FieldError::OutOfRange { min: 1, max: 3000 }),
        "Enter a number from 1 to 3000."
    );
    assert!(l
        .field_error(&FieldError::ExclusiveWithOthers(Opt::NoneOfThese))
        .contains("\u{201c}None of these\u{201d} on its own"));
    assert_eq!(l.field_error(&FieldError::ChooseOne), "Choose one answer.");
}

#[test]
fn page_titles_name_the_step_then_the_check() {
    use crate::session::Action;
    let check = |locale: Locale, session: &Session, expected: &str| {
        assert_eq!(locale.page_title(session), expected, "{:?}", session.step);
    };
    let start = Session::new();
    check(Locale::En, &start, "Restless legs check");
    let first = start.apply(Action::Begin);
    check(
        Locale::En,
        &first,
        "Question 1 of 26 \u{2013} Are you 18 or older? \u{2013} Restless legs check",
    );
    let refused = first.apply(Action::Submit(crate::input::Input::default()));
    check(
        Locale::En,
        &refused,
        "Error: Question 1 of 26 \u{2013} Are you 18 or older? \u{2013} Restless legs check",
    );
    let at = |step: Step| Session {
        step,
        ..Session::new()
    };
    check(
        Locale::En,
        &at(Step::Review),
        "Check your answers \u{2013} Restless legs check",
    );
    check(
        Locale::En,
        &at(Step::SharedResults),
        "Your results \u{2013} Restless legs check",
    );
    check(
        Locale::En,
        &at(Step::BrokenLink(ShareLinkError::BadChecksum)),
        "This link is damaged or incomplete \u{2013} Restless legs check",
    );
    assert!(Locale::Es
        .page_title(&first)
        .ends_with(Locale::Es.ui(Ui::AppTitle)));
}

#[test]
fn share_link_errors_read_as_sentences() {
    let l = Locale::En;
    assert_eq!(
        l.share_link_error(&ShareLinkError::Empty),
        "The link holds no answers."
    );
    assert_eq!(
        l.share_link_error(&ShareLinkError::Unreachable(QuestionId::Trimester)),
        l.share_link_error(&ShareLinkError::OutOfRange(QuestionId::Urge)),
    );
    for e in [
        ShareLinkError::UnknownVersion,
        ShareLinkError::TooNew,
        ShareLinkError::WrongLength {
            expected: 26,
            found: 2,
        },
        ShareLinkError::BadCharacter { position: 0 },
        ShareLinkError::BadChecksum,
    ] {
        for locale in Locale::ALL {
            let sentence = locale.share_link_error(&e);
            assert!(sentence.ends_with('.'), "{locale:?} {e:?}: {sentence}");
        }
    }
}
