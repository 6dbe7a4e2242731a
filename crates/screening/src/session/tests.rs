//! The session's transitions, run from a new session the way a person
//! moves through the check.

use super::*;
use crate::answers::Answer;
use crate::questions::{question, Kind, Opt, QuestionId as Q};

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
        Step::BrokenLink(share_link::ShareLinkError::WrongLength { .. })
    ));
    assert_eq!(s.fragment(), None);
    assert_eq!(s.apply(Action::LeaveShared).step, Step::Start);
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
fn a_fragment_asks_for_a_share_link_or_a_step() {
    let check = |fragment: &str, reads_steps: bool, expected: Option<Action>| {
        assert_eq!(
            Action::from_fragment(fragment, reads_steps),
            expected,
            "{fragment} (steps read: {reads_steps})"
        );
    };
    let link = || Some(Action::OpenLink("#rls=abc".to_string()));
    check("#rls=abc", true, link());
    check("#rls=abc", false, link());
    check(
        "#/q/urge",
        true,
        Some(Action::GoTo(Step::Question(Q::Urge))),
    );
    check("#/review", true, Some(Action::GoTo(Step::Review)));
    check("", true, Some(Action::GoTo(Step::Start)));
    check("#/q/nonsense", true, Some(Action::GoTo(Step::Start)));
    check("#/q/urge", false, None);
    check("", false, None);
}
