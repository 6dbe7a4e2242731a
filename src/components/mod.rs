//! One file per screen part. Pages with state of their own are function
//! components; the other parts are view functions taking the locale, and a
//! part that needs state or browser work (the share section's copying)
//! gets it from the page that shows it, through a hook (each function
//! component adds its own copy of Yew's lifecycle code to the wasm module).
//! All receive data and callbacks and only emit; none names a particular
//! question or cause.

pub mod back_link;
pub mod broken_link;
pub mod choice;
pub mod error_summary;
pub mod fhir_save;
pub mod field_error;
pub mod fieldset;
pub mod handout;
pub mod hint;
pub mod language;
pub mod number_field;
pub mod question;
pub mod results;
pub mod review;
pub mod severity;
pub mod share;
pub mod start;
