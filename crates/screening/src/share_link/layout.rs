//! The frozen layout of version 1: which questions a link holds, in which
//! order, and each one's options in which order.
//!
//! This file is append-only. A link made today must decode to the same
//! answers in every later version, so nothing here is ever changed,
//! reordered or removed; the two lists only grow at their ends: new
//! questions, and new options of a question (as a second entry holding only
//! them), are appended to `LAYOUT`, and a question whose answers must never
//! leave the device is appended to `NEVER_SHARED`.

use super::Field;
use crate::questions::{Opt, QuestionId as Q};

const YNU: &[Opt] = &[Opt::Yes, Opt::No, Opt::NotSure];

/// The frozen layout of version 1. Option lists are written out here, not
/// taken from the catalogue, so that a change to the catalogue cannot change
/// what an old link means; a test checks that they agree today.
pub(super) const LAYOUT: &[(Q, Field)] = &[
    (Q::Urge, Field::One(YNU)),
    (Q::RestWorse, Field::One(YNU)),
    (Q::MovementEases, Field::One(YNU)),
    (Q::EveningWorse, Field::One(YNU)),
    (
        Q::Frequency,
        Field::One(&[
            Opt::Persistent,
            Opt::Intermittent,
            Opt::Rarely,
            Opt::NotSure,
        ]),
    ),
    (
        Q::Impact,
        Field::Many(&[
            Opt::PoorSleep,
            Opt::DaytimeTired,
            Opt::DailyLife,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::OnsetAge,
        Field::One(&[Opt::Under45, Opt::From45, Opt::NotSure]),
    ),
    (
        Q::Mimics,
        Field::Many(&[
            Opt::Cramps,
            Opt::Positional,
            Opt::JointPain,
            Opt::NumbBurning,
            Opt::WholeBodyNewMedicine,
            Opt::WalkingPain,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::Family, Field::One(YNU)),
    (
        Q::Blood,
        Field::Many(&[
            Opt::LowIron,
            Opt::Anaemia,
            Opt::HeavyPeriods,
            Opt::BloodDonor,
            Opt::GutBleeding,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::Ferritin,
        Field::Number {
            unknown: Opt::DontKnow,
            bits: 12,
        },
    ),
    (
        Q::Diet,
        Field::Many(&[
            Opt::Vegetarian,
            Opt::NoDairy,
            Opt::Refined,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::Nutrients,
        Field::Many(&[
            Opt::LowB12,
            Opt::LowFolate,
            Opt::LowCalcium,
            Opt::LowMagnesium,
            Opt::NoneOfThese,
            Opt::NotSure,
        ]),
    ),
    (Q::Pregnant, Field::One(YNU)),
    (
        Q::Trimester,
        Field::One(&[
            Opt::FirstTrimester,
            Opt::SecondTrimester,
            Opt::ThirdTrimester,
            Opt::NotSure,
        ]),
    ),
    (
        Q::Conditions,
        Field::Many(&[
            Opt::KidneyDisease,
            Opt::Dialysis,
            Opt::Diabetes,
            Opt::Thyroid,
            Opt::Celiac,
            Opt::OtherAutoimmune,
            Opt::Fibromyalgia,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::NerveSleepVein,
        Field::Many(&[
            Opt::Neuropathy,
            Opt::Parkinsons,
            Opt::MultipleSclerosis,
            Opt::SleepApnoea,
            Opt::VaricoseVeins,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::Snoring, Field::One(YNU)),
    (
        Q::MindMedicines,
        Field::Many(&[
            Opt::Mirtazapine,
            Opt::SsriSnri,
            Opt::Tricyclic,
            Opt::Bupropion,
            Opt::Antipsychotic,
            Opt::Anticonvulsant,
            Opt::NoneOfThese,
            Opt::NotSure,
        ]),
    ),
    (
        Q::OtherMedicines,
        Field::Many(&[
            Opt::SedatingAntihistamine,
            Opt::AntiSickness,
            Opt::DopamineDrug,
            Opt::Metformin,
            Opt::AcidReducer,
            Opt::NoneOfThese,
            Opt::NotSure,
        ]),
    ),
    (Q::MedicineTiming, Field::One(YNU)),
    (
        Q::DopamineChanges,
        Field::Many(&[
            Opt::StartsEarlier,
            Opt::Stronger,
            Opt::Spread,
            Opt::ImpulseControl,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::Withdrawal, Field::One(YNU)),
    (
        Q::Lifestyle,
        Field::Many(&[
            Opt::LateCaffeine,
            Opt::EveningAlcohol,
            Opt::Smoking,
            Opt::ShortSleep,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::WarningSigns,
        Field::Many(&[
            Opt::SuddenOnset,
            Opt::BackPain,
            Opt::Weakness,
            Opt::BladderBowel,
            Opt::SwollenCalf,
            Opt::OneLeg,
            Opt::FallingAsleep,
            Opt::NoneOfThese,
        ]),
    ),
    (
        Q::SelfHarm,
        Field::One(&[Opt::Yes, Opt::No, Opt::PreferNotToSay]),
    ),
    // Appended in the second catalogue: who the check is for, new options
    // of earlier questions, and the new warning-sign questions.
    (Q::Age, Field::One(&[Opt::Adult, Opt::Under18])),
    (
        Q::Mimics,
        Field::Many(&[Opt::MuscleAches, Opt::LegSwelling, Opt::FootTapping]),
    ),
    (Q::Pregnant, Field::One(&[Opt::GaveBirth])),
    (
        Q::PregnancySigns,
        Field::Many(&[
            Opt::SevereHeadache,
            Opt::VisionChanges,
            Opt::SuddenSwelling,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::MindMedicines, Field::Many(&[Opt::Gabapentinoid])),
    (Q::WarningSigns, Field::Many(&[Opt::SaddleNumbness])),
    (
        Q::BodySigns,
        Field::Many(&[
            Opt::Breathless,
            Opt::BlackStools,
            Opt::BloodInStool,
            Opt::NoneOfThese,
        ]),
    ),
    (Q::SelfHarm, Field::One(&[Opt::YesWithPlan])),
    // Appended in the third catalogue: how often, how bad, and which way
    // it is going.
    (
        Q::Nights,
        Field::Count {
            unknown: Opt::NotSure,
            bits: 4,
        },
    ),
    (
        Q::Bother,
        Field::Count {
            unknown: Opt::NotSure,
            bits: 4,
        },
    ),
    (
        Q::SleepLost,
        Field::One(&[
            Opt::LostNone,
            Opt::LostUnderHour,
            Opt::LostOneToTwo,
            Opt::LostMore,
            Opt::NotSure,
        ]),
    ),
    (
        Q::Course,
        Field::One(&[Opt::Better, Opt::Same, Opt::Worse, Opt::NotSure]),
    ),
];

/// Questions whose answers never go into a link: whoever receives it, or
/// any page or tool that sees the address, must not learn them. A link
/// opened with them unanswered shows everything else.
pub const NEVER_SHARED: &[Q] = &[Q::SelfHarm];
