//! The case list.

use passerelle_core::db::cases;
use passerelle_core::i18n::format::date_long;
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::{Clock, Error};
use serde::Serialize;
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

/// A line of the case list, dates formatted for the UI language.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseRow {
    id: String,
    display_name: String,
    updated_label: String,
}

#[tauri::command(async)]
pub fn case_list(
    state: State<'_, AppState>,
    query: Option<String>,
) -> Result<Vec<CaseRow>, UiError> {
    let query = query.unwrap_or_default();
    let lang = state.lang();
    let rows = state
        .vault
        .read(|c| cases::search(c, &query))
        .map_err(|e| state.ui_error(e))?;
    Ok(rows
        .into_iter()
        .map(|r| CaseRow {
            updated_label: date_long(
                r.updated_at.with_timezone(&chrono::Local).date_naive(),
                &lang,
            ),
            id: r.id,
            display_name: r.display_name,
        })
        .collect())
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
