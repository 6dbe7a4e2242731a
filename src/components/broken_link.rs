//! The page for a share link that cannot be read: one calm message, the
//! reason in plain words, and a way to start one's own check.

use screening::{Locale, ShareLinkError, Ui};
use yew::prelude::*;

pub fn broken_link_page(t: Locale, error: ShareLinkError, on_start: &Callback<()>) -> Html {
    let onclick = on_start.reform(|_: MouseEvent| ());
    html! {
        <>
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::BrokenHeading) }</h1>
            <p class="rls-body">{ t.share_link_error(&error) }</p>
            <p class="rls-body">{ t.ui(Ui::BrokenIntro) }</p>
            <button type="button" class="rls-button" {onclick}>{ t.ui(Ui::SharedOwn) }</button>
        </>
    }
}
