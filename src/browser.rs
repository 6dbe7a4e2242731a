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
/// In a frame every step replaces the last: an entry added in a frame
/// lengthens the host page's `history.length`, which would count the steps.
pub fn show_fragment(target: &str, replace: bool) {
    let replace = replace || is_framed();
    if fragment() == target {
        return;
    }
    let Some(w) = window() else { return };
    let l = w.location();
    let (Ok(path), Ok(query), Ok(history)) = (l.pathname(), l.search(), w.history()) else {
        return;
    };
    // In full: a bare `#…` would resolve against the page's `<base href>`,
    // which drops `index.html` and the settings in the query.
    let url = format!("{path}{query}{target}");
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to the element with `id` inside `root`, if it exists: a new
/// page's heading or error summary, so in a frame the frame's own document
/// goes back to its top. The search starts at the widget's root because,
/// mounted inline, the widget lives in a shadow root that
/// `document.getElementById` cannot see.
pub fn focus(root: &web_sys::Element, id: &str) {
    if let Some(el) = find(root, id) {
        focus_element(&el, true);
    }
}

/// Moves focus to the form field with `id` inside `root` (from the error
/// summary), bringing it into view.
pub fn focus_field(root: &web_sys::Element, id: &str) {
    if let Some(el) = find(root, id) {
        focus_element(&el, false);
    }
}

fn find(root: &web_sys::Element, id: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Focuses `el`. In a frame, focus never scrolls the page around it: where
/// the host page ends up would tell its scripts what the frame shows (a
/// warning panel above a heading moves it). Only the frame's own document
/// scrolls: to its top (`at_top`, for a new page), or to the element.
pub fn focus_element(el: &web_sys::HtmlElement, at_top: bool) {
    if !is_framed() {
        let _ = el.focus();
        return;
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    if let Some(w) = window() {
        let y = if at_top {
            0.0
        } else {
            let scrolled = w.scroll_y().unwrap_or_default();
            (el.get_bounding_client_rect().top() + scrolled - 16.0).max(0.0)
        };
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// The widget's root element around an event's target.
pub fn widget_root(event: &web_sys::Event) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".rls-app")
        .ok()
        .flatten()
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

thread_local! {
    /// The language on screen, for the crash panel, which cannot ask the app.
    static CURRENT_LOCALE: std::cell::Cell<screening::Locale> = const { std::cell::Cell::new(screening::Locale::En) };
}

pub fn remember_locale(locale: screening::Locale) {
    CURRENT_LOCALE.with(|c| c.set(locale));
}

/// Shows a calm panel in place of the widget if the code ever panics, so a
/// person is never left with a frozen page. Set through Yew, because
/// `Renderer::render` replaces a hook set with `std::panic::set_hook` by its
/// own console-only one.
pub fn install_panic_panel() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_panel();
    }));
}

thread_local! {
    /// The elements the widget renders into: the page's body, or the mount
    /// point inside an inline element's shadow root.
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records an element the widget renders into, for the crash panel.
pub fn register_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

/// Replaces the widget, wherever it is rendered, with a message and a Start
/// again link: the widget's own nodes (and their listeners) are removed, so
/// nothing of it stays live, and the message goes inside the widget's own
/// root, never into a host page's body. After a panic the module cannot
/// run again, so the link reloads the page: it points at the page without a
/// fragment, which the browser treats as a new load.
pub fn show_crash_panel() {
    let Some(d) = document() else { return };
    let locale = CURRENT_LOCALE.with(std::cell::Cell::get);
    let here = window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?))
        })
        .unwrap_or_else(|| "./".to_string());
    let roots = ROOTS.with(|r| r.borrow().clone());
    for root in roots {
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
        text.set_text_content(Some(locale.ui(screening::Ui::CrashMessage)));
        let _ = link.set_attribute("href", &here);
        link.set_text_content(Some(locale.ui(screening::Ui::CrashRestart)));
        let _ = panel.append_child(&text);
        let _ = panel.append_child(&link);
        root.set_text_content(None);
        let _ = root.append_child(&panel);
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The page's own address without its query or fragment: the default
/// share base, so settings and tracking ids in the query never reach a link.
pub fn own_page() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The page's origin.
pub fn own_origin() -> Option<String> {
    window()?.location().origin().ok()
}

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

/// Removes a share link (`#rls=…`) from the host page's address, keeping
/// the page and its query, without a new history entry or a reload.
pub fn clear_share_fragment() {
    let Some(w) = window() else { return };
    let l = w.location();
    if !screening::Step::is_share_fragment(&l.hash().unwrap_or_default()) {
        return;
    }
    let (Ok(path), Ok(query), Ok(history)) = (l.pathname(), l.search(), w.history()) else {
        return;
    };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{query}")));
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

pub const STORAGE_KEY: &str = "rls-check.answers";

fn storage() -> Option<web_sys::Storage> {
    // The getter itself throws in sandboxed frames and some private modes.
    window()?.local_storage().ok().flatten()
}

fn now_ms() -> u64 {
    // Milliseconds since 1970 fit a u64 exactly; the cast only drops the
    // fraction.
    js_sys::Date::now().max(0.0) as u64
}

/// Answers saved in this browser, if there are any and they are still
/// valid. Expired or unreadable answers are removed; answers in the format
/// before versions, or with a time in the future, are written back with the
/// time corrected.
pub fn load_answers() -> Option<screening::Answers> {
    use screening::saved::{self, Saved};
    let store = storage()?;
    let text = store.get_item(STORAGE_KEY).ok().flatten()?;
    match saved::decode(&text, now_ms()) {
        Ok(Saved::Kept {
            answers,
            saved_at,
            rewrite,
        }) => {
            if rewrite {
                let _ = store.set_item(STORAGE_KEY, &saved::encode(&answers, saved_at));
            }
            Some(answers)
        }
        Ok(Saved::Expired) => {
            let _ = store.remove_item(STORAGE_KEY);
            None
        }
        Err(screening::saved::SavedProblem::UnknownVersion) => {
            // A newer build's answers stay for that build to read.
            warn("Restless legs check: saved answers from a newer version were left as they are.");
            None
        }
        Err(_) => {
            warn("Restless legs check: saved answers could not be read and were removed.");
            let _ = store.remove_item(STORAGE_KEY);
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
            s.set_item(STORAGE_KEY, &screening::saved::encode(answers, now_ms()))
        };
    }
}

pub fn forget_answers() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
        let _ = s.remove_item(LANG_KEY);
    }
}

/// Watches `el` and posts its height to the parent window whenever it
/// changes, as `{ type: "rls-check:height", height }`, addressed to
/// `parent_origin` alone: the browser drops the message if the parent is
/// another origin. Returns the observer to keep.
pub fn report_height(el: &web_sys::Element, parent_origin: &str) -> Option<HeightReporter> {
    let parent = window()?.parent().ok().flatten()?;
    let target = el.clone();
    let origin = parent_origin.to_string();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"rls-check:height".into());
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

/// The query string of the page, for configuration.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Prepares `host` for an inline widget: a closed shadow root holding the
/// widget's stylesheet and an empty element to render into. Closed, so that
/// the host page's scripts (analytics, session recorders) find no
/// `shadowRoot` to read the answers from.
pub fn shadow_mount_point(host: &web_sys::Element, stylesheet: &str) -> Option<web_sys::Element> {
    let d = document()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(
            web_sys::ShadowRootMode::Closed,
        ))
        .ok()?;
    let link = d.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", stylesheet).ok()?;
    shadow.append_child(&link).ok()?;
    let mount = d.create_element("div").ok()?;
    shadow.append_child(&mount).ok()?;
    register_root(&mount);
    Some(mount)
}

/// Registers the service worker that keeps the check working offline: only
/// on http(s) pages in a secure context (https or localhost), never from
/// `file://`, and only in release builds (under `trunk serve` a cache-first
/// worker would hide every change). A refusal (private mode, a blocked
/// frame) is not an error.
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

/// The share base a standalone build carries (`<meta name="rls-check-share-base">`).
pub fn built_in_share_base() -> Option<String> {
    document()?
        .query_selector("meta[name=rls-check-share-base]")
        .ok()
        .flatten()?
        .get_attribute("content")
}

const LANG_KEY: &str = "rls-check.lang";

/// The language the visitor chose here before, if storage allows.
pub fn stored_locale() -> Option<screening::Locale> {
    let tag = storage()?.get_item(LANG_KEY).ok().flatten()?;
    screening::Locale::from_tag(&tag)
}

pub fn store_locale(locale: screening::Locale) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, locale.code());
    }
}

/// The first of the browser's preferred languages that the widget speaks.
pub fn browser_locale() -> Option<screening::Locale> {
    let languages = navigator()?.languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    screening::Locale::preferred(tags.iter().map(String::as_str))
}

/// Sets `<html lang>` on the widget's own page.
pub fn set_document_lang(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
    }
}
