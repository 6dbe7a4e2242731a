//! From answers to a report: the pattern verdict and its criteria, warning
//! signs by level, calm notes, ranked causes and the merged list of tests.
//!
//! `evaluate` is a pure function of `Answers`; it returns ids and evidence, not
//! sentences, so every language renders the same report.
//!
//! How the answers compare with the pattern (the verdict, the criteria and
//! the look-alikes) is worked out in `pattern.rs`.

use crate::answers::Answers;
use crate::causes::{CauseId, Grade, TestId, Trigger, CAUSES, IRON_TESTS};
use crate::flags::{FlagId, Level, RED_FLAGS};
use crate::notes::{NoteId, NOTES};
use crate::questions::{Opt, QuestionId};
use crate::rules::Evidence;

mod pattern;
mod severity;
#[cfg(test)]
mod tests;

use pattern::{criteria, mimics, verdict};
pub use pattern::{Mark, Verdict, CORE_FEATURES, CRITERIA, MIMICS};
pub use severity::{Drawing, FerritinScale, Picture, SEVERITY};

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
    pub level: Level,
    pub because: Vec<Evidence>,
}

/// Everything the results screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The person (or the person answered for) is under 18: the check does
    /// not apply, and the results show the page for children instead.
    pub child: bool,
    pub verdict: Verdict,
    /// The five criteria, each met, not met or not known.
    pub criteria: [Mark; CRITERIA],
    /// Look-alike conditions the answers point to, in catalogue order.
    pub mimics: Vec<Opt>,
    /// Symptoms on at least two days a week for a year (chronic-persistent).
    pub persistent: bool,
    /// Symptoms harm sleep, energy or daily life (clinically significant).
    pub affects_life: bool,
    /// Warning signs, most urgent level first, catalogue order within a level.
    pub flags: Vec<FlagMatch>,
    /// Calm notes, in catalogue order.
    pub notes: Vec<NoteId>,
    /// Causes ranked by evidence grade, then by how many answers support them.
    /// Holds only `NoIdentifiableCause` when nothing else applies, and
    /// nothing at all when the verdict shows no causes.
    pub causes: Vec<CauseMatch>,
    /// Background reading for anyone who wants it, minus what is already
    /// among the causes (see `BACKGROUND_READING`).
    pub background: Vec<CauseId>,
    /// How often and how bad, for the severity questions answered.
    pub severity: Vec<(QuestionId, Picture)>,
    /// An entered ferritin, to draw against the iron levels.
    pub ferritin: Option<FerritinScale>,
    /// Every medicine ticked, for the clinician to review (prescribed or
    /// bought, whatever the verdict), in catalogue order.
    pub medicines: Vec<(QuestionId, Opt)>,
    /// The person was not sure which of the listed medicines they take.
    pub medicines_not_sure: bool,
    /// Tests to ask about: the iron tests first when the answers fit or
    /// partly fit, then each cause's in ranking order, no repeats.
    pub tests: Vec<TestId>,
}

impl Report {
    /// Whether nothing beyond "no identifiable cause" was found.
    pub fn no_cause_found(&self) -> bool {
        matches!(self.causes.as_slice(), [only] if only.id == CauseId::NoIdentifiableCause)
    }

    /// The warning signs at one level.
    pub fn at_level(&self, level: Level) -> impl Iterator<Item = &FlagMatch> {
        self.flags.iter().filter(move |f| f.level == level)
    }
}

/// The questions that list medicines.
pub const MEDICINE_QUESTIONS: [QuestionId; 2] =
    [QuestionId::MindMedicines, QuestionId::OtherMedicines];

/// Every medicine option ticked, leaving out the ways out ("None of these",
/// "Not sure").
fn medicines(answers: &Answers) -> Vec<(QuestionId, Opt)> {
    let mut out = Vec::new();
    for q in MEDICINE_QUESTIONS {
        if let crate::questions::Kind::Multi { options, .. } = crate::questions::question(q).kind {
            out.extend(
                options
                    .iter()
                    .filter(|o| answers.said(q, **o))
                    .map(|o| (q, *o)),
            );
        }
    }
    out
}

/// Whether the answers say the check is for someone under 18.
pub fn is_child(answers: &Answers) -> bool {
    answers.said(QuestionId::Age, Opt::Under18)
}

/// Builds the report for a set of answers. Unanswered questions count as "not said".
pub fn evaluate(answers: &Answers) -> Report {
    let child = is_child(answers);
    let mimics = mimics(answers);
    let criteria = criteria(answers, &mimics);
    let verdict = verdict(answers, !mimics.is_empty());

    // Warning signs are raised whatever the verdict: a sign is never
    // hidden because the legs do not fit the pattern.
    let mut flags = Vec::new();
    for level in Level::ALL {
        for flag in RED_FLAGS.iter().filter(|f| f.level == *level) {
            if let Some(because) = flag.rule.evidence(answers) {
                flags.push(FlagMatch {
                    id: flag.id,
                    level: flag.level,
                    because,
                });
            }
        }
    }
    let shows_causes = verdict.shows_causes() && !child;
    let notes = NOTES
        .iter()
        .filter(|n| n.rule.holds(answers) && (shows_causes || !n.about_rls))
        .map(|n| n.id)
        .collect();
    let mut causes = Vec::new();
    for cause in CAUSES
        .iter()
        .filter(|c| shows_causes && c.grade != Grade::Background)
    {
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
    if causes.is_empty() && shows_causes {
        if let Some(none) = CAUSES.iter().find(|c| c.trigger == Trigger::NothingElse) {
            causes.push(CauseMatch {
                id: none.id,
                grade: none.grade,
                because: Vec::new(),
            });
        }
    }

    // Heredity is background reading only for someone who did not say that
    // no relative has restless legs.
    let background = BACKGROUND_READING
        .iter()
        .copied()
        .filter(|_| shows_causes)
        .filter(|id| !causes.iter().any(|m| m.id == *id))
        .filter(|id| *id != CauseId::Heredity || !answers.said(QuestionId::Family, Opt::No))
        .collect();

    let mut tests = Vec::new();
    if matches!(verdict, Verdict::Fits | Verdict::PartlyFits) && !child {
        tests.extend(IRON_TESTS);
    }
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
        child,
        verdict,
        criteria,
        mimics,
        persistent: answers.said(QuestionId::Frequency, Opt::Persistent),
        affects_life: [Opt::PoorSleep, Opt::DaytimeTired, Opt::DailyLife]
            .iter()
            .any(|o| answers.said(QuestionId::Impact, *o)),
        flags,
        notes,
        causes,
        background,
        severity: severity::severity(answers),
        ferritin: severity::ferritin_scale(answers),
        medicines: medicines(answers),
        medicines_not_sure: MEDICINE_QUESTIONS
            .iter()
            .any(|q| answers.said(*q, Opt::NotSure)),
        tests,
    }
}
