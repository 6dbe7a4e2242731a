//! Taking over the start page the build prerendered into the HTML (see
//! `crate::prerender` and ARCHITECTURE.md, "Instant start"). The page shows
//! it before the module arrives; the early script marks which copy shows
//! (`<html data-rls-start>`) and notes, on that copy, the buttons the
//! visitor pressed (`data-rls-pressed`). Before the app first renders, the
//! copies are taken out of the document, keeping where focus was and what
//! was pressed; after that render, focus goes back to the same control of
//! the app's own page and each press is made again, once.

use super::dom::document;
use super::focus::focus_without_scrolling;
use wasm_bindgen::JsCast;

/// The controls that can hold focus on the start page, in document order;
/// the prerendered page and the app's own have the same ones.
const CONTROLS: &str = "button, a[href]";

/// At most this many presses are kept: a language switched back and forth
/// a few times, then Start.
const MOST_PRESSES: usize = 8;

/// What the visitor did on the prerendered start page: the control that had
/// focus and the buttons pressed, in order, each as its place among the
/// page's controls.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Takeover {
    pub focus: Option<usize>,
    pub presses: Vec<usize>,
}

/// Takes every prerendered copy out of the document and returns what the
/// visitor did on the one that was shown. Only the widget's own page has
/// copies; elsewhere this finds none and returns nothing.
pub fn take_prerendered() -> Takeover {
    let Some(doc) = document() else {
        return Takeover::default();
    };
    let shown = doc
        .document_element()
        .and_then(|html| html.get_attribute("data-rls-start"));
    let mut takeover = Takeover::default();
    while let Some(copy) = doc.query_selector("[data-rls-boot]").ok().flatten() {
        if shown.is_some() && copy.get_attribute("data-rls-boot") == shown {
            takeover = read(&copy, doc.active_element());
        }
        copy.remove();
    }
    takeover
}

fn read(copy: &web_sys::Element, active: Option<web_sys::Element>) -> Takeover {
    let controls = controls(copy);
    let focus = active.and_then(|a| controls.iter().position(|c| *c == a));
    // Written by the early script; still read as untrusted text.
    let presses = copy
        .get_attribute("data-rls-pressed")
        .unwrap_or_default()
        .split(' ')
        .filter_map(|p| p.parse::<usize>().ok())
        .filter(|p| *p < controls.len())
        .take(MOST_PRESSES)
        .collect();
    Takeover { focus, presses }
}

fn controls(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// On the app's first render: focus back on the control that had it, then
/// each press made again on the same control of the app's own page.
pub fn resume(root: &web_sys::Element, takeover: &Takeover) {
    let controls = controls(root);
    let at = |i: usize| {
        controls
            .get(i)
            .and_then(|c| c.dyn_ref::<web_sys::HtmlElement>())
    };
    if let Some(el) = takeover.focus.and_then(at) {
        focus_without_scrolling(el);
    }
    for el in takeover.presses.iter().filter_map(|p| at(*p)) {
        el.click();
    }
}
