//! Team access: several workers on one store, one keyslot each, and what removing one means.
//!
//! Every member has a passphrase slot with a label (their name or initials) and a role. An
//! administrator (or whoever unlocked with the recovery key) adds and removes members; nobody
//! removes their own slot or the recovery key's.
//!
//! Removing a member is more than deleting a slot: a worker who kept a copy of the key file could
//! still open their old slot, get the data key, and read any later copy of the database. So a
//! removal **rotates the data key**: a new random key, the database re-encrypted with it (SQLCipher
//! `PRAGMA rekey`), and the new key sealed to the public key of every remaining slot
//! ([`super::keyfile`]), which needs none of their passphrases. The leaver's old key opens nothing
//! written afterwards.
//!
//! Crash safety: the new key file is written first as `passerelle.keys.next`, then the database is
//! re-encrypted in one transaction, then the new file replaces the old one. A crash before the
//! database step leaves the old key file valid (the `.next` file is discarded at the next unlock);
//! a crash after it leaves only `.next` able to open the database, and the next unlock finishes
//! the rename ([`super::Vault::unlock`]).
//!
//! **Only known members survive a rotation** (issue 13): a member with a modified program could
//! add a slot to the key file (they hold the data key, so the file MAC is no obstacle) and keep
//! it across rotations. The team list is therefore read from the audit log, not from the key
//! file ([`known_slots`]): the slots a store was created or restored with, plus every slot added
//! and not removed, plus the recovery slot that replaced the last one. A rotation reseals the new
//! data key to those slots only; « Équipe » shows each slot's creation date and creator and warns
//! about any slot the log cannot account for, or that is damaged.
//!
//! **A new recovery key** ([`Vault::replace_recovery_key`]): a new recovery slot, the old one
//! removed, the data key rotated. Whoever saw the old sheet (always the creator) keeps nothing
//! but the backups sealed with it, which the screen lists.
//!
//! What rotation cannot undo is listed in docs/vault-operations.md: what the leaver already read
//! or copied, backups sealed with a passphrase they know, and an unlocked session left to them.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use super::keyfile::{DataKey, KeyFile, Slot, SlotKind, SlotRole};
use super::recovery::RecoveryKey;
use super::{kdf::KdfParams, Session, Vault, KEY_FILE, KEY_FILE_COPY, NEXT_KEY_FILE};
use crate::db::audit::{Action, Event};
use crate::error::{Field, Invalid, Named};
use crate::{fsx, Error, Result};

/// The longest label accepted.
pub const MAX_LABEL_CHARS: usize = 60;

/// A member as the team screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Member {
    /// Slot id.
    pub id: String,
    /// Passphrase or recovery key.
    pub kind: SlotKind,
    /// Name or initials.
    pub label: Option<String>,
    /// Role.
    pub role: SlotRole,
    /// When the slot was added (unknown for slots from before this was recorded).
    pub created_at: Option<DateTime<Utc>>,
    /// Who added it: the label of the slot whose session added it (« Clé de secours » is the
    /// recovery key's kind, worded by the screen), when that slot is still there.
    pub created_by: Option<String>,
    /// The slot that added it was the recovery key.
    pub created_by_recovery: bool,
    /// True for the slot of the current session.
    pub current: bool,
    /// The audit log accounts for this slot (created with the store, added, or the recovery key
    /// that replaced the last one). False: a slot added behind the app's back; the next key
    /// rotation removes it.
    pub accounted: bool,
    /// The slot's checksum does not match it: damaged, it opens nothing; the next rotation
    /// removes it.
    pub damaged: bool,
}

/// The slot ids the audit log accounts for, and whether it recorded which recovery slot a store
/// was created with (stores created before this was recorded did not).
pub(crate) struct KnownSlots {
    ids: HashSet<String>,
    recovery_recorded: bool,
}

impl KnownSlots {
    /// True when the slot is accounted for. A store from before slot lists were recorded
    /// accepts its one recovery slot.
    pub(crate) fn accounts_for(&self, slot: &Slot, recovery_slots: usize) -> bool {
        self.ids.contains(&slot.id)
            || (slot.kind == SlotKind::Recovery && !self.recovery_recorded && recovery_slots == 1)
    }
}

/// Reads the team list from the audit log: the store's first slots (the creating session's, and
/// those listed in the `store-created` or `restored` entry), slots added and not removed since,
/// and the recovery slots that replaced one another.
pub(crate) fn known_slots(conn: &rusqlite::Connection) -> Result<KnownSlots> {
    let mut stmt = conn.prepare(
        "SELECT action, actor_slot, detail FROM audit_log
         WHERE action IN ('store-created', 'restored', 'slot-added', 'slot-removed',
                          'recovery-key-replaced', 'key-rotated')
         ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut known = KnownSlots {
        ids: HashSet::new(),
        recovery_recorded: false,
    };
    while let Some(row) = rows.next()? {
        let action: String = row.get(0)?;
        let actor: Option<String> = row.get(1)?;
        let detail: String = row.get(2)?;
        let detail: serde_json::Value = serde_json::from_str(&detail).unwrap_or_default();
        let id = |key: &str| detail.get(key).and_then(|v| v.as_str()).map(str::to_string);
        match action.as_str() {
            "store-created" | "restored" => {
                known.ids.extend(actor);
                if let Some(slots) = detail.get("slots").and_then(|s| s.as_array()) {
                    known
                        .ids
                        .extend(slots.iter().filter_map(|s| s.as_str()).map(str::to_string));
                    known.recovery_recorded = true;
                }
            }
            "slot-added" => known.ids.extend(id("slotId")),
            "slot-removed" => {
                if let Some(gone) = id("slotId") {
                    known.ids.remove(&gone);
                }
            }
            "recovery-key-replaced" => {
                if let Some(gone) = id("removedSlotId") {
                    known.ids.remove(&gone);
                }
                known.ids.extend(id("slotId"));
                known.recovery_recorded = true;
            }
            // Since 2026-12-05 the old recovery slot is said removed by the rotation that
            // removed it, recorded after the new slot.
            "key-rotated" => {
                if let Some(gone) = id("removedSlotId") {
                    known.ids.remove(&gone);
                }
            }
            _ => {}
        }
    }
    Ok(known)
}

impl Vault {
    /// The store's keyslots, the recovery key's included.
    pub fn members(&self) -> Result<Vec<Member>> {
        self.session(|session| {
            let keys = self.verified_key_file(session)?;
            let known = session.db.read(known_slots)?;
            let recovery_slots = recovery_count(&keys);
            Ok(keys
                .body
                .slots
                .iter()
                .map(|s| {
                    let creator = s.created_by.as_deref().and_then(|id| keys.slot(id));
                    Member {
                        id: s.id.clone(),
                        kind: s.kind,
                        label: s.label.clone(),
                        role: s.role(),
                        created_at: s.created_at,
                        created_by: creator.and_then(|c| c.label.clone()),
                        created_by_recovery: creator.is_some_and(|c| c.kind == SlotKind::Recovery),
                        current: s.id == session.slot_id,
                        accounted: known.accounts_for(s, recovery_slots),
                        damaged: s.is_damaged(),
                    }
                })
                .collect())
        })
    }

    /// Adds a member who opens the store with `passphrase` (typed by that member). Administrators
    /// only. Returns the new slot's id.
    pub fn add_member(
        &self,
        label: &str,
        passphrase: &str,
        role: SlotRole,
        params: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let label = label.trim();
        if label.is_empty() {
            return Err(Error::required(Field::Named(Named::MemberLabel)));
        }
        if label.chars().count() > MAX_LABEL_CHARS {
            return Err(Error::invalid(
                Field::Named(Named::MemberLabel),
                Invalid::TooLong {
                    max: MAX_LABEL_CHARS as u32,
                },
            ));
        }
        super::check_new_passphrase(passphrase)?;
        self.session(|session| {
            require_admin(session)?;
            let mut keys = self.verified_key_file(session)?;
            let taken = keys.body.slots.iter().any(|s| {
                s.label
                    .as_deref()
                    .is_some_and(|l| l.trim().to_lowercase() == label.to_lowercase())
            });
            if taken {
                return Err(Error::SlotLabelTaken);
            }
            let id = keys.add_member(
                SlotKind::Passphrase,
                Some(label.to_string()),
                Some(role),
                Some(now),
                &super::passphrase_bytes(passphrase),
                params,
                &session.data_key,
            )?;
            if let Some(slot) = keys.body.slots.last_mut() {
                slot.created_by = Some(session.slot_id.clone());
            }
            self.write_key_file(&keys.to_bytes(&session.data_key)?)?;
            session.record(&[Event::new(Action::SlotAdded, now)
                .detail(json!({ "slotId": id, "label": label, "role": role }))])?;
            Ok(id)
        })
    }

    /// Removes member `slot_id` and rotates the data key, so that the removed slot, and any copy
    /// of the old key file, opens nothing from now on. Administrators only; not one's own slot, not
    /// the recovery key's.
    pub fn remove_member(&self, slot_id: &str, now: DateTime<Utc>) -> Result<()> {
        self.session(|session| {
            require_admin(session)?;
            let mut keys = self.verified_key_file(session)?;
            let slot = keys
                .slot(slot_id)
                .ok_or(Error::NotFound { what: "keyslot" })?;
            if slot.kind == SlotKind::Recovery || slot.id == session.slot_id {
                return Err(Error::SlotNotRemovable);
            }
            let removed = keys.remove_slot(slot_id)?;
            let dropped = self.rotate(session, keys)?;
            session.record(&[
                Event::new(Action::SlotRemoved, now)
                    .detail(json!({ "slotId": removed.id, "label": removed.label })),
                Event::new(Action::KeyRotated, now)
                    .detail(json!({ "reason": "slot-removed", "dropped": dropped })),
            ])
        })
    }

    /// Replaces the data key and re-encrypts the database, every slot keeping access. For an
    /// administrator who fears the key leaked (a laptop left unlocked, a copied key file).
    pub fn rotate_data_key(&self, now: DateTime<Utc>) -> Result<()> {
        self.session(|session| {
            require_admin(session)?;
            let keys = self.verified_key_file(session)?;
            let dropped = self.rotate(session, keys)?;
            session.record(&[Event::new(Action::KeyRotated, now)
                .detail(json!({ "reason": "requested", "dropped": dropped }))])
        })
    }

    /// Replaces the recovery key: a new recovery slot, the old one removed, the data key rotated,
    /// so the old sheet opens nothing written from now on. Administrators only. Returns the new
    /// key, to show once. Backups sealed with the old key still open with it
    /// ([`Vault::backups_with_old_recovery_key`]).
    pub fn replace_recovery_key(
        &self,
        params: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<RecoveryKey> {
        self.session(|session| {
            require_admin(session)?;
            let mut keys = self.verified_key_file(session)?;
            let old: Vec<String> = keys
                .body
                .slots
                .iter()
                .filter(|s| s.kind == SlotKind::Recovery)
                .map(|s| s.id.clone())
                .collect();
            let recovery = RecoveryKey::generate();
            let new_id = keys.add_recovery(recovery.as_bytes(), now, params, &session.data_key)?;
            if let Some(slot) = keys.body.slots.last_mut() {
                slot.created_by = Some(session.slot_id.clone());
            }
            for id in &old {
                keys.remove_slot(id)?;
            }
            // The new slot is recorded before the rotation, so that no later rotation can take
            // it for a stranger's: once the key file holds it, the log already accounts for it
            // (code review, 2026-12-05: recorded after, a log that could not be written left the
            // new key to be dropped silently by the next team change). The old slot is said
            // removed only once the rotation has removed it. If this record fails, nothing has
            // changed yet.
            let was_pending = session.db.read(crate::db::settings::recovery_key_pending)?;
            session.record_with_new_recovery_key(&[Event::new(
                Action::RecoveryKeyReplaced,
                now,
            )
            .detail(json!({ "slotId": new_id }))])?;
            let dropped = match self.rotate_keeping(session, keys, Some(&new_id)) {
                Ok(dropped) => dropped,
                Err(e) => {
                    // The old key stays the one to keep: no new one waits to be written down.
                    let _ = session
                        .db
                        .write(|tx| crate::db::settings::set_recovery_key_pending(tx, was_pending));
                    return Err(e);
                }
            };
            // Shown once by the caller; waiting to be confirmed as written down until then. The
            // rotation is done: the old key opens nothing now, and the new one is returned to
            // be shown even if this last entry cannot be written.
            let recorded = session.record(&[Event::new(Action::KeyRotated, now).detail(json!({
                "reason": "recovery-key-replaced",
                "dropped": dropped,
                "removedSlotId": old.first(),
            }))]);
            // A recovery session's own slot is gone: it goes on as the new recovery slot.
            if old.contains(&session.slot_id) {
                session.slot_id = new_id;
            }
            if let Err(e) = recorded {
                log::error!(
                    "recovery key replaced, rotation not recorded in the audit log: {}",
                    crate::error::LogSafe(&e)
                );
            }
            Ok(recovery)
        })
    }

    /// New data key, sealed to every slot of `keys` the audit log accounts for (the session's
    /// own always), database re-encrypted, key file replaced, in the crash-safe order described
    /// in the module documentation. Slots not accounted for, or damaged, are dropped; returns
    /// how many.
    fn rotate(&self, session: &mut Session, keys: KeyFile) -> Result<usize> {
        self.rotate_keeping(session, keys, None)
    }

    /// [`Vault::rotate`], `new_slot` (just added, not yet in the log) kept too.
    fn rotate_keeping(
        &self,
        session: &mut Session,
        mut keys: KeyFile,
        new_slot: Option<&str>,
    ) -> Result<usize> {
        let known = session.db.read(known_slots)?;
        let recovery_slots = recovery_count(&keys);
        let before = keys.body.slots.len();
        keys.body.slots.retain(|s| {
            s.id == session.slot_id
                || Some(s.id.as_str()) == new_slot
                || (known.accounts_for(s, recovery_slots) && !s.is_damaged())
        });
        let dropped = before - keys.body.slots.len();
        if dropped > 0 {
            log::warn!("key rotation dropped {dropped} keyslot(s) the audit log does not account for or that are damaged");
        }
        let mut new_key: DataKey = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(new_key.as_mut());
        // Fails before anything is written if a slot could not receive the new key.
        keys.reseal_all(&new_key)?;
        let next = self.dir.join(NEXT_KEY_FILE);
        fsx::write_atomically(&next, &keys.to_bytes(&new_key)?)?;
        if let Err(e) = session.db.rekey(&new_key) {
            // The rekey is one transaction: on failure the database is still under the old key.
            let _ = std::fs::remove_file(&next);
            return Err(e);
        }
        fsx::replace(&next, &self.dir.join(KEY_FILE))?;
        fsx::write_atomically(
            &self.dir.join(KEY_FILE_COPY),
            &std::fs::read(self.dir.join(KEY_FILE))?,
        )?;
        session.data_key = new_key;
        Ok(dropped)
    }
}

fn recovery_count(keys: &KeyFile) -> usize {
    keys.body
        .slots
        .iter()
        .filter(|s| s.kind == SlotKind::Recovery)
        .count()
}

fn require_admin(session: &Session) -> Result<()> {
    if session.role == SlotRole::Admin {
        Ok(())
    } else {
        Err(Error::NotAdmin)
    }
}
