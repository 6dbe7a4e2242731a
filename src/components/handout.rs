//! Pages to take to an appointment, each shown in place of the results and
//! printed on its own: a one-page summary for the clinician (the pattern
//! and its criteria, warning signs, how often and how bad, medicines to
//! review, suggested tests and every answer) and a two-week diary to fill
//! in by hand.

use crate::components::results::criteria;
use crate::components::review::answer_list;
use crate::components::severity::severity;
use screening::questions::Section;
use screening::share_link::NEVER_SHARED;
use screening::Grade;
use screening::{Answers, Locale, Report, Ui};
use yew::prelude::*;

/// One titled part of the summary.
fn part(t: Locale, title: Ui, body: Html) -> Html {
    html! {
        <section class="rls-handout__part">
            <h2 class="rls-handout__title">{ t.ui(title) }</h2>
            { body }
        </section>
    }
}

/// A list, or a line saying there is nothing in it.
fn list_or(t: Locale, items: Vec<String>, none: Ui) -> Html {
    if items.is_empty() {
        return html! { <p class="rls-body">{ t.ui(none) }</p> };
    }
    html! { <ul class="rls-list">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
}

/// The one-page summary for a doctor or nurse.
pub fn summary(t: Locale, answers: &Answers, r: &Report) -> Html {
    let flags = r
        .flags
        .iter()
        .map(|f| [t.level_heading(f.level), ": ", t.flag_title(f.id)].concat())
        .collect();
    let medicines = r
        .medicines
        .iter()
        .map(|(q, o)| t.option_label_in(*q, *o).to_string())
        .collect();
    let no_medicines = if r.medicines_not_sure {
        Ui::SummaryMedicinesUnsure
    } else {
        Ui::SummaryNoMedicines
    };
    let causes: Vec<String> = r
        .causes
        .iter()
        .map(|m| {
            if m.grade == Grade::Background {
                t.cause_title(m.id).to_string()
            } else {
                [t.cause_title(m.id), " (", t.grade(m.grade), ")"].concat()
            }
        })
        .collect();
    // An answer that never travels (in a shared link) may be missing:
    // the clinician is told to ask rather than left to read "none".
    let missing = NEVER_SHARED.iter().any(|q| answers.get(*q).is_none());
    let tests = r.tests.iter().map(|x| t.test(*x).to_string()).collect();
    html! {
        <>
            <p class="rls-body">{ t.ui(Ui::SummaryIntro) }</p>
            <div class="rls-handout">
                { part(t, Ui::SummaryPattern, html! {
                    <>
                        <p class="rls-verdict">{ t.verdict(r.verdict) }</p>
                        { criteria(t, r) }
                    </>
                }) }
                { part(t, Ui::SummaryFlags, html! {
                    <>
                        { list_or(t, flags, Ui::SummaryNoFlags) }
                        if missing {
                            <p class="rls-body">{ t.ui(Ui::SummarySelfHarmMissing) }</p>
                        }
                    </>
                }) }
                if !r.severity.is_empty() {
                    <section class="rls-handout__part">
                        <h2 class="rls-handout__title">{ t.section(Section::Severity) }</h2>
                        { severity(t, answers, r) }
                    </section>
                }
                if !causes.is_empty() {
                    { part(t, Ui::CausesHeading, list_or(t, causes, Ui::SummaryNoFlags)) }
                }
                { part(t, Ui::SummaryMedicines, list_or(t, medicines, no_medicines)) }
                if !r.tests.is_empty() {
                    { part(t, Ui::SummaryTests, list_or(t, tests, Ui::SummaryNoFlags)) }
                }
                { part(t, Ui::SummaryAnswers, answer_list(t, answers, None)) }
            </div>
        </>
    }
}

/// The diary's columns after the night's number, in order.
const DIARY_COLUMNS: [Ui; 8] = [
    Ui::DiaryDate,
    Ui::DiaryLegs,
    Ui::DiaryRating,
    Ui::DiaryStart,
    Ui::DiaryCaffeine,
    Ui::DiaryAlcohol,
    Ui::DiaryExercise,
    Ui::DiaryMedicines,
];

/// A two-week diary: one row a night, to fill in by hand.
pub fn diary(t: Locale) -> Html {
    html! {
        <>
            <p class="rls-body">{ t.ui(Ui::DiaryIntro) }</p>
            // Scrolls sideways on a narrow screen; focusable so that the
            // keyboard can scroll it too.
            <div class="rls-diary" tabindex="0" role="region" aria-labelledby="rls-heading">
            <table class="rls-diary__table">
                <thead>
                    <tr>
                        <th class="rls-diary__head" scope="col">{ t.ui(Ui::DiaryNight) }</th>
                        { for DIARY_COLUMNS.iter().map(|c| html! {
                            <th class="rls-diary__head" scope="col">{ t.ui(*c) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for (1..=14).map(|night: u8| html! {
                        <tr class="rls-diary__row">
                            <th class="rls-diary__night" scope="row">{ night.to_string() }</th>
                            { for DIARY_COLUMNS.iter().map(|_| html! { <td class="rls-diary__cell"></td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </>
    }
}
