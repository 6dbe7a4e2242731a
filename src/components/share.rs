//! Sharing a result: the link in a read-only box, "Copy link" with an
//! announced confirmation, and the system share sheet where there is one.
//! The copying and sharing themselves are the page's (`hooks::use_share`);
//! this part shows their status and emits the presses.

use screening::{Locale, Ui};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The id of the box that holds the link, which copying by selection
/// selects.
pub const LINK_BOX_ID: &str = "rls-share-link";

/// What the last press of "Copy link" did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// What the share section shows, and what its buttons do.
#[derive(Debug)]
pub struct Share {
    pub status: CopyState,
    /// Whether the browser offers a system share sheet.
    pub can_share: bool,
    pub on_copy: Callback<MouseEvent>,
    pub on_share: Callback<MouseEvent>,
}

pub fn share_panel(t: Locale, url: &str, share: &Share) -> Html {
    // Selecting the whole link on focus makes copying by hand one step.
    let on_focus = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlInputElement>().select();
    });
    let status = match share.status {
        CopyState::Idle => "",
        CopyState::Copied => t.ui(Ui::ShareCopied),
        CopyState::Failed => t.ui(Ui::ShareCopyFailed),
    };

    html! {
        <section class="rls-section rls-share" aria-labelledby="rls-share-title">
            <h2 class="rls-section__title" id="rls-share-title">{ t.ui(Ui::ShareHeading) }</h2>
            <p class="rls-body">{ t.ui(Ui::ShareIntro) }</p>
            <label class="rls-share__label" for={LINK_BOX_ID}>{ t.ui(Ui::ShareLabel) }</label>
            <input class="rls-share__input" id={LINK_BOX_ID} type="text" readonly=true value={url.to_string()} onfocus={on_focus} />
            <div class="rls-button-group">
                <button type="button" class="rls-button rls-button--secondary" onclick={share.on_copy.clone()}>{ t.ui(Ui::ShareCopy) }</button>
                if share.can_share {
                    <button type="button" class="rls-button rls-button--secondary" onclick={share.on_share.clone()}>{ t.ui(Ui::ShareSystem) }</button>
                }
            </div>
            <p class={classes!("rls-share__status", (share.status == CopyState::Copied).then_some("rls-share__status--done"))} role="status">{ status }</p>
        </section>
    }
}
