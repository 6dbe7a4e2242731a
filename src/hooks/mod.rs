//! The app's side effects, one hook per job, each named for what it keeps
//! in step. Effects run after rendering, in the order the app calls the
//! hooks; nothing here runs while rendering. Hooks read and write the
//! browser only through `crate::browser`.

pub mod use_accent;
pub mod use_address_bar;
pub mod use_focus_on_step;
pub mod use_follow_address;
pub mod use_height_report;
pub mod use_save_answers;
pub mod use_share;
pub mod use_storage_event;
pub mod use_storage_record;
