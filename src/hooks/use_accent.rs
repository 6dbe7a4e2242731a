//! Theming from the host's accent colour.

use screening::config::Color;
use yew::prelude::*;

/// Sets the accent custom properties on `root`'s element. Only typed,
/// validated values reach CSS, and through the CSSOM, which a strict
/// `style-src` policy allows (a `style` attribute would be blocked).
#[hook]
pub fn use_accent(root: NodeRef, accent: Option<Color>) {
    use_effect_with(accent, move |accent| {
        if let (Some(c), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
            let style = el.style();
            let _ = style.set_property("--rls-color-accent", &c.hex());
            let _ = style.set_property("--rls-color-accent-text", &c.text_on().hex());
            let _ = style.set_property("--rls-color-accent-shadow", &c.text_on().hex());
        }
    });
}
