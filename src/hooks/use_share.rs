//! Copying a result's link and handing it to the system share sheet.

use crate::browser;
use crate::components::share::{CopyState, Share, LINK_BOX_ID};
use yew::platform::spawn_local;
use yew::prelude::*;

/// The share section's status and button actions for `url`. "Copy link"
/// tries the Clipboard API, then selecting the link box and copying the way
/// it worked before that API; the status says which way it went. "Share"
/// opens the system share sheet with `title`, where the browser has one.
#[hook]
pub fn use_share(url: &str, title: &'static str) -> Share {
    let status = use_state(|| CopyState::Idle);
    let can_share = *use_state(browser::can_share);
    let on_copy = {
        let status = status.clone();
        let url = url.to_string();
        Callback::from(move |e: MouseEvent| {
            let status = status.clone();
            let url = url.clone();
            // Found now, while the page that was pressed is on screen.
            let link_box =
                browser::widget_root(&e).and_then(|root| browser::text_box(&root, LINK_BOX_ID));
            spawn_local(async move {
                let copied = browser::copy_to_clipboard(&url).await
                    || link_box.is_some_and(|b| browser::select_and_copy(&b));
                status.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
            });
        })
    };
    let on_share = {
        let url = url.to_string();
        Callback::from(move |_: MouseEvent| {
            let url = url.clone();
            spawn_local(async move { browser::system_share(title, &url).await });
        })
    };
    Share {
        status: *status,
        can_share,
        on_copy,
        on_share,
    }
}
