//! The case list, a page at a time: cases found by name, other name, reference or phone
//! ([`crate::search`]), each with its next deadline, sorted by an indexed column, and how many
//! there are in all. Read from the derived index ([`crate::db::index`]): a page costs the same
//! with ten cases or ten thousand, and a search touches only the cases it finds.

use chrono::{Local, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::{deadline_lines, to_confirm, DeadlineLine, Names};
use crate::db::index::{self, Order};
use crate::i18n::format::date_long;
use crate::i18n::L10n;
use crate::{search, Result};

/// How many cases a page holds: few enough for a quick page, enough to fill a large screen.
pub const PAGE_SIZE: u64 = 50;

/// How the list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Sort {
    /// By family name, then given names (accents and case ignored).
    #[default]
    Name,
    /// The most urgent first; cases without a coming deadline last, by name.
    NextDeadline,
    /// The most recently changed first.
    Updated,
}

/// A line of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseRow {
    /// Case id.
    pub id: String,
    /// The name (« OKAFOR Amina »), or initials when names are hidden.
    pub display_name: String,
    /// The first deadline on or after today, if any.
    pub next_deadline: Option<DeadlineLine>,
    /// A passed deadline of the case still calls for action (it is on the dashboard).
    pub overdue: bool,
    /// « Clos le 3 mars 2026 » when the case is closed.
    pub closed_label: Option<String>,
    /// The stage of the criminal proceedings (« procès en première instance »), if recorded.
    pub stage_label: Option<String>,
    /// Last change, as a date in words.
    pub updated_label: String,
}

/// A page of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CasePage {
    /// The cases of the page, in order.
    pub rows: Vec<CaseRow>,
    /// How many cases match, on every page.
    pub total: u64,
    /// The position of the page's first case among them (0 for the first page).
    pub offset: u64,
    /// How many cases a page holds.
    pub page_size: u64,
}

/// The page of the cases matching `query` (every word the start of a word of a name, other name,
/// reference or phone; all cases when empty) that starts at `offset`, sorted by `by`. An offset
/// past the end gives the last page.
pub fn page(
    conn: &Connection,
    query: &str,
    by: Sort,
    offset: u64,
    today: NaiveDate,
    lang: &str,
    names: Names,
) -> Result<CasePage> {
    let matching = search::query(query);
    let order = match by {
        Sort::Name => Order::Name,
        Sort::NextDeadline => Order::NextDeadline,
        Sort::Updated => Order::Updated,
    };
    let read = |offset| index::page(conn, matching.as_deref(), order, today, offset, PAGE_SIZE);
    let (mut rows, total) = read(offset)?;
    let mut offset = offset;
    if rows.is_empty() && total > 0 {
        offset = (total - 1) / PAGE_SIZE * PAGE_SIZE;
        rows = read(offset)?.0;
    }
    let rows = rows
        .into_iter()
        .map(|row| CaseRow {
            display_name: names.pick(&row.case.display_name, &row.case.initials, lang),
            next_deadline: row
                .next
                .map(|d| deadline_lines(vec![d], today, lang, to_confirm()).remove(0)),
            overdue: row.overdue,
            stage_label: row.stage.map(|stage| {
                let id = format!("iv-opt-criminal-stage-{}", crate::codes::code(stage));
                L10n::get().format(lang, &id, &[])
            }),
            closed_label: row.closed_on.map(|day| {
                L10n::get().format(lang, "cases-closed-on", &[("date", date_long(day, lang))])
            }),
            updated_label: date_long(row.updated_at.with_timezone(&Local).date_naive(), lang),
            id: row.case.case_id,
        })
        .collect();
    Ok(CasePage {
        rows,
        total,
        offset,
        page_size: PAGE_SIZE,
    })
}
