//! Every user-facing sentence, looked up by locale and key.
//!
//! The catalogues hold ids and the errors hold data; this module turns them
//! into words, and nothing else looks a text up. Each language is one table
//! of `(key, text)` pairs in `locales/` (stored as texts, found by the
//! key's hash: `hash`), so adding a language is adding a table and a
//! `Locale` variant. `required_keys` lists every key the
//! catalogues and the screens need, from the id enums' `ALL` lists; tests
//! check that each table holds exactly those keys.
//!
//! Here: `Locale`, its tables and `fill`. The screens' own texts are in
//! `ui.rs`, the words of catalogue and report ids in `catalogue.rs`, the
//! sentences made from values (errors, the page title) in `messages.rs`,
//! and the list of keys in `keys.rs`.

use crate::hash::hash_parts;
#[cfg(test)]
use crate::hash::key_hash;
use std::sync::OnceLock;

mod catalogue;
mod keys;
mod messages;
#[cfg(test)]
mod tests;
mod ui;

pub use keys::required_keys;
pub use messages::ErrorText;
#[cfg(feature = "page")]
pub use ui::PageText;
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

    /// The language's texts, in the English table's order, the page's own
    /// last, read from its table (see `locales`) on first use.
    fn texts(self) -> &'static [&'static str] {
        static EN: OnceLock<Vec<&str>> = OnceLock::new();
        static ES: OnceLock<Vec<&str>> = OnceLock::new();
        let (cell, texts, page) = match self {
            Locale::En => (
                &EN,
                crate::locales::en::TEXTS,
                crate::locales::en::PAGE_TEXTS,
            ),
            Locale::Es => (
                &ES,
                crate::locales::es::TEXTS,
                crate::locales::es::PAGE_TEXTS,
            ),
        };
        cell.get_or_init(|| {
            texts
                .split_terminator('\u{1e}')
                .chain(page.split_terminator('\u{1e}'))
                .collect()
        })
    }

    /// The language's `(key, text)` pairs, the page's own last, for the
    /// tests.
    #[cfg(test)]
    pub(crate) fn table(self) -> Vec<(&'static str, &'static str)> {
        use crate::locales::en::{KEYS, PAGE_KEYS};
        KEYS.iter()
            .chain(PAGE_KEYS)
            .copied()
            .zip(self.texts().iter().copied())
            .collect()
    }

    /// The text whose key hashes to `hash` (`key_hash`). No two keys of
    /// the tables share a hash, so each key finds its own text (a test
    /// checks it). A key missing from the tables shows as "…", unless its
    /// hash is another key's: so a test makes every lookup the words make,
    /// over every id they are asked for, and checks each finds its own
    /// key's text.
    fn by_hash(self, hash: u16) -> &'static str {
        use crate::locales::en::{HASHES, PAGE_HASHES};
        HASHES
            .iter()
            .chain(PAGE_HASHES)
            .position(|h| *h == hash)
            .and_then(|i| self.texts().get(i))
            .copied()
            .unwrap_or(MISSING)
    }

    /// The text for `key`: for the tests, which look keys up by name. The
    /// crate's own lookups go by id (`by_hash`), never by a key built at
    /// run time.
    #[cfg(test)]
    pub(crate) fn text(self, key: &str) -> &'static str {
        self.by_hash(key_hash(key))
    }

    /// The text for the key `{kind}.{id}{part}`, such as `q.urge.short`
    /// (`part` is empty or starts with a dot), hashed in pieces: building
    /// the key would cost an allocation in every lookup.
    fn text_of(self, kind: &str, id: &str, part: &str) -> &'static str {
        self.by_hash(hash_parts(&[kind, ".", id, part]))
    }

    pub fn ui(self, key: Ui) -> &'static str {
        self.by_hash(key.key_hash())
    }

    /// A text the build writes into the pages (only in a build with the
    /// `page` feature, which the wasm module is not).
    #[cfg(feature = "page")]
    pub fn page(self, key: PageText) -> &'static str {
        self.by_hash(key.key_hash())
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
