//! The pure core of the restless legs check.
//!
//! The modules form layers, each importing only from those before it (a
//! test, `tests/no_import_cycles.rs`, keeps it so):
//!
//! - `hash` (a text key as 16 bits), which the id enums and the language
//!   tables use;
//! - data: `questions` (the question and option ids, conditions over them
//!   as plain data, and the question catalogue), `sources` (citations),
//!   `causes`, `flags` and `notes` (the other catalogues, written in those
//!   ids and conditions), `region` (emergency numbers);
//! - evaluation: `answers` (answers and the path they open; whether a
//!   condition holds), `rules` (the answers a condition rests on),
//!   `report` (`evaluate`: what the results screen shows);
//! - the state machine: `share_link` (answers as a link), `step` (where
//!   the person is, as an address), `input` (a form into an answer),
//!   `session` (the one transition), `saved` (answers as stored);
//! - words: `locales` (one table of texts per language), `text` (every
//!   sentence, looked up by `Locale`), `config` (what a host page sets) and
//!   `host` (what the host page's scripts share with the widget);
//! - exports: `export` (the question catalogue walked once, with its words
//!   in every locale, for the SurveyJS and FHIR exporters in `examples/`,
//!   and conditions in FHIR's terms) and `fhir` (the FHIR R4 file a person
//!   saves for their doctor, written by a small hand-written JSON writer,
//!   and the canonical address and version the Questionnaire shares).
//!
//! This crate does no I/O and knows nothing of browsers: the web app owns
//! storage, the address bar and the DOM.

/// Defines an id enum whose variants each carry a stable key, for text
/// lookup and storage, with `ALL`, `key()` and `from_key()`. Every id enum
/// of the crate is written through it, so `text::required_keys` can list
/// every key from the enums themselves. Internal: the modules declared
/// below use it by name.
macro_rules! keyed_ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),* }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable key used for text lookup and storage.
            pub const fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            /// `key()` as `hash::key_hash` has it, from a table made at
            /// compile time: a text looked up this way leaves the key's
            /// own letters out of the wasm module.
            #[allow(dead_code)]
            pub(crate) fn key_hash(self) -> u16 {
                static HASHES: &[u16] = &[$($crate::hash::key_hash($key)),*];
                HASHES[self as usize]
            }

            /// The value whose key is `key`, if there is one.
            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

pub mod answers;
pub mod causes;
pub mod config;
pub mod export;
pub mod fhir;
pub mod flags;
mod hash;
pub mod host;
pub mod input;
mod locales;
pub mod notes;
pub mod questions;
pub mod region;
pub mod report;
pub mod rules;
pub mod saved;
pub mod session;
pub mod share_link;
pub mod sources;
pub mod step;
pub mod text;

pub use answers::{Answer, Answers};
pub use causes::{CauseId, Grade, TestId};
pub use flags::{FlagId, Level};
pub use input::{FieldError, Input};
pub use notes::NoteId;
pub use questions::{Opt, QuestionId};
pub use region::Region;
pub use report::{evaluate, Mark, Report, Verdict};
pub use session::{Action, Session};
pub use share_link::ShareLinkError;
pub use step::Step;
pub use text::{Locale, Ui};

#[cfg(test)]
pub(crate) mod testkit;
