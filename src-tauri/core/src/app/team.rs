//! Team: the store's keyslots, members added and removed by an administrator (a removal rotates
//! the data key), and a key rotation on demand.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Request;
use crate::error::{Field, Named};
use crate::{Error, Result};

pub use crate::vault::keyfile::SlotRole;
pub use crate::vault::team::Member;

/// A member, with the day the slot was added in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MemberRow {
    #[serde(flatten)]
    member: Member,
    since_label: Option<String>,
}

/// What « Équipe » shows: the keyslots, and the backups the old recovery key still opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamView {
    /// The store's keyslots, the recovery key's included.
    pub members: Vec<MemberRow>,
    /// Backups sealed with a recovery key that has since been replaced, in words (« 3 dossiers,
    /// sauvegarde du 2 décembre 2026 »): whoever holds that old key still opens them.
    pub old_recovery_backups: Vec<String>,
}

/// The store's keyslots, the recovery key's included, and the backups an old recovery key
/// still opens.
pub fn list(req: &Request<'_>) -> Result<TeamView> {
    let members = req
        .vault()
        .members()?
        .into_iter()
        .map(|member| MemberRow {
            since_label: member.created_at.map(|t| req.local_day(t)),
            member,
        })
        .collect();
    let old_recovery_backups = req
        .vault()
        .read(old_recovery_backups)?
        .into_iter()
        .map(|(at, cases)| {
            req.text(
                "audit-detail-backup",
                &[("cases", cases.to_string()), ("day", req.local_day(at))],
            )
        })
        .collect();
    Ok(TeamView {
        members,
        old_recovery_backups,
    })
}

/// The backups sealed with the recovery key before its last replacement: when each was made and
/// how many cases it holds, from the audit log.
fn old_recovery_backups(conn: &rusqlite::Connection) -> Result<Vec<(DateTime<Utc>, u64)>> {
    let last_replaced: Option<i64> = conn.query_row(
        "SELECT MAX(seq) FROM audit_log WHERE action = 'recovery-key-replaced'",
        [],
        |r| r.get(0),
    )?;
    let Some(last_replaced) = last_replaced else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare(
        "SELECT at, detail FROM audit_log
         WHERE action = 'backup-made' AND seq < ?1 ORDER BY seq DESC",
    )?;
    let rows = stmt.query_map([last_replaced], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (at, detail) = row?;
        let detail: serde_json::Value = serde_json::from_str(&detail).unwrap_or_default();
        if detail["secret"].as_str() != Some("recovery-key") {
            continue;
        }
        let Ok(at) = DateTime::parse_from_rfc3339(&at) else {
            continue;
        };
        out.push((
            at.with_timezone(&Utc),
            detail["cases"].as_u64().unwrap_or(0),
        ));
    }
    Ok(out)
}

/// Replaces the recovery key (a new recovery slot, the old one removed, the data key rotated);
/// returns the new key, to show once.
pub fn new_recovery_key(req: &Request<'_>) -> Result<String> {
    let recovery = req
        .app()
        .calibrated(|kdf| req.vault().replace_recovery_key(kdf, req.now))?;
    // Shown once now, recorded as waiting (in the rotation's own transaction) until the box
    // under it is ticked ([`super::session::recovery_key_noted`]).
    log::info!("recovery key replaced, data key rotated");
    Ok(recovery.display().to_string())
}

/// Adds a member who opens the store with `passphrase`; returns the new slot's id.
///
/// # Errors
/// [`Error::HiddenCharacters`] for a name holding invisible or direction-changing characters:
/// it would show as another in the team and the journal (UI review, 2026-12-05: « Claire\u{200b}D »
/// read « ClaireD »); else as [`crate::vault::Vault::add_member`].
pub fn add(req: &Request<'_>, label: &str, passphrase: &str, role: SlotRole) -> Result<String> {
    if crate::model::limits::has_hidden_characters(label) {
        return Err(Error::HiddenCharacters {
            field: Field::Named(Named::MemberLabel),
        });
    }
    req.app().calibrated(|kdf| {
        req.vault()
            .add_member(label, passphrase, role, kdf, req.now)
    })
}

/// Removes member `slot_id`; the data key is rotated, so the removed slot opens nothing any more.
pub fn remove(req: &Request<'_>, slot_id: &str) -> Result<()> {
    req.vault().remove_member(slot_id, req.now)?;
    log::info!("team member removed, data key rotated");
    Ok(())
}

/// Replaces the data key and re-encrypts the database, every member keeping access.
pub fn rotate_key(req: &Request<'_>) -> Result<()> {
    req.vault().rotate_data_key(req.now)?;
    log::info!("data key rotated");
    Ok(())
}
