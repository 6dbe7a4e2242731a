//! Saving the answers after every change the person makes.

use crate::browser;
use crate::hooks::use_storage_record::StorageRecord;
use screening::Answers;
use yew::prelude::*;

/// Saves `answers` when they differ from what storage holds: so not on
/// loading them, and 30 days without a change forgets them. Nothing is
/// saved unless `saves` (storage may be unavailable, or the host chose
/// memory only).
#[hook]
pub fn use_save_answers(saves: bool, answers: Answers, record: StorageRecord) {
    use_effect_with(answers, move |answers: &Answers| {
        if saves && record.differs_from(answers) {
            browser::save_answers(answers);
            record.holds(answers);
        }
    });
}
