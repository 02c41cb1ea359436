//! Passerelle's core: everything but the window.
//!
//! The Tauri shell and `passerelle-cli` are thin adapters over this crate's application layer,
//! [`app`]; it has no Tauri dependency, so its tests and the `tests/` crate build and run without
//! WebKit.

#![warn(missing_docs)]

pub mod app;
pub mod clock;
pub mod codes;
pub mod countries;
pub mod db;
pub mod derived;
pub mod documents;
pub mod error;
pub mod followup;
pub mod fsx;
pub mod geo;
pub mod hardening;
pub mod i18n;
pub mod interview;
pub mod legal;
pub mod model;
pub mod overview;
pub mod pdf;
pub mod prefs;
pub mod print;
pub mod report;
pub mod sample_cases;
pub mod search;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod vault;
pub mod zero_on_free;

pub use clock::{Clock, FixedClock, FixedDay, SystemClock};
pub use error::{Error, Result};
