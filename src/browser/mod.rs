//! The few places the app talks to the browser directly, one file per
//! facility. Every function here tolerates a missing window, document,
//! storage or API: it then does nothing, or answers as if the feature were
//! absent. Nothing here decides anything about answers or steps.

mod address;
mod console;
mod crash;
mod dom;
mod download;
mod focus;
mod frame;
mod locale;
mod page;
mod service_worker;
mod shadow;
mod share;
mod storage;

pub use address::{
    clear_share_fragment, followed_fragment, fragment, own_origin, own_page, query, show_fragment,
    show_fragment_after_paint, take_share_fragment,
};
pub use console::warn;
#[cfg(all(test, target_arch = "wasm32"))]
pub use crash::show_crash_panel;
pub use crash::{install_panic_panel, register_root};
pub use dom::later;
pub use download::download;
pub use focus::{focus, focus_element, focus_field, widget_root};
pub use frame::{is_framed, parent_origin, report_height};
pub use locale::browser_locale;
pub use page::{built_in_share_base, is_app_page, print, set_document_lang, set_title};
pub use service_worker::register_service_worker;
pub use shadow::shadow_mount_point;
pub use share::{can_share, copy_to_clipboard, select_and_copy, system_share, text_box};
#[cfg(not(target_arch = "wasm32"))]
pub use storage::LANG_KEY;
pub use storage::{
    forget_answers, load_answers, save_answers, store_locale, stored_locale, STORAGE_KEY,
};
