//! One file per screen part. Components receive data and callbacks as props
//! and only emit; none of them names a particular question or cause.

pub mod back_link;
pub mod broken_link;
pub mod error_summary;
pub mod language;
pub mod question;
pub mod results;
pub mod review;
pub mod share;
pub mod start;
