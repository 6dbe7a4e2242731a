//! Sentences made from values: what is wrong with what was entered or with
//! a share link, and the page title for where the person is. The errors
//! carry data only; their words are here.

use super::{fill, Locale, Ui};
use crate::input::FieldError;
use crate::session::Session;
use crate::share_link::ShareLinkError;
use crate::step::Step;

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

impl Locale {
    /// The page title for the session's step, which screen readers announce
    /// first: the step's heading (with "Error:" before it while an answer
    /// is refused), then the check's name.
    pub fn page_title(self, session: &Session) -> String {
        let app = self.ui(Ui::AppTitle);
        let page = match session.step {
            Step::Start => return app.to_string(),
            Step::Question(q) => {
                let (n, m) = session.progress().unwrap_or((0, 0));
                [&*self.progress(n, m), " \u{2013} ", self.prompt(q)].concat()
            }
            Step::Review => self.ui(Ui::ReviewHeading).to_string(),
            Step::Results | Step::SharedResults => self.ui(Ui::ResultsHeading).to_string(),
            Step::BrokenLink(_) => self.ui(Ui::BrokenHeading).to_string(),
        };
        let error = if session.error.is_some() {
            [self.ui(Ui::ErrorPrefix), " "].concat()
        } else {
            String::new()
        };
        [&*error, &page, " \u{2013} ", app].concat()
    }

    /// What is wrong with what was entered, as a full sentence.
    pub fn field_error(self, e: &FieldError) -> String {
        match *e {
            FieldError::ChooseOne => self.by_hash(ErrorText::ChooseOne.key_hash()).to_string(),
            FieldError::ChooseAtLeastOne => {
                self.by_hash(ErrorText::ChooseSome.key_hash()).to_string()
            }
            FieldError::ExclusiveWithOthers(o) => fill(
                self.by_hash(ErrorText::Exclusive.key_hash()),
                &[("option", self.option_label(o))],
            ),
            FieldError::EnterNumber => self.by_hash(ErrorText::EnterNumber.key_hash()).to_string(),
            FieldError::NotANumber => self.by_hash(ErrorText::NotANumber.key_hash()).to_string(),
            FieldError::OutOfRange { min, max } => fill(
                self.by_hash(ErrorText::OutOfRange.key_hash()),
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            FieldError::NumberAndUnknown => self
                .by_hash(ErrorText::NumberAndUnknown.key_hash())
                .to_string(),
        }
    }

    /// Why a share link could not be opened: the sentence shown under
    /// "This link is damaged or incomplete".
    pub fn share_link_error(self, e: &ShareLinkError) -> &'static str {
        self.by_hash(match e {
            ShareLinkError::Empty => ErrorText::LinkEmpty.key_hash(),
            ShareLinkError::UnknownVersion => ErrorText::LinkVersion.key_hash(),
            ShareLinkError::TooNew => ErrorText::LinkTooNew.key_hash(),
            ShareLinkError::WrongLength { .. } => ErrorText::LinkLength.key_hash(),
            ShareLinkError::BadCharacter { .. } => ErrorText::LinkCharacter.key_hash(),
            ShareLinkError::BadChecksum => ErrorText::LinkChecksum.key_hash(),
            ShareLinkError::OutOfRange(_) | ShareLinkError::Unreachable(_) => {
                ErrorText::LinkAnswers.key_hash()
            }
        })
    }
}
