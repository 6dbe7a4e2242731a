//! The questionnaire as one pure state machine.
//!
//! `Session::apply` is the only transition: it takes an `Action` (begin,
//! submit an answer, back, change an answer from the review page, show the
//! results, restart, go to a step the browser asked for, open a share link,
//! change its answers or leave it) and
//! returns the next `Session`. It does no I/O: saving, the address bar and
//! focus belong to the caller. Invalid input comes back as a `FieldError` in
//! the session, never as a panic.

use crate::answers::{Answer, Answers};
use crate::questions::{question, Kind, Opt, QuestionId};
use crate::share_link::{self, ShareLinkError};

/// Where the person is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Start,
    Question(QuestionId),
    /// Check your answers.
    Review,
    Results,
    /// The results of a share link (`Session::shared`), apart from the
    /// person's own answers.
    SharedResults,
    /// A share link that could not be read.
    BrokenLink(ShareLinkError),
}

impl Step {
    /// The address-bar fragment for this step, such as `#/q/urge`. Fragments
    /// never reach a server. The shared steps have none of their own: their
    /// address is the link (see `Session::fragment`).
    pub fn fragment(self) -> String {
        match self {
            Step::Start | Step::BrokenLink(_) => "#/start".to_string(),
            Step::Question(q) => format!("#/q/{}", q.key()),
            Step::Review => "#/review".to_string(),
            Step::Results | Step::SharedResults => "#/results".to_string(),
        }
    }

    /// Whether a fragment is a share link (`#rls=…`) rather than a step.
    pub fn is_share_fragment(fragment: &str) -> bool {
        fragment
            .trim_start_matches('#')
            .starts_with(share_link::FRAGMENT_PREFIX)
    }

    /// The step a fragment names, if it names one.
    pub fn from_fragment(fragment: &str) -> Option<Step> {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        match path {
            "" | "start" => Some(Step::Start),
            "review" => Some(Step::Review),
            "results" => Some(Step::Results),
            _ => path
                .strip_prefix("q/")
                .and_then(QuestionId::from_key)
                .map(Step::Question),
        }
    }
}

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
mod tests {
    use super::*;
    use crate::questions::QuestionId as Q;

    fn pick(opts: &[Opt]) -> Action {
        Action::Submit(Input {
            chosen: opts.to_vec(),
            text: String::new(),
        })
    }

    /// The answer to the first question, for an adult.
    fn adult() -> Action {
        pick(&[Opt::Adult])
    }

    /// Begin, as an adult with no warning signs: the next page is the first
    /// symptom question.
    fn begun(then: Vec<Action>) -> Vec<Action> {
        let mut out = vec![
            Action::Begin,
            adult(),
            pick(&[Opt::NoneOfThese]),
            pick(&[Opt::NoneOfThese]),
            pick(&[Opt::No]),
        ];
        out.extend(then);
        out
    }

    /// Runs the actions from a new session.
    fn run(actions: Vec<Action>) -> Session {
        actions.into_iter().fold(Session::new(), |s, a| s.apply(a))
    }

    /// Answers every remaining question with its way out ("No", "None of
    /// these", "I don't know") until the review page.
    fn finish(mut s: Session) -> Session {
        for _ in 0..100 {
            let Step::Question(q) = s.step else { break };
            let action = match question(q).kind {
                Kind::Number { unknown, .. } => pick(&[unknown]),
                Kind::Multi { exclusive, .. } => pick(&exclusive[..1]),
                Kind::Single(opts) => pick(&[if opts.contains(&Opt::No) {
                    Opt::No
                } else if opts.contains(&Opt::NotSure) {
                    Opt::NotSure
                } else {
                    opts[0]
                }]),
            };
            s = s.apply(action);
        }
        s
    }

    #[test]
    fn adopted_answers_keep_the_step_they_allow() {
        let here = run(begun(vec![pick(&[Opt::Yes])]));
        assert_eq!(here.step, Step::Question(Q::RestWorse));
        // Another tab saved the same answers and one more: still here.
        let mut more = here.answers.clone();
        more.set(Q::RestWorse, Answer::Choice(Opt::Yes));
        let s = here.apply(Action::Adopt(more.clone()));
        assert_eq!(s.step, Step::Question(Q::RestWorse));
        assert_eq!(s.answers, more);
        // Fewer answers than the step needs: the nearest allowed step.
        let fewer = run(vec![Action::Begin, adult()]).answers;
        let s = here.apply(Action::Adopt(fewer));
        assert_eq!(s.step, Step::Question(Q::WarningSigns));
    }

    #[test]
    fn answers_forgotten_elsewhere_lead_to_the_start() {
        let here = finish(run(begun(vec![])));
        assert_eq!(here.step, Step::Review);
        let s = here.apply(Action::Adopt(Answers::new()));
        assert_eq!(s, Session::new());
    }

    #[test]
    fn adopting_keeps_a_shared_result_and_the_start_page_on_screen() {
        let mine = run(vec![Action::Begin, adult()]).answers;
        let start = Session::new().apply(Action::Adopt(mine.clone()));
        assert_eq!(start.step, Step::Start);
        assert_eq!(start.answers, mine);
        // Begin then carries on where the answers left off.
        assert_eq!(
            start.apply(Action::Begin).step,
            Step::Question(Q::WarningSigns)
        );

        let link = crate::share_link::fragment(&finish(run(begun(vec![]))).answers);
        let shared = Session::new().apply(Action::OpenLink(link));
        let s = shared.apply(Action::Adopt(mine.clone()));
        assert_eq!(s.step, Step::SharedResults);
        assert_eq!(s.shared, shared.shared);
        assert_eq!(s.answers, mine);
    }

    #[test]
    fn begin_goes_to_the_first_question() {
        let s = run(vec![Action::Begin]);
        assert_eq!(s.step, Step::Question(Q::Age));
        assert_eq!(s.progress(), Some((1, 26)));
        let s = s.apply(adult());
        // The warning signs are asked first.
        assert_eq!(s.step, Step::Question(Q::WarningSigns));
        assert_eq!(s.progress(), Some((2, 26)));
    }

    #[test]
    fn under_18_goes_straight_to_the_page_for_children() {
        let s = run(vec![Action::Begin, pick(&[Opt::Under18])]);
        assert_eq!(s.step, Step::Results);
        assert!(s.answers.is_complete());
        let back = s.apply(Action::Back);
        assert_eq!(back.step, Step::Question(Q::Age));
        // Changing the answer opens the adult path again.
        let adult = back.apply(adult());
        assert_eq!(adult.step, Step::Question(Q::WarningSigns));
    }

    #[test]
    fn unanswered_question_blocks_continue() {
        let s = run(begun(vec![pick(&[])]));
        assert_eq!(s.step, Step::Question(Q::Urge));
        assert_eq!(s.error, Some(FieldError::ChooseOne));
        let s = s.apply(pick(&[Opt::Yes]));
        assert_eq!(s.error, None);
        assert_eq!(s.step, Step::Question(Q::RestWorse));
    }

    #[test]
    fn an_option_from_another_question_is_refused() {
        let s = run(begun(vec![pick(&[Opt::Dialysis])]));
        assert_eq!(s.error, Some(FieldError::ChooseOne));
    }

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

    #[test]
    fn a_full_run_reaches_the_review_and_then_the_results() {
        let s = finish(run(vec![Action::Begin]));
        assert_eq!(s.step, Step::Review);
        assert!(s.answers.is_complete());
        assert_eq!(s.apply(Action::ShowResults).step, Step::Results);
    }

    #[test]
    fn back_walks_the_path_and_keeps_answers() {
        let s = run(begun(vec![pick(&[Opt::Yes]), pick(&[Opt::No])]));
        assert_eq!(s.step, Step::Question(Q::MovementEases));
        let s = s.apply(Action::Back);
        assert_eq!(s.step, Step::Question(Q::RestWorse));
        assert_eq!(s.answers.get(Q::RestWorse), Some(&Answer::Choice(Opt::No)));
        let mut s = s;
        for _ in 0..6 {
            s = s.apply(Action::Back);
        }
        assert_eq!(s.step, Step::Start);
        assert_eq!(s.answers.len(), 6);
    }

    #[test]
    fn progress_follows_the_path_when_answers_change_it() {
        let s = finish(run(vec![Action::Begin]));
        let before = s.answers.path().len();
        let s = s.apply(Action::Change(Q::Pregnant));
        assert_eq!(s.progress(), Some((18, before)));
        let s = s.apply(pick(&[Opt::Yes]));
        // The trimester question opens and is asked before returning.
        assert_eq!(s.step, Step::Question(Q::Trimester));
        assert_eq!(s.progress(), Some((19, before + 2)));
        let s = s.apply(pick(&[Opt::ThirdTrimester]));
        // Then the danger signs of pregnancy.
        assert_eq!(s.step, Step::Question(Q::PregnancySigns));
        let s = s.apply(pick(&[Opt::NoneOfThese]));
        assert_eq!(s.step, Step::Review);
        // Changing back to No drops the trimester answer.
        let s = s.apply(Action::Change(Q::Pregnant)).apply(pick(&[Opt::No]));
        assert_eq!(s.step, Step::Review);
        assert_eq!(s.answers.get(Q::Trimester), None);
        assert_eq!(s.answers.get(Q::PregnancySigns), None);
    }

    #[test]
    fn back_from_a_change_returns_to_the_review() {
        let s = finish(run(vec![Action::Begin])).apply(Action::Change(Q::Diet));
        assert_eq!(s.apply(Action::Back).step, Step::Review);
    }

    #[test]
    fn the_browser_cannot_skip_ahead() {
        let s = run(begun(vec![pick(&[Opt::Yes])]));
        assert_eq!(
            s.apply(Action::GoTo(Step::Results)).step,
            Step::Question(Q::RestWorse)
        );
        assert_eq!(
            s.apply(Action::GoTo(Step::Question(Q::Lifestyle))).step,
            Step::Question(Q::RestWorse)
        );
        assert_eq!(
            s.apply(Action::GoTo(Step::Question(Q::Urge))).step,
            Step::Question(Q::Urge)
        );
        assert_eq!(
            s.apply(Action::GoTo(Step::Question(Q::Trimester))).step,
            Step::Question(Q::RestWorse)
        );
    }

    #[test]
    fn changing_shared_answers_with_a_gap_goes_to_the_gap() {
        let part = run(begun(vec![pick(&[Opt::Yes])])).answers;
        let link = crate::share_link::fragment(&part);
        let s = Session::new()
            .apply(Action::OpenLink(link))
            .apply(Action::EditShared);
        // The first gap is the answer a link never carries.
        assert_eq!(s.step, Step::Question(Q::SelfHarm));
    }

    #[test]
    fn fragments_round_trip_and_junk_is_rejected() {
        let mut steps = vec![Step::Start, Step::Review, Step::Results];
        steps.extend(QuestionId::ALL.iter().map(|q| Step::Question(*q)));
        for s in steps {
            assert_eq!(Step::from_fragment(&s.fragment()), Some(s));
        }
        assert_eq!(Step::from_fragment(""), Some(Step::Start));
        assert_eq!(Step::from_fragment("#/q/nonsense"), None);
        assert_eq!(Step::from_fragment("#rls=abc"), None);
    }

    #[test]
    fn the_address_bar_echoing_the_step_keeps_a_change_in_progress() {
        let s = finish(run(vec![Action::Begin])).apply(Action::Change(Q::Diet));
        let echoed = s.apply(Action::GoTo(Step::Question(Q::Diet)));
        assert!(echoed.changing);
    }

    #[test]
    fn a_share_link_is_shown_apart_from_own_answers() {
        let own = run(begun(vec![pick(&[Opt::No])]));
        let theirs = finish(run(vec![Action::Begin])).answers;
        let link = crate::share_link::encode(&theirs);
        let s = own.apply(Action::OpenLink(format!("#rls={link}")));
        assert_eq!(s.step, Step::SharedResults);
        // All but the answer a link never carries.
        let theirs = crate::share_link::shareable(&theirs);
        assert_eq!(s.shown_answers(), &theirs);
        assert_eq!(s.answers, own.answers, "own answers are untouched");
        assert_eq!(s.fragment(), Some(format!("#rls={link}")));
        // Starting one's own check leaves the shared answers behind.
        let left = s.apply(Action::LeaveShared);
        assert_eq!((left.step, left.shared.clone()), (Step::Start, None));
        assert_eq!(left.answers, own.answers);
        assert_eq!(left.fragment(), Some("#/start".to_string()));
        // Changing them makes them one's own, asking first what the link
        // could not carry, then the review page.
        let edit = s.apply(Action::EditShared);
        assert_eq!(edit.step, Step::Question(Q::SelfHarm));
        assert_eq!(edit.answers, theirs);
        assert_eq!(edit.shared, None);
        let edit = edit.apply(pick(&[Opt::No]));
        assert_eq!(edit.step, Step::Review);
    }

    #[test]
    fn a_broken_link_says_why_and_leaves_the_address_alone() {
        let s = Session::new().apply(Action::OpenLink("#rls=BaVTE".to_string()));
        assert!(matches!(
            s.step,
            Step::BrokenLink(crate::ShareLinkError::WrongLength { .. })
        ));
        assert_eq!(s.fragment(), None);
        assert_eq!(s.apply(Action::LeaveShared).step, Step::Start);
        assert!(Step::is_share_fragment("#rls=abc"));
        assert!(!Step::is_share_fragment("#/q/urge"));
    }

    #[test]
    fn restart_forgets_everything() {
        let s = finish(run(vec![Action::Begin])).apply(Action::Restart);
        assert_eq!(s, Session::new());
    }

    #[test]
    fn a_refused_submit_keeps_the_step_and_clears_on_the_next_action() {
        let s = run(vec![Action::Begin, pick(&[]), Action::Back]);
        assert_eq!(s.error, None);
        assert_eq!(s.step, Step::Start);
    }

    #[test]
    fn untrusted_answers_are_checked() {
        use crate::answers::AnswerProblem;
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
