//! Configuration a host page gives the widget (through `data-` attributes on
//! the embed script, the iframe's query string or the inline element's
//! attributes), read strictly.
//!
//! Every value is checked against a narrow form: a colour is `#rgb` or
//! `#rrggbb`, a share base is an absolute `http(s)` URL with no fragment,
//! and so on. Anything else is dropped, the default is used, and a
//! `ConfigWarning` says what was ignored. No value is ever passed on as
//! markup or CSS text: the widget receives typed values only.
//!
//! Here: `Config` and reading it from pairs. Colours are read in
//! `color.rs`, addresses and query strings in `address.rs`.

use crate::region::Region;
use crate::text::Locale;
use std::fmt;

mod address;
mod color;
#[cfg(test)]
mod tests;

pub use address::{origin, origin_of, query_pairs, share_base, share_base_allowed};
pub use color::Color;

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

/// Everything a host can set. `Default` is what the widget uses alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub locale: Option<Locale>,
    pub accent: Option<Color>,
    pub scheme: Scheme,
    pub compact: bool,
    /// Where emergency and crisis numbers come from; `None` shows generic
    /// wording ("your local emergency number").
    pub region: Option<Region>,
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

/// The `fit` value that asks a frame to report its height.
pub const FIT_CONTENT: &str = "content";

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
                "region" => Region::parse(value).map(|r| config.region = Some(r)),
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
                // ASCII spaces only, as the embed script trims them: the two
                // must agree on whether the frame reports its height.
                "fit" => match value.trim_ascii().to_ascii_lowercase().as_str() {
                    FIT_CONTENT => Some(true),
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
