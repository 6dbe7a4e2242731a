//! How often and how bad, as the results draw it: the severity answers
//! with the picture each gets, and an entered ferritin against the levels
//! the iron rules use.

use crate::answers::{Answer, Answers};
use crate::causes::{FERRITIN_CONSIDER_AT_MOST, FERRITIN_DIALYSIS_BELOW, FERRITIN_TREAT_AT_MOST};
use crate::questions::{Opt, QuestionId, Unit};

/// The picture beside one severity answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// Nights of a usual week with the feelings, out of 7.
    Week(u16),
    /// A rating out of 10.
    Scale(u16),
    /// Words only (a choice, or "Not sure").
    Words,
}

/// How a number answer is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawing {
    Week,
    Scale,
    Words,
}

/// The severity questions, in the order the results list them, and how a
/// number answer to each is drawn.
pub const SEVERITY: &[(QuestionId, Drawing)] = &[
    (QuestionId::Nights, Drawing::Week),
    (QuestionId::Bother, Drawing::Scale),
    (QuestionId::SleepLost, Drawing::Words),
    (QuestionId::Course, Drawing::Words),
];

pub(super) fn severity(answers: &Answers) -> Vec<(QuestionId, Picture)> {
    SEVERITY
        .iter()
        .filter_map(|(q, drawing)| {
            let picture = match (drawing, answers.get(*q)?) {
                (Drawing::Week, Answer::Number(n)) => Picture::Week(*n),
                (Drawing::Scale, Answer::Number(n)) => Picture::Scale(*n),
                _ => Picture::Words,
            };
            Some((*q, picture))
        })
        .collect()
}

/// An entered ferritin with the levels to mark beside it, on a scale from
/// 0 to `top`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FerritinScale {
    pub value: u16,
    pub marks: &'static [u16],
    pub top: u16,
    pub dialysis: bool,
    pub unit: Unit,
}

pub(super) fn ferritin_scale(answers: &Answers) -> Option<FerritinScale> {
    let Some(Answer::Number(value)) = answers.get(QuestionId::Ferritin) else {
        return None;
    };
    let dialysis = answers.said(QuestionId::Conditions, Opt::Dialysis);
    const LEVELS: &[u16] = &[FERRITIN_TREAT_AT_MOST, FERRITIN_CONSIDER_AT_MOST];
    const DIALYSIS_LEVELS: &[u16] = &[
        FERRITIN_TREAT_AT_MOST,
        FERRITIN_CONSIDER_AT_MOST,
        FERRITIN_DIALYSIS_BELOW,
    ];
    Some(if dialysis {
        FerritinScale {
            value: *value,
            marks: DIALYSIS_LEVELS,
            top: 300,
            dialysis,
            unit: Unit::NanogramsPerMillilitre,
        }
    } else {
        FerritinScale {
            value: *value,
            marks: LEVELS,
            top: 200,
            dialysis,
            unit: Unit::NanogramsPerMillilitre,
        }
    })
}
