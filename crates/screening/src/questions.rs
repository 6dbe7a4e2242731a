//! The question catalogue: every question the check can ask, in the order it
//! asks them, as typed data.
//!
//! A question has an id, a kind (one choice, several choices, or a number), and
//! an optional condition that decides whether it is asked at all. Its words are
//! not here: they live in the locale tables under keys derived from the ids
//! (see `text`). The ids of questions and options, and the conditions over
//! them (`Cond`, in `questions/cond.rs`), are the plain data the other
//! catalogues are written in, so this module depends on nothing else in the
//! crate. It does not evaluate answers; `answers`, `rules` and `report` do.

mod cond;

pub use cond::Cond;

keyed_ids! {
    /// One question. The declaration order is the order in which questions are asked.
    QuestionId {
        Age = "age",
        WarningSigns = "warning_signs",
        BodySigns = "body_signs",
        SelfHarm = "self_harm",
        Urge = "urge",
        RestWorse = "rest",
        MovementEases = "movement",
        EveningWorse = "evening",
        Frequency = "frequency",
        Impact = "impact",
        Nights = "nights",
        Bother = "bother",
        SleepLost = "sleep_lost",
        Course = "course",
        OnsetAge = "onset_age",
        Mimics = "mimics",
        Family = "family",
        Blood = "blood",
        Ferritin = "ferritin",
        Diet = "diet",
        Nutrients = "nutrients",
        Pregnant = "pregnant",
        Trimester = "trimester",
        PregnancySigns = "pregnancy_signs",
        Conditions = "conditions",
        NerveSleepVein = "nerve_sleep_vein",
        Snoring = "snoring",
        MindMedicines = "mind_medicines",
        OtherMedicines = "other_medicines",
        MedicineTiming = "medicine_timing",
        DopamineChanges = "dopamine_changes",
        Withdrawal = "withdrawal",
        Lifestyle = "lifestyle",
    }
}

keyed_ids! {
    /// One answer option. Options are shared between questions where the words
    /// are the same ("Yes", "Not sure"); an option belongs to a question only if
    /// the catalogue lists it there, which the integrity tests check for every rule.
    Opt {
        Yes = "yes",
        No = "no",
        NotSure = "not_sure",
        NoneOfThese = "none",
        DontKnow = "dont_know",
        PreferNotToSay = "prefer_not",
        // Who the check is for
        Adult = "adult",
        Under18 = "under_18",
        // How often
        Persistent = "persistent",
        Intermittent = "intermittent",
        Rarely = "rarely",
        // Effect on life
        PoorSleep = "poor_sleep",
        DaytimeTired = "daytime_tired",
        DailyLife = "daily_life",
        // Sleep lost on a bad night
        LostNone = "lost_none",
        LostUnderHour = "lost_under_1h",
        LostOneToTwo = "lost_1_2h",
        LostMore = "lost_over_2h",
        // Course over the past months
        Better = "better",
        Same = "same",
        Worse = "worse",
        // Age at onset
        Under45 = "under_45",
        From45 = "from_45",
        // Mimics
        Cramps = "cramps",
        Positional = "positional",
        JointPain = "joint_pain",
        NumbBurning = "numb_burning",
        WholeBodyNewMedicine = "whole_body",
        WalkingPain = "walking_pain",
        LegSwelling = "leg_swelling",
        FootTapping = "foot_tapping",
        MuscleAches = "muscle_aches",
        // Iron and blood
        LowIron = "low_iron",
        Anaemia = "anaemia",
        HeavyPeriods = "heavy_periods",
        BloodDonor = "blood_donor",
        GutBleeding = "gut_bleeding",
        // Diet
        Vegetarian = "vegetarian",
        NoDairy = "no_dairy",
        Refined = "refined",
        // Nutrients found low
        LowB12 = "low_b12",
        LowFolate = "low_folate",
        LowCalcium = "low_calcium",
        LowMagnesium = "low_magnesium",
        // Pregnancy
        FirstTrimester = "trimester_1",
        SecondTrimester = "trimester_2",
        ThirdTrimester = "trimester_3",
        GaveBirth = "gave_birth",
        SevereHeadache = "headache",
        VisionChanges = "vision",
        SuddenSwelling = "swelling",
        // Conditions
        KidneyDisease = "kidney",
        Dialysis = "dialysis",
        Diabetes = "diabetes",
        Thyroid = "thyroid",
        Celiac = "celiac",
        OtherAutoimmune = "autoimmune",
        Fibromyalgia = "fibromyalgia",
        Neuropathy = "neuropathy",
        Parkinsons = "parkinsons",
        MultipleSclerosis = "ms",
        SleepApnoea = "sleep_apnoea",
        VaricoseVeins = "varicose",
        // Medicines
        Mirtazapine = "mirtazapine",
        SsriSnri = "ssri_snri",
        Tricyclic = "tricyclic",
        Bupropion = "bupropion",
        Gabapentinoid = "gabapentin",
        Antipsychotic = "antipsychotic",
        Anticonvulsant = "anticonvulsant",
        SedatingAntihistamine = "antihistamine",
        AntiSickness = "anti_sickness",
        DopamineDrug = "dopamine_drug",
        Metformin = "metformin",
        AcidReducer = "acid_reducer",
        // Changes on a dopamine medicine
        StartsEarlier = "earlier",
        Stronger = "stronger",
        Spread = "spread",
        ImpulseControl = "impulse",
        // Lifestyle
        LateCaffeine = "caffeine",
        EveningAlcohol = "alcohol",
        Smoking = "smoking",
        ShortSleep = "short_sleep",
        // Warning signs
        SuddenOnset = "sudden",
        BackPain = "back_pain",
        Weakness = "weakness",
        BladderBowel = "bladder_bowel",
        SaddleNumbness = "saddle",
        SwollenCalf = "swollen_calf",
        OneLeg = "one_leg",
        FallingAsleep = "falling_asleep",
        Breathless = "breathless",
        BlackStools = "black_stools",
        BloodInStool = "blood_in_stool",
        // Self-harm
        YesWithPlan = "yes_plan",
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one of the options.
    Single(&'static [Opt]),
    /// One or more of `options`; an option in `exclusive` ("None of these")
    /// must be chosen alone.
    Multi {
        options: &'static [Opt],
        exclusive: &'static [Opt],
    },
    /// A whole number from `min` to `max` in `unit`, or the `unknown` option.
    Number {
        unit: Unit,
        min: u16,
        max: u16,
        unknown: Opt,
    },
}

keyed_ids! {
    /// A unit of measurement for a number question; its key is the text
    /// key of its written form.
    Unit {
        /// Nanograms per millilitre (the same number as micrograms per litre).
        NanogramsPerMillilitre = "unit.ng_ml",
        /// Nights in a typical week.
        NightsPerWeek = "unit.nights",
        /// A rating from 0 to 10.
        OutOfTen = "unit.out_of_10",
    }
}

impl Unit {
    /// The unit's UCUM code, for exports (FHIR's questionnaire unit).
    pub const fn ucum(self) -> &'static str {
        match self {
            Unit::NanogramsPerMillilitre => "ng/mL",
            // UCUM annotations: counted nights per week, a 0 to 10 rating.
            Unit::NightsPerWeek => "{nights}/wk",
            Unit::OutOfTen => "{rating}",
        }
    }
}

keyed_ids! {
    /// The part of the check a question belongs to, shown above the question.
    Section {
        About = "section.about",
        Symptoms = "section.symptoms",
        Severity = "section.severity",
        OtherExplanations = "section.other",
        Family = "section.family",
        IronAndDiet = "section.iron_diet",
        Pregnancy = "section.pregnancy",
        Health = "section.health",
        Medicines = "section.medicines",
        Habits = "section.habits",
        WarningSigns = "section.warning",
    }
}

/// One entry of the question catalogue.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: QuestionId,
    pub section: Section,
    pub kind: Kind,
    /// Whether the locale tables hold a hint for this question.
    pub has_hint: bool,
    /// Asked only when this holds for the answers given so far; `None` means always.
    pub asked_when: Option<Cond>,
    /// Options the question no longer offers but still accepts from old
    /// share links and saved answers, so that they keep their meaning.
    pub retired: &'static [Opt],
}

impl Question {
    /// Every option the question offers, exclusive ones included, in display order.
    pub fn options(&self) -> Vec<Opt> {
        match self.kind {
            Kind::Single(options) => options.to_vec(),
            Kind::Multi { options, exclusive } => {
                options.iter().chain(exclusive.iter()).copied().collect()
            }
            Kind::Number { unknown, .. } => vec![unknown],
        }
    }

    /// Whether `opt` is one of this question's options.
    pub fn offers(&self, opt: Opt) -> bool {
        self.options().contains(&opt)
    }

    /// Whether an answer from outside may hold `opt`: an offered option or a
    /// retired one.
    pub fn accepts(&self, opt: Opt) -> bool {
        self.offers(opt) || self.retired.contains(&opt)
    }
}

const YES_NO_UNSURE: &[Opt] = &[Opt::Yes, Opt::No, Opt::NotSure];

/// The check is for adults: a person under 18 (or a parent answering for a
/// child) is asked nothing more and gets a page of its own.
pub const ADULT: Cond = Cond::Not(&Cond::Said(QuestionId::Age, Opt::Under18));

/// The answers so far fit, or partly fit, the pattern: an urge to move, at
/// least one more of the four features, and none of them "Not sure" (the
/// verdicts `Fits` and `PartlyFits` before look-alikes are asked about,
/// which can move `Fits` to `PartlyFits` but never out of the two). The
/// questions on how bad and how often are asked only then.
pub const FITS_SO_FAR: Cond = Cond::All(&[
    ADULT,
    Cond::Said(QuestionId::Urge, Opt::Yes),
    Cond::Any(&[
        Cond::Said(QuestionId::RestWorse, Opt::Yes),
        Cond::Said(QuestionId::MovementEases, Opt::Yes),
        Cond::Said(QuestionId::EveningWorse, Opt::Yes),
    ]),
    Cond::Not(&Cond::Any(&[
        Cond::Said(QuestionId::RestWorse, Opt::NotSure),
        Cond::Said(QuestionId::MovementEases, Opt::NotSure),
        Cond::Said(QuestionId::EveningWorse, Opt::NotSure),
    ])),
]);

/// A whole-number question asked only when the answers fit so far, with
/// "Not sure" as its way out.
const fn severity_number(id: QuestionId, unit: Unit, max: u16) -> Question {
    Question {
        id,
        section: Section::Severity,
        kind: Kind::Number {
            unit,
            min: 0,
            max,
            unknown: Opt::NotSure,
        },
        has_hint: true,
        asked_when: Some(FITS_SO_FAR),
        retired: &[],
    }
}

const fn single(id: QuestionId, section: Section, options: &'static [Opt]) -> Question {
    Question {
        id,
        section,
        kind: Kind::Single(options),
        has_hint: false,
        asked_when: Some(ADULT),
        retired: &[],
    }
}

const fn multi(id: QuestionId, section: Section, options: &'static [Opt]) -> Question {
    multi_or(id, section, options, &[Opt::NoneOfThese])
}

const fn multi_or(
    id: QuestionId,
    section: Section,
    options: &'static [Opt],
    exclusive: &'static [Opt],
) -> Question {
    Question {
        id,
        section,
        kind: Kind::Multi { options, exclusive },
        has_hint: false,
        asked_when: Some(ADULT),
        retired: &[],
    }
}

const fn hinted(mut q: Question) -> Question {
    q.has_hint = true;
    q
}

/// Asked only when `cond` holds; `cond` must include `ADULT`.
const fn when(mut q: Question, cond: Cond) -> Question {
    q.asked_when = Some(cond);
    q
}

/// The question catalogue, in the order the questions are asked.
pub static QUESTIONS: &[Question] = &[
    // Who the check is for: asked of everyone, first.
    Question {
        has_hint: true,
        asked_when: None,
        ..single(QuestionId::Age, Section::About, &[Opt::Adult, Opt::Under18])
    },
    // Warning signs next, so that nobody who stops part way has missed
    // being asked about them.
    hinted(multi(
        QuestionId::WarningSigns,
        Section::WarningSigns,
        &[
            Opt::SuddenOnset,
            Opt::BackPain,
            Opt::Weakness,
            Opt::BladderBowel,
            Opt::SaddleNumbness,
            Opt::SwollenCalf,
            Opt::OneLeg,
            Opt::FallingAsleep,
        ],
    )),
    multi(
        QuestionId::BodySigns,
        Section::WarningSigns,
        &[Opt::Breathless, Opt::BlackStools, Opt::BloodInStool],
    ),
    hinted(single(
        QuestionId::SelfHarm,
        Section::WarningSigns,
        &[Opt::Yes, Opt::YesWithPlan, Opt::No, Opt::PreferNotToSay],
    )),
    // The four symptom features of the IRLSSG criteria, then the specifiers.
    hinted(single(QuestionId::Urge, Section::Symptoms, YES_NO_UNSURE)),
    hinted(single(
        QuestionId::RestWorse,
        Section::Symptoms,
        YES_NO_UNSURE,
    )),
    hinted(single(
        QuestionId::MovementEases,
        Section::Symptoms,
        YES_NO_UNSURE,
    )),
    single(QuestionId::EveningWorse, Section::Symptoms, YES_NO_UNSURE),
    single(
        QuestionId::Frequency,
        Section::Symptoms,
        &[
            Opt::Persistent,
            Opt::Intermittent,
            Opt::Rarely,
            Opt::NotSure,
        ],
    ),
    multi(
        QuestionId::Impact,
        Section::Symptoms,
        &[Opt::PoorSleep, Opt::DaytimeTired, Opt::DailyLife],
    ),
    // How often, how bad and which way it is going, in the person's own
    // words (no copyrighted severity scale): asked only when the answers fit
    // or partly fit so far.
    severity_number(QuestionId::Nights, Unit::NightsPerWeek, 7),
    severity_number(QuestionId::Bother, Unit::OutOfTen, 10),
    hinted(when(
        single(
            QuestionId::SleepLost,
            Section::Severity,
            &[
                Opt::LostNone,
                Opt::LostUnderHour,
                Opt::LostOneToTwo,
                Opt::LostMore,
                Opt::NotSure,
            ],
        ),
        FITS_SO_FAR,
    )),
    when(
        single(
            QuestionId::Course,
            Section::Severity,
            &[Opt::Better, Opt::Same, Opt::Worse, Opt::NotSure],
        ),
        FITS_SO_FAR,
    ),
    single(
        QuestionId::OnsetAge,
        Section::Symptoms,
        &[Opt::Under45, Opt::From45, Opt::NotSure],
    ),
    // Criterion 5: things that feel similar but are something else.
    hinted(multi(
        QuestionId::Mimics,
        Section::OtherExplanations,
        &[
            Opt::Cramps,
            Opt::Positional,
            Opt::JointPain,
            Opt::MuscleAches,
            Opt::NumbBurning,
            Opt::LegSwelling,
            Opt::FootTapping,
            Opt::WholeBodyNewMedicine,
            Opt::WalkingPain,
        ],
    )),
    single(QuestionId::Family, Section::Family, YES_NO_UNSURE),
    // Blood seen in or as black stools is asked with the warning signs now
    // (`BodySigns`); the old combined option stays readable.
    Question {
        retired: &[Opt::GutBleeding],
        ..multi(
            QuestionId::Blood,
            Section::IronAndDiet,
            &[
                Opt::LowIron,
                Opt::Anaemia,
                Opt::HeavyPeriods,
                Opt::BloodDonor,
            ],
        )
    },
    hinted(Question {
        id: QuestionId::Ferritin,
        section: Section::IronAndDiet,
        kind: Kind::Number {
            unit: Unit::NanogramsPerMillilitre,
            min: 1,
            max: 3000,
            unknown: Opt::DontKnow,
        },
        has_hint: false,
        asked_when: Some(ADULT),
        retired: &[],
    }),
    multi(
        QuestionId::Diet,
        Section::IronAndDiet,
        &[Opt::Vegetarian, Opt::NoDairy, Opt::Refined],
    ),
    hinted(multi_or(
        QuestionId::Nutrients,
        Section::IronAndDiet,
        &[
            Opt::LowB12,
            Opt::LowFolate,
            Opt::LowCalcium,
            Opt::LowMagnesium,
        ],
        &[Opt::NoneOfThese, Opt::NotSure],
    )),
    hinted(single(
        QuestionId::Pregnant,
        Section::Pregnancy,
        &[Opt::Yes, Opt::GaveBirth, Opt::No, Opt::NotSure],
    )),
    when(
        single(
            QuestionId::Trimester,
            Section::Pregnancy,
            &[
                Opt::FirstTrimester,
                Opt::SecondTrimester,
                Opt::ThirdTrimester,
                Opt::NotSure,
            ],
        ),
        Cond::All(&[ADULT, Cond::Said(QuestionId::Pregnant, Opt::Yes)]),
    ),
    hinted(when(
        multi(
            QuestionId::PregnancySigns,
            Section::Pregnancy,
            &[Opt::SevereHeadache, Opt::VisionChanges, Opt::SuddenSwelling],
        ),
        Cond::All(&[
            ADULT,
            Cond::Any(&[
                Cond::Said(QuestionId::Pregnant, Opt::Yes),
                Cond::Said(QuestionId::Pregnant, Opt::GaveBirth),
                Cond::Said(QuestionId::Pregnant, Opt::NotSure),
            ]),
        ]),
    )),
    multi(
        QuestionId::Conditions,
        Section::Health,
        &[
            Opt::KidneyDisease,
            Opt::Dialysis,
            Opt::Diabetes,
            Opt::Thyroid,
            Opt::Celiac,
            Opt::OtherAutoimmune,
            Opt::Fibromyalgia,
        ],
    ),
    multi(
        QuestionId::NerveSleepVein,
        Section::Health,
        &[
            Opt::Neuropathy,
            Opt::Parkinsons,
            Opt::MultipleSclerosis,
            Opt::SleepApnoea,
            Opt::VaricoseVeins,
        ],
    ),
    when(
        single(QuestionId::Snoring, Section::Health, YES_NO_UNSURE),
        Cond::All(&[
            ADULT,
            Cond::Not(&Cond::Said(QuestionId::NerveSleepVein, Opt::SleepApnoea)),
        ]),
    ),
    hinted(multi_or(
        QuestionId::MindMedicines,
        Section::Medicines,
        &[
            Opt::Mirtazapine,
            Opt::SsriSnri,
            Opt::Tricyclic,
            Opt::Bupropion,
            Opt::Antipsychotic,
            Opt::Gabapentinoid,
            Opt::Anticonvulsant,
        ],
        &[Opt::NoneOfThese, Opt::NotSure],
    )),
    hinted(multi_or(
        QuestionId::OtherMedicines,
        Section::Medicines,
        &[
            Opt::SedatingAntihistamine,
            Opt::AntiSickness,
            Opt::DopamineDrug,
            Opt::Metformin,
            Opt::AcidReducer,
        ],
        &[Opt::NoneOfThese, Opt::NotSure],
    )),
    single(
        QuestionId::MedicineTiming,
        Section::Medicines,
        YES_NO_UNSURE,
    ),
    when(
        multi(
            QuestionId::DopamineChanges,
            Section::Medicines,
            &[
                Opt::StartsEarlier,
                Opt::Stronger,
                Opt::Spread,
                Opt::ImpulseControl,
            ],
        ),
        Cond::All(&[
            ADULT,
            Cond::Said(QuestionId::OtherMedicines, Opt::DopamineDrug),
        ]),
    ),
    hinted(single(
        QuestionId::Withdrawal,
        Section::Medicines,
        YES_NO_UNSURE,
    )),
    multi(
        QuestionId::Lifestyle,
        Section::Habits,
        &[
            Opt::LateCaffeine,
            Opt::EveningAlcohol,
            Opt::Smoking,
            Opt::ShortSleep,
        ],
    ),
];

/// Options whose words differ on one question: their text is
/// `q.<question>.opt.<option>` instead of `opt.<option>` ("Yes, I am
/// pregnant now" rather than a bare "Yes").
pub const OWN_LABELS: &[(QuestionId, Opt)] = &[(QuestionId::Pregnant, Opt::Yes)];

/// The catalogue entry for `id`.
pub fn question(id: QuestionId) -> &'static Question {
    // The integrity tests check that QUESTIONS holds every id at its own index.
    &QUESTIONS[id as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::causes::{Trigger, CAUSES};
    use crate::flags::RED_FLAGS;
    use crate::notes::NOTES;
    use crate::testkit::witness;

    /// Every condition in the catalogues, named for failure messages.
    fn all_conditions() -> Vec<(String, Cond)> {
        let mut out = Vec::new();
        for q in QUESTIONS {
            if let Some(c) = q.asked_when {
                out.push((format!("question {:?}", q.id), c));
            }
        }
        for c in CAUSES {
            if let Trigger::Rule(r) = c.trigger {
                out.push((format!("cause {:?}", c.id), r));
            }
        }
        for f in RED_FLAGS {
            out.push((format!("red flag {:?}", f.id), f.rule));
        }
        for n in NOTES {
            out.push((format!("note {:?}", n.id), n.rule));
        }
        out
    }

    #[test]
    fn every_question_sits_at_its_own_index() {
        assert_eq!(QUESTIONS.len(), QuestionId::ALL.len());
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.id as usize, i, "{:?} is out of place", q.id);
        }
    }

    #[test]
    fn keys_are_unique() {
        for (i, a) in QuestionId::ALL.iter().enumerate() {
            for b in &QuestionId::ALL[i + 1..] {
                assert_ne!(a.key(), b.key(), "{a:?} and {b:?} share a key");
            }
        }
        for (i, a) in Opt::ALL.iter().enumerate() {
            for b in &Opt::ALL[i + 1..] {
                assert_ne!(a.key(), b.key(), "{a:?} and {b:?} share a key");
            }
        }
    }

    #[test]
    fn every_option_belongs_to_a_question() {
        for o in Opt::ALL {
            assert!(
                QUESTIONS.iter().any(|q| q.accepts(*o)),
                "no question accepts {o:?}"
            );
        }
    }

    #[test]
    fn options_within_a_question_are_unique() {
        for q in QUESTIONS {
            let opts = q.options();
            for (i, o) in opts.iter().enumerate() {
                assert!(!opts[i + 1..].contains(o), "{:?} lists {o:?} twice", q.id);
            }
        }
    }

    #[test]
    fn every_rule_names_an_option_its_question_offers() {
        for (name, cond) in all_conditions() {
            for (q, opt) in cond.mentions() {
                match opt {
                    Some(o) => assert!(
                        question(q).accepts(o),
                        "{name} refers to {o:?}, which {q:?} does not offer"
                    ),
                    None => assert!(
                        matches!(question(q).kind, Kind::Number { .. }),
                        "{name} compares a number from {q:?}, which takes no number"
                    ),
                }
            }
        }
    }

    #[test]
    fn conditions_for_asking_look_only_at_earlier_questions() {
        for q in QUESTIONS {
            if let Some(c) = q.asked_when {
                for (earlier, _) in c.mentions() {
                    assert!(
                        earlier < q.id,
                        "{:?} depends on the later {earlier:?}",
                        q.id
                    );
                }
            }
        }
    }

    #[test]
    fn every_question_can_be_reached() {
        for q in QUESTIONS {
            let answers = match q.asked_when {
                None => crate::answers::Answers::new(),
                Some(c) => {
                    witness(&c).unwrap_or_else(|| panic!("no answers open question {:?}", q.id))
                }
            };
            assert!(answers.path().contains(&q.id), "{:?} is never asked", q.id);
        }
    }

    #[test]
    fn every_question_has_a_way_out() {
        // Nobody should have to guess: each question offers "No", "Not sure",
        // "None of these", "I don't know" or "I'd rather not say".
        let ways_out = [
            Opt::No,
            Opt::NotSure,
            Opt::NoneOfThese,
            Opt::DontKnow,
            Opt::PreferNotToSay,
        ];
        // Age is the exception: everyone knows which side of 18 they are.
        for q in QUESTIONS.iter().filter(|q| q.id != QuestionId::Age) {
            assert!(
                q.options().iter().any(|o| ways_out.contains(o)),
                "{:?} has no way out",
                q.id
            );
        }
    }

    #[test]
    fn questions_that_depend_on_answers_are_skipped_until_they_apply() {
        let path = crate::answers::Answers::new().path();
        assert!(!path.contains(&QuestionId::Trimester));
        assert!(!path.contains(&QuestionId::DopamineChanges));
        assert!(path.contains(&QuestionId::Snoring));
    }
}
