//! Writes the question catalogue as a SurveyJS survey (JSON on stdout), one
//! question per page, skip logic as `visibleIf`, words from a locale table,
//! from the catalogue walk (`screening::export`) that the FHIR exporter
//! uses too.
//!
//! The benchmark (`make bench`) renders this survey with the SurveyJS library
//! beside the widget, so both ask exactly the same questions. It reads only
//! the public catalogue, which is what makes the catalogue data rather than
//! code.
//!
//! Usage: `cargo run -q -p screening --example surveyjs [en|es] > survey.json`

use screening::export::{walk, Choice, Item, ItemKind, UNKNOWN_SUFFIX};
use screening::questions::{question, Cond, Kind};
use screening::{Locale, Opt, QuestionId, Ui};
use serde_json::{json, Value};

/// The name of the companion "I don't know" box of a number question.
fn unknown_name(q: QuestionId) -> String {
    [q.key(), UNKNOWN_SUFFIX].concat()
}

/// A condition as a SurveyJS expression.
fn expression(cond: &Cond) -> String {
    match *cond {
        Cond::Said(q, o) => said(q, o),
        Cond::AtMost(q, n) => format!("{{{}}} <= {n}", q.key()),
        Cond::AtLeast(q, n) => format!("{{{}}} >= {n}", q.key()),
        Cond::Any(cs) => join(cs, " or "),
        Cond::All(cs) => join(cs, " and "),
        Cond::Not(c) => format!("!({})", expression(c)),
    }
}

fn join(cs: &[Cond], op: &str) -> String {
    let parts: Vec<String> = cs.iter().map(|c| format!("({})", expression(c))).collect();
    parts.join(op)
}

fn said(q: QuestionId, o: Opt) -> String {
    match question(q).kind {
        Kind::Single(_) => format!("{{{}}} = '{}'", q.key(), o.key()),
        Kind::Multi { .. } => format!("{{{}}} contains '{}'", q.key(), o.key()),
        Kind::Number { .. } => format!("{{{}}} contains '{}'", unknown_name(q), o.key()),
    }
}

/// A text of the walk in one locale.
fn words(words: &[(Locale, &'static str)], locale: Locale) -> &'static str {
    words
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, w)| *w)
        .unwrap_or_default()
}

fn choice(locale: Locale, c: &Choice) -> Value {
    let mut v = json!({ "value": c.code, "text": words(&c.label, locale) });
    if c.exclusive {
        v["isExclusive"] = json!(true);
    }
    v
}

fn elements(locale: Locale, item: &Item) -> Vec<Value> {
    let mut main = json!({
        "name": item.link_id,
        "title": words(&item.prompt, locale),
    });
    if let Some(hint) = &item.hint {
        main["description"] = json!(words(hint, locale));
    }
    let choices: Vec<Value> = item.options.iter().map(|c| choice(locale, c)).collect();
    match (item.kind, &item.number) {
        (ItemKind::Number, Some(n)) => {
            main["type"] = json!("text");
            main["inputType"] = json!("number");
            main["min"] = json!(n.min);
            main["max"] = json!(n.max);
            main["enableIf"] = json!(format!("{{{}}} empty", n.unknown_link_id));
            let unknown_box = json!({
                "type": "checkbox",
                "name": n.unknown_link_id,
                "titleLocation": "hidden",
                "title": locale.option_label(n.unknown.opt),
                "choices": [choice(locale, &n.unknown)],
            });
            vec![main, unknown_box]
        }
        (ItemKind::Several, _) => {
            main["type"] = json!("checkbox");
            main["isRequired"] = json!(true);
            main["choices"] = json!(choices);
            vec![main]
        }
        _ => {
            main["type"] = json!("radiogroup");
            main["isRequired"] = json!(true);
            main["choices"] = json!(choices);
            vec![main]
        }
    }
}

fn survey(locale: Locale) -> Value {
    let pages: Vec<Value> = walk()
        .iter()
        .map(|q| {
            let mut page = json!({ "name": q.link_id, "elements": elements(locale, q) });
            if let Some(cond) = &q.asked_when {
                page["visibleIf"] = json!(expression(cond));
            }
            page
        })
        .collect();
    json!({
        "title": locale.ui(Ui::AppTitle),
        "locale": locale.code(),
        "showQuestionNumbers": "off",
        "showProgressBar": true,
        "progressBarType": "questions",
        "checkErrorsMode": "onNextPage",
        "pageNextText": locale.ui(Ui::Continue),
        "pagePrevText": locale.ui(Ui::Back),
        "completeText": locale.ui(Ui::ReviewContinue),
        "pages": pages,
    })
}

fn main() {
    let locale = std::env::args()
        .nth(1)
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or_default();
    println!("{:#}", survey(locale));
}

#[cfg(test)]
mod tests {
    use super::*;
    use screening::questions::QUESTIONS;

    #[test]
    fn every_question_becomes_one_page_with_its_options() {
        let s = survey(Locale::En);
        let pages = s["pages"].as_array().unwrap();
        assert_eq!(pages.len(), QUESTIONS.len());
        for (page, q) in pages.iter().zip(QUESTIONS) {
            assert_eq!(page["name"], q.id.key());
            let values: Vec<&str> = page["elements"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|e| e["choices"].as_array().into_iter().flatten())
                .map(|c| c["value"].as_str().unwrap())
                .collect();
            let expected: Vec<&str> = q.options().iter().map(|o| o.key()).collect();
            assert_eq!(values, expected, "{}", q.id.key());
            assert_eq!(page["visibleIf"].is_string(), q.asked_when.is_some());
        }
    }

    #[test]
    fn conditions_become_expressions() {
        let c = Cond::Any(&[
            Cond::Said(QuestionId::Pregnant, Opt::Yes),
            Cond::Not(&Cond::Said(QuestionId::NerveSleepVein, Opt::SleepApnoea)),
            Cond::AtMost(QuestionId::Ferritin, 75),
        ]);
        assert_eq!(
            expression(&c),
            "({pregnant} = 'yes') or (!({nerve_sleep_vein} contains 'sleep_apnoea')) or ({ferritin} <= 75)"
        );
    }
}
