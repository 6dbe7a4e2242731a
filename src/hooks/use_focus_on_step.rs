//! What a change of page does besides drawing it: moving focus to the new
//! page's heading or to the error summary, and telling the console why a
//! share link could not be opened.

use crate::browser;
use screening::{FieldError, Step};
use yew::prelude::*;

/// Moves focus inside `root` to the new heading (or the error summary) when
/// the step or the error changes: only after the person has acted, never on
/// page load, so an embedding page does not jump; and not on a language
/// switch. A broken share link is reported in the console, page load
/// included. (One effect for both: each effect adds its own copy of Yew's
/// effect code to the wasm module, about 250 B gzip.)
#[hook]
pub fn use_focus_on_step(root: NodeRef, step: Step, error: Option<FieldError>) {
    let first = use_mut_ref(|| true);
    use_effect_with((step, error), move |(step, error)| {
        if let Step::BrokenLink(e) = step {
            browser::warn(&format!("The share link could not be opened: {e}"));
        }
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Some(root) = root.cast::<web_sys::Element>() {
            let target = if error.is_some() {
                "rls-error-summary"
            } else {
                "rls-heading"
            };
            browser::focus(&root, target);
        }
    });
}
