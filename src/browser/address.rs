//! The address bar: the fragment that names a step or holds a share link,
//! the page's own address and its query. Steps are written with the
//! History API, which fires no event, so the app never hears its own echo.

use super::dom::window;
use super::frame::is_framed;
use wasm_bindgen::{closure::Closure, JsCast};

/// The current fragment of the address, with its `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts `fragment` in the address bar, as a new history entry or (`replace`)
/// in place of the current one, unless it is there already. The History API
/// fires no `hashchange` for this, so the app never hears its own echo.
/// In a frame every step replaces the last: an entry added in a frame
/// lengthens the host page's `history.length`, which would count the steps.
pub fn show_fragment(target: &str, replace: bool) {
    let replace = replace || is_framed();
    if fragment() == target {
        return;
    }
    let Some(w) = window() else { return };
    let (Ok(href), Ok(history)) = (w.location().href(), w.history()) else {
        return;
    };
    // In full: a bare `#…` would resolve against the page's `<base href>`,
    // which drops `index.html` and the settings in the query.
    let page = href.split('#').next().unwrap_or_default();
    let url = [page, target].concat();
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}

/// As `show_fragment`, as a new entry, once the browser has painted the page
/// it names: writing a history entry sets the browser to its own
/// bookkeeping, which on a slow machine would hold back the frame that shows
/// the new question. `still_wanted` is asked then, so that a later step, or
/// a Back press in between, wins.
pub fn show_fragment_after_paint(
    target: String,
    still_wanted: impl FnOnce(&str) -> bool + 'static,
) {
    let Some(w) = window() else { return };
    let after_frame = Closure::once_into_js(move || {
        super::dom::later(move || {
            if still_wanted(&target) {
                show_fragment(&target, false);
            }
        });
    });
    let _ = w.request_animation_frame(after_frame.unchecked_ref());
}

/// Removes a share link (`#rls=…`) from the host page's address, keeping
/// the page and its query, without a new history entry or a reload.
pub fn clear_share_fragment() {
    let Some(w) = window() else { return };
    let l = w.location();
    if !screening::Step::is_share_fragment(&l.hash().unwrap_or_default()) {
        return;
    }
    let (Ok(path), Ok(query), Ok(history)) = (l.pathname(), l.search(), w.history()) else {
        return;
    };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&(path + &query)));
}

/// Takes a share link (`#rls=…`) out of the address, if there is one there.
pub fn take_share_fragment() -> Option<String> {
    let fragment = fragment();
    screening::Step::is_share_fragment(&fragment).then(|| {
        clear_share_fragment();
        fragment
    })
}

/// The page's own address without its query or fragment: the default
/// share base, so settings and tracking ids in the query never reach a link.
pub fn own_page() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The page's origin.
pub fn own_origin() -> Option<String> {
    window()?.location().origin().ok()
}

/// The query string of the page, for configuration.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}
