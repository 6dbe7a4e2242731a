//! One question page: the question as the page heading, its hint, the
//! choices or number box, the error pattern, Back and Continue. It renders
//! whatever the catalogue entry holds, built from the small parts (`hint`,
//! `field_error`, `fieldset`, `choice`, `number_field`), and sends what was
//! entered upward; validation is the core's.
//!
//! The page is one component from question to question, not a new one per
//! question: Yew then patches the elements already on screen (texts, ids,
//! a few attributes) instead of building the page anew on every Continue,
//! which was most of a step's work. Two things still belong to one
//! question: the draft (`use_draft`), which starts again from the saved
//! answer whenever the page shows another question, and the heading, a
//! new element per question (keyed by it), so that moving focus to it is
//! a real move that screen readers announce, even when the old heading
//! had focus (browser Back and Forward).

use crate::components::back_link::back_link;
use crate::components::choice::{choice_divider, choice_item, Choice, Control};
use crate::components::error_summary::error_summary;
use crate::components::field_error::field_error;
use crate::components::fieldset::fieldset;
use crate::components::hint::hint;
use crate::components::number_field::{number_field, NumberField};
use screening::questions::{question, Kind, Unit};
use screening::{Answer, FieldError, Input, Locale, Opt, QuestionId, Ui};
use std::cell::RefCell;
use std::rc::Rc;
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
    ["rls-", q.key(), "-", o.key()].concat()
}

fn number_id(q: QuestionId) -> String {
    ["rls-", q.key(), "-number"].concat()
}

/// The field the error summary links to: the first choice, or the box.
fn first_field(q: QuestionId, kind: Kind) -> String {
    let first = |options: &[Opt], exclusive: &[Opt]| {
        let opt = options.first().or(exclusive.first()).copied();
        input_id(q, opt.unwrap_or(Opt::NoneOfThese))
    };
    match kind {
        Kind::Single(options) => first(options, &[]),
        Kind::Multi { options, exclusive } => first(options, exclusive),
        Kind::Number { .. } => number_id(q),
    }
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

/// The draft after `opt` is ticked (`on`) or unticked: a radio replaces
/// the choice, a checkbox toggles it.
fn choose(draft: &Input, opt: Opt, on: bool, control: Control, exclusive: &[Opt]) -> Input {
    let chosen = match control {
        Control::Radio => vec![opt],
        Control::Checkbox => toggle(&draft.chosen, opt, on, exclusive),
    };
    Input {
        chosen,
        ..draft.clone()
    }
}

/// The draft after typing `text` in the number box. Typing a value means
/// the person knows it, so "I do not know" is unticked.
fn type_number(draft: &Input, text: String) -> Input {
    let chosen = if text.trim().is_empty() {
        draft.chosen.clone()
    } else {
        Vec::new()
    };
    Input { chosen, text }
}

/// The draft after `unknown` ("I do not know") is ticked or unticked; a
/// tick empties the box.
fn mark_unknown(draft: &Input, unknown: Opt, on: bool) -> Input {
    if on {
        Input {
            chosen: vec![unknown],
            text: String::new(),
        }
    } else {
        Input {
            chosen: Vec::new(),
            ..draft.clone()
        }
    }
}

/// What has been entered on the page so far, before Continue sends it,
/// and for which question.
#[derive(Clone)]
struct Draft {
    cell: Rc<RefCell<(QuestionId, Input)>>,
    rerender: UseForceUpdateHandle,
}

impl Draft {
    fn input(&self) -> Input {
        self.cell.borrow().1.clone()
    }

    /// Replaces the draft with `change` of it, and shows the result.
    fn change(&self, change: impl FnOnce(&Input) -> Input) {
        let next = change(&self.cell.borrow().1);
        self.cell.borrow_mut().1 = next;
        self.rerender.force_update();
    }
}

/// The draft of question `id`: its saved `answer` until the person changes
/// it, and again from the saved answer whenever the page moves to another
/// question (as a new page per question would start).
#[hook]
fn use_draft(id: QuestionId, answer: Option<&Answer>) -> Draft {
    let cell = use_mut_ref(|| (id, Input::from_answer(answer)));
    if cell.borrow().0 != id {
        *cell.borrow_mut() = (id, Input::from_answer(answer));
    }
    Draft {
        cell,
        rerender: use_force_update(),
    }
}

/// What the fields of a page share: the question, its hint and its error,
/// with their ids.
struct Field<'a> {
    t: Locale,
    id: QuestionId,
    hint: Option<(String, &'static str)>,
    error: Option<(String, &'a str)>,
    /// The hint's and the error's ids, for `aria-describedby`.
    described_by: Option<String>,
}

impl<'a> Field<'a> {
    fn new(t: Locale, id: QuestionId, message: Option<&'a str>) -> Self {
        let key = id.key();
        let hint = t.hint(id).map(|h| (["rls-", key, "-hint"].concat(), h));
        let error = message.map(|m| (["rls-", key, "-error"].concat(), m));
        let mut ids = Vec::new();
        if let Some((id, _)) = &hint {
            ids.push(id.as_str());
        }
        if let Some((id, _)) = &error {
            ids.push(id.as_str());
        }
        let described_by = (!ids.is_empty()).then(|| ids.join(" "));
        Field {
            t,
            id,
            hint,
            error,
            described_by,
        }
    }

    fn invalid(&self) -> bool {
        self.error.is_some()
    }

    fn hint(&self) -> Option<Html> {
        self.hint.as_ref().map(|(id, h)| hint(Some(id), h))
    }

    fn error(&self) -> Option<Html> {
        self.error
            .as_ref()
            .map(|(id, m)| field_error(self.t, id, m))
    }
}

fn caption(t: Locale, id: QuestionId, (n, m): (usize, usize)) -> Html {
    html! {
        <p class="rls-caption">
            <span>{ t.progress(n, m) }</span>
            <span>{ t.section(question(id).section) }</span>
        </p>
    }
}

/// The page heading, the question itself: a new element for each question
/// (see the module's comment).
fn heading(f: &Field<'_>, content: Html) -> Html {
    html! {
        <h1 class="rls-heading" id="rls-heading" tabindex="-1" key={f.id.key()}>{ content }</h1>
    }
}

/// Radios or checkboxes in one fieldset: the question as its legend (and
/// the page heading), the hint, the error, then the options, with "or"
/// before the first exclusive one.
fn choices(
    f: &Field<'_>,
    (draft, input): (&Draft, &Input),
    control: Control,
    options: &'static [Opt],
    exclusive: &'static [Opt],
) -> Html {
    let items = options.iter().chain(exclusive).map(|&opt| {
        let divider = (control == Control::Checkbox && exclusive.first() == Some(&opt))
            .then(|| choice_divider(f.t));
        let on_change = {
            let draft = draft.clone();
            Callback::from(move |on| draft.change(|d| choose(d, opt, on, control, exclusive)))
        };
        let item = choice_item(Choice {
            control,
            id: input_id(f.id, opt),
            name: f.id.key().into(),
            value: opt.key(),
            label: f.t.option_label_in(f.id, opt),
            checked: input.chosen.contains(&opt),
            invalid: f.invalid(),
            on_change,
        });
        html! { <>{ for divider }{ item }</> }
    });
    let legend = heading(f, html! { f.t.prompt(f.id) });
    let children = html! {
        <>
            { for f.hint() }
            if control == Control::Checkbox {
                { hint(None, f.t.ui(Ui::SelectAll)) }
            }
            { for f.error() }
            { for items }
        </>
    };
    fieldset(legend, f.described_by.clone(), f.invalid(), children)
}

/// The number box with the question as its label (and the page heading),
/// the hint, the error, and "I do not know" as a checkbox after "or".
fn number(f: &Field<'_>, (draft, input): (&Draft, &Input), unit: Unit, unknown: Opt) -> Html {
    let id = number_id(f.id);
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |text| draft.change(|d| type_number(d, text)))
    };
    let on_unknown = {
        let draft = draft.clone();
        Callback::from(move |on| draft.change(|d| mark_unknown(d, unknown, on)))
    };
    html! {
        <div class={classes!("rls-number", f.invalid().then_some("rls-number--error"))}>
            { heading(f, html! {
                <label class="rls-number__label" for={id.clone()}>{ f.t.prompt(f.id) }</label>
            }) }
            { for f.hint() }
            { for f.error() }
            { number_field(NumberField {
                id: &id,
                name: f.id.key(),
                value: &input.text,
                unit: f.t.unit(unit),
                invalid: f.invalid(),
                described_by: f.described_by.clone(),
                on_input,
            }) }
            { choice_divider(f.t) }
            { choice_item(Choice {
                control: Control::Checkbox,
                id: input_id(f.id, unknown),
                name: [f.id.key(), "-unknown"].concat().into(),
                value: unknown.key(),
                label: f.t.option_label(unknown),
                checked: input.chosen.contains(&unknown),
                invalid: false,
                on_change: on_unknown,
            }) }
        </div>
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let t = props.locale;
    let kind = question(props.id).kind;
    let draft = use_draft(props.id, props.answer.as_ref());
    let input = draft.input();
    let message = props.error.map(|e| t.field_error(&e));
    let field = Field::new(t, props.id, message.as_deref());
    let onsubmit = {
        let draft = draft.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit(draft.input());
        })
    };
    let body = match kind {
        Kind::Single(options) => choices(&field, (&draft, &input), Control::Radio, options, &[]),
        Kind::Multi { options, exclusive } => choices(
            &field,
            (&draft, &input),
            Control::Checkbox,
            options,
            exclusive,
        ),
        Kind::Number { unit, unknown, .. } => number(&field, (&draft, &input), unit, unknown),
    };

    html! {
        <>
            { back_link(t, &props.back_href, &props.on_back) }
            if let Some(m) = message.as_deref() {
                { error_summary(t, m, &first_field(props.id, kind)) }
            }
            { caption(t, props.id, props.progress) }
            <form class="rls-form" novalidate=true method="dialog" {onsubmit}>
                { body }
                <button type="submit" class="rls-button">{ t.ui(Ui::Continue) }</button>
            </form>
        </>
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

    fn draft(chosen: &[Opt], text: &str) -> Input {
        Input {
            chosen: chosen.to_vec(),
            text: text.to_string(),
        }
    }

    #[test]
    fn typing_a_number_unticks_do_not_know_and_ticking_it_empties_the_box() {
        let unknown = &[Opt::NoneOfThese];
        assert_eq!(
            type_number(&draft(unknown, ""), "45".into()),
            draft(&[], "45")
        );
        assert_eq!(
            type_number(&draft(unknown, ""), " ".into()),
            draft(unknown, " ")
        );
        assert_eq!(
            mark_unknown(&draft(&[], "45"), Opt::NoneOfThese, true),
            draft(unknown, "")
        );
        assert_eq!(
            mark_unknown(&draft(unknown, ""), Opt::NoneOfThese, false),
            draft(&[], "")
        );
    }

    #[test]
    fn a_radio_replaces_the_choice() {
        assert_eq!(
            choose(
                &draft(&[Opt::Cramps], ""),
                Opt::JointPain,
                true,
                Control::Radio,
                &[]
            ),
            draft(&[Opt::JointPain], "")
        );
    }
}

/// The page in a real browser, given one question after another.
#[cfg(all(test, target_arch = "wasm32"))]
#[allow(clippy::expect_used)]
mod browser_tests {
    use super::*;
    use std::time::Duration;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn props(id: QuestionId, answer: Option<Answer>) -> QuestionProps {
        QuestionProps {
            locale: Locale::En,
            id,
            answer,
            error: None,
            progress: (1, 2),
            back_href: String::new(),
            on_back: Callback::noop(),
            on_submit: Callback::noop(),
        }
    }

    /// Gives Yew time to render.
    async fn settle() {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }

    fn find(root: &web_sys::Element, id: &str) -> web_sys::HtmlElement {
        root.query_selector(&["#", id].concat())
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into().ok())
            .expect("the element")
    }

    fn ticked(root: &web_sys::Element, q: QuestionId, o: Opt) -> bool {
        find(root, &input_id(q, o))
            .dyn_into::<web_sys::HtmlInputElement>()
            .expect("an input")
            .checked()
    }

    #[wasm_bindgen_test]
    async fn another_question_starts_from_its_own_answer_under_a_new_heading() {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .expect("a document");
        let root = document.create_element("div").expect("a div");
        document
            .body()
            .expect("a body")
            .append_child(&root)
            .expect("appended");
        let (urge, rest) = (QuestionId::Urge, QuestionId::RestWorse);
        let mut page =
            yew::Renderer::<QuestionPage>::with_root_and_props(root.clone(), props(urge, None))
                .render();
        settle().await;
        find(&root, &input_id(urge, Opt::Yes)).click();
        settle().await;
        assert!(ticked(&root, urge, Opt::Yes));
        let heading = find(&root, "rls-heading");

        // The next question: the same kind of page, with nothing ticked,
        // under a heading that is a new element.
        page.update(props(rest, None));
        settle().await;
        assert!(!ticked(&root, rest, Opt::Yes));
        assert!(!heading.is_connected());
        assert_eq!(
            find(&root, "rls-heading").text_content().as_deref(),
            Some(Locale::En.prompt(rest))
        );

        // Back to the first: the tick that was never sent is gone, and a
        // saved answer shows.
        page.update(props(urge, None));
        settle().await;
        assert!(!ticked(&root, urge, Opt::Yes));
        page.update(props(rest, Some(Answer::Choice(Opt::No))));
        settle().await;
        assert!(ticked(&root, rest, Opt::No));
        page.destroy();
        root.remove();
    }
}
