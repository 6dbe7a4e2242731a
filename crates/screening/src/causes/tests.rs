//! The cause catalogue's integrity, and each cause's rule against the
//! answers that should and should not make it hold.

use super::*;
use crate::answers::{Answer, Answers};
use crate::testkit::{given, witness};

/// The causes whose rules hold for these answers, in catalogue order.
/// Which of them the results show, and in what order, is `report`'s.
fn holding(answers: &Answers) -> Vec<CauseId> {
    CAUSES
        .iter()
        .filter(|c| matches!(c.trigger, Trigger::Rule(rule) if rule.holds(answers)))
        .map(|c| c.id)
        .collect()
}

/// `cause`'s rule holds for `yes` and not for `no`.
fn check(cause: CauseId, yes: &[(Q, &[Opt])], no: &[(Q, &[Opt])]) {
    assert!(
        holding(&given(yes)).contains(&cause),
        "{cause:?} does not hold for {yes:?}"
    );
    assert!(
        !holding(&given(no)).contains(&cause),
        "{cause:?} holds for {no:?}"
    );
}

fn with_ferritin(n: u16) -> Answers {
    let mut a = given(&[]);
    a.set(Q::Ferritin, Answer::Number(n));
    a
}

#[test]
fn every_cause_the_article_names_is_in_the_catalogue() {
    let article = [
        CauseId::Heredity,
        CauseId::DopamineImbalance,
        CauseId::Augmentation,
        CauseId::IronDeficiency,
        CauseId::CalciumMagnesium,
        CauseId::B12Folate,
        CauseId::Pregnancy,
        CauseId::VaricoseVeins,
        CauseId::Diabetes,
        CauseId::Thyroid,
        CauseId::OtherAutoimmune,
        CauseId::Celiac,
        CauseId::Fibromyalgia,
        CauseId::SleepApnoea,
        CauseId::Parkinsons,
        CauseId::Medicines,
        CauseId::Withdrawal,
        CauseId::NoIdentifiableCause,
    ];
    for id in article {
        let c = cause(id).unwrap_or_else(|| panic!("{id:?} missing"));
        assert!(c.in_article, "{id:?} is in the article but not marked so");
    }
    let from_reference = [
        CauseId::KidneyDisease,
        CauseId::Neuropathy,
        CauseId::MultipleSclerosis,
        CauseId::Lifestyle,
        CauseId::ShortSleep,
        CauseId::IronBorderline,
        CauseId::Antidepressants,
        CauseId::SeizureMedicines,
        CauseId::RecentMedicine,
        CauseId::IronPossible,
    ];
    for id in from_reference {
        assert!(cause(id).is_some(), "{id:?} missing");
    }
    assert_eq!(CAUSES.len(), article.len() + from_reference.len());
}

#[test]
fn every_cause_id_has_an_entry() {
    for id in CauseId::ALL {
        assert!(cause(*id).is_some(), "{id:?} has no entry");
    }
}

#[test]
fn cause_ids_are_unique() {
    for (i, a) in CAUSES.iter().enumerate() {
        assert!(
            CAUSES[i + 1..].iter().all(|b| b.id != a.id),
            "{:?} twice",
            a.id
        );
        assert!(!a.sources.is_empty(), "{:?} cites no source", a.id);
    }
}

#[test]
fn every_cause_can_be_triggered() {
    // A cause shown when nothing else is has no rule of its own: the
    // report tests show it.
    for c in CAUSES {
        if let Trigger::Rule(rule) = c.trigger {
            let answers = witness(&rule).unwrap_or_else(|| panic!("no answers trigger {:?}", c.id));
            assert!(holding(&answers).contains(&c.id), "{:?}", c.id);
        }
    }
}

#[test]
fn iron_deficiency() {
    // Answers that lower iron make it possible; only a result shows it.
    check(
        CauseId::IronPossible,
        &[(Q::Blood, &[Opt::HeavyPeriods])],
        &[(Q::Blood, &[Opt::NoneOfThese])],
    );
    check(
        CauseId::IronDeficiency,
        &[(Q::Blood, &[Opt::LowIron, Opt::BloodDonor])],
        &[(Q::Blood, &[Opt::BloodDonor])],
    );
    check(
        CauseId::IronPossible,
        &[(Q::Blood, &[Opt::BloodDonor])],
        &[(Q::Diet, &[Opt::NoDairy])],
    );
    assert!(holding(&with_ferritin(40)).contains(&CauseId::IronDeficiency));
    assert!(!holding(&with_ferritin(180)).contains(&CauseId::IronDeficiency));
}

#[test]
fn ferritin_limits_are_inclusive() {
    let at = |n: u16| holding(&with_ferritin(n));
    assert!(at(FERRITIN_TREAT_AT_MOST).contains(&CauseId::IronDeficiency));
    assert!(at(FERRITIN_TREAT_AT_MOST + 1).contains(&CauseId::IronBorderline));
    assert!(!at(FERRITIN_TREAT_AT_MOST + 1).contains(&CauseId::IronDeficiency));
    assert!(at(FERRITIN_CONSIDER_AT_MOST).contains(&CauseId::IronBorderline));
    assert!(!at(FERRITIN_CONSIDER_AT_MOST + 1).contains(&CauseId::IronBorderline));
}

#[test]
fn kidney_disease() {
    check(
        CauseId::KidneyDisease,
        &[(Q::Conditions, &[Opt::Dialysis])],
        &[(Q::Conditions, &[Opt::Thyroid])],
    );
    check(
        CauseId::KidneyDisease,
        &[(Q::Conditions, &[Opt::KidneyDisease])],
        &[],
    );
}

#[test]
fn pregnancy() {
    check(
        CauseId::Pregnancy,
        &[(Q::Pregnant, &[Opt::Yes])],
        &[(Q::Pregnant, &[Opt::NotSure])],
    );
}

#[test]
fn medicines() {
    check(
        CauseId::Medicines,
        &[(Q::MindMedicines, &[Opt::Mirtazapine])],
        &[(Q::MindMedicines, &[Opt::Bupropion])],
    );
    check(
        CauseId::Medicines,
        &[(Q::OtherMedicines, &[Opt::SedatingAntihistamine])],
        &[(Q::OtherMedicines, &[Opt::Metformin])],
    );
    check(
        CauseId::RecentMedicine,
        &[(Q::MedicineTiming, &[Opt::Yes])],
        &[(Q::MedicineTiming, &[Opt::NotSure])],
    );
    check(
        CauseId::Medicines,
        &[(Q::OtherMedicines, &[Opt::AntiSickness])],
        &[],
    );
}

#[test]
fn withdrawal() {
    check(
        CauseId::Withdrawal,
        &[(Q::Withdrawal, &[Opt::Yes])],
        &[(Q::Withdrawal, &[Opt::No])],
    );
}

#[test]
fn augmentation_needs_a_dopamine_medicine_and_a_change() {
    check(
        CauseId::Augmentation,
        &[
            (Q::OtherMedicines, &[Opt::DopamineDrug]),
            (Q::DopamineChanges, &[Opt::StartsEarlier]),
        ],
        &[
            (Q::OtherMedicines, &[Opt::DopamineDrug]),
            (Q::DopamineChanges, &[Opt::NoneOfThese]),
        ],
    );
}

#[test]
fn heredity() {
    check(
        CauseId::Heredity,
        &[(Q::Family, &[Opt::Yes])],
        &[(Q::Family, &[Opt::NotSure])],
    );
    // An early start alone is a note, not this card.
    check(
        CauseId::Heredity,
        &[(Q::Family, &[Opt::Yes]), (Q::OnsetAge, &[Opt::From45])],
        &[(Q::OnsetAge, &[Opt::Under45])],
    );
}

#[test]
fn b12_and_folate() {
    check(
        CauseId::B12Folate,
        &[(Q::Nutrients, &[Opt::LowB12])],
        &[(Q::Nutrients, &[Opt::LowCalcium])],
    );
    check(
        CauseId::B12Folate,
        &[(Q::OtherMedicines, &[Opt::Metformin])],
        &[],
    );
    check(
        CauseId::B12Folate,
        &[(Q::Diet, &[Opt::Vegetarian])],
        &[(Q::Diet, &[Opt::Refined])],
    );
}

#[test]
fn calcium_and_magnesium() {
    check(
        CauseId::CalciumMagnesium,
        &[(Q::Diet, &[Opt::NoDairy])],
        &[(Q::Diet, &[Opt::Vegetarian])],
    );
    check(
        CauseId::CalciumMagnesium,
        &[(Q::Nutrients, &[Opt::LowMagnesium])],
        &[(Q::Nutrients, &[Opt::LowFolate])],
    );
}

#[test]
fn neuropathy() {
    check(
        CauseId::Neuropathy,
        &[(Q::NerveSleepVein, &[Opt::Neuropathy])],
        &[(Q::NerveSleepVein, &[Opt::VaricoseVeins])],
    );
    check(
        CauseId::Neuropathy,
        &[(Q::Mimics, &[Opt::NumbBurning])],
        &[(Q::Mimics, &[Opt::Cramps])],
    );
}

#[test]
fn named_conditions() {
    let cases = [
        (CauseId::Diabetes, Q::Conditions, Opt::Diabetes),
        (CauseId::Parkinsons, Q::NerveSleepVein, Opt::Parkinsons),
        (
            CauseId::MultipleSclerosis,
            Q::NerveSleepVein,
            Opt::MultipleSclerosis,
        ),
        (CauseId::Celiac, Q::Conditions, Opt::Celiac),
        (
            CauseId::OtherAutoimmune,
            Q::Conditions,
            Opt::OtherAutoimmune,
        ),
        (CauseId::Thyroid, Q::Conditions, Opt::Thyroid),
        (
            CauseId::VaricoseVeins,
            Q::NerveSleepVein,
            Opt::VaricoseVeins,
        ),
        (CauseId::Fibromyalgia, Q::Conditions, Opt::Fibromyalgia),
        (CauseId::SleepApnoea, Q::NerveSleepVein, Opt::SleepApnoea),
    ];
    for (cause, q, opt) in cases {
        check(cause, &[(q, &[opt])], &[(q, &[Opt::NoneOfThese])]);
    }
}

#[test]
fn snoring_points_to_sleep_apnoea() {
    check(
        CauseId::SleepApnoea,
        &[(Q::Snoring, &[Opt::Yes])],
        &[(Q::Snoring, &[Opt::No])],
    );
}

#[test]
fn lifestyle() {
    check(
        CauseId::Lifestyle,
        &[(Q::Lifestyle, &[Opt::LateCaffeine, Opt::Smoking])],
        &[(Q::Lifestyle, &[Opt::NoneOfThese])],
    );
}
