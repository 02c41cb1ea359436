//! `UiError`: the only error that crosses IPC, as `{ code, messageId, args, message }`.
//!
//! The UI branches on `code`; `message` is `messageId` already worded in the UI language (Rust
//! owns formatting). Commands return it through [`guard`]: the conversion from the core's error
//! takes the language the last command's context set ([`set_language`]): one window, one
//! language; and a panic in the use case becomes an error too.

use std::sync::RwLock;

use passerelle_core::app::process::catch_panic;
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

/// Runs a command's use case. A panic in it (a bug) becomes `internal`, which the UI shows and the
/// log records, location only: without this the request never answered (« Recevoir un dossier »
/// stuck at 0 %, issue 13).
pub fn guard<T>(use_case: impl FnOnce() -> passerelle_core::Result<T>) -> Result<T> {
    Ok(catch_panic(use_case)?)
}

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct UiError(ErrorView);

impl From<Error> for UiError {
    fn from(e: Error) -> Self {
        let lang = LANGUAGE.read().map(|l| *l).unwrap_or(DEFAULT_LANGUAGE);
        UiError(ErrorView::new(&e, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_use_case_is_an_error_the_ui_shows() {
        set_language("fr");
        let err = guard::<()>(|| panic!("never shown: Amina")).unwrap_err();
        assert_eq!(
            (err.0.code, err.0.message_id),
            ("internal", "error-internal")
        );
        assert!(!err.0.message.contains("Amina"), "{}", err.0.message);
        assert_eq!(guard(|| Ok(3)).unwrap(), 3);
    }

    /// Without `guard`, a panic left the request unanswered and the page waiting forever
    /// (« Recevoir un dossier » at 0 %, issue 13). The commands left out run no core code.
    #[test]
    fn every_command_that_runs_core_code_goes_through_guard() {
        const SHELL_ONLY: [&str; 3] = ["session_touch", "session_copied", "app_close"];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for command in source.split("#[tauri::command").skip(1) {
                let name = command.split("pub fn ").nth(1).unwrap();
                let name = &name[..name.find(['(', '<']).unwrap()];
                let body = &command[..command.find("\n}\n").unwrap_or(command.len())];
                checked += 1;
                assert!(
                    body.contains("guard(") || SHELL_ONLY.contains(&name),
                    "{name} does not run its use case through error::guard"
                );
            }
        }
        assert!(checked > 40, "only {checked} commands found");
    }
}
