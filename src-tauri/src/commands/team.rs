//! Team: the keyslots of the store, members added and removed by an administrator.

use passerelle_core::i18n::format::date_long;
use passerelle_core::vault::keyfile::SlotRole;
use passerelle_core::vault::team::Member;
use passerelle_core::Clock;
use serde::Serialize;
use tauri::State;
use zeroize::Zeroizing;

use super::backup::calibrated;
use crate::error::UiError;
use crate::state::AppState;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberRow {
    #[serde(flatten)]
    member: Member,
    since_label: Option<String>,
}

#[tauri::command(async)]
pub fn team_list(state: State<'_, AppState>) -> Result<Vec<MemberRow>, UiError> {
    let lang = state.lang();
    let members = state.vault.members().map_err(|e| state.ui_error(e))?;
    Ok(members
        .into_iter()
        .map(|member| MemberRow {
            since_label: member
                .created_at
                .map(|t| date_long(t.with_timezone(&chrono::Local).date_naive(), &lang)),
            member,
        })
        .collect())
}

#[tauri::command(async)]
pub fn team_add(
    state: State<'_, AppState>,
    label: String,
    passphrase: String,
    role: SlotRole,
) -> Result<String, UiError> {
    let passphrase = Zeroizing::new(passphrase);
    state.touch();
    let (now, vault) = (state.clock.now(), &state.vault);
    calibrated(&state, |kdf| {
        vault.add_member(&label, &passphrase, role, kdf, now)
    })
}

#[tauri::command(async)]
pub fn team_remove(state: State<'_, AppState>, slot_id: String) -> Result<(), UiError> {
    state.touch();
    state
        .vault
        .remove_member(&slot_id, state.clock.now())
        .map_err(|e| state.ui_error(e))?;
    log::info!("team member removed, data key rotated");
    Ok(())
}

#[tauri::command(async)]
pub fn team_rotate_key(state: State<'_, AppState>) -> Result<(), UiError> {
    state.touch();
    state
        .vault
        .rotate_data_key(state.clock.now())
        .map_err(|e| state.ui_error(e))?;
    log::info!("data key rotated");
    Ok(())
}
