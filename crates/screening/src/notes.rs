//! Calm notes: things a person should know that are neither a warning sign
//! nor a cause, such as what to do while pregnant, that gabapentin treats
//! restless legs, or that going back to an old opioid dose is dangerous.
//!
//! Notes are shown whatever the verdict, after the warning signs. Words
//! live in the locale tables as `note.<key>`; `report` evaluates the rules.

use crate::causes::{FERRITIN_CONSIDER_AT_MOST, FERRITIN_DIALYSIS_BELOW, ON_DIALYSIS};
use crate::questions::Cond::{self, All, AtLeast, Not, Said};
use crate::questions::{Opt, QuestionId as Q};

keyed_ids! {
    /// A note's id; its text is `note.<key>`.
    NoteId {
        WithdrawalSafety = "withdrawal",
        Pregnancy = "pregnancy",
        LatePregnancy = "late_pregnancy",
        AfterBirth = "after_birth",
        Gabapentinoid = "gabapentin",
        Bupropion = "bupropion",
        FerritinHigh = "ferritin_high",
        EarlyOnset = "early_onset",
    }
}

/// One entry of the notes catalogue.
#[derive(Clone, Copy, Debug)]
pub struct Note {
    pub id: NoteId,
    pub rule: Cond,
    /// Shown only with results that show restless legs causes: it speaks of
    /// restless legs (a high ferritin, an early start), which would claim
    /// too much for answers that do not fit.
    pub about_rls: bool,
}

/// The notes catalogue, in the order they are shown.
pub static NOTES: &[Note] = &[
    Note {
        id: NoteId::WithdrawalSafety,
        about_rls: false,
        rule: Cond::Any(&[
            Said(Q::Withdrawal, Opt::Yes),
            Said(Q::Withdrawal, Opt::NotSure),
        ]),
    },
    Note {
        id: NoteId::Pregnancy,
        about_rls: false,
        rule: Said(Q::Pregnant, Opt::Yes),
    },
    Note {
        id: NoteId::LatePregnancy,
        about_rls: true,
        rule: Said(Q::Trimester, Opt::ThirdTrimester),
    },
    Note {
        id: NoteId::AfterBirth,
        about_rls: true,
        rule: Said(Q::Pregnant, Opt::GaveBirth),
    },
    Note {
        id: NoteId::Gabapentinoid,
        about_rls: false,
        rule: Said(Q::MindMedicines, Opt::Gabapentinoid),
    },
    Note {
        id: NoteId::Bupropion,
        about_rls: false,
        rule: Said(Q::MindMedicines, Opt::Bupropion),
    },
    Note {
        id: NoteId::FerritinHigh,
        about_rls: true,
        rule: Cond::Any(&[
            All(&[
                AtLeast(Q::Ferritin, FERRITIN_CONSIDER_AT_MOST + 1),
                Not(&ON_DIALYSIS),
            ]),
            All(&[AtLeast(Q::Ferritin, FERRITIN_DIALYSIS_BELOW), ON_DIALYSIS]),
        ]),
    },
    Note {
        id: NoteId::EarlyOnset,
        about_rls: true,
        rule: All(&[
            Said(Q::OnsetAge, Opt::Under45),
            Not(&Said(Q::Family, Opt::Yes)),
        ]),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_note_id_has_one_entry_in_order() {
        let ids: Vec<NoteId> = NOTES.iter().map(|n| n.id).collect();
        assert_eq!(ids, NoteId::ALL);
    }
}
