//! Moving focus: to a new page's heading or error summary, to a form field
//! from the error summary, to a control that appeared. In a frame, focus
//! never scrolls the page around it: where the host page ends up would tell
//! its scripts what the frame shows (a warning panel above a heading moves
//! it). Only the frame's own document scrolls.

use super::dom::{find, window};
use super::frame::is_framed;
use wasm_bindgen::JsCast;

/// Moves focus to the element with `id` inside `root`, if it exists: a new
/// page's heading or error summary, so in a frame the frame's own document
/// goes back to its top.
pub fn focus(root: &web_sys::Element, id: &str) {
    if let Some(el) = find::<web_sys::HtmlElement>(root, id) {
        focus_element(&el, true);
    }
}

/// Moves focus to the form field with `id` inside `root` (from the error
/// summary). As GOV.UK Frontend does, the field's question is scrolled into
/// view first, so the person sees what the field asks and not a lone box:
/// the legend of the field's fieldset (a radio or a checkbox), else the
/// field's label. Then the field is focused without scrolling again.
pub fn focus_field(root: &web_sys::Element, id: &str) {
    let Some(field) = find::<web_sys::HtmlElement>(root, id) else {
        return;
    };
    let question = legend_or_label(root, &field, id).unwrap_or_else(|| field.clone().into());
    if is_framed() {
        focus_without_scrolling(&field);
        scroll_frame_to(Some(&question));
    } else {
        question.scroll_into_view();
        focus_without_scrolling(&field);
    }
}

/// The legend of the fieldset around `field`, or else the label for it.
fn legend_or_label(
    root: &web_sys::Element,
    field: &web_sys::Element,
    id: &str,
) -> Option<web_sys::Element> {
    let legend = field
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fieldset| fieldset.query_selector("legend").ok().flatten());
    legend.or_else(|| {
        root.query_selector(&["label[for='", id, "']"].concat())
            .ok()
            .flatten()
    })
}

/// Focuses `el`. Outside a frame the browser brings it into view as usual.
/// In a frame the page around it never scrolls; the frame's own document
/// scrolls to its top (`at_top`, for a new page), or to the element.
pub fn focus_element(el: &web_sys::HtmlElement, at_top: bool) {
    if !is_framed() {
        let _ = el.focus();
        return;
    }
    focus_without_scrolling(el);
    scroll_frame_to(if at_top { None } else { Some(el) });
}

fn focus_without_scrolling(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Scrolls this document (never the page around a frame) to `el`, a little
/// above it, or to the top.
fn scroll_frame_to(el: Option<&web_sys::Element>) {
    let Some(w) = window() else { return };
    let y = el.map_or(0.0, |el| {
        let scrolled = w.scroll_y().unwrap_or_default();
        (el.get_bounding_client_rect().top() + scrolled - 16.0).max(0.0)
    });
    w.scroll_to_with_x_and_y(0.0, y);
}

/// The widget's root element around an event's target.
pub fn widget_root(event: &web_sys::Event) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".rls-app")
        .ok()
        .flatten()
}
