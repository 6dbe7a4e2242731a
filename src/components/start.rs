//! The start page: what the check is, how long it takes, that answers stay
//! on the device and that it is not a diagnosis; and, when answers are
//! saved from an earlier visit, the choice to carry on or to forget them.

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
    /// Whether answers are saved in this browser (else memory only).
    #[prop_or(true)]
    pub saves: bool,
    /// Whether the person has just had their answers forgotten.
    #[prop_or_default]
    pub forgotten: bool,
    pub on_forget: Callback<()>,
}

/// The signs that mean going for help now or today instead of using the
/// check, with the region's emergency number (or "your local emergency
/// number"). Also shown, by the build, where the check cannot run
/// (`crate::prerender`).
pub fn urgent(t: Locale, region: Option<Region>) -> Html {
    html! {
        <div class="rls-inset">
            <p>{ t.with_numbers(t.ui(Ui::StartUrgentIntro), region) }</p>
            <ul class="rls-list">
                <li>{ t.ui(Ui::StartUrgentSpine) }</li>
                <li>{ t.ui(Ui::StartUrgentWeak) }</li>
                <li>{ t.ui(Ui::StartUrgentBreath) }</li>
                <li>{ t.ui(Ui::StartUrgentPregnancy) }</li>
                <li>{ t.ui(Ui::StartUrgentHarm) }</li>
            </ul>
            <p>{ t.ui(Ui::StartUrgentToday) }</p>
            <ul class="rls-list">
                <li>{ t.ui(Ui::StartUrgentCalf) }</li>
            </ul>
        </div>
    }
}

#[function_component(StartPage)]
pub fn start_page(props: &StartProps) -> Html {
    let t = props.locale;
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    let on_forget = props.on_forget.reform(|_: MouseEvent| ());
    // Saved answers offered after Start was pressed (in a frame): the
    // choice is announced by moving focus to it.
    let saved_ref = use_node_ref();
    {
        let saved_ref = saved_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(props.has_saved, move |has_saved| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            if *has_saved && !first {
                if let Some(el) = saved_ref.cast::<web_sys::HtmlElement>() {
                    crate::browser::focus_element(&el, false);
                }
            }
        });
    }
    // After Forget, the buttons that were focused are gone: focus moves to
    // the start button, under which the status says what happened.
    let start_ref = use_node_ref();
    {
        let start_ref = start_ref.clone();
        use_effect_with(props.forgotten, move |forgotten| {
            if *forgotten {
                if let Some(el) = start_ref.cast::<web_sys::HtmlElement>() {
                    crate::browser::focus_element(&el, false);
                }
            }
        });
    }
    let start_label = if props.has_saved {
        t.ui(Ui::Resume)
    } else {
        t.ui(Ui::StartButton)
    };
    html! {
        <>
            <h1 class="rls-heading" id="rls-heading" tabindex="-1">{ t.ui(Ui::StartHeading) }</h1>
            <p class="rls-body rls-body--lead">{ t.ui(Ui::StartLead) }</p>
            <ul class="rls-start__facts">
                <li class="rls-start__fact">{ t.ui(Ui::StartTime) }</li>
                <li class="rls-start__fact">{ t.ui(Ui::StartPrivate) }</li>
                <li class="rls-start__fact">{ t.ui(Ui::StartNotDiagnosis) }</li>
            </ul>
            { urgent(t, props.region) }
            if props.has_saved {
                <p class="rls-body" id="rls-saved" tabindex="-1" ref={saved_ref}>{ t.ui(if props.saves { Ui::SavedNote } else { Ui::MemoryNote }) }</p>
            }
            <button type="button" class="rls-button rls-button--start" onclick={on_click} ref={start_ref}>
                { start_label }
                <svg class="rls-button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>
            if props.has_saved {
                <div class="rls-start__saved">
                    <button type="button" class="rls-button rls-button--secondary" onclick={on_forget}>{ t.ui(Ui::Forget) }</button>
                </div>
            }
            <p class="rls-start__status" role="status">{ if props.forgotten { t.ui(if props.saves { Ui::Forgotten } else { Ui::ForgottenMemory }) } else { "" } }</p>
        </>
    }
}
