//! The file "Save for your doctor (FHIR)" writes: a FHIR R4 `Bundle` of
//! type `collection` holding a `QuestionnaireResponse` (the answers, coded
//! as the published Questionnaire codes them) and a `Composition` a
//! clinician can read (the verdict, the five criteria, the warning signs
//! with a standing line that the self-harm answer is never in the file,
//! how often and how bad, the medicines reported, the causes and the
//! tests, in the person's language).
//!
//! The Questionnaire itself is written by `examples/fhir.rs` from the
//! catalogue walk (`export`); this module holds what both must agree on
//! (the canonical address, the version, the answer code system) and the
//! writer, which runs in the browser and so uses the small hand-written
//! JSON writer in `json.rs`. The answer to a question in
//! `share_link::NEVER_SHARED` is never written, and neither is a warning
//! sign or cause that would reveal it. The time is given, never read here.

use crate::answers::{Answer, Answers};
use crate::export::UNKNOWN_SUFFIX;
use crate::questions::{question, Kind};
use crate::report::Report;
use crate::rules::Evidence;
use crate::share_link::NEVER_SHARED;
use crate::text::{Locale, Ui};

mod json;
#[cfg(test)]
mod tests;

use json::{date_time, xml, Json};

/// The Questionnaire's canonical URL. An identifier only: the `.invalid`
/// domain can never resolve, so nothing ever fetches it, and the widget
/// sends nothing anywhere.
pub const CANONICAL_URL: &str = "https://rls-check.invalid/fhir/Questionnaire/rls-check";

/// The version of the question catalogue as published. An integrity test
/// holds a fingerprint of the catalogue walk and fails, asking for a new
/// version, when the questions, options, conditions or words change.
pub const CATALOGUE_VERSION: &str = "1.0.0";

/// The code system of every answer code (the option keys); an identifier
/// only, like `CANONICAL_URL`.
pub const CODE_SYSTEM: &str = "https://rls-check.invalid/fhir/CodeSystem/rls-check-answers";

/// Whether a warning sign or cause rests on an answer that never leaves
/// the device (a test checks every rule that mentions one).
fn private(because: &[Evidence]) -> bool {
    because.iter().any(|e| NEVER_SHARED.contains(&e.question))
}

/// An XHTML `div` for a section's narrative.
struct Div(String);

impl Div {
    fn new() -> Self {
        Div("<div xmlns=\"http://www.w3.org/1999/xhtml\">".to_string())
    }

    fn p(&mut self, text: &str) -> &mut Self {
        self.0.push_str("<p>");
        xml(&mut self.0, text);
        self.0.push_str("</p>");
        self
    }

    fn list<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) -> &mut Self {
        self.0.push_str("<ul>");
        for item in items {
            self.0.push_str("<li>");
            xml(&mut self.0, item);
            self.0.push_str("</li>");
        }
        self.0.push_str("</ul>");
        self
    }
}

/// One section of the Composition; none when `items` is empty.
fn section(j: &mut Json, title: &str, lead: &str, items: &[&str]) {
    if items.is_empty() && lead.is_empty() {
        return;
    }
    let mut div = Div::new();
    if !lead.is_empty() {
        div.p(lead);
    }
    if !items.is_empty() {
        div.list(items.iter().copied());
    }
    div.0.push_str("</div>");
    j.raw(",{\"title\":")
        .str(title)
        .raw(",\"text\":{\"status\":\"generated\",\"div\":")
        .str(&div.0)
        .raw("}}");
}

/// The answers as `QuestionnaireResponse.item`s, in catalogue order.
fn items(j: &mut Json, answers: &Answers) {
    let mut first = true;
    for (q, answer) in answers.iter() {
        let offered: Vec<_> = match answer {
            Answer::Choice(o) => vec![*o],
            Answer::Choices(os) => os.clone(),
            Answer::Number(_) => Vec::new(),
        };
        // Retired options (still read from old links) have no code in the
        // Questionnaire, so they are left out.
        let offered: Vec<_> = offered
            .into_iter()
            .filter(|o| question(q).offers(*o))
            .collect();
        let number = matches!(answer, Answer::Number(_));
        if NEVER_SHARED.contains(&q) || (offered.is_empty() && !number) {
            continue;
        }
        j.raw(if first {
            "{\"linkId\":\""
        } else {
            ",{\"linkId\":\""
        })
        .raw(q.key());
        first = false;
        if !number && matches!(question(q).kind, Kind::Number { .. }) {
            j.raw(UNKNOWN_SUFFIX);
        }
        j.raw("\",\"answer\":[");
        if let Answer::Number(n) = answer {
            j.raw("{\"valueInteger\":").raw(&n.to_string()).raw("}");
        }
        for (i, o) in offered.iter().enumerate() {
            j.raw(if i == 0 { "{" } else { ",{" })
                .raw("\"valueCoding\":{\"system\":\"")
                .raw(CODE_SYSTEM)
                .raw("\",\"code\":\"")
                .raw(o.key())
                .raw("\",\"display\":")
                .str(Locale::En.option_label_in(q, *o))
                .raw("}}");
        }
        j.raw("]}");
    }
}

/// The Composition's sections: the pattern, the warning signs (most
/// urgent first), the causes and the tests; for someone under 18, the
/// page for children.
fn sections(j: &mut Json, t: Locale, answers: &Answers, r: &Report) {
    if r.child {
        return section(j, t.ui(Ui::ChildHeading), t.ui(Ui::ChildIntro), &[]);
    }
    let marks: Vec<String> = r
        .criteria
        .iter()
        .enumerate()
        .map(|(i, m)| [t.criterion(i), ": ", t.mark(*m)].concat())
        .collect();
    let lead = [t.verdict(r.verdict), " ", t.ui(Ui::NotDiagnosis)].concat();
    section(
        j,
        t.ui(Ui::PatternHeading),
        &lead,
        &marks.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    // Always written, most urgent first, each with its level; and always
    // the line that the self-harm answer is never here, whatever it was,
    // so that a file without it reads the same for everyone.
    let mut flags: Vec<String> = r
        .flags
        .iter()
        .filter(|f| !private(&f.because))
        .map(|f| t.flag_line(f))
        .collect();
    if flags.is_empty() {
        flags.push(t.ui(Ui::SummaryNoFlags).to_string());
    }
    section(
        j,
        t.ui(Ui::SummaryFlags),
        t.ui(Ui::SummarySelfHarmMissing),
        &flags.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let severity: Vec<String> = r
        .severity
        .iter()
        .map(|(q, p)| [t.short(*q), ": ", &t.severity_text(*q, *p, answers)].concat())
        .collect();
    section(
        j,
        t.section(crate::questions::Section::Severity),
        "",
        &severity.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let medicines: Vec<&str> = r
        .medicines
        .iter()
        .map(|(q, o)| t.option_label_in(*q, *o))
        .collect();
    section(
        j,
        t.ui(Ui::SummaryMedicines),
        if medicines.is_empty() {
            t.no_medicines(r)
        } else {
            ""
        },
        &medicines,
    );
    let causes: Vec<&str> = r
        .causes
        .iter()
        .filter(|m| !private(&m.because))
        .map(|m| t.cause_title(m.id))
        .collect();
    section(j, t.ui(Ui::CausesHeading), "", &causes);
    let tests: Vec<&str> = r.tests.iter().map(|x| t.test(*x)).collect();
    section(j, t.ui(Ui::TestsHeading), "", &tests);
}

/// The saved file's name (`rls-check-<date>.json`) and its text: a FHIR R4
/// Bundle with the response and the summary, written in `locale` at the
/// time `ms` (milliseconds since 1970) in a zone `offset` minutes behind
/// UTC (JavaScript's `Date.getTimezoneOffset`).
pub fn saved_file(
    answers: &Answers,
    report: &Report,
    locale: Locale,
    ms: u64,
    offset: i32,
) -> (String, String) {
    let when = date_time(ms, offset);
    let t = locale;
    let mut j = Json::default();
    j.raw("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"")
        .raw(&when)
        .raw("\",\"entry\":[{\"resource\":{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":\"")
        .raw(CANONICAL_URL)
        .raw("|")
        .raw(CATALOGUE_VERSION)
        .raw("\",\"status\":\"completed\",\"authored\":\"")
        .raw(&when)
        .raw("\"");
    // FHIR allows no empty array: no answers, no `item`.
    let mut answered = Json::default();
    items(&mut answered, answers);
    if !answered.0.is_empty() {
        j.raw(",\"item\":[").raw(&answered.0).raw("]");
    }
    j.raw("}},{\"resource\":{\"resourceType\":\"Composition\",\"language\":\"")
        .raw(t.code())
        .raw("\",\"status\":\"final\",\"type\":{\"text\":")
        .str(t.ui(Ui::FhirType))
        .raw("},\"date\":\"")
        .raw(&when)
        .raw("\",\"author\":[{\"display\":")
        .str(t.ui(Ui::FhirAuthor))
        .raw("}],\"title\":")
        .str(t.ui(Ui::AppTitle))
        .raw(",\"section\":[");
    let start = j.0.len();
    sections(&mut j, t, answers, report);
    // Each section starts with a comma; the list's first must not.
    if j.0.get(start..=start) == Some(",") {
        j.0.remove(start);
    }
    j.raw("]}}]}");
    let name = ["rls-check-", when.get(..10).unwrap_or_default(), ".json"].concat();
    (name, j.0)
}
