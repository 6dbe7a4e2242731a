//! Handing a link on: the Clipboard API, copying by selection where it is
//! missing, and the system share sheet where there is one. Each is found by
//! feature detection, never by engine.

use super::dom::{document, find, has, navigator};
use wasm_bindgen::JsCast;

/// Copies `text` with the Clipboard API. Resolves to false where the API is
/// missing (insecure pages, some frames) or refuses.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(nav) = navigator() else { return false };
    if !has(&nav, "clipboard") {
        return false;
    }
    let promise = nav.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The text box with `id` inside `root`, to copy from by selection.
pub fn text_box(root: &web_sys::Element, id: &str) -> Option<web_sys::HtmlInputElement> {
    find(root, id)
}

/// Selects the text of `input` and asks the browser to copy it, the way
/// copying worked before the Clipboard API. Returns whether it copied; the
/// text stays selected either way, ready for the person to copy.
pub fn select_and_copy(input: &web_sys::HtmlInputElement) -> bool {
    let _ = input.focus();
    input.select();
    document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|hd| hd.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Whether the browser offers a system share sheet.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| has(&n, "share"))
}

/// Opens the system share sheet. A person closing it is not an error.
pub async fn system_share(title: &str, url: &str) {
    let Some(nav) = navigator() else { return };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await;
}
