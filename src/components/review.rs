//! Check your answers: every answer on the path, each with a Change link
//! whose accessible name says what it changes. `answer_list` is also the
//! answers section of the printed results.

use crate::components::back_link::back_link;
use screening::{Answers, Locale, QuestionId, Ui};
use yew::prelude::*;

/// The answers as a description list; Change links only with `on_change`.
pub fn answer_list(t: Locale, answers: &Answers, on_change: Option<&Callback<QuestionId>>) -> Html {
    let rows = answers.path().into_iter().filter_map(|q| {
        let answer = answers.get(q)?;
        let change = on_change.cloned().map(|cb| {
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                cb.emit(q);
            });
            html! {
                <dd class="rls-summary__actions">
                    <a class="rls-summary__link" href={screening::Step::Question(q).fragment()} {onclick}>
                        { t.ui(Ui::ReviewChange) }
                        <span class="rls-visually-hidden">{ [" ", &t.short_in_sentence(q)].concat() }</span>
                    </a>
                </dd>
            }
        });
        Some(html! {
            <div class="rls-summary__row">
                <dt class="rls-summary__key">{ t.short(q) }</dt>
                <dd class="rls-summary__value">{ t.answer_text(q, answer) }</dd>
                { for change }
            </div>
        })
    });
    html! { <dl class="rls-summary">{ for rows }</dl> }
}

/// What the review page needs from the app.
pub struct Review<'a> {
    pub answers: &'a Answers,
    pub back_href: &'a str,
    pub on_back: &'a Callback<()>,
    pub on_change: &'a Callback<QuestionId>,
    pub on_continue: &'a Callback<()>,
}

pub fn review_page(t: Locale, r: Review<'_>) -> Html {
    let onclick = r.on_continue.reform(|_: MouseEvent| ());
    html! {
        <>
            { back_link(t, r.back_href, r.on_back) }
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::ReviewHeading) }</h1>
            { answer_list(t, r.answers, Some(r.on_change)) }
            <button type="button" class="rls-button" {onclick}>{ t.ui(Ui::ReviewContinue) }</button>
        </>
    }
}
