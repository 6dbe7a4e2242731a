//! Reporting the content's height to the page around the embed script's
//! frame, so the frame can fit it.

use crate::browser;
use yew::prelude::*;

/// Posts the height of `root`'s element to `origin` whenever it changes,
/// while there is an origin (the host asked for `fit=content` and the
/// browser confirmed the parent); nothing is posted without one.
#[hook]
pub fn use_height_report(root: NodeRef, origin: Option<String>) {
    use_effect_with(origin, move |origin| {
        let observer = origin.as_deref().and_then(|origin| {
            root.cast::<web_sys::Element>()
                .and_then(|el| browser::report_height(&el, origin))
        });
        move || drop(observer)
    });
}
