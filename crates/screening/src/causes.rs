//! The cause catalogue and the warning-sign catalogue.
//!
//! One entry per cause or contributing factor of the clinical reference's
//! table, each with its evidence grade, the typed rule that shows it, the tests
//! to ask a doctor about and the sources it rests on; and one entry per warning
//! sign, with its urgency. Words live in the locale tables under keys derived
//! from the ids. Nothing here ranks or evaluates: `report` does.

use crate::questions::{Opt, QuestionId as Q};
use crate::rules::Cond::{self, All, Any, AtMost, Not, Said};

/// How strong the evidence is that a cause leads to restless legs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    Strong,
    Moderate,
    Limited,
    /// A way of understanding the condition, not a cause one person can have.
    Background,
}

impl Grade {
    pub const fn key(self) -> &'static str {
        match self {
            Grade::Strong => "grade.strong",
            Grade::Moderate => "grade.moderate",
            Grade::Limited => "grade.limited",
            Grade::Background => "grade.background",
        }
    }
}

/// A test a person can ask their doctor about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TestId {
    Ferritin,
    TransferrinSaturation,
    FullBloodCount,
    KidneyFunction,
    Glucose,
    B12,
    Folate,
    Calcium,
    Magnesium,
    Thyroid,
    SleepStudy,
    NerveTests,
    LegExamination,
    MedicineReview,
}

impl TestId {
    pub const ALL: &'static [TestId] = &[
        TestId::Ferritin,
        TestId::TransferrinSaturation,
        TestId::FullBloodCount,
        TestId::KidneyFunction,
        TestId::Glucose,
        TestId::B12,
        TestId::Folate,
        TestId::Calcium,
        TestId::Magnesium,
        TestId::Thyroid,
        TestId::SleepStudy,
        TestId::NerveTests,
        TestId::LegExamination,
        TestId::MedicineReview,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            TestId::Ferritin => "test.ferritin",
            TestId::TransferrinSaturation => "test.tsat",
            TestId::FullBloodCount => "test.fbc",
            TestId::KidneyFunction => "test.kidney",
            TestId::Glucose => "test.glucose",
            TestId::B12 => "test.b12",
            TestId::Folate => "test.folate",
            TestId::Calcium => "test.calcium",
            TestId::Magnesium => "test.magnesium",
            TestId::Thyroid => "test.thyroid",
            TestId::SleepStudy => "test.sleep_study",
            TestId::NerveTests => "test.nerve",
            TestId::LegExamination => "test.leg_exam",
            TestId::MedicineReview => "test.medicine_review",
        }
    }
}

/// A published source a cause or warning sign rests on. Citations are proper
/// names and are shown as written, in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Article,
    Irlssg2014,
    Trenkwalder2016,
    Aasm2024,
    Chen2018,
    Kolla2018,
    Weinstock2010,
    Zhuang2019,
    NhsHighland,
    NhsSelfHelp,
}

impl Source {
    pub const fn citation(self) -> &'static str {
        match self {
            Source::Article => "\u{201c}Cause of Restless Leg Syndrome\u{201d}",
            Source::Irlssg2014 => {
                "Allen et al., IRLSSG diagnostic criteria, Sleep Medicine 2014;15:860-873"
            }
            Source::Trenkwalder2016 => "Trenkwalder et al., Neurology 2016;86:1336-1343",
            Source::Aasm2024 => {
                "Winkelman et al., AASM guideline, J Clin Sleep Med 2024 (doi:10.5664/jcsm.11390)"
            }
            Source::Chen2018 => "Chen et al., Sleep Medicine Reviews 2018",
            Source::Kolla2018 => "Kolla et al., Sleep Medicine Reviews 2018",
            Source::Weinstock2010 => "Weinstock et al., Digestive Diseases and Sciences 2010",
            Source::Zhuang2019 => "Zhuang et al., JAMA Network Open 2019",
            Source::NhsHighland => "NHS Highland restless legs syndrome guideline",
            Source::NhsSelfHelp => "NHS self-help advice for restless legs",
        }
    }
}

/// A cause's id; its texts are `cause.<key>.title`, `.why`, `.todo`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CauseId {
    IronDeficiency,
    KidneyDisease,
    Pregnancy,
    Medicines,
    Withdrawal,
    Augmentation,
    Heredity,
    DopamineImbalance,
    B12Folate,
    CalciumMagnesium,
    Neuropathy,
    Diabetes,
    Parkinsons,
    MultipleSclerosis,
    Celiac,
    OtherAutoimmune,
    Thyroid,
    VaricoseVeins,
    Fibromyalgia,
    SleepApnoea,
    Lifestyle,
    NoIdentifiableCause,
}

impl CauseId {
    pub const fn key(self) -> &'static str {
        match self {
            CauseId::IronDeficiency => "iron",
            CauseId::KidneyDisease => "kidney",
            CauseId::Pregnancy => "pregnancy",
            CauseId::Medicines => "medicines",
            CauseId::Withdrawal => "withdrawal",
            CauseId::Augmentation => "augmentation",
            CauseId::Heredity => "heredity",
            CauseId::DopamineImbalance => "dopamine",
            CauseId::B12Folate => "b12_folate",
            CauseId::CalciumMagnesium => "calcium_magnesium",
            CauseId::Neuropathy => "neuropathy",
            CauseId::Diabetes => "diabetes",
            CauseId::Parkinsons => "parkinsons",
            CauseId::MultipleSclerosis => "ms",
            CauseId::Celiac => "celiac",
            CauseId::OtherAutoimmune => "autoimmune",
            CauseId::Thyroid => "thyroid",
            CauseId::VaricoseVeins => "varicose",
            CauseId::Fibromyalgia => "fibromyalgia",
            CauseId::SleepApnoea => "sleep_apnoea",
            CauseId::Lifestyle => "lifestyle",
            CauseId::NoIdentifiableCause => "none",
        }
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

/// The ferritin level at or below which guidelines suggest iron treatment for
/// adults with restless legs (AASM 2024); up to 100 ng/mL intravenous iron may
/// still be considered.
pub const FERRITIN_TREAT_AT_MOST: u16 = 75;
pub const FERRITIN_CONSIDER_AT_MOST: u16 = 100;

const IRON_TESTS: &[TestId] = &[
    TestId::Ferritin,
    TestId::TransferrinSaturation,
    TestId::FullBloodCount,
];

/// Medicines that can bring on or worsen restless legs (bupropion is not one).
const TRIGGER_MEDICINES: &[Cond] = &[
    Said(Q::MindMedicines, Opt::Mirtazapine),
    Said(Q::MindMedicines, Opt::SsriSnri),
    Said(Q::MindMedicines, Opt::Tricyclic),
    Said(Q::MindMedicines, Opt::Antipsychotic),
    Said(Q::MindMedicines, Opt::Anticonvulsant),
    Said(Q::OtherMedicines, Opt::SedatingAntihistamine),
    Said(Q::OtherMedicines, Opt::AntiSickness),
    Said(Q::MedicineTiming, Opt::Yes),
];

/// The cause catalogue. Order here only breaks ties in the ranking.
pub static CAUSES: &[Cause] = &[
    Cause {
        id: CauseId::IronDeficiency,
        grade: Grade::Strong,
        in_article: true,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Blood, Opt::LowIron),
            Said(Q::Blood, Opt::Anaemia),
            Said(Q::Blood, Opt::HeavyPeriods),
            Said(Q::Blood, Opt::BloodDonor),
            Said(Q::Blood, Opt::GutBleeding),
            AtMost(Q::Ferritin, FERRITIN_CONSIDER_AT_MOST),
            Said(Q::Diet, Opt::Vegetarian),
            Said(Q::Conditions, Opt::Celiac),
            Said(Q::Pregnant, Opt::Yes),
        ])),
        tests: IRON_TESTS,
        sources: &[Source::Article, Source::Trenkwalder2016, Source::Aasm2024],
    },
    Cause {
        id: CauseId::KidneyDisease,
        grade: Grade::Strong,
        in_article: false,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Conditions, Opt::KidneyDisease),
            Said(Q::Conditions, Opt::Dialysis),
        ])),
        tests: &[
            TestId::KidneyFunction,
            TestId::Ferritin,
            TestId::FullBloodCount,
        ],
        sources: &[Source::Trenkwalder2016],
    },
    Cause {
        id: CauseId::Pregnancy,
        grade: Grade::Strong,
        in_article: true,
        trigger: Trigger::Rule(Said(Q::Pregnant, Opt::Yes)),
        tests: &[TestId::Ferritin, TestId::FullBloodCount],
        sources: &[Source::Article, Source::Chen2018],
    },
    Cause {
        id: CauseId::Medicines,
        grade: Grade::Strong,
        in_article: true,
        trigger: Trigger::Rule(Any(TRIGGER_MEDICINES)),
        tests: &[TestId::MedicineReview],
        sources: &[Source::Article, Source::Kolla2018],
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
        trigger: Trigger::Rule(All(&[
            Said(Q::OtherMedicines, Opt::DopamineDrug),
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
        trigger: Trigger::Rule(Any(&[
            Said(Q::Family, Opt::Yes),
            Said(Q::OnsetAge, Opt::Under45),
        ])),
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
        grade: Grade::Moderate,
        in_article: false,
        trigger: Trigger::Rule(Any(&[
            Said(Q::Lifestyle, Opt::LateCaffeine),
            Said(Q::Lifestyle, Opt::EveningAlcohol),
            Said(Q::Lifestyle, Opt::Smoking),
            Said(Q::Lifestyle, Opt::ShortSleep),
        ])),
        tests: &[],
        sources: &[Source::NhsSelfHelp],
    },
    Cause {
        id: CauseId::NoIdentifiableCause,
        grade: Grade::Background,
        in_article: true,
        trigger: Trigger::NothingElse,
        tests: &[
            TestId::FullBloodCount,
            TestId::Ferritin,
            TestId::TransferrinSaturation,
        ],
        sources: &[Source::Article, Source::NhsHighland],
    },
];

/// The catalogue entry for `id`.
pub fn cause(id: CauseId) -> Option<&'static Cause> {
    CAUSES.iter().find(|c| c.id == id)
}

/// How soon a warning sign needs a doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Today: an emergency number, an urgent care service or a crisis line.
    Urgent,
    /// In the next days or weeks, before anything else is tried.
    Soon,
}

/// A warning sign's id; its texts are `flag.<key>.title` and `.todo`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FlagId {
    SpinalCord,
    BloodClot,
    SelfHarm,
    OneSidedOrNumb,
    WalkingPain,
    DopamineWorsening,
    NewMedicine,
    Pregnancy,
    DaytimeSleepiness,
}

impl FlagId {
    pub const fn key(self) -> &'static str {
        match self {
            FlagId::SpinalCord => "spinal",
            FlagId::BloodClot => "clot",
            FlagId::SelfHarm => "self_harm",
            FlagId::OneSidedOrNumb => "one_sided",
            FlagId::WalkingPain => "walking_pain",
            FlagId::DopamineWorsening => "dopamine",
            FlagId::NewMedicine => "new_medicine",
            FlagId::Pregnancy => "pregnancy",
            FlagId::DaytimeSleepiness => "sleepiness",
        }
    }
}

/// One entry of the warning-sign catalogue.
#[derive(Clone, Copy, Debug)]
pub struct RedFlag {
    pub id: FlagId,
    pub urgency: Urgency,
    pub rule: Cond,
    pub sources: &'static [Source],
}

const SPINAL_SIGNS: &[Cond] = &[
    Said(Q::WarningSigns, Opt::BackPain),
    Said(Q::WarningSigns, Opt::Weakness),
    Said(Q::WarningSigns, Opt::BladderBowel),
];

/// The warning-sign catalogue, urgent ones first.
pub static RED_FLAGS: &[RedFlag] = &[
    RedFlag {
        id: FlagId::SpinalCord,
        urgency: Urgency::Urgent,
        // Sudden onset with any spinal sign, or new bladder or bowel trouble
        // together with back pain or weakness, whatever the onset.
        rule: Any(&[
            All(&[Said(Q::WarningSigns, Opt::SuddenOnset), Any(SPINAL_SIGNS)]),
            All(&[
                Said(Q::WarningSigns, Opt::BladderBowel),
                Any(&[
                    Said(Q::WarningSigns, Opt::BackPain),
                    Said(Q::WarningSigns, Opt::Weakness),
                ]),
            ]),
        ]),
        sources: &[Source::Irlssg2014],
    },
    RedFlag {
        id: FlagId::BloodClot,
        urgency: Urgency::Urgent,
        rule: Said(Q::WarningSigns, Opt::SwollenCalf),
        sources: &[Source::Irlssg2014],
    },
    RedFlag {
        id: FlagId::SelfHarm,
        urgency: Urgency::Urgent,
        rule: Said(Q::SelfHarm, Opt::Yes),
        sources: &[Source::Zhuang2019],
    },
    RedFlag {
        id: FlagId::OneSidedOrNumb,
        urgency: Urgency::Soon,
        rule: Any(&[
            Said(Q::WarningSigns, Opt::OneLeg),
            Said(Q::Mimics, Opt::NumbBurning),
            All(&[
                Said(Q::WarningSigns, Opt::Weakness),
                Not(&Said(Q::WarningSigns, Opt::SuddenOnset)),
            ]),
        ]),
        sources: &[Source::Irlssg2014],
    },
    RedFlag {
        id: FlagId::WalkingPain,
        urgency: Urgency::Soon,
        rule: Said(Q::Mimics, Opt::WalkingPain),
        sources: &[Source::Irlssg2014],
    },
    RedFlag {
        id: FlagId::DopamineWorsening,
        urgency: Urgency::Soon,
        rule: All(&[
            Said(Q::OtherMedicines, Opt::DopamineDrug),
            Any(&[
                Said(Q::DopamineChanges, Opt::StartsEarlier),
                Said(Q::DopamineChanges, Opt::Stronger),
                Said(Q::DopamineChanges, Opt::Spread),
                Said(Q::DopamineChanges, Opt::ImpulseControl),
            ]),
        ]),
        sources: &[Source::Aasm2024],
    },
    RedFlag {
        id: FlagId::NewMedicine,
        urgency: Urgency::Soon,
        rule: Any(&[
            Said(Q::MedicineTiming, Opt::Yes),
            Said(Q::Mimics, Opt::WholeBodyNewMedicine),
        ]),
        sources: &[Source::Kolla2018],
    },
    RedFlag {
        id: FlagId::Pregnancy,
        urgency: Urgency::Soon,
        rule: Said(Q::Pregnant, Opt::Yes),
        sources: &[Source::Chen2018],
    },
    RedFlag {
        id: FlagId::DaytimeSleepiness,
        urgency: Urgency::Soon,
        rule: Said(Q::WarningSigns, Opt::FallingAsleep),
        sources: &[Source::NhsHighland],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::QuestionId as Q;
    use crate::report::evaluate;
    use crate::testkit::{given, witness};

    /// Causes shown for these answers (ranked, background ones excluded).
    fn shown(pairs: &[(Q, &[Opt])]) -> Vec<CauseId> {
        evaluate(&given(pairs))
            .causes
            .iter()
            .map(|m| m.id)
            .collect()
    }

    /// `cause` is shown for `yes` and not for `no`.
    fn check(cause: CauseId, yes: &[(Q, &[Opt])], no: &[(Q, &[Opt])]) {
        assert!(
            shown(yes).contains(&cause),
            "{cause:?} not shown for {yes:?}"
        );
        assert!(!shown(no).contains(&cause), "{cause:?} shown for {no:?}");
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
        ];
        for id in from_reference {
            assert!(cause(id).is_some(), "{id:?} missing");
        }
        assert_eq!(CAUSES.len(), article.len() + from_reference.len());
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
        for c in CAUSES {
            let answers = match c.trigger {
                Trigger::Rule(rule) => {
                    witness(&rule).unwrap_or_else(|| panic!("no answers trigger {:?}", c.id))
                }
                Trigger::NothingElse => crate::answers::Answers::new(),
            };
            let report = evaluate(&answers);
            let mut all: Vec<CauseId> = report.causes.iter().map(|m| m.id).collect();
            all.extend(&report.background);
            assert!(
                all.contains(&c.id),
                "{:?} not shown for its own witness",
                c.id
            );
        }
    }

    #[test]
    fn every_red_flag_can_be_triggered() {
        for f in RED_FLAGS {
            let answers = witness(&f.rule).unwrap_or_else(|| panic!("no answers raise {:?}", f.id));
            let report = evaluate(&answers);
            let raised: Vec<FlagId> = report
                .urgent
                .iter()
                .chain(&report.soon)
                .map(|m| m.id)
                .collect();
            assert!(
                raised.contains(&f.id),
                "{:?} not raised for its own witness",
                f.id
            );
        }
    }

    #[test]
    fn iron_deficiency() {
        check(
            CauseId::IronDeficiency,
            &[(Q::Blood, &[Opt::HeavyPeriods])],
            &[(Q::Blood, &[Opt::NoneOfThese])],
        );
        check(
            CauseId::IronDeficiency,
            &[(Q::Blood, &[Opt::BloodDonor])],
            &[(Q::Diet, &[Opt::NoDairy])],
        );
        let low = given(&[]);
        let mut low = low;
        low.set(Q::Ferritin, crate::answers::Answer::Number(40));
        assert!(evaluate(&low)
            .causes
            .iter()
            .any(|m| m.id == CauseId::IronDeficiency));
        let mut high = given(&[]);
        high.set(Q::Ferritin, crate::answers::Answer::Number(180));
        assert!(!evaluate(&high)
            .causes
            .iter()
            .any(|m| m.id == CauseId::IronDeficiency));
    }

    #[test]
    fn ferritin_limit_is_inclusive() {
        let mut a = given(&[]);
        a.set(
            Q::Ferritin,
            crate::answers::Answer::Number(FERRITIN_CONSIDER_AT_MOST),
        );
        assert!(evaluate(&a)
            .causes
            .iter()
            .any(|m| m.id == CauseId::IronDeficiency));
        a.set(
            Q::Ferritin,
            crate::answers::Answer::Number(FERRITIN_CONSIDER_AT_MOST + 1),
        );
        assert!(!evaluate(&a)
            .causes
            .iter()
            .any(|m| m.id == CauseId::IronDeficiency));
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
            CauseId::Medicines,
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
        check(
            CauseId::Heredity,
            &[(Q::OnsetAge, &[Opt::Under45])],
            &[(Q::OnsetAge, &[Opt::From45])],
        );
    }

    #[test]
    fn dopamine_is_background_not_a_cause() {
        let r = evaluate(&given(&[(Q::EveningWorse, &[Opt::Yes])]));
        assert!(r.background.contains(&CauseId::DopamineImbalance));
        assert!(!r.causes.iter().any(|m| m.id == CauseId::DopamineImbalance));
        assert!(r.no_cause_found());
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

    #[test]
    fn no_identifiable_cause_only_when_nothing_else_applies() {
        assert_eq!(
            shown(&[(Q::Family, &[Opt::No])]),
            vec![CauseId::NoIdentifiableCause]
        );
        assert!(!shown(&[(Q::Family, &[Opt::Yes])]).contains(&CauseId::NoIdentifiableCause));
    }
}
