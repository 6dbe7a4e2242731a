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
fn part(title: &str, body: Html) -> Html {
    html! {
        <section class="rls-handout__part">
            <h2 class="rls-handout__title">{ title }</h2>
            { body }
        </section>
    }
}

fn list(items: Vec<String>) -> Html {
    html! { <ul class="rls-list">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
}

/// A list, or a line saying there is nothing in it.
fn list_or(items: Vec<String>, none: &str) -> Html {
    if items.is_empty() {
        return html! { <p class="rls-body">{ none }</p> };
    }
    list(items)
}

/// The one-page summary for a doctor or nurse.
pub fn summary(t: Locale, answers: &Answers, r: &Report) -> Html {
    let flags = r.flags.iter().map(|f| t.flag_line(f)).collect();
    let medicines = r
        .medicines
        .iter()
        .map(|(q, o)| t.option_label_in(*q, *o).to_string())
        .collect();
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
    let tests: Vec<String> = r.tests.iter().map(|x| t.test(*x).to_string()).collect();
    html! {
        <>
            <p class="rls-body">{ t.ui(Ui::SummaryIntro) }</p>
            <div class="rls-handout">
                { part(t.ui(Ui::SummaryPattern), html! {
                    <>
                        <p class="rls-verdict">{ t.verdict(r.verdict) }</p>
                        { criteria(t, r) }
                    </>
                }) }
                { part(t.ui(Ui::SummaryFlags), html! {
                    <>
                        { list_or(flags, t.ui(Ui::SummaryNoFlags)) }
                        if missing {
                            <p class="rls-body">{ t.ui(Ui::SummarySelfHarmMissing) }</p>
                        }
                    </>
                }) }
                if !r.severity.is_empty() {
                    { part(t.section(Section::Severity), severity(t, answers, r)) }
                }
                if !causes.is_empty() {
                    { part(t.ui(Ui::CausesHeading), list(causes)) }
                }
                { part(t.ui(Ui::SummaryMedicines), list_or(medicines, t.no_medicines(r))) }
                if !tests.is_empty() {
                    { part(t.ui(Ui::SummaryTests), list(tests)) }
                }
                { part(t.ui(Ui::SummaryAnswers), answer_list(t, answers, None)) }
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
