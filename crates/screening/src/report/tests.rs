//! What the report makes of whole people: scenarios from the clinical
//! reference, the verdict's edge cases, warning signs beside causes, the
//! ranking, and today's reading of the frozen share links.

use super::*;
use crate::answers::Answer;
use crate::questions::{question, QuestionId as Q};
use crate::testkit::{given, person, witness};

/// What a scenario must show: the verdict, the first causes in order,
/// and exactly these warning signs at each level.
struct Expect<'a> {
    verdict: Verdict,
    top: &'a [CauseId],
    emergency: &'a [FlagId],
    today: &'a [FlagId],
    soon: &'a [FlagId],
}

const CALM: Expect<'static> = Expect {
    verdict: Verdict::Fits,
    top: &[],
    emergency: &[],
    today: &[],
    soon: &[],
};

fn check(answers: &Answers, expect: Expect) -> Report {
    let r = evaluate(answers);
    assert_eq!(r.verdict, expect.verdict, "verdict");
    let ids: Vec<CauseId> = r.causes.iter().map(|m| m.id).collect();
    assert!(
        ids.starts_with(expect.top),
        "top causes: expected {:?} first, got {ids:?}",
        expect.top
    );
    for (level, want) in [
        (Level::Emergency, expect.emergency),
        (Level::Today, expect.today),
        (Level::Soon, expect.soon),
    ] {
        let got: Vec<FlagId> = r.at_level(level).map(|m| m.id).collect();
        assert_eq!(got, want, "{level:?} flags");
    }
    r
}

/// Whether any warning sign shown names a crisis line.
fn names_a_crisis_line(r: &Report) -> bool {
    r.flags
        .iter()
        .any(|f| crate::flags::red_flag(f.id).is_some_and(|x| x.crisis))
}

fn cause_ids(r: &Report) -> Vec<CauseId> {
    r.causes.iter().map(|m| m.id).collect()
}

fn with_ferritin(mut a: Answers, n: u16) -> Answers {
    a.set(Q::Ferritin, Answer::Number(n));
    a
}

#[test]
fn iron_deficiency_with_heavy_periods() {
    let a = with_ferritin(
        person(&[(Q::Blood, &[Opt::HeavyPeriods, Opt::Anaemia])]),
        18,
    );
    let r = check(
        &a,
        Expect {
            top: &[CauseId::IronDeficiency],
            ..CALM
        },
    );
    assert_eq!(r.causes[0].because.len(), 3, "{:?}", r.causes[0].because);
    assert!(r
        .tests
        .starts_with(&[TestId::Ferritin, TestId::TransferrinSaturation]));
}

#[test]
fn third_trimester_pregnancy_is_a_calm_note_not_a_warning() {
    let a = person(&[
        (Q::Pregnant, &[Opt::Yes]),
        (Q::Trimester, &[Opt::ThirdTrimester]),
        (Q::PregnancySigns, &[Opt::NoneOfThese]),
    ]);
    let r = check(
        &a,
        Expect {
            // The stage is a second answer for pregnancy: it ranks first.
            top: &[CauseId::Pregnancy, CauseId::IronPossible],
            ..CALM
        },
    );
    assert_eq!(r.notes, vec![NoteId::Pregnancy, NoteId::LatePregnancy]);
    let pregnancy = r.causes.iter().find(|m| m.id == CauseId::Pregnancy);
    assert_eq!(
        pregnancy.map(|m| m.because.len()),
        Some(2),
        "the stage is used"
    );
}

#[test]
fn pregnant_with_a_severe_headache_and_a_swollen_face_is_an_emergency() {
    let a = person(&[
        (Q::Pregnant, &[Opt::Yes]),
        (Q::Trimester, &[Opt::ThirdTrimester]),
        (
            Q::PregnancySigns,
            &[Opt::SevereHeadache, Opt::SuddenSwelling],
        ),
    ]);
    check(
        &a,
        Expect {
            top: &[CauseId::Pregnancy, CauseId::IronPossible],
            emergency: &[FlagId::PreEclampsia],
            ..CALM
        },
    );
}

#[test]
fn two_weeks_after_birth_covers_the_weeks_after_birth() {
    let a = person(&[
        (Q::Pregnant, &[Opt::GaveBirth]),
        (Q::PregnancySigns, &[Opt::VisionChanges]),
    ]);
    let r = check(
        &a,
        Expect {
            top: &[CauseId::IronPossible, CauseId::Pregnancy],
            emergency: &[FlagId::PreEclampsia],
            ..CALM
        },
    );
    assert_eq!(r.notes, vec![NoteId::AfterBirth]);
}

#[test]
fn dialysis() {
    let a = person(&[(Q::Conditions, &[Opt::Dialysis, Opt::Diabetes])]);
    let r = check(
        &a,
        Expect {
            top: &[CauseId::KidneyDisease],
            ..CALM
        },
    );
    let ids = cause_ids(&r);
    assert!(ids.contains(&CauseId::Diabetes) && ids.contains(&CauseId::Neuropathy));
}

#[test]
fn on_dialysis_a_ferritin_below_200_is_low() {
    let dialysis = |n| with_ferritin(person(&[(Q::Conditions, &[Opt::Dialysis])]), n);
    assert!(cause_ids(&evaluate(&dialysis(150))).contains(&CauseId::IronDeficiency));
    let r = evaluate(&dialysis(250));
    assert!(!cause_ids(&r).contains(&CauseId::IronDeficiency));
    assert!(r.notes.contains(&NoteId::FerritinHigh));
    assert!(!evaluate(&dialysis(150))
        .notes
        .contains(&NoteId::FerritinHigh));
}

#[test]
fn ferritin_decides_the_iron_card_and_its_title() {
    let periods = |n| with_ferritin(person(&[(Q::Blood, &[Opt::HeavyPeriods])]), n);
    // 75 or lower: low iron.
    let low = evaluate(&periods(75));
    assert!(cause_ids(&low).contains(&CauseId::IronDeficiency));
    // 76 to 100: never titled "Low iron", even with heavy periods.
    for n in [76, 100] {
        let mid = cause_ids(&evaluate(&periods(n)));
        assert!(mid.contains(&CauseId::IronBorderline), "{n}");
        assert!(!mid.contains(&CauseId::IronDeficiency), "{n}");
    }
    // Above 100: neither card, and the note on inflammation.
    let high = evaluate(&periods(101));
    assert!(!cause_ids(&high).contains(&CauseId::IronDeficiency));
    assert!(!cause_ids(&high).contains(&CauseId::IronBorderline));
    assert_eq!(high.notes, vec![NoteId::FerritinHigh]);
    // The iron tests are still listed for everyone whose answers fit.
    assert!(high.tests.starts_with(IRON_TESTS));
}

#[test]
fn symptoms_after_starting_mirtazapine() {
    let a = person(&[
        (Q::MindMedicines, &[Opt::Mirtazapine]),
        (Q::MedicineTiming, &[Opt::Yes]),
    ]);
    let r = check(
        &a,
        Expect {
            top: &[CauseId::Medicines],
            soon: &[FlagId::NewMedicine],
            ..CALM
        },
    );
    // The medicine card covers the timing: no second card for it.
    assert!(!cause_ids(&r).contains(&CauseId::RecentMedicine));
}

#[test]
fn medicines_are_graded_one_by_one() {
    let grade_of = |opt: Opt, q: Q| {
        let r = evaluate(&person(&[(q, &[opt])]));
        r.causes
            .iter()
            .find(|m| m.id != CauseId::NoIdentifiableCause)
            .map(|m| (m.id, m.grade))
    };
    assert_eq!(
        grade_of(Opt::Mirtazapine, Q::MindMedicines),
        Some((CauseId::Medicines, Grade::Strong))
    );
    assert_eq!(
        grade_of(Opt::SedatingAntihistamine, Q::OtherMedicines),
        Some((CauseId::Medicines, Grade::Strong))
    );
    assert_eq!(
        grade_of(Opt::SsriSnri, Q::MindMedicines),
        Some((CauseId::Antidepressants, Grade::Moderate))
    );
    assert_eq!(
        grade_of(Opt::Anticonvulsant, Q::MindMedicines),
        Some((CauseId::SeizureMedicines, Grade::Limited))
    );
    assert_eq!(grade_of(Opt::Gabapentinoid, Q::MindMedicines), None);
    assert_eq!(grade_of(Opt::Bupropion, Q::MindMedicines), None);
}

#[test]
fn gabapentin_is_a_treatment_not_a_cause() {
    let r = check(
        &person(&[(Q::MindMedicines, &[Opt::Gabapentinoid])]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            ..CALM
        },
    );
    assert!(r.no_cause_found());
    assert_eq!(r.notes, vec![NoteId::Gabapentinoid]);
}

#[test]
fn bupropion_alone_is_not_a_medicine_cause() {
    let r = evaluate(&person(&[(Q::MindMedicines, &[Opt::Bupropion])]));
    assert!(r.no_cause_found());
    assert_eq!(r.notes, vec![NoteId::Bupropion]);
}

#[test]
fn dopamine_agonist_augmentation() {
    check(
        &person(&[
            (Q::OtherMedicines, &[Opt::DopamineDrug]),
            (Q::DopamineChanges, &[Opt::StartsEarlier, Opt::Spread]),
        ]),
        Expect {
            top: &[CauseId::Augmentation],
            soon: &[FlagId::DopamineWorsening],
            ..CALM
        },
    );
}

#[test]
fn parkinsons_worsening_on_levodopa_is_not_called_augmentation() {
    let r = check(
        &person(&[
            (Q::NerveSleepVein, &[Opt::Parkinsons]),
            (Q::OtherMedicines, &[Opt::DopamineDrug]),
            (Q::DopamineChanges, &[Opt::Stronger]),
        ]),
        Expect {
            top: &[CauseId::Parkinsons],
            soon: &[FlagId::DopamineParkinsons],
            ..CALM
        },
    );
    assert!(!cause_ids(&r).contains(&CauseId::Augmentation));
}

#[test]
fn stopping_an_opioid_alone_brings_the_overdose_warning_whatever_the_verdict() {
    for urge in [Opt::Yes, Opt::No] {
        let r = evaluate(&person(&[(Q::Urge, &[urge]), (Q::Withdrawal, &[Opt::Yes])]));
        assert_eq!(r.notes, vec![NoteId::WithdrawalSafety], "urge {urge:?}");
    }
}

#[test]
fn night_cramps_only_do_not_fit_and_show_no_rls_causes() {
    let a = person(&[
        (Q::Urge, &[Opt::No]),
        (Q::RestWorse, &[Opt::No]),
        (Q::MovementEases, &[Opt::Yes]),
        (Q::EveningWorse, &[Opt::Yes]),
        (Q::Mimics, &[Opt::Cramps]),
        (Q::Family, &[Opt::Yes]),
        (Q::Blood, &[Opt::HeavyPeriods]),
    ]);
    let r = check(
        &a,
        Expect {
            verdict: Verdict::DoesNotFit,
            ..CALM
        },
    );
    assert!(r.causes.is_empty(), "{:?}", r.causes);
    assert!(r.background.is_empty());
    assert!(r.tests.is_empty());
    assert!(!r.no_cause_found());
    assert_eq!(r.mimics, vec![Opt::Cramps]);
    assert_eq!(
        r.criteria,
        [
            Mark::NotMet,
            Mark::NotMet,
            Mark::Met,
            Mark::Met,
            Mark::NotMet
        ]
    );
}

#[test]
fn three_not_sure_features_are_unclear_not_a_no() {
    let a = person(&[
        (Q::RestWorse, &[Opt::NotSure]),
        (Q::MovementEases, &[Opt::NotSure]),
        (Q::EveningWorse, &[Opt::NotSure]),
    ]);
    let r = check(
        &a,
        Expect {
            verdict: Verdict::Unclear,
            top: &[CauseId::NoIdentifiableCause],
            ..CALM
        },
    );
    assert_eq!(
        r.criteria,
        [
            Mark::Met,
            Mark::NotKnown,
            Mark::NotKnown,
            Mark::NotKnown,
            Mark::Met
        ]
    );
}

#[test]
fn one_not_sure_feature_is_enough_for_unclear() {
    for q in CORE_FEATURES {
        let r = evaluate(&person(&[(q, &[Opt::NotSure])]));
        assert_eq!(r.verdict, Verdict::Unclear, "{q:?}");
    }
}

#[test]
fn no_urge_does_not_fit_even_with_other_features_unknown() {
    let a = person(&[(Q::Urge, &[Opt::No]), (Q::RestWorse, &[Opt::NotSure])]);
    assert_eq!(evaluate(&a).verdict, Verdict::DoesNotFit);
}

#[test]
fn not_sure_cannot_make_a_fit_where_even_yes_would_not() {
    // Urge not known, the other three no: even a yes could not fit.
    let a = person(&[
        (Q::Urge, &[Opt::NotSure]),
        (Q::RestWorse, &[Opt::No]),
        (Q::MovementEases, &[Opt::No]),
        (Q::EveningWorse, &[Opt::No]),
    ]);
    assert_eq!(evaluate(&a).verdict, Verdict::DoesNotFit);
    // With one yes besides, it could: unclear.
    let b = person(&[
        (Q::Urge, &[Opt::NotSure]),
        (Q::RestWorse, &[Opt::Yes]),
        (Q::MovementEases, &[Opt::No]),
        (Q::EveningWorse, &[Opt::No]),
    ]);
    assert_eq!(evaluate(&b).verdict, Verdict::Unclear);
}

#[test]
fn notes_about_restless_legs_are_left_out_when_the_answers_do_not_fit() {
    let mut a = person(&[
        (Q::Urge, &[Opt::No]),
        (Q::OnsetAge, &[Opt::Under45]),
        (Q::Withdrawal, &[Opt::NotSure]),
    ]);
    a.set(Q::Ferritin, Answer::Number(300));
    let r = evaluate(&a);
    assert_eq!(r.verdict, Verdict::DoesNotFit);
    // The safety note stays; the notes that speak of restless legs go.
    assert_eq!(r.notes, vec![NoteId::WithdrawalSafety]);
    // The same for the weeks after birth and late pregnancy: only what
    // to do while pregnant stays.
    for (stage, kept) in [
        (
            vec![(Q::Pregnant, &[Opt::GaveBirth][..])],
            Vec::<NoteId>::new(),
        ),
        (
            vec![
                (Q::Pregnant, &[Opt::Yes][..]),
                (Q::Trimester, &[Opt::ThirdTrimester][..]),
            ],
            vec![NoteId::Pregnancy],
        ),
    ] {
        let mut pairs: Vec<(Q, &[Opt])> = vec![(Q::Urge, &[Opt::No])];
        pairs.extend(stage);
        assert_eq!(evaluate(&person(&pairs)).notes, kept);
    }
}

#[test]
fn every_verdict_has_its_case() {
    let cases = [
        (person(&[]), Verdict::Fits),
        (person(&[(Q::Mimics, &[Opt::Cramps])]), Verdict::PartlyFits),
        (
            person(&[(Q::EveningWorse, &[Opt::No])]),
            Verdict::PartlyFits,
        ),
        (
            person(&[(Q::MovementEases, &[Opt::NotSure])]),
            Verdict::Unclear,
        ),
        (person(&[(Q::Urge, &[Opt::No])]), Verdict::DoesNotFit),
        (
            person(&[
                (Q::RestWorse, &[Opt::No]),
                (Q::MovementEases, &[Opt::No]),
                (Q::EveningWorse, &[Opt::No]),
            ]),
            Verdict::DoesNotFit,
        ),
    ];
    for (a, v) in cases {
        assert_eq!(evaluate(&a).verdict, v, "{}", a.to_text());
    }
}

#[test]
fn all_four_features_with_cramps_only_partly_fits() {
    let r = evaluate(&person(&[(Q::Mimics, &[Opt::Cramps])]));
    assert_eq!(r.verdict, Verdict::PartlyFits);
    assert_eq!(r.criteria[4], Mark::NotMet);
    assert!(r.tests.starts_with(IRON_TESTS));
}

#[test]
fn most_people_whose_answers_fit_are_offered_iron_tests() {
    for a in [
        person(&[]),
        person(&[(Q::Family, &[Opt::Yes])]),
        person(&[(Q::EveningWorse, &[Opt::No])]),
    ] {
        assert!(
            evaluate(&a).tests.starts_with(IRON_TESTS),
            "{}",
            a.to_text()
        );
    }
    let unclear = evaluate(&person(&[(Q::Urge, &[Opt::NotSure])]));
    assert!(!unclear.tests.contains(&TestId::TransferrinSaturation));
}

#[test]
fn heredity_needs_an_affected_relative() {
    let young = evaluate(&person(&[(Q::OnsetAge, &[Opt::Under45])]));
    assert!(!cause_ids(&young).contains(&CauseId::Heredity));
    assert_eq!(young.notes, vec![NoteId::EarlyOnset]);
    // Said no relative has it: not even as background reading.
    assert!(!young.background.contains(&CauseId::Heredity));
    let family = evaluate(&person(&[
        (Q::OnsetAge, &[Opt::Under45]),
        (Q::Family, &[Opt::Yes]),
    ]));
    assert!(cause_ids(&family).contains(&CauseId::Heredity));
    assert!(family.notes.is_empty());
}

#[test]
fn bladder_trouble_alone_is_an_emergency() {
    check(
        &person(&[(Q::WarningSigns, &[Opt::BladderBowel])]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            emergency: &[FlagId::Spinal],
            ..CALM
        },
    );
}

#[test]
fn black_stools_alone_are_a_warning_and_point_to_iron() {
    check(
        &person(&[(Q::BodySigns, &[Opt::BlackStools])]),
        Expect {
            top: &[CauseId::IronPossible],
            today: &[FlagId::BlackStools],
            ..CALM
        },
    );
}

#[test]
fn an_old_link_with_blood_or_black_stools_warns_at_the_more_urgent_level() {
    let a = Answers::from_text("urge=yes;blood=gut_bleeding").unwrap_or_default();
    let r = evaluate(&a);
    assert_eq!(
        r.at_level(Level::Today).map(|f| f.id).collect::<Vec<_>>(),
        vec![FlagId::GutBleeding]
    );
}

#[test]
fn breathless_with_a_swollen_calf_is_an_emergency() {
    check(
        &person(&[
            (Q::WarningSigns, &[Opt::SwollenCalf]),
            (Q::BodySigns, &[Opt::Breathless]),
        ]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            emergency: &[FlagId::LungClot],
            today: &[FlagId::BloodClot],
            ..CALM
        },
    );
}

#[test]
fn would_rather_not_say_to_self_harm_still_gets_crisis_advice() {
    let r = check(
        &person(&[(Q::SelfHarm, &[Opt::PreferNotToSay])]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            today: &[FlagId::SelfHarmUnsaid],
            ..CALM
        },
    );
    assert!(names_a_crisis_line(&r));
    assert!(!names_a_crisis_line(&evaluate(&person(&[]))));
}

#[test]
fn weakness_with_back_pain_is_an_emergency_and_each_alone_still_counts() {
    check(
        &person(&[(Q::WarningSigns, &[Opt::Weakness, Opt::BackPain])]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            emergency: &[FlagId::Spinal],
            ..CALM
        },
    );
    check(
        &person(&[(Q::WarningSigns, &[Opt::Weakness])]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            today: &[FlagId::Weakness],
            ..CALM
        },
    );
}

#[test]
fn warnings_are_shown_even_when_the_legs_do_not_fit() {
    let r = check(
        &person(&[
            (Q::Urge, &[Opt::No]),
            (Q::WarningSigns, &[Opt::SaddleNumbness]),
            (Q::SelfHarm, &[Opt::YesWithPlan]),
        ]),
        Expect {
            verdict: Verdict::DoesNotFit,
            emergency: &[FlagId::Spinal, FlagId::SelfHarmPlan],
            ..CALM
        },
    );
    assert!(names_a_crisis_line(&r));
}

#[test]
fn a_child_gets_no_adult_verdict_causes_or_tests() {
    let a = given(&[(Q::Age, &[Opt::Under18])]);
    assert_eq!(a.path(), vec![Q::Age]);
    let r = evaluate(&a);
    assert!(r.child);
    assert!(r.causes.is_empty() && r.tests.is_empty() && r.background.is_empty());
    assert!(r.flags.is_empty() && r.notes.is_empty());
}

#[test]
fn no_cause_found() {
    let r = check(
        &person(&[]),
        Expect {
            top: &[CauseId::NoIdentifiableCause],
            ..CALM
        },
    );
    assert!(r.no_cause_found() && r.persistent && r.affects_life);
    assert_eq!(r.tests, IRON_TESTS.to_vec());
    assert_eq!(r.criteria, [Mark::Met; CRITERIA]);
}

#[test]
fn walking_pain_is_a_look_alike_and_a_reason_to_see_a_doctor() {
    check(
        &person(&[
            (Q::MovementEases, &[Opt::No]),
            (Q::Mimics, &[Opt::WalkingPain]),
        ]),
        Expect {
            verdict: Verdict::PartlyFits,
            top: &[CauseId::NoIdentifiableCause],
            soon: &[FlagId::WalkingPain],
            ..CALM
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
        (Q::PregnancySigns, &[Opt::NoneOfThese]),
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
    // Strong before moderate before limited, whatever the answer count.
    let r = check(
        &a,
        Expect {
            top: &[
                CauseId::IronDeficiency,
                CauseId::Celiac,
                CauseId::ShortSleep,
            ],
            ..CALM
        },
    );
    assert_eq!(r.causes[0].because.len(), 2);
    let lifestyle = r.causes.iter().find(|m| m.id == CauseId::Lifestyle);
    assert_eq!(lifestyle.map(|m| m.grade), Some(Grade::Limited));
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
    let none = evaluate(&person(&[(Q::Family, &[Opt::NotSure])]));
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

#[test]
fn dopamine_is_background_not_a_cause() {
    let r = evaluate(&given(&[(Q::EveningWorse, &[Opt::Yes])]));
    assert!(r.background.contains(&CauseId::DopamineImbalance));
    assert!(!r.causes.iter().any(|m| m.id == CauseId::DopamineImbalance));
    assert!(r.no_cause_found());
}

#[test]
fn no_identifiable_cause_only_when_nothing_else_applies() {
    let shown = |pairs: &[(Q, &[Opt])]| cause_ids(&evaluate(&given(pairs)));
    assert_eq!(
        shown(&[(Q::Family, &[Opt::No])]),
        vec![CauseId::NoIdentifiableCause]
    );
    assert!(!shown(&[(Q::Family, &[Opt::Yes])]).contains(&CauseId::NoIdentifiableCause));
}

#[test]
fn every_cause_is_shown_for_its_own_witness() {
    for c in CAUSES {
        let answers = match c.trigger {
            Trigger::Rule(rule) => {
                witness(&rule).unwrap_or_else(|| panic!("no answers trigger {:?}", c.id))
            }
            Trigger::NothingElse => Answers::new(),
        };
        let report = evaluate(&answers);
        let mut all = cause_ids(&report);
        all.extend(&report.background);
        assert!(
            all.contains(&c.id),
            "{:?} not shown for its own witness",
            c.id
        );
    }
}

/// What today's rules make of the people in the frozen share links.
#[test]
fn frozen_links_under_todays_rules() {
    let file = include_str!("../share_vectors.txt");
    let expected = [
        "verdict=unclear causes=none flags=",
        "verdict=fits causes=none flags=",
        "verdict=fits causes=iron_possible flags=",
        "verdict=fits causes=pregnancy,iron_possible flags=",
        "verdict=fits causes=kidney,neuropathy,diabetes flags=",
        "verdict=fits causes=medicines flags=new_medicine",
        "verdict=fits causes=augmentation flags=dopamine",
        "verdict=not causes= flags=",
        "verdict=fits causes=none flags=spinal,sudden",
        "verdict=fits causes=none flags=clot,self_harm,one_sided",
        "verdict=fits causes=iron_possible,heredity,lifestyle,b12_folate,calcium_magnesium flags=",
    ];
    let links: Vec<&str> = file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split(" | ").next())
        .collect();
    assert!(links.len() >= expected.len());
    for (link, want) in links.iter().zip(expected) {
        let a = crate::share_link::decode(link).unwrap_or_default();
        let r = evaluate(&a);
        let got = format!(
            "verdict={} causes={} flags={}",
            r.verdict.key().trim_start_matches("verdict."),
            r.causes
                .iter()
                .map(|m| m.id.key())
                .collect::<Vec<_>>()
                .join(","),
            r.flags
                .iter()
                .map(|m| m.id.key())
                .collect::<Vec<_>>()
                .join(","),
        );
        assert_eq!(got, want, "{link}");
    }
}

#[test]
fn how_bad_and_how_often_are_asked_exactly_when_the_answers_fit_or_partly_fit() {
    // Every way of answering the four features, with and without a
    // look-alike: the severity questions are on the path exactly when the
    // verdict is "fits" or "partly fits".
    let replies = [Opt::Yes, Opt::No, Opt::NotSure];
    for i in 0..81usize {
        let pick = |k: u32| replies[i / 3usize.pow(k) % 3];
        for mimic in [Opt::NoneOfThese, Opt::Cramps] {
            let a = person(&[
                (Q::Urge, &[pick(0)]),
                (Q::RestWorse, &[pick(1)]),
                (Q::MovementEases, &[pick(2)]),
                (Q::EveningWorse, &[pick(3)]),
                (Q::Mimics, &[mimic]),
            ]);
            let fits = matches!(evaluate(&a).verdict, Verdict::Fits | Verdict::PartlyFits);
            let path = a.path();
            for q in [Q::Nights, Q::Bother, Q::SleepLost, Q::Course] {
                assert_eq!(
                    path.contains(&q),
                    fits,
                    "{q:?} with {:?}, {:?}, {:?}, {:?} and {mimic:?}",
                    pick(0),
                    pick(1),
                    pick(2),
                    pick(3)
                );
            }
        }
    }
}

#[test]
fn every_medicine_ticked_is_listed_for_review_whatever_the_verdict() {
    let a = person(&[
        (Q::Urge, &[Opt::No]),
        (Q::MindMedicines, &[Opt::SsriSnri, Opt::Gabapentinoid]),
        (Q::OtherMedicines, &[Opt::SedatingAntihistamine]),
    ]);
    let r = evaluate(&a);
    assert_eq!(r.verdict, Verdict::DoesNotFit);
    assert_eq!(
        r.medicines,
        vec![
            (Q::MindMedicines, Opt::SsriSnri),
            (Q::MindMedicines, Opt::Gabapentinoid),
            (Q::OtherMedicines, Opt::SedatingAntihistamine),
        ]
    );
    let none = person(&[(Q::OtherMedicines, &[Opt::NotSure])]);
    assert!(evaluate(&none).medicines.is_empty());
}

#[test]
fn severity_answers_get_pictures_and_a_ferritin_is_drawn_against_the_iron_levels() {
    let mut a = person(&[
        (Q::SleepLost, &[Opt::LostMore]),
        (Q::Conditions, &[Opt::Dialysis]),
    ]);
    a.set(Q::Nights, Answer::Number(5));
    a.set(Q::Ferritin, Answer::Number(150));
    let r = evaluate(&a);
    assert_eq!(
        r.severity,
        vec![
            (Q::Nights, Picture::Week(5)),
            (Q::Bother, Picture::Words),
            (Q::SleepLost, Picture::Words),
            (Q::Course, Picture::Words),
        ]
    );
    let f = r.ferritin.expect("a ferritin was entered");
    assert_eq!(
        (f.value, f.marks, f.dialysis),
        (150, &[75, 100, 200][..], true)
    );
    assert!(f.marks.iter().all(|m| *m < f.top));
    // Not asked when the answers do not fit: nothing to draw.
    let no = person(&[(Q::Urge, &[Opt::No])]);
    assert!(evaluate(&no).severity.is_empty());
    assert_eq!(evaluate(&person(&[])).ferritin, None);
}
