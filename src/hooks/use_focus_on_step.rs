//! Moving focus to a new page's heading, or to the error summary.

use crate::browser;
use screening::{FieldError, Step};
use yew::prelude::*;

/// Moves focus inside `root` to the new heading (or the error summary) when
/// the step or the error changes: only after the person has acted, never on
/// page load, so an embedding page does not jump; and not on a language
/// switch.
#[hook]
pub fn use_focus_on_step(root: NodeRef, step: Step, error: Option<FieldError>) {
    let first = use_mut_ref(|| true);
    use_effect_with((step, error), move |(_, error)| {
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
