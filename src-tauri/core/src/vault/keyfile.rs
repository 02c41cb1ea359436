//! The key file: the only place the data key exists on disk, and only wrapped.
//!
//! Format `passerelle.keys` version 2, JSON:
//!
//! ```json
//! { "format": "passerelle.keys", "version": 2, "storeId": "…",
//!   "slots": [ { "id": "…", "kind": "passphrase", "label": "AB", "role": "admin",
//!                "createdAt": "2026-11-27T10:00:00Z",
//!                "kdf": { "algorithm": "argon2id", "salt": "…", "params": { "memKib": 131072, "iterations": 4, "parallelism": 1 } },
//!                "check": "…", "nonce": "…", "wrappedKey": "…",
//!                "publicKey": "…", "sealedKey": { "ephemeral": "…", "nonce": "…", "key": "…" } } ],
//!   "mac": "…" }
//! ```
//!
//! - Each slot has an X25519 key pair. Its secret half is wrapped (`wrappedKey`) with
//!   XChaCha20-Poly1305 under a key derived with Argon2id from a secret (the worker's passphrase,
//!   or the recovery key); the data key is sealed to its public half (`sealedKey`: an ephemeral
//!   X25519 exchange, HKDF-SHA256, XChaCha20-Poly1305). Opening a slot costs one Argon2id
//!   derivation, as before.
//! - Why key pairs: when a worker leaves, the data key is replaced and the database re-encrypted
//!   (team removal, `vault::team`); the new data key is sealed to every remaining slot's public key,
//!   so nobody needs the others' passphrases, and the leaver's copy of an old key file opens nothing
//!   newer. docs/vault-operations.md gives the reasoning and the residual risks.
//! - The slot's identity, KDF parameters and public key are the associated data of the wrap, so
//!   they cannot be swapped between slots. Labels and roles are not (an administrator renames or
//!   promotes without the worker's passphrase); the file MAC covers them.
//! - `check` is an HMAC of the associated data under the derived key. It tells a wrong secret (the
//!   check fails) from a modified wrapped key (the check passes, the AEAD fails). It reveals
//!   nothing the AEAD tag does not already reveal.
//! - `mac` is an HMAC-SHA256 of the whole file under a key derived from the data key: once a slot
//!   opens, any other change (a slot added, removed, relabelled or altered) is detected.
//! - A newer `version` is refused with a clear error; an older one, or unknown fields, as damage.
//!   (Version 1, without key pairs, existed only during development: no release ever wrote it.)

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use chrono::{DateTime, Utc};
use x25519_dalek::{PublicKey, StaticSecret};

use super::kdf::{self, KdfParams};
use crate::{Error, Result};

/// The format tag of a key file.
pub const FORMAT: &str = "passerelle.keys";
/// The key-file version this build writes and the newest it reads.
pub const VERSION: u32 = 3;
/// The oldest key-file version this build reads (a store created before slot digests).
pub const OLDEST_VERSION: u32 = 2;

type HmacSha256 = Hmac<Sha256>;

/// The 256-bit key that encrypts the database. Zeroed when dropped.
pub type DataKey = Zeroizing<[u8; 32]>;

/// What kind of secret opens a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SlotKind {
    /// A worker's passphrase.
    Passphrase,
    /// The recovery key shown once at creation.
    Recovery,
}

/// How a slot's key-encryption key is derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SlotKdf {
    /// Always `argon2id`.
    pub algorithm: String,
    /// Random salt, base64.
    pub salt: String,
    /// Cost parameters, calibrated when the slot was written.
    pub params: KdfParams,
}

/// What a team member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SlotRole {
    /// Adds and removes members, besides everything a worker does.
    Admin,
    /// Works on cases.
    Worker,
}

/// The data key sealed to a slot's public key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SealedKey {
    /// The ephemeral X25519 public key, base64.
    pub ephemeral: String,
    /// XChaCha20 nonce, base64.
    pub nonce: String,
    /// The data key, encrypted, base64.
    pub key: String,
}

/// One keyslot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Slot {
    /// Random slot id.
    pub id: String,
    /// Which secret opens it.
    pub kind: SlotKind,
    /// A worker's chosen label for a team slot (never a person the association helps).
    pub label: Option<String>,
    /// The member's role. `None` on slots written before roles existed: a passphrase slot then
    /// belongs to the store's creator, an administrator ([`Slot::role`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<SlotRole>,
    /// When the slot was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    /// The id of the slot whose session added this one (version 3); `None` for the slots a
    /// store is created or restored with, and for slots from before this was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Key derivation.
    pub kdf: SlotKdf,
    /// HMAC of the associated data under the derived key, base64.
    pub check: String,
    /// XChaCha20 nonce, base64.
    pub nonce: String,
    /// The slot's X25519 secret key, encrypted, base64.
    pub wrapped_key: String,
    /// The slot's X25519 public key, base64.
    pub public_key: String,
    /// The data key sealed to `public_key`.
    pub sealed_key: SealedKey,
    /// SHA-256 of every other field of the slot, base64 (version 3): an unkeyed checksum that
    /// tells accidental damage (a bit flipped on a USB stick, a truncated copy) from a wrong
    /// secret. It is no defence against a forger, who can recompute it; the file MAC is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

impl Slot {
    /// The slot's checksum as it should be: SHA-256 of the slot's JSON without its digest.
    pub fn computed_digest(&self) -> Result<String> {
        use sha2::Digest as _;
        let mut bare = self.clone();
        bare.digest = None;
        let json =
            serde_json::to_vec(&bare).map_err(|_| Error::Internal("key file serialisation"))?;
        Ok(B64.encode(Sha256::digest(&json)))
    }

    /// True when the slot carries a digest that does not match it: damaged, whatever the secret.
    /// A slot without a digest (version 2) cannot tell, and is never reported damaged here.
    pub fn is_damaged(&self) -> bool {
        match &self.digest {
            Some(stored) => !matches!(self.computed_digest(), Ok(d) if &d == stored),
            None => false,
        }
    }

    /// The effective role: the recovery key administers the store; a passphrase slot without a
    /// role is the creator's, from before roles existed.
    pub fn role(&self) -> SlotRole {
        match (self.kind, self.role) {
            (SlotKind::Recovery, _) => SlotRole::Admin,
            (SlotKind::Passphrase, Some(role)) => role,
            (SlotKind::Passphrase, None) => SlotRole::Admin,
        }
    }
}

/// The part of the key file covered by its MAC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyFileBody {
    /// Always [`FORMAT`].
    pub format: String,
    /// Format version.
    pub version: u32,
    /// Random id of the store, bound into every slot.
    pub store_id: String,
    /// The keyslots.
    pub slots: Vec<Slot>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct KeyFileOnDisk {
    #[serde(flatten)]
    body: KeyFileBody,
    mac: String,
}

/// A parsed key file, its MAC not yet verified.
#[derive(Debug, Clone)]
pub struct KeyFile {
    /// Everything but the MAC.
    pub body: KeyFileBody,
    mac: Vec<u8>,
}

impl KeyFile {
    /// A new key file for a new store, with no slot yet.
    pub fn new() -> Self {
        KeyFile {
            body: KeyFileBody {
                format: FORMAT.to_string(),
                version: VERSION,
                store_id: uuid::Uuid::new_v4().to_string(),
                slots: Vec::new(),
            },
            mac: Vec::new(),
        }
    }

    /// Parses key-file bytes. Checks the format and version, not the MAC.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        // Peek at the version first so that a newer file gets "too new", not "damaged".
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|_| Error::KeyFileDamaged("not JSON"))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(Error::KeyFileDamaged("format tag"));
        }
        let version = value
            .get("version")
            .and_then(|v| v.as_u64())
            .ok_or(Error::KeyFileDamaged("version"))?;
        if version > u64::from(VERSION) {
            return Err(Error::KeyFileTooNew {
                found: u32::try_from(version).unwrap_or(u32::MAX),
                supported: VERSION,
            });
        }
        if version < u64::from(OLDEST_VERSION) {
            return Err(Error::KeyFileDamaged("version"));
        }
        let disk: KeyFileOnDisk =
            serde_json::from_value(value).map_err(|_| Error::KeyFileDamaged("structure"))?;
        let mac = B64
            .decode(&disk.mac)
            .map_err(|_| Error::KeyFileDamaged("mac encoding"))?;
        if disk.body.slots.is_empty() {
            return Err(Error::KeyFileDamaged("no slot"));
        }
        Ok(KeyFile {
            body: disk.body,
            mac,
        })
    }

    /// Serialises the file with a fresh MAC under `data_key`, in the current version: every
    /// slot gets its digest, and the MAC covers the digests.
    pub fn to_bytes(&mut self, data_key: &DataKey) -> Result<Vec<u8>> {
        self.body.version = VERSION;
        for slot in &mut self.body.slots {
            slot.digest = None;
            slot.digest = Some(slot.computed_digest()?);
        }
        self.mac = mac_of(&self.body, data_key)?;
        let disk = KeyFileOnDisk {
            body: self.body.clone(),
            mac: B64.encode(&self.mac),
        };
        let mut bytes = serde_json::to_vec_pretty(&disk)
            .map_err(|_| Error::Internal("key file serialisation"))?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Verifies the whole-file MAC once the data key is known.
    ///
    /// From version 3 the MAC covers the file's identity and each slot's digest, not the slots'
    /// bytes: a slot damaged by accident (its content no longer matches its digest) leaves the
    /// MAC valid, so the other slots still open, while any deliberate change to a slot that also
    /// fixes its digest changes what the MAC covers.
    pub fn verify_mac(&self, data_key: &DataKey) -> Result<()> {
        let mut mac = mac_key(data_key)?;
        mac.update(&body_bytes(&self.body)?);
        mac.verify_slice(&self.mac)
            .map_err(|_| Error::KeyFileTampered)
    }

    /// The ids of the slots damaged by accident (their digest does not match).
    pub fn damaged_slots(&self) -> Vec<String> {
        self.body
            .slots
            .iter()
            .filter(|s| s.is_damaged())
            .map(|s| s.id.clone())
            .collect()
    }

    /// Adds a slot with a role and a creation time. Returns its id.
    #[allow(clippy::too_many_arguments)]
    pub fn add_member(
        &mut self,
        kind: SlotKind,
        label: Option<String>,
        role: Option<SlotRole>,
        created_at: Option<DateTime<Utc>>,
        secret: &[u8],
        params: KdfParams,
        data_key: &DataKey,
    ) -> Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let mut slot = seal_slot(&self.body.store_id, &id, kind, secret, params, data_key)?;
        slot.label = label;
        slot.role = role;
        slot.created_at = created_at;
        self.body.slots.push(slot);
        Ok(id)
    }

    /// Adds a recovery slot for the key `recovery`, made at `created_at`. Returns its id.
    pub fn add_recovery(
        &mut self,
        recovery: &[u8],
        created_at: DateTime<Utc>,
        params: KdfParams,
        data_key: &DataKey,
    ) -> Result<String> {
        let kind = SlotKind::Recovery;
        self.add_member(
            kind,
            None,
            None,
            Some(created_at),
            recovery,
            params,
            data_key,
        )
    }

    /// Replaces the secret of slot `slot_id` (a passphrase change): a new salt, a new key pair, the
    /// same data key. The database is not touched.
    pub fn rewrap_slot(
        &mut self,
        slot_id: &str,
        secret: &[u8],
        params: KdfParams,
        data_key: &DataKey,
    ) -> Result<()> {
        let store_id = self.body.store_id.clone();
        let index = self.index_of(slot_id)?;
        let slot = &mut self.body.slots[index];
        let mut resealed = seal_slot(&store_id, &slot.id, slot.kind, secret, params, data_key)?;
        resealed.label = slot.label.take();
        resealed.role = slot.role;
        resealed.created_at = slot.created_at;
        resealed.created_by = slot.created_by.take();
        *slot = resealed;
        Ok(())
    }

    /// Removes slot `slot_id`. The caller rotates the data key ([`KeyFile::reseal_all`]): removing
    /// a slot alone does not stop a copy of the old file from opening.
    pub fn remove_slot(&mut self, slot_id: &str) -> Result<Slot> {
        let index = self.index_of(slot_id)?;
        Ok(self.body.slots.remove(index))
    }

    fn index_of(&self, slot_id: &str) -> Result<usize> {
        self.body
            .slots
            .iter()
            .position(|s| s.id == slot_id)
            .ok_or(Error::NotFound { what: "keyslot" })
    }

    /// Seals `new_key` to every slot's public key, replacing the data key they hold.
    pub fn reseal_all(&mut self, new_key: &DataKey) -> Result<()> {
        let store_id = self.body.store_id.clone();
        for slot in &mut self.body.slots {
            let public = decode_public(slot)?;
            slot.sealed_key = seal_to(&store_id, &slot.id, &public, new_key)?;
        }
        Ok(())
    }

    /// The slot with id `slot_id`.
    pub fn slot(&self, slot_id: &str) -> Option<&Slot> {
        self.body.slots.iter().find(|s| s.id == slot_id)
    }

    /// True if `secret` opens the slot `slot_id` (one key derivation); false for a slot that is
    /// damaged or not there.
    pub fn opens(&self, slot_id: &str, secret: &[u8]) -> bool {
        self.slot(slot_id).is_some_and(|slot| {
            !slot.is_damaged() && open_slot(&self.body.store_id, slot, secret).is_ok()
        })
    }

    /// Tries every slot of `kind` with `secret`. Returns the data key and the slot id, or
    /// [`Error::WrongPassphrase`] (mapped by the caller for recovery keys) when none opens.
    pub fn open(&self, kind: SlotKind, secret: &[u8]) -> Result<(DataKey, String)> {
        self.open_any(kind, &[secret])
    }

    /// [`KeyFile::open`] with each of `candidates` in turn: the forms of one typed secret
    /// (`super::candidates`).
    pub fn open_any(
        &self,
        kind: SlotKind,
        candidates: &[impl AsRef<[u8]>],
    ) -> Result<(DataKey, String)> {
        let mut tampered = false;
        let mut damaged = false;
        for secret in candidates {
            for slot in self.body.slots.iter().filter(|s| s.kind == kind) {
                // A damaged slot is skipped without a derivation, and does not stop the slots
                // after it from being tried.
                if slot.is_damaged() {
                    damaged = true;
                    continue;
                }
                match open_slot(&self.body.store_id, slot, secret.as_ref()) {
                    Ok(key) => return Ok((key, slot.id.clone())),
                    Err(Error::WrongPassphrase) => continue,
                    Err(Error::KeyFileTampered) => tampered = true,
                    Err(Error::KeyFileDamaged(_)) => damaged = true,
                    Err(other) => return Err(other),
                }
            }
        }
        Err(if tampered {
            Error::KeyFileTampered
        } else if damaged {
            Error::KeySlotDamaged
        } else {
            Error::WrongPassphrase
        })
    }
}

impl Default for KeyFile {
    fn default() -> Self {
        Self::new()
    }
}

/// A new slot: a fresh key pair, its secret half wrapped under the secret's KEK, the data
/// key sealed to its public half. Label, role and creation time are set by the caller.
fn seal_slot(
    store_id: &str,
    id: &str,
    kind: SlotKind,
    secret: &[u8],
    params: KdfParams,
    data_key: &DataKey,
) -> Result<Slot> {
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let kdf = SlotKdf {
        algorithm: "argon2id".into(),
        salt: B64.encode(salt),
        params,
    };
    let slot_secret = StaticSecret::random_from_rng(rand::rngs::OsRng);
    let public = PublicKey::from(&slot_secret);
    let public_b64 = B64.encode(public.as_bytes());
    let aad = associated_data(store_id, id, kind, &kdf, &public_b64);
    let kek = kdf::derive(secret, &salt, &params)?;
    let check = check_of(&kek, &aad)?;
    let secret_bytes = Zeroizing::new(slot_secret.to_bytes());
    let wrapped = seal_key(&kek, &nonce, &secret_bytes, &aad)?;
    Ok(Slot {
        id: id.to_string(),
        kind,
        label: None,
        role: None,
        created_at: None,
        created_by: None,
        kdf,
        check: B64.encode(check),
        nonce: B64.encode(nonce),
        wrapped_key: B64.encode(wrapped),
        sealed_key: seal_to(store_id, id, &public, data_key)?,
        public_key: public_b64,
        digest: None,
    })
}

/// The key that seals a data key to `public`: X25519 between an ephemeral key and `public`,
/// through HKDF-SHA256 bound to both public keys.
fn sealing_key(shared: &[u8; 32], ephemeral: &PublicKey, public: &PublicKey) -> Result<DataKey> {
    let mut salt = Vec::with_capacity(64);
    salt.extend_from_slice(ephemeral.as_bytes());
    salt.extend_from_slice(public.as_bytes());
    let hk = hkdf::Hkdf::<Sha256>::new(Some(&salt), shared);
    let mut key = Zeroizing::new([0u8; 32]);
    hk.expand(b"passerelle.keys sealed data key v2", key.as_mut())
        .map_err(|_| Error::Internal("hkdf"))?;
    Ok(key)
}

fn sealed_aad(store_id: &str, slot_id: &str, public: &PublicKey, ephemeral: &PublicKey) -> Vec<u8> {
    let public = B64.encode(public.as_bytes());
    let ephemeral = B64.encode(ephemeral.as_bytes());
    length_prefixed(&[
        FORMAT,
        "2",
        "sealed-data-key",
        store_id,
        slot_id,
        &public,
        &ephemeral,
    ])
}

fn seal_to(
    store_id: &str,
    slot_id: &str,
    public: &PublicKey,
    data_key: &DataKey,
) -> Result<SealedKey> {
    let ephemeral_secret = StaticSecret::random_from_rng(rand::rngs::OsRng);
    let ephemeral = PublicKey::from(&ephemeral_secret);
    let shared = ephemeral_secret.diffie_hellman(public);
    if !shared.was_contributory() {
        return Err(Error::KeyFileTampered);
    }
    let key = sealing_key(shared.as_bytes(), &ephemeral, public)?;
    let mut nonce = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let aad = sealed_aad(store_id, slot_id, public, &ephemeral);
    let sealed = seal_key(&key, &nonce, data_key, &aad)?;
    Ok(SealedKey {
        ephemeral: B64.encode(ephemeral.as_bytes()),
        nonce: B64.encode(nonce),
        key: B64.encode(sealed),
    })
}

fn decode_public(slot: &Slot) -> Result<PublicKey> {
    let bytes = decode(&slot.public_key, "public key")?;
    let bytes: [u8; 32] = bytes
        .try_into()
        .map_err(|_| Error::KeyFileDamaged("public key size"))?;
    Ok(PublicKey::from(bytes))
}

fn open_slot(store_id: &str, slot: &Slot, secret: &[u8]) -> Result<DataKey> {
    if slot.kdf.algorithm != "argon2id" {
        return Err(Error::KeyFileDamaged("kdf algorithm"));
    }
    if !slot.kdf.params.is_acceptable() {
        return Err(Error::KeyFileTampered);
    }
    let salt = decode(&slot.kdf.salt, "salt")?;
    let nonce = decode(&slot.nonce, "nonce")?;
    let wrapped = decode(&slot.wrapped_key, "wrapped key")?;
    let check = decode(&slot.check, "check")?;
    if nonce.len() != 24 || salt.len() < 16 {
        return Err(Error::KeyFileDamaged("slot sizes"));
    }
    let aad = associated_data(store_id, &slot.id, slot.kind, &slot.kdf, &slot.public_key);
    let kek = kdf::derive(secret, &salt, &slot.kdf.params)?;
    let mut verifier = <HmacSha256 as Mac>::new_from_slice(kek.as_ref())
        .map_err(|_| Error::Internal("hmac key"))?;
    verifier.update(b"check");
    verifier.update(&aad);
    if verifier.verify_slice(&check).is_err() {
        return Err(Error::WrongPassphrase);
    }
    // What was wrapped is the slot's secret key; it opens the sealed data key.
    let inner = open_key(&kek, &nonce, &wrapped, &aad)?;
    let slot_secret = StaticSecret::from(*inner);
    let public = decode_public(slot)?;
    if PublicKey::from(&slot_secret) != public {
        return Err(Error::KeyFileTampered);
    }
    let sealed = &slot.sealed_key;
    let ephemeral = decode(&sealed.ephemeral, "ephemeral key")?;
    let ephemeral: [u8; 32] = ephemeral
        .try_into()
        .map_err(|_| Error::KeyFileDamaged("ephemeral key size"))?;
    let ephemeral = PublicKey::from(ephemeral);
    let sealed_nonce = decode(&sealed.nonce, "sealed nonce")?;
    if sealed_nonce.len() != 24 {
        return Err(Error::KeyFileDamaged("slot sizes"));
    }
    let sealed_key = decode(&sealed.key, "sealed key")?;
    let shared = slot_secret.diffie_hellman(&ephemeral);
    if !shared.was_contributory() {
        return Err(Error::KeyFileTampered);
    }
    let key = sealing_key(shared.as_bytes(), &ephemeral, &public)?;
    let aad = sealed_aad(store_id, &slot.id, &public, &ephemeral);
    open_key(&key, &sealed_nonce, &sealed_key, &aad)
}

/// Encrypts a 32-byte key with XChaCha20-Poly1305 under `key`; [`open_key`] reverses it.
fn seal_key(key: &[u8; 32], nonce: &[u8; 24], plain: &[u8; 32], aad: &[u8]) -> Result<Vec<u8>> {
    XChaCha20Poly1305::new(key.into())
        .encrypt(XNonce::from_slice(nonce), Payload { msg: plain, aad })
        .map_err(|_| Error::Internal("key sealing"))
}

/// Decrypts a 32-byte key sealed with XChaCha20-Poly1305 under `key`. Any failure, a wrong length
/// included, means the file was altered: the caller has already checked the passphrase.
fn open_key(key: &[u8; 32], nonce: &[u8], sealed: &[u8], aad: &[u8]) -> Result<DataKey> {
    let plain = Zeroizing::new(
        XChaCha20Poly1305::new(key.into())
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad })
            .map_err(|_| Error::KeyFileTampered)?,
    );
    let mut opened = Zeroizing::new([0u8; 32]);
    if plain.len() != opened.len() {
        return Err(Error::KeyFileTampered);
    }
    opened.copy_from_slice(&plain);
    Ok(opened)
}

fn check_of(kek: &[u8; 32], aad: &[u8]) -> Result<Vec<u8>> {
    let mut mac =
        <HmacSha256 as Mac>::new_from_slice(kek).map_err(|_| Error::Internal("hmac key"))?;
    mac.update(b"check");
    mac.update(aad);
    Ok(mac.finalize().into_bytes().to_vec())
}

fn length_prefixed(fields: &[&str]) -> Vec<u8> {
    // Unambiguous: each field is length-prefixed.
    let mut out = Vec::new();
    for field in fields {
        out.extend_from_slice(&(field.len() as u32).to_be_bytes());
        out.extend_from_slice(field.as_bytes());
    }
    out
}

fn kdf_params_text(kdf: &SlotKdf) -> String {
    format!(
        "{}:{}:{}",
        kdf.params.mem_kib, kdf.params.iterations, kdf.params.parallelism
    )
}

/// The associated data of a slot's wrapped secret key.
fn associated_data(
    store_id: &str,
    slot_id: &str,
    kind: SlotKind,
    kdf: &SlotKdf,
    public_key: &str,
) -> Vec<u8> {
    length_prefixed(&[
        FORMAT,
        "2",
        store_id,
        slot_id,
        crate::codes::code(kind),
        &kdf.algorithm,
        &kdf.salt,
        &kdf_params_text(kdf),
        public_key,
    ])
}

fn mac_key(data_key: &DataKey) -> Result<HmacSha256> {
    let hk = hkdf::Hkdf::<Sha256>::new(Some(b"passerelle.keys"), data_key.as_ref());
    let mut k = Zeroizing::new([0u8; 32]);
    hk.expand(b"key file mac v1", k.as_mut())
        .map_err(|_| Error::Internal("hkdf"))?;
    <HmacSha256 as Mac>::new_from_slice(k.as_ref()).map_err(|_| Error::Internal("hmac key"))
}

/// What the MAC covers: the whole body in version 2; in version 3 the body with each slot
/// replaced by its stored digest.
fn body_bytes(body: &KeyFileBody) -> Result<Vec<u8>> {
    let bytes = if body.version >= 3 {
        serde_json::to_vec(&serde_json::json!({
            "format": body.format,
            "version": body.version,
            "storeId": body.store_id,
            "slots": body.slots.iter().map(|s| &s.digest).collect::<Vec<_>>(),
        }))
    } else {
        serde_json::to_vec(body)
    };
    bytes.map_err(|_| Error::Internal("key file serialisation"))
}

fn mac_of(body: &KeyFileBody, data_key: &DataKey) -> Result<Vec<u8>> {
    let mut mac = mac_key(data_key)?;
    mac.update(&body_bytes(body)?);
    Ok(mac.finalize().into_bytes().to_vec())
}

fn decode(s: &str, what: &'static str) -> Result<Vec<u8>> {
    B64.decode(s).map_err(|_| Error::KeyFileDamaged(what))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> DataKey {
        Zeroizing::new([byte; 32])
    }

    /// Adds a slot of `kind` opening with `secret`, with the floor KDF parameters.
    fn add(file: &mut KeyFile, kind: SlotKind, secret: &[u8], data_key: &DataKey) {
        file.add_member(kind, None, None, None, secret, KdfParams::FLOOR, data_key)
            .unwrap();
    }

    #[test]
    fn a_resealed_file_gives_every_slot_the_new_key() {
        let (old, new) = (key(4), key(5));
        let mut file = KeyFile::new();
        add(&mut file, SlotKind::Passphrase, b"first one", &old);
        add(&mut file, SlotKind::Recovery, b"recovery", &old);
        file.reseal_all(&new).unwrap();
        let file = KeyFile::parse(&file.to_bytes(&new).unwrap()).unwrap();
        for (kind, secret) in [
            (SlotKind::Passphrase, b"first one".as_slice()),
            (SlotKind::Recovery, b"recovery".as_slice()),
        ] {
            let (opened, _) = file.open(kind, secret).unwrap();
            assert_eq!(*opened, *new, "every slot receives the new key");
        }
        file.verify_mac(&new).unwrap();
        assert!(matches!(file.verify_mac(&old), Err(Error::KeyFileTampered)));
    }

    #[test]
    fn an_older_version_is_refused_as_damaged() {
        let mut file = KeyFile::new();
        add(&mut file, SlotKind::Passphrase, b"first one", &key(7));
        let mut bytes: serde_json::Value =
            serde_json::from_slice(&file.to_bytes(&key(7)).unwrap()).unwrap();
        bytes["version"] = 1.into();
        let bytes = serde_json::to_vec(&bytes).unwrap();
        assert!(matches!(
            KeyFile::parse(&bytes),
            Err(Error::KeyFileDamaged("version"))
        ));
    }

    #[test]
    fn a_sealed_key_moved_to_another_slot_does_not_open() {
        let k = key(6);
        let mut file = KeyFile::new();
        add(&mut file, SlotKind::Passphrase, b"first one", &k);
        add(&mut file, SlotKind::Passphrase, b"second one", &k);
        let sealed = file.body.slots[0].sealed_key.clone();
        file.body.slots[1].sealed_key = sealed;
        assert!(matches!(
            file.open(SlotKind::Passphrase, b"second one"),
            Err(Error::KeyFileTampered)
        ));
    }
}
