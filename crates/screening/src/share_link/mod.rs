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
//! entries holds it, and read back as the union of them.

use crate::answers::{Answer, AnswerProblem, Answers};
use crate::questions::{Opt, QuestionId as Q};
use std::fmt;

/// The payload format this module writes.
pub const VERSION: u8 = 1;

/// The prefix of a share link's fragment: `#rls=<payload>`.
pub const FRAGMENT_PREFIX: &str = "rls=";

/// How one question is stored.
#[derive(Clone, Copy, Debug)]
enum Field {
    /// 0 = unanswered, i + 1 = the i-th option.
    One(&'static [Opt]),
    /// One bit per option; 0 overall = unanswered.
    Many(&'static [Opt]),
    /// 0 = unanswered, 1 = "I don't know", n + 1 = the number n.
    Number { unknown: Opt, bits: u32 },
}

impl Field {
    const fn bits(self) -> u32 {
        match self {
            Field::One(opts) => bits_for(opts.len() as u32 + 1),
            Field::Many(opts) => opts.len() as u32,
            Field::Number { bits, .. } => bits,
        }
    }
}

/// Bits needed to hold the values `0..count`.
const fn bits_for(count: u32) -> u32 {
    u32::BITS - (count - 1).leading_zeros()
}

const YNU: &[Opt] = &[Opt::Yes, Opt::No, Opt::NotSure];

/// The frozen layout of version 1. Option lists are written out here, not
/// taken from the catalogue, so that a change to the catalogue cannot change
/// what an old link means; a test checks that they agree today.
const LAYOUT: &[(Q, Field)] = &[
    (Q::Urge, Field::One(YNU)),
    (Q::RestWorse, Field::One(YNU)),
    (Q::MovementEases, Field::One(YNU)),
    (Q::EveningWorse, Field::One(YNU)),
    (
        Q::Frequency,
        Field::One(&[
            Opt::Persistent,
            Opt::Intermittent,
            Opt::Rarely,
            Opt::NotSure,
        ]),
    ),
    (
        Q::Impact,
        Field::Many(&[
            Opt::PoorSleep,
            Opt::DaytimeTired,
            Opt::DailyLife,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::OnsetAge,
        Field::One(&[Opt::Under45, Opt::From45, Opt::NotSure]),
    ),
    (
        Q::Mimics,
        Field::Many(&[
            Opt::Cramps,
            Opt::Positional,
            Opt::JointPain,
            Opt::NumbBurning,
            Opt::WholeBodyNewMedicine,
            Opt::WalkingPain,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::Family, Field::One(YNU)),
    (
        Q::Blood,
        Field::Many(&[
            Opt::LowIron,
            Opt::Anaemia,
            Opt::HeavyPeriods,
            Opt::BloodDonor,
            Opt::GutBleeding,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::Ferritin,
        Field::Number {
            unknown: Opt::DontKnow,
            bits: 12,
        },
    ),
    (
        Q::Diet,
        Field::Many(&[
            Opt::Vegetarian,
            Opt::NoDairy,
            Opt::Refined,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::Nutrients,
        Field::Many(&[
            Opt::LowB12,
            Opt::LowFolate,
            Opt::LowCalcium,
            Opt::LowMagnesium,
            Opt::NoneOfThese,
            Opt::NotSure,
        ]),
    ),
    (Q::Pregnant, Field::One(YNU)),
    (
        Q::Trimester,
        Field::One(&[
            Opt::FirstTrimester,
            Opt::SecondTrimester,
            Opt::ThirdTrimester,
            Opt::NotSure,
        ]),
    ),
    (
        Q::Conditions,
        Field::Many(&[
            Opt::KidneyDisease,
            Opt::Dialysis,
            Opt::Diabetes,
            Opt::Thyroid,
            Opt::Celiac,
            Opt::OtherAutoimmune,
            Opt::Fibromyalgia,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::NerveSleepVein,
        Field::Many(&[
            Opt::Neuropathy,
            Opt::Parkinsons,
            Opt::MultipleSclerosis,
            Opt::SleepApnoea,
            Opt::VaricoseVeins,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::Snoring, Field::One(YNU)),
    (
        Q::MindMedicines,
        Field::Many(&[
            Opt::Mirtazapine,
            Opt::SsriSnri,
            Opt::Tricyclic,
            Opt::Bupropion,
            Opt::Antipsychotic,
            Opt::Anticonvulsant,
            Opt::NoneOfThese,
            Opt::NotSure,
        ]),
    ),
    (
        Q::OtherMedicines,
        Field::Many(&[
            Opt::SedatingAntihistamine,
            Opt::AntiSickness,
            Opt::DopamineDrug,
            Opt::Metformin,
            Opt::AcidReducer,
            Opt::NoneOfThese,
            Opt::NotSure,
        ]),
    ),
    (Q::MedicineTiming, Field::One(YNU)),
    (
        Q::DopamineChanges,
        Field::Many(&[
            Opt::StartsEarlier,
            Opt::Stronger,
            Opt::Spread,
            Opt::ImpulseControl,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::Withdrawal, Field::One(YNU)),
    (
        Q::Lifestyle,
        Field::Many(&[
            Opt::LateCaffeine,
            Opt::EveningAlcohol,
            Opt::Smoking,
            Opt::ShortSleep,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::WarningSigns,
        Field::Many(&[
            Opt::SuddenOnset,
            Opt::BackPain,
            Opt::Weakness,
            Opt::BladderBowel,
            Opt::SwollenCalf,
            Opt::OneLeg,
            Opt::FallingAsleep,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::SelfHarm,
        Field::One(&[Opt::Yes, Opt::No, Opt::PreferNotToSay]),
    ),
    // Appended in the second catalogue: who the check is for, new options
    // of earlier questions, and the new warning-sign questions.
    (Q::Age, Field::One(&[Opt::Adult, Opt::Under18])),
    (
        Q::Mimics,
        Field::Many(&[Opt::MuscleAches, Opt::LegSwelling, Opt::FootTapping]),
    ),
    (Q::Pregnant, Field::One(&[Opt::GaveBirth])),
    (
        Q::PregnancySigns,
        Field::Many(&[
            Opt::SevereHeadache,
            Opt::VisionChanges,
            Opt::SuddenSwelling,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::MindMedicines, Field::Many(&[Opt::Gabapentinoid])),
    (Q::WarningSigns, Field::Many(&[Opt::SaddleNumbness])),
    (
        Q::BodySigns,
        Field::Many(&[
            Opt::Breathless,
            Opt::BlackStools,
            Opt::BloodInStool,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::SelfHarm, Field::One(&[Opt::YesWithPlan])),
];

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEADER_BITS: u32 = 12;
const CHECK_BITS: u32 = 12;

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

/// Appends and reads bits, most significant first.
#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push((value >> i) & 1 == 1);
        }
    }

    /// The bits as link characters, padded with zeros to a whole character.
    fn to_text(&self) -> String {
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
    fn seal(mut self) -> String {
        let check = crc12(&self.bits);
        self.push(check, CHECK_BITS);
        self.to_text()
    }

    fn read(&self, at: &mut usize, width: u32) -> u32 {
        let mut v = 0;
        for _ in 0..width {
            v = (v << 1) | u32::from(self.bits.get(*at).copied().unwrap_or(false));
            *at += 1;
        }
        v
    }
}

/// CRC-12 (polynomial 0x80F) over a bit sequence: detects every error
/// burst of up to 12 bits, so any one changed character is always caught.
fn crc12(bits: &[bool]) -> u32 {
    let mut crc: u32 = 0;
    for &b in bits {
        let top = ((crc >> 11) & 1 == 1) ^ b;
        crc = (crc << 1) & 0xFFF;
        if top {
            crc ^= 0x80F;
        }
    }
    crc
}

/// Questions whose answers never go into a link: whoever receives it, or
/// any page or tool that sees the address, must not learn them. A link
/// opened with them unanswered shows everything else.
pub const NEVER_SHARED: &[Q] = &[Q::SelfHarm];

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
        };
        bits.push(value, field.bits());
    }
    bits.seal()
}

/// The whole fragment of a share link for these answers: `#rls=<payload>`.
pub fn fragment(answers: &Answers) -> String {
    format!("#{FRAGMENT_PREFIX}{}", encode(answers))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::{Kind, QUESTIONS};
    use crate::testkit::person;

    #[test]
    fn layout_agrees_with_the_catalogue_today() {
        // Every question is in the layout, its entries together holding every
        // option it accepts exactly once, so every answer set can be written.
        for q in QUESTIONS {
            let entries: Vec<Field> = LAYOUT
                .iter()
                .filter(|(id, _)| *id == q.id)
                .map(|(_, f)| *f)
                .collect();
            assert!(!entries.is_empty(), "{:?} is not in the layout", q.id);
            let mut stored: Vec<Opt> = Vec::new();
            for field in &entries {
                match (q.kind, *field) {
                    (Kind::Single(_), Field::One(opts))
                    | (Kind::Multi { .. }, Field::Many(opts)) => stored.extend(opts),
                    (Kind::Number { max, unknown, .. }, Field::Number { unknown: u, bits }) => {
                        assert_eq!(entries.len(), 1, "{:?}", q.id);
                        assert_eq!(unknown, u);
                        assert!(u32::from(max) + 1 < (1 << bits), "{:?} does not fit", q.id);
                        stored.push(u);
                    }
                    _ => panic!("{:?} is stored as the wrong kind", q.id),
                }
            }
            let mut accepted: Vec<Opt> = q.options();
            accepted.extend(q.retired);
            accepted.sort();
            stored.sort();
            assert_eq!(accepted, stored, "{:?}", q.id);
        }
        assert!(LAYOUT.len() < 64, "the count field holds at most 63");
    }

    #[test]
    fn every_payload_has_the_same_short_length() {
        assert_eq!(current_payload_len(), 26);
        assert!(current_payload_len() <= 40);
        assert_eq!(encode(&Answers::new()).len(), current_payload_len());
    }

    #[test]
    fn round_trips_a_typical_person() {
        let mut a = person(&[(Q::Blood, &[Opt::HeavyPeriods, Opt::Anaemia])]);
        a.set(Q::Ferritin, Answer::Number(3000));
        let link = encode(&a);
        assert_eq!(decode(&link), Ok(shareable(&a)));
        assert_eq!(decode(&format!("#rls={link}\n")), Ok(shareable(&a)));
    }

    #[test]
    fn the_self_harm_answer_never_goes_into_a_link() {
        for answer in [Opt::Yes, Opt::YesWithPlan, Opt::No, Opt::PreferNotToSay] {
            let a = person(&[(Q::SelfHarm, std::slice::from_ref(&answer))]);
            let b = person(&[(Q::SelfHarm, &[Opt::No])]);
            assert_eq!(encode(&a), encode(&b), "{answer:?} changes the link");
            let opened = decode(&encode(&a)).unwrap_or_default();
            assert_eq!(opened.get(Q::SelfHarm), None);
            assert_eq!(opened.len() + 1, a.len());
        }
    }

    fn check_error(text: &str, expected: ShareLinkError) {
        assert_eq!(decode(text), Err(expected), "for {text:?}");
    }

    #[test]
    fn an_over_long_link_is_refused_by_its_length_alone() {
        let huge = "A".repeat(1_000_000);
        assert_eq!(
            decode(&huge),
            Err(ShareLinkError::WrongLength {
                expected: current_payload_len(),
                found: 1_000_000
            })
        );
        let one_more = format!("{}A", encode(&person(&[])));
        assert!(matches!(
            decode(&one_more),
            Err(ShareLinkError::WrongLength { .. })
        ));
        let wide = "\u{e9}".repeat(3 * current_payload_len());
        assert!(matches!(
            decode(&wide),
            Err(ShareLinkError::WrongLength { .. })
        ));
    }

    #[test]
    fn every_failure_is_a_value() {
        let good = encode(&person(&[]));
        check_error("", ShareLinkError::Empty);
        check_error("#rls=", ShareLinkError::Empty);
        check_error(&format!("C{}", &good[1..]), ShareLinkError::UnknownVersion);
        check_error(
            &good[..good.len() - 3],
            ShareLinkError::WrongLength {
                expected: 26,
                found: 23,
            },
        );
        check_error(
            &format!("{good}A"),
            ShareLinkError::WrongLength {
                expected: 26,
                found: 27,
            },
        );
        check_error(
            &format!("{}.{}", &good[..5], &good[6..]),
            ShareLinkError::BadCharacter { position: 5 },
        );
        check_error(
            &format!("{}\u{e9}{}", &good[..5], &good[6..]),
            ShareLinkError::BadCharacter { position: 5 },
        );
        let mut flipped: Vec<char> = good.chars().collect();
        flipped[10] = if flipped[10] == 'A' { 'B' } else { 'A' };
        check_error(
            &flipped.into_iter().collect::<String>(),
            ShareLinkError::BadChecksum,
        );
        // A later version with more questions than this one knows.
        let mut bits = Bits::default();
        bits.push(1, 6);
        bits.push(63, 6);
        let head = bits.to_text();
        check_error(&format!("{head}{}", &good[2..]), ShareLinkError::TooNew);
    }

    #[test]
    fn errors_display_as_log_lines() {
        for e in [
            ShareLinkError::Empty,
            ShareLinkError::WrongLength {
                expected: 26,
                found: 23,
            },
            ShareLinkError::BadChecksum,
            ShareLinkError::Unreachable(Q::Trimester),
        ] {
            let line = e.to_string();
            assert!(line.starts_with(|c: char| c.is_lowercase()), "{line}");
            assert!(!line.ends_with('.'), "{line}");
        }
        assert_eq!(
            ShareLinkError::BadCharacter { position: 5 }.to_string(),
            "character 6 of the link is not one a share link uses"
        );
    }

    /// Encodes raw field values with a correct checksum, to test what a
    /// well-formed but impossible link does.
    fn forge(values: &[(Q, u32)]) -> String {
        let mut bits = Bits::default();
        bits.push(u32::from(VERSION), 6);
        bits.push(LAYOUT.len() as u32, 6);
        let mut set: Vec<Q> = Vec::new();
        for (q, field) in LAYOUT {
            // A value goes into the first of its question's entries only.
            let v = match values.iter().find(|(id, _)| id == q) {
                Some((_, v)) if !set.contains(q) => *v,
                _ => 0,
            };
            set.push(*q);
            bits.push(v, field.bits());
        }
        bits.seal()
    }

    #[test]
    fn impossible_answers_in_a_well_formed_link_are_refused() {
        // Frequency has 4 options, stored in 3 bits: 5 to 7 mean nothing.
        check_error(
            &forge(&[(Q::Frequency, 6)]),
            ShareLinkError::OutOfRange(Q::Frequency),
        );
        // A ferritin of 3001 is beyond the question's range.
        check_error(
            &forge(&[(Q::Ferritin, 3002)]),
            ShareLinkError::OutOfRange(Q::Ferritin),
        );
        // "None of these" (the last bit) together with another option.
        check_error(
            &forge(&[(Q::Impact, 0b1001)]),
            ShareLinkError::OutOfRange(Q::Impact),
        );
        // A pregnancy stage without "pregnant: yes".
        check_error(
            &forge(&[(Q::Trimester, 1)]),
            ShareLinkError::Unreachable(Q::Trimester),
        );
        // The same stage with "pregnant: yes" is fine.
        assert!(decode(&forge(&[(Q::Pregnant, 1), (Q::Trimester, 1)])).is_ok());
    }
}

/// Property and robustness tests over the whole catalogue.
#[cfg(test)]
mod properties {
    use super::*;
    use crate::questions::{Kind, QUESTIONS};
    use crate::report::evaluate;
    use proptest::prelude::*;

    /// A reachable answer set built from random numbers, walking the
    /// catalogue in order the way a person would (some questions skipped).
    fn answers_from(seeds: &[u32]) -> Answers {
        let mut a = Answers::new();
        for (q, seed) in QUESTIONS.iter().zip(seeds) {
            if !a.is_asked(q.id) || seed % 11 == 0 {
                continue;
            }
            let s = seed / 11;
            let answer = match q.kind {
                Kind::Single(opts) => Answer::Choice(opts[s as usize % opts.len()]),
                Kind::Multi { options, exclusive } => {
                    let picked: Vec<Opt> = options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| (s >> i) & 1 == 1)
                        .map(|(_, o)| *o)
                        .collect();
                    if picked.is_empty() {
                        Answer::Choices(vec![exclusive[s as usize % exclusive.len()]])
                    } else {
                        Answer::Choices(picked)
                    }
                }
                Kind::Number {
                    min, max, unknown, ..
                } => {
                    if s % 3 == 0 {
                        Answer::Choice(unknown)
                    } else {
                        Answer::Number(min + (s % u32::from(max - min + 1)) as u16)
                    }
                }
            };
            a.set(q.id, answer);
        }
        a
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn every_reachable_answer_set_round_trips(seeds in proptest::collection::vec(any::<u32>(), QUESTIONS.len())) {
            let a = answers_from(&seeds);
            let link = encode(&a);
            prop_assert!(link.len() <= 40);
            prop_assert_eq!(link.len(), current_payload_len());
            prop_assert!(link.bytes().all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(decode(&link), Ok(shareable(&a)));
        }

        #[test]
        fn any_single_changed_character_is_caught(
            seeds in proptest::collection::vec(any::<u32>(), QUESTIONS.len()),
            at in 0usize..26,
            to in 0usize..64,
        ) {
            let link = encode(&answers_from(&seeds));
            let mut chars: Vec<u8> = link.into_bytes();
            prop_assume!(chars[at] != ALPHABET[to]);
            chars[at] = ALPHABET[to];
            let damaged = String::from_utf8(chars).unwrap_or_default();
            prop_assert!(decode(&damaged).is_err());
        }
    }

    /// A small, fast generator; good enough to shake the decoder.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Runs `SHARE_FUZZ_COUNT` (default 50,000) random and mutated inputs
    /// through `decode`; a panic fails the test. `make fuzz` runs 1,000,000.
    #[test]
    fn decode_never_panics_on_random_or_mutated_input() {
        let count: usize = std::env::var("SHARE_FUZZ_COUNT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(50_000);
        let mut rng = XorShift(0x5eed_1234_abcd_ef01);
        let mut accepted = 0usize;
        for i in 0..count {
            let seeds: Vec<u32> = (0..QUESTIONS.len()).map(|_| rng.next() as u32).collect();
            let good = encode(&answers_from(&seeds));
            let input: String = match i % 6 {
                // Truncated anywhere.
                0 => good[..rng.below(good.len())].to_string(),
                // One character replaced by any character at all.
                1 => {
                    let mut c: Vec<char> = good.chars().collect();
                    let at = rng.below(c.len());
                    c[at] = char::from_u32(rng.next() as u32 % 0x11_0000).unwrap_or('\u{fffd}');
                    c.into_iter().collect()
                }
                // Random text from the link alphabet, of a plausible length.
                2 => (0..rng.below(48))
                    .map(|_| char::from(ALPHABET[rng.below(64)]))
                    .collect(),
                // Random bytes read as text.
                3 => {
                    let bytes: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
                    String::from_utf8_lossy(&bytes).into_owned()
                }
                // Very long input.
                4 => good.repeat(1 + rng.below(400)),
                // Characters inserted or deleted.
                _ => {
                    let mut c: Vec<char> = good.chars().collect();
                    if rng.below(2) == 0 {
                        c.remove(rng.below(c.len()));
                    } else {
                        c.insert(rng.below(c.len() + 1), char::from(ALPHABET[rng.below(64)]));
                    }
                    c.into_iter().collect()
                }
            };
            if let Ok(a) = decode(&input) {
                // Whatever gets through is a valid answer set with a report.
                accepted += 1;
                let _ = evaluate(&a);
                assert_eq!(decode(&encode(&a)), Ok(shareable(&a)));
            }
        }
        println!("share-link fuzz: {count} inputs decoded without a panic ({accepted} accepted as valid answers)");
    }
}

/// Frozen links: each must decode, forever, to the same answers.
///
/// The third column of `share_vectors.txt` records the report the rules gave
/// when the line was frozen. Rules follow the clinical reference and may
/// change, so what is frozen is the answers; the report tests in `report`
/// say what today's rules make of these people.
#[cfg(test)]
mod frozen {
    use super::*;

    #[test]
    fn frozen_links_keep_their_meaning() {
        let file = include_str!("share_vectors.txt");
        let mut checked = 0;
        for line in file
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut parts = line.split(" | ");
            let (Some(link), Some(answers), Some(_when_frozen)) =
                (parts.next(), parts.next(), parts.next())
            else {
                panic!("malformed vector line: {line}");
            };
            let decoded = decode(link).unwrap_or_else(|e| panic!("{link} no longer decodes: {e}"));
            // The same answers; the text lists them in catalogue order,
            // which may change.
            let sorted = |t: &str| {
                let mut v: Vec<String> = t.split(';').map(str::to_string).collect();
                v.sort();
                v
            };
            assert_eq!(
                sorted(&decoded.to_text()),
                sorted(answers),
                "{link} decodes to different answers"
            );
            let again = encode(&decoded);
            if again.len() == link.len() {
                assert_eq!(
                    again, link,
                    "{link} is no longer what these answers encode to"
                );
            }
            assert_eq!(
                decode(&again),
                Ok(shareable(&decoded)),
                "{link} does not survive a new link"
            );
            checked += 1;
        }
        assert!(checked >= 10, "only {checked} vectors");
    }
}
