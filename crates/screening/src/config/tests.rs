//! Configuration read from name/value pairs: good values kept, bad ones
//! dropped with a warning each.

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
fn warnings_read_as_sentences() {
    let w = ConfigWarning {
        name: "accent".into(),
    };
    assert_eq!(w.to_string(), "the value of \u{201c}accent\u{201d} is not one the check understands, so the default is used");
}
