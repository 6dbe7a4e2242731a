//! Writes the question catalogue as a FHIR R4 `Questionnaire` (JSON on
//! stdout), from the same catalogue walk as the SurveyJS exporter
//! (`screening::export`). The build writes it to
//! `dist/fhir/Questionnaire-rls-check.json` for clinics.
//!
//! Each question is an item whose `linkId` is the question's key: `choice`
//! with `answerOption` codes (the option keys, in one code system) and
//! `repeats` for several choices; a number is an `integer` item (range and
//! unit as extensions) with a `choice` companion, `<key>_unknown`, for
//! "I don't know", enabled only while the number has no answer. Hints are
//! `display` sub-items. English texts, Spanish through the translation
//! extension. Skip logic is `enableWhen` where FHIR's meaning is the
//! condition's, else the SDC `enableWhenExpression` (FHIRPath).
//!
//! Usage: `cargo run -q -p screening --example fhir > Questionnaire.json`;
//! with `conditions`, prints each conditional item's condition as FHIRPath
//! instead (`{ "<linkId>": "<expression>" }`, for the browser tests).

use screening::export::{
    enable, enable_unknown, fhirpath, walk, Choice, Enable, Item, ItemKind, Value as Answer, Words,
};
use screening::fhir::{CANONICAL_URL, CATALOGUE_VERSION, CODE_SYSTEM};
use screening::{Locale, Ui};
use serde_json::{json, Map, Value};

const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const EXCLUSIVE: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
const UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
const MIN: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
const EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/// The English text, and the other languages as the `_text`-style element
/// that carries their translations.
fn texts(words: &Words) -> (Value, Value) {
    let english = words
        .iter()
        .find(|(l, _)| *l == Locale::En)
        .map(|(_, w)| *w)
        .unwrap_or_default();
    let translations: Vec<Value> = words
        .iter()
        .filter(|(l, _)| *l != Locale::En)
        .map(|(l, w)| {
            json!({ "url": TRANSLATION, "extension": [
                { "url": "lang", "valueCode": l.code() },
                { "url": "content", "valueString": w },
            ] })
        })
        .collect();
    (json!(english), json!({ "extension": translations }))
}

/// Sets `field` and `_field` from words in every locale.
fn set_words(target: &mut Map<String, Value>, field: &str, words: &Words) {
    let (text, translations) = texts(words);
    target.insert(field.to_string(), text);
    target.insert(["_", field].concat(), translations);
}

fn control(code: &str) -> Value {
    json!({ "url": ITEM_CONTROL, "valueCodeableConcept": { "coding": [
        { "system": "http://hl7.org/fhir/questionnaire-item-control", "code": code },
    ] } })
}

fn answer_option(c: &Choice) -> Value {
    let mut coding = Map::new();
    coding.insert("system".into(), json!(CODE_SYSTEM));
    coding.insert("code".into(), json!(c.code));
    set_words(&mut coding, "display", &c.label);
    let mut option = json!({ "valueCoding": coding });
    if c.exclusive {
        option["extension"] = json!([{ "url": EXCLUSIVE, "valueBoolean": true }]);
    }
    option
}

/// Adds `enableWhen` and `enableBehavior`, or the expression extension.
fn set_enable(item: &mut Map<String, Value>, how: Enable) {
    match how {
        Enable::Always => {}
        Enable::When { any, tests } => {
            let when: Vec<Value> = tests
                .iter()
                .map(|t| {
                    let mut w = json!({ "question": t.question, "operator": t.operator });
                    match t.answer {
                        Answer::Code(code) => {
                            w["answerCoding"] = json!({ "system": CODE_SYSTEM, "code": code });
                        }
                        Answer::Integer(n) => w["answerInteger"] = json!(n),
                        Answer::Boolean(b) => w["answerBoolean"] = json!(b),
                    }
                    w
                })
                .collect();
            if when.len() > 1 {
                item.insert(
                    "enableBehavior".into(),
                    json!(if any { "any" } else { "all" }),
                );
            }
            item.insert("enableWhen".into(), json!(when));
        }
        Enable::Expression(expression) => {
            let ext = json!({ "url": EXPRESSION, "valueExpression": {
                "language": "text/fhirpath", "expression": expression,
            } });
            if let Some(list) = item
                .entry("extension")
                .or_insert_with(|| json!([]))
                .as_array_mut()
            {
                list.push(ext);
            }
        }
    }
}

/// The items for one question: itself, and a number's companion.
fn items(q: &Item) -> Vec<Value> {
    let mut item = Map::new();
    item.insert("linkId".into(), json!(q.link_id));
    set_words(&mut item, "text", &q.prompt);
    let mut extensions = Vec::new();
    match q.kind {
        ItemKind::One | ItemKind::Several => {
            let several = q.kind == ItemKind::Several;
            item.insert("type".into(), json!("choice"));
            // The saved response never holds a private answer, so the
            // Questionnaire does not require one.
            item.insert("required".into(), json!(!q.never_shared));
            if several {
                item.insert("repeats".into(), json!(true));
            }
            extensions.push(control(if several { "check-box" } else { "radio-button" }));
            let options: Vec<Value> = q.options.iter().map(answer_option).collect();
            item.insert("answerOption".into(), json!(options));
        }
        ItemKind::Number => {
            item.insert("type".into(), json!("integer"));
            // Either the number or "I don't know", so neither item is required.
            item.insert("required".into(), json!(false));
            if let Some(n) = &q.number {
                extensions.push(json!({ "url": MIN, "valueInteger": n.min }));
                extensions.push(json!({ "url": MAX, "valueInteger": n.max }));
                extensions.push(json!({ "url": UNIT, "valueCoding": {
                    "system": "http://unitsofmeasure.org",
                    "code": n.unit.ucum(),
                    "display": n.unit_label.first().map(|(_, w)| *w).unwrap_or_default(),
                } }));
            }
        }
    }
    item.insert("extension".into(), json!(extensions));
    set_enable(&mut item, enable(q.asked_when.as_ref()));
    if let Some(hint) = &q.hint {
        let mut display = Map::new();
        display.insert("linkId".into(), json!([q.link_id, "_hint"].concat()));
        set_words(&mut display, "text", hint);
        display.insert("type".into(), json!("display"));
        item.insert("item".into(), json!([display]));
    }
    let mut out = vec![Value::Object(item)];
    if let Some(n) = &q.number {
        let mut unknown = Map::new();
        unknown.insert("linkId".into(), json!(n.unknown_link_id));
        set_words(&mut unknown, "text", &n.unknown.label);
        unknown.insert("type".into(), json!("choice"));
        unknown.insert("required".into(), json!(false));
        unknown.insert("extension".into(), json!([control("radio-button")]));
        unknown.insert("answerOption".into(), json!([answer_option(&n.unknown)]));
        set_enable(&mut unknown, enable_unknown(q.id));
        out.push(Value::Object(unknown));
    }
    out
}

fn questionnaire() -> Value {
    let mut q = Map::new();
    q.insert("resourceType".into(), json!("Questionnaire"));
    q.insert("id".into(), json!("rls-check"));
    q.insert("language".into(), json!("en"));
    q.insert("url".into(), json!(CANONICAL_URL));
    q.insert("version".into(), json!(CATALOGUE_VERSION));
    q.insert("name".into(), json!("RestlessLegsCheck"));
    let title: Words = Locale::ALL
        .iter()
        .map(|l| (*l, l.ui(Ui::AppTitle)))
        .collect();
    set_words(&mut q, "title", &title);
    q.insert("status".into(), json!("active"));
    q.insert("subjectType".into(), json!(["Patient"]));
    let items: Vec<Value> = walk().iter().flat_map(items).collect();
    q.insert("item".into(), json!(items));
    Value::Object(q)
}

/// Each conditional item's condition as FHIRPath, by link id.
fn conditions() -> Value {
    let map: Map<String, Value> = walk()
        .iter()
        .filter_map(|q| {
            Some((
                q.link_id.to_string(),
                json!(fhirpath(q.asked_when.as_ref()?)),
            ))
        })
        .collect();
    Value::Object(map)
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("conditions") => println!("{:#}", conditions()),
        _ => println!("{:#}", questionnaire()),
    }
}

#[cfg(test)]
#[path = "fhir/tests.rs"]
mod tests;
