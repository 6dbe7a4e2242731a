//! Every user-facing sentence, looked up by locale and key.
//!
//! The catalogues hold ids and the errors hold data; this module turns them
//! into words, and nothing else looks a text up. Each language is one table
//! of `(key, text)` pairs in `locales/`, so adding a language is adding a
//! table and a `Locale` variant. `required_keys` lists every key the
//! catalogues and the screens need, from the id enums' `ALL` lists; tests
//! check that each table holds exactly those keys.
//!
//! Here: `Locale`, its tables and `fill`. The screens' own texts are in
//! `ui.rs`, the words of catalogue and report ids in `catalogue.rs`, the
//! sentences made from values (errors, the page title) in `messages.rs`,
//! and the list of keys in `keys.rs`.

use std::sync::OnceLock;

mod catalogue;
mod keys;
mod messages;
#[cfg(test)]
mod tests;
mod ui;

pub use keys::required_keys;
pub use messages::ErrorText;
pub use ui::Ui;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Es];

    /// The BCP 47 language tag, as used in `<html lang>` and `?lang=`.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The first of the visitor's preferred languages that the widget
    /// speaks, or `None`.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        tags.into_iter().find_map(Locale::from_tag)
    }

    /// The locale for a language tag such as `en`, `en-GB` or `EN`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Locale::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The language's `(key, text)` pairs, read from its table (see
    /// `locales`) on first use.
    pub(crate) fn table(self) -> &'static [(&'static str, &'static str)] {
        static EN: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
        static ES: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
        match self {
            Locale::En => EN.get_or_init(|| {
                crate::locales::en::TEXTS
                    .split_terminator('\u{1e}')
                    .filter_map(|entry| entry.split_once('\u{1f}'))
                    .collect()
            }),
            // The other tables hold texts only, in the English keys' order.
            Locale::Es => ES.get_or_init(|| {
                Locale::En
                    .table()
                    .iter()
                    .map(|(k, _)| *k)
                    .zip(crate::locales::es::TEXTS.split_terminator('\u{1e}'))
                    .collect()
            }),
        }
    }

    /// The text for `key`. A missing key shows as the key itself, which the
    /// catalogue tests make impossible for every key the widget uses.
    pub fn text(self, key: &str) -> &'static str {
        self.table()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .unwrap_or(MISSING)
    }

    /// The text for the key `{kind}.{id}{part}`, such as `q.urge.short`
    /// (`part` is empty or starts with a dot), found without building the
    /// key: a `format!` in every lookup would cost the wasm module its
    /// formatting code at each of them.
    fn text_of(self, kind: &str, id: &str, part: &str) -> &'static str {
        // Keys of another length are passed over without a comparison.
        let len = kind.len() + 1 + id.len() + part.len();
        self.table()
            .iter()
            .find(|(k, _)| {
                k.len() == len
                    && k.strip_prefix(kind)
                        .and_then(|rest| rest.strip_prefix('.'))
                        .and_then(|rest| rest.strip_suffix(part))
                        == Some(id)
            })
            .map(|(_, v)| *v)
            .unwrap_or(MISSING)
    }

    pub fn ui(self, key: Ui) -> &'static str {
        self.text(key.key())
    }

    /// "Question n of m".
    pub fn progress(self, n: usize, m: usize) -> String {
        fill(
            self.ui(Ui::Progress),
            &[("n", &n.to_string()), ("m", &m.to_string())],
        )
    }
}

/// Fills the `{name}` placeholders of a text with `values`; a placeholder
/// without a value stays as it is. Scans for braces by hand: the library's
/// substring search would add kilobytes of code to the wasm module.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, v)| (close, *v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Shown where a text is missing; the tests keep it from ever appearing.
const MISSING: &str = "\u{2026}";
