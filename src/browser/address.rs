//! The address bar: the fragment that names a step or holds a share link,
//! the page's own address and its query. Steps are written with the
//! History API, which fires no event, so the app never hears its own echo.

use super::dom::window;
use super::frame::is_framed;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// A step's entry that waits for its page to be painted: which call made
/// it, the fragment the address showed when the step was drawn, and the
/// depth of that entry.
struct Waiting {
    call: u32,
    before: String,
    depth: f64,
}

thread_local! {
    static CALLS: Cell<u32> = const { Cell::new(0) };
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
    /// The last entry written once its page was painted, as it waited, and
    /// when it was written (ms since 1970).
    static WRITTEN: RefCell<Option<(Waiting, f64)>> = const { RefCell::new(None) };
    /// An address the browser went back to while a step's entry waited,
    /// and the fragment followed in its place, until the next write.
    static INSTEAD: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// How many entries the widget wrote before the current one: each entry it
/// adds holds its depth as its state (none, or another page's: 0).
fn depth(history: &web_sys::History) -> f64 {
    history.state().ok().and_then(|s| s.as_f64()).unwrap_or(0.0)
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
    if fragment() == target {
        return false;
    }
    let Some(w) = window() else { return false };
    let (Ok(href), Ok(history)) = (w.location().href(), w.history()) else {
        return false;
    };
    // In full: a bare `#…` would resolve against the page's `<base href>`,
    // which drops `index.html` and the settings in the query.
    let page = href.split('#').next().unwrap_or_default();
    let url = [page, target].concat();
    let here = depth(&history);
    let state = JsValue::from_f64(if replace { here } else { here + 1.0 });
    INSTEAD.with(|i| i.borrow_mut().take());
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
/// a Back press in between, wins (see `followed_fragment`).
pub fn show_fragment_after_paint(
    target: String,
    still_wanted: impl FnOnce(&str) -> bool + 'static,
) {
    let Some(w) = window() else { return };
    if fragment() == target {
        return;
    }
    let call = CALLS.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    if let Ok(history) = w.history() {
        let waiting = Waiting {
            call,
            before: fragment(),
            depth: depth(&history),
        };
        WAITING.with(|s| s.replace(Some(waiting)));
    }
    let after_frame = Closure::once_into_js(move || {
        super::dom::later(move || {
            let ours = WAITING.with(|s| {
                let mut s = s.borrow_mut();
                s.as_ref()
                    .is_some_and(|w| w.call == call)
                    .then(|| s.take())?
            });
            if let Some(waited) = ours.filter(|_| still_wanted(&target)) {
                if write_fragment(&target, false) {
                    WRITTEN.with(|s| s.replace(Some((waited, js_sys::Date::now()))));
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
/// (`traversed`: by Back or Forward). Back pressed while the shown step's
/// entry still waits to be written leaves the entry of the step before it
/// (current until then), and lands one step too far back: the step that
/// entry named is followed instead, so Back goes back one step, as it does
/// once the entry is written. The same holds where the press was made
/// before the entry was written but reaches the page just after.
pub fn followed_fragment(traversed: bool) -> String {
    let now = fragment();
    if traversed {
        let waiting = WAITING.with(|s| s.borrow_mut().take());
        let written = WRITTEN.with(|s| s.borrow_mut().take());
        let here = window()
            .and_then(|w| w.history().ok())
            .map_or(0.0, |h| depth(&h));
        let back = match (waiting, written) {
            (Some(w), _) if here < w.depth => Some(w.before),
            (None, Some((w, at))) if here < w.depth && js_sys::Date::now() - at < LATE_BACK_MS => {
                Some(w.before)
            }
            _ => None,
        };
        INSTEAD.with(|i| *i.borrow_mut() = back.map(|before| (now.clone(), before)));
    }
    INSTEAD.with(|i| match &*i.borrow() {
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
