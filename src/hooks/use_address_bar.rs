//! Keeping the address bar, the page title and the page language in step
//! with the session, on the widget's own page.

use crate::browser;
use yew::prelude::*;

/// Writes `fragment`, `title` and `lang` to the page when they change,
/// where the widget owns the address (`owns_address`; inline, the address
/// and the title are the host's). The first run corrects the address in
/// place; later steps add history entries so that Back and Forward walk
/// them, written once the new page has been painted (see
/// `browser::show_fragment_after_paint`) and only if no later step came
/// first. `lang` is written only when it differs from the last one written:
/// setting `<html lang>`, even to the same value, makes the browser restyle
/// the whole page.
#[hook]
pub fn use_address_bar(
    owns_address: bool,
    title: String,
    fragment: Option<String>,
    lang: &'static str,
) {
    // The language last written; empty before the first run.
    let written = use_mut_ref(String::new);
    // The fragment the latest run wants in the address.
    let wanted = use_mut_ref(String::new);
    use_effect_with((title, fragment, lang), move |(title, fragment, lang)| {
        let before = std::mem::replace(&mut *written.borrow_mut(), lang.to_string());
        if owns_address {
            if let Some(fragment) = fragment {
                wanted.replace(fragment.clone());
                if before.is_empty() {
                    browser::show_fragment(fragment, true);
                } else {
                    browser::show_fragment_after_paint(fragment.clone(), move |f| {
                        *wanted.borrow() == f
                    });
                }
            }
            browser::set_title(title);
            if before != *lang {
                browser::set_document_lang(lang);
            }
        }
    });
}
