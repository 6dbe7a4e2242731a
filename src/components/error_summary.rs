//! The error summary at the top of a page: "There is a problem", with a
//! link that moves focus to the field (`field_id`). As in GOV.UK Frontend,
//! `role="alert"` is on an inner element, so that moving focus to the
//! summary (which the app does) does not race the alert's announcement.

use crate::browser;
use screening::{Locale, Ui};
use yew::prelude::*;

pub fn error_summary(t: Locale, message: &str, field_id: &str) -> Html {
    let field = field_id.to_string();
    // The link must not change the address, which names the current step;
    // focusing the field first scrolls its question into view.
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(root) = browser::widget_root(&e) {
            browser::focus_field(&root, &field);
        }
    });
    html! {
        <div class="rls-error-summary" id="rls-error-summary" tabindex="-1">
            <div role="alert">
                <h2 class="rls-error-summary__title">{ t.ui(Ui::ErrorSummaryTitle) }</h2>
                <ul class="rls-error-summary__list">
                    <li><a class="rls-error-summary__link" href={["#", field_id].concat()} {onclick}>{ message }</a></li>
                </ul>
            </div>
        </div>
    }
}
