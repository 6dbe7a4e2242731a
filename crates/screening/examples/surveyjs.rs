//! Writes the question catalogue as a SurveyJS survey (JSON on stdout), one
//! question per page, skip logic as `visibleIf`, words from a locale table.
//!
//! The benchmark (`make bench`) renders this survey with the SurveyJS library
//! beside the widget, so both ask exactly the same questions. It reads only
//! the public catalogue, which is what makes the catalogue data rather than
//! code.
//!
//! Usage: `cargo run -q -p screening --example surveyjs [en|es] > survey.json`

use screening::questions::{Cond, Kind, Question, QUESTIONS};
use screening::{Locale, Opt, QuestionId, Ui};
use serde_json::{json, Value};

/// The name of the companion "I don't know" box of a number question.
fn unknown_name(q: QuestionId) -> String {
    format!("{}_unknown", q.key())
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
    match screening::questions::question(q).kind {
        Kind::Single(_) => format!("{{{}}} = '{}'", q.key(), o.key()),
        Kind::Multi { .. } => format!("{{{}}} contains '{}'", q.key(), o.key()),
        Kind::Number { .. } => format!("{{{}}} contains '{}'", unknown_name(q), o.key()),
    }
}

fn choice(locale: Locale, q: QuestionId, o: Opt, exclusive: bool) -> Value {
    let mut c = json!({ "value": o.key(), "text": locale.option_label_in(q, o) });
    if exclusive {
        c["isExclusive"] = json!(true);
    }
    c
}

fn elements(locale: Locale, q: &Question) -> Vec<Value> {
    let mut main = json!({
        "name": q.id.key(),
        "title": locale.prompt(q.id),
    });
    if let Some(hint) = locale.hint(q.id) {
        main["description"] = json!(hint);
    }
    match q.kind {
        Kind::Single(options) => {
            main["type"] = json!("radiogroup");
            main["isRequired"] = json!(true);
            main["choices"] = options
                .iter()
                .map(|o| choice(locale, q.id, *o, false))
                .collect();
            vec![main]
        }
        Kind::Multi { options, exclusive } => {
            main["type"] = json!("checkbox");
            main["isRequired"] = json!(true);
            let choices = options
                .iter()
                .map(|o| choice(locale, q.id, *o, false))
                .chain(exclusive.iter().map(|o| choice(locale, q.id, *o, true)));
            main["choices"] = choices.collect();
            vec![main]
        }
        Kind::Number {
            min, max, unknown, ..
        } => {
            main["type"] = json!("text");
            main["inputType"] = json!("number");
            main["min"] = json!(min);
            main["max"] = json!(max);
            main["enableIf"] = json!(format!("{{{}}} empty", unknown_name(q.id)));
            let unknown_box = json!({
                "type": "checkbox",
                "name": unknown_name(q.id),
                "titleLocation": "hidden",
                "title": locale.option_label(unknown),
                "choices": [choice(locale, q.id, unknown, false)],
            });
            vec![main, unknown_box]
        }
    }
}

fn survey(locale: Locale) -> Value {
    let pages: Vec<Value> = QUESTIONS
        .iter()
        .map(|q| {
            let mut page = json!({ "name": q.id.key(), "elements": elements(locale, q) });
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
