//! Formatting for the UI: one batched call per screen.

use std::collections::BTreeMap;

use passerelle_core::i18n::L10n;
use serde::Deserialize;
use tauri::State;

use crate::state::AppState;

#[derive(Deserialize)]
pub struct Item {
    id: String,
    #[serde(default)]
    args: BTreeMap<String, String>,
}

/// Formats each item in `lang` (default: the UI language).
#[tauri::command(async)]
pub fn l10n_format(
    state: State<'_, AppState>,
    items: Vec<Item>,
    lang: Option<String>,
) -> Vec<String> {
    let lang = lang.unwrap_or_else(|| state.lang());
    let l10n = L10n::get();
    items
        .iter()
        .map(|item| {
            let args: Vec<(&str, String)> = item
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            l10n.format(&lang, &item.id, &args)
        })
        .collect()
}
