//! Configuration a host page gives the widget (through `data-` attributes on
//! the embed script, the iframe's query string or the inline element's
//! attributes), read strictly.
//!
//! Every value is checked against a narrow form: a colour is `#rgb` or
//! `#rrggbb`, a share base is an absolute `http(s)` URL with no fragment,
//! and so on. Anything else is dropped, the default is used, and a
//! `ConfigWarning` says what was ignored. No value is ever passed on as
//! markup or CSS text: the widget receives typed values only.

use crate::text::Locale;
use std::fmt;

keyed_ids! {
    /// The light or dark palette, or the visitor's own preference.
    #[derive(Default)]
    Scheme {
        #[default]
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

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

/// Everything a host can set. `Default` is what the widget uses alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub locale: Option<Locale>,
    pub accent: Option<Color>,
    pub scheme: Scheme,
    pub compact: bool,
    /// Where emergency and crisis numbers come from; `None` shows generic
    /// wording ("your local emergency number").
    pub region: Option<crate::region::Region>,
    /// The page share links point to, instead of the widget's own page:
    /// an origin and a path only (see `share_base`).
    pub share_base: Option<String>,
    /// The embedding page's origin, as the embed script reports it: where
    /// height messages go, and the origin a share base must have.
    pub origin: Option<String>,
    /// Further origins the host allows share links to point to.
    pub share_origins: Vec<String>,
    /// Where answers are kept between visits; `None` is the mode's default
    /// (this browser for the widget's own page, memory only inline).
    pub save: Option<Save>,
    /// Whether the frame reports its content's height so that the host can
    /// fit the iframe to it (`fit=content`); off by default, because a
    /// height tells the host page which screen is showing.
    pub fit: bool,
}

/// Where answers are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Save {
    /// In this browser's storage, for 30 days (`save=browser`).
    Browser,
    /// In the page's memory only, gone when it closes (`save=memory`).
    Memory,
}

/// A configuration value that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    pub name: String,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the value of \u{201c}{}\u{201d} is not one the check understands, so the default is used",
            self.name
        )
    }
}

/// The keys the widget reads, as they appear in a query string; the embed
/// script and the inline element use the same names as `data-` attributes.
pub const KEYS: &[&str] = &[
    "lang",
    "accent",
    "scheme",
    "compact",
    "region",
    "share-base",
    "share-origins",
    "origin",
    "save",
    "fit",
];

impl Config {
    /// Reads configuration from name/value pairs (a query string, element
    /// attributes). Unknown names are ignored silently (a page's query string
    /// may carry its own parameters); known names with bad values are
    /// ignored with a warning each.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Config, Vec<ConfigWarning>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let ok = match name {
                "lang" => Locale::from_tag(value).map(|l| config.locale = Some(l)),
                "accent" => Color::parse(value).map(|c| config.accent = Some(c)),
                "scheme" => scheme(value).map(|s| config.scheme = s),
                "compact" => flag(value).map(|c| config.compact = c),
                "region" => crate::region::Region::parse(value).map(|r| config.region = Some(r)),
                "share-base" | "share_base" => {
                    share_base(value).map(|b| config.share_base = Some(b))
                }
                "share-origins" => value
                    .split_whitespace()
                    .map(origin)
                    .collect::<Option<Vec<_>>>()
                    .map(|list| config.share_origins = list),
                "origin" => origin(value).map(|o| config.origin = Some(o)),
                "save" => match value.trim().to_ascii_lowercase().as_str() {
                    "browser" => Some(Save::Browser),
                    "memory" => Some(Save::Memory),
                    _ => None,
                }
                .map(|v| config.save = Some(v)),
                "fit" => match value.trim().to_ascii_lowercase().as_str() {
                    "content" => Some(true),
                    "fixed" => Some(false),
                    _ => None,
                }
                .map(|v| config.fit = v),
                _ => continue,
            };
            if ok.is_none() {
                warnings.push(ConfigWarning {
                    name: name.to_string(),
                });
            }
        }
        (config, warnings)
    }
}

fn scheme(value: &str) -> Option<Scheme> {
    match value.trim().to_ascii_lowercase().as_str() {
        "auto" | "" => Some(Scheme::Auto),
        "light" => Some(Scheme::Light),
        "dark" => Some(Scheme::Dark),
        _ => None,
    }
}

/// A boolean attribute: present (empty), or a clear yes or no.
fn flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" => Some(false),
        _ => None,
    }
}

/// An absolute URL's scheme and authority, split at the first `/`, `?`
/// or `#` after `://`, for URLs that passed `share_base` or `origin`.
fn split_authority(url: &str) -> Option<(&str, &str, &str)> {
    // A `char` search: a `&str` pattern would bring the substring searcher
    // into the wasm module for this one use.
    let colon = url.find(':')?;
    let (scheme, rest) = (&url[..colon], url[colon + 1..].strip_prefix("//")?);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some((scheme, &rest[..end], &rest[end..]))
}

/// Whether `scheme://authority` may carry answers: `https:`, or `http:` to
/// this machine alone (localhost, 127.0.0.1, [::1]) for local testing; and
/// never with user information (`https://trusted.example@evil.example/`).
fn safe_authority(scheme: &str, authority: &str) -> bool {
    let host = authority
        .rsplit_once(':')
        .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()) && !authority.ends_with(']'))
        .map_or(authority, |(host, _)| host);
    !authority.is_empty()
        && !authority.contains('@')
        && authority
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
        && match scheme {
            "https" => true,
            "http" => matches!(host, "localhost" | "127.0.0.1" | "[::1]"),
            _ => false,
        }
}

/// The page a share base names, as an origin and a path: `https:` (or
/// `http:` on this machine), no user information, made only of characters
/// URLs allow. The query and fragment are dropped, so campaign or
/// subscriber ids in the article's address never reach a link. Anything
/// else (`javascript:`, relative paths, quotes, angle brackets) is refused.
pub fn share_base(value: &str) -> Option<String> {
    let value = value.trim();
    if value.len() > 2000 {
        return None;
    }
    let (scheme, authority, rest) = split_authority(value)?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = authority.to_ascii_lowercase();
    if !safe_authority(&scheme, &authority) {
        return None;
    }
    let path = rest.split(['?', '#']).next().unwrap_or_default();
    let path = if path.is_empty() { "/" } else { path };
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/[]@!$&'()*+,;=%".contains(c);
    path.chars()
        .all(allowed)
        .then(|| format!("{scheme}://{authority}{path}"))
}

/// An origin such as `https://www.health.example` or
/// `http://localhost:8080`, under the same rules as a share base's.
pub fn origin(value: &str) -> Option<String> {
    let (scheme, authority, rest) = split_authority(value.trim())?;
    let (scheme, authority) = (scheme.to_ascii_lowercase(), authority.to_ascii_lowercase());
    (matches!(rest, "" | "/") && safe_authority(&scheme, &authority))
        .then(|| format!("{scheme}://{authority}"))
}

/// The origin of a URL that `share_base` accepted.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, authority, _) = split_authority(url)?;
    Some(format!("{scheme}://{authority}"))
}

/// Whether share links may point to `base` on a page whose origin is
/// `embedding`: only the embedding page's own origin, or one the host listed.
pub fn share_base_allowed(base: &str, embedding: &str, listed: &[String]) -> bool {
    origin_of(base).is_some_and(|o| o == embedding || listed.contains(&o))
}

/// Reads a query string such as `?embed=1&accent=%23005ea5` into pairs,
/// decoding `%XX` and `+`. Malformed escapes are kept as written, which
/// then fail validation like any other bad value.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (hex_value(bytes.get(i + 1)), hex_value(bytes.get(i + 2))) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: Option<&u8>) -> Option<u8> {
    char::from(*b?)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(pairs: &[(&str, &str)], expected: Config, warned: &[&str]) {
        let (config, warnings) = Config::from_pairs(pairs.iter().copied());
        assert_eq!(config, expected, "for {pairs:?}");
        let names: Vec<&str> = warnings.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, warned, "warnings for {pairs:?}");
    }

    #[test]
    fn good_values_are_read() {
        check(
            &[
                ("lang", "en-GB"),
                ("accent", "#005EA5"),
                ("scheme", "dark"),
                ("compact", ""),
                ("share-base", "https://health.example/article?id=3#top"),
                ("origin", "https://health.example"),
                (
                    "share-origins",
                    "https://www.health.example  http://localhost:8080",
                ),
                ("save", "Memory"),
                ("fit", "content"),
            ],
            Config {
                region: None,
                locale: Some(Locale::En),
                accent: Some(Color {
                    r: 0,
                    g: 0x5e,
                    b: 0xa5,
                }),
                scheme: Scheme::Dark,
                compact: true,
                share_base: Some("https://health.example/article".to_string()),
                origin: Some("https://health.example".to_string()),
                share_origins: vec![
                    "https://www.health.example".to_string(),
                    "http://localhost:8080".to_string(),
                ],
                save: Some(Save::Memory),
                fit: true,
            },
            &[],
        );
        check(
            &[("accent", "#fa0")],
            Config {
                accent: Some(Color {
                    r: 255,
                    g: 170,
                    b: 0,
                }),
                ..Config::default()
            },
            &[],
        );
        check(
            &[("embed", "1"), ("utm_source", "x")],
            Config::default(),
            &[],
        );
    }

    #[test]
    fn malicious_or_malformed_values_fall_back_with_a_warning() {
        check(
            &[
                ("accent", "red;}</style><script>alert(1)</script>"),
                ("accent", "red"),
                ("accent", "#12345"),
                ("accent", "#ggg"),
                ("scheme", "purple"),
                ("compact", "maybe"),
                ("share-base", "javascript:alert(1)"),
                ("share-base", "JAVASCRIPT://x.example/%0aalert(1)"),
                ("share-base", "/relative/path"),
                ("share-base", "https://"),
                ("share-base", "https://ok.example/\"><script>"),
                ("share-base", "https://ok.example/a b"),
                ("share-base", "https://www.health.example@evil.example/x"),
                ("share-base", "https://user:pw@health.example/"),
                ("share-base", "http://health.example/article"),
                ("share-base", "data:text/html,hi"),
                ("origin", "https://health.example/article"),
                ("origin", "http://evil.example"),
                ("origin", "null"),
                ("share-origins", "https://a.example javascript:alert(1)"),
                ("save", "cookies"),
                ("fit", "yes"),
                ("lang", "xx"),
            ],
            Config::default(),
            &[
                "accent",
                "accent",
                "accent",
                "accent",
                "scheme",
                "compact",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "share-base",
                "origin",
                "origin",
                "origin",
                "share-origins",
                "save",
                "fit",
                "lang",
            ],
        );
    }

    #[test]
    fn share_bases_keep_only_the_origin_and_the_path() {
        for (given, kept) in [
            (
                "https://www.health.example/rls?utm_source=mail&mc_eid=SUBSCRIBER123#top",
                "https://www.health.example/rls",
            ),
            ("HTTPS://Health.Example", "https://health.example/"),
            (
                "https://health.example:8443/a/b",
                "https://health.example:8443/a/b",
            ),
            ("http://localhost:8080/p?x=1", "http://localhost:8080/p"),
            ("http://127.0.0.1:9/", "http://127.0.0.1:9/"),
            ("http://[::1]:9/x", "http://[::1]:9/x"),
        ] {
            assert_eq!(share_base(given).as_deref(), Some(kept), "{given}");
        }
        for refused in [
            "http://localhost.evil.example/",
            "http://127.0.0.1.evil.example/",
            "https://health.example%2f@evil.example/",
        ] {
            assert_eq!(share_base(refused), None, "{refused}");
        }
    }

    #[test]
    fn a_share_base_must_share_the_embedding_page_s_origin_or_be_listed() {
        let base = "https://www.health.example/rls";
        assert!(share_base_allowed(base, "https://www.health.example", &[]));
        assert!(!share_base_allowed(base, "https://health.example", &[]));
        assert!(!share_base_allowed(
            base,
            "https://www.health.example:444",
            &[]
        ));
        let listed = ["https://www.health.example".to_string()];
        assert!(share_base_allowed(base, "https://health.example", &listed));
        assert!(!share_base_allowed(
            "https://evil.example/",
            "https://health.example",
            &listed
        ));
    }

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

    #[test]
    fn query_strings_are_decoded() {
        let pairs = query_pairs(
            "?embed=1&accent=%23005ea5&share-base=https%3A%2F%2Fa.example%2Fp&bad=%zz&x",
        );
        assert_eq!(
            pairs,
            vec![
                ("embed".to_string(), "1".to_string()),
                ("accent".to_string(), "#005ea5".to_string()),
                ("share-base".to_string(), "https://a.example/p".to_string()),
                ("bad".to_string(), "%zz".to_string()),
                ("x".to_string(), String::new()),
            ]
        );
        assert_eq!(query_pairs("%"), vec![("%".to_string(), String::new())]);
        assert_eq!(
            query_pairs("a=%4"),
            vec![("a".to_string(), "%4".to_string())]
        );
        assert_eq!(
            query_pairs("a=%\u{e9}"),
            vec![("a".to_string(), "%\u{e9}".to_string())]
        );
    }

    #[test]
    fn warnings_read_as_sentences() {
        let w = ConfigWarning {
            name: "accent".into(),
        };
        assert_eq!(w.to_string(), "the value of \u{201c}accent\u{201d} is not one the check understands, so the default is used");
    }
}
