//! The `cases` table and its full-text index.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;

use crate::model::case::{CaseDocument, CaseFile};
use crate::text::fold;
use crate::{Error, Result};

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

/// What the full-text index holds for a case: its names and the other names it used, folded.
fn search_text(case: &CaseFile) -> String {
    let mut parts = vec![case.display_name()];
    if let Some(given) = &case.person.given_names {
        parts.push(given.clone());
    }
    parts.extend(case.person.aliases.iter().cloned());
    fold(&parts.join(" "))
}

/// Stores a new case; returns its id.
pub fn insert(tx: &Transaction, document: &CaseDocument, now: DateTime<Utc>) -> Result<String> {
    let case = document.case()?;
    let id = uuid::Uuid::new_v4().to_string();
    let name = case.display_name();
    tx.prepare_cached(
        "INSERT INTO cases (id, created_at, updated_at, display_name, sort_key, body)
         VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        now.to_rfc3339(),
        name,
        fold(&name),
        document.to_json()
    ])?;
    let rowid = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO cases_fts (rowid, search_text) VALUES (?1, ?2)")?
        .execute(params![rowid, search_text(&case)])?;
    Ok(id)
}

/// Replaces the case file of case `id`.
pub fn update(
    tx: &Transaction,
    id: &str,
    document: &CaseDocument,
    now: DateTime<Utc>,
) -> Result<()> {
    let case = document.case()?;
    let name = case.display_name();
    let rowid: i64 = tx
        .prepare_cached("SELECT rowid FROM cases WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .ok_or(Error::NotFound { what: "case" })?;
    tx.prepare_cached(
        "UPDATE cases SET updated_at = ?2, display_name = ?3, sort_key = ?4, body = ?5 WHERE id = ?1",
    )?
    .execute(params![id, now.to_rfc3339(), name, fold(&name), document.to_json()])?;
    tx.prepare_cached("DELETE FROM cases_fts WHERE rowid = ?1")?
        .execute([rowid])?;
    tx.prepare_cached("INSERT INTO cases_fts (rowid, search_text) VALUES (?1, ?2)")?
        .execute(params![rowid, search_text(&case)])?;
    Ok(())
}

/// Reads case `id`, lets `f` change its typed view, and stores the result, keeping every key the
/// typed view does not know. Nothing is stored if `f` fails.
pub fn edit<T>(
    tx: &Transaction,
    id: &str,
    now: DateTime<Utc>,
    f: impl FnOnce(&mut CaseFile) -> Result<T>,
) -> Result<T> {
    let mut stored = get(tx, id)?;
    let mut case = stored.document.case()?;
    let out = f(&mut case)?;
    stored.document.apply(&case)?;
    update(tx, id, &stored.document, now)?;
    Ok(out)
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
        let (document, _) = CaseDocument::parse(body.as_bytes())?;
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
    let (document, _) = CaseDocument::parse(row.1.as_bytes())?;
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

/// Cases whose names or other names contain words starting with every word of `query` (accents
/// and case ignored), by name.
pub fn search(conn: &Connection, query: &str) -> Result<Vec<CaseSummary>> {
    let words: Vec<String> = fold(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    if words.is_empty() {
        return list(conn);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.display_name, c.updated_at FROM cases_fts
         JOIN cases c ON c.rowid = cases_fts.rowid
         WHERE cases_fts MATCH ?1 ORDER BY c.sort_key, c.id",
    )?;
    let rows = stmt.query_map([words.join(" AND ")], summary)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Number of stored cases.
pub fn count(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0))? as u64)
}
