//! The Back link at the top of a page. It has a real address (the previous
//! step's fragment) for people who open it in a new tab, and moves within
//! the widget on a click, which also works when the widget is mounted inline
//! and does not own the address bar.

use screening::{Locale, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub href: String,
    pub on_back: Callback<()>,
}

#[function_component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let t = use_context::<Locale>().unwrap_or_default();
    let onclick = props.on_back.reform(|e: MouseEvent| e.prevent_default());
    html! {
        <a class="rls-back-link" href={props.href.clone()} {onclick}>{ t.ui(Ui::Back) }</a>
    }
}
