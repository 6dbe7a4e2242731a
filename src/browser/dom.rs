//! The window, the document and the navigator, each `None` where the page
//! has none, a feature test that never throws, and lookups inside the
//! widget's own tree.

use wasm_bindgen::JsCast;

pub(super) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub(super) fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub(super) fn navigator() -> Option<web_sys::Navigator> {
    window().map(|w| w.navigator())
}

/// Runs `f` in a task of its own, after whatever the browser has queued
/// (a zero-delay timeout); dropped where the page has no window.
pub fn later(f: impl FnOnce() + 'static) {
    if let Some(w) = window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.set_timeout_with_callback(f.unchecked_ref());
    }
}

/// Whether `object` has a property `name` (a feature test that never throws).
pub(super) fn has(object: &wasm_bindgen::JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

/// The element with `id` inside `root`. The search starts at the widget's
/// root because, mounted inline, the widget lives in a shadow root that
/// `document.getElementById` cannot see.
pub(super) fn find<T: JsCast>(root: &web_sys::Element, id: &str) -> Option<T> {
    root.query_selector(&["#", id].concat())
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<T>().ok())
}
