//! The derived index brought up to date in the background while the vault is open (after an
//! upgrade, the restore of an older backup, a new rule pack: `app::index`), with its progress sent
//! to the page. Never on a command's path: the screens read the rows as they are meanwhile.

use std::time::Duration;

use passerelle_core::app::index;
use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Event carrying `IndexProgress` ({ done, total }) to the UI.
pub const INDEX_PROGRESS_EVENT: &str = "index-progress";

/// How often the thread asks whether rows are stale: two index lookups, and at most this long
/// between an unlock and the start of the work.
const POLL: Duration = Duration::from_secs(1);

pub fn watch(app: AppHandle) {
    std::thread::Builder::new()
        .name("derived-index".into())
        .spawn(move || loop {
            std::thread::sleep(POLL);
            let state = app.state::<AppState>();
            let req = state.app.request();
            if !index::pending(&req) {
                continue;
            }
            let emit = |progress| {
                let _ = app.emit(INDEX_PROGRESS_EVENT, progress);
            };
            if let Err(e) = index::refresh(&req, emit) {
                // Locked meanwhile, most often: the work resumes at the next unlock.
                log::info!("derived index: stopped ({})", e.code());
            }
        })
        .expect("BUG: a thread can be spawned at start-up");
}
