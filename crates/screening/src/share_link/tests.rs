//! The codec's tests: examples and errors, properties over the whole
//! catalogue, and the frozen links of `share_vectors.txt`.

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
                (Kind::Single(_), Field::One(opts)) | (Kind::Multi { .. }, Field::Many(opts)) => {
                    stored.extend(opts)
                }
                (
                    Kind::Number {
                        min, max, unknown, ..
                    },
                    Field::Number { unknown: u, bits },
                ) => {
                    assert_eq!(entries.len(), 1, "{:?}", q.id);
                    assert_eq!(unknown, u);
                    assert!(
                        min >= 1,
                        "{:?} takes 0, which Number reads as unknown",
                        q.id
                    );
                    assert!(u32::from(max) + 1 < (1 << bits), "{:?} does not fit", q.id);
                    stored.push(u);
                }
                (Kind::Number { max, unknown, .. }, Field::Count { unknown: u, bits }) => {
                    assert_eq!(entries.len(), 1, "{:?}", q.id);
                    assert_eq!(unknown, u);
                    assert!(u32::from(max) + 2 < (1 << bits), "{:?} does not fit", q.id);
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
    assert_eq!(current_payload_len(), 29);
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
            expected: 29,
            found: 26,
        },
    );
    check_error(
        &format!("{good}A"),
        ShareLinkError::WrongLength {
            expected: 29,
            found: 30,
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
            expected: 29,
            found: 26,
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

/// Property and robustness tests over the whole catalogue.
mod properties {
    use super::*;
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
mod frozen {
    use super::*;

    #[test]
    fn frozen_links_keep_their_meaning() {
        let file = include_str!("../share_vectors.txt");
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
