//! The case list, a new case, the page of a case (assessment, deadlines, checklist, follow-up),
//! closing, consent, deletion, retention.

use passerelle_core::db::cases::{self, RetentionCandidate};
use passerelle_core::followup::{self, ConsentDraft};
use passerelle_core::i18n::format::{date_long, date_short};
use passerelle_core::model::case::{CaseDocument, CaseFile, Consent, ConsentDecision};
use passerelle_core::overview::case::{self as case_page, CaseOverview};
use passerelle_core::overview::list::{self, CaseRow, Sort};
use passerelle_core::vault::cases as vault_cases;
use passerelle_core::{Clock, Error};
use serde::Serialize;
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
        .and_then(|doc| vault_cases::create(&state.vault, &doc, now))
        .map_err(|e| state.ui_error(e))
}

/// The page of a case: assessment, deadlines, checklist, notes, appointments (recorded in the
/// audit log as viewed).
#[tauri::command(async)]
pub fn case_overview(state: State<'_, AppState>, case_id: String) -> Result<CaseOverview, UiError> {
    let (today, now, lang, names) = (
        state.clock.today(),
        state.clock.now(),
        state.lang(),
        state.names(),
    );
    let case = vault_cases::view(&state.vault, &case_id, now)
        .and_then(|stored| stored.document.case())
        .map_err(|e| state.ui_error(e))?;
    Ok(case_page::overview(&case_id, &case, today, &lang, names))
}

/// One case on screen: what the case page shows and edits.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetail {
    id: String,
    display_name: String,
    created_label: String,
    updated_label: String,
    closed_on: Option<chrono::NaiveDate>,
    closed_label: Option<String>,
    consent: Option<Consent>,
    /// The consent decisions' days as the form shows them, day/month/year.
    consent_dates: ConsentDates,
    /// Today, day/month/year: the closing day proposed.
    today_input: String,
    languages: Vec<String>,
}

/// The day of each consent decision, typed form (`None`: not asked).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ConsentDates {
    storage: Option<String>,
    share_with_prefecture: Option<String>,
    share_with_lawyer: Option<String>,
}

fn detail(state: &AppState, stored: cases::StoredCase) -> Result<CaseDetail, UiError> {
    let lang = state.lang();
    let local = |t: chrono::DateTime<chrono::Utc>| {
        date_long(t.with_timezone(&chrono::Local).date_naive(), &lang)
    };
    let case = stored.document.case().map_err(|e| state.ui_error(e))?;
    // Typed dates are day/month/year in every language, as in the interview.
    let typed = |d: &Option<ConsentDecision>| {
        d.as_ref()
            .and_then(|d| d.date)
            .map(|day| date_short(day, "fr"))
    };
    let consent = case.consent.clone().unwrap_or_default();
    Ok(CaseDetail {
        consent_dates: ConsentDates {
            storage: typed(&consent.storage),
            share_with_prefecture: typed(&consent.share_with_prefecture),
            share_with_lawyer: typed(&consent.share_with_lawyer),
        },
        today_input: date_short(state.clock.today(), "fr"),
        display_name: case.display_name(),
        created_label: local(stored.created_at),
        updated_label: local(stored.updated_at),
        closed_on: case.closed_on,
        closed_label: case.closed_on.map(|d| date_long(d, &lang)),
        consent: case.consent,
        languages: case.person.languages,
        id: stored.id,
    })
}

/// The case as it is after an edit: the edit is logged, the page that shows it is not a new view.
fn after_edit(state: &AppState, id: &str) -> Result<CaseDetail, UiError> {
    let stored = state
        .vault
        .read(|c| cases::get(c, id))
        .map_err(|e| state.ui_error(e))?;
    detail(state, stored)
}

/// Opens a case (recorded in the audit log as viewed).
#[tauri::command(async)]
pub fn case_get(state: State<'_, AppState>, id: String) -> Result<CaseDetail, UiError> {
    state.touch();
    let stored =
        vault_cases::view(&state.vault, &id, state.clock.now()).map_err(|e| state.ui_error(e))?;
    detail(&state, stored)
}

/// Closes a case on the day typed (day/month/year; empty: today), or reopens it with `null`.
#[tauri::command(async)]
pub fn case_set_closed(
    state: State<'_, AppState>,
    id: String,
    closed_on: Option<String>,
) -> Result<CaseDetail, UiError> {
    state.touch();
    let closed_on = closed_on
        .map(|text| followup::past_day_or_today(&text, state.clock.today()))
        .transpose()
        .map_err(|e| state.ui_error(e))?;
    vault_cases::set_closed(&state.vault, &id, closed_on, state.clock.now())
        .map_err(|e| state.ui_error(e))?;
    after_edit(&state, &id)
}

/// Records the person's consent as the form gives it (days typed day/month/year).
#[tauri::command(async)]
pub fn case_set_consent(
    state: State<'_, AppState>,
    id: String,
    consent: Option<ConsentDraft>,
) -> Result<CaseDetail, UiError> {
    state.touch();
    let consent = consent
        .map(|draft| followup::consent_from_draft(&draft, state.clock.today()))
        .transpose()
        .map_err(|e| state.ui_error(e))?;
    vault_cases::set_consent(&state.vault, &id, consent, state.clock.now())
        .map_err(|e| state.ui_error(e))?;
    after_edit(&state, &id)
}

/// Erases a case for real (confirmed in the UI before the call).
#[tauri::command(async)]
pub fn case_delete(state: State<'_, AppState>, id: String) -> Result<(), UiError> {
    state.touch();
    vault_cases::delete(&state.vault, &id, state.clock.now()).map_err(|e| state.ui_error(e))?;
    log::info!("case deleted");
    Ok(())
}

/// A case retention proposes to delete, dates formatted.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RetentionRow {
    #[serde(flatten)]
    candidate: RetentionCandidate,
    closed_label: Option<String>,
}

#[tauri::command(async)]
pub fn retention_list(state: State<'_, AppState>) -> Result<Vec<RetentionRow>, UiError> {
    let lang = state.lang();
    let rows = vault_cases::retention_candidates(&state.vault, state.clock.today())
        .map_err(|e| state.ui_error(e))?;
    Ok(rows
        .into_iter()
        .map(|candidate| RetentionRow {
            closed_label: candidate.closed_on.map(|d| date_long(d, &lang)),
            candidate,
        })
        .collect())
}
