//! The restless legs check: a Yew web app over the `screening` core.
//!
//! This crate owns everything that touches the browser: rendering, the
//! address bar, storage, focus and the page title. All decisions about
//! questions, answers and results come from `screening`.
//!
//! Built natively (`cargo run -q --bin rls-check`), it prints the start page
//! as HTML instead, for the build to put into the widget's pages
//! (`prerender`).

mod app;
mod browser;
mod components;
mod hooks;
#[cfg(not(target_arch = "wasm32"))]
mod prerender;

use app::{App, AppProps, Mode};
use screening::config::{self, Config};
use wasm_bindgen::prelude::wasm_bindgen;

/// Reads configuration pairs, warning once about any value that was ignored.
fn read_config(pairs: &[(String, String)]) -> Config {
    let (config, warnings) =
        Config::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    if !warnings.is_empty() {
        let list: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        browser::warn(&format!("Restless legs check: {}.", list.join("; ")));
    }
    config
}

/// Keeps a share base only where it is safe: from the embed script in a
/// frame, or the inline element's attribute, and only on the embedding
/// page's own origin or one the host listed. A share base in the widget's
/// own address (a crafted link) is never used.
fn settle_share_base(config: &mut Config, embedding: Option<&str>) {
    if let Some(base) = config.share_base.take() {
        match embedding {
            Some(origin) if config::share_base_allowed(&base, origin, &config.share_origins) => {
                config.share_base = Some(base);
            }
            _ => browser::warn(
                "Restless legs check: share-base refused (not the embedding origin or a listed one).",
            ),
        }
    }
}

// Talc in place of Rust's default wasm allocator (dlmalloc): smaller and
// faster. The widget is single-threaded (no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    prerender::print();
}

/// Starts the widget on its own page, in a frame or not.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn start() {
    browser::install_panic_panel();
    // On a host page that loaded the module for the inline element, nothing
    // renders until the element calls `mount`.
    if !browser::is_app_page() {
        return;
    }
    let pairs = config::query_pairs(&browser::query());
    let mut config = read_config(&pairs);
    // Frame mode needs a frame: `?embed=1` in a top-level address (a crafted
    // link) changes nothing.
    let embedded = pairs.iter().any(|(k, v)| k == "embed" && v == "1");
    let mode = if embedded && browser::is_framed() {
        Mode::Frame
    } else {
        Mode::Page
    };
    // The embed script names the embedding page's origin. Heights go only
    // there (the browser drops them for any other parent). A share base is
    // taken only where the browser confirms the parent is that origin.
    let mut confirmed = false;
    if mode == Mode::Frame {
        if let (Some(claimed), Some(actual)) = (&config.origin, browser::parent_origin()) {
            confirmed = *claimed == actual;
            if !confirmed {
                browser::warn("Restless legs check: origin refused (not the frame's parent).");
                config.origin = None;
            }
        }
    } else {
        config.origin = None;
    }
    if config.origin.is_none() && config.fit {
        browser::warn("Restless legs check: fit=content needs the origin from embed.js.");
        config.fit = false;
    }
    let embedding = config.origin.clone().filter(|_| confirmed);
    settle_share_base(&mut config, embedding.as_deref());
    if config.share_base.is_none() {
        config.share_base = browser::built_in_share_base()
            .and_then(|b| config::share_base(&b))
            .or_else(|| Some(browser::own_page()));
    }
    browser::register_service_worker();
    // The app draws into a root of its own at the end of the body: Yew
    // empties its root first, and the prerendered start page must stay until
    // the early script hands it over (embed/early.js).
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Some((d.body()?, d.create_element("div").ok()?)))
        .and_then(|(body, root)| body.append_child(&root).ok().map(|_| root))
    else {
        return;
    };
    browser::register_root(&root);
    // The first render in a task of its own: compiling and starting the
    // module is one long task already, and the page (the start page drawn
    // into the HTML) should answer input between the two.
    browser::later(move || {
        yew::Renderer::<App>::with_root_and_props(
            root,
            AppProps {
                mode,
                config,
                link: None,
            },
        )
        .render();
    });
}

/// Renders the widget into `host`'s closed shadow root, so the page's
/// styles and scripts and the widget's do not meet. `stylesheet` is the URL
/// of the widget's CSS; `query` holds configuration as `name=value&…`, with
/// the names the embed script uses, plus `page` (the widget's own page, where
/// share links point by default) and `link` (a share link taken from the
/// host page's address).
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, stylesheet: String, query: String) {
    let Some(root) = browser::shadow_mount_point(&host, &stylesheet) else {
        browser::warn("Restless legs check: this element cannot hold the widget.");
        return;
    };
    let pairs = config::query_pairs(&query);
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let mut config = read_config(&pairs);
    config.origin = None;
    config.fit = false;
    let embedding = browser::own_origin();
    settle_share_base(&mut config, embedding.as_deref());
    if config.share_base.is_none() {
        config.share_base = value("page").and_then(|p| config::share_base(&p));
    }
    // A share link the element took from the host page's address; or one
    // that arrived there since, taken out now, so that the host's scripts
    // see it as briefly as can be.
    let link = value("link")
        .filter(|l| screening::Step::is_share_fragment(l))
        .or_else(browser::take_share_fragment);
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            mode: Mode::Inline,
            config,
            link,
        },
    )
    .render();
}
