//! The Back link at the top of a page. It has a real address (the previous
//! step's fragment) for people who open it in a new tab, and moves within
//! the widget on a click, which also works when the widget is mounted inline
//! and does not own the address bar.

use screening::{Locale, Ui};
use yew::prelude::*;

pub fn back_link(t: Locale, href: &str, on_back: &Callback<()>) -> Html {
    let onclick = on_back.reform(|e: MouseEvent| e.prevent_default());
    html! {
        <a class="rls-back-link" href={href.to_string()} {onclick}>{ t.ui(Ui::Back) }</a>
    }
}
