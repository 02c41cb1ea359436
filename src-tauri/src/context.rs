//! The context a command runs in: the request it makes of the application layer, built once per
//! call from the app's state.
//!
//! A command that takes a [`Ctx`] acts for the worker, so building it is where activity is
//! recorded for the idle lock (the only place), and where the language its errors are worded in
//! is set.

use std::ops::Deref;

use passerelle_core::app::Request;
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::{AppHandle, Runtime, State, Wry};

use crate::dialog::Dialogs;
use crate::error;
use crate::state::AppState;

/// The request of one command, and the shell's own state.
pub struct Ctx<'r> {
    state: &'r AppState,
    request: Request<'r>,
}

impl Ctx<'_> {
    /// The app's dialogs and progress events, for the use cases that write or read a file.
    pub fn dialogs<'a>(&'a self, app: &'a AppHandle) -> Dialogs<'a, Wry> {
        Dialogs {
            app,
            export_dir: self.state.export_dir.as_deref(),
        }
    }
}

impl<'r> Deref for Ctx<'r> {
    type Target = Request<'r>;
    fn deref(&self) -> &Request<'r> {
        &self.request
    }
}

impl<'r, 'de: 'r, R: Runtime> CommandArg<'de, R> for Ctx<'r> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let state = State::<'r, AppState>::from_command(command)?.inner();
        state.touch();
        let request = state.app.request();
        error::set_language(request.lang);
        Ok(Ctx { state, request })
    }
}
