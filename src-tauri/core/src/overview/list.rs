//! The case list: search by name or other name, each case with its next deadline, three sorts.

use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::{deadline_lines, DeadlineLine, Names};
use crate::db::cases::{self, StoredCase};
use crate::i18n::format::date_long;
use crate::legal;
use crate::text::fold;
use crate::Result;

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
    /// Last change, as a date in words.
    pub updated_label: String,
    #[serde(skip)]
    sort_name: String,
    #[serde(skip)]
    updated_at: DateTime<Utc>,
}

fn row(stored: &StoredCase, today: NaiveDate, lang: &str, names: Names) -> Result<CaseRow> {
    let case = stored.document.case()?;
    let next =
        legal::next_deadline(&case, today).map(|d| deadline_lines(vec![d], today, lang).remove(0));
    Ok(CaseRow {
        id: stored.id.clone(),
        display_name: names.of(&case),
        next_deadline: next,
        updated_label: date_long(stored.updated_at.with_timezone(&Local).date_naive(), lang),
        sort_name: fold(&case.display_name()),
        updated_at: stored.updated_at,
    })
}

/// Sorts `rows` in place.
pub fn sort(rows: &mut [CaseRow], by: Sort) {
    match by {
        Sort::Name => rows.sort_by(|a, b| a.sort_name.cmp(&b.sort_name).then(a.id.cmp(&b.id))),
        Sort::Updated => rows.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))),
        Sort::NextDeadline => rows.sort_by(|a, b| {
            let key = |r: &CaseRow| r.next_deadline.as_ref().map(|d| d.date);
            match (key(a), key(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then(a.sort_name.cmp(&b.sort_name))
            .then(a.id.cmp(&b.id))
        }),
    }
}

/// The cases matching `query` (every word a prefix of a name or another name; all cases when
/// empty), sorted.
pub fn rows(
    conn: &Connection,
    query: &str,
    by: Sort,
    today: NaiveDate,
    lang: &str,
    names: Names,
) -> Result<Vec<CaseRow>> {
    let wanted: Option<Vec<String>> = if query.trim().is_empty() {
        None
    } else {
        Some(
            cases::search(conn, query)?
                .into_iter()
                .map(|s| s.id)
                .collect(),
        )
    };
    let mut out = Vec::new();
    for stored in cases::all(conn)? {
        if wanted.as_ref().is_some_and(|w| !w.contains(&stored.id)) {
            continue;
        }
        out.push(row(&stored, today, lang, names)?);
    }
    sort(&mut out, by);
    Ok(out)
}
