//! The documents of a case in the store: the case and the vault's settings (association, prefects'
//! titles) read together, the checklist in the language the interview chose for the person.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::{addressee_choice, render, AddresseeChoice, DocumentContext, RenderedDocument};
use crate::db::{cases, settings};
use crate::error::{Field, Invalid, Named};
use crate::legal::RouteId;
use crate::model::case::CaseFile;
use crate::model::printed::PrintedDocument;
use crate::{Error, Result};

/// The document a code names (`letter`, `support-letter`, `checklist`, `consent`).
///
/// # Errors
/// [`Error::InvalidField`] for another id.
pub fn kind(id: &str) -> Result<PrintedDocument> {
    id.parse()
        .map_err(|_| Error::invalid(Field::Named(Named::DocumentKind), Invalid::UnknownValue))
}

/// What the documents of `case` need beyond it on `today`: the settings' association and titles,
/// and the checklist's second language, the one the person reads in the interview.
pub fn context(
    case: &CaseFile,
    settings: &settings::VaultSettings,
    today: NaiveDate,
) -> DocumentContext {
    let mut ctx = DocumentContext::from_settings(today, settings, case);
    ctx.checklist_lang = super::interview_language(case);
    ctx
}

/// The route a code names (`cst-l425-1`, `reflection-period`…).
///
/// # Errors
/// [`Error::InvalidField`] for another id.
pub fn route(id: &str) -> Result<RouteId> {
    id.parse()
        .map_err(|_| Error::invalid(Field::Named(Named::Route), Invalid::UnknownValue))
}

/// Renders document `kind` of case `id` for `route` (`None`: the route the case points to).
///
/// # Errors
/// [`Error::NotFound`] for an unknown case, and those of [`render`].
pub fn render_case(
    conn: &Connection,
    id: &str,
    kind: PrintedDocument,
    route: Option<RouteId>,
    today: NaiveDate,
) -> Result<RenderedDocument> {
    let case = cases::get(conn, id)?.document.case()?;
    let settings = settings::load(conn)?;
    let mut ctx = context(&case, &settings, today);
    ctx.route = route;
    render(kind, &case, &ctx)
}

/// How the letters of case `id` address the head of its office: both forms and the one recorded
/// in the settings; `None` while its address designates no office.
///
/// # Errors
/// [`Error::NotFound`] for an unknown case.
pub fn addressee(conn: &Connection, id: &str) -> Result<Option<AddresseeChoice>> {
    let case = cases::get(conn, id)?.document.case()?;
    Ok(addressee_choice(&case, &settings::load(conn)?))
}
