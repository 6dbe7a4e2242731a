//! The few places the app talks to the browser directly: the address bar,
//! storage, focus and the page title. Every function here tolerates a
//! missing window, document or storage and does nothing in that case.

use screening::Step;
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

/// Puts `step` in the address bar as a new history entry, unless it is there already.
pub fn show_step(step: Step) {
    let target = step.fragment();
    if fragment() != target {
        if let Some(w) = window() {
            // Setting the hash adds a history entry, so Back and Forward walk the steps.
            let _ = w.location().set_hash(&target);
        }
    }
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
        let Some(d) = document() else { return };
        let Some(body) = d.body() else { return };
        let panel = d.create_element("div");
        if let Ok(panel) = panel {
            panel.set_class_name("rls-crash");
            panel.set_attribute("role", "alert").ok();
            // Plain text only: nothing from the page is inserted as HTML.
            panel.set_text_content(Some(
                "Sorry, something went wrong with the check. Reload the page to start again.",
            ));
            let _ = body.prepend_with_node_1(&panel);
        }
    }));
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
