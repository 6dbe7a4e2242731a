//! Text keys as 16 bits. The language tables (`locales`) store each key as
//! its hash, computed at compile time, and `text` looks a text up by the
//! hash of the key it wants, so no key's letters are in the wasm module.

/// The seed of `key_hash`, chosen so that no two keys of the tables share
/// a hash (a test checks it; should a new key clash, choose another).
const HASH_SEED: u32 = 8;

/// FNV-1a over `bytes`, from the state `h`.
const fn hash_step(mut h: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// A text key as 16 bits (FNV-1a, folded), as the tables store it: a key's
/// letters never need to be in the wasm module. Computed at compile time
/// for the tables and the id enums (`key_hash()`).
pub(crate) const fn key_hash(key: &str) -> u16 {
    let h = hash_step(HASH_SEED, key.as_bytes());
    (h ^ (h >> 16)) as u16
}

/// `key_hash` of the key the `parts` make when joined.
pub(crate) fn hash_parts(parts: &[&str]) -> u16 {
    let h = parts
        .iter()
        .fold(HASH_SEED, |h, part| hash_step(h, part.as_bytes()));
    (h ^ (h >> 16)) as u16
}
