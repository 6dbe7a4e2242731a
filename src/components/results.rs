//! The results: warning signs first, by level, then calm notes, the pattern
//! verdict with the five criteria, and either the ranked causes with the
//! answers that show each one, the merged tests and background reading, or,
//! when the answers do not fit, what the look-alikes need instead; then
//! pages to read and the reminder that this is not a diagnosis. For someone
//! under 18, the page for children instead. The one-page summary for a
//! clinician and the symptom diary (`handout`) are shown in place of the
//! results, each with a way back.

use crate::browser;
use crate::components::back_link::back_link;
use crate::components::fhir_save::fhir_save;
use crate::components::handout;
use crate::components::review::answer_list;
use crate::components::severity::{ferritin_scale, severity};
use crate::components::share::share_panel;
use crate::hooks::use_share::use_share;
use screening::causes::{cause, Grade};
use screening::questions::Section;
use screening::report::CauseMatch;
use screening::sources::{Source, PATIENT_PAGES};
use screening::text::fill;
use screening::{Answers, Level, Locale, Mark, Region, Report, Ui};
use std::rc::Rc;
use yew::prelude::*;

/// What the results page shows: the results, or one of the pages to take
/// to an appointment in their place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Results,
    Summary,
    Diary,
}

/// Causes shown in full; the rest sit behind a disclosure.
const SHOWN_OPEN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub locale: Locale,
    /// Where emergency and crisis numbers come from (host setting).
    #[prop_or_default]
    pub region: Option<Region>,
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
    /// Forgets the answers, in memory and in storage, and leaves the page.
    pub on_forget: Callback<()>,
    pub on_edit_shared: Callback<()>,
    /// Whether answers are saved in this browser (else memory only).
    #[prop_or(true)]
    pub saves: bool,
}

/// The warning signs of one level, in a panel of their own; nothing when
/// there are none. The question pages show the urgent levels too, as soon
/// as an answer raises them.
pub(crate) fn flags(t: Locale, region: Option<Region>, r: &Report, level: Level) -> Html {
    let shown: Vec<_> = r.at_level(level).collect();
    if shown.is_empty() {
        return html! {};
    }
    let id = ["rls-flags-", level.key()].concat();
    html! {
        <section
            class={classes!("rls-panel", match level {
                Level::Emergency => "rls-panel--emergency",
                Level::Today => "rls-panel--today",
                Level::Soon => "rls-panel--soon",
            })}
            aria-labelledby={id.clone()}
        >
            <h2 class="rls-panel__title" {id}>{ t.level_heading(level) }</h2>
            { for shown.iter().map(|f| html! {
                <>
                    <h3 class="rls-panel__item-title">{ t.flag_title(f.id) }</h3>
                    <p class="rls-panel__text">{ t.flag_todo(f.id, region) }</p>
                </>
            }) }
        </section>
    }
}

/// The five criteria as a list of marks, each with its word (never colour
/// or a symbol alone).
pub(crate) fn criteria(t: Locale, r: &Report) -> Html {
    html! {
        <>
            <p class="rls-body">{ t.ui(Ui::CriteriaIntro) }</p>
            <ul class="rls-criteria">
                { for r.criteria.iter().enumerate().map(|(i, m)| {
                    let symbol = match m {
                        Mark::Met => "\u{2713}",
                        Mark::NotMet => "\u{2717}",
                        Mark::NotKnown => "?",
                    };
                    html! {
                        <li class="rls-criteria__item">
                            <span
                                class={classes!("rls-criteria__mark", match m {
                                    Mark::Met => "rls-criteria__mark--met",
                                    Mark::NotMet => "rls-criteria__mark--not-met",
                                    Mark::NotKnown => "rls-criteria__mark--not-known",
                                })}
                                aria-hidden="true"
                            >
                                { symbol }
                            </span>
                            <span>{ t.criterion(i) }{ ": " }</span>
                            <strong>{ t.mark(*m) }</strong>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// The look-alikes named, each with what it often needs.
fn look_alikes(t: Locale, r: &Report) -> Html {
    html! {
        <ul class="rls-list">
            { for r.mimics.iter().map(|o| html! {
                <li>
                    <p class="rls-look-alikes__what">{ t.mimic(*o) }</p>
                    <p class="rls-look-alikes__need">{ t.ui(Ui::MimicsNeed) }{ " " }{ t.mimic_todo(*o) }</p>
                </li>
            }) }
        </ul>
    }
}

/// The page for someone under 18: the check does not apply.
fn child_page(t: Locale, region: Option<Region>, back_href: &str, on_back: &Callback<()>) -> Html {
    let on_change = on_back.reform(|_: MouseEvent| ());
    html! {
        <>
            { back_link(t, back_href, on_back) }
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::ChildHeading) }</h1>
            <p class="rls-body rls-body--lead">{ t.ui(Ui::ChildIntro) }</p>
            <ul class="rls-list">
                <li>{ t.ui(Ui::ChildDoctor) }</li>
                <li>{ t.ui(Ui::ChildIron) }</li>
                <li>{ t.ui(Ui::ChildOverlap) }</li>
            </ul>
            <div class="rls-inset">
                <p class="rls-body">{ t.with_numbers(t.ui(Ui::ChildUrgent), region) }</p>
                <p class="rls-body">{ t.with_numbers(t.ui(Ui::ChildCrisis), region) }</p>
            </div>
            <div class="rls-button-group">
                <button type="button" class="rls-button rls-button--secondary" onclick={on_change}>{ t.ui(Ui::ChildChange) }</button>
            </div>
        </>
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
                    { t.ui(Ui::Evidence) }{ " " }
                    <strong class={classes!("rls-tag", match m.grade {
                        Grade::Strong => "rls-tag--strong",
                        Grade::Moderate => "rls-tag--moderate",
                        // Not shown: the tag is for causes with evidence.
                        Grade::Limited | Grade::Background => "rls-tag--limited",
                    })}>
                        { t.grade(m.grade) }
                    </strong>
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
    let flag_sources = r
        .flags
        .iter()
        .filter_map(|f| screening::flags::red_flag(f.id))
        .flat_map(|f| f.sources.iter());
    let cause_sources = r
        .causes
        .iter()
        .map(|m| m.id)
        .chain(r.background.iter().copied())
        .filter_map(cause)
        .flat_map(|c| c.sources.iter());
    for s in flag_sources.chain(cause_sources) {
        if !sources.contains(s) {
            sources.push(*s);
        }
    }
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    let share = use_share(&props.share_url, t.ui(Ui::AppTitle));
    let on_forget = props.on_forget.reform(|_: MouseEvent| ());
    let on_edit = props.on_edit_shared.reform(|_: MouseEvent| ());
    let view = use_state(|| View::Results);
    let heading = use_node_ref();
    {
        // A new view is a new page: focus goes to its heading (not on the
        // first drawing, which the app's step change already handles).
        let first = use_mut_ref(|| true);
        let heading = heading.clone();
        use_effect_with(*view, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    browser::focus_element(&h, true);
                }
            }
        });
    }
    let show = |v: View| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(v))
    };

    if r.child {
        return child_page(t, props.region, &props.back_href, &props.on_back);
    }
    if *view != View::Results {
        let (title, print, body) = if *view == View::Summary {
            (
                Ui::SummaryHeading,
                Ui::SummaryPrint,
                handout::summary(t, &props.answers, r),
            )
        } else {
            (Ui::DiaryHeading, Ui::DiaryPrint, handout::diary(t))
        };
        return html! {
            <>
                <h1 class="rls-heading" id="rls-heading" tabindex="-1" ref={heading}>{ t.ui(title) }</h1>
                { body }
                <div class="rls-button-group">
                    <button type="button" class="rls-button" onclick={on_print}>{ t.ui(print) }</button>
                    <button type="button" class="rls-button rls-button--secondary" onclick={show(View::Results)}>{ t.ui(Ui::HandoutBack) }</button>
                </div>
            </>
        };
    }

    html! {
        <>
            if !props.shared {
                { back_link(t, &props.back_href, &props.on_back) }
            }
            <h1 class="rls-heading" id="rls-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::ResultsHeading) }</h1>
            if props.shared {
                <div class="rls-inset rls-shared-notice">
                    <p class="rls-body">{ t.ui(Ui::SharedNotice) }</p>
                    <div class="rls-button-group rls-shared-notice__actions">
                        <button type="button" class="rls-button rls-button--secondary" onclick={on_edit}>{ t.ui(Ui::SharedEdit) }</button>
                        <button type="button" class="rls-button rls-button--secondary" onclick={on_restart.clone()}>{ t.ui(Ui::SharedOwn) }</button>
                    </div>
                </div>
            }
            { for Level::ALL.iter().map(|l| flags(t, props.region, r, *l)) }

            if !r.notes.is_empty() {
                <section class="rls-section" aria-labelledby="rls-notes">
                    <h2 class="rls-section__title" id="rls-notes">{ t.ui(Ui::NotesHeading) }</h2>
                    { for r.notes.iter().map(|n| html! { <p class="rls-inset rls-notes__item">{ t.note(*n) }</p> }) }
                </section>
            }

            <section class="rls-section" aria-labelledby="rls-pattern">
                <h2 class="rls-section__title" id="rls-pattern">{ t.ui(Ui::PatternHeading) }</h2>
                <p class="rls-verdict">{ t.verdict(r.verdict) }</p>
                { criteria(t, r) }
                if !r.mimics.is_empty() && r.verdict.shows_causes() {
                    <p class="rls-body">{ t.ui(Ui::MimicsIntro) }</p>
                    { look_alikes(t, r) }
                }
                if r.persistent { <p class="rls-body">{ t.ui(Ui::Persistent) }</p> }
                if r.affects_life { <p class="rls-body">{ t.ui(Ui::AffectsLife) }</p> }
            </section>

            if !r.severity.is_empty() {
                <section class="rls-section" aria-labelledby="rls-severity">
                    <h2 class="rls-section__title" id="rls-severity">{ t.section(Section::Severity) }</h2>
                    { severity(t, &props.answers, r) }
                </section>
            }
            // Iron is not discussed when the answers do not fit.
            if r.verdict.shows_causes() {
                { ferritin_scale(t, r.ferritin) }
            }

            if r.verdict.shows_causes() {
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
            } else {
                <section class="rls-section" aria-labelledby="rls-look-alikes">
                    <h2 class="rls-section__title" id="rls-look-alikes">{ t.ui(Ui::LookAlikesHeading) }</h2>
                    if r.mimics.is_empty() {
                        <p class="rls-body">{ t.ui(Ui::NoLookAlike) }</p>
                    } else {
                        { look_alikes(t, r) }
                    }
                </section>
            }

            if !r.tests.is_empty() {
                <section class="rls-section" aria-labelledby="rls-tests">
                    <h2 class="rls-section__title" id="rls-tests">{ t.ui(Ui::TestsHeading) }</h2>
                    <p class="rls-body">{ t.ui(Ui::TestsIntro) }</p>
                    <ul class="rls-list">{ for r.tests.iter().map(|x| html! { <li>{ t.test(*x) }</li> }) }</ul>
                </section>
            }

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

            <section class="rls-section rls-read-more" aria-labelledby="rls-read-more">
                <h2 class="rls-section__title" id="rls-read-more">{ t.ui(Ui::ReadMore) }</h2>
                <p class="rls-body">{ t.ui(Ui::ReadMoreIntro) }</p>
                <ul class="rls-list">
                    { for PATIENT_PAGES.iter().map(|(name, address)| html! {
                        <li>{ *name }{ ": " }<span class="rls-read-more__address">{ *address }</span></li>
                    }) }
                </ul>
            </section>

            <details class="rls-details">
                <summary class="rls-details__summary">{ t.ui(Ui::Sources) }</summary>
                <ul class="rls-list">{ for sources.iter().map(|s| html! { <li>{ s.citation() }</li> }) }</ul>
            </details>

            { share_panel(t, &props.share_url, &share) }

            <section class="rls-section rls-appointment" aria-labelledby="rls-appointment">
                <h2 class="rls-section__title" id="rls-appointment">{ t.ui(Ui::AppointmentHeading) }</h2>
                <div class="rls-button-group">
                    <button type="button" class="rls-button rls-button--secondary" onclick={show(View::Summary)}>{ t.ui(Ui::SummaryOpen) }</button>
                    <button type="button" class="rls-button rls-button--secondary" onclick={show(View::Diary)}>{ t.ui(Ui::DiaryOpen) }</button>
                </div>
                // Not for someone else's link: the file would carry their
                // answers as the person's own, timed now.
                if !props.shared {
                    { fhir_save(t, &props.answers, &props.report) }
                }
            </section>

            <p class="rls-inset">{ t.ui(Ui::NotDiagnosis) }</p>
            <div class="rls-button-group">
                <button type="button" class="rls-button" onclick={on_print}>{ t.ui(Ui::Print) }</button>
                if !props.shared {
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_restart}>{ t.ui(Ui::Restart) }</button>
                }
            </div>
            if !props.shared {
                <div class="rls-results__storage">
                    <p class="rls-body">{ t.ui(if props.saves { Ui::ResultsSavedNote } else { Ui::ResultsMemoryNote }) }</p>
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_forget}>{ t.ui(Ui::Forget) }</button>
                </div>
            }
        </>
    }
}
