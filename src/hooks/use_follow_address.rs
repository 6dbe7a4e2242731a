//! Following the browser's Back and Forward buttons (`popstate`) and links
//! or edits that change the fragment (`hashchange`).

use crate::browser;
use gloo::events::EventListener;
use screening::Action;
use yew::prelude::*;

/// Dispatches what the fragment asks for whenever the browser changes it
/// (`Action::from_fragment`: a share link, or, when `reads_steps`, a step;
/// the fragment is `browser::followed_fragment`'s, which keeps Back to one
/// step when it is pressed before the shown step's entry was written).
/// Inline (`!owns_address`), a share link is taken out of the host's
/// address as soon as it is read.
///
/// The renderer may yield to the browser between the first render and these
/// listeners, and a link handed over then (the embed script navigates its
/// frame as soon as it loads) changes the address with no listener yet: so
/// the address is read once more when they start. The app calls this hook
/// before `use_address_bar`, whose first run corrects the address, so the
/// new link is read before it could be overwritten.
#[hook]
pub fn use_follow_address(dispatch: Callback<Action>, reads_steps: bool, owns_address: bool) {
    // The address as the first render read it.
    let first_fragment = use_mut_ref(browser::fragment);
    use_effect_with((), move |_| {
        let follow = move |traversed: bool| {
            let fragment = browser::followed_fragment(traversed);
            if let Some(action) = Action::from_fragment(&fragment, reads_steps) {
                if !owns_address {
                    browser::clear_share_fragment();
                }
                dispatch.emit(action);
            }
        };
        let listeners: Vec<EventListener> = web_sys::window()
            .map(|w| {
                ["popstate", "hashchange"]
                    .into_iter()
                    .map(|event| {
                        let follow = follow.clone();
                        EventListener::new(&w, event, move |_| follow(event == "popstate"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if browser::fragment() != *first_fragment.borrow() {
            follow(false);
        }
        move || drop(listeners)
    });
}
