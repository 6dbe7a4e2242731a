//! The language switch shown on every page: one button per language, named
//! in its own language, the current one marked as pressed. Switching keeps
//! the step and the answers.

use screening::{Locale, Ui};
use yew::prelude::*;

pub fn language_switch(current: Locale, on_change: &Callback<Locale>) -> Html {
    html! {
        <nav class="rls-lang" aria-label={current.ui(Ui::LangLabel)}>
            { for Locale::ALL.iter().map(|l| {
                let locale = *l;
                let onclick = on_change.reform(move |_: MouseEvent| locale);
                html! {
                    <button
                        type="button"
                        class="rls-lang__button"
                        lang={locale.code()}
                        aria-pressed={if locale == current { "true" } else { "false" }}
                        {onclick}
                    >
                        { locale.ui(Ui::LangName) }
                    </button>
                }
            }) }
        </nav>
    }
}
