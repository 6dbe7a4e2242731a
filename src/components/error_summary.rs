//! The error summary at the top of a page: "There is a problem", with a
//! link that moves focus to the field.

use crate::browser;
use screening::{Locale, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub message: String,
    /// The id of the input the link moves focus to.
    pub field_id: String,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let t = use_context::<Locale>().unwrap_or_default();
    let field = props.field_id.clone();
    // The link must not change the address, which names the current step.
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(root) = browser::widget_root(&e) {
            browser::focus(&root, &field);
        }
    });
    html! {
        <div class="rls-error-summary" id="rls-error-summary" tabindex="-1" aria-labelledby="rls-error-summary-title" role="alert">
            <h2 class="rls-error-summary__title" id="rls-error-summary-title">{ t.ui(Ui::ErrorSummaryTitle) }</h2>
            <ul class="rls-error-summary__list">
                <li><a class="rls-error-summary__link" href={format!("#{}", props.field_id)} {onclick}>{ &props.message }</a></li>
            </ul>
        </div>
    }
}
