//! "Save for your doctor (FHIR)": a sentence saying what the file holds
//! and where it goes, and the button that saves it. The core writes the
//! file (`screening::fhir::saved_file`) from the answers, the report and
//! the time, which is read here at the click; the browser saves it.

use crate::browser;
use screening::{Answers, Locale, Report, Ui};
use std::rc::Rc;
use yew::prelude::*;

pub fn fhir_save(t: Locale, answers: &Answers, report: &Rc<Report>) -> Html {
    let answers = answers.clone();
    let report = Rc::clone(report);
    let on_save = Callback::from(move |_: MouseEvent| {
        let now = js_sys::Date::new_0();
        let ms = now.get_time().max(0.0) as u64;
        let offset = now.get_timezone_offset() as i32;
        let (name, text) = screening::fhir::saved_file(&answers, &report, t, ms, offset);
        browser::download(&name, &text, "application/fhir+json");
    });
    html! {
        <div class="rls-fhir-save">
            <p class="rls-body">{ t.ui(Ui::FhirIntro) }</p>
            <button type="button" class="rls-button rls-button--secondary" onclick={on_save}>{ t.ui(Ui::FhirSave) }</button>
        </div>
    }
}
