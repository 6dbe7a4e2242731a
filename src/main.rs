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

// Talc in place of Rust's default wasm allocator (dlmalloc): 2.8 KB gzip
// smaller, and steps as fast. The widget is single-threaded (no atomics).
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

/// The global allocator under load, in the wasm build the widget ships
/// with (Talc): blocks of many sizes (page edges, up to 1 MiB) and
/// alignments (up to 4096) made, grown, shrunk and freed in a random order,
/// each filled with its own pattern; the patterns are checked every 250
/// steps and at the end (the aligned ones after every step), so two blocks
/// that overlapped, or a block moved without its contents, fail.
#[cfg(all(test, target_arch = "wasm32"))]
mod allocator_tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    #[repr(align(4096))]
    struct Page([u8; 16]);

    #[repr(align(64))]
    struct Line(u32);

    /// A block and the byte its pattern starts from.
    struct Block {
        bytes: Vec<u8>,
        seed: u8,
    }

    fn fill(block: &mut Block, from: usize) {
        for (i, b) in block.bytes.iter_mut().enumerate().skip(from) {
            *b = block.seed.wrapping_add((i % 251) as u8);
        }
    }

    fn intact(block: &Block) -> bool {
        block
            .bytes
            .iter()
            .enumerate()
            .all(|(i, &b)| b == block.seed.wrapping_add((i % 251) as u8))
    }

    #[wasm_bindgen_test]
    fn blocks_keep_their_contents_through_every_allocation() {
        let mut state: u32 = 0x2545_f491;
        let mut next = move |below: usize| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as usize % below
        };
        const EDGES: [usize; 6] = [
            65_520,
            65_536,
            65_552,
            131_056,
            2 * 65_536 - 16,
            16 * 65_536 - 16,
        ];
        let mut live: Vec<Block> = Vec::new();
        let mut pages: Vec<Box<Page>> = Vec::new();
        let mut lines: Vec<Vec<Line>> = Vec::new();
        // What the live blocks may hold at most: growing blocks are capped too.
        const CAP: usize = 6 << 20;
        let mut total = 0usize;
        for step in 0..2000u32 {
            // Over the cap, blocks are freed until it is under again.
            let op = if total >= CAP { 6 } else { next(10) };
            match op {
                // A new block: mostly small, some at page edges, a few large.
                0..=3 => {
                    let size = match next(20) {
                        0 => EDGES[next(EDGES.len())],
                        1 => 1 + next(1 << 20),
                        _ => 1 + next(512),
                    };
                    let mut block = Block {
                        bytes: vec![0; size],
                        seed: next(256) as u8,
                    };
                    fill(&mut block, 0);
                    total += size;
                    live.push(block);
                }
                // Grown or shrunk in place or moved (realloc).
                4 | 5 if !live.is_empty() => {
                    let at = next(live.len());
                    let block = &mut live[at];
                    let old = block.bytes.len();
                    let size = if next(2) == 0 {
                        old + 1 + next(old.min(1 << 20))
                    } else {
                        1 + next(old)
                    };
                    block.bytes.resize(size, 0);
                    block.bytes.shrink_to_fit();
                    fill(block, old.min(size));
                    total = total + size - old;
                }
                // Freed.
                6 | 7 if !live.is_empty() => {
                    let gone = live.swap_remove(next(live.len()));
                    total -= gone.bytes.len();
                }
                // Over-aligned allocations.
                8 => {
                    let seed = next(256) as u8;
                    pages.push(Box::new(Page([seed; 16])));
                    if pages.len() > 40 {
                        pages.swap_remove(next(pages.len()));
                    }
                }
                _ => {
                    let n = 1 + next(300);
                    lines.push((0..n).map(|i| Line(i as u32 ^ step)).collect());
                    if lines.len() > 40 {
                        lines.swap_remove(next(lines.len()));
                    }
                }
            }
            if step.is_multiple_of(250) || live.len() < 4 {
                assert!(
                    live.iter().all(intact),
                    "a block lost its contents at step {step}"
                );
            }
            assert!(pages
                .iter()
                .all(|p| (&**p as *const Page as usize).is_multiple_of(4096)));
            assert!(
                pages.iter().all(|p| p.0.iter().all(|&b| b == p.0[0])),
                "an aligned block changed at step {step}"
            );
            assert!(lines
                .iter()
                .all(|l| (l.as_ptr() as usize).is_multiple_of(64)));
        }
        assert!(live.iter().all(intact));
        for l in &lines {
            let step = l[0].0;
            assert!(l.iter().enumerate().all(|(i, x)| x.0 == i as u32 ^ step));
        }
    }
}
