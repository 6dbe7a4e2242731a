//! What the host page's scripts share with the widget: the settings they
//! pass on, the widget's title in each language, the share-link prefix and
//! the height message. The build writes these into `embed.js` and the
//! inline element (`examples/host_facts.rs` prints them), so the scripts
//! hold no copy of their own and cannot disagree with the widget.

use crate::config::KEYS;
use crate::share_link::FRAGMENT_PREFIX;
use crate::text::{Locale, Ui};

/// The `type` of the message a frame posts with its content's height.
pub const HEIGHT_MESSAGE: &str = "rls-check:height";

pub use crate::config::FIT_CONTENT;

/// The settings a host page gives as `data-` attributes, passed to the
/// widget as they are: the widget checks them and warns once about any it
/// cannot use. `origin` is not among them: the embed script sets it itself.
pub fn settings() -> impl Iterator<Item = &'static str> {
    KEYS.iter().copied().filter(|k| *k != "origin")
}

/// The widget's title in each language, for the iframe's accessible name.
pub fn titles() -> impl Iterator<Item = (&'static str, &'static str)> {
    Locale::ALL.iter().map(|l| (l.code(), l.ui(Ui::AppTitle)))
}

/// The start of a share link's fragment, `#` included.
pub fn link_prefix() -> String {
    format!("#{FRAGMENT_PREFIX}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn every_setting_passed_on_is_one_the_widget_reads() {
        for name in settings() {
            let (_, warnings) = Config::from_pairs([(name, "\u{1}not a value")]);
            assert_eq!(
                warnings.len(),
                1,
                "{name} is not checked by Config::from_pairs"
            );
        }
        let (_, warnings) = Config::from_pairs([("not-a-setting", "\u{1}")]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn fit_content_is_the_value_the_widget_reads_with_ascii_spaces_only_trimmed() {
        let (config, warnings) = Config::from_pairs([("fit", FIT_CONTENT)]);
        assert!(config.fit && warnings.is_empty());
        let (config, _) = Config::from_pairs([("fit", " Content\t")]);
        assert!(config.fit);
        // The embed script's trim leaves U+0085 in place, so the widget must
        // too, or it would report heights to a frame that never fits them.
        let (config, warnings) = Config::from_pairs([("fit", "content\u{85}")]);
        assert!(!config.fit && warnings.len() == 1);
    }

    #[test]
    fn every_language_has_a_title_and_the_prefix_is_a_fragment() {
        let titles: Vec<_> = titles().collect();
        assert_eq!(titles.len(), Locale::ALL.len());
        assert!(titles
            .iter()
            .all(|(code, title)| !code.is_empty() && !title.is_empty()));
        assert!(crate::Step::is_share_fragment(&link_prefix()));
    }
}
