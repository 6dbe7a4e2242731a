//! Sharing a result: the link in a read-only box, "Copy link" with an
//! announced confirmation, and the system share sheet where there is one.

use crate::browser;
use screening::{Locale, Ui};
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

const INPUT_ID: &str = "rls-share-link";

/// What the last press of "Copy link" did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// The share section. Its copy status and the link box's reference live in
/// the results page (`use_state(|| CopyState::Idle)`, `use_node_ref()`).
pub fn share_panel(
    t: Locale,
    url: &str,
    state: &UseStateHandle<CopyState>,
    input: &NodeRef,
) -> Html {
    let on_copy = {
        let state = state.clone();
        let url = url.to_string();
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let url = url.clone();
            let input = input.cast::<HtmlInputElement>();
            spawn_local(async move {
                let copied = browser::copy_to_clipboard(&url).await
                    || input.is_some_and(|i| browser::select_and_copy(&i));
                state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
            });
        })
    };
    let on_share = {
        let url = url.to_string();
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            spawn_local(async move { browser::system_share(t.ui(Ui::AppTitle), &url).await });
        })
    };
    // Selecting the whole link on focus makes copying by hand one step.
    let on_focus = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlInputElement>().select();
    });
    let status = match **state {
        CopyState::Idle => "",
        CopyState::Copied => t.ui(Ui::ShareCopied),
        CopyState::Failed => t.ui(Ui::ShareCopyFailed),
    };

    html! {
        <section class="rls-section rls-share" aria-labelledby="rls-share-title">
            <h2 class="rls-section__title" id="rls-share-title">{ t.ui(Ui::ShareHeading) }</h2>
            <p class="rls-body">{ t.ui(Ui::ShareIntro) }</p>
            <label class="rls-share__label" for={INPUT_ID}>{ t.ui(Ui::ShareLabel) }</label>
            <input class="rls-share__input" id={INPUT_ID} ref={input.clone()} type="text" readonly=true value={url.to_string()} onfocus={on_focus} />
            <div class="rls-button-group">
                <button type="button" class="rls-button rls-button--secondary" onclick={on_copy}>{ t.ui(Ui::ShareCopy) }</button>
                if browser::can_share() {
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_share}>{ t.ui(Ui::ShareSystem) }</button>
                }
            </div>
            <p class={classes!("rls-share__status", (**state == CopyState::Copied).then_some("rls-share__status--done"))} role="status">{ status }</p>
        </section>
    }
}
