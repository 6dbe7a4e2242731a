//! The languages the browser says the visitor prefers.

use super::dom::navigator;

/// The first of the browser's preferred languages that the widget speaks.
pub fn browser_locale() -> Option<screening::Locale> {
    let languages = navigator()?.languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    screening::Locale::preferred(tags.iter().map(String::as_str))
}
