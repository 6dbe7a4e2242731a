//! A box for a number, with its unit beside it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A number box: what it holds and what typing does. Its label is the page
/// heading, which the page writes.
#[derive(Debug)]
pub struct NumberField<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub value: &'a str,
    /// The unit, shown after the box (and said by the label and hint).
    pub unit: &'a str,
    pub invalid: bool,
    pub described_by: Option<String>,
    /// Emits the text in the box after each change.
    pub on_input: Callback<String>,
}

pub fn number_field(f: NumberField<'_>) -> Html {
    let oninput = f
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="rls-number__wrapper">
            <input
                class="rls-number__input"
                id={f.id.to_string()}
                name={f.name.to_string()}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={f.value.to_string()}
                aria-invalid={f.invalid.then_some("true")}
                aria-describedby={f.described_by}
                {oninput}
            />
            <span class="rls-number__unit" aria-hidden="true">{ f.unit }</span>
        </div>
    }
}
