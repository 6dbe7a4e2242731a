//! Helpers shared by the tests: building answer sets the way a person would
//! fill them in, and finding answers that satisfy a condition.

use crate::answers::{Answer, Answers};
use crate::questions::{question, Cond, Kind, Opt, QuestionId as Q};

/// An answer to `q` made of the given options, shaped for the question's kind.
pub fn answer(q: Q, opts: &[Opt]) -> Answer {
    match question(q).kind {
        Kind::Multi { .. } => Answer::Choices(opts.to_vec()),
        _ => match opts {
            [o] => Answer::Choice(*o),
            _ => Answer::Choices(opts.to_vec()),
        },
    }
}

/// Answers exactly as given (invalid or unreachable ones are a test bug).
pub fn given(pairs: &[(Q, &[Opt])]) -> Answers {
    let mut a = Answers::new();
    for (q, opts) in pairs {
        a.set(*q, answer(*q, opts));
    }
    a
}

/// A person whose legs fit the RLS pattern and who reports nothing else;
/// `changes` replace or add answers, in catalogue order.
pub fn person(changes: &[(Q, &[Opt])]) -> Answers {
    let base: &[(Q, &[Opt])] = &[
        (Q::Age, &[Opt::Adult]),
        (Q::Urge, &[Opt::Yes]),
        (Q::RestWorse, &[Opt::Yes]),
        (Q::MovementEases, &[Opt::Yes]),
        (Q::EveningWorse, &[Opt::Yes]),
        (Q::Frequency, &[Opt::Persistent]),
        (Q::Impact, &[Opt::PoorSleep]),
        (Q::Nights, &[Opt::NotSure]),
        (Q::Bother, &[Opt::NotSure]),
        (Q::SleepLost, &[Opt::LostUnderHour]),
        (Q::Course, &[Opt::Same]),
        (Q::OnsetAge, &[Opt::From45]),
        (Q::Mimics, &[Opt::NoneOfThese]),
        (Q::Family, &[Opt::No]),
        (Q::Blood, &[Opt::NoneOfThese]),
        (Q::Ferritin, &[Opt::DontKnow]),
        (Q::Diet, &[Opt::NoneOfThese]),
        (Q::Nutrients, &[Opt::NotSure]),
        (Q::Pregnant, &[Opt::No]),
        (Q::Conditions, &[Opt::NoneOfThese]),
        (Q::NerveSleepVein, &[Opt::NoneOfThese]),
        (Q::Snoring, &[Opt::No]),
        (Q::MindMedicines, &[Opt::NoneOfThese]),
        (Q::OtherMedicines, &[Opt::NoneOfThese]),
        (Q::MedicineTiming, &[Opt::No]),
        (Q::Withdrawal, &[Opt::No]),
        (Q::Lifestyle, &[Opt::NoneOfThese]),
        (Q::WarningSigns, &[Opt::NoneOfThese]),
        (Q::BodySigns, &[Opt::NoneOfThese]),
        (Q::SelfHarm, &[Opt::No]),
    ];
    let mut pairs: Vec<(Q, Answer)> = base.iter().map(|(q, o)| (*q, answer(*q, o))).collect();
    for (q, opts) in changes {
        pairs.retain(|(p, _)| p != q);
        pairs.push((*q, answer(*q, opts)));
    }
    pairs.sort_by_key(|(q, _)| *q);
    let mut a = Answers::new();
    for (q, ans) in pairs {
        a.set(q, ans);
    }
    a
}

/// Some answers under which `cond` holds, or `None` if this simple search
/// finds none (every branch of an `Any` is tried in turn).
pub fn witness(cond: &Cond) -> Option<Answers> {
    let mut pairs = Vec::new();
    if !collect(cond, &mut pairs) {
        return None;
    }
    // Answer whatever opens the questions the condition names, so that the
    // answers survive pruning (a pregnancy sign needs "pregnant: yes").
    let mut i = 0;
    while i < pairs.len() {
        if let Some(opens) = question(pairs[i].0).asked_when {
            if !collect(&opens, &mut pairs) {
                return None;
            }
        }
        i += 1;
    }
    pairs.sort_by_key(|(q, _)| *q);
    let mut a = Answers::new();
    for (q, ans) in pairs {
        a.set(q, ans);
    }
    cond.holds(&a).then_some(a)
}

fn collect(cond: &Cond, out: &mut Vec<(Q, Answer)>) -> bool {
    match *cond {
        Cond::Said(q, o) => {
            if let Some((_, existing)) = out.iter_mut().find(|(p, _)| *p == q) {
                if let Answer::Choices(os) = existing {
                    if !os.contains(&o) {
                        os.push(o);
                    }
                    return true;
                }
                return existing.includes(o);
            }
            out.push((q, answer(q, &[o])));
            true
        }
        Cond::AtMost(q, n) | Cond::AtLeast(q, n) => {
            if let Some((_, existing)) = out.iter().find(|(p, _)| *p == q) {
                let mut trial = Answers::new();
                trial.set(q, existing.clone());
                return cond.holds(&trial);
            }
            out.push((q, Answer::Number(n)));
            true
        }
        Cond::All(cs) => cs.iter().all(|c| collect(c, out)),
        Cond::Any(cs) => cs.iter().any(|c| {
            let mut trial = out.clone();
            let ok = collect(c, &mut trial);
            if ok {
                *out = trial;
            }
            ok
        }),
        // Nothing said satisfies a negation of something said.
        Cond::Not(_) => true,
    }
}
