//! Saving a file to the person's own disk, at their click: the text goes
//! into a Blob, an object URL names it, and a link with `download` is
//! clicked. Nothing leaves the device. The URL is revoked 40 seconds
//! later: revoking at once can cancel the download, and a browser that
//! first asks the person whether to allow it needs the URL until they
//! answer (FileSaver.js waits as long for the same reason).

use super::dom::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlElement, Url};

/// Offers `text` as a file called `name`; does nothing where the browser
/// cannot.
pub fn download(name: &str, text: &str, mime: &str) {
    let _ = try_download(name, text, mime);
}

fn try_download(name: &str, text: &str, mime: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let link: HtmlElement = document()?.create_element("a").ok()?.dyn_into().ok()?;
    link.set_attribute("href", &url).ok()?;
    link.set_attribute("download", name).ok()?;
    link.click();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 40_000)
        .ok()?;
    Some(())
}
