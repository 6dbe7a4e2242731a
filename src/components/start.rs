//! The start page: what the check is, how long it takes, that answers stay
//! on the device and that it is not a diagnosis; and, when answers are
//! saved from an earlier visit, a way to forget them.

use screening::{Locale, Region, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub locale: Locale,
    /// Where emergency numbers come from (host setting).
    #[prop_or_default]
    pub region: Option<Region>,
    pub on_start: Callback<()>,
    /// Whether answers from an earlier visit are saved in this browser.
    pub has_saved: bool,
    pub on_forget: Callback<()>,
}

#[function_component(StartPage)]
pub fn start_page(props: &StartProps) -> Html {
    let t = props.locale;
    let forgotten = use_state(|| false);
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    let on_forget = {
        let forgotten = forgotten.clone();
        props
            .on_forget
            .reform(move |_: MouseEvent| forgotten.set(true))
    };
    html! {
        <div class="rls-start">
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::StartHeading) }</h1>
            <p class="rls-body rls-body--lead">{ t.ui(Ui::StartLead) }</p>
            <ul class="rls-start__facts">
                <li class="rls-start__fact">{ t.ui(Ui::StartTime) }</li>
                <li class="rls-start__fact">{ t.ui(Ui::StartPrivate) }</li>
                <li class="rls-start__fact">{ t.ui(Ui::StartNotDiagnosis) }</li>
            </ul>
            <div class="rls-inset rls-start__urgent">
                <p class="rls-start__urgent-intro">{ t.with_numbers(t.ui(Ui::StartUrgentIntro), props.region) }</p>
                <ul class="rls-list">
                    <li>{ t.ui(Ui::StartUrgentSpine) }</li>
                    <li>{ t.ui(Ui::StartUrgentWeak) }</li>
                    <li>{ t.ui(Ui::StartUrgentBreath) }</li>
                    <li>{ t.ui(Ui::StartUrgentPregnancy) }</li>
                    <li>{ t.ui(Ui::StartUrgentHarm) }</li>
                </ul>
                <p class="rls-start__urgent-intro">{ t.ui(Ui::StartUrgentToday) }</p>
                <ul class="rls-list">
                    <li>{ t.ui(Ui::StartUrgentCalf) }</li>
                </ul>
            </div>
            <button type="button" class="rls-button rls-button--start" onclick={on_click}>
                { t.ui(Ui::StartButton) }
                <svg class="rls-button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>
            if props.has_saved {
                <div class="rls-start__saved">
                    <p class="rls-body">{ t.ui(Ui::SavedNote) }</p>
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_forget}>{ t.ui(Ui::Forget) }</button>
                </div>
            }
            <p class="rls-start__status" role="status">{ if *forgotten { t.ui(Ui::Forgotten) } else { "" } }</p>
        </div>
    }
}
