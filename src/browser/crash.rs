//! The crash panel: if the code ever panics, a calm message and a Start
//! again link replace the widget wherever it is rendered, so a person is
//! never left with a frozen page. After a panic (`panic = "abort"`) the
//! module cannot run again, so the panel is plain DOM that needs no Rust
//! callback.

use super::dom::{document, window};
use super::locale::browser_locale;

thread_local! {
    /// The elements the widget renders into: the page's body, or the mount
    /// point inside an inline element's shadow root.
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Shows the crash panel if the code ever panics. Set through Yew, because
/// `Renderer::render` replaces a hook set with `std::panic::set_hook` by its
/// own console-only one.
pub fn install_panic_panel() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_panel();
    }));
}

/// Records an element the widget renders into, for the crash panel.
pub fn register_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

/// Replaces the widget, wherever it is rendered, with a message and a Start
/// again link: the widget's own nodes (and their listeners) are removed, so
/// nothing of it stays live, and the message goes inside the widget's own
/// root, never into a host page's body. The message is in the language the
/// widget showed there (its root's `lang`), else the browser's. The link
/// points at the page without a fragment, which the browser treats as a new
/// load.
pub fn show_crash_panel() {
    let Some(d) = document() else { return };
    let here = window()
        .and_then(|w| {
            let l = w.location();
            Some(l.pathname().ok()? + &l.search().ok()?)
        })
        .unwrap_or_else(|| "./".to_string());
    let roots = ROOTS.with(|r| r.borrow().clone());
    for root in roots {
        let locale = shown_locale(&root)
            .or_else(browser_locale)
            .unwrap_or_default();
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

/// The language of the widget on screen inside `root`.
fn shown_locale(root: &web_sys::Element) -> Option<screening::Locale> {
    let app = root.query_selector(".rls-app").ok().flatten()?;
    screening::Locale::from_tag(&app.get_attribute("lang")?)
}
