//! Local storage: the person's answers (versioned, with a 30-day expiry
//! that `screening::saved` decides) and their choice of language. Storage
//! may be missing or refuse (sandboxed frames, private modes, a full
//! quota); then nothing is read or kept.

use super::console::warn;
use super::dom::window;

pub const STORAGE_KEY: &str = "rls-check.answers";
pub const LANG_KEY: &str = "rls-check.lang";

fn storage() -> Option<web_sys::Storage> {
    // The getter itself throws in sandboxed frames and some private modes.
    window()?.local_storage().ok().flatten()
}

fn now_ms() -> u64 {
    // Milliseconds since 1970 fit a u64 exactly; the cast only drops the
    // fraction.
    js_sys::Date::now().max(0.0) as u64
}

/// Answers saved in this browser, if there are any and they are still
/// valid. Expired or unreadable answers are removed; answers in the format
/// before versions, or with a time in the future, are written back with the
/// time corrected.
pub fn load_answers() -> Option<screening::Answers> {
    use screening::saved::{self, Saved};
    let store = storage()?;
    let text = store.get_item(STORAGE_KEY).ok().flatten()?;
    match saved::decode(&text, now_ms()) {
        Ok(Saved::Kept {
            answers,
            saved_at,
            rewrite,
        }) => {
            if rewrite {
                let _ = store.set_item(STORAGE_KEY, &saved::encode(&answers, saved_at));
            }
            Some(answers)
        }
        Ok(Saved::Expired) => {
            let _ = store.remove_item(STORAGE_KEY);
            None
        }
        Err(screening::saved::SavedProblem::UnknownVersion) => {
            // A newer build's answers stay for that build to read.
            warn("Restless legs check: saved answers from a newer version were left as they are.");
            None
        }
        Err(_) => {
            warn("Restless legs check: saved answers could not be read and were removed.");
            let _ = store.remove_item(STORAGE_KEY);
            None
        }
    }
}

pub fn save_answers(answers: &screening::Answers) {
    if let Some(s) = storage() {
        // A full quota or a refused write only means nothing is saved.
        let _ = if answers.is_empty() {
            s.remove_item(STORAGE_KEY)
        } else {
            s.set_item(STORAGE_KEY, &screening::saved::encode(answers, now_ms()))
        };
    }
}

/// Forgets the answers and the choice of language.
pub fn forget_answers() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
        let _ = s.remove_item(LANG_KEY);
    }
}

/// The language the visitor chose here before, if storage allows.
pub fn stored_locale() -> Option<screening::Locale> {
    let tag = storage()?.get_item(LANG_KEY).ok().flatten()?;
    screening::Locale::from_tag(&tag)
}

pub fn store_locale(locale: screening::Locale) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, locale.code());
    }
}
