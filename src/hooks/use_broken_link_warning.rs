//! Telling the developer console why a share link could not be opened.

use crate::browser;
use screening::Step;
use yew::prelude::*;

/// Warns in the console when the step becomes the broken-link page; the
/// page itself explains it to the person.
#[hook]
pub fn use_broken_link_warning(step: Step) {
    use_effect_with(step, |step| {
        if let Step::BrokenLink(e) = step {
            browser::warn(&format!("The share link could not be opened: {e}"));
        }
    });
}
