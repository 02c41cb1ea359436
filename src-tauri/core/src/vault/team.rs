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
//! What rotation cannot undo is listed in docs/vault-operations.md: what the leaver already read
//! or copied, backups sealed with a passphrase they know, and an unlocked session left to them.

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use super::keyfile::{DataKey, KeyFile, SlotKind, SlotRole};
use super::{kdf::KdfParams, strength, Session, Vault, KEY_FILE, NEXT_KEY_FILE};
use crate::db::audit::{Action, Event};
use crate::error::{Field, Invalid, Named};
use crate::{fsx, Error, Result};

/// The longest label accepted.
pub const MAX_LABEL_CHARS: usize = 60;

/// A member as the team screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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
    /// True for the slot of the current session.
    pub current: bool,
}

impl Vault {
    /// The store's keyslots, the recovery key's included.
    pub fn members(&self) -> Result<Vec<Member>> {
        self.session(|session| {
            let keys = self.verified_key_file(session)?;
            Ok(keys
                .body
                .slots
                .iter()
                .map(|s| Member {
                    id: s.id.clone(),
                    kind: s.kind,
                    label: s.label.clone(),
                    role: s.role(),
                    created_at: s.created_at,
                    current: s.id == session.slot_id,
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
        if !strength::assess(passphrase).acceptable {
            return Err(Error::PassphraseTooWeak);
        }
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
            fsx::write_atomically(&self.dir.join(KEY_FILE), &keys.to_bytes(&session.data_key)?)?;
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
            self.rotate(session, keys)?;
            session.record(&[
                Event::new(Action::SlotRemoved, now)
                    .detail(json!({ "slotId": removed.id, "label": removed.label })),
                Event::new(Action::KeyRotated, now).detail(json!({ "reason": "slot-removed" })),
            ])
        })
    }

    /// Replaces the data key and re-encrypts the database, every slot keeping access. For an
    /// administrator who fears the key leaked (a laptop left unlocked, a copied key file).
    pub fn rotate_data_key(&self, now: DateTime<Utc>) -> Result<()> {
        self.session(|session| {
            require_admin(session)?;
            let keys = self.verified_key_file(session)?;
            self.rotate(session, keys)?;
            session.record(&[
                Event::new(Action::KeyRotated, now).detail(json!({ "reason": "requested" }))
            ])
        })
    }

    /// New data key, sealed to every slot of `keys`, database re-encrypted, key file replaced, in
    /// the crash-safe order described in the module documentation.
    fn rotate(&self, session: &mut Session, mut keys: KeyFile) -> Result<()> {
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
        session.data_key = new_key;
        Ok(())
    }
}

fn require_admin(session: &Session) -> Result<()> {
    if session.role == SlotRole::Admin {
        Ok(())
    } else {
        Err(Error::NotAdmin)
    }
}
