//! One radio or checkbox with its label, and the "or" that sets an
//! exclusive checkbox ("None of these", "I do not know") apart.

use screening::{Locale, Ui};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A radio (one answer of several) or a checkbox (any number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Radio,
    Checkbox,
}

/// One choice: what it is and what ticking it does.
#[derive(Debug)]
pub struct Choice {
    pub control: Control,
    pub id: String,
    /// The group's name (the question's key).
    pub name: AttrValue,
    pub value: &'static str,
    pub label: &'static str,
    pub checked: bool,
    /// Whether the group has an error.
    pub invalid: bool,
    /// Emits whether the control is now ticked.
    pub on_change: Callback<bool>,
}

pub fn choice_item(c: Choice) -> Html {
    let onchange = c
        .on_change
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="rls-choice__item">
            <input
                class="rls-choice__input"
                type={match c.control { Control::Radio => "radio", Control::Checkbox => "checkbox" }}
                id={c.id.clone()}
                name={c.name}
                value={c.value}
                checked={c.checked}
                aria-invalid={c.invalid.then_some("true")}
                {onchange}
            />
            <label class="rls-choice__label" for={c.id}>{ c.label }</label>
        </div>
    }
}

/// "or", before a checkbox that excludes the others.
pub fn choice_divider(t: Locale) -> Html {
    html! { <div class="rls-choice__divider">{ t.ui(Ui::Or) }</div> }
}
