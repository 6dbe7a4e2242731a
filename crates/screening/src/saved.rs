//! The form answers take when a browser keeps them between visits: a format
//! version, the time they were last saved, and the answers. Saved answers
//! are dropped once they are `KEEP_DAYS` old; each save starts the count
//! again, so only a check left alone that long is forgotten.
//!
//! Version 1 (before the version and time were added) was the answers'
//! text alone; it is still read, as if saved now, and written back as
//! version 2 by the next save.

use crate::answers::{AnswerProblem, Answers};

/// The current format version.
pub const VERSION: u32 = 2;

/// How long saved answers are kept without a visit that changes them.
pub const KEEP_DAYS: u64 = 30;

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Answers read back from storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Answers still within `KEEP_DAYS`, with the time they were saved
    /// (milliseconds since 1970), and whether to write them back as
    /// `encode(answers, saved_at)`: they were in an older format, or saved
    /// with a time in the future (a clock set wrong), which would otherwise
    /// keep them past `KEEP_DAYS`.
    Kept {
        answers: Answers,
        saved_at: u64,
        rewrite: bool,
    },
    /// Answers older than `KEEP_DAYS`: to be removed, not shown.
    Expired,
}

/// Why saved text could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedProblem {
    /// A version this build does not know (a newer build wrote it).
    UnknownVersion,
    /// The text is damaged.
    Unreadable,
    /// The answers themselves do not fit the questions.
    Answers(AnswerProblem),
}

/// The text to store for `answers` saved at `now_ms`.
pub fn encode(answers: &Answers, now_ms: u64) -> String {
    format!("v{VERSION}|{now_ms}|{}", answers.to_text())
}

/// Reads stored text at `now_ms`.
pub fn decode(text: &str, now_ms: u64) -> Result<Saved, SavedProblem> {
    let Some(rest) = text.strip_prefix('v') else {
        // Version 1: the answers' text alone, which never starts with "v".
        let answers = Answers::from_text(text).map_err(SavedProblem::Answers)?;
        return Ok(Saved::Kept {
            answers,
            saved_at: now_ms,
            rewrite: true,
        });
    };
    let mut parts = rest.splitn(3, '|');
    let (Some(version), Some(time), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(SavedProblem::Unreadable);
    };
    if version != VERSION.to_string() {
        return Err(
            if version.bytes().all(|b| b.is_ascii_digit()) && !version.is_empty() {
                SavedProblem::UnknownVersion
            } else {
                SavedProblem::Unreadable
            },
        );
    }
    let written: u64 = time.parse().map_err(|_| SavedProblem::Unreadable)?;
    // A time in the future (a clock put back) counts as now, and is
    // corrected in storage.
    let saved_at = written.min(now_ms);
    if now_ms - saved_at > KEEP_DAYS * DAY_MS {
        return Ok(Saved::Expired);
    }
    let answers = Answers::from_text(body).map_err(SavedProblem::Answers)?;
    Ok(Saved::Kept {
        answers,
        saved_at,
        rewrite: written != saved_at,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::questions::{Opt, QuestionId};
    use crate::Answer;

    const NOW: u64 = 1_800_000_000_000;

    fn some_answers() -> Answers {
        let mut a = Answers::new();
        a.set(QuestionId::Age, Answer::Choice(Opt::Adult));
        a.set(
            QuestionId::WarningSigns,
            Answer::Choices(vec![Opt::NoneOfThese]),
        );
        a
    }

    fn kept(result: Result<Saved, SavedProblem>) -> (Answers, u64, bool) {
        match result {
            Ok(Saved::Kept {
                answers,
                saved_at,
                rewrite,
            }) => (answers, saved_at, rewrite),
            other => panic!("expected kept answers, got {other:?}"),
        }
    }

    #[test]
    fn a_save_reads_back_with_its_time() {
        let text = encode(&some_answers(), NOW);
        assert_eq!(text, "v2|1800000000000|age=adult;warning_signs=none");
        let (answers, at, rewrite) = kept(decode(&text, NOW + 1000));
        assert_eq!(answers, some_answers());
        assert_eq!(at, NOW);
        assert!(!rewrite);
    }

    /// Text written by the build before the format had a version, copied
    /// from a browser's storage: it still opens, and is marked for rewriting.
    #[test]
    fn the_format_before_versions_migrates() {
        let old = "age=adult;warning_signs=none";
        assert_eq!(old, some_answers().to_text());
        let (answers, at, rewrite) = kept(decode(old, NOW));
        assert_eq!(answers, some_answers());
        assert_eq!(at, NOW);
        assert!(rewrite);
        let rewritten = encode(&answers, at);
        assert_eq!(kept(decode(&rewritten, NOW)).0, some_answers());
    }

    #[test]
    fn answers_expire_after_thirty_days_without_a_save() {
        let text = encode(&some_answers(), NOW);
        let day = 24 * 60 * 60 * 1000;
        assert!(matches!(
            decode(&text, NOW + 30 * day),
            Ok(Saved::Kept { .. })
        ));
        assert_eq!(decode(&text, NOW + 30 * day + 1), Ok(Saved::Expired));
        // Saving again starts the count again.
        let later = encode(&some_answers(), NOW + 29 * day);
        assert!(matches!(
            decode(&later, NOW + 58 * day),
            Ok(Saved::Kept { .. })
        ));
    }

    #[test]
    fn a_time_in_the_future_counts_as_now_and_is_written_back() {
        let text = encode(&some_answers(), NOW + 1_000_000);
        let (_, at, rewrite) = kept(decode(&text, NOW));
        assert_eq!(at, NOW);
        assert!(rewrite, "a future time left in storage never expires");
    }

    #[test]
    fn damaged_or_unknown_text_is_an_error_not_a_panic() {
        assert_eq!(
            decode("v3|1|age=adult", NOW),
            Err(SavedProblem::UnknownVersion)
        );
        for bad in [
            "v",
            "v2",
            "v2|",
            "v2|x|age=adult",
            "vx|1|a",
            "v2|-5|age=adult",
        ] {
            assert_eq!(decode(bad, NOW), Err(SavedProblem::Unreadable), "{bad}");
        }
        assert!(matches!(
            decode(&format!("v2|{NOW}|age=purple"), NOW),
            Err(SavedProblem::Answers(_))
        ));
        assert!(matches!(
            decode("nonsense", NOW),
            Err(SavedProblem::Answers(_))
        ));
    }
}
