//! The few places the app talks to the browser directly: the address bar,
//! storage, focus and the page title. Every function here tolerates a
//! missing window, document or storage and does nothing in that case.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The current fragment of the address, with its `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts `fragment` in the address bar, as a new history entry or (`replace`)
/// in place of the current one, unless it is there already. The History API
/// fires no `hashchange` for this, so the app never hears its own echo.
pub fn show_fragment(target: &str, replace: bool) {
    if fragment() == target {
        return;
    }
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(target))
    } else {
        history.push_state_with_url(&state, "", Some(target))
    };
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Shows a calm panel in place of the widget if the code ever panics, so a
/// person is never left with a frozen page.
pub fn install_panic_panel() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_panel();
    }));
}

/// Hides the widget and shows a message with a Start again link. After a
/// panic the module cannot run again, so the link reloads the page: it points
/// at the page without a fragment, which the browser treats as a new load.
pub fn show_crash_panel() {
    let Some(d) = document() else { return };
    let Some(body) = d.body() else { return };
    if let Ok(apps) = d.query_selector_all(".rls-app") {
        for i in 0..apps.length() {
            if let Some(el) = apps
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_attribute("hidden", "");
            }
        }
    }
    let (Ok(panel), Ok(text), Ok(link)) = (
        d.create_element("div"),
        d.create_element("p"),
        d.create_element("a"),
    ) else {
        return;
    };
    panel.set_class_name("rls-crash");
    let _ = panel.set_attribute("role", "alert");
    // Plain text only: nothing is inserted as HTML.
    text.set_text_content(Some(
        "Sorry, something went wrong with the check. Your saved answers are still in this browser.",
    ));
    let here = window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?))
        })
        .unwrap_or_else(|| "./".to_string());
    let _ = link.set_attribute("href", &here);
    link.set_text_content(Some("Start again"));
    let _ = panel.append_child(&text);
    let _ = panel.append_child(&link);
    let _ = body.prepend_with_node_1(&panel);
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The page's own address with `fragment` in place of any fragment it has.
pub fn url_with_fragment(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{fragment}")
}

fn navigator() -> Option<web_sys::Navigator> {
    window().map(|w| w.navigator())
}

/// Whether `object` has a property `name` (a feature test that never throws).
fn has(object: &wasm_bindgen::JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

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

/// Selects the text of the input `id` and asks the browser to copy it, the
/// way copying worked before the Clipboard API. Returns whether it copied;
/// the text stays selected either way, ready for the person to copy.
pub fn select_and_copy(id: &str) -> bool {
    let Some(d) = document() else { return false };
    let Some(input) = d
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    let _ = input.focus();
    input.select();
    d.dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|hd| hd.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Selects the whole text of the input `id`.
pub fn select_only(id: &str) {
    if let Some(input) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
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

const STORAGE_KEY: &str = "rls-check.answers";

fn storage() -> Option<web_sys::Storage> {
    // The getter itself throws in sandboxed frames and some private modes.
    window()?.local_storage().ok().flatten()
}

/// Answers saved in this browser, if there are any and they are still valid.
pub fn load_answers() -> Option<screening::Answers> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    match screening::Answers::from_text(&text) {
        Ok(a) => Some(a),
        Err(_) => {
            web_sys::console::warn_1(&"Saved answers could not be read and were ignored.".into());
            None
        }
    }
}

pub fn save_answers(answers: &screening::Answers) {
    if let Some(s) = storage() {
        // A full quota or a refused write only means nothing is saved.
        let _ = if answers.is_empty() {
            s.remove_item(STORAGE_KEY)
        } else {
            s.set_item(STORAGE_KEY, &answers.to_text())
        };
    }
}

pub fn forget_answers() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}
