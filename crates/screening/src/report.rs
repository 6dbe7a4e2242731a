//! From answers to a report: the pattern verdict, warning signs, ranked causes
//! and the merged list of tests.
//!
//! `evaluate` is a pure function of `Answers`; it returns ids and evidence, not
//! sentences, so every language renders the same report.

use crate::answers::Answers;
use crate::causes::{CauseId, FlagId, Grade, TestId, Trigger, Urgency, CAUSES, RED_FLAGS};
use crate::questions::{Opt, QuestionId};
use crate::rules::Evidence;

/// How the answers compare with the pattern doctors use to recognise RLS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// All four symptom features, and nothing else reported that could explain them.
    Fits,
    /// Some of the features, or all four together with a possible look-alike.
    PartlyFits,
    /// No urge to move, or at most one of the features.
    DoesNotFit,
}

impl Verdict {
    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Fits => "verdict.fits",
            Verdict::PartlyFits => "verdict.partly",
            Verdict::DoesNotFit => "verdict.not",
        }
    }
}

/// The four symptom features of the IRLSSG criteria, in the order asked.
pub const CORE_FEATURES: [QuestionId; 4] = [
    QuestionId::Urge,
    QuestionId::RestWorse,
    QuestionId::MovementEases,
    QuestionId::EveningWorse,
];

/// What the results offer everyone as background, from the source article:
/// the part dopamine plays, and how restless legs run in families.
pub const BACKGROUND_READING: &[CauseId] = &[CauseId::DopamineImbalance, CauseId::Heredity];

/// A cause that applies, with the answers that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CauseMatch {
    pub id: CauseId,
    pub grade: Grade,
    pub because: Vec<Evidence>,
}

/// A warning sign that applies, with the answers that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagMatch {
    pub id: FlagId,
    pub because: Vec<Evidence>,
}

/// Everything the results screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub verdict: Verdict,
    /// Look-alike conditions the answers point to, in catalogue order.
    pub mimics: Vec<Opt>,
    /// Symptoms on at least two days a week for a year (chronic-persistent).
    pub persistent: bool,
    /// Symptoms harm sleep, energy or daily life (clinically significant).
    pub affects_life: bool,
    pub urgent: Vec<FlagMatch>,
    pub soon: Vec<FlagMatch>,
    /// Causes ranked by evidence grade, then by how many answers support them.
    /// Holds only `NoIdentifiableCause` when nothing else applies.
    pub causes: Vec<CauseMatch>,
    /// Background reading for anyone who wants it, minus what is already
    /// among the causes (see `BACKGROUND_READING`).
    pub background: Vec<CauseId>,
    /// Tests to ask about, merged across causes in ranking order, no repeats.
    pub tests: Vec<TestId>,
}

impl Report {
    /// Whether nothing beyond "no identifiable cause" was found.
    pub fn no_cause_found(&self) -> bool {
        matches!(self.causes.as_slice(), [only] if only.id == CauseId::NoIdentifiableCause)
    }
}

/// Builds the report for a set of answers. Unanswered questions count as "not said".
pub fn evaluate(answers: &Answers) -> Report {
    let mimics = mimics(answers);
    let verdict = verdict(answers, !mimics.is_empty());

    let mut urgent = Vec::new();
    let mut soon = Vec::new();
    for flag in RED_FLAGS {
        if let Some(because) = flag.rule.evidence(answers) {
            let m = FlagMatch {
                id: flag.id,
                because,
            };
            match flag.urgency {
                Urgency::Urgent => urgent.push(m),
                Urgency::Soon => soon.push(m),
            }
        }
    }

    let mut causes = Vec::new();
    for cause in CAUSES.iter().filter(|c| c.grade != Grade::Background) {
        let Trigger::Rule(rule) = cause.trigger else {
            continue;
        };
        if let Some(because) = rule.evidence(answers) {
            causes.push(CauseMatch {
                id: cause.id,
                grade: cause.grade,
                because,
            });
        }
    }
    // Stronger evidence grade first, then more supporting answers; equals
    // keep catalogue order. An insertion sort: stable, ample for a few dozen
    // causes, and much smaller in the wasm module than the library's sort.
    let rank = |m: &CauseMatch| (m.grade, std::cmp::Reverse(m.because.len()));
    for i in 1..causes.len() {
        let mut j = i;
        while j > 0 && rank(&causes[j - 1]) > rank(&causes[j]) {
            causes.swap(j - 1, j);
            j -= 1;
        }
    }
    if causes.is_empty() {
        if let Some(none) = CAUSES.iter().find(|c| c.trigger == Trigger::NothingElse) {
            causes.push(CauseMatch {
                id: none.id,
                grade: none.grade,
                because: Vec::new(),
            });
        }
    }

    let background = BACKGROUND_READING
        .iter()
        .copied()
        .filter(|id| !causes.iter().any(|m| m.id == *id))
        .collect();

    let mut tests = Vec::new();
    for m in &causes {
        if let Some(cause) = crate::causes::cause(m.id) {
            for t in cause.tests {
                if !tests.contains(t) {
                    tests.push(*t);
                }
            }
        }
    }

    Report {
        verdict,
        mimics,
        persistent: answers.said(QuestionId::Frequency, Opt::Persistent),
        affects_life: [Opt::PoorSleep, Opt::DaytimeTired, Opt::DailyLife]
            .iter()
            .any(|o| answers.said(QuestionId::Impact, *o)),
        urgent,
        soon,
        causes,
        background,
        tests,
    }
}

/// The look-alikes the report can name, each with the question that shows
/// it; their explanations are the `mimic.<option>` texts. A known nerve
/// condition is a look-alike too, unless numbness or burning already is.
pub const MIMICS: &[(QuestionId, Opt)] = &[
    (QuestionId::Mimics, Opt::Cramps),
    (QuestionId::Mimics, Opt::Positional),
    (QuestionId::Mimics, Opt::JointPain),
    (QuestionId::Mimics, Opt::NumbBurning),
    (QuestionId::Mimics, Opt::WholeBodyNewMedicine),
    (QuestionId::Mimics, Opt::WalkingPain),
    (QuestionId::NerveSleepVein, Opt::Neuropathy),
];

fn mimics(answers: &Answers) -> Vec<Opt> {
    let mut found: Vec<Opt> = Vec::new();
    for (q, o) in MIMICS {
        let same_as_numbness = *o == Opt::Neuropathy && found.contains(&Opt::NumbBurning);
        if answers.said(*q, *o) && !same_as_numbness {
            found.push(*o);
        }
    }
    found
}

fn verdict(answers: &Answers, has_mimic: bool) -> Verdict {
    let yes = CORE_FEATURES
        .iter()
        .filter(|q| answers.said(**q, Opt::Yes))
        .count();
    if answers.said(QuestionId::Urge, Opt::No) || yes <= 1 {
        Verdict::DoesNotFit
    } else if yes == CORE_FEATURES.len() && !has_mimic {
        Verdict::Fits
    } else {
        Verdict::PartlyFits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::questions::{question, QuestionId as Q};
    use crate::testkit::person;

    /// What a scenario must show: the verdict, the first causes in order,
    /// and exactly these warning signs.
    struct Expect<'a> {
        verdict: Verdict,
        top: &'a [CauseId],
        urgent: &'a [FlagId],
        soon: &'a [FlagId],
    }

    fn check(answers: &Answers, expect: Expect) {
        let r = evaluate(answers);
        assert_eq!(r.verdict, expect.verdict, "verdict");
        let ids: Vec<CauseId> = r.causes.iter().map(|m| m.id).collect();
        assert!(
            ids.starts_with(expect.top),
            "top causes: expected {:?} first, got {ids:?}",
            expect.top
        );
        let urgent: Vec<FlagId> = r.urgent.iter().map(|m| m.id).collect();
        let soon: Vec<FlagId> = r.soon.iter().map(|m| m.id).collect();
        assert_eq!(urgent, expect.urgent, "urgent flags");
        assert_eq!(soon, expect.soon, "soon flags");
    }

    #[test]
    fn iron_deficiency_with_heavy_periods() {
        let mut a = person(&[(Q::Blood, &[Opt::HeavyPeriods, Opt::Anaemia])]);
        a.set(Q::Ferritin, Answer::Number(18));
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::IronDeficiency],
                urgent: &[],
                soon: &[],
            },
        );
        let r = evaluate(&a);
        assert_eq!(r.causes[0].because.len(), 3, "{:?}", r.causes[0].because);
        assert!(r
            .tests
            .starts_with(&[TestId::Ferritin, TestId::TransferrinSaturation]));
    }

    #[test]
    fn third_trimester_pregnancy() {
        let a = person(&[
            (Q::Pregnant, &[Opt::Yes]),
            (Q::Trimester, &[Opt::ThirdTrimester]),
        ]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                // Pregnancy also points to iron, and both are strong: iron comes
                // first in the catalogue, and both rest on one answer.
                top: &[CauseId::IronDeficiency, CauseId::Pregnancy],
                urgent: &[],
                soon: &[FlagId::Pregnancy],
            },
        );
    }

    #[test]
    fn dialysis() {
        let a = person(&[(Q::Conditions, &[Opt::Dialysis, Opt::Diabetes])]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::KidneyDisease],
                urgent: &[],
                soon: &[],
            },
        );
        let ids: Vec<CauseId> = evaluate(&a).causes.iter().map(|m| m.id).collect();
        assert!(ids.contains(&CauseId::Diabetes) && ids.contains(&CauseId::Neuropathy));
    }

    #[test]
    fn symptoms_after_starting_mirtazapine() {
        let a = person(&[
            (Q::MindMedicines, &[Opt::Mirtazapine]),
            (Q::MedicineTiming, &[Opt::Yes]),
        ]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::Medicines],
                urgent: &[],
                soon: &[FlagId::NewMedicine],
            },
        );
    }

    #[test]
    fn bupropion_alone_is_not_a_medicine_cause() {
        let a = person(&[(Q::MindMedicines, &[Opt::Bupropion])]);
        assert!(evaluate(&a).no_cause_found());
    }

    #[test]
    fn dopamine_agonist_augmentation() {
        let a = person(&[
            (Q::OtherMedicines, &[Opt::DopamineDrug]),
            (Q::DopamineChanges, &[Opt::StartsEarlier, Opt::Spread]),
        ]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::Augmentation],
                urgent: &[],
                soon: &[FlagId::DopamineWorsening],
            },
        );
    }

    #[test]
    fn cramps_only_is_not_called_rls() {
        let a = person(&[
            (Q::Urge, &[Opt::No]),
            (Q::RestWorse, &[Opt::Yes]),
            (Q::MovementEases, &[Opt::Yes]),
            (Q::EveningWorse, &[Opt::Yes]),
            (Q::Mimics, &[Opt::Cramps]),
        ]);
        check(
            &a,
            Expect {
                verdict: Verdict::DoesNotFit,
                top: &[CauseId::NoIdentifiableCause],
                urgent: &[],
                soon: &[],
            },
        );
        assert_eq!(evaluate(&a).mimics, vec![Opt::Cramps]);
    }

    #[test]
    fn all_four_features_with_cramps_only_partly_fits() {
        let a = person(&[(Q::Mimics, &[Opt::Cramps])]);
        assert_eq!(evaluate(&a).verdict, Verdict::PartlyFits);
    }

    #[test]
    fn sudden_onset_with_back_pain_and_bladder_problems_is_urgent() {
        let a = person(&[(
            Q::WarningSigns,
            &[Opt::SuddenOnset, Opt::BackPain, Opt::BladderBowel],
        )]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::NoIdentifiableCause],
                urgent: &[FlagId::SpinalCord],
                soon: &[],
            },
        );
    }

    #[test]
    fn swollen_calf_and_self_harm_thoughts_are_urgent() {
        let a = person(&[
            (Q::WarningSigns, &[Opt::SwollenCalf, Opt::OneLeg]),
            (Q::SelfHarm, &[Opt::Yes]),
        ]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::NoIdentifiableCause],
                urgent: &[FlagId::BloodClot, FlagId::SelfHarm],
                soon: &[FlagId::OneSidedOrNumb],
            },
        );
    }

    #[test]
    fn no_cause_found() {
        let a = person(&[]);
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::NoIdentifiableCause],
                urgent: &[],
                soon: &[],
            },
        );
        let r = evaluate(&a);
        assert!(r.no_cause_found() && r.persistent && r.affects_life);
        assert_eq!(
            r.tests,
            vec![
                TestId::FullBloodCount,
                TestId::Ferritin,
                TestId::TransferrinSaturation
            ]
        );
    }

    #[test]
    fn walking_pain_is_a_look_alike_and_a_reason_to_see_a_doctor() {
        let a = person(&[
            (Q::Urge, &[Opt::NotSure]),
            (Q::MovementEases, &[Opt::No]),
            (Q::Mimics, &[Opt::WalkingPain]),
        ]);
        check(
            &a,
            Expect {
                verdict: Verdict::PartlyFits,
                top: &[CauseId::NoIdentifiableCause],
                urgent: &[],
                soon: &[FlagId::WalkingPain],
            },
        );
    }

    #[test]
    fn many_causes_are_ranked_by_grade_then_evidence_then_catalogue_order() {
        let a = person(&[
            (Q::Family, &[Opt::Yes]),
            (
                Q::Blood,
                &[Opt::LowIron, Opt::HeavyPeriods, Opt::BloodDonor],
            ),
            (Q::Diet, &[Opt::Vegetarian, Opt::NoDairy, Opt::Refined]),
            (Q::Nutrients, &[Opt::LowB12, Opt::LowMagnesium]),
            (Q::Pregnant, &[Opt::Yes]),
            (Q::Trimester, &[Opt::ThirdTrimester]),
            (
                Q::Conditions,
                &[Opt::KidneyDisease, Opt::Diabetes, Opt::Thyroid, Opt::Celiac],
            ),
            (
                Q::NerveSleepVein,
                &[Opt::Neuropathy, Opt::SleepApnoea, Opt::VaricoseVeins],
            ),
            (Q::MindMedicines, &[Opt::Mirtazapine, Opt::SsriSnri]),
            (
                Q::OtherMedicines,
                &[Opt::SedatingAntihistamine, Opt::Metformin],
            ),
            (Q::Lifestyle, &[Opt::LateCaffeine, Opt::Smoking]),
        ]);
        let causes = evaluate(&a).causes;
        assert!(
            causes.len() >= 10,
            "only {} causes: the ranking is hardly tested",
            causes.len()
        );
        let place = |id: CauseId| CAUSES.iter().position(|c| c.id == id);
        for pair in causes.windows(2) {
            let (x, y) = (&pair[0], &pair[1]);
            let (rx, ry) = (
                (x.grade, std::cmp::Reverse(x.because.len())),
                (y.grade, std::cmp::Reverse(y.because.len())),
            );
            assert!(
                rx < ry || (rx == ry && place(x.id) < place(y.id)),
                "{:?} before {:?}",
                x.id,
                y.id
            );
        }
    }

    #[test]
    fn celiac_with_low_iron_ranks_iron_first_and_cites_both_answers() {
        let a = person(&[
            (Q::Blood, &[Opt::LowIron]),
            (Q::Conditions, &[Opt::Celiac]),
            (
                Q::Lifestyle,
                &[Opt::LateCaffeine, Opt::EveningAlcohol, Opt::ShortSleep],
            ),
        ]);
        // Strong before moderate, even though lifestyle has three answers.
        check(
            &a,
            Expect {
                verdict: Verdict::Fits,
                top: &[CauseId::IronDeficiency, CauseId::Lifestyle, CauseId::Celiac],
                urgent: &[],
                soon: &[],
            },
        );
        let iron = &evaluate(&a).causes[0];
        assert_eq!(iron.because.len(), 2);
    }

    #[test]
    fn every_look_alike_option_of_the_mimics_question_is_named() {
        let listed: Vec<Opt> = MIMICS.iter().map(|(_, o)| *o).collect();
        for o in question(QuestionId::Mimics).options() {
            assert!(
                o == Opt::NoneOfThese || listed.contains(&o),
                "{o:?} is never named"
            );
        }
        for (q, o) in MIMICS {
            assert!(question(*q).offers(*o), "{q:?} does not offer {o:?}");
        }
    }

    #[test]
    fn background_reading_is_offered_unless_it_is_already_a_cause() {
        let none = evaluate(&person(&[]));
        assert_eq!(
            none.background,
            vec![CauseId::DopamineImbalance, CauseId::Heredity]
        );
        let family = evaluate(&person(&[(Q::Family, &[Opt::Yes])]));
        assert!(family.causes.iter().any(|m| m.id == CauseId::Heredity));
        assert_eq!(family.background, vec![CauseId::DopamineImbalance]);
    }

    #[test]
    fn tests_are_merged_without_repeats() {
        let a = person(&[
            (Q::Blood, &[Opt::LowIron]),
            (Q::Conditions, &[Opt::KidneyDisease]),
        ]);
        let tests = evaluate(&a).tests;
        let mut unique = tests.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), tests.len(), "{tests:?}");
        assert!(tests.contains(&TestId::KidneyFunction));
    }
}
