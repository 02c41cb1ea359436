//! What the commands share: the application, the app's directories, the idle clock.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use passerelle_core::app::App;

use crate::paths::Paths;

pub struct AppState {
    pub app: App,
    pub paths: Paths,
    /// `--export-dir` / `PASSERELLE_EXPORT_DIR`: documents are written there without a dialog
    /// (end-to-end tests: WebDriver cannot drive a native dialog).
    pub export_dir: Option<PathBuf>,
    /// Last user input or command, for the idle lock.
    last_activity: Mutex<Instant>,
    /// The page copied or selected text since the last lock (`clipboard`).
    pub clipboard: crate::clipboard::Touched,
}

impl AppState {
    pub fn new(data_dir: PathBuf, export_dir: Option<PathBuf>) -> Self {
        let paths = Paths::under(data_dir);
        AppState {
            app: App::new(paths.store.clone()).with_prefs_in(&paths.data),
            paths,
            export_dir,
            last_activity: Mutex::new(Instant::now()),
            clipboard: Default::default(),
        }
    }

    /// Records activity: the idle lock counts from here.
    pub fn touch(&self) {
        if let Ok(mut t) = self.last_activity.lock() {
            *t = Instant::now();
        }
    }

    /// How long since the last activity.
    pub fn idle_for(&self) -> Duration {
        self.last_activity
            .lock()
            .map(|t| t.elapsed())
            .unwrap_or_default()
    }
}
