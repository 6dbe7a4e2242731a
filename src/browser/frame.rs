//! Running inside someone else's frame: whether this document is framed,
//! the embedding page's origin as the browser reports it, and the content's
//! height posted to that origin when the host asked for it.

use super::dom::window;
use wasm_bindgen::JsCast;

/// Whether this document is inside a frame (the embed script's, or anyone
/// else's): then it restores nothing before the visitor acts.
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &w),
        // An unreachable top is a frame too.
        _ => true,
    }
}

/// The embedding page's origin as the browser reports it
/// (`location.ancestorOrigins[0]`), where the browser offers it and does
/// not mask it.
pub fn parent_origin() -> Option<String> {
    let location = window()?.location();
    let list = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    let first = js_sys::Reflect::get(&list, &0.into()).ok()?.as_string()?;
    (first != "null").then_some(first)
}

/// Watches `el` and posts its height to the parent window whenever it
/// changes, as `{ type: host::HEIGHT_MESSAGE, height }`, addressed to
/// `parent_origin` alone: the browser drops the message if the parent is
/// another origin. Returns the observer to keep.
pub fn report_height(el: &web_sys::Element, parent_origin: &str) -> Option<HeightReporter> {
    let parent = window()?.parent().ok().flatten()?;
    let target = el.clone();
    let origin = parent_origin.to_string();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &message,
            &"type".into(),
            &screening::host::HEIGHT_MESSAGE.into(),
        );
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &origin);
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}

/// Keeps the height observer alive; dropping it stops the reports.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
