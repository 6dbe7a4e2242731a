//! Theming from the host's accent colour.

use screening::config::Color;
use yew::prelude::*;

/// Sets the accent custom properties on `root`'s element: the accent, the
/// text on it, and the shadow under buttons. Only typed, validated values
/// reach CSS, and through the CSSOM, which a strict `style-src` policy
/// allows (a `style` attribute would be blocked).
#[hook]
pub fn use_accent(root: NodeRef, accent: Option<Color>) {
    use_effect_with(accent, move |accent| {
        if let (Some(c), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
            let style = el.style();
            let _ = style.set_property("--rls-color-accent", &c.hex());
            let _ = style.set_property("--rls-color-accent-text", &c.text_on().hex());
            let _ = style.set_property("--rls-color-accent-shadow", &shadow(*c).hex());
        }
    });
}

/// The shadow under a button of colour `c`: `c` at two fifths of its
/// brightness, as the default green's shadow (`#00703c` to `#002d18`).
fn shadow(c: Color) -> Color {
    // Two fifths, rounded to the nearest whole value.
    let dark = |v: u8| ((u16::from(v) * 2 + 2) / 5) as u8;
    Color {
        r: dark(c.r),
        g: dark(c.g),
        b: dark(c.b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shadow_is_a_darker_accent() {
        let green = Color {
            r: 0x00,
            g: 0x70,
            b: 0x3c,
        };
        assert_eq!(shadow(green).hex(), "#002d18");
        let white = Color {
            r: 255,
            g: 255,
            b: 255,
        };
        assert_eq!(shadow(white).hex(), "#666666");
    }
}
