//! The document the widget runs in: its title and language (on the
//! widget's own page only; the app decides when), the meta tags the build
//! writes into it, and printing.

use super::dom::{document, window};

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Sets `<html lang>` on the widget's own page.
pub fn set_document_lang(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
    }
}

/// Whether this document is the widget's own page (its `index.html` carries
/// `<meta name="rls-check" content="app">`), rather than a host page that
/// loaded the module to mount it inline.
pub fn is_app_page() -> bool {
    document()
        .and_then(|d| {
            d.query_selector("meta[name=rls-check][content=app]")
                .ok()
                .flatten()
        })
        .is_some()
}

/// The share base a standalone build carries (`<meta name="rls-check-share-base">`).
pub fn built_in_share_base() -> Option<String> {
    document()?
        .query_selector("meta[name=rls-check-share-base]")
        .ok()
        .flatten()?
        .get_attribute("content")
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
