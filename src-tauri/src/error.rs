//! `UiError`: the only error that crosses IPC, as `{ code, messageId, args, message }`.
//!
//! The UI branches on `code`; `message` is `messageId` already worded in the UI language (Rust
//! owns formatting). Commands return it with `?`: the conversion from the core's error takes the
//! language the last command's context set ([`set_language`]): one window, one language.

use std::sync::RwLock;

use passerelle_core::app::{Error, ErrorView, DEFAULT_LANGUAGE};
use serde::Serialize;

static LANGUAGE: RwLock<&str> = RwLock::new(DEFAULT_LANGUAGE);

/// Words the errors of the commands that follow in `lang`.
pub fn set_language(lang: &'static str) {
    if let Ok(mut current) = LANGUAGE.write() {
        *current = lang;
    }
}

/// What a command returns: its view model, or the error the UI shows.
pub type Result<T, E = UiError> = std::result::Result<T, E>;

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct UiError(ErrorView);

impl From<Error> for UiError {
    fn from(e: Error) -> Self {
        let lang = LANGUAGE.read().map(|l| *l).unwrap_or(DEFAULT_LANGUAGE);
        UiError(ErrorView::new(&e, lang))
    }
}
