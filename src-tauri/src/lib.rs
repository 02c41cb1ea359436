//! The Tauri shell: window, state, IPC. No logic here: commands are adapters over the core's
//! application layer (`passerelle_core::app`), and nothing below it is imported.

mod closing;
mod commands;
mod context;
mod dialog;
mod error;
mod idle;
mod indexer;
mod logging;
mod paths;
mod state;
#[cfg(windows)]
mod webview2;

use tauri::Manager;

use state::AppState;

/// Starts the app.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let data_dir = paths::data_dir();
    let export_dir = paths::export_dir();
    logging::init(&data_dir.join("logs"));
    // A panic logs where it happened, never its message (which may quote personal data); the
    // commands turn it into an error through `error::guard`.
    passerelle_core::app::process::install_panic_hook();
    log::info!("passerelle {} starting", env!("CARGO_PKG_VERSION"));
    #[cfg(windows)]
    if !webview2::runtime_present(&data_dir) {
        return;
    }

    tauri::Builder::default()
        // Dialogs are opened from Rust commands only; the webview has no dialog: permission.
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(data_dir, export_dir))
        .invoke_handler(tauri::generate_handler![
            commands::l10n::l10n_format,
            commands::session::app_status,
            commands::session::passphrase_strength,
            commands::session::passphrase_generate,
            commands::session::session_create,
            commands::session::session_unlock,
            commands::session::session_lock,
            commands::session::session_touch,
            commands::session::session_change_passphrase,
            commands::cases::case_list,
            commands::cases::case_create,
            commands::cases::case_overview,
            commands::cases::dashboard_get,
            commands::interview::interview_step,
            commands::interview::interview_answer,
            commands::interview::interview_language,
            commands::interview::interview_review,
            commands::followup::case_answer,
            commands::followup::note_add,
            commands::followup::note_edit,
            commands::followup::note_delete,
            commands::followup::appointment_save,
            commands::followup::appointment_delete,
            commands::documents::document_export,
            commands::documents::review_sheet_export,
            commands::documents::case_addressee,
            commands::documents::addressee_title_save,
            commands::settings::settings_get,
            commands::settings::settings_update,
            commands::settings::association_get,
            commands::settings::association_save,
            commands::session::session_quick_lock,
            commands::session::session_reveal,
            commands::session::session_info,
            commands::cases::case_get,
            commands::cases::case_set_closed,
            commands::cases::case_set_consent,
            commands::cases::case_delete,
            commands::cases::retention_list,
            commands::backup::backup_status,
            commands::backup::backup_create,
            commands::backup::backup_verify,
            commands::backup::backup_restore,
            commands::handover::handover_export,
            commands::handover::handover_import,
            commands::team::team_list,
            commands::team::team_add,
            commands::team::team_remove,
            commands::team::team_rotate_key,
            commands::audit::audit_list,
            commands::audit::audit_export,
            commands::session::app_close,
        ])
        .on_window_event(closing::on_window_event)
        .setup(|app| {
            let state = app.state::<AppState>();
            // The webview keeps its own files (cache, storage) under the app's data directory,
            // next to the store, not in a second place the worker does not know about.
            tauri::WebviewWindowBuilder::new(
                app,
                "main",
                tauri::WebviewUrl::App("index.html".into()),
            )
            .title("Passerelle")
            .inner_size(1200.0, 800.0)
            .min_inner_size(800.0, 560.0)
            .data_directory(state.paths.webview.clone())
            .build()?;
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
                log::info!("exit");
            }
        });
}
