//! A payload's bits and its characters: bits are appended and read most
//! significant first, six to a character of the URL-safe base64 alphabet.

use super::crc::{crc12, CHECK_BITS};

/// The 64 characters of a payload, in the order of their 6-bit values.
pub(super) const ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends and reads bits, most significant first.
#[derive(Default)]
pub(super) struct Bits {
    pub(super) bits: Vec<bool>,
}

impl Bits {
    pub(super) fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push((value >> i) & 1 == 1);
        }
    }

    /// The bits as link characters, padded with zeros to a whole character.
    pub(super) fn to_text(&self) -> String {
        self.bits
            .chunks(6)
            .map(|c| {
                let i = c.iter().fold(0usize, |v, b| (v << 1) | usize::from(*b));
                let i = i << (6 - c.len());
                char::from(ALPHABET[i])
            })
            .collect()
    }

    /// Appends the checksum of everything so far and returns the link text.
    pub(super) fn seal(mut self) -> String {
        let check = crc12(&self.bits);
        self.push(check, CHECK_BITS);
        self.to_text()
    }

    pub(super) fn read(&self, at: &mut usize, width: u32) -> u32 {
        let mut v = 0;
        for _ in 0..width {
            v = (v << 1) | u32::from(self.bits.get(*at).copied().unwrap_or(false));
            *at += 1;
        }
        v
    }
}
