//! How the answers compare with the pattern doctors use to recognise
//! restless legs (the IRLSSG criteria): the verdict, the five criteria, and
//! the look-alike conditions that could explain the symptoms instead.

use crate::answers::Answers;
use crate::questions::{Opt, QuestionId};

keyed_ids! {
    /// How the answers compare with the pattern doctors use to recognise RLS.
    Verdict {
        /// All four symptom features, and nothing else reported that could explain them.
        Fits = "verdict.fits",
        /// Some of the features, or all four together with a possible look-alike.
        PartlyFits = "verdict.partly",
        /// A symptom feature was answered "Not sure" (or not at all): the check
        /// cannot say either way.
        Unclear = "verdict.unclear",
        /// No urge to move, or at most one of the features.
        DoesNotFit = "verdict.not",
    }
}

impl Verdict {
    /// Whether the results show restless legs causes for this verdict.
    /// "Does not fit" shows what the look-alikes need instead.
    pub const fn shows_causes(self) -> bool {
        !matches!(self, Verdict::DoesNotFit)
    }
}

keyed_ids! {
    /// Whether one of the five criteria is met, as far as the answers show.
    Mark {
        Met = "mark.met",
        NotMet = "mark.not_met",
        NotKnown = "mark.not_known",
    }
}

/// The four symptom features of the IRLSSG criteria, in the order asked.
pub const CORE_FEATURES: [QuestionId; 4] = [
    QuestionId::Urge,
    QuestionId::RestWorse,
    QuestionId::MovementEases,
    QuestionId::EveningWorse,
];

/// The five criteria, in the IRLSSG order: the four features, then "not
/// explained by something else". Their texts are `criterion.<n>`.
pub const CRITERIA: usize = 5;

/// The look-alikes the report can name, each with the question that shows
/// it; their texts are `mimic.<option>` (what it is) and
/// `mimic.<option>.todo` (what it usually needs). A known nerve condition
/// is a look-alike too, unless numbness or burning already is.
pub const MIMICS: &[(QuestionId, Opt)] = &[
    (QuestionId::Mimics, Opt::Cramps),
    (QuestionId::Mimics, Opt::Positional),
    (QuestionId::Mimics, Opt::JointPain),
    (QuestionId::Mimics, Opt::MuscleAches),
    (QuestionId::Mimics, Opt::NumbBurning),
    (QuestionId::Mimics, Opt::LegSwelling),
    (QuestionId::Mimics, Opt::FootTapping),
    (QuestionId::Mimics, Opt::WholeBodyNewMedicine),
    (QuestionId::Mimics, Opt::WalkingPain),
    (QuestionId::NerveSleepVein, Opt::Neuropathy),
];

pub(super) fn mimics(answers: &Answers) -> Vec<Opt> {
    let mut found: Vec<Opt> = Vec::new();
    for (q, o) in MIMICS {
        let same_as_numbness = *o == Opt::Neuropathy && found.contains(&Opt::NumbBurning);
        if answers.said(*q, *o) && !same_as_numbness {
            found.push(*o);
        }
    }
    found
}

pub(super) fn criteria(answers: &Answers, mimics: &[Opt]) -> [Mark; CRITERIA] {
    let feature = |q: QuestionId| {
        if answers.said(q, Opt::Yes) {
            Mark::Met
        } else if answers.said(q, Opt::No) {
            Mark::NotMet
        } else {
            Mark::NotKnown
        }
    };
    let explained = if !mimics.is_empty() {
        Mark::NotMet
    } else if answers.get(QuestionId::Mimics).is_some() {
        Mark::Met
    } else {
        Mark::NotKnown
    };
    [
        feature(CORE_FEATURES[0]),
        feature(CORE_FEATURES[1]),
        feature(CORE_FEATURES[2]),
        feature(CORE_FEATURES[3]),
        explained,
    ]
}

/// No urge to move rules RLS out whatever else was said; otherwise any
/// feature not known makes the verdict unclear rather than a guess.
pub(super) fn verdict(answers: &Answers, has_mimic: bool) -> Verdict {
    if answers.said(QuestionId::Urge, Opt::No) {
        return Verdict::DoesNotFit;
    }
    let yes = CORE_FEATURES
        .iter()
        .filter(|q| answers.said(**q, Opt::Yes))
        .count();
    let no = CORE_FEATURES
        .iter()
        .filter(|q| answers.said(**q, Opt::No))
        .count();
    let unknown = CORE_FEATURES.len() - yes - no;
    if yes + unknown <= 1 {
        // Even if every unknown were a yes, it could not fit.
        Verdict::DoesNotFit
    } else if unknown > 0 {
        Verdict::Unclear
    } else if yes <= 1 {
        Verdict::DoesNotFit
    } else if yes == CORE_FEATURES.len() && !has_mimic {
        Verdict::Fits
    } else {
        Verdict::PartlyFits
    }
}
