//! The dashboard: overdue and coming deadlines, coming appointments, across all cases.

use passerelle_core::overview::dashboard::{self, Dashboard, HORIZON_DAYS};
use passerelle_core::Clock;
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn dashboard_get(state: State<'_, AppState>) -> Result<Dashboard, UiError> {
    let (today, lang, names) = (state.clock.today(), state.lang(), state.names());
    state
        .vault
        .read(|c| dashboard::load(c, today, HORIZON_DAYS, &lang, names))
        .map_err(|e| state.ui_error(e))
}
