//! The warning-sign catalogue: every sign raised on its own at its level,
//! whatever the verdict, and the catalogue's order and crisis lines.

use super::*;
use crate::report::{evaluate, Verdict};
use crate::testkit::{person, witness};

/// Every warning answer, and the sign and level it must raise alone.
const EACH_SIGN: &[(Q, Opt, FlagId, Level)] = &[
    (
        Q::WarningSigns,
        Opt::BladderBowel,
        FlagId::Spinal,
        Level::Emergency,
    ),
    (
        Q::WarningSigns,
        Opt::SaddleNumbness,
        FlagId::Spinal,
        Level::Emergency,
    ),
    (
        Q::BodySigns,
        Opt::Breathless,
        FlagId::LungClot,
        Level::Emergency,
    ),
    (
        Q::SelfHarm,
        Opt::YesWithPlan,
        FlagId::SelfHarmPlan,
        Level::Emergency,
    ),
    (
        Q::PregnancySigns,
        Opt::SevereHeadache,
        FlagId::PreEclampsia,
        Level::Emergency,
    ),
    (
        Q::PregnancySigns,
        Opt::VisionChanges,
        FlagId::PreEclampsia,
        Level::Emergency,
    ),
    (
        Q::PregnancySigns,
        Opt::SuddenSwelling,
        FlagId::PreEclampsia,
        Level::Emergency,
    ),
    (
        Q::WarningSigns,
        Opt::SwollenCalf,
        FlagId::BloodClot,
        Level::Today,
    ),
    (
        Q::BodySigns,
        Opt::BlackStools,
        FlagId::BlackStools,
        Level::Today,
    ),
    (Q::SelfHarm, Opt::Yes, FlagId::SelfHarm, Level::Today),
    (
        Q::SelfHarm,
        Opt::PreferNotToSay,
        FlagId::SelfHarmUnsaid,
        Level::Today,
    ),
    (
        Q::WarningSigns,
        Opt::SuddenOnset,
        FlagId::SuddenOnset,
        Level::Today,
    ),
    (
        Q::WarningSigns,
        Opt::OneLeg,
        FlagId::OneSidedOrNumb,
        Level::Soon,
    ),
    (
        Q::WarningSigns,
        Opt::Weakness,
        FlagId::Weakness,
        Level::Today,
    ),
    (
        Q::Mimics,
        Opt::NumbBurning,
        FlagId::OneSidedOrNumb,
        Level::Soon,
    ),
    (
        Q::Mimics,
        Opt::WalkingPain,
        FlagId::WalkingPain,
        Level::Soon,
    ),
    (
        Q::MedicineTiming,
        Opt::Yes,
        FlagId::NewMedicine,
        Level::Soon,
    ),
    (
        Q::Mimics,
        Opt::WholeBodyNewMedicine,
        FlagId::NewMedicine,
        Level::Soon,
    ),
    (
        Q::WarningSigns,
        Opt::FallingAsleep,
        FlagId::DaytimeSleepiness,
        Level::Soon,
    ),
    (
        Q::BodySigns,
        Opt::BloodInStool,
        FlagId::BloodInStool,
        Level::Soon,
    ),
];

/// The answers a sign needs before it can be asked (pregnancy for its
/// danger signs, a dopamine medicine for its changes).
fn setting(q: Q) -> Vec<(Q, &'static [Opt])> {
    match q {
        Q::PregnancySigns => vec![(Q::Pregnant, &[Opt::GaveBirth])],
        Q::DopamineChanges => vec![(Q::OtherMedicines, &[Opt::DopamineDrug])],
        _ => Vec::new(),
    }
}

#[test]
fn every_warning_sign_fires_on_its_own_at_its_level_whatever_the_verdict() {
    let legs: [&[(Q, &[Opt])]; 3] = [
        &[],
        &[(Q::Urge, &[Opt::No])],
        &[(Q::RestWorse, &[Opt::NotSure])],
    ];
    for (q, opt, id, level) in EACH_SIGN {
        for (i, base) in legs.iter().enumerate() {
            let mut pairs: Vec<(Q, &[Opt])> = base.to_vec();
            pairs.extend(setting(*q));
            let only: &[Opt] = std::slice::from_ref(opt);
            pairs.push((*q, only));
            let a = person(&pairs);
            let r = evaluate(&a);
            let raised: Vec<(FlagId, Level)> = r.flags.iter().map(|f| (f.id, f.level)).collect();
            assert!(
                raised.contains(&(*id, *level)),
                "{opt:?} alone (case {i}) raised {raised:?}, not {id:?} at {level:?}"
            );
            assert_eq!(
                r.flags.first().map(|f| f.level),
                Some(*level),
                "{opt:?}: nothing more urgent should appear"
            );
            if i == 1 {
                assert_eq!(r.verdict, Verdict::DoesNotFit);
            }
        }
    }
}

#[test]
fn every_option_of_the_warning_questions_is_a_sign() {
    for q in [Q::WarningSigns, Q::BodySigns, Q::PregnancySigns] {
        for o in crate::questions::question(q).options() {
            let covered = o == Opt::NoneOfThese
                || o == Opt::BackPain
                || EACH_SIGN.iter().any(|(p, x, _, _)| *p == q && *x == o);
            assert!(covered, "{q:?} {o:?} raises nothing on its own");
        }
    }
}

#[test]
fn pregnancy_danger_signs_are_asked_when_unsure_about_pregnancy() {
    for answer in [Opt::Yes, Opt::GaveBirth, Opt::NotSure] {
        let a = person(&[(Q::Pregnant, std::slice::from_ref(&answer))]);
        assert!(a.path().contains(&Q::PregnancySigns), "{answer:?}");
    }
    assert!(!person(&[(Q::Pregnant, &[Opt::No])])
        .path()
        .contains(&Q::PregnancySigns));
}

#[test]
fn with_parkinsons_a_dopamine_change_is_its_own_sign() {
    let a = person(&[
        (Q::NerveSleepVein, &[Opt::Parkinsons]),
        (Q::OtherMedicines, &[Opt::DopamineDrug]),
        (Q::DopamineChanges, &[Opt::ImpulseControl]),
    ]);
    let raised: Vec<FlagId> = evaluate(&a).flags.iter().map(|f| f.id).collect();
    assert_eq!(raised, vec![FlagId::DopamineParkinsons]);
}

#[test]
fn every_red_flag_can_be_triggered() {
    for f in RED_FLAGS {
        let answers = witness(&f.rule).unwrap_or_else(|| panic!("no answers raise {:?}", f.id));
        let raised: Vec<FlagId> = evaluate(&answers).flags.iter().map(|m| m.id).collect();
        assert!(
            raised.contains(&f.id),
            "{:?} not raised for its own witness",
            f.id
        );
    }
}

#[test]
fn flags_are_listed_most_urgent_first() {
    let mut last = Level::Emergency;
    for f in RED_FLAGS {
        assert!(f.level >= last, "{:?} is out of order", f.id);
        last = f.level;
    }
    for id in FlagId::ALL {
        assert!(red_flag(*id).is_some(), "{id:?} has no entry");
    }
}

#[test]
fn self_harm_answers_name_a_crisis_line() {
    for id in [
        FlagId::SelfHarm,
        FlagId::SelfHarmUnsaid,
        FlagId::SelfHarmPlan,
    ] {
        assert!(red_flag(id).is_some_and(|f| f.crisis), "{id:?}");
    }
}
