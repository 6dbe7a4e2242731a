//! The share link: a lossless, compact, URL-safe encoding of `Answers`.
//!
//! A payload is base64url text (`A–Z a–z 0–9 - _`) holding, in order:
//! a version (6 bits), how many questions of the frozen layout it covers
//! (6 bits), each covered question's answer in a fixed number of bits, and a
//! 12-bit CRC over everything before it. Fields have fixed widths, so every
//! payload of a version has the same length and any truncation is caught
//! before the checksum is even read.
//!
//! The checksum catches accidental damage (a character changed or lost in
//! copying); it is not a seal. Anyone can write a valid link holding any
//! answers, so a link proves nothing about who made it, and every decoded
//! answer is checked like any other input from outside.
//!
//! `LAYOUT` is frozen: a link made today must decode to the same answers in
//! every later version. New questions are appended to it (old links simply
//! lack them); no entry is ever removed, reordered or given new options. A
//! question that gains options gets a second entry, appended, holding only
//! the new ones: an answer is written into whichever of its question's
//! entries holds it, and read back as the union of them. It has a file of
//! its own, `layout.rs`, to which lines are only ever appended.
//!
//! Here: the codec (`encode`, `decode`) and its error. The bits and their
//! characters are in `bits.rs`, the checksum in `crc.rs`.

use crate::answers::{Answer, AnswerProblem, Answers};
use crate::questions::{Opt, QuestionId as Q};
use std::fmt;

mod bits;
mod crc;
mod layout;
#[cfg(test)]
mod tests;

use bits::{Bits, ALPHABET};
use crc::{crc12, CHECK_BITS};
use layout::LAYOUT;
pub use layout::NEVER_SHARED;

/// The payload format this module writes.
pub const VERSION: u8 = 1;

/// The prefix of a share link's fragment: `#rls=<payload>`.
pub const FRAGMENT_PREFIX: &str = "rls=";

/// How one question is stored in `LAYOUT`.
#[derive(Clone, Copy, Debug)]
enum Field {
    /// 0 = unanswered, i + 1 = the i-th option.
    One(&'static [Opt]),
    /// One bit per option; 0 overall = unanswered.
    Many(&'static [Opt]),
    /// 0 = unanswered, 1 = "I don't know", n + 1 = the number n (n >= 1).
    Number { unknown: Opt, bits: u32 },
    /// A number that may be 0: 0 = unanswered, 1 = its way out ("Not
    /// sure"), n + 2 = the number n.
    Count { unknown: Opt, bits: u32 },
}

impl Field {
    const fn bits(self) -> u32 {
        match self {
            Field::One(opts) => bits_for(opts.len() as u32 + 1),
            Field::Many(opts) => opts.len() as u32,
            Field::Number { bits, .. } | Field::Count { bits, .. } => bits,
        }
    }
}

/// Bits needed to hold the values `0..count`.
const fn bits_for(count: u32) -> u32 {
    u32::BITS - (count - 1).leading_zeros()
}

/// The version and the count of layout entries, 6 bits each.
const HEADER_BITS: u32 = 12;

/// The number of characters of a payload covering `count` layout entries.
fn payload_len(count: usize) -> usize {
    let data: u32 = LAYOUT.iter().take(count).map(|(_, f)| f.bits()).sum();
    (HEADER_BITS + data + CHECK_BITS).div_ceil(6) as usize
}

/// The length of every payload this version writes.
pub fn current_payload_len() -> usize {
    payload_len(LAYOUT.len())
}

/// Why a share link could not be opened. The sentence shown to the person
/// comes from `Locale::share_link_error`; `Display` is for logs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareLinkError {
    Empty,
    UnknownVersion,
    /// Made by a later version of the check that knows more questions.
    TooNew,
    WrongLength {
        expected: usize,
        found: usize,
    },
    BadCharacter {
        position: usize,
    },
    BadChecksum,
    /// A stored value that the question does not allow.
    OutOfRange(Q),
    /// An answer to a question the other answers never lead to.
    Unreachable(Q),
}

impl fmt::Display for ShareLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareLinkError::Empty => write!(f, "the link holds no answers"),
            ShareLinkError::UnknownVersion => {
                write!(f, "the link is in a format this check does not know")
            }
            ShareLinkError::TooNew => write!(f, "the link was made by a newer version of this check"),
            ShareLinkError::WrongLength { expected, found } => write!(
                f,
                "the link should have {expected} characters of answers but has {found}; part of it may have been cut off"
            ),
            ShareLinkError::BadCharacter { position } => write!(
                f,
                "character {} of the link is not one a share link uses",
                position + 1
            ),
            ShareLinkError::BadChecksum => write!(
                f,
                "the link has been changed or mistyped: its check digits do not match"
            ),
            ShareLinkError::OutOfRange(q) => write!(
                f,
                "the link holds an answer that the question \u{201c}{}\u{201d} does not allow",
                q.key()
            ),
            ShareLinkError::Unreachable(q) => write!(
                f,
                "the link answers the question \u{201c}{}\u{201d}, which its other answers never lead to",
                q.key()
            ),
        }
    }
}

impl std::error::Error for ShareLinkError {}

/// The answers a link carries: all but `NEVER_SHARED`.
pub fn shareable(answers: &Answers) -> Answers {
    let mut out = answers.clone();
    for q in NEVER_SHARED {
        out.forget(*q);
    }
    out
}

/// The payload for these answers (without the `rls=` prefix). The answers
/// in `NEVER_SHARED` are left out.
pub fn encode(answers: &Answers) -> String {
    let mut bits = Bits::default();
    bits.push(u32::from(VERSION), 6);
    bits.push(LAYOUT.len() as u32, 6);
    for (q, field) in LAYOUT {
        let value = match (field, answers.get(*q)) {
            _ if NEVER_SHARED.contains(q) => 0,
            (_, None) => 0,
            (Field::One(opts), Some(a)) => opts
                .iter()
                .position(|o| a.includes(*o))
                .map_or(0, |i| i as u32 + 1),
            (Field::Many(opts), Some(a)) => opts
                .iter()
                .fold(0, |m, o| (m << 1) | u32::from(a.includes(*o))),
            (Field::Number { unknown, .. }, Some(a)) => match a {
                Answer::Number(n) => u32::from(*n) + 1,
                _ if a.includes(*unknown) => 1,
                _ => 0,
            },
            (Field::Count { unknown, .. }, Some(a)) => match a {
                Answer::Number(n) => u32::from(*n) + 2,
                _ if a.includes(*unknown) => 1,
                _ => 0,
            },
        };
        bits.push(value, field.bits());
    }
    bits.seal()
}

/// The whole fragment of a share link for these answers: `#rls=<payload>`.
pub fn fragment(answers: &Answers) -> String {
    ["#", FRAGMENT_PREFIX, &encode(answers)].concat()
}

/// The answers a payload holds. Accepts the payload alone or with the
/// `rls=` or `#rls=` prefix, and ignores surrounding whitespace.
pub fn decode(text: &str) -> Result<Answers, ShareLinkError> {
    let payload = text.trim();
    let payload = payload.strip_prefix('#').unwrap_or(payload);
    let payload = payload.strip_prefix(FRAGMENT_PREFIX).unwrap_or(payload);
    if payload.is_empty() {
        return Err(ShareLinkError::Empty);
    }
    // No payload is longer than this version's: refuse a longer one (by its
    // bytes, at most four to a character) before reading it into memory.
    let longest = current_payload_len();
    if payload.len() > 4 * longest {
        return Err(ShareLinkError::WrongLength {
            expected: longest,
            found: payload.chars().count(),
        });
    }

    let mut bits = Bits::default();
    for (position, c) in payload.chars().enumerate() {
        let index = u8::try_from(c)
            .ok()
            .and_then(|b| ALPHABET.iter().position(|a| *a == b))
            .ok_or(ShareLinkError::BadCharacter { position })?;
        bits.push(index as u32, 6);
    }

    let mut at = 0;
    if bits.read(&mut at, 6) != u32::from(VERSION) {
        return Err(ShareLinkError::UnknownVersion);
    }
    let count = bits.read(&mut at, 6) as usize;
    if count > LAYOUT.len() {
        return Err(ShareLinkError::TooNew);
    }
    let expected = payload_len(count);
    let found = payload.chars().count();
    if found != expected {
        return Err(ShareLinkError::WrongLength { expected, found });
    }

    let data_end = HEADER_BITS as usize
        + LAYOUT
            .iter()
            .take(count)
            .map(|(_, f)| f.bits() as usize)
            .sum::<usize>();
    let mut check_at = data_end;
    if crc12(&bits.bits[..data_end]) != bits.read(&mut check_at, CHECK_BITS) {
        return Err(ShareLinkError::BadChecksum);
    }
    // The padding after the checksum is always zero; anything else is a
    // changed character that the checksum does not cover.
    if bits.bits[check_at..].iter().any(|b| *b) {
        return Err(ShareLinkError::BadChecksum);
    }

    let mut pairs: Vec<(Q, Answer)> = Vec::new();
    for (q, field) in LAYOUT.iter().take(count) {
        let value = bits.read(&mut at, field.bits());
        let answer = match *field {
            _ if value == 0 => continue,
            Field::One(opts) => Answer::Choice(
                *opts
                    .get(value as usize - 1)
                    .ok_or(ShareLinkError::OutOfRange(*q))?,
            ),
            Field::Many(opts) => {
                let n = opts.len();
                Answer::Choices(
                    opts.iter()
                        .enumerate()
                        .filter(|(i, _)| (value >> (n - 1 - i)) & 1 == 1)
                        .map(|(_, o)| *o)
                        .collect(),
                )
            }
            Field::Number { unknown, .. } if value == 1 => Answer::Choice(unknown),
            Field::Number { .. } => Answer::Number(
                u16::try_from(value - 1).map_err(|_| ShareLinkError::OutOfRange(*q))?,
            ),
            Field::Count { unknown, .. } if value == 1 => Answer::Choice(unknown),
            Field::Count { .. } => Answer::Number(
                u16::try_from(value - 2).map_err(|_| ShareLinkError::OutOfRange(*q))?,
            ),
        };
        // A question's later entries add options: several choices merge,
        // and a single choice may be set in only one of them.
        match (pairs.iter_mut().find(|(p, _)| p == q), answer) {
            (None, answer) => pairs.push((*q, answer)),
            (Some((_, Answer::Choices(have))), Answer::Choices(more)) => have.extend(more),
            (Some(_), _) => return Err(ShareLinkError::OutOfRange(*q)),
        }
    }
    Answers::from_pairs(pairs).map_err(|p| match p {
        AnswerProblem::Invalid(q) => ShareLinkError::OutOfRange(q),
        AnswerProblem::Unreachable(q) => ShareLinkError::Unreachable(q),
        AnswerProblem::Unreadable => ShareLinkError::Empty,
    })
}
