//! The shell's own tests: the IPC contract (every command's Rust signature, the TypeScript the page
//! is checked against) and the commands as the page reaches them, through Tauri's mock runtime.

mod commands;
mod contract;

use std::path::Path;

use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

use crate::state::AppState;

/// The shell on the mock runtime, with its data in `data`, and its window.
fn mock_shell(data: &Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = crate::shell(mock_builder(), AppState::new(data.to_path_buf(), None))
        .build(mock_context(noop_assets()))
        .expect("the shell builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("a window on the mock runtime");
    (app, window)
}

/// Calls `command` with `args` as the page does (`invoke(command, args)`): its result, or what it
/// rejects with.
fn invoke(window: &WebviewWindow<MockRuntime>, command: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: command.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("a valid URL"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: tauri::test::INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| {
        body.deserialize::<Value>()
            .expect("every command answers JSON")
    })
}
