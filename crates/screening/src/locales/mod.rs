//! One table of texts per language. Each file is data only: `(key, text)`
//! pairs, written through `texts!`.

/// Stores a language's `(key, text)` pairs as one string, `key` U+001F
/// `text` U+001E per entry, rather than as a slice of string pairs: the
/// slice would put two pointers and two lengths per text into the wasm
/// module, which compress poorly. `text::Locale::table` reads it back once.
macro_rules! texts {
    ($(($key:literal, $text:literal)),* $(,)?) => {
        pub(crate) static TEXTS: &str = concat!($($key, "\u{1f}", $text, "\u{1e}"),*);
        /// How many entries `TEXTS` holds, for the test that reads it back.
        #[cfg(test)]
        pub(crate) const COUNT: usize = [$($key),*].len();
    };
}

pub(crate) mod en;
pub(crate) mod es;
