//! The service worker that keeps the check working offline.

use super::dom::{has, window};

/// Registers the service worker: only on http(s) pages in a secure context
/// (https or localhost), never from `file://`, and only in release builds
/// (under `trunk serve` a cache-first worker would hide every change). A
/// refusal (private mode, a blocked frame) is not an error.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(w) = window() else { return };
    let protocol = w.location().protocol().unwrap_or_default();
    if !w.is_secure_context() || !(protocol == "https:" || protocol == "http:") {
        return;
    }
    if !has(&w.navigator(), "serviceWorker") {
        return;
    }
    let promise = w.navigator().service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
