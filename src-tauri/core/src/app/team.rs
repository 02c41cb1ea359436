//! Team: the store's keyslots, members added and removed by an administrator (a removal rotates
//! the data key), and a key rotation on demand.

use serde::Serialize;

use super::Request;
use crate::Result;

pub use crate::vault::keyfile::SlotRole;
pub use crate::vault::team::Member;

/// A member, with the day the slot was added in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberRow {
    #[serde(flatten)]
    member: Member,
    since_label: Option<String>,
}

/// The store's keyslots, the recovery key's included.
pub fn list(req: &Request<'_>) -> Result<Vec<MemberRow>> {
    Ok(req
        .vault()
        .members()?
        .into_iter()
        .map(|member| MemberRow {
            since_label: member.created_at.map(|t| req.local_day(t)),
            member,
        })
        .collect())
}

/// Adds a member who opens the store with `passphrase`; returns the new slot's id.
pub fn add(req: &Request<'_>, label: &str, passphrase: &str, role: SlotRole) -> Result<String> {
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
