//! The restless legs check: a Yew web app over the `screening` core.
//!
//! This crate owns everything that touches the browser: rendering, the
//! address bar, storage, focus and the page title. All decisions about
//! questions, answers and results come from `screening`.

mod app;
mod browser;
mod components;

fn main() {
    browser::install_panic_panel();
    yew::Renderer::<app::App>::new().render();
}
