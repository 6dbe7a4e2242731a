//! A group of related fields with its question as the legend.

use yew::prelude::*;

/// A fieldset whose legend is `legend` (here, the page heading), described
/// by the elements in `described_by` (the hint and the error), marked as
/// `invalid` when its answer has an error, holding `children`.
pub fn fieldset(legend: Html, described_by: Option<String>, invalid: bool, children: Html) -> Html {
    html! {
        <fieldset
            class={classes!("rls-fieldset", invalid.then_some("rls-fieldset--error"))}
            aria-describedby={described_by}
        >
            <legend class="rls-fieldset__legend">{ legend }</legend>
            { children }
        </fieldset>
    }
}
