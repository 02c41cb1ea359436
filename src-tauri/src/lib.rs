//! The Tauri shell: window, state, IPC. No logic here: commands are adapters over the core's
//! application layer (`passerelle_core::app`), and nothing below it is imported.

mod clipboard;
mod closing;
mod commands;
mod context;
mod dialog;
mod error;
mod fresh_page;
mod idle;
mod indexer;
mod logging;
mod paths;
mod recent;
mod state;
#[cfg(test)]
mod tests;
#[cfg(target_os = "linux")]
mod webext;
#[cfg(target_os = "linux")]
pub mod webkit;
#[cfg(windows)]
mod webview2;
mod webview_store;
mod window;

use tauri::{Manager, Runtime};

use state::AppState;

/// Starts the app.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let data_dir = paths::data_dir();
    let export_dir = paths::export_dir();
    // The data root is the owner's only (0700; an owner-only access list on Windows), made so
    // before anything is written under it, and again at each start for a root created 0755 by
    // an older version (issue 13). The logs' own directory was already private; the root, and
    // WebKit's directory inside it, were not.
    let private = passerelle_core::app::process::create_private_dir(&data_dir);
    logging::init(&data_dir.join("logs"));
    if private.is_err() {
        log::warn!("the data directory could not be made private");
    }
    // A panic logs where it happened, never its message (which may quote personal data); the
    // commands turn it into an error through `error::guard`.
    passerelle_core::app::process::install_panic_hook();
    log::info!("passerelle {} starting", env!("CARGO_PKG_VERSION"));
    #[cfg(windows)]
    if !webview2::runtime_present(&data_dir) {
        return;
    }

    shell(
        tauri::Builder::default(),
        AppState::new(data_dir, export_dir),
    )
    .setup(|app| {
        let state = app.state::<AppState>();
        // The webview keeps its own files (cache, storage) under the app's data directory, made
        // owner-only (issue 13), next to the store, not in a second place the worker does not
        // know about; on Linux the view's own context is in memory only (`webview_store`).
        let _ = passerelle_core::app::process::create_private_dir(&state.paths.webview);
        // No larger than the screen, and small enough a minimum for 1366×768 at 200 % (window.rs).
        let (width, height) = window::initial_size(window::screen_of(app));
        let main = tauri::WebviewWindowBuilder::new(
            app,
            "main",
            tauri::WebviewUrl::App("index.html".into()),
        )
        .title("Passerelle")
        .inner_size(width, height)
        .min_inner_size(window::MINIMUM.0, window::MINIMUM.1)
        .data_directory(state.paths.webview.clone())
        .incognito(webview_store::ephemeral())
        // Left out of screenshots, shared screens and remote-help tools unless the worker allowed
        // them (Windows, macOS; Linux's X11 has no such protection).
        .content_protected(!state.app.screen_capture_allowed());
        // Each web process made non-dumpable, as this one is (webext.rs).
        #[cfg(target_os = "linux")]
        let main = match webext::dir() {
            Some(dir) => main.extensions_path(dir),
            None => main,
        };
        let main = main.build()?;
        // The text size the worker chose (preferences, known before unlock).
        let text_size = state.app.text_size();
        if text_size != 100 {
            window::zoom(&main, text_size);
        }
        if !state.app.store_exists() {
            // The setup screen's meter reads word lists whose index takes a moment to build.
            std::thread::spawn(passerelle_core::app::session::prepare_strength_meter);
        }
        recent::watch(app.handle());
        idle::watch(app.handle().clone());
        indexer::watch(app.handle().clone());
        Ok(())
    })
    .build(tauri::generate_context!())
    .expect("BUG: the Tauri context is generated at build time")
    .run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            // Quitting locks: the connection closes and the key is zeroed before the process ends.
            app.state::<AppState>().app.lock();
            // And what was copied from a case is not left to the desktop.
            clipboard::clear_now_if_touched(app);
            log::info!("exit");
        }
    });
}

/// The shell on runtime `R`: the dialog plugin, the state, every command, the close guard. `run`
/// adds the window and the idle lock; the contract tests run it on Tauri's mock runtime.
fn shell<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        // Dialogs are opened from Rust commands only; the webview has no dialog: permission.
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(commands::all!(tauri::generate_handler))
        .on_window_event(closing::on_window_event)
}
