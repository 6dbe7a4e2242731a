//! Check your answers: every answer on the path, each with a Change link
//! whose accessible name says what it changes. `AnswerList` is also the
//! answers section of the printed results.

use crate::components::back_link::BackLink;
use screening::{Answers, Locale, QuestionId, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnswerListProps {
    pub answers: Answers,
    /// Change links are shown only when there is somewhere to send them.
    #[prop_or_default]
    pub on_change: Option<Callback<QuestionId>>,
}

#[function_component(AnswerList)]
pub fn answer_list(props: &AnswerListProps) -> Html {
    let t = use_context::<Locale>().unwrap_or_default();
    let rows = props.answers.path().into_iter().filter_map(|q| {
        let answer = props.answers.get(q)?;
        let change = props.on_change.clone().map(|cb| {
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                cb.emit(q);
            });
            html! {
                <dd class="rls-summary__actions">
                    <a class="rls-summary__link" href={screening::Step::Question(q).fragment()} {onclick}>
                        { t.ui(Ui::ReviewChange) }
                        <span class="rls-visually-hidden">{ " " }{ t.short(q).to_lowercase() }</span>
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

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub answers: Answers,
    pub back_href: String,
    pub on_back: Callback<()>,
    pub on_change: Callback<QuestionId>,
    pub on_continue: Callback<()>,
}

#[function_component(ReviewPage)]
pub fn review_page(props: &ReviewProps) -> Html {
    let t = use_context::<Locale>().unwrap_or_default();
    let onclick = props.on_continue.reform(|_: MouseEvent| ());
    html! {
        <div class="rls-review">
            <BackLink href={props.back_href.clone()} on_back={props.on_back.clone()} />
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::ReviewHeading) }</h1>
            <AnswerList answers={props.answers.clone()} on_change={props.on_change.clone()} />
            <button type="button" class="rls-button" {onclick}>{ t.ui(Ui::ReviewContinue) }</button>
        </div>
    }
}
