//! Where the person is, and how the address bar names it.
//!
//! A `Step` is one screen of the check. Its fragment (`#/q/urge`) is how
//! the browser's Back and Forward buttons, a reload or a Change link name
//! it; a share link's fragment (`#rls=…`) is not a step but opens one.
//! Fragments never reach a server. Moving between steps is `session`'s.

use crate::questions::QuestionId;
use crate::share_link::{self, ShareLinkError};

/// Where the person is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Start,
    Question(QuestionId),
    /// Check your answers.
    Review,
    Results,
    /// The results of a share link (`Session::shared`), apart from the
    /// person's own answers.
    SharedResults,
    /// A share link that could not be read.
    BrokenLink(ShareLinkError),
}

impl Step {
    /// The address-bar fragment for this step, such as `#/q/urge`. Fragments
    /// never reach a server. The shared steps have none of their own: their
    /// address is the link (see `Session::fragment`).
    pub fn fragment(self) -> String {
        match self {
            Step::Start | Step::BrokenLink(_) => "#/start".to_string(),
            Step::Question(q) => ["#/q/", q.key()].concat(),
            Step::Review => "#/review".to_string(),
            Step::Results | Step::SharedResults => "#/results".to_string(),
        }
    }

    /// Whether a fragment is a share link (`#rls=…`) rather than a step.
    pub fn is_share_fragment(fragment: &str) -> bool {
        fragment
            .trim_start_matches('#')
            .starts_with(share_link::FRAGMENT_PREFIX)
    }

    /// The step a fragment names, if it names one.
    pub fn from_fragment(fragment: &str) -> Option<Step> {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        match path {
            "" | "start" => Some(Step::Start),
            "review" => Some(Step::Review),
            "results" => Some(Step::Results),
            _ => path
                .strip_prefix("q/")
                .and_then(QuestionId::from_key)
                .map(Step::Question),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip_and_junk_is_rejected() {
        let mut steps = vec![Step::Start, Step::Review, Step::Results];
        steps.extend(QuestionId::ALL.iter().map(|q| Step::Question(*q)));
        for s in steps {
            assert_eq!(Step::from_fragment(&s.fragment()), Some(s));
        }
        assert_eq!(Step::from_fragment(""), Some(Step::Start));
        assert_eq!(Step::from_fragment("#/q/nonsense"), None);
        assert_eq!(Step::from_fragment("#rls=abc"), None);
    }

    #[test]
    fn a_share_link_is_told_apart_from_a_step() {
        assert!(Step::is_share_fragment("#rls=abc"));
        assert!(Step::is_share_fragment("rls=abc"));
        assert!(!Step::is_share_fragment("#/q/urge"));
        assert!(!Step::is_share_fragment(""));
    }
}
