//! One table of texts per language. Each file is data only: `(key, text)` pairs.

pub(crate) mod en;
pub(crate) mod es;
