//! Pictures of how often and how bad: the nights of a usual week as seven
//! marks and the 0 to 10 rating on a scale, each beside its numbers in
//! words; and an entered ferritin against the levels doctors use. The
//! pictures are hidden from screen readers, which read the words beside
//! them; none relies on colour (filled and open marks, a ringed number,
//! a drawn marker), so they print and work in forced colours.

use screening::report::{FerritinScale, Picture};
use screening::text::fill;
use screening::{Answers, Locale, QuestionId, Report, Ui};
use yew::prelude::*;

/// Seven marks, one per night of a usual week, the first `n` filled.
fn week(n: u16) -> Html {
    html! {
        <span class="rls-severity__week" aria-hidden="true">
            { for (0..7).map(|i| if i < n { "\u{25cf}" } else { "\u{25cb}" }) }
        </span>
    }
}

/// The numbers 0 to 10, the one chosen ringed.
fn scale(n: u16) -> Html {
    html! {
        <span class="rls-severity__scale" aria-hidden="true">
            { for (0..=10u16).map(|i| html! {
                <span class={classes!("rls-severity__step", (i == n).then_some("rls-severity__step--chosen"))}>
                    { i.to_string() }
                </span>
            }) }
        </span>
    }
}

/// One answer: its short name, its picture, and its words.
fn row(t: Locale, answers: &Answers, q: QuestionId, picture: Picture) -> Html {
    let drawn = match picture {
        Picture::Week(n) => week(n),
        Picture::Scale(n) => scale(n),
        Picture::Words => html! {},
    };
    let words = t.severity_text(q, picture, answers);
    html! {
        <div class="rls-severity__row">
            <dt class="rls-severity__key">{ t.short(q) }</dt>
            <dd class="rls-severity__value">
                { drawn }
                <span>{ words }</span>
            </dd>
        </div>
    }
}

/// How often, how bad, sleep lost and which way it is going; nothing when
/// none was asked.
pub fn severity(t: Locale, answers: &Answers, r: &Report) -> Html {
    if r.severity.is_empty() {
        return html! {};
    }
    html! {
        <dl class="rls-severity">
            { for r.severity.iter().map(|(q, p)| row(t, answers, *q, *p)) }
        </dl>
    }
}

/// Where `value` sits on a line 300 units long showing 0 to `top`.
fn at(value: u16, top: u16) -> String {
    let x = 10 + u32::from(value.min(top)) * 280 / u32::from(top.max(1));
    x.to_string()
}

/// The entered ferritin on a line with the iron levels marked, with the
/// words beside it; nothing without a number.
pub fn ferritin_scale(t: Locale, f: Option<FerritinScale>) -> Html {
    let Some(f) = f else {
        return html! {};
    };
    let you = at(f.value, f.top);
    let shown = if f.value > f.top {
        [">", &f.top.to_string()].concat()
    } else {
        f.value.to_string()
    };
    html! {
        <section class="rls-section rls-ferritin" aria-labelledby="rls-ferritin">
            <h2 class="rls-section__title" id="rls-ferritin">{ t.ui(Ui::FerritinHeading) }</h2>
            <svg class="rls-ferritin__picture" viewBox="0 0 300 64" aria-hidden="true" focusable="false">
                <line class="rls-ferritin__line" x1="10" y1="40" x2="290" y2="40" />
                // The first level's label ends at its mark and the others
                // start at theirs, so that close levels never overlap.
                { for f.marks.iter().enumerate().map(|(i, m)| {
                    let x = at(*m, f.top);
                    html! {
                        <>
                            <line class="rls-ferritin__tick" x1={x.clone()} y1="33" x2={x.clone()} y2="47" />
                            <text class="rls-ferritin__label" {x} y="60" text-anchor={if i == 0 { "end" } else { "start" }}>{ m.to_string() }</text>
                        </>
                    }
                }) }
                <path class="rls-ferritin__you" d={["M", &you, " 38 l-6 -12 h12 z"].concat()} />
                <text class="rls-ferritin__label" x={you} y="20" text-anchor="middle">
                    { [&*shown, " ", t.unit(f.unit)].concat() }
                </text>
            </svg>
            <p class="rls-body">{ fill(t.ui(Ui::Ferritin), &[("n", &f.value.to_string())]) }</p>
            if f.dialysis {
                <p class="rls-body">{ t.ui(Ui::FerritinDialysis) }</p>
            }
        </section>
    }
}
