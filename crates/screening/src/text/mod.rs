//! Every user-facing sentence, looked up by locale and key.
//!
//! The catalogues hold ids and the errors hold data; this module turns them
//! into words, and nothing else looks a text up. Each language is one table
//! of `(key, text)` pairs in `locales/`, so adding a language is adding a
//! table and a `Locale` variant. `required_keys` lists every key the
//! catalogues and the screens need, from the id enums' `ALL` lists; tests
//! check that each table holds exactly those keys.

use crate::causes::{CauseId, Grade, TestId};
use crate::flags::{FlagId, Level};
use crate::input::FieldError;
use crate::notes::NoteId;
use crate::questions::{question, Opt, QuestionId, Section, Unit, OWN_LABELS};
use crate::region::Region;
use crate::report::{Mark, Verdict, CRITERIA, MIMICS};
use crate::session::Session;
use crate::share_link::ShareLinkError;
use crate::step::Step;
use std::sync::OnceLock;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Es];

    /// The BCP 47 language tag, as used in `<html lang>` and `?lang=`.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The first of the visitor's preferred languages that the widget
    /// speaks, or `None`.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        tags.into_iter().find_map(Locale::from_tag)
    }

    /// The locale for a language tag such as `en`, `en-GB` or `EN`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Locale::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The language's `(key, text)` pairs, read from its table (see
    /// `locales`) on first use.
    pub(crate) fn table(self) -> &'static [(&'static str, &'static str)] {
        static EN: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
        static ES: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
        let (cell, texts) = match self {
            Locale::En => (&EN, crate::locales::en::TEXTS),
            Locale::Es => (&ES, crate::locales::es::TEXTS),
        };
        cell.get_or_init(|| {
            texts
                .split_terminator('\u{1e}')
                .filter_map(|entry| entry.split_once('\u{1f}'))
                .collect()
        })
    }

    /// The text for `key`. A missing key shows as the key itself, which the
    /// catalogue tests make impossible for every key the widget uses.
    pub fn text(self, key: &str) -> &'static str {
        self.table()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .unwrap_or(MISSING)
    }

    pub fn ui(self, key: Ui) -> &'static str {
        self.text(key.key())
    }

    pub fn prompt(self, q: QuestionId) -> &'static str {
        self.text(&format!("q.{}", q.key()))
    }

    /// The question's hint, for questions that have one.
    pub fn hint(self, q: QuestionId) -> Option<&'static str> {
        crate::questions::question(q)
            .has_hint
            .then(|| self.text(&format!("q.{}.hint", q.key())))
    }

    /// A few words naming the question, for the review page and "because you said".
    pub fn short(self, q: QuestionId) -> &'static str {
        self.text(&format!("q.{}.short", q.key()))
    }

    /// "Question n of m".
    pub fn progress(self, n: usize, m: usize) -> String {
        fill(
            self.ui(Ui::Progress),
            &[("n", &n.to_string()), ("m", &m.to_string())],
        )
    }

    /// The short name as it reads inside a sentence ("Change ferritin
    /// result"): a leading capital is lowered, unless the word is an
    /// abbreviation ("MS"). ASCII only, which keeps Unicode case tables out
    /// of the wasm module; every short name starts with an ASCII letter
    /// (tested).
    pub fn short_in_sentence(self, q: QuestionId) -> String {
        let mut s = self.short(q).to_string();
        let bytes = s.as_bytes();
        let abbreviation = bytes.get(1).is_some_and(u8::is_ascii_uppercase);
        if !abbreviation {
            if let Some(first) = s.get_mut(..1) {
                first.make_ascii_lowercase();
            }
        }
        s
    }

    pub fn option_label(self, o: Opt) -> &'static str {
        self.text(&format!("opt.{}", o.key()))
    }

    /// An option's words on question `q`: its own words there if it has
    /// them (`questions::OWN_LABELS`), else the shared ones.
    pub fn option_label_in(self, q: QuestionId, o: Opt) -> &'static str {
        if crate::questions::OWN_LABELS.contains(&(q, o)) {
            self.text(&format!("q.{}.opt.{}", q.key(), o.key()))
        } else {
            self.option_label(o)
        }
    }

    pub fn section(self, s: Section) -> &'static str {
        self.text(s.key())
    }

    pub fn cause_title(self, c: CauseId) -> &'static str {
        self.text(&format!("cause.{}.title", c.key()))
    }

    pub fn cause_why(self, c: CauseId) -> &'static str {
        self.text(&format!("cause.{}.why", c.key()))
    }

    pub fn cause_todo(self, c: CauseId) -> &'static str {
        self.text(&format!("cause.{}.todo", c.key()))
    }

    pub fn flag_title(self, f: FlagId) -> &'static str {
        self.text(&format!("flag.{}.title", f.key()))
    }

    /// What to do about a warning sign, with the region's emergency number
    /// and crisis line filled in (or generic words when no region is set).
    pub fn flag_todo(self, f: FlagId, region: Option<Region>) -> String {
        self.with_numbers(self.text(&format!("flag.{}.todo", f.key())), region)
    }

    /// The heading over the warning signs of one level.
    pub fn level_heading(self, level: Level) -> &'static str {
        self.text(&format!("level.{}", level.key()))
    }

    pub fn note(self, n: NoteId) -> &'static str {
        self.text(&format!("note.{}", n.key()))
    }

    /// The text of criterion `i` (0 to 4) of the five.
    pub fn criterion(self, i: usize) -> &'static str {
        self.text(&format!("criterion.{}", i + 1))
    }

    pub fn mark(self, m: Mark) -> &'static str {
        self.text(m.key())
    }

    /// What a look-alike usually needs instead.
    pub fn mimic_todo(self, o: Opt) -> &'static str {
        self.text(&format!("mimic.{}.todo", o.key()))
    }

    /// The emergency number to call: the region's, or "your local
    /// emergency number".
    pub fn emergency(self, region: Option<Region>) -> String {
        match region {
            Some(r) => r.emergency().join(&format!(" {} ", self.ui(Ui::Or))),
            None => self.ui(Ui::EmergencyGeneric).to_string(),
        }
    }

    /// A sentence naming the region's crisis line, or telling the person
    /// to find one, when no region is set or the region has none for all.
    pub fn crisis(self, region: Option<Region>) -> String {
        match region.and_then(Region::crisis_line) {
            Some((name, number)) => fill(
                self.ui(Ui::CrisisLine),
                &[("name", name), ("number", number)],
            ),
            None => self.ui(Ui::CrisisGeneric).to_string(),
        }
    }

    /// A text with `{emergency}` and `{crisis}` filled in for `region`.
    pub fn with_numbers(self, text: &str, region: Option<Region>) -> String {
        fill(
            text,
            &[
                ("emergency", &self.emergency(region)),
                ("crisis", &self.crisis(region)),
            ],
        )
    }

    pub fn grade(self, g: Grade) -> &'static str {
        self.text(g.key())
    }

    pub fn test(self, t: TestId) -> &'static str {
        self.text(t.key())
    }

    pub fn verdict(self, v: Verdict) -> &'static str {
        self.text(v.key())
    }

    /// An answer in words, for the review page: option labels joined, or a
    /// number with its unit.
    pub fn answer_text(self, q: QuestionId, answer: &crate::answers::Answer) -> String {
        use crate::answers::Answer;
        match answer {
            Answer::Choice(o) => self.option_label_in(q, *o).to_string(),
            Answer::Choices(os) => os
                .iter()
                .map(|o| self.option_label_in(q, *o))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Number(n) => self.number_text(q, *n),
        }
    }

    fn number_text(self, q: QuestionId, n: u16) -> String {
        match crate::questions::question(q).kind {
            crate::questions::Kind::Number { unit, .. } => format!("{n} {}", self.text(unit.key())),
            _ => n.to_string(),
        }
    }

    /// One piece of evidence in words: "Iron and blood: I have heavy periods".
    pub fn evidence_text(self, e: &crate::rules::Evidence) -> String {
        let value = match e.fact {
            crate::rules::Fact::Chose(o) => self.option_label_in(e.question, o).to_string(),
            crate::rules::Fact::Number(n) => self.number_text(e.question, n),
        };
        format!("{}: {value}", self.short(e.question))
    }

    /// What a look-alike condition is, for the verdict's "could also be" list.
    pub fn mimic(self, o: Opt) -> &'static str {
        self.text(&format!("mimic.{}", o.key()))
    }

    /// The page title for the session's step, which screen readers announce
    /// first: the step's heading (with "Error:" before it while an answer
    /// is refused), then the check's name.
    pub fn page_title(self, session: &Session) -> String {
        let app = self.ui(Ui::AppTitle);
        let page = match session.step {
            Step::Start => return app.to_string(),
            Step::Question(q) => {
                let (n, m) = session.progress().unwrap_or((0, 0));
                format!("{} \u{2013} {}", self.progress(n, m), self.prompt(q))
            }
            Step::Review => self.ui(Ui::ReviewHeading).to_string(),
            Step::Results | Step::SharedResults => self.ui(Ui::ResultsHeading).to_string(),
            Step::BrokenLink(_) => self.ui(Ui::BrokenHeading).to_string(),
        };
        let prefix = if session.error.is_some() {
            format!("{} ", self.ui(Ui::ErrorPrefix))
        } else {
            String::new()
        };
        format!("{prefix}{page} \u{2013} {app}")
    }

    /// What is wrong with what was entered, as a full sentence.
    pub fn field_error(self, e: &FieldError) -> String {
        let text = |t: ErrorText| self.text(t.key());
        match *e {
            FieldError::ChooseOne => text(ErrorText::ChooseOne).to_string(),
            FieldError::ChooseAtLeastOne => text(ErrorText::ChooseSome).to_string(),
            FieldError::ExclusiveWithOthers(o) => fill(
                text(ErrorText::Exclusive),
                &[("option", self.option_label(o))],
            ),
            FieldError::EnterNumber => text(ErrorText::EnterNumber).to_string(),
            FieldError::NotANumber => text(ErrorText::NotANumber).to_string(),
            FieldError::OutOfRange { min, max } => fill(
                text(ErrorText::OutOfRange),
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            FieldError::NumberAndUnknown => text(ErrorText::NumberAndUnknown).to_string(),
        }
    }

    /// Why a share link could not be opened: the sentence shown under
    /// "This link is damaged or incomplete".
    pub fn share_link_error(self, e: &ShareLinkError) -> &'static str {
        let t = match e {
            ShareLinkError::Empty => ErrorText::LinkEmpty,
            ShareLinkError::UnknownVersion => ErrorText::LinkVersion,
            ShareLinkError::TooNew => ErrorText::LinkTooNew,
            ShareLinkError::WrongLength { .. } => ErrorText::LinkLength,
            ShareLinkError::BadCharacter { .. } => ErrorText::LinkCharacter,
            ShareLinkError::BadChecksum => ErrorText::LinkChecksum,
            ShareLinkError::OutOfRange(_) | ShareLinkError::Unreachable(_) => {
                ErrorText::LinkAnswers
            }
        };
        self.text(t.key())
    }
}

/// Fills the `{name}` placeholders of a text with `values`; a placeholder
/// without a value stays as it is. Scans for braces by hand: the library's
/// substring search would add kilobytes of code to the wasm module.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, v)| (close, *v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Shown where a text is missing; the tests keep it from ever appearing.
const MISSING: &str = "\u{2026}";

keyed_ids! {
    /// Texts of the screens themselves (not of a catalogue entry).
    Ui {
        AppTitle = "app.title",
        LangName = "lang.name",
        LangLabel = "lang.label",
        CrashMessage = "crash.message",
        CrashRestart = "crash.restart",
        StartHeading = "start.heading",
        StartLead = "start.lead",
        StartTime = "start.time",
        StartPrivate = "start.private",
        StartNotDiagnosis = "start.not_diagnosis",
        StartUrgentIntro = "start.urgent_intro",
        StartUrgentSpine = "start.urgent_spine",
        StartUrgentWeak = "start.urgent_weak",
        StartUrgentBreath = "start.urgent_breath",
        StartUrgentPregnancy = "start.urgent_pregnancy",
        StartUrgentHarm = "start.urgent_harm",
        StartUrgentToday = "start.urgent_today",
        StartUrgentCalf = "start.urgent_calf",
        StartButton = "start.button",
        Continue = "nav.continue",
        Back = "nav.back",
        Progress = "nav.progress",
        SelectAll = "form.select_all",
        Or = "form.or",
        ErrorSummaryTitle = "error.summary_title",
        ErrorPrefix = "error.prefix",
        ReviewHeading = "review.heading",
        ReviewChange = "review.change",
        ReviewContinue = "review.continue",
        YourAnswers = "results.answers_heading",
        ResultsHeading = "results.heading",
        NotesHeading = "results.notes_heading",
        PatternHeading = "results.pattern_heading",
        CriteriaIntro = "results.criteria_intro",
        MimicsIntro = "results.mimics_intro",
        MimicsNeed = "results.mimics_need",
        LookAlikesHeading = "results.look_alikes_heading",
        NoLookAlike = "results.no_look_alike",
        Persistent = "results.persistent",
        AffectsLife = "results.affects_life",
        CausesHeading = "results.causes_heading",
        Because = "results.because",
        WhatYouCanDo = "results.todo",
        TestsForCause = "results.tests_for",
        MoreCauses = "results.more_causes",
        TestsHeading = "results.tests_heading",
        TestsIntro = "results.tests_intro",
        BackgroundHeading = "results.background_heading",
        Evidence = "results.evidence",
        Sources = "results.sources",
        ReadMore = "results.read_more",
        ReadMoreIntro = "results.read_more_intro",
        EmergencyGeneric = "help.emergency_generic",
        CrisisLine = "help.crisis_line",
        CrisisGeneric = "help.crisis_generic",
        ChildHeading = "child.heading",
        ChildIntro = "child.intro",
        ChildDoctor = "child.doctor",
        ChildIron = "child.iron",
        ChildOverlap = "child.overlap",
        ChildUrgent = "child.urgent",
        ChildCrisis = "child.crisis",
        ChildChange = "child.change",
        NotDiagnosis = "results.not_diagnosis",
        Print = "results.print",
        Restart = "results.restart",
        ShareHeading = "share.heading",
        ShareIntro = "share.intro",
        ShareLabel = "share.label",
        ShareCopy = "share.copy",
        ShareCopied = "share.copied",
        ShareCopyFailed = "share.copy_failed",
        ShareSystem = "share.system",
        SharedNotice = "share.shared_notice",
        SharedEdit = "share.edit",
        SharedOwn = "share.own",
        BrokenHeading = "share.broken_heading",
        BrokenIntro = "share.broken_intro",
        SavedNote = "storage.saved",
        Forget = "storage.forget",
        Resume = "storage.resume",
        MemoryNote = "storage.memory",
        ForgottenMemory = "storage.forgotten_memory",
        ResultsMemoryNote = "storage.results_memory",
        Forgotten = "storage.forgotten",
        ResultsSavedNote = "storage.results_note",
    }
}

keyed_ids! {
    /// The sentences that say what is wrong: with what was entered on a
    /// question page (`FieldError`) or with a share link (`ShareLinkError`).
    ErrorText {
        ChooseOne = "error.choose_one",
        ChooseSome = "error.choose_some",
        Exclusive = "error.exclusive",
        EnterNumber = "error.enter_number",
        NotANumber = "error.not_a_number",
        OutOfRange = "error.out_of_range",
        NumberAndUnknown = "error.number_and_unknown",
        LinkEmpty = "share.error.empty",
        LinkVersion = "share.error.version",
        LinkTooNew = "share.error.too_new",
        LinkLength = "share.error.length",
        LinkCharacter = "share.error.character",
        LinkChecksum = "share.error.checksum",
        LinkAnswers = "share.error.answers",
    }
}

/// Every key the catalogues and the screens look up, in a stable order.
///
/// Derived from the id enums' `ALL` lists, so that a new id cannot go
/// without its words; the catalogues add only what they alone know: which
/// questions have a hint, which options have words of their own on one
/// question (`OWN_LABELS`), which look-alikes the report names (`MIMICS`)
/// and how many criteria there are.
pub fn required_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    keys.extend(Ui::ALL.iter().map(|u| u.key().to_string()));
    keys.extend(ErrorText::ALL.iter().map(|e| e.key().to_string()));
    for q in QuestionId::ALL {
        keys.push(format!("q.{}", q.key()));
        keys.push(format!("q.{}.short", q.key()));
        if question(*q).has_hint {
            keys.push(format!("q.{}.hint", q.key()));
        }
    }
    keys.extend(Opt::ALL.iter().map(|o| format!("opt.{}", o.key())));
    keys.extend(
        OWN_LABELS
            .iter()
            .map(|(q, o)| format!("q.{}.opt.{}", q.key(), o.key())),
    );
    keys.extend(Section::ALL.iter().map(|s| s.key().to_string()));
    keys.extend(Unit::ALL.iter().map(|u| u.key().to_string()));
    for (_, o) in MIMICS {
        keys.push(format!("mimic.{}", o.key()));
        keys.push(format!("mimic.{}.todo", o.key()));
    }
    for c in CauseId::ALL {
        for part in ["title", "why", "todo"] {
            keys.push(format!("cause.{}.{part}", c.key()));
        }
    }
    for f in FlagId::ALL {
        keys.push(format!("flag.{}.title", f.key()));
        keys.push(format!("flag.{}.todo", f.key()));
    }
    keys.extend(Level::ALL.iter().map(|l| format!("level.{}", l.key())));
    keys.extend(NoteId::ALL.iter().map(|n| format!("note.{}", n.key())));
    keys.extend((1..=CRITERIA).map(|i| format!("criterion.{i}")));
    keys.extend(Mark::ALL.iter().map(|m| m.key().to_string()));
    keys.extend(Grade::ALL.iter().map(|g| g.key().to_string()));
    keys.extend(TestId::ALL.iter().map(|t| t.key().to_string()));
    keys.extend(Verdict::ALL.iter().map(|v| v.key().to_string()));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flags::RED_FLAGS;

    #[test]
    fn every_table_reads_back_whole() {
        for l in Locale::ALL {
            let count = match l {
                Locale::En => crate::locales::en::COUNT,
                Locale::Es => crate::locales::es::COUNT,
            };
            assert_eq!(
                l.table().len(),
                count,
                "{l:?}: a text holds a separator character"
            );
            for (k, v) in l.table() {
                assert!(!k.is_empty() && !v.is_empty(), "{l:?} {k}");
            }
        }
        assert_eq!(Locale::En.ui(Ui::Continue), "Continue");
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            fill("Question {n} of {m}", &[("n", "3"), ("m", "24")]),
            "Question 3 of 24"
        );
        assert_eq!(fill("{n}{n}", &[("n", "ab")]), "abab");
        assert_eq!(fill("a {x} {n} {", &[("n", "1")]), "a {x} 1 {");
        assert_eq!(fill("", &[("n", "1")]), "");
        assert_eq!(fill("niño {n}", &[("n", "ñ")]), "niño ñ");
    }

    #[test]
    fn short_names_read_inside_a_sentence() {
        for l in Locale::ALL {
            for q in QuestionId::ALL {
                let short = l.short(*q);
                assert!(
                    short.starts_with(|c: char| c.is_ascii_alphabetic()),
                    "{l:?} {q:?}: {short}"
                );
                let inside = l.short_in_sentence(*q);
                assert_eq!(inside[1..], short[1..]);
                assert!(
                    inside.starts_with(|c: char| c.is_ascii_lowercase())
                        || short[1..].starts_with(|c: char| c.is_ascii_uppercase())
                );
            }
        }
        assert_eq!(
            Locale::En.short_in_sentence(QuestionId::Pregnant),
            "pregnancy or recent birth"
        );
    }

    fn keys(locale: Locale) -> Vec<&'static str> {
        locale.table().iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn every_language_has_every_key_the_widget_uses() {
        for l in Locale::ALL {
            let have = keys(*l);
            for k in required_keys() {
                assert!(have.contains(&k.as_str()), "{} lacks {k}", l.code());
            }
        }
    }

    #[test]
    fn no_language_has_keys_nobody_uses_or_twice() {
        let required = required_keys();
        for l in Locale::ALL {
            let have = keys(*l);
            for (i, k) in have.iter().enumerate() {
                assert!(
                    required.iter().any(|r| r == k),
                    "{} has unused key {k}",
                    l.code()
                );
                assert!(!have[i + 1..].contains(k), "{} has {k} twice", l.code());
            }
        }
    }

    #[test]
    fn no_text_is_empty() {
        for l in Locale::ALL {
            for (k, v) in l.table() {
                assert!(!v.trim().is_empty(), "{} {k} is empty", l.code());
            }
        }
    }

    /// Words the widget must never use, per language (clinical reference §5):
    /// no diagnosis, no probabilities, no named copyrighted instruments.
    fn forbidden(locale: Locale) -> &'static [&'static str] {
        match locale {
            Locale::En => &[
                "%",
                "probab",
                "chance",
                "likely",
                "odds",
                "percent",
                "score",
                "irls",
                "rls-6",
                "ch-rlsq",
                "rls-di",
                "you have rls",
                "you have restless legs syndrome",
            ],
            Locale::Es => &[
                "%",
                "probab",
                "posibilidad",
                "porcentaje",
                "puntuaci",
                "irls",
                "rls-6",
                "ch-rlsq",
                "rls-di",
                "usted tiene el s\u{ed}ndrome",
                "tiene spi",
            ],
        }
    }

    /// The only way the word "diagnosis" may appear: saying what this is not.
    fn allowed_diagnosis(locale: Locale) -> &'static [&'static str] {
        match locale {
            Locale::En => &["is not a diagnosis"],
            Locale::Es => &["no es un diagn\u{f3}stico"],
        }
    }

    /// Words for stopping (a medicine), which may appear only as advice not to.
    fn negations(locale: Locale) -> (&'static [&'static str], &'static [&'static str]) {
        match locale {
            Locale::En => (&["stop"], &["never ", "not ", "n't ", "don\u{2019}t "]),
            Locale::Es => (
                &["deje de tomar", "dejar de tomar", "suspend", "interrump"],
                &["no ", "nunca ", "ni lo ", "ni "],
            ),
        }
    }

    #[test]
    fn wording_follows_the_rules_in_every_language() {
        for l in Locale::ALL {
            for (key, text) in l.table() {
                let lower = text.to_lowercase();
                for word in forbidden(*l) {
                    assert!(
                        !lower.contains(word),
                        "{} {key} says {word:?}: {text}",
                        l.code()
                    );
                }
                let mut rest = lower.clone();
                for ok in allowed_diagnosis(*l) {
                    rest = rest.replace(ok, "");
                }
                assert!(
                    !rest.contains("diagn"),
                    "{} {key} speaks of a diagnosis: {text}",
                    l.code()
                );
                let (stops, nots) = negations(*l);
                for stop in stops {
                    for (at, _) in lower.match_indices(stop) {
                        let before = &lower[..at];
                        assert!(
                            nots.iter().any(|n| before.ends_with(n)),
                            "{} {key} may advise stopping: {text}",
                            l.code()
                        );
                    }
                }
            }
        }
    }

    /// Emergency and crisis numbers come only from `region`: no text names
    /// one country's number for everyone.
    #[test]
    fn no_text_names_an_emergency_or_crisis_number() {
        let numbers = [
            "999", "911", "112", "988", "000", "111", "116 123", "024", "13 11 14",
        ];
        for l in Locale::ALL {
            for (key, text) in l.table() {
                for n in numbers {
                    let alone = text.match_indices(n).any(|(at, _)| {
                        let before = text[..at].chars().next_back();
                        let after = text[at + n.len()..].chars().next();
                        !before.is_some_and(|c| c.is_ascii_digit())
                            && !after.is_some_and(|c| c.is_ascii_digit())
                    });
                    assert!(!alone, "{} {key} names {n}: {text}", l.code());
                }
            }
        }
        let generic = Locale::En.with_numbers("Call {emergency}. {crisis}", None);
        assert_eq!(
            generic,
            "Call your local emergency number. You can also call a crisis line in your country."
        );
        let uk = Locale::En.with_numbers("Call {emergency}. {crisis}", Some(Region::Uk));
        assert_eq!(uk, "Call 999. You can call Samaritans on 116 123.");
        let ie = Locale::Es.emergency(Some(Region::Ie));
        assert_eq!(ie, "112 o 999");
    }

    /// The warning signs marked `crisis` are the ones whose advice names a
    /// crisis line, in every language.
    #[test]
    fn crisis_signs_name_a_crisis_line() {
        for l in Locale::ALL {
            for f in RED_FLAGS {
                let todo = l.text(&format!("flag.{}.todo", f.id.key()));
                assert_eq!(
                    todo.contains("{crisis}"),
                    f.crisis,
                    "{} {:?}",
                    l.code(),
                    f.id
                );
                if f.level == Level::Emergency {
                    assert!(todo.contains("{emergency}"), "{} {:?}", l.code(), f.id);
                }
            }
        }
    }

    #[test]
    fn every_language_has_the_same_keys() {
        let en = keys(Locale::En);
        for l in Locale::ALL {
            let mut a = keys(*l);
            let mut b = en.clone();
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{} and en differ", l.code());
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        let holes = |t: &str| {
            let mut v: Vec<String> = t
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}'))
                .map(|(h, _)| h.to_string())
                .filter(|h| !h.starts_with("u{"))
                .collect();
            v.sort();
            v
        };
        for l in Locale::ALL {
            for (k, v) in l.table() {
                assert_eq!(holes(v), holes(Locale::En.text(k)), "{} {k}", l.code());
            }
        }
    }

    #[test]
    fn no_language_borrows_another_languages_sentences() {
        // A long English sentence left untranslated in another table.
        for l in Locale::ALL.iter().filter(|l| **l != Locale::En) {
            for (k, v) in l.table() {
                if v.len() > 30 {
                    assert_ne!(*v, Locale::En.text(k), "{} {k} is still English", l.code());
                }
            }
        }
    }

    #[test]
    fn the_visitors_languages_pick_the_first_one_spoken() {
        assert_eq!(
            Locale::preferred(["fr-FR", "es-MX", "en"]),
            Some(Locale::Es)
        );
        assert_eq!(Locale::preferred(["de", "fr"]), None);
    }

    #[test]
    fn language_tags_are_read_leniently() {
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("es-419"), Some(Locale::Es));
        assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
        assert_eq!(Locale::from_tag("xx"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn answers_and_evidence_read_as_words() {
        use crate::answers::Answer;
        use crate::rules::{Evidence, Fact};
        let l = Locale::En;
        assert_eq!(
            l.answer_text(QuestionId::Ferritin, &Answer::Number(45)),
            "45 ng/mL"
        );
        assert_eq!(
            l.answer_text(
                QuestionId::Diet,
                &Answer::Choices(vec![Opt::Vegetarian, Opt::NoDairy])
            ),
            "I am vegetarian or vegan; I eat little or no dairy, such as milk, cheese or yoghurt"
        );
        let e = Evidence {
            question: QuestionId::Family,
            fact: Fact::Chose(Opt::Yes),
        };
        assert_eq!(
            l.evidence_text(&e),
            "Close relative with restless legs: Yes"
        );
    }

    #[test]
    fn field_errors_read_as_sentences_with_their_values() {
        let l = Locale::En;
        assert_eq!(
            l.field_error(&FieldError::OutOfRange { min: 1, max: 3000 }),
            "Enter a number from 1 to 3000."
        );
        assert!(l
            .field_error(&FieldError::ExclusiveWithOthers(Opt::NoneOfThese))
            .contains("\u{201c}None of these\u{201d} on its own"));
        assert_eq!(l.field_error(&FieldError::ChooseOne), "Choose one answer.");
    }

    #[test]
    fn page_titles_name_the_step_then_the_check() {
        use crate::session::Action;
        let check = |locale: Locale, session: &Session, expected: &str| {
            assert_eq!(locale.page_title(session), expected, "{:?}", session.step);
        };
        let start = Session::new();
        check(Locale::En, &start, "Restless legs check");
        let first = start.apply(Action::Begin);
        check(
            Locale::En,
            &first,
            "Question 1 of 26 \u{2013} Are you 18 or older? \u{2013} Restless legs check",
        );
        let refused = first.apply(Action::Submit(crate::input::Input::default()));
        check(
            Locale::En,
            &refused,
            "Error: Question 1 of 26 \u{2013} Are you 18 or older? \u{2013} Restless legs check",
        );
        let at = |step: Step| Session {
            step,
            ..Session::new()
        };
        check(
            Locale::En,
            &at(Step::Review),
            "Check your answers \u{2013} Restless legs check",
        );
        check(
            Locale::En,
            &at(Step::SharedResults),
            "Your results \u{2013} Restless legs check",
        );
        check(
            Locale::En,
            &at(Step::BrokenLink(ShareLinkError::BadChecksum)),
            "This link is damaged or incomplete \u{2013} Restless legs check",
        );
        assert!(Locale::Es
            .page_title(&first)
            .ends_with(Locale::Es.ui(Ui::AppTitle)));
    }

    #[test]
    fn share_link_errors_read_as_sentences() {
        let l = Locale::En;
        assert_eq!(
            l.share_link_error(&ShareLinkError::Empty),
            "The link holds no answers."
        );
        assert_eq!(
            l.share_link_error(&ShareLinkError::Unreachable(QuestionId::Trimester)),
            l.share_link_error(&ShareLinkError::OutOfRange(QuestionId::Urge)),
        );
        for e in [
            ShareLinkError::UnknownVersion,
            ShareLinkError::TooNew,
            ShareLinkError::WrongLength {
                expected: 26,
                found: 2,
            },
            ShareLinkError::BadCharacter { position: 0 },
            ShareLinkError::BadChecksum,
        ] {
            for locale in Locale::ALL {
                let sentence = locale.share_link_error(&e);
                assert!(sentence.ends_with('.'), "{locale:?} {e:?}: {sentence}");
            }
        }
    }
}
