//! The accent colour a host may set, and the contrast arithmetic that picks
//! a readable text colour for it.

/// A colour from configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Color {
    /// Reads `#rgb` or `#rrggbb`.
    pub fn parse(text: &str) -> Option<Color> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
        match hex.len() {
            3 => Some(Color {
                r: digit(0, 1)? * 17,
                g: digit(1, 1)? * 17,
                b: digit(2, 1)? * 17,
            }),
            6 => Some(Color {
                r: digit(0, 2)?,
                g: digit(2, 2)?,
                b: digit(4, 2)?,
            }),
            _ => None,
        }
    }

    /// `#rrggbb`, the only form the widget writes into CSS.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(7);
        out.push('#');
        for byte in [self.r, self.g, self.b] {
            out.push(char::from(DIGITS[usize::from(byte >> 4)]));
            out.push(char::from(DIGITS[usize::from(byte & 15)]));
        }
        out
    }

    /// Relative luminance as defined by WCAG 2.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                pow_2_4((s + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// The WCAG contrast ratio between two colours.
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour.
    pub fn text_on(self) -> Color {
        const WHITE: Color = Color {
            r: 255,
            g: 255,
            b: 255,
        };
        const BLACK: Color = Color {
            r: 11,
            g: 12,
            b: 12,
        };
        if self.contrast(WHITE) >= self.contrast(BLACK) {
            WHITE
        } else {
            BLACK
        }
    }
}

/// `x` to the power 2.4, for `x` in (0, 1]: the fifth root of `x`^12 by
/// Newton's method. `f64::powf` would bring libm's `pow` into the wasm
/// module for this one use.
fn pow_2_4(x: f64) -> f64 {
    let x2 = x * x;
    let x4 = x2 * x2;
    let target = x4 * x4 * x4;
    // x^2.5 is within a few per cent of x^2.4 on (0.04, 1].
    let mut y = x2 * x.sqrt();
    for _ in 0..6 {
        let y2 = y * y;
        y = (4.0 * y + target / (y2 * y2)) / 5.0;
    }
    y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accent_text_keeps_aa_contrast() {
        for hex in [
            "#005ea5", "#ffdd00", "#00703c", "#ffffff", "#000000", "#d4351c", "#7fdca4",
        ] {
            let c = Color::parse(hex).unwrap();
            assert!(c.contrast(c.text_on()) >= 4.5, "{hex} with its text colour");
        }
        assert_eq!(Color::parse("#005ea5").unwrap().hex(), "#005ea5");
    }

    #[test]
    fn hex_is_written_back_as_read() {
        for v in 0..=255u8 {
            let c = Color {
                r: v,
                g: 255 - v,
                b: v / 3,
            };
            let expected = format!("#{:02x}{:02x}{:02x}", c.r, c.g, c.b);
            assert_eq!(c.hex(), expected);
            assert_eq!(Color::parse(&expected), Some(c));
        }
    }

    #[test]
    fn the_power_without_libm_matches_powf() {
        // Every value `luminance` can pass it: channels 11..=255.
        for c in 0..=255u8 {
            let s = f64::from(c) / 255.0;
            if s <= 0.039_28 {
                continue;
            }
            let x = (s + 0.055) / 1.055;
            let (ours, libm) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - libm).abs() <= 1e-12 * libm, "{x}: {ours} vs {libm}");
        }
    }
}
