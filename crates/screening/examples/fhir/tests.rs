//! The Questionnaire against the catalogue, and the saved response against
//! the Questionnaire, over many random answer sets.

use super::*;
use screening::answers::Answer;
use screening::export::UNKNOWN_SUFFIX;
use screening::fhir::saved_file;
use screening::questions::{question, Kind, QUESTIONS};
use screening::{evaluate, Answers, QuestionId};
use std::collections::HashMap;

/// Every item of the Questionnaire, nested ones included, by link id.
fn all_items(items: &Value, out: &mut Vec<Value>) {
    for item in items.as_array().into_iter().flatten() {
        out.push(item.clone());
        all_items(&item["item"], out);
    }
}

fn items_by_link_id() -> HashMap<String, Value> {
    let mut list = Vec::new();
    all_items(&questionnaire()["item"], &mut list);
    let mut map = HashMap::new();
    for item in list {
        let id = item["linkId"].as_str().unwrap().to_string();
        assert!(map.insert(id.clone(), item).is_none(), "{id} is used twice");
    }
    map
}

fn codes(item: &Value) -> Vec<&str> {
    item["answerOption"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| o["valueCoding"]["code"].as_str().unwrap())
        .collect()
}

/// A small random number generator (xorshift), so runs repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

/// A random answer to `q`, of any shape the widget accepts.
fn random_answer(q: QuestionId, rng: &mut Rng) -> Answer {
    match question(q).kind {
        Kind::Single(options) => Answer::Choice(options[rng.next(options.len())]),
        Kind::Multi { options, exclusive } => {
            if rng.next(4) == 0 {
                Answer::Choices(vec![exclusive[rng.next(exclusive.len())]])
            } else {
                let mut chosen: Vec<_> = options
                    .iter()
                    .copied()
                    .filter(|_| rng.next(3) == 0)
                    .collect();
                if chosen.is_empty() {
                    chosen.push(options[rng.next(options.len())]);
                }
                Answer::Choices(chosen)
            }
        }
        Kind::Number {
            min, max, unknown, ..
        } => match rng.next(3) {
            0 => Answer::Choice(unknown),
            // Small numbers, the likeliest, more often.
            1 => Answer::Number(min + rng.next(usize::from(max - min).min(199) + 1) as u16),
            _ => Answer::Number(min + rng.next(usize::from(max - min) + 1) as u16),
        },
    }
}

/// Random complete answer sets, with every partial set on the way.
fn random_paths(count: u64, mut each: impl FnMut(&Answers, bool)) {
    for seed in 1..=count {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut answers = Answers::new();
        while let Some(q) = answers.first_unanswered() {
            each(&answers, false);
            answers.set(q, random_answer(q, &mut rng));
        }
        each(&answers, true);
    }
}

/// Whether one `enableWhen` test holds, with FHIR's meaning of each
/// operator, for the answers as the saved response would hold them.
fn holds(test: &Value, answers: &Answers) -> bool {
    let link = test["question"].as_str().unwrap();
    let (key, companion) = match link.strip_suffix(UNKNOWN_SUFFIX) {
        Some(key) => (key, true),
        None => (link, false),
    };
    let q = QuestionId::from_key(key).unwrap();
    let answer = answers.get(q);
    let codes: Vec<&str> = match answer {
        Some(Answer::Choice(o)) if companion == matches!(question(q).kind, Kind::Number { .. }) => {
            vec![o.key()]
        }
        Some(Answer::Choices(os)) => os.iter().map(|o| o.key()).collect(),
        _ => vec![],
    };
    let number = match answer {
        Some(Answer::Number(n)) if !companion => Some(i64::from(*n)),
        _ => None,
    };
    let code = test["answerCoding"]["code"].as_str();
    let int = test["answerInteger"].as_i64();
    match test["operator"].as_str().unwrap() {
        "=" => codes.contains(&code.unwrap()),
        "!=" => !codes.contains(&code.unwrap()),
        "<=" => number.is_some_and(|n| n <= int.unwrap()),
        ">=" => number.is_some_and(|n| n >= int.unwrap()),
        "exists" => {
            let exists = if companion {
                !codes.is_empty()
            } else {
                number.is_some()
            };
            exists == test["answerBoolean"].as_bool().unwrap()
        }
        other => panic!("operator {other}"),
    }
}

/// Whether an item with plain `enableWhen` is enabled; `None` for an item
/// enabled by an expression.
fn enabled(item: &Value, answers: &Answers) -> Option<bool> {
    let expression = item["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|e| e["url"] == EXPRESSION);
    if expression {
        return None;
    }
    let tests = match item["enableWhen"].as_array() {
        None => return Some(true),
        Some(tests) => tests,
    };
    let any = item["enableBehavior"] == "any";
    Some(if any {
        tests.iter().any(|t| holds(t, answers))
    } else {
        tests.iter().all(|t| holds(t, answers))
    })
}

#[test]
fn every_question_is_an_item_with_its_key_as_link_id_and_every_option() {
    let items = items_by_link_id();
    for q in walk() {
        let item = items
            .get(q.link_id)
            .unwrap_or_else(|| panic!("{} is missing", q.link_id));
        assert_eq!(item["text"], words_en(&q.prompt));
        match &q.number {
            Some(n) => {
                assert_eq!(item["type"], "integer", "{}", q.link_id);
                let unknown = &items[&n.unknown_link_id];
                assert_eq!(codes(unknown), vec![n.unknown.code]);
            }
            None => {
                assert_eq!(item["type"], "choice", "{}", q.link_id);
                assert_eq!(codes(item), q.codes(), "{}", q.link_id);
                assert_eq!(
                    item["repeats"].as_bool().unwrap_or(false),
                    q.kind == ItemKind::Several
                );
            }
        }
        assert_eq!(
            item["_text"]["extension"][0]["extension"][1]["valueString"],
            q.prompt[1].1
        );
        assert_eq!(item["item"].is_array(), q.hint.is_some(), "{}", q.link_id);
    }
    let questions = items.values().filter(|i| i["type"] != "display").count();
    let numbers = walk().iter().filter(|q| q.number.is_some()).count();
    assert_eq!(questions, QUESTIONS.len() + numbers);
}

fn words_en(words: &Words) -> &'static str {
    words[0].1
}

#[test]
fn the_questionnaire_names_its_canonical_address_and_version() {
    let q = questionnaire();
    assert_eq!(q["url"], CANONICAL_URL);
    assert_eq!(q["version"], CATALOGUE_VERSION);
    assert_eq!(q["status"], "active");
    for item in items_by_link_id().values() {
        for option in item["answerOption"].as_array().into_iter().flatten() {
            assert_eq!(option["valueCoding"]["system"], CODE_SYSTEM);
        }
    }
}

#[test]
fn skip_logic_agrees_with_the_catalogue_on_every_path() {
    let items = items_by_link_id();
    let walk = walk();
    let mut checked = 0;
    random_paths(1000, |answers, _| {
        for q in &walk {
            let asked = answers.is_asked(q.id);
            if let Some(on) = enabled(&items[q.link_id], answers) {
                assert_eq!(on, asked, "{} with {answers:?}", q.link_id);
                checked += 1;
            }
            if let Some(n) = &q.number {
                let has_number = matches!(answers.get(q.id), Some(Answer::Number(_)));
                if let Some(on) = enabled(&items[&n.unknown_link_id], answers) {
                    assert_eq!(
                        on,
                        asked && !has_number,
                        "{} with {answers:?}",
                        n.unknown_link_id
                    );
                }
            }
        }
    });
    assert!(checked > 10_000);
}

#[test]
fn saved_responses_name_only_items_and_codes_the_questionnaire_has() {
    let items = items_by_link_id();
    let private: Vec<&str> = walk()
        .iter()
        .filter(|q| q.never_shared)
        .map(|q| q.link_id)
        .collect();
    assert!(!private.is_empty());
    random_paths(500, |answers, complete| {
        if !complete {
            return;
        }
        let report = evaluate(answers);
        for locale in Locale::ALL {
            let (_, text) = saved_file(answers, &report, *locale, 1_764_000_000_000, 0);
            let bundle: Value = serde_json::from_str(&text).unwrap();
            let response = &bundle["entry"][0]["resource"];
            assert_eq!(
                response["questionnaire"],
                format!("{CANONICAL_URL}|{CATALOGUE_VERSION}")
            );
            let mut named = Vec::new();
            for given in response["item"].as_array().into_iter().flatten() {
                let link = given["linkId"].as_str().unwrap();
                named.push(link.to_string());
                assert!(!private.contains(&link), "the response holds {link}");
                let item = items.get(link).unwrap_or_else(|| panic!("no item {link}"));
                assert_ne!(item["type"], "display");
                let values = given["answer"].as_array().unwrap();
                assert!(!values.is_empty());
                assert!(values.len() == 1 || item["repeats"] == true, "{link}");
                for a in values {
                    if let Some(n) = a["valueInteger"].as_i64() {
                        assert_eq!(item["type"], "integer");
                        let bound = |url: &str| {
                            item["extension"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .find(|e| e["url"] == url)
                                .unwrap()
                        };
                        let (min, max) = (bound(MIN), bound(MAX));
                        assert!(
                            min["valueInteger"].as_i64().unwrap() <= n
                                && n <= max["valueInteger"].as_i64().unwrap(),
                            "{link}: {n} is not within {min} and {max}"
                        );
                        continue;
                    }
                    let coding = &a["valueCoding"];
                    let offered = item["answerOption"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|o| o["valueCoding"]["code"] == coding["code"])
                        .unwrap_or_else(|| panic!("{link} offers no {}", coding["code"]));
                    assert_eq!(coding["system"], offered["valueCoding"]["system"]);
                    assert_eq!(coding["display"], offered["valueCoding"]["display"]);
                }
                // Every enabled item: what the response holds, the
                // Questionnaire would have asked.
                assert_ne!(enabled(item, answers), Some(false), "{link}");
            }
            // Every answer but the private ones is there.
            let expected = answers
                .iter()
                .filter(|(q, _)| !private.contains(&q.key()))
                .count();
            assert_eq!(named.len(), expected);
        }
    });
}
