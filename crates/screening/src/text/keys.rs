//! The list of every key the widget looks up, which the tests hold each
//! locale table to.

use super::{ErrorText, Ui};
use crate::causes::{CauseId, Grade, TestId};
use crate::flags::{FlagId, Level};
use crate::notes::NoteId;
use crate::questions::{question, Opt, QuestionId, Section, Unit, OWN_LABELS};
use crate::report::{Mark, Verdict, CRITERIA, MIMICS};

/// Every key the catalogues and the screens look up, in a stable order.
///
/// Derived from the id enums' `ALL` lists, so that a new id cannot go
/// without its words; the catalogues add only what they alone know: which
/// questions have a hint, which options have words of their own on one
/// question (`OWN_LABELS`), which look-alikes the report names (`MIMICS`)
/// and how many criteria there are.
pub fn required_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    keys.extend(Ui::ALL.iter().map(|u| u.key().to_string()));
    keys.extend(ErrorText::ALL.iter().map(|e| e.key().to_string()));
    #[cfg(feature = "page")]
    keys.extend(super::PageText::ALL.iter().map(|p| p.key().to_string()));
    for q in QuestionId::ALL {
        keys.push(format!("q.{}", q.key()));
        keys.push(format!("q.{}.short", q.key()));
        if question(*q).has_hint {
            keys.push(format!("q.{}.hint", q.key()));
        }
    }
    keys.extend(Opt::ALL.iter().map(|o| format!("opt.{}", o.key())));
    keys.extend(
        OWN_LABELS
            .iter()
            .map(|(q, o)| format!("q.{}.opt.{}", q.key(), o.key())),
    );
    keys.extend(Section::ALL.iter().map(|s| s.key().to_string()));
    keys.extend(Unit::ALL.iter().map(|u| u.key().to_string()));
    for (_, o) in MIMICS {
        keys.push(format!("mimic.{}", o.key()));
        keys.push(format!("mimic.{}.todo", o.key()));
    }
    for c in CauseId::ALL {
        for part in ["title", "why", "todo"] {
            keys.push(format!("cause.{}.{part}", c.key()));
        }
    }
    for f in FlagId::ALL {
        keys.push(format!("flag.{}.title", f.key()));
        keys.push(format!("flag.{}.todo", f.key()));
    }
    keys.extend(Level::ALL.iter().map(|l| format!("level.{}", l.key())));
    keys.extend(NoteId::ALL.iter().map(|n| format!("note.{}", n.key())));
    keys.extend((1..=CRITERIA).map(|i| format!("criterion.{i}")));
    keys.extend(Mark::ALL.iter().map(|m| m.key().to_string()));
    keys.extend(Grade::ALL.iter().map(|g| g.key().to_string()));
    keys.extend(TestId::ALL.iter().map(|t| t.key().to_string()));
    keys.extend(Verdict::ALL.iter().map(|v| v.key().to_string()));
    keys
}
