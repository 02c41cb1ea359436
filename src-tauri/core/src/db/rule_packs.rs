//! The rule packs imported into this store (`rule_packs`) and what each change of pack changed
//! for each open case (`rule_pack_changes`), migration 0005.
//!
//! The pack in use is [`resolve`]d at each unlock: the last imported file not rolled back whose
//! signature still verifies with this build's keys, unless the embedded pack is newer (the
//! floor). Nothing here is deleted: a rollback marks its row, a change seen keeps its row.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::legal::compare::PackDiff;
use crate::legal::pack::compare_versions;
use crate::legal::signed::{self, VerifiedPack};
use crate::legal::RulePack;
use crate::Result;

/// An imported pack, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPack {
    /// Row number.
    pub seq: i64,
    /// Pack version.
    pub version: String,
    /// The key that signed it.
    pub key_id: String,
    /// The version in use before it.
    pub previous: String,
    /// When it was imported.
    pub installed_at: DateTime<Utc>,
    /// When it was rolled back, if it was.
    pub rolled_back_at: Option<DateTime<Utc>>,
}

/// Every imported pack, oldest first.
pub fn history(conn: &Connection) -> Result<Vec<StoredPack>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, version, key_id, previous, installed_at, rolled_back_at
         FROM rule_packs ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(StoredPack {
            seq: r.get(0)?,
            version: r.get(1)?,
            key_id: r.get(2)?,
            previous: r.get(3)?,
            installed_at: r.get(4)?,
            rolled_back_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The pack this store uses, with its row: `None` for the embedded pack. An imported file that no
/// longer verifies (a key this build dropped) is skipped, logged, and never deleted.
pub fn resolve(conn: &Connection) -> Result<Option<(StoredPack, RulePack)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, file FROM rule_packs WHERE rolled_back_at IS NULL ORDER BY seq DESC",
    )?;
    let files = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let embedded = RulePack::embedded();
    for (seq, file) in files {
        match signed::verify(&file) {
            Ok(VerifiedPack { pack, .. }) => {
                if compare_versions(&pack.version, &embedded.version)
                    != Some(std::cmp::Ordering::Greater)
                {
                    // The app was updated with a newer pack built in: the floor wins.
                    return Ok(None);
                }
                let row = history(conn)?
                    .into_iter()
                    .find(|p| p.seq == seq)
                    .ok_or(crate::Error::Internal("rule pack row"))?;
                return Ok(Some((row, pack)));
            }
            Err(e) => log::warn!("stored rule pack {seq} skipped: {}", e.code()),
        }
    }
    Ok(None)
}

/// Stores an imported pack, `previous` being the version it replaces.
pub fn insert(
    tx: &Transaction,
    verified: &VerifiedPack,
    previous: &str,
    at: DateTime<Utc>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO rule_packs (pack_id, version, file, key_id, previous, installed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            verified.pack.id,
            verified.pack.version,
            verified.file,
            verified.key_id,
            previous,
            at
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Marks row `seq` rolled back.
pub fn roll_back(tx: &Transaction, seq: i64, at: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE rule_packs SET rolled_back_at = ?2 WHERE seq = ?1 AND rolled_back_at IS NULL",
        params![seq, at],
    )?;
    Ok(())
}

/// The open cases (not closed), as `(id, case file)`.
pub fn open_cases(conn: &Connection) -> Result<Vec<(String, crate::model::case::CaseFile)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, body FROM cases WHERE closed_on IS NULL ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, body) in rows {
        let (_, case) = crate::model::case::CaseDocument::stored(body.as_bytes())?;
        out.push((id, case));
    }
    Ok(out)
}

/// A change of pack for one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseChange {
    /// The case.
    pub case_id: String,
    /// The pack before.
    pub from_version: String,
    /// The pack after.
    pub to_version: String,
    /// What changed.
    pub diff: PackDiff,
    /// When the worker marked it seen.
    pub seen_at: Option<DateTime<Utc>>,
}

/// Records that the change to `to` changed `diff` for case `case_id` (replacing an earlier
/// record of the same change).
pub fn record_change(
    tx: &Transaction,
    case_id: &str,
    from: &str,
    to: &str,
    diff: &PackDiff,
    at: DateTime<Utc>,
) -> Result<()> {
    let detail =
        serde_json::to_string(diff).map_err(|_| crate::Error::Internal("pack diff json"))?;
    tx.execute(
        "INSERT OR REPLACE INTO rule_pack_changes
             (case_id, from_version, to_version, detail, computed_at, seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL)",
        params![case_id, from, to, detail, at],
    )?;
    Ok(())
}

fn change(r: &rusqlite::Row<'_>) -> rusqlite::Result<(CaseChange, String)> {
    Ok((
        CaseChange {
            case_id: r.get(0)?,
            from_version: r.get(1)?,
            to_version: r.get(2)?,
            diff: PackDiff::default(),
            seen_at: r.get(4)?,
        },
        r.get(3)?,
    ))
}

/// The versions whose changes are still in effect: the pack in use, and every imported pack not
/// rolled back. A change to a pack since rolled back was undone: it is no longer shown (its row
/// stays).
fn in_effect(conn: &Connection) -> Result<std::collections::BTreeSet<String>> {
    let mut versions: std::collections::BTreeSet<String> = conn
        .prepare_cached("SELECT version FROM rule_packs WHERE rolled_back_at IS NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    versions.insert(RulePack::active().version.clone());
    Ok(versions)
}

fn parsed(conn: &Connection, rows: Vec<(CaseChange, String)>) -> Result<Vec<CaseChange>> {
    let in_effect = in_effect(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(c, _)| in_effect.contains(&c.to_version))
        .filter_map(|(mut c, detail)| match serde_json::from_str(&detail) {
            Ok(diff) => {
                c.diff = diff;
                Some(c)
            }
            Err(_) => {
                log::warn!("rule pack change of a case unreadable; skipped");
                None
            }
        })
        .collect())
}

/// The changes not yet seen, for cases still open, newest pack first.
pub fn unseen(conn: &Connection) -> Result<Vec<CaseChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ch.case_id, ch.from_version, ch.to_version, ch.detail, ch.seen_at
         FROM rule_pack_changes ch JOIN cases c ON c.id = ch.case_id
         WHERE ch.seen_at IS NULL AND c.closed_on IS NULL
         ORDER BY ch.computed_at DESC, c.sort_key, ch.case_id",
    )?;
    let rows = stmt
        .query_map([], change)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    parsed(conn, rows)
}

/// The unseen changes of case `id`.
pub fn unseen_for_case(conn: &Connection, id: &str) -> Result<Vec<CaseChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT case_id, from_version, to_version, detail, seen_at FROM rule_pack_changes
         WHERE case_id = ?1 AND seen_at IS NULL ORDER BY computed_at DESC",
    )?;
    let rows = stmt
        .query_map([id], change)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    parsed(conn, rows)
}

/// Marks the change of case `id` to `to` seen; false if there was none unseen.
pub fn mark_seen(tx: &Transaction, id: &str, to: &str, at: DateTime<Utc>) -> Result<bool> {
    let n = tx.execute(
        "UPDATE rule_pack_changes SET seen_at = ?3
         WHERE case_id = ?1 AND to_version = ?2 AND seen_at IS NULL",
        params![id, to, at],
    )?;
    Ok(n > 0)
}

/// The version of the last imported pack not rolled back, if any (without verifying it).
pub fn last_version(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT version FROM rule_packs WHERE rolled_back_at IS NULL ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}
