//! The cause catalogue.
//!
//! One entry per cause or contributing factor of the clinical reference's
//! table, each with its evidence grade, the typed rule that shows it, the tests
//! to ask a doctor about and the sources it rests on. Words live in the locale
//! tables under keys derived from the ids; citations in `sources`. Warning
//! signs are in `flags`, calm notes in `notes`. Nothing here ranks or
//! evaluates: `report` does.

use crate::questions::Cond::{self, All, Any, AtLeast, AtMost, Not, Said};
use crate::questions::{Opt, QuestionId as Q};
use crate::sources::Source;

keyed_ids! {
    /// How strong the evidence is that a cause leads to restless legs,
    /// strongest first.
    Grade {
        Strong = "grade.strong",
        Moderate = "grade.moderate",
        Limited = "grade.limited",
        /// A way of understanding the condition, not a cause one person can have.
        Background = "grade.background",
    }
}

keyed_ids! {
    /// A test a person can ask their doctor about.
    TestId {
        Ferritin = "test.ferritin",
        TransferrinSaturation = "test.tsat",
        FullBloodCount = "test.fbc",
        KidneyFunction = "test.kidney",
        Glucose = "test.glucose",
        B12 = "test.b12",
        Folate = "test.folate",
        Calcium = "test.calcium",
        Magnesium = "test.magnesium",
        Thyroid = "test.thyroid",
        SleepStudy = "test.sleep_study",
        NerveTests = "test.nerve",
        LegExamination = "test.leg_exam",
        MedicineReview = "test.medicine_review",
    }
}

keyed_ids! {
    /// A cause's id; its texts are `cause.<key>.title`, `.why`, `.todo`.
    CauseId {
        IronDeficiency = "iron",
        IronPossible = "iron_possible",
        IronBorderline = "iron_borderline",
        KidneyDisease = "kidney",
        Pregnancy = "pregnancy",
        Medicines = "medicines",
        Antidepressants = "antidepressants",
        SeizureMedicines = "seizure_medicines",
        RecentMedicine = "recent_medicine",
        Withdrawal = "withdrawal",
        Augmentation = "augmentation",
        Heredity = "heredity",
        DopamineImbalance = "dopamine",
        B12Folate = "b12_folate",
        CalciumMagnesium = "calcium_magnesium",
        Neuropathy = "neuropathy",
        Diabetes = "diabetes",
        Parkinsons = "parkinsons",
        MultipleSclerosis = "ms",
        Celiac = "celiac",
        OtherAutoimmune = "autoimmune",
        Thyroid = "thyroid",
        VaricoseVeins = "varicose",
        Fibromyalgia = "fibromyalgia",
        SleepApnoea = "sleep_apnoea",
        Lifestyle = "lifestyle",
        ShortSleep = "short_sleep",
        NoIdentifiableCause = "none",
    }
}

/// When a cause is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// When the rule holds.
    Rule(Cond),
    /// When no other cause of grade strong, moderate or limited is shown.
    NothingElse,
}

/// One entry of the cause catalogue.
#[derive(Clone, Copy, Debug)]
pub struct Cause {
    pub id: CauseId,
    pub grade: Grade,
    /// Whether the source article names this cause.
    pub in_article: bool,
    pub trigger: Trigger,
    pub tests: &'static [TestId],
    pub sources: &'static [Source],
}

/// Ferritin thresholds for adults with restless legs (AASM 2024): iron
/// treatment is suggested at or below `FERRITIN_TREAT_AT_MOST`; a doctor may
/// still consider iron through a drip up to `FERRITIN_CONSIDER_AT_MOST`;
/// above it low iron is an unlikely cause. On dialysis the mark is
/// `FERRITIN_DIALYSIS_BELOW`.
pub const FERRITIN_TREAT_AT_MOST: u16 = 75;
pub const FERRITIN_CONSIDER_AT_MOST: u16 = 100;
pub const FERRITIN_DIALYSIS_BELOW: u16 = 200;

/// The tests everyone whose answers fit or partly fit should ask about
/// (AASM 2024, IRLSSG), whatever else is shown.
pub const IRON_TESTS: &[TestId] = &[
    TestId::Ferritin,
    TestId::TransferrinSaturation,
    TestId::FullBloodCount,
];

/// Answers that can lower iron stores; without a ferritin result they make
/// low iron possible, not shown.
const IRON_SIGNS: &[Cond] = &[
    Said(Q::Blood, Opt::Anaemia),
    Said(Q::Blood, Opt::HeavyPeriods),
    Said(Q::Blood, Opt::BloodDonor),
    Said(Q::Blood, Opt::GutBleeding),
    Said(Q::BodySigns, Opt::BlackStools),
    Said(Q::BodySigns, Opt::BloodInStool),
    Said(Q::Diet, Opt::Vegetarian),
    Said(Q::Conditions, Opt::Celiac),
    Said(Q::Pregnant, Opt::Yes),
    Said(Q::Pregnant, Opt::GaveBirth),
];

/// A result shows low iron: a ferritin of 75 or lower (under 200 on
/// dialysis), or a test the person says was low, unless they entered a
/// ferritin above 75.
const LOW_IRON_RESULT: Cond = Any(&[
    AtMost(Q::Ferritin, FERRITIN_TREAT_AT_MOST),
    All(&[
        ON_DIALYSIS,
        AtMost(Q::Ferritin, FERRITIN_DIALYSIS_BELOW - 1),
    ]),
    All(&[
        Said(Q::Blood, Opt::LowIron),
        Not(&AtLeast(Q::Ferritin, FERRITIN_TREAT_AT_MOST + 1)),
    ]),
]);

/// A ferritin result was entered as a number.
const FERRITIN_KNOWN: Cond = AtLeast(Q::Ferritin, 1);

/// On dialysis: the ferritin mark is `FERRITIN_DIALYSIS_BELOW`.
pub(crate) const ON_DIALYSIS: Cond = Said(Q::Conditions, Opt::Dialysis);

/// Medicines with a strong link to restless legs (clinical reference 4a).
const STRONG_MEDICINES: &[Cond] = &[
    Said(Q::MindMedicines, Opt::Mirtazapine),
    Said(Q::MindMedicines, Opt::Antipsychotic),
    Said(Q::OtherMedicines, Opt::SedatingAntihistamine),
    Said(Q::OtherMedicines, Opt::AntiSickness),
];

/// Every medicine that can bring on restless legs, whatever its grade.
/// Bupropion and gabapentin or pregabalin are not among them: they may ease it.
const ANY_TRIGGER_MEDICINE: &[Cond] = &[
    Said(Q::MindMedicines, Opt::Mirtazapine),
    Said(Q::MindMedicines, Opt::Antipsychotic),
    Said(Q::OtherMedicines, Opt::SedatingAntihistamine),
    Said(Q::OtherMedicines, Opt::AntiSickness),
    Said(Q::MindMedicines, Opt::SsriSnri),
    Said(Q::MindMedicines, Opt::Tricyclic),
    Said(Q::MindMedicines, Opt::Anticonvulsant),
];

/// The cause catalogue. Order here only breaks ties in the ranking.
pub static CAUSES: &[Cause] = &[
    Cause {
        id: CauseId::IronDeficiency,
        grade: Grade::Strong,
        in_article: true,
        // Shown as low only on a result; above 75 the card is never titled
        // "Low iron" (see `IronBorderline`).
        trigger: Trigger::Rule(Any(&[
            LOW_IRON_RESULT,
            // The answers that can lower iron, as evidence beside the result.
            All(&[LOW_IRON_RESULT, Any(IRON_SIGNS)]),
        ])),
        tests: IRON_TESTS,
        sources: &[Source::Article, Source::Trenkwalder2016, Source::Aasm2024],
    },
    Cause {
        id: CauseId::IronPossible,
        grade: Grade::Strong,
        in_article: true,
        // Answers that can lower iron, and no result either way.
        trigger: Trigger::Rule(All(&[
            Not(&FERRITIN_KNOWN),
            Not(&Said(Q::Blood, Opt::LowIron)),
            Any(IRON_SIGNS),
        ])),
        tests: IRON_TESTS,
        sources: &[Source::Article, Source::Trenkwalder2016, Source::Aasm2024],
    },
    Cause {
        id: CauseId::IronBorderline,
        grade: Grade::Moderate,
        in_article: false,
        trigger: Trigger::Rule(All(&[
            AtLeast(Q::Ferritin, FERRITIN_TREAT_AT_MOST + 1),
            AtMost(Q::Ferritin, FERRITIN_CONSIDER_AT_MOST),
            Not(&ON_DIALYSIS),
        ])),
        tests: IRON_TESTS,
        sources: &[Source::Aasm2024],
    },
    Cause {
        id: CauseId::KidneyDisease,
        grade: Grade::Strong,
        in_article: false,
        trigger: Trigger::Rule(Any(&[Said(Q::Conditions, Opt::KidneyDisease), ON_DIALYSIS])),
        tests: &[
            TestId::KidneyFunction,
            TestId::Ferritin,
            TestId::TransferrinSaturation,
            TestId::FullBloodCount,
        ],
        sources: &[Source::Trenkwalder2016, Source::Aasm2024],
    },
    Cause {
        id: CauseId::Pregnancy,
        grade: Grade::Strong,
        in_article: true,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Pregnant, Opt::Yes),
            Said(Q::Trimester, Opt::FirstTrimester),
            Said(Q::Trimester, Opt::SecondTrimester),
            Said(Q::Trimester, Opt::ThirdTrimester),
            Said(Q::Pregnant, Opt::GaveBirth),
        ])),
        tests: &[TestId::Ferritin, TestId::FullBloodCount],
        sources: &[Source::Article, Source::Chen2018],
    },
    Cause {
        id: CauseId::Medicines,
        grade: Grade::Strong,
        in_article: true,
        trigger: Trigger::Rule(Any(STRONG_MEDICINES)),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Article, Source::Kolla2018],
    },
    Cause {
        id: CauseId::Antidepressants,
        grade: Grade::Moderate,
        in_article: true,
        trigger: Trigger::Rule(Any(&[
            Said(Q::MindMedicines, Opt::SsriSnri),
            Said(Q::MindMedicines, Opt::Tricyclic),
        ])),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Article, Source::Kolla2018],
    },
    Cause {
        id: CauseId::SeizureMedicines,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::MindMedicines, Opt::Anticonvulsant)),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::RecentMedicine,
        grade: Grade::Limited,
        in_article: true,
        // Only when no medicine with a known link is ticked: that card
        // already covers it.
        trigger: Trigger::Rule(All(&[
            Said(Q::MedicineTiming, Opt::Yes),
            Not(&Any(ANY_TRIGGER_MEDICINE)),
        ])),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Kolla2018],
    },
    Cause {
        id: CauseId::Withdrawal,
        grade: Grade::Moderate,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Withdrawal, Opt::Yes)),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::Augmentation,
        grade: Grade::Strong,
        in_article: true,
        // With Parkinson's disease, worsening may be the treatment wearing
        // off instead: the warning sign for that case says so.
        trigger: Trigger::Rule(All(&[
            Said(Q::OtherMedicines, Opt::DopamineDrug),
            Not(&Said(Q::NerveSleepVein, Opt::Parkinsons)),
            Any(&[
                Said(Q::DopamineChanges, Opt::StartsEarlier),
                Said(Q::DopamineChanges, Opt::Stronger),
                Said(Q::DopamineChanges, Opt::Spread),
            ]),
        ])),
        tests: &[TestId::MedicineReview, TestId::Ferritin],
        sources: &[Source::Article, Source::Aasm2024],
    },
    Cause {
        id: CauseId::Heredity,
        grade: Grade::Strong,
        in_article: true,
        // Only a relative with restless legs: an early start alone is a note.
        trigger: Trigger::Rule(Said(Q::Family, Opt::Yes)),
        tests: &[],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::DopamineImbalance,
        grade: Grade::Background,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::EveningWorse, Opt::Yes)),
        tests: &[],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::B12Folate,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Nutrients, Opt::LowB12),
            Said(Q::Nutrients, Opt::LowFolate),
            Said(Q::Diet, Opt::Vegetarian),
            Said(Q::OtherMedicines, Opt::Metformin),
            Said(Q::OtherMedicines, Opt::AcidReducer),
        ])),
        tests: &[TestId::B12, TestId::Folate, TestId::FullBloodCount],
        sources: &[Source::Article, Source::NhsHighland],
    },
    Cause {
        id: CauseId::CalciumMagnesium,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Nutrients, Opt::LowCalcium),
            Said(Q::Nutrients, Opt::LowMagnesium),
            Said(Q::Diet, Opt::NoDairy),
            Said(Q::Diet, Opt::Refined),
        ])),
        tests: &[TestId::Calcium, TestId::Magnesium],
        sources: &[Source::Article, Source::NhsHighland],
    },
    Cause {
        id: CauseId::Neuropathy,
        grade: Grade::Moderate,
        in_article: false,
        trigger: Trigger::Rule(Any(&[
            Said(Q::NerveSleepVein, Opt::Neuropathy),
            Said(Q::Mimics, Opt::NumbBurning),
            Said(Q::Conditions, Opt::Diabetes),
        ])),
        tests: &[TestId::NerveTests, TestId::Glucose, TestId::B12],
        sources: &[Source::Irlssg2014],
    },
    Cause {
        id: CauseId::Diabetes,
        grade: Grade::Moderate,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Conditions, Opt::Diabetes)),
        tests: &[TestId::Glucose, TestId::KidneyFunction],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::Parkinsons,
        grade: Grade::Moderate,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::NerveSleepVein, Opt::Parkinsons)),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::MultipleSclerosis,
        grade: Grade::Moderate,
        in_article: false,
        trigger: Trigger::Rule(Said(Q::NerveSleepVein, Opt::MultipleSclerosis)),
        tests: &[],
        sources: &[Source::Irlssg2014],
    },
    Cause {
        id: CauseId::Celiac,
        grade: Grade::Moderate,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Conditions, Opt::Celiac)),
        tests: &[TestId::Ferritin, TestId::TransferrinSaturation],
        sources: &[Source::Article, Source::Weinstock2010],
    },
    Cause {
        id: CauseId::OtherAutoimmune,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Conditions, Opt::OtherAutoimmune)),
        tests: &[TestId::Ferritin, TestId::FullBloodCount],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::Thyroid,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Conditions, Opt::Thyroid)),
        tests: &[TestId::Thyroid],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::VaricoseVeins,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::NerveSleepVein, Opt::VaricoseVeins)),
        tests: &[TestId::LegExamination],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::Fibromyalgia,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Conditions, Opt::Fibromyalgia)),
        tests: &[],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::SleepApnoea,
        grade: Grade::Limited,
        in_article: true,
        trigger: Trigger::Rule(Any(&[
            Said(Q::NerveSleepVein, Opt::SleepApnoea),
            Said(Q::Snoring, Opt::Yes),
        ])),
        tests: &[TestId::SleepStudy],
        sources: &[Source::Article],
    },
    Cause {
        id: CauseId::Lifestyle,
        grade: Grade::Limited,
        in_article: false,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Lifestyle, Opt::LateCaffeine),
            Said(Q::Lifestyle, Opt::EveningAlcohol),
            Said(Q::Lifestyle, Opt::Smoking),
        ])),
        tests: &[],
        sources: &[Source::NhsSelfHelp],
    },
    Cause {
        id: CauseId::ShortSleep,
        grade: Grade::Moderate,
        in_article: false,
        trigger: Trigger::Rule(Said(Q::Lifestyle, Opt::ShortSleep)),
        tests: &[],
        sources: &[Source::NhsSelfHelp],
    },
    Cause {
        id: CauseId::NoIdentifiableCause,
        grade: Grade::Background,
        in_article: true,
        trigger: Trigger::NothingElse,
        tests: &[],
        sources: &[Source::Article, Source::NhsHighland],
    },
];

/// The catalogue entry for `id`.
pub fn cause(id: CauseId) -> Option<&'static Cause> {
    CAUSES.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests;
