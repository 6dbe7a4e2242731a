//! The inline element's closed shadow root, which the widget renders into.

use super::crash::register_root;
use super::dom::document;

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
