//! The words of the catalogues' and the report's ids: questions and their
//! options, answers and evidence, sections and units, causes, grades and
//! tests, verdicts, criteria and look-alikes, notes, and warning signs with
//! the region's emergency number and crisis line filled in.

use super::{fill, Locale, Ui};
use crate::answers::{Answer, Answers};
use crate::causes::{CauseId, Grade, TestId};
use crate::flags::{FlagId, Level};
use crate::hash::hash_parts;
use crate::notes::NoteId;
use crate::questions::{question, Kind, Opt, QuestionId, Section, Unit, OWN_LABELS};
use crate::region::Region;
use crate::report::{FlagMatch, Mark, Picture, Report, Verdict};
use crate::rules::{Evidence, Fact};

impl Locale {
    pub fn prompt(self, q: QuestionId) -> &'static str {
        self.text_of("q", q.key(), "")
    }

    /// The question's hint, for questions that have one.
    pub fn hint(self, q: QuestionId) -> Option<&'static str> {
        question(q)
            .has_hint
            .then(|| self.text_of("q", q.key(), ".hint"))
    }

    /// A few words naming the question, for the review page and "because you said".
    pub fn short(self, q: QuestionId) -> &'static str {
        self.text_of("q", q.key(), ".short")
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
        self.text_of("opt", o.key(), "")
    }

    /// An option's words on question `q`: its own words there if it has
    /// them (`questions::OWN_LABELS`), else the shared ones.
    pub fn option_label_in(self, q: QuestionId, o: Opt) -> &'static str {
        if OWN_LABELS.contains(&(q, o)) {
            self.by_hash(hash_parts(&["q.", q.key(), ".opt.", o.key()]))
        } else {
            self.option_label(o)
        }
    }

    /// An answer in words, for the review page: option labels joined, or a
    /// number with its unit.
    pub fn answer_text(self, q: QuestionId, answer: &Answer) -> String {
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

    /// A warning sign with its level, for a clinician: "See a doctor soon:
    /// …". The summary and the saved file both list signs this way.
    pub fn flag_line(self, f: &FlagMatch) -> String {
        [self.level_heading(f.level), ": ", self.flag_title(f.id)].concat()
    }

    /// What the clinician reads when no listed medicine was ticked: "not
    /// sure which" when the person said so, else "none of them".
    pub fn no_medicines(self, r: &Report) -> &'static str {
        self.ui(if r.medicines_not_sure {
            Ui::SummaryMedicinesUnsure
        } else {
            Ui::SummaryNoMedicines
        })
    }

    /// One severity answer in words: "5 of 7 evenings or nights in a usual
    /// week" beside a drawn number, else the answer itself.
    pub fn severity_text(self, q: QuestionId, picture: Picture, answers: &Answers) -> String {
        match picture {
            Picture::Week(n) => fill(self.ui(Ui::Nights), &[("n", &n.to_string())]),
            Picture::Scale(n) => fill(self.ui(Ui::Bother), &[("n", &n.to_string())]),
            Picture::Words => answers
                .get(q)
                .map(|a| self.answer_text(q, a))
                .unwrap_or_default(),
        }
    }

    fn number_text(self, q: QuestionId, n: u16) -> String {
        match question(q).kind {
            Kind::Number { unit, .. } => [&*n.to_string(), " ", self.unit(unit)].concat(),
            _ => n.to_string(),
        }
    }

    /// One piece of evidence in words: "Iron and blood: I have heavy periods".
    pub fn evidence_text(self, e: &Evidence) -> String {
        let value = match e.fact {
            Fact::Chose(o) => self.option_label_in(e.question, o).to_string(),
            Fact::Number(n) => self.number_text(e.question, n),
        };
        [self.short(e.question), ": ", &value].concat()
    }

    /// A number's unit, as in "12 hours".
    pub fn unit(self, u: Unit) -> &'static str {
        self.by_hash(u.key_hash())
    }

    pub fn section(self, s: Section) -> &'static str {
        self.by_hash(s.key_hash())
    }

    pub fn cause_title(self, c: CauseId) -> &'static str {
        self.text_of("cause", c.key(), ".title")
    }

    pub fn cause_why(self, c: CauseId) -> &'static str {
        self.text_of("cause", c.key(), ".why")
    }

    pub fn cause_todo(self, c: CauseId) -> &'static str {
        self.text_of("cause", c.key(), ".todo")
    }

    pub fn grade(self, g: Grade) -> &'static str {
        self.by_hash(g.key_hash())
    }

    pub fn test(self, t: TestId) -> &'static str {
        self.by_hash(t.key_hash())
    }

    pub fn verdict(self, v: Verdict) -> &'static str {
        self.by_hash(v.key_hash())
    }

    pub fn mark(self, m: Mark) -> &'static str {
        self.by_hash(m.key_hash())
    }

    /// The text of criterion `i` (0 to 4) of the five.
    pub fn criterion(self, i: usize) -> &'static str {
        self.by_hash(hash_parts(&["criterion.", &(i + 1).to_string()]))
    }

    /// What a look-alike condition is, for the verdict's "could also be" list.
    pub fn mimic(self, o: Opt) -> &'static str {
        self.text_of("mimic", o.key(), "")
    }

    /// What a look-alike usually needs instead.
    pub fn mimic_todo(self, o: Opt) -> &'static str {
        self.text_of("mimic", o.key(), ".todo")
    }

    pub fn note(self, n: NoteId) -> &'static str {
        self.text_of("note", n.key(), "")
    }

    pub fn flag_title(self, f: FlagId) -> &'static str {
        self.text_of("flag", f.key(), ".title")
    }

    /// What to do about a warning sign, with the region's emergency number
    /// and crisis line filled in (or generic words when no region is set).
    pub fn flag_todo(self, f: FlagId, region: Option<Region>) -> String {
        self.with_numbers(self.text_of("flag", f.key(), ".todo"), region)
    }

    /// The heading over the warning signs of one level.
    pub fn level_heading(self, level: Level) -> &'static str {
        self.text_of("level", level.key(), "")
    }

    /// The emergency number to call: the region's, or "your local
    /// emergency number".
    pub fn emergency(self, region: Option<Region>) -> String {
        match region {
            Some(r) => r.emergency().join(&[" ", self.ui(Ui::Or), " "].concat()),
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
}
