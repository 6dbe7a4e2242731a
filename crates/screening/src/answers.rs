//! The answers a person has given, and the path of questions those answers open.
//!
//! `Answers` is the one piece of state that everything else is computed from:
//! the report, the progress count and the share link. It never holds an answer
//! to a question that the other answers make unreachable (`prune` removes it).
//! Whether a condition holds (`Cond::holds`) is decided here too, since the
//! path is where conditions are first needed.

use crate::questions::{question, Cond, Kind, Opt, QuestionId, QUESTIONS};

/// One question's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A single option: the answer to a single-choice question, or the
    /// "I don't know" of a number question.
    Choice(Opt),
    /// The options ticked on a multiple-choice question, in catalogue order.
    Choices(Vec<Opt>),
    /// A number typed into a number question.
    Number(u16),
}

impl Answer {
    /// Whether the answer includes `opt`.
    pub fn includes(&self, opt: Opt) -> bool {
        match self {
            Answer::Choice(o) => *o == opt,
            Answer::Choices(os) => os.contains(&opt),
            Answer::Number(_) => false,
        }
    }

    /// The same answer with multiple choices in catalogue order, so that
    /// equal answers compare equal however they were made.
    fn normalized(self, id: QuestionId) -> Answer {
        match self {
            Answer::Choices(os) => {
                // Catalogue order by filtering the options rather than by
                // sorting: the same result with far less code in the wasm.
                let q = question(id);
                let ordered = q
                    .options()
                    .into_iter()
                    .chain(q.retired.iter().copied())
                    .flat_map(|o| os.iter().filter(move |x| **x == o).copied())
                    .collect();
                Answer::Choices(ordered)
            }
            other => other,
        }
    }

    /// Whether this answer is valid for the question `id`: options it offers,
    /// exclusive options alone, numbers in range.
    pub fn fits(&self, id: QuestionId) -> bool {
        let q = question(id);
        match (q.kind, self) {
            (Kind::Single(options), Answer::Choice(o)) => {
                options.contains(o) || q.retired.contains(o)
            }
            (Kind::Multi { options, .. }, Answer::Choices(chosen)) => {
                let mut seen = Vec::new();
                for o in chosen {
                    if seen.contains(o) {
                        return false;
                    }
                    seen.push(*o);
                }
                match chosen.as_slice() {
                    [] => false,
                    [only] => q.accepts(*only),
                    many => many
                        .iter()
                        .all(|o| options.contains(o) || q.retired.contains(o)),
                }
            }
            (Kind::Number { unknown, .. }, Answer::Choice(o)) => *o == unknown,
            (Kind::Number { min, max, .. }, Answer::Number(n)) => (min..=max).contains(n),
            _ => false,
        }
    }
}

/// Every answer given so far, by question.
///
/// Kept as pairs sorted by question, at most one per question: a map with a
/// few dozen entries at most, without the code of a general map in the wasm
/// module.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(QuestionId, Answer)>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where `id`'s answer is, or where it would go.
    fn position(&self, id: QuestionId) -> Result<usize, usize> {
        self.0.binary_search_by_key(&id, |(q, _)| *q)
    }

    pub fn get(&self, id: QuestionId) -> Option<&Answer> {
        self.position(id)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, a)| a)
    }

    /// Puts an answer in place, replacing any earlier one.
    fn insert(&mut self, id: QuestionId, answer: Answer) {
        match self.position(id) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = answer;
                }
            }
            Err(i) => self.0.insert(i, (id, answer)),
        }
    }

    /// Whether the answer to `id` includes `opt`.
    pub fn said(&self, id: QuestionId, opt: Opt) -> bool {
        self.get(id).is_some_and(|a| a.includes(opt))
    }

    /// Records an answer and drops any answers the change makes unreachable.
    pub fn set(&mut self, id: QuestionId, answer: Answer) {
        self.insert(id, answer.normalized(id));
        self.prune();
    }

    /// Removes the answer to `id`, if any, and whatever that makes
    /// unreachable.
    pub fn forget(&mut self, id: QuestionId) {
        if let Ok(i) = self.position(id) {
            self.0.remove(i);
            self.prune();
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> {
        self.0.iter().map(|(id, a)| (*id, a))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `id` is asked, given the answers to the questions before it.
    pub fn is_asked(&self, id: QuestionId) -> bool {
        question(id).asked_when.is_none_or(|c| c.holds(self))
    }

    /// The questions that these answers lead through, in order. Questions whose
    /// condition depends on an unanswered question are left out until it is answered.
    pub fn path(&self) -> Vec<QuestionId> {
        QUESTIONS
            .iter()
            .map(|q| q.id)
            .filter(|id| self.is_asked(*id))
            .collect()
    }

    /// The first question on the path that has no answer yet.
    pub fn first_unanswered(&self) -> Option<QuestionId> {
        self.path().into_iter().find(|id| self.get(*id).is_none())
    }

    /// Whether every question on the path has an answer.
    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }

    /// Removes answers to questions that are no longer asked. Conditions only
    /// look at earlier questions (an integrity test checks it), so one pass in
    /// catalogue order settles every chain.
    fn prune(&mut self) {
        for q in QUESTIONS {
            if let Ok(i) = self.position(q.id) {
                if !self.is_asked(q.id) {
                    self.0.remove(i);
                }
            }
        }
    }

    /// Builds answers from untrusted pairs (storage, a share link), keeping
    /// only valid answers to reachable questions. Returns the first problem.
    pub fn from_pairs(
        pairs: impl IntoIterator<Item = (QuestionId, Answer)>,
    ) -> Result<Answers, AnswerProblem> {
        let mut answers = Answers::new();
        for (id, answer) in pairs {
            if !answer.fits(id) {
                return Err(AnswerProblem::Invalid(id));
            }
            answers.insert(id, answer.normalized(id));
        }
        for (id, _) in &answers.0 {
            if !answers.is_asked(*id) {
                return Err(AnswerProblem::Unreachable(*id));
            }
        }
        Ok(answers)
    }
}

impl Answers {
    /// A short, readable text form for this browser's storage, such as
    /// `urge=yes;impact=poor_sleep,daily_life;ferritin=45`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (q, a) in &self.0 {
            if !out.is_empty() {
                out.push(';');
            }
            out.push_str(q.key());
            out.push('=');
            match a {
                Answer::Choice(o) => out.push_str(o.key()),
                Answer::Choices(os) => {
                    for (i, o) in os.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push_str(o.key());
                    }
                }
                Answer::Number(n) => out.push_str(&n.to_string()),
            }
        }
        out
    }

    /// Reads `to_text`'s form back, checking every answer.
    pub fn from_text(text: &str) -> Result<Answers, AnswerProblem> {
        let mut pairs = Vec::new();
        for item in text.split(';').filter(|s| !s.is_empty()) {
            let (q, value) = item.split_once('=').ok_or(AnswerProblem::Unreadable)?;
            let id = QuestionId::from_key(q).ok_or(AnswerProblem::Unreadable)?;
            let answer = match question(id).kind {
                Kind::Multi { .. } => Answer::Choices(
                    value
                        .split(',')
                        .map(|o| Opt::from_key(o).ok_or(AnswerProblem::Invalid(id)))
                        .collect::<Result<_, _>>()?,
                ),
                Kind::Number { .. } if value.bytes().all(|b| b.is_ascii_digit()) => {
                    Answer::Number(value.parse().map_err(|_| AnswerProblem::Invalid(id))?)
                }
                _ => Answer::Choice(Opt::from_key(value).ok_or(AnswerProblem::Invalid(id))?),
            };
            pairs.push((id, answer));
        }
        Answers::from_pairs(pairs)
    }
}

impl Cond {
    /// Whether the condition holds for these answers. Evaluated here, beside
    /// `Answers`, because the path of questions (and so every change of
    /// answers) depends on it.
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
}

/// Why a set of answers from outside could not be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    /// The answer is not one the question accepts.
    Invalid(QuestionId),
    /// The other answers mean this question is never asked.
    Unreachable(QuestionId),
    /// The text is not in the expected form at all.
    Unreadable,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::QuestionId as Q;
    use crate::testkit::person;

    #[test]
    fn text_form_round_trips() {
        let mut a = person(&[(QuestionId::Impact, &[Opt::PoorSleep, Opt::DailyLife])]);
        a.set(QuestionId::Ferritin, Answer::Number(45));
        assert_eq!(Answers::from_text(&a.to_text()), Ok(a));
        assert_eq!(Answers::from_text(""), Ok(Answers::new()));
    }

    #[test]
    fn damaged_text_is_refused() {
        for junk in [
            "urge",
            "urge=maybe",
            "nope=yes",
            "ferritin=0",
            "impact=",
            "pregnant=no;trimester=trimester_1",
            "ferritin=99999",
        ] {
            assert!(Answers::from_text(junk).is_err(), "{junk} accepted");
        }
    }

    #[test]
    fn untrusted_answers_are_checked() {
        let bad = Answers::from_pairs([(Q::Urge, Answer::Choice(Opt::Dialysis))]);
        assert_eq!(bad, Err(AnswerProblem::Invalid(Q::Urge)));
        let unreachable = Answers::from_pairs([
            (Q::Pregnant, Answer::Choice(Opt::No)),
            (Q::Trimester, Answer::Choice(Opt::FirstTrimester)),
        ]);
        assert_eq!(unreachable, Err(AnswerProblem::Unreachable(Q::Trimester)));
        let number = Answers::from_pairs([(Q::Ferritin, Answer::Number(0))]);
        assert_eq!(number, Err(AnswerProblem::Invalid(Q::Ferritin)));
    }
}
