//! A group of related fields with its question as the legend.

use yew::prelude::*;

/// A fieldset whose legend is `legend` (here, the page heading), described
/// by the elements in `described_by` (the hint and the error), holding
/// `children`.
pub fn fieldset(legend: Html, described_by: Option<String>, children: Html) -> Html {
    html! {
        <fieldset class="rls-fieldset" aria-describedby={described_by}>
            <legend class="rls-fieldset__legend">{ legend }</legend>
            { children }
        </fieldset>
    }
}
