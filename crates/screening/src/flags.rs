//! The warning-sign catalogue: signs that need a doctor before anything else
//! the check shows, each with its level and the typed rule that raises it.
//!
//! Every sign is enough on its own (clinical reference, section 4): no rule
//! needs two signs together to warn, except where the reference names a
//! pair (weakness together with back pain, an emergency), and even then
//! weakness alone raises a warning of its own (today). Words live in the locale tables as
//! `flag.<key>.title` and `flag.<key>.todo`; `report` evaluates the rules.

use crate::questions::Cond::{self, All, Any, Not, Said};
use crate::questions::{Opt, QuestionId as Q};
use crate::sources::Source;

keyed_ids! {
    /// How soon a warning sign needs help, in the reference's three levels,
    /// most urgent first; its heading is `level.<key>`.
    Level {
        /// Go to an emergency department or call an emergency number now.
        Emergency = "emergency",
        /// Medical help today: an urgent line, urgent care, or an emergency
        /// number if it gets worse.
        Today = "today",
        /// See a doctor within days to weeks.
        Soon = "soon",
    }
}

keyed_ids! {
    /// A warning sign's id; its texts are `flag.<key>.title` and `.todo`.
    FlagId {
        Spinal = "spinal",
        LungClot = "lung_clot",
        SelfHarmPlan = "self_harm_plan",
        PreEclampsia = "pre_eclampsia",
        BloodClot = "clot",
        BlackStools = "black_stools",
        GutBleeding = "gut_bleeding",
        SelfHarm = "self_harm",
        SelfHarmUnsaid = "self_harm_unsaid",
        SuddenOnset = "sudden",
        Weakness = "weakness",
        OneSidedOrNumb = "one_sided",
        WalkingPain = "walking_pain",
        DopamineWorsening = "dopamine",
        DopamineParkinsons = "dopamine_parkinsons",
        NewMedicine = "new_medicine",
        DaytimeSleepiness = "sleepiness",
        BloodInStool = "blood_in_stool",
    }
}

/// One entry of the warning-sign catalogue.
#[derive(Clone, Copy, Debug)]
pub struct RedFlag {
    pub id: FlagId,
    pub level: Level,
    pub rule: Cond,
    /// Whether the advice names a crisis line (self-harm).
    pub crisis: bool,
    pub sources: &'static [Source],
}

const fn flag(id: FlagId, level: Level, rule: Cond) -> RedFlag {
    RedFlag {
        id,
        level,
        rule,
        crisis: false,
        sources: &[Source::NhsHighland],
    }
}

const DOPAMINE_CHANGES: Cond = Any(&[
    Said(Q::DopamineChanges, Opt::StartsEarlier),
    Said(Q::DopamineChanges, Opt::Stronger),
    Said(Q::DopamineChanges, Opt::Spread),
    Said(Q::DopamineChanges, Opt::ImpulseControl),
]);

const PARKINSONS: Cond = Said(Q::NerveSleepVein, Opt::Parkinsons);

/// The warning-sign catalogue, most urgent first.
pub static RED_FLAGS: &[RedFlag] = &[
    // Emergency now.
    RedFlag {
        sources: &[Source::Irlssg2014, Source::NhsHighland],
        ..flag(
            FlagId::Spinal,
            Level::Emergency,
            // Bladder or bowel trouble, or saddle numbness, each alone; new
            // weakness with back or neck pain, whatever the speed of onset.
            Any(&[
                Said(Q::WarningSigns, Opt::BladderBowel),
                Said(Q::WarningSigns, Opt::SaddleNumbness),
                All(&[
                    Said(Q::WarningSigns, Opt::Weakness),
                    Said(Q::WarningSigns, Opt::BackPain),
                ]),
            ]),
        )
    },
    flag(
        FlagId::LungClot,
        Level::Emergency,
        Said(Q::BodySigns, Opt::Breathless),
    ),
    RedFlag {
        crisis: true,
        sources: &[Source::Zhuang2019],
        ..flag(
            FlagId::SelfHarmPlan,
            Level::Emergency,
            Said(Q::SelfHarm, Opt::YesWithPlan),
        )
    },
    flag(
        FlagId::PreEclampsia,
        Level::Emergency,
        Any(&[
            Said(Q::PregnancySigns, Opt::SevereHeadache),
            Said(Q::PregnancySigns, Opt::VisionChanges),
            Said(Q::PregnancySigns, Opt::SuddenSwelling),
        ]),
    ),
    // Medical help today.
    flag(
        FlagId::BloodClot,
        Level::Today,
        Said(Q::WarningSigns, Opt::SwollenCalf),
    ),
    flag(
        FlagId::BlackStools,
        Level::Today,
        Said(Q::BodySigns, Opt::BlackStools),
    ),
    // The old combined answer ("blood in my poo, or black poo") cannot tell
    // the two apart, so it is raised at the more urgent level.
    flag(
        FlagId::GutBleeding,
        Level::Today,
        Said(Q::Blood, Opt::GutBleeding),
    ),
    RedFlag {
        crisis: true,
        sources: &[Source::Zhuang2019],
        ..flag(FlagId::SelfHarm, Level::Today, Said(Q::SelfHarm, Opt::Yes))
    },
    RedFlag {
        crisis: true,
        sources: &[Source::Zhuang2019],
        ..flag(
            FlagId::SelfHarmUnsaid,
            Level::Today,
            Said(Q::SelfHarm, Opt::PreferNotToSay),
        )
    },
    flag(
        FlagId::SuddenOnset,
        Level::Today,
        Said(Q::WarningSigns, Opt::SuddenOnset),
    ),
    // The reference puts weakness without back pain under "soon"; new
    // weakness or trouble walking can also begin a stroke or a fast nerve
    // illness, so it is raised today, and an emergency with back pain.
    flag(
        FlagId::Weakness,
        Level::Today,
        All(&[
            Said(Q::WarningSigns, Opt::Weakness),
            Not(&Said(Q::WarningSigns, Opt::BackPain)),
        ]),
    ),
    // See a doctor soon.
    RedFlag {
        sources: &[Source::Irlssg2014],
        ..flag(
            FlagId::OneSidedOrNumb,
            Level::Soon,
            Any(&[
                Said(Q::WarningSigns, Opt::OneLeg),
                Said(Q::Mimics, Opt::NumbBurning),
            ]),
        )
    },
    RedFlag {
        sources: &[Source::Irlssg2014],
        ..flag(
            FlagId::WalkingPain,
            Level::Soon,
            Said(Q::Mimics, Opt::WalkingPain),
        )
    },
    RedFlag {
        sources: &[Source::Aasm2024],
        ..flag(
            FlagId::DopamineWorsening,
            Level::Soon,
            All(&[
                Said(Q::OtherMedicines, Opt::DopamineDrug),
                Not(&PARKINSONS),
                DOPAMINE_CHANGES,
            ]),
        )
    },
    RedFlag {
        sources: &[Source::Aasm2024],
        ..flag(
            FlagId::DopamineParkinsons,
            Level::Soon,
            All(&[
                Said(Q::OtherMedicines, Opt::DopamineDrug),
                PARKINSONS,
                DOPAMINE_CHANGES,
            ]),
        )
    },
    RedFlag {
        sources: &[Source::Kolla2018],
        ..flag(
            FlagId::NewMedicine,
            Level::Soon,
            Any(&[
                Said(Q::MedicineTiming, Opt::Yes),
                Said(Q::Mimics, Opt::WholeBodyNewMedicine),
            ]),
        )
    },
    flag(
        FlagId::DaytimeSleepiness,
        Level::Soon,
        Said(Q::WarningSigns, Opt::FallingAsleep),
    ),
    flag(
        FlagId::BloodInStool,
        Level::Soon,
        Said(Q::BodySigns, Opt::BloodInStool),
    ),
];

/// The catalogue entry for `id`.
pub fn red_flag(id: FlagId) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

#[cfg(test)]
mod tests;
