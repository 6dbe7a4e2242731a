//! Messages for the developer console.

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
