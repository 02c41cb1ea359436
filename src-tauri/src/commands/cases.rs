//! The case list, a new case, the page of a case.

use passerelle_core::db::cases;
use passerelle_core::interview::stored;
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::overview::case::{self as case_page, CaseOverview};
use passerelle_core::overview::list::{self, CaseRow, Sort};
use passerelle_core::{Clock, Error};
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn case_list(
    state: State<'_, AppState>,
    query: Option<String>,
    sort: Option<Sort>,
) -> Result<Vec<CaseRow>, UiError> {
    let (today, lang, names) = (state.clock.today(), state.lang(), state.names());
    let query = query.unwrap_or_default();
    state
        .vault
        .read(|c| list::rows(c, &query, sort.unwrap_or_default(), today, &lang, names))
        .map_err(|e| state.ui_error(e))
}

#[tauri::command(async)]
pub fn case_create(
    state: State<'_, AppState>,
    family_name: String,
    given_names: String,
) -> Result<String, UiError> {
    state.touch();
    let clean = |s: String| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let (family, given) = (clean(family_name), clean(given_names));
    if family.is_none() && given.is_none() {
        return Err(state.ui_error(Error::Required {
            field: "familyName",
        }));
    }
    let now = state.clock.now();
    CaseDocument::from_case(&CaseFile::new(family, given))
        .and_then(|doc| state.vault.write(|tx| cases::insert(tx, &doc, now)))
        .map_err(|e| state.ui_error(e))
}

#[tauri::command(async)]
pub fn case_overview(state: State<'_, AppState>, case_id: String) -> Result<CaseOverview, UiError> {
    let (today, lang, names) = (state.clock.today(), state.lang(), state.names());
    let case = state
        .vault
        .read(|c| stored::load(c, &case_id))
        .map_err(|e| state.ui_error(e))?;
    Ok(case_page::overview(&case_id, &case, today, &lang, names))
}
