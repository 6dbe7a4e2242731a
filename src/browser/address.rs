//! The address bar: the fragment that names a step or holds a share link,
//! the page's own address and its query. Steps are written with the
//! History API, which fires no event, so the app never hears its own echo.

use super::dom::window;
use super::frame::is_framed;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The entries the widget writes after their page is painted, and what a
/// Back pressed before one was written has changed. An entry is named by
/// the fragment the address showed just before it and the depth of that
/// address's entry.
struct Steps {
    /// The entry waiting for its page to be painted.
    waiting: Option<(String, f64)>,
    /// The last entry written so, and when (ms since 1970).
    written: Option<((String, f64), f64)>,
    /// An address a Back landed on one entry too far back, and the fragment
    /// followed in its place, until the next write.
    instead: Option<(String, String)>,
}

thread_local! {
    static STEPS: RefCell<Steps> = const {
        RefCell::new(Steps { waiting: None, written: None, instead: None })
    };
}

/// How many entries the widget wrote before the current one, where the
/// widget wrote it: each entry it writes holds its depth as its state. An
/// entry made otherwise (a link or an edit of the address) holds none.
fn written_depth(history: &web_sys::History) -> Option<f64> {
    history.state().ok().and_then(|s| s.as_f64())
}

/// `written_depth`, 0 for an entry the widget did not write.
fn depth(history: &web_sys::History) -> f64 {
    written_depth(history).unwrap_or(0.0)
}

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
/// An added entry holds its depth as its state; a replaced one keeps it.
pub fn show_fragment(target: &str, replace: bool) {
    write_fragment(target, replace);
}

/// `show_fragment`, saying whether it added an entry.
fn write_fragment(target: &str, replace: bool) -> bool {
    let replace = replace || is_framed();
    let Some(w) = window() else { return false };
    let (Ok(href), Ok(history)) = (w.location().href(), w.history()) else {
        return false;
    };
    if fragment() == target {
        // The entry a visitor arrived on gets its depth too.
        if replace && written_depth(&history).is_none() {
            let _ = history.replace_state_with_url(&JsValue::from_f64(0.0), "", Some(&href));
        }
        return false;
    }
    // In full: a bare `#…` would resolve against the page's `<base href>`,
    // which drops `index.html` and the settings in the query.
    let page = href.split('#').next().unwrap_or_default();
    let url = [page, target].concat();
    let here = depth(&history);
    let state = JsValue::from_f64(if replace { here } else { here + 1.0 });
    STEPS.with(|s| s.borrow_mut().instead = None);
    if replace {
        let _ = history.replace_state_with_url(&state, "", Some(&url));
        false
    } else {
        history.push_state_with_url(&state, "", Some(&url)).is_ok()
    }
}

/// As `show_fragment`, as a new entry, once the browser has painted the page
/// it names: writing a history entry sets the browser to its own
/// bookkeeping, which on a slow machine would hold back the frame that shows
/// the new question. `still_wanted` is asked then, so that a later step, or
/// a Back press in between, wins (see `followed_fragment`); and nothing is
/// written where the address has changed in between (a link, an edit, Back,
/// of which the app may not have heard yet): that address is followed.
pub fn show_fragment_after_paint(
    target: String,
    still_wanted: impl FnOnce(&str) -> bool + 'static,
) {
    let Some(w) = window() else { return };
    let from = fragment();
    let waiting = (target != from)
        .then(|| Some((from.clone(), depth(&w.history().ok()?))))
        .flatten();
    let nothing = waiting.is_none();
    STEPS.with(|s| s.borrow_mut().waiting = waiting);
    if nothing {
        return;
    }
    let after_frame = Closure::once_into_js(move || {
        super::dom::later(move || {
            // A later step's entry, if one is waiting too, is written by
            // that step's call, which finds itself still wanted.
            if still_wanted(&target) && fragment() == from {
                let waited = STEPS.with(|s| s.borrow_mut().waiting.take());
                if write_fragment(&target, false) {
                    let at = js_sys::Date::now();
                    STEPS.with(|s| s.borrow_mut().written = waited.map(|w| (w, at)));
                }
            }
        });
    });
    let _ = w.request_animation_frame(after_frame.unchecked_ref());
}

/// How long after a step's entry is written a Back that skipped it is still
/// taken as pressed before it (ms): the browser may act on the press before
/// it hears of the entry.
const LATE_BACK_MS: f64 = 1000.0;

/// The fragment to follow once the browser has changed the address
/// (`traversed`: `popstate`, from Back, Forward or a link within the page).
/// Back pressed while the shown step's entry still waits to be written
/// leaves the entry of the step before it (current until then), and lands
/// one step too far back: the step that entry named is followed instead, so
/// Back goes back one step, as it does once the entry is written. The same
/// holds where the press was made before the entry was written but reaches
/// the page just after.
pub fn followed_fragment(traversed: bool) -> String {
    let now = fragment();
    if traversed {
        // A new entry (a link followed, the address edited) holds no depth:
        // only a return to one the widget wrote, one entry below the step
        // before the shown one, can be a Back that skipped a step.
        let here = window()
            .and_then(|w| w.history().ok())
            .and_then(|h| written_depth(&h));
        let skipped = |(_, depth): &(String, f64)| here == Some(depth - 1.0);
        STEPS.with(|s| {
            let mut s = s.borrow_mut();
            let written = s.written.take();
            let back = match (&s.waiting, written) {
                // Taken: the shown step's entry is not written after all.
                (Some(w), _) if skipped(w) => s.waiting.take(),
                (None, Some((w, at))) if skipped(&w) && js_sys::Date::now() - at < LATE_BACK_MS => {
                    Some(w)
                }
                _ => None,
            };
            s.instead = back.map(|(before, _)| (now.clone(), before));
        });
    }
    STEPS.with(|s| match &s.borrow().instead {
        Some((address, instead)) if *address == now => instead.clone(),
        _ => now,
    })
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
