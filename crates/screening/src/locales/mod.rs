//! One table of texts per language. Each file is data only: `(key, text)`
//! pairs, written through `texts!` (English, the first table) or
//! `texts_in_order!` (every other language, in the first table's order).

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

/// Another language's table, written with its keys like the first but
/// stored as its texts alone, each followed by U+001E: its keys are the
/// first table's, in the same order, which a test checks against the keys
/// written here. Storing them again would cost the module about 2 KB gzip.
macro_rules! texts_in_order {
    ($(($key:literal, $text:literal)),* $(,)?) => {
        pub(crate) static TEXTS: &str = concat!($($text, "\u{1e}"),*);
        /// The keys as written, for the test that holds them to the first
        /// table's order.
        #[cfg(test)]
        pub(crate) static KEYS: &[&str] = &[$($key),*];
        #[cfg(test)]
        pub(crate) const COUNT: usize = [$($key),*].len();
    };
}

pub(crate) mod en;
pub(crate) mod es;
