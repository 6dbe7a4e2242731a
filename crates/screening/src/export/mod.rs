//! The question catalogue walked once for the exporters: every question of
//! `QUESTIONS`, in order, as an `Item` with its link id (the question's
//! key), its kind, its options with their words in every locale, its
//! prompt and hint in every locale, a number's range, unit and "unknown"
//! companion, and the condition under which it is asked.
//!
//! The SurveyJS survey of the benchmark and the FHIR Questionnaire for
//! clinics are both written from this walk (`examples/surveyjs.rs`,
//! `examples/fhir.rs`), so a question added to the catalogue reaches both.
//! `enable.rs` turns a condition into FHIR's `enableWhen` or a FHIRPath
//! expression. Nothing here is used by the web app: it writes a saved
//! response with `fhir`, which uses only the constants below.

use crate::questions::{Cond, Kind, Opt, QuestionId, Unit, QUESTIONS};
use crate::share_link::NEVER_SHARED;
use crate::text::Locale;

mod enable;
#[cfg(test)]
mod tests;

pub use enable::{enable, enable_unknown, fhirpath, Enable, Test, Value};

/// What the link id of a number question's "unknown" companion adds to
/// the question's key (`ferritin_unknown`).
pub const UNKNOWN_SUFFIX: &str = "_unknown";

/// A text in every locale, in `Locale::ALL` order (English first).
pub type Words = Vec<(Locale, &'static str)>;

/// What kind of item a question becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// One option.
    One,
    /// One or more options; exclusive ones alone.
    Several,
    /// A whole number, or the companion's "unknown" option.
    Number,
}

/// One answer option of an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub opt: Opt,
    /// The option's key, the code it has in every export.
    pub code: &'static str,
    pub label: Words,
    /// Chosen alone ("None of these").
    pub exclusive: bool,
}

/// The range, unit and "unknown" companion of a number question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number {
    pub min: u16,
    pub max: u16,
    pub unit: Unit,
    /// The unit as written in each locale.
    pub unit_label: Words,
    /// The option that answers "I don't know", asked as a companion item.
    pub unknown: Choice,
    /// The companion's link id: the key and `UNKNOWN_SUFFIX`.
    pub unknown_link_id: String,
}

/// One question of the catalogue, as the exporters need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: QuestionId,
    /// The question's key: stable, and the link id in every export.
    pub link_id: &'static str,
    pub kind: ItemKind,
    /// The options offered, exclusive ones last (none for a number).
    pub options: Vec<Choice>,
    pub prompt: Words,
    /// The hint in each locale, for questions that have one.
    pub hint: Option<Words>,
    pub number: Option<Number>,
    /// Asked only when this holds; `None` means always.
    pub asked_when: Option<Cond>,
    /// The answer never leaves the device (`share_link::NEVER_SHARED`).
    pub never_shared: bool,
}

impl Item {
    /// The prompt in one locale.
    pub fn prompt_in(&self, locale: Locale) -> &'static str {
        locale.prompt(self.id)
    }

    /// The hint in one locale, if the question has one.
    pub fn hint_in(&self, locale: Locale) -> Option<&'static str> {
        locale.hint(self.id)
    }

    /// Every code the item and its companion can answer with.
    pub fn codes(&self) -> Vec<&'static str> {
        let unknown = self.number.as_ref().map(|n| n.unknown.code);
        self.options.iter().map(|c| c.code).chain(unknown).collect()
    }
}

fn words(text: impl Fn(Locale) -> &'static str) -> Words {
    Locale::ALL.iter().map(|l| (*l, text(*l))).collect()
}

fn choice(q: QuestionId, opt: Opt, exclusive: bool) -> Choice {
    Choice {
        opt,
        code: opt.key(),
        label: words(|l| l.option_label_in(q, opt)),
        exclusive,
    }
}

/// Every question of the catalogue, in the order asked.
pub fn walk() -> Vec<Item> {
    QUESTIONS
        .iter()
        .map(|q| {
            let id = q.id;
            let (kind, options, number) = match q.kind {
                Kind::Single(options) => (
                    ItemKind::One,
                    options.iter().map(|o| choice(id, *o, false)).collect(),
                    None,
                ),
                Kind::Multi { options, exclusive } => (
                    ItemKind::Several,
                    options
                        .iter()
                        .map(|o| choice(id, *o, false))
                        .chain(exclusive.iter().map(|o| choice(id, *o, true)))
                        .collect(),
                    None,
                ),
                Kind::Number {
                    unit,
                    min,
                    max,
                    unknown,
                } => (
                    ItemKind::Number,
                    Vec::new(),
                    Some(Number {
                        min,
                        max,
                        unit,
                        unit_label: words(|l| l.unit(unit)),
                        unknown: choice(id, unknown, false),
                        unknown_link_id: [id.key(), UNKNOWN_SUFFIX].concat(),
                    }),
                ),
            };
            Item {
                id,
                link_id: id.key(),
                kind,
                options,
                prompt: words(|l| l.prompt(id)),
                hint: q
                    .has_hint
                    .then(|| words(|l| l.hint(id).unwrap_or_default())),
                number,
                asked_when: q.asked_when,
                never_shared: NEVER_SHARED.contains(&id),
            }
        })
        .collect()
}
