//! Keeping the address bar, the page title and the page language in step
//! with the session, on the widget's own page.

use crate::browser;
use yew::prelude::*;

/// Writes `fragment`, `title` and `lang` to the page when they change,
/// where the widget owns the address (`owns_address`; inline, the address
/// and the title are the host's). The first run corrects the address in
/// place; later steps add history entries so that Back and Forward walk
/// them.
#[hook]
pub fn use_address_bar(
    owns_address: bool,
    title: String,
    fragment: Option<String>,
    lang: &'static str,
) {
    let first = use_mut_ref(|| true);
    use_effect_with((title, fragment, lang), move |(title, fragment, lang)| {
        let first = std::mem::replace(&mut *first.borrow_mut(), false);
        if owns_address {
            if let Some(fragment) = fragment {
                browser::show_fragment(fragment, first);
            }
            browser::set_title(title);
            browser::set_document_lang(lang);
        }
    });
}
