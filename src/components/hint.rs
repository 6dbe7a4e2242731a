//! A hint under a question: what to think of, or how to answer.

use yew::prelude::*;

/// The hint `text`, with `id` when a field points to it with
/// `aria-describedby`.
pub fn hint(id: Option<&str>, text: &str) -> Html {
    html! { <div class="rls-hint" id={id.map(str::to_string)}>{ text }</div> }
}
