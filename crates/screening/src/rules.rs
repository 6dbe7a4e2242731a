//! The answers a condition rests on.
//!
//! A cause or warning sign that is shown says "shown because you said …":
//! `Cond::evidence` collects those answers for the report. Whether a
//! condition holds at all is `Cond::holds`, beside `Answers`.

use crate::answers::{Answer, Answers};
use crate::questions::{Cond, Opt, QuestionId};

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
}

fn push_unique(out: &mut Vec<Evidence>, e: Evidence) {
    if !out.contains(&e) {
        out.push(e);
    }
}
