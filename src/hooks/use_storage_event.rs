//! Following another tab of the check that saved or forgot answers.

use crate::browser;
use crate::hooks::use_storage_record::StorageRecord;
use gloo::events::EventListener;
use screening::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// When another tab changes the saved answers (or clears storage), this one
/// adopts what storage now holds, so that two tabs never undo each other (a
/// tab still holding forgotten answers would save them again). Only once
/// this tab has read storage, and only where it `saves`.
#[hook]
pub fn use_storage_event(saves: bool, dispatch: Callback<Action>, record: StorageRecord) {
    use_effect_with(saves, move |saves| {
        let listener = (*saves).then(web_sys::window).flatten().map(|w| {
            EventListener::new(&w, "storage", move |event| {
                let key = event
                    .dyn_ref::<web_sys::StorageEvent>()
                    .and_then(web_sys::StorageEvent::key);
                // No key: the whole storage was cleared.
                let ours = key.as_deref().is_none_or(|k| k == browser::STORAGE_KEY);
                if !ours || !record.is_read() {
                    return;
                }
                let answers = browser::load_answers().unwrap_or_default();
                record.holds(&answers);
                dispatch.emit(Action::Adopt(answers));
            })
        });
        move || drop(listener)
    });
}
