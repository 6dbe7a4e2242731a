//! One question page: the question as the page heading, its hint, the
//! choices or number box, the error pattern, Back and Continue. It renders
//! whatever the catalogue entry holds and sends what was entered upward;
//! validation is the core's.

use crate::components::back_link::back_link;
use crate::components::error_summary::error_summary;
use screening::questions::{question, Kind};
use screening::{Answer, FieldError, Input, Locale, Opt, QuestionId, Ui};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub locale: Locale,
    pub id: QuestionId,
    pub answer: Option<Answer>,
    pub error: Option<FieldError>,
    pub progress: (usize, usize),
    pub back_href: String,
    pub on_back: Callback<()>,
    pub on_submit: Callback<Input>,
}

fn input_id(q: QuestionId, o: Opt) -> String {
    format!("rls-{}-{}", q.key(), o.key())
}

fn number_id(q: QuestionId) -> String {
    format!("rls-{}-number", q.key())
}

/// Applies a tick or untick to the chosen options. An exclusive option
/// ("None of these") clears the others, and any other option clears it.
fn toggle(chosen: &[Opt], opt: Opt, on: bool, exclusive: &[Opt]) -> Vec<Opt> {
    if !on {
        return chosen.iter().copied().filter(|o| *o != opt).collect();
    }
    if exclusive.contains(&opt) {
        return vec![opt];
    }
    let mut next: Vec<Opt> = chosen
        .iter()
        .copied()
        .filter(|o| !exclusive.contains(o))
        .collect();
    if !next.contains(&opt) {
        next.push(opt);
    }
    next
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let t = props.locale;
    let q = question(props.id);
    let draft = use_state(|| Input::from_answer(props.answer.as_ref()));
    let key = props.id.key();
    let hint_id = format!("rls-{key}-hint");
    let error_id = format!("rls-{key}-error");
    let message = props.error.map(|e| t.field_error(&e));
    let invalid = message.as_ref().map(|_| "true");

    let described_by = {
        let mut ids = Vec::new();
        if t.hint(props.id).is_some() {
            ids.push(hint_id.clone());
        }
        if message.is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };

    let onsubmit = {
        let draft = draft.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*draft).clone());
        })
    };

    let caption = html! {
        <p class="rls-caption">
            <span class="rls-caption__progress">
                { t.progress(props.progress.0, props.progress.1) }
            </span>
            <span class="rls-caption__section">{ t.section(q.section) }</span>
        </p>
    };
    let hint = t
        .hint(props.id)
        .map(|h| html! { <div class="rls-hint" id={hint_id.clone()}>{ h }</div> });
    let error_line = message.as_ref().map(|m| {
        html! {
            <p class="rls-field-error" id={error_id.clone()}>
                <span class="rls-visually-hidden">{ t.ui(Ui::ErrorPrefix) }{ " " }</span>{ m }
            </p>
        }
    });

    let choice = |opt: Opt, multi: bool, exclusive: &'static [Opt]| {
        let id = input_id(props.id, opt);
        let checked = draft.chosen.contains(&opt);
        let onchange = {
            let draft = draft.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                let mut next = (*draft).clone();
                next.chosen = if multi {
                    toggle(&draft.chosen, opt, on, exclusive)
                } else {
                    vec![opt]
                };
                draft.set(next);
            })
        };
        let block = if multi {
            "rls-checkboxes"
        } else {
            "rls-radios"
        };
        let divider = (multi && exclusive.first() == Some(&opt))
            .then(|| html! { <div class={format!("{block}__divider")}>{ t.ui(Ui::Or) }</div> });
        html! {
            <>
            { for divider }
            <div class={format!("{block}__item")}>
                <input
                    class={format!("{block}__input")}
                    type={if multi { "checkbox" } else { "radio" }}
                    {id}
                    name={key}
                    value={opt.key()}
                    {checked}
                    aria-invalid={invalid}
                    {onchange}
                />
                <label class={format!("{block}__label")} for={input_id(props.id, opt)}>{ t.option_label_in(props.id, opt) }</label>
            </div>
            </>
        }
    };

    // Radios and checkboxes share one fieldset: the question as its legend
    // (and the page heading), the hint, the error, then the options.
    let choices = |multi: bool, options: &'static [Opt], exclusive: &'static [Opt]| {
        let block = if multi {
            "rls-checkboxes"
        } else {
            "rls-radios"
        };
        let field = html! {
            <fieldset class="rls-fieldset" aria-describedby={described_by.clone()}>
                <legend class="rls-fieldset__legend">
                    <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.prompt(props.id) }</h1>
                </legend>
                { for hint.clone() }
                if multi {
                    <div class="rls-hint">{ t.ui(Ui::SelectAll) }</div>
                }
                { for error_line.clone() }
                <div class={block}>
                    { for options.iter().chain(exclusive).map(|o| choice(*o, multi, exclusive)) }
                </div>
            </fieldset>
        };
        let first = options
            .first()
            .or(exclusive.first())
            .copied()
            .unwrap_or(Opt::NoneOfThese);
        (field, input_id(props.id, first))
    };

    let (field, first_input) = match q.kind {
        Kind::Single(options) => choices(false, options, &[]),
        Kind::Multi { options, exclusive } => choices(true, options, exclusive),
        Kind::Number { unit, unknown, .. } => {
            let oninput = {
                let draft = draft.clone();
                Callback::from(move |e: InputEvent| {
                    let text = e.target_unchecked_into::<HtmlInputElement>().value();
                    let mut next = (*draft).clone();
                    // Typing a value means the person knows it.
                    if !text.trim().is_empty() {
                        next.chosen.clear();
                    }
                    next.text = text;
                    draft.set(next);
                })
            };
            let unknown_checked = draft.chosen.contains(&unknown);
            let onchange = {
                let draft = draft.clone();
                Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    let mut next = (*draft).clone();
                    if on {
                        next.chosen = vec![unknown];
                        next.text.clear();
                    } else {
                        next.chosen.clear();
                    }
                    draft.set(next);
                })
            };
            let nid = number_id(props.id);
            (
                html! {
                    <div class="rls-number">
                        <h1 class="rls-heading" id="rls-heading" tabindex="-1">
                            <label class="rls-number__label" for={nid.clone()}>{ t.prompt(props.id) }</label>
                        </h1>
                        { for hint.clone() }
                        { for error_line.clone() }
                        <div class="rls-number__wrapper">
                            <input
                                class="rls-number__input"
                                id={nid.clone()}
                                name={key}
                                type="text"
                                inputmode="decimal"
                                autocomplete="off"
                                spellcheck="false"
                                value={draft.text.clone()}
                                aria-invalid={invalid}
                                aria-describedby={described_by.clone()}
                                {oninput}
                            />
                            <span class="rls-number__unit" aria-hidden="true">{ t.text(unit.key()) }</span>
                        </div>
                        <div class="rls-checkboxes__divider">{ t.ui(Ui::Or) }</div>
                        <div class="rls-checkboxes__item">
                            <input
                                class="rls-checkboxes__input"
                                type="checkbox"
                                id={input_id(props.id, unknown)}
                                name={format!("{key}-unknown")}
                                checked={unknown_checked}
                                {onchange}
                            />
                            <label class="rls-checkboxes__label" for={input_id(props.id, unknown)}>{ t.option_label(unknown) }</label>
                        </div>
                    </div>
                },
                nid,
            )
        }
    };

    html! {
        <div class="rls-question">
            { back_link(t, &props.back_href, &props.on_back) }
            if let Some(m) = message.as_deref() {
                { error_summary(t, m, &first_input) }
            }
            { caption }
            <form class={classes!("rls-form", message.as_ref().map(|_| "rls-form--error"))} novalidate=true method="dialog" {onsubmit}>
                { field }
                <button type="submit" class="rls-button">{ t.ui(Ui::Continue) }</button>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_of_these_clears_the_others_and_the_others_clear_it() {
        let ex = &[Opt::NoneOfThese];
        assert_eq!(
            toggle(&[Opt::Cramps], Opt::NoneOfThese, true, ex),
            vec![Opt::NoneOfThese]
        );
        assert_eq!(
            toggle(&[Opt::NoneOfThese], Opt::Cramps, true, ex),
            vec![Opt::Cramps]
        );
        assert_eq!(
            toggle(&[Opt::Cramps, Opt::JointPain], Opt::Cramps, false, ex),
            vec![Opt::JointPain]
        );
    }
}
