//! The `cases` table, and with every write the derived index the screens read ([`super::index`]):
//! a case and what is derived from it are written in the same transaction, by these functions
//! only.

use chrono::{DateTime, Months, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;

use super::index;
use crate::derived::Derivation;
use crate::model::case::{CaseDocument, CaseFile};
use crate::text::fold;
use crate::{search, Error, Result};

/// A line of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummary {
    /// Case id.
    pub id: String,
    /// "FAMILY Given".
    pub display_name: String,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A stored case.
#[derive(Debug, Clone)]
pub struct StoredCase {
    /// Case id.
    pub id: String,
    /// The case file.
    pub document: CaseDocument,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// Every case's typed view and the day it was created, in no particular order: what the activity
/// report reads (no id, no name column).
pub fn typed_with_creation(conn: &Connection) -> Result<Vec<(CaseFile, NaiveDate)>> {
    let mut stmt = conn.prepare_cached("SELECT body, created_at FROM cases")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, DateTime<Utc>>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (body, created_at) = row?;
        let (_, case) = CaseDocument::stored(body.as_bytes())?;
        // The day where the worker is, as `today` is (clock.rs): in UTC, a case opened on
        // 1 January at 00:30 in Paris counted in the year before (privacy review, 2026-12-08).
        out.push((case, created_at.with_timezone(&chrono::Local).date_naive()));
    }
    Ok(out)
}

/// Stores a new case and what is derived from it; returns its id.
pub fn insert(tx: &Transaction, document: &CaseDocument, now: DateTime<Utc>) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    write(
        tx,
        "INSERT INTO cases (id, created_at, updated_at, display_name, sort_key, body, closed_on)
         VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)",
        &id,
        document,
        now,
    )?;
    Ok(id)
}

/// Replaces the case file of case `id`, and what is derived from it.
pub fn update(
    tx: &Transaction,
    id: &str,
    document: &CaseDocument,
    now: DateTime<Utc>,
) -> Result<()> {
    write(
        tx,
        "UPDATE cases SET updated_at = ?2, display_name = ?3, sort_key = ?4, body = ?5,
         closed_on = ?6 WHERE id = ?1",
        id,
        document,
        now,
    )
}

/// Runs `sql` (an insert or an update of case `id`, with the parameters id, now, name, sort
/// key, body, closing day) and stores what the rules in use derive from the case.
/// [`Error::NotFound`] when no row was written.
fn write(
    tx: &Transaction,
    sql: &str,
    id: &str,
    document: &CaseDocument,
    now: DateTime<Utc>,
) -> Result<()> {
    let case = document.case()?;
    let name = case.display_name();
    let changed = tx.prepare_cached(sql)?.execute(params![
        id,
        now.to_rfc3339(),
        name,
        fold(&name),
        document.to_json(),
        case.closed_on
    ])?;
    if changed == 0 {
        return Err(Error::NotFound { what: "case" });
    }
    index_with_rules_in_use(tx, id, &case, now)
}

/// Stores what the rules in use derive from `case` as the index rows of case `id`.
fn index_with_rules_in_use(
    tx: &Transaction,
    id: &str,
    case: &CaseFile,
    now: DateTime<Utc>,
) -> Result<()> {
    let rules = Derivation::in_use(tx)?;
    index::store(tx, id, &rules.derive(case), now, &rules.stamp())
}

/// Derives the index rows of case `id` again from its stored case file with `rules` (the
/// background recomputation, `app::index`). A case file this build cannot read is
/// indexed as a case without a name or a deadline: it stays on the list, and opening it says
/// what is wrong.
pub fn reindex(tx: &Transaction, id: &str, rules: &Derivation<'_>) -> Result<()> {
    let stored = get(tx, id)?;
    let case = stored.document.case().unwrap_or_else(|e| {
        log::warn!(
            "a stored case could not be read for the index: {}",
            e.code()
        );
        CaseFile::new(None, None)
    });
    index::store(
        tx,
        id,
        &rules.derive(&case),
        stored.updated_at,
        &rules.stamp(),
    )
}

/// Every stored case, parsed, by name.
pub fn all(conn: &Connection) -> Result<Vec<StoredCase>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, body, created_at, updated_at FROM cases ORDER BY sort_key, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, DateTime<Utc>>(2)?,
            r.get::<_, DateTime<Utc>>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, body, created_at, updated_at) = row?;
        let (document, _) = CaseDocument::stored(body.as_bytes())?;
        out.push(StoredCase {
            id,
            document,
            created_at,
            updated_at,
        });
    }
    Ok(out)
}

/// Reads case `id`.
pub fn get(conn: &Connection, id: &str) -> Result<StoredCase> {
    let row = conn
        .prepare_cached("SELECT id, body, created_at, updated_at FROM cases WHERE id = ?1")?
        .query_row([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, DateTime<Utc>>(2)?,
                r.get::<_, DateTime<Utc>>(3)?,
            ))
        })
        .optional()?
        .ok_or(Error::NotFound { what: "case" })?;
    let (document, _) = CaseDocument::stored(row.1.as_bytes())?;
    Ok(StoredCase {
        id: row.0,
        document,
        created_at: row.2,
        updated_at: row.3,
    })
}

fn summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        id: r.get(0)?,
        display_name: r.get(1)?,
        updated_at: r.get(2)?,
    })
}

/// Every case, by name.
pub fn list(conn: &Connection) -> Result<Vec<CaseSummary>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, display_name, updated_at FROM cases ORDER BY sort_key, id")?;
    let rows = stmt.query_map([], summary)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Cases whose names, other names, references or phone hold words starting like every word of
/// `query`, spelling variants included ([`crate::search`]), by name.
pub fn search(conn: &Connection, query: &str) -> Result<Vec<CaseSummary>> {
    let Some(matching) = search::query(query) else {
        return list(conn);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.display_name, c.updated_at FROM case_search
         JOIN case_index i ON i.doc = case_search.rowid
         JOIN cases c ON c.id = i.case_id
         WHERE case_search MATCH ?1 ORDER BY c.sort_key, c.id",
    )?;
    let rows = stmt.query_map([matching], summary)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Number of stored cases.
pub fn count(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0))? as u64)
}

/// Erases case `id`: its row, what is derived from it, and its full-text entry.
///
/// The derived rows follow the case by cascade (`ON DELETE CASCADE`). The full-text index is
/// contentless with `contentless_delete=1`: a delete only marks the document as gone, and its
/// tokens (the person's names and numbers, as search keys) stay inside the index segments until
/// they are merged. `optimize` merges every segment into one at once, so the old segments, and the
/// keys in them, are freed in this same transaction; `secure_delete` (set on every connection)
/// then overwrites every freed page with zeros. The write-ahead log still holds the old pages
/// until a checkpoint: the caller checkpoints (TRUNCATE) after the commit
/// (`app::cases::delete` does).
pub fn delete(tx: &Transaction, id: &str) -> Result<()> {
    index::forget(tx, id)?;
    let deleted = tx
        .prepare_cached("DELETE FROM cases WHERE id = ?1")?
        .execute([id])?;
    if deleted == 0 {
        return Err(Error::NotFound { what: "case" });
    }
    tx.execute_batch("INSERT INTO case_search (case_search) VALUES ('optimize');")?;
    Ok(())
}

/// Why retention proposes a case for deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RetentionReason {
    /// Closed longer ago than the retention period.
    ClosedLongAgo,
    /// The person refused or withdrew her consent to keeping her file.
    ConsentWithdrawn,
}

/// A case the retention rule proposes to delete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RetentionCandidate {
    /// Case id.
    pub id: String,
    /// "FAMILY Given".
    pub display_name: String,
    /// The day it was closed, if it was.
    pub closed_on: Option<NaiveDate>,
    /// Why it is proposed.
    pub reason: RetentionReason,
}

/// Cases to propose for deletion: closed more than `months` months before `today` (none when
/// `months` is 0, retention off), and cases whose storage consent was refused or withdrawn.
/// Oldest closing first. Nothing is deleted here: retention only proposes.
pub fn retention_candidates(
    conn: &Connection,
    today: NaiveDate,
    months: u32,
) -> Result<Vec<RetentionCandidate>> {
    let limit = if months == 0 {
        None
    } else {
        Some(
            today
                .checked_sub_months(Months::new(months))
                .ok_or(Error::Internal("retention date out of range"))?,
        )
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, display_name, closed_on,
                json_extract(body, '$.consent.storage.status') IN ('refused', 'withdrawn')
         FROM cases
         WHERE (?1 IS NOT NULL AND closed_on IS NOT NULL AND closed_on < ?1)
            OR json_extract(body, '$.consent.storage.status') IN ('refused', 'withdrawn')
         ORDER BY closed_on IS NULL, closed_on, sort_key, id",
    )?;
    let rows = stmt.query_map([limit], |r| {
        let withdrawn: Option<bool> = r.get(3)?;
        Ok(RetentionCandidate {
            id: r.get(0)?,
            display_name: r.get(1)?,
            closed_on: r.get(2)?,
            reason: if withdrawn == Some(true) {
                RetentionReason::ConsentWithdrawn
            } else {
                RetentionReason::ClosedLongAgo
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
