//! The error message above a field, next to what is wrong; the error
//! summary at the top of the page links to the field.

use screening::{Locale, Ui};
use yew::prelude::*;

/// `message`, with a visually hidden "Error:" before it for screen readers,
/// and `id` for the field's `aria-describedby`.
pub fn field_error(t: Locale, id: &str, message: &str) -> Html {
    html! {
        <p class="rls-field-error" id={id.to_string()}>
            <span class="rls-visually-hidden">{ t.ui(Ui::ErrorPrefix) }{ " " }</span>{ message }
        </p>
    }
}
