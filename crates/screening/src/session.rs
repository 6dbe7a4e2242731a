//! The questionnaire as one pure state machine.
//!
//! `Session::apply` is the only transition: it takes an `Action` (begin,
//! submit an answer, back, change an answer from the review page, show the
//! results, restart, go to a step the browser asked for, open a share link,
//! change its answers or leave it) and
//! returns the next `Session`. It does no I/O: saving, the address bar and
//! focus belong to the caller. Invalid input comes back as a `FieldError` in
//! the session, never as a panic.

use crate::answers::Answers;
use crate::input::{validate, FieldError, Input};
use crate::questions::QuestionId;
use crate::share_link;
use crate::step::Step;

/// Everything that can happen to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start pressed: go to the first unanswered question (or the review).
    Begin,
    /// Continue pressed on the current question page.
    Submit(Input),
    /// The Back link.
    Back,
    /// A Change link on the review page.
    Change(QuestionId),
    /// Continue on the review page.
    ShowResults,
    /// Start again: forget everything.
    Restart,
    /// The browser moved to a step (Back/Forward buttons, a reload). Steps the
    /// answers do not allow yet are replaced by the nearest allowed one.
    GoTo(Step),
    /// A share link's fragment or payload was opened: show its results,
    /// apart from the person's own answers, or say why it cannot be read.
    OpenLink(String),
    /// "Change these answers" on a shared result: they become the person's own.
    EditShared,
    /// "Start your own check" from a shared result or a broken link.
    LeaveShared,
    /// Answers from outside the session replace the person's own: the ones
    /// saved in this browser, read when the person asks for them, or the
    /// ones another tab of the same check just saved. The step stays if the
    /// new answers allow it; none at all (forgotten in another tab) leads
    /// back to the start page. A shared result on screen stays.
    Adopt(Answers),
}

impl Action {
    /// What a fragment in the address bar asks for: a share link, or (when
    /// the widget reads its steps from the address bar) a step, the start
    /// page for one it does not know. `None` when it asks for nothing.
    pub fn from_fragment(fragment: &str, reads_steps: bool) -> Option<Action> {
        if Step::is_share_fragment(fragment) {
            Some(Action::OpenLink(fragment.to_string()))
        } else if reads_steps {
            Some(Action::GoTo(
                Step::from_fragment(fragment).unwrap_or(Step::Start),
            ))
        } else {
            None
        }
    }
}

/// The questionnaire's whole state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    pub step: Step,
    /// The person's own answers.
    pub answers: Answers,
    /// Answers from an opened share link, kept apart from the person's own.
    pub shared: Option<Answers>,
    /// The problem with the last Submit, if it was refused.
    pub error: Option<FieldError>,
    /// Set by a Change link: Continue goes back to the review page.
    pub changing: bool,
}

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    /// The one transition.
    pub fn apply(&self, action: Action) -> Session {
        let mut next = self.clone();
        next.error = None;
        if !matches!(
            action,
            Action::EditShared | Action::OpenLink(_) | Action::Adopt(_)
        ) {
            next.shared = None;
        }
        match action {
            Action::Begin => {
                next.changing = false;
                next.step = next.resume_step();
            }
            Action::Submit(input) => {
                let Step::Question(id) = self.step else {
                    return next;
                };
                match validate(id, &input) {
                    Err(e) => next.error = Some(e),
                    Ok(answer) => {
                        next.answers.set(id, answer);
                        next.step = if next.changing {
                            // A changed answer may open a new question (say,
                            // the trimester after "pregnant: yes"): ask it first.
                            match next.answers.first_unanswered() {
                                Some(q) => Step::Question(q),
                                None => {
                                    next.changing = false;
                                    Step::Review
                                }
                            }
                        } else {
                            next.after(id)
                        };
                    }
                }
            }
            Action::Back => {
                next.step = match self.step {
                    Step::Start | Step::BrokenLink(_) | Step::SharedResults => Step::Start,
                    Step::Question(_) if self.changing => {
                        next.changing = false;
                        Step::Review
                    }
                    Step::Question(id) => next.before(id),
                    Step::Review => match next.answers.path().last() {
                        Some(q) => Step::Question(*q),
                        None => Step::Start,
                    },
                    Step::Results if crate::report::is_child(&next.answers) => {
                        match next.answers.path().last() {
                            Some(q) => Step::Question(*q),
                            None => Step::Start,
                        }
                    }
                    Step::Results => Step::Review,
                };
            }
            Action::Change(id) => {
                if next.answers.path().contains(&id) {
                    next.changing = true;
                    next.step = Step::Question(id);
                }
            }
            Action::ShowResults => {
                next.step = match next.answers.first_unanswered() {
                    Some(q) => Step::Question(q),
                    None => Step::Results,
                };
            }
            Action::Restart => next = Session::new(),
            // The address bar echoing the current step is not a move.
            Action::GoTo(step) if step == self.step => {}
            Action::GoTo(step) => {
                next.changing = false;
                next.step = next.allowed(step);
            }
            Action::OpenLink(text) => {
                next.changing = false;
                match share_link::decode(&text) {
                    Ok(answers) => {
                        next.shared = Some(answers);
                        next.step = Step::SharedResults;
                    }
                    Err(e) => {
                        next.shared = None;
                        next.step = Step::BrokenLink(e);
                    }
                }
            }
            Action::EditShared => {
                if let Some(answers) = next.shared.take() {
                    next = Session {
                        answers,
                        ..Session::new()
                    };
                    next.step = next.allowed(Step::Review);
                    // A gap (the answer a link never carries) is asked as a
                    // change: Continue then returns to the review page.
                    next.changing = matches!(next.step, Step::Question(_));
                }
            }
            Action::LeaveShared => {
                next.step = Step::Start;
            }
            Action::Adopt(answers) => {
                next.answers = answers;
                next.step = match self.step {
                    Step::Start | Step::SharedResults | Step::BrokenLink(_) => self.step,
                    _ if next.answers.is_empty() => Step::Start,
                    step => next.allowed(step),
                };
                next.changing &= next.step == self.step;
                next.error = self.error.filter(|_| next.step == self.step);
            }
        }
        next
    }

    /// The fragment the address bar should show, such as `#/q/urge`, or the
    /// share link itself while its results are shown. `None` leaves the
    /// address as it is (a broken link stays visible to be checked).
    pub fn fragment(&self) -> Option<String> {
        match (self.step, &self.shared) {
            (Step::SharedResults, Some(a)) => Some(share_link::fragment(a)),
            (Step::BrokenLink(_), _) => None,
            (step, _) => Some(step.fragment()),
        }
    }

    /// The answers the results screen shows: the shared ones or the person's own.
    pub fn shown_answers(&self) -> &Answers {
        match (self.step, &self.shared) {
            (Step::SharedResults, Some(a)) => a,
            _ => &self.answers,
        }
    }

    /// "Question N of M" for the current step: N counts from 1 along the
    /// path the answers lead through; M is the length of that path.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Step::Question(id) = self.step else {
            return None;
        };
        let path = self.answers.path();
        let n = path.iter().position(|q| *q == id)? + 1;
        Some((n, path.len()))
    }

    /// Where Begin leads: the first unanswered question, else the review;
    /// for a child, whose path ends at the age question, the results page
    /// that explains the check is for adults.
    fn resume_step(&self) -> Step {
        match self.answers.first_unanswered() {
            Some(q) => Step::Question(q),
            None if crate::report::is_child(&self.answers) => Step::Results,
            None => Step::Review,
        }
    }

    fn after(&self, id: QuestionId) -> Step {
        let path = self.answers.path();
        let next = path.iter().skip_while(|q| **q != id).nth(1).copied();
        match next {
            Some(q) => Step::Question(q),
            None => self.resume_step(),
        }
    }

    fn before(&self, id: QuestionId) -> Step {
        let path = self.answers.path();
        match path.iter().position(|q| *q == id) {
            Some(i) if i > 0 => Step::Question(path[i - 1]),
            _ => Step::Start,
        }
    }

    /// The step itself if the answers allow it, else the nearest one that
    /// they do: a question is allowed when it is on the path and every
    /// question before it is answered; review and results need all answers.
    fn allowed(&self, step: Step) -> Step {
        let first_gap = self.answers.first_unanswered();
        match step {
            Step::Start | Step::BrokenLink(_) | Step::SharedResults => Step::Start,
            Step::Question(id) => {
                let path = self.answers.path();
                match (path.iter().position(|q| *q == id), first_gap) {
                    (None, _) => self.resume_step(),
                    (Some(i), Some(gap)) => {
                        let gap_i = path.iter().position(|q| *q == gap).unwrap_or(i);
                        Step::Question(path[i.min(gap_i)])
                    }
                    (Some(_), None) => step,
                }
            }
            Step::Review | Step::Results => match first_gap {
                Some(q) => Step::Question(q),
                None => step,
            },
        }
    }
}

#[cfg(test)]
mod tests;
