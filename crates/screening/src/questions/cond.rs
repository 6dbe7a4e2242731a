//! Conditions over answers, written as typed values.
//!
//! A `Cond` decides when a question is asked and when a cause, warning sign
//! or note is shown. Conditions are plain data naming questions and options
//! through their enums, so a typo does not compile. Evaluating one is not
//! here: `Cond::holds` lives beside `Answers` (the path of questions depends
//! on it), and `rules` finds the answers a condition rests on.

use super::{Opt, QuestionId};

/// A condition over answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// The answer to the question is, or includes, the option.
    Said(QuestionId, Opt),
    /// The question was answered with a number no greater than this.
    AtMost(QuestionId, u16),
    /// The question was answered with a number no smaller than this.
    AtLeast(QuestionId, u16),
    /// At least one holds.
    Any(&'static [Cond]),
    /// All hold.
    All(&'static [Cond]),
    /// The inner condition does not hold. It contributes no evidence.
    Not(&'static Cond),
}

impl Cond {
    /// Every (question, option) pair the condition mentions, for integrity checks.
    pub fn mentions(&self) -> Vec<(QuestionId, Option<Opt>)> {
        match *self {
            Cond::Said(q, o) => vec![(q, Some(o))],
            Cond::AtMost(q, _) | Cond::AtLeast(q, _) => vec![(q, None)],
            Cond::Any(cs) | Cond::All(cs) => cs.iter().flat_map(|c| c.mentions()).collect(),
            Cond::Not(c) => c.mentions(),
        }
    }
}
