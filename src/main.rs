//! The restless legs check: a Yew web app over the `screening` core.
//!
//! This crate owns everything that touches the browser: rendering, the
//! address bar, storage, focus and the page title. All decisions about
//! questions, answers and results come from `screening`.

mod app;
mod browser;
mod components;

use app::{App, AppProps, Mode};
use screening::config::Config;
use wasm_bindgen::prelude::wasm_bindgen;

/// Reads configuration pairs, warning once about any value that was ignored.
fn read_config(query: &str) -> (Config, bool) {
    let pairs = screening::config::query_pairs(query);
    let embedded = pairs.iter().any(|(k, v)| k == "embed" && v == "1");
    let (config, warnings) =
        Config::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    if !warnings.is_empty() {
        let list: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        browser::warn(&format!("Restless legs check: {}.", list.join("; ")));
    }
    (config, embedded)
}

fn main() {
    browser::install_panic_panel();
    // On a host page that loaded the module for the inline element, nothing
    // renders until the element calls `mount`.
    if !browser::is_app_page() {
        return;
    }
    let (mut config, embedded) = read_config(&browser::query());
    if config.share_base.is_none() {
        config.share_base =
            browser::built_in_share_base().and_then(|b| screening::config::share_base(&b));
    }
    let mode = if embedded { Mode::Frame } else { Mode::Page };
    browser::register_service_worker();
    yew::Renderer::<App>::with_props(AppProps { mode, config }).render();
}

/// Renders the widget into `host`'s shadow root (created if needed), so the
/// page's styles and the widget's do not meet. `stylesheet` is the URL of
/// the widget's CSS; `query` holds configuration as `name=value&…`, with the
/// names the embed script uses.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, stylesheet: String, query: String) {
    let Some(root) = browser::shadow_mount_point(&host, &stylesheet) else {
        browser::warn("Restless legs check: this element cannot hold the widget.");
        return;
    };
    let (config, _) = read_config(&query);
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            mode: Mode::Inline,
            config,
        },
    )
    .render();
}
