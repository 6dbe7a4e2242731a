//! What a question page's form holds, and the answer it makes.
//!
//! `validate` reads the options ticked and the text typed for one question
//! and returns its `Answer`, or a `FieldError` saying what is wrong. Errors
//! carry data only: `Locale::field_error` words them.

use crate::answers::Answer;
use crate::questions::{question, Kind, Opt, QuestionId};

/// What the form on a question page holds when Continue is pressed: the
/// options ticked and the text typed. Which of them count depends on the
/// question's kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub chosen: Vec<Opt>,
    pub text: String,
}

impl Input {
    /// The form as it looks when an answer already exists, for going back.
    pub fn from_answer(answer: Option<&Answer>) -> Input {
        match answer {
            None => Input::default(),
            Some(Answer::Choice(o)) => Input {
                chosen: vec![*o],
                text: String::new(),
            },
            Some(Answer::Choices(os)) => Input {
                chosen: os.clone(),
                text: String::new(),
            },
            Some(Answer::Number(n)) => Input {
                chosen: Vec::new(),
                text: n.to_string(),
            },
        }
    }
}

/// A problem with what was entered, shown beside the field. Its sentence
/// comes from `Locale::field_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    ChooseOne,
    ChooseAtLeastOne,
    /// An exclusive option ("None of these") was ticked with others.
    ExclusiveWithOthers(Opt),
    EnterNumber,
    NotANumber,
    OutOfRange {
        min: u16,
        max: u16,
    },
    /// A number was typed and "I don't know" was ticked.
    NumberAndUnknown,
}

/// Turns what was entered into an answer for `id`, or says what is wrong.
pub fn validate(id: QuestionId, input: &Input) -> Result<Answer, FieldError> {
    match question(id).kind {
        Kind::Single(options) => match input.chosen.as_slice() {
            [o] if options.contains(o) => Ok(Answer::Choice(*o)),
            _ => Err(FieldError::ChooseOne),
        },
        Kind::Multi { options, exclusive } => {
            let chosen: Vec<Opt> = options
                .iter()
                .chain(exclusive.iter())
                .copied()
                .filter(|o| input.chosen.contains(o))
                .collect();
            if chosen.is_empty() {
                return Err(FieldError::ChooseAtLeastOne);
            }
            if chosen.len() > 1 {
                if let Some(e) = chosen.iter().find(|o| exclusive.contains(o)) {
                    return Err(FieldError::ExclusiveWithOthers(*e));
                }
            }
            Ok(Answer::Choices(chosen))
        }
        Kind::Number {
            min, max, unknown, ..
        } => {
            let text = input.text.trim();
            let unknown_ticked = input.chosen.contains(&unknown);
            match (text.is_empty(), unknown_ticked) {
                (true, true) => Ok(Answer::Choice(unknown)),
                (true, false) => Err(FieldError::EnterNumber),
                (false, true) => Err(FieldError::NumberAndUnknown),
                (false, false) => parse_number(text, min, max).map(Answer::Number),
            }
        }
    }
}

/// Reads a whole number, allowing a decimal part (rounded) and thin spaces or
/// commas between thousands, as lab reports print them.
fn parse_number(text: &str, min: u16, max: u16) -> Result<u16, FieldError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{2009}' | '\u{a0}'))
        .collect();
    let mut parts = cleaned.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next().unwrap_or_default();
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || whole.len() > 6 {
        return Err(FieldError::NotANumber);
    }
    let mut value: u32 = whole.parse().map_err(|_| FieldError::NotANumber)?;
    if fraction.starts_with(['5', '6', '7', '8', '9']) {
        value += 1;
    }
    match u16::try_from(value) {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        _ => Err(FieldError::OutOfRange { min, max }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::QuestionId as Q;

    #[test]
    fn none_of_these_must_stand_alone() {
        assert_eq!(
            validate(
                Q::Impact,
                &Input {
                    chosen: vec![Opt::PoorSleep, Opt::NoneOfThese],
                    text: String::new()
                }
            ),
            Err(FieldError::ExclusiveWithOthers(Opt::NoneOfThese))
        );
        assert_eq!(
            validate(
                Q::Impact,
                &Input {
                    chosen: vec![Opt::DailyLife, Opt::PoorSleep],
                    text: String::new()
                }
            ),
            Ok(Answer::Choices(vec![Opt::PoorSleep, Opt::DailyLife]))
        );
    }

    #[test]
    fn numbers_are_read_like_a_lab_report() {
        let n = |t: &str| {
            validate(
                Q::Ferritin,
                &Input {
                    chosen: Vec::new(),
                    text: t.to_string(),
                },
            )
        };
        assert_eq!(n("45"), Ok(Answer::Number(45)));
        assert_eq!(n(" 45 "), Ok(Answer::Number(45)));
        assert_eq!(n("44.6"), Ok(Answer::Number(45)));
        assert_eq!(n("1,200"), Ok(Answer::Number(1200)));
        assert_eq!(n(""), Err(FieldError::EnterNumber));
        assert_eq!(n("forty"), Err(FieldError::NotANumber));
        assert_eq!(n("-5"), Err(FieldError::NotANumber));
        assert_eq!(n("4.5.1"), Err(FieldError::NotANumber));
        assert_eq!(n("0"), Err(FieldError::OutOfRange { min: 1, max: 3000 }));
        assert_eq!(n("99999999999"), Err(FieldError::NotANumber));
        assert_eq!(
            n("70000"),
            Err(FieldError::OutOfRange { min: 1, max: 3000 })
        );
        let both = Input {
            chosen: vec![Opt::DontKnow],
            text: "30".into(),
        };
        assert_eq!(
            validate(Q::Ferritin, &both),
            Err(FieldError::NumberAndUnknown)
        );
        let unknown = Input {
            chosen: vec![Opt::DontKnow],
            text: "  ".into(),
        };
        assert_eq!(
            validate(Q::Ferritin, &unknown),
            Ok(Answer::Choice(Opt::DontKnow))
        );
    }
}
