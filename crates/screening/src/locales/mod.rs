//! One table of texts per language. Each file is data only: `(key, text)`
//! pairs, written through `texts!` (English, the first table) or
//! `texts_in_order!` (every other language, in the first table's order),
//! the page's own texts last, after `page:`.

/// Stores a language's texts as one string, each text followed by U+001E,
/// and its keys as 16-bit hashes (`hash::key_hash`) in the same order,
/// rather than as a slice of string pairs: the slice would put two pointers
/// and two lengths per text into the wasm module, which compress poorly,
/// and the keys' own letters would cost it about 2.5 KB gzip. The keys are
/// hashed at compile time, so they are not in the module at all; a test
/// checks that no two of them share a hash. `text::Locale` reads it back
/// once.
macro_rules! texts {
    (
        $(($key:literal, $text:literal)),* $(,)?
        ; page: $(($pkey:literal, $ptext:literal)),* $(,)?
    ) => {
        pub(crate) static TEXTS: &str = concat!($($text, "\u{1e}"),*);
        pub(crate) static HASHES: &[u16] = &[$(crate::hash::key_hash($key)),*];
        /// The page's own texts (see `PAGE_TEXTS` below), hashed likewise.
        pub(crate) static PAGE_HASHES: &[u16] = if cfg!(feature = "page") {
            &[$(crate::hash::key_hash($pkey)),*]
        } else {
            &[]
        };
        page_texts!($($ptext),*);
        /// The keys as written, for the tests.
        #[cfg(test)]
        pub(crate) static KEYS: &[&str] = &[$($key),*];
        #[cfg(test)]
        pub(crate) static PAGE_KEYS: &[&str] = if cfg!(feature = "page") { &[$($pkey),*] } else { &[] };
    };
}

/// The texts after `page:` in a table: those the build writes into the
/// widget's pages (what shows while the module loads, or where it cannot
/// run), which the app itself never looks up. Only a build with the
/// `page` feature (the native one, which prints the pages) holds them;
/// the wasm module is built without it.
macro_rules! page_texts {
    ($($ptext:literal),*) => {
        pub(crate) static PAGE_TEXTS: &str = if cfg!(feature = "page") {
            concat!($($ptext, "\u{1e}"),*)
        } else {
            ""
        };
    };
}

/// Another language's table, written with its keys like the first but
/// stored as its texts alone, each followed by U+001E: its keys are the
/// first table's, in the same order, which a test checks against the keys
/// written here. Storing them again would cost the module about 2 KB gzip.
macro_rules! texts_in_order {
    (
        $(($key:literal, $text:literal)),* $(,)?
        ; page: $(($pkey:literal, $ptext:literal)),* $(,)?
    ) => {
        pub(crate) static TEXTS: &str = concat!($($text, "\u{1e}"),*);
        page_texts!($($ptext),*);
        /// The keys as written, for the test that holds them to the first
        /// table's order.
        #[cfg(test)]
        pub(crate) static KEYS: &[&str] = &[$($key),*];
        #[cfg(test)]
        pub(crate) static PAGE_KEYS: &[&str] = if cfg!(feature = "page") { &[$($pkey),*] } else { &[] };
    };
}

pub(crate) mod en;
pub(crate) mod es;
