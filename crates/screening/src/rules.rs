//! Conditions over answers, written as typed values.
//!
//! A `Cond` decides when a question is asked, when a cause or warning sign is
//! shown, and which answers it rests on (`evidence`), so the results can say
//! "shown because you said …". Conditions are data: they do no I/O and name
//! questions and options only through their enums, so a typo does not compile.

use crate::answers::{Answer, Answers};
use crate::questions::{Opt, QuestionId};

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

/// One answer that a condition rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub question: QuestionId,
    pub fact: Fact,
}

/// What the person said, as far as one piece of evidence goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    Chose(Opt),
    Number(u16),
}

impl Cond {
    /// Whether the condition holds for these answers.
    pub fn holds(&self, answers: &Answers) -> bool {
        match *self {
            Cond::Said(q, o) => answers.said(q, o),
            Cond::AtMost(q, limit) => {
                matches!(answers.get(q), Some(Answer::Number(n)) if *n <= limit)
            }
            Cond::AtLeast(q, limit) => {
                matches!(answers.get(q), Some(Answer::Number(n)) if *n >= limit)
            }
            Cond::Any(cs) => cs.iter().any(|c| c.holds(answers)),
            Cond::All(cs) => cs.iter().all(|c| c.holds(answers)),
            Cond::Not(c) => !c.holds(answers),
        }
    }

    /// The answers that make the condition hold, or `None` when it does not.
    /// For `Any`, every branch that holds contributes, so a cause with more
    /// supporting answers carries more evidence.
    pub fn evidence(&self, answers: &Answers) -> Option<Vec<Evidence>> {
        if !self.holds(answers) {
            return None;
        }
        let mut out = Vec::new();
        self.collect(answers, &mut out);
        Some(out)
    }

    fn collect(&self, answers: &Answers, out: &mut Vec<Evidence>) {
        match *self {
            Cond::Said(question, o) => {
                if answers.said(question, o) {
                    push_unique(
                        out,
                        Evidence {
                            question,
                            fact: Fact::Chose(o),
                        },
                    );
                }
            }
            Cond::AtMost(question, _) | Cond::AtLeast(question, _) => {
                if let Some(Answer::Number(n)) = answers.get(question) {
                    if self.holds(answers) {
                        push_unique(
                            out,
                            Evidence {
                                question,
                                fact: Fact::Number(*n),
                            },
                        );
                    }
                }
            }
            Cond::Any(cs) | Cond::All(cs) => {
                for c in cs.iter().filter(|c| c.holds(answers)) {
                    c.collect(answers, out);
                }
            }
            Cond::Not(_) => {}
        }
    }

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

fn push_unique(out: &mut Vec<Evidence>, e: Evidence) {
    if !out.contains(&e) {
        out.push(e);
    }
}
