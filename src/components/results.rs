//! The results: warning signs first, then the pattern verdict, the ranked
//! causes with the answers that show each one, the merged tests, background
//! reading, and the reminder that this is not a diagnosis.

use crate::browser;
use crate::components::back_link::back_link;
use crate::components::review::answer_list;
use crate::components::share::{share_panel, CopyState};
use screening::causes::{cause, Grade, Source};
use screening::report::{CauseMatch, FlagMatch};
use screening::text::fill;
use screening::{Answers, Locale, Report, Ui};
use std::rc::Rc;
use yew::prelude::*;

/// Causes shown in full; the rest sit behind a disclosure.
const SHOWN_OPEN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub locale: Locale,
    pub answers: Answers,
    pub report: Rc<Report>,
    pub back_href: String,
    pub on_back: Callback<()>,
    /// The link that opens these results.
    pub share_url: String,
    /// Results opened from someone's link rather than one's own answers.
    #[prop_or_default]
    pub shared: bool,
    pub on_restart: Callback<()>,
    pub on_forget: Callback<()>,
    pub on_edit_shared: Callback<()>,
}

fn flags(t: Locale, flags: &[FlagMatch], modifier: &str, heading: Ui) -> Html {
    if flags.is_empty() {
        return html! {};
    }
    let id = format!("rls-flags-{modifier}");
    html! {
        <section class={format!("rls-panel rls-panel--{modifier}")} aria-labelledby={id.clone()}>
            <h2 class="rls-panel__title" {id}>{ t.ui(heading) }</h2>
            { for flags.iter().map(|f| html! {
                <div class="rls-panel__item">
                    <h3 class="rls-panel__item-title">{ t.flag_title(f.id) }</h3>
                    <p class="rls-panel__text">{ t.flag_todo(f.id) }</p>
                </div>
            }) }
        </section>
    }
}

fn cause_card(t: Locale, m: &CauseMatch) -> Html {
    let tests = cause(m.id).map(|c| c.tests).unwrap_or_default();
    html! {
        <article class="rls-cause">
            <h3 class="rls-cause__title">{ t.cause_title(m.id) }</h3>
            // "No clear cause" is not a cause with evidence of its own.
            if m.grade != Grade::Background {
                <p class="rls-cause__grade">
                    <span class="rls-cause__grade-label">{ t.ui(Ui::Evidence) }{ " " }</span>
                    <strong class={format!("rls-tag rls-tag--{}", m.grade.key().strip_prefix("grade.").unwrap_or_default())}>{ t.grade(m.grade) }</strong>
                </p>
            }
            <p class="rls-body rls-cause__why">{ t.cause_why(m.id) }</p>
            if !m.because.is_empty() {
                <p class="rls-cause__because">{ t.ui(Ui::Because) }</p>
                <ul class="rls-list">{ for m.because.iter().map(|e| html! { <li>{ t.evidence_text(e) }</li> }) }</ul>
            }
            <h4 class="rls-cause__subtitle">{ t.ui(Ui::WhatYouCanDo) }</h4>
            <p class="rls-body">{ t.cause_todo(m.id) }</p>
            if !tests.is_empty() {
                <h4 class="rls-cause__subtitle rls-cause__tests">{ t.ui(Ui::TestsForCause) }</h4>
                <ul class="rls-list rls-cause__tests">{ for tests.iter().map(|x| html! { <li>{ t.test(*x) }</li> }) }</ul>
            }
        </article>
    }
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let t = props.locale;
    let r = &props.report;
    let (open, folded) = r.causes.split_at(r.causes.len().min(SHOWN_OPEN));
    let mut sources: Vec<Source> = Vec::new();
    for id in r
        .causes
        .iter()
        .map(|m| m.id)
        .chain(r.background.iter().copied())
    {
        for s in cause(id).map(|c| c.sources).unwrap_or_default() {
            if !sources.contains(s) {
                sources.push(*s);
            }
        }
    }
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    let forgotten = use_state(|| false);
    let copy_state = use_state(|| CopyState::Idle);
    let share_input = use_node_ref();
    let on_forget = {
        let forgotten = forgotten.clone();
        props
            .on_forget
            .reform(move |_: MouseEvent| forgotten.set(true))
    };
    let on_edit = props.on_edit_shared.reform(|_: MouseEvent| ());

    html! {
        <div class="rls-results">
            if !props.shared {
                { back_link(t, &props.back_href, &props.on_back) }
            }
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::ResultsHeading) }</h1>
            if props.shared {
                <div class="rls-inset rls-shared-notice">
                    <p class="rls-body">{ t.ui(Ui::SharedNotice) }</p>
                    <div class="rls-button-group">
                        <button type="button" class="rls-button rls-button--secondary" onclick={on_edit}>{ t.ui(Ui::SharedEdit) }</button>
                        <button type="button" class="rls-button rls-button--secondary" onclick={on_restart.clone()}>{ t.ui(Ui::SharedOwn) }</button>
                    </div>
                </div>
            }
            { flags(t, &r.urgent, "urgent", Ui::UrgentHeading) }
            { flags(t, &r.soon, "soon", Ui::SoonHeading) }

            <section class="rls-section" aria-labelledby="rls-pattern">
                <h2 class="rls-section__title" id="rls-pattern">{ t.ui(Ui::PatternHeading) }</h2>
                <p class="rls-verdict">{ t.verdict(r.verdict) }</p>
                if !r.mimics.is_empty() {
                    <p class="rls-body">{ t.ui(Ui::MimicsIntro) }</p>
                    <ul class="rls-list">{ for r.mimics.iter().map(|o| html! { <li>{ t.mimic(*o) }</li> }) }</ul>
                }
                if r.persistent { <p class="rls-body">{ t.ui(Ui::Persistent) }</p> }
                if r.affects_life { <p class="rls-body">{ t.ui(Ui::AffectsLife) }</p> }
            </section>

            <section class="rls-section" aria-labelledby="rls-causes">
                <h2 class="rls-section__title" id="rls-causes">{ t.ui(Ui::CausesHeading) }</h2>
                { for open.iter().map(|m| cause_card(t, m)) }
                if !folded.is_empty() {
                    <details class="rls-details">
                        <summary class="rls-details__summary">
                            { fill(t.ui(Ui::MoreCauses), &[("n", &folded.len().to_string())]) }
                        </summary>
                        { for folded.iter().map(|m| cause_card(t, m)) }
                    </details>
                }
            </section>

            <section class="rls-section" aria-labelledby="rls-tests">
                <h2 class="rls-section__title" id="rls-tests">{ t.ui(Ui::TestsHeading) }</h2>
                <p class="rls-body">{ t.ui(Ui::TestsIntro) }</p>
                <ul class="rls-list">{ for r.tests.iter().map(|x| html! { <li>{ t.test(*x) }</li> }) }</ul>
            </section>

            if !r.background.is_empty() {
                <section class="rls-section rls-background" aria-labelledby="rls-background">
                    <h2 class="rls-section__title" id="rls-background">{ t.ui(Ui::BackgroundHeading) }</h2>
                    { for r.background.iter().map(|id| html! {
                        <>
                            <h3 class="rls-cause__title">{ t.cause_title(*id) }</h3>
                            <p class="rls-body">{ t.cause_why(*id) }</p>
                        </>
                    }) }
                </section>
            }

            <section class="rls-section rls-print-only" aria-labelledby="rls-answers">
                <h2 class="rls-section__title" id="rls-answers">{ t.ui(Ui::YourAnswers) }</h2>
                { answer_list(t, &props.answers, None) }
            </section>

            <details class="rls-details rls-sources">
                <summary class="rls-details__summary">{ t.ui(Ui::Sources) }</summary>
                <ul class="rls-list">{ for sources.iter().map(|s| html! { <li>{ s.citation() }</li> }) }</ul>
            </details>

            { share_panel(t, &props.share_url, &copy_state, &share_input) }

            <p class="rls-inset">{ t.ui(Ui::NotDiagnosis) }</p>
            <div class="rls-button-group">
                <button type="button" class="rls-button" onclick={on_print}>{ t.ui(Ui::Print) }</button>
                if !props.shared {
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_restart}>{ t.ui(Ui::Restart) }</button>
                }
            </div>
            if !props.shared {
                <div class="rls-results__storage">
                    <p class="rls-body">{ t.ui(Ui::ResultsSavedNote) }</p>
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_forget}>{ t.ui(Ui::Forget) }</button>
                    <p class="rls-results__status" role="status">{ if *forgotten { t.ui(Ui::Forgotten) } else { "" } }</p>
                </div>
            }
        </div>
    }
}
