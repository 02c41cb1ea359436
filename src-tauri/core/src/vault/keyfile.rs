//! The key file: the only place the data key exists on disk, and only wrapped.
//!
//! Format `passerelle.keys` version 1, JSON:
//!
//! ```json
//! { "format": "passerelle.keys", "version": 1, "storeId": "…",
//!   "slots": [ { "id": "…", "kind": "passphrase", "label": null,
//!                "kdf": { "algorithm": "argon2id", "salt": "…", "params": { "memKib": 131072, "iterations": 4, "parallelism": 1 } },
//!                "check": "…", "nonce": "…", "wrappedKey": "…" } ],
//!   "mac": "…" }
//! ```
//!
//! - Each slot wraps the same 256-bit data key with XChaCha20-Poly1305 under a key derived with
//!   Argon2id from a secret (the worker's passphrase, or the recovery key). The slot's identity and
//!   KDF parameters are the AEAD's associated data, so they cannot be swapped between slots.
//! - `check` is an HMAC of the associated data under the derived key. It tells a wrong secret (the
//!   check fails) from a modified wrapped key (the check passes, the AEAD fails). It reveals
//!   nothing the AEAD tag does not already reveal.
//! - `mac` is an HMAC-SHA256 of the whole file under a key derived from the data key: once a slot
//!   opens, any other change (a slot added, removed or altered) is detected.
//! - A newer `version` is refused with a clear error; unknown fields are refused as damage.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::kdf::{self, KdfParams};
use crate::{Error, Result};

/// The format tag of a key file.
pub const FORMAT: &str = "passerelle.keys";
/// The key-file version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

type HmacSha256 = Hmac<Sha256>;

/// The 256-bit key that encrypts the database. Zeroed when dropped.
pub type DataKey = Zeroizing<[u8; 32]>;

/// What kind of secret opens a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
    /// Always `argon2id` in version 1.
    pub algorithm: String,
    /// Random salt, base64.
    pub salt: String,
    /// Cost parameters, calibrated when the slot was written.
    pub params: KdfParams,
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
    /// Key derivation.
    pub kdf: SlotKdf,
    /// HMAC of the associated data under the derived key, base64.
    pub check: String,
    /// XChaCha20 nonce, base64.
    pub nonce: String,
    /// The data key, encrypted, base64.
    pub wrapped_key: String,
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

    /// Serialises the file with a fresh MAC under `data_key`.
    pub fn to_bytes(&mut self, data_key: &DataKey) -> Result<Vec<u8>> {
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
    pub fn verify_mac(&self, data_key: &DataKey) -> Result<()> {
        let mut mac = mac_key(data_key)?;
        mac.update(&body_bytes(&self.body)?);
        mac.verify_slice(&self.mac)
            .map_err(|_| Error::KeyFileTampered)
    }

    /// Adds a slot that opens with `secret`, wrapping `data_key`.
    pub fn add_slot(
        &mut self,
        kind: SlotKind,
        label: Option<String>,
        secret: &[u8],
        params: KdfParams,
        data_key: &DataKey,
    ) -> Result<String> {
        let slot = seal_slot(&self.body.store_id, kind, label, secret, params, data_key)?;
        let id = slot.id.clone();
        self.body.slots.push(slot);
        Ok(id)
    }

    /// Replaces the secret of slot `slot_id` (a passphrase change): a new salt, new parameters, the
    /// same data key. The database is not touched.
    pub fn rewrap_slot(
        &mut self,
        slot_id: &str,
        secret: &[u8],
        params: KdfParams,
        data_key: &DataKey,
    ) -> Result<()> {
        let store_id = self.body.store_id.clone();
        let slot = self
            .body
            .slots
            .iter_mut()
            .find(|s| s.id == slot_id)
            .ok_or(Error::NotFound { what: "keyslot" })?;
        let resealed = seal_slot_with_id(
            &store_id,
            &slot.id,
            slot.kind,
            slot.label.clone(),
            secret,
            params,
            data_key,
        )?;
        *slot = resealed;
        Ok(())
    }

    /// Tries every slot of `kind` with `secret`. Returns the data key and the slot id, or
    /// [`Error::WrongPassphrase`] (mapped by the caller for recovery keys) when none opens.
    pub fn open(&self, kind: SlotKind, secret: &[u8]) -> Result<(DataKey, String)> {
        let mut tampered = false;
        for slot in self.body.slots.iter().filter(|s| s.kind == kind) {
            match open_slot(&self.body.store_id, slot, secret) {
                Ok(key) => return Ok((key, slot.id.clone())),
                Err(Error::WrongPassphrase) => continue,
                Err(Error::KeyFileTampered) => tampered = true,
                Err(other) => return Err(other),
            }
        }
        Err(if tampered {
            Error::KeyFileTampered
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

fn seal_slot(
    store_id: &str,
    kind: SlotKind,
    label: Option<String>,
    secret: &[u8],
    params: KdfParams,
    data_key: &DataKey,
) -> Result<Slot> {
    let id = uuid::Uuid::new_v4().to_string();
    seal_slot_with_id(store_id, &id, kind, label, secret, params, data_key)
}

fn seal_slot_with_id(
    store_id: &str,
    id: &str,
    kind: SlotKind,
    label: Option<String>,
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
    let aad = associated_data(store_id, id, kind, label.as_deref(), &kdf);
    let kek = kdf::derive(secret, &salt, &params)?;
    let check = check_of(&kek, &aad)?;
    let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
    let wrapped = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: data_key.as_ref(),
                aad: &aad,
            },
        )
        .map_err(|_| Error::Internal("key wrapping"))?;
    Ok(Slot {
        id: id.to_string(),
        kind,
        label,
        kdf,
        check: B64.encode(check),
        nonce: B64.encode(nonce),
        wrapped_key: B64.encode(wrapped),
    })
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
    let aad = associated_data(
        store_id,
        &slot.id,
        slot.kind,
        slot.label.as_deref(),
        &slot.kdf,
    );
    let kek = kdf::derive(secret, &salt, &slot.kdf.params)?;
    let mut verifier = <HmacSha256 as Mac>::new_from_slice(kek.as_ref())
        .map_err(|_| Error::Internal("hmac key"))?;
    verifier.update(b"check");
    verifier.update(&aad);
    if verifier.verify_slice(&check).is_err() {
        return Err(Error::WrongPassphrase);
    }
    let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &wrapped,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::KeyFileTampered)?,
    );
    let mut key = Zeroizing::new([0u8; 32]);
    if plain.len() != 32 {
        return Err(Error::KeyFileTampered);
    }
    key.copy_from_slice(&plain);
    Ok(key)
}

fn check_of(kek: &[u8; 32], aad: &[u8]) -> Result<Vec<u8>> {
    let mut mac =
        <HmacSha256 as Mac>::new_from_slice(kek).map_err(|_| Error::Internal("hmac key"))?;
    mac.update(b"check");
    mac.update(aad);
    Ok(mac.finalize().into_bytes().to_vec())
}

fn associated_data(
    store_id: &str,
    slot_id: &str,
    kind: SlotKind,
    label: Option<&str>,
    kdf: &SlotKdf,
) -> Vec<u8> {
    // Unambiguous: each field is length-prefixed.
    let kind = match kind {
        SlotKind::Passphrase => "passphrase",
        SlotKind::Recovery => "recovery",
    };
    let params = format!(
        "{}:{}:{}",
        kdf.params.mem_kib, kdf.params.iterations, kdf.params.parallelism
    );
    let mut aad = Vec::new();
    for field in [
        FORMAT,
        &VERSION.to_string(),
        store_id,
        slot_id,
        kind,
        label.unwrap_or(""),
        &kdf.algorithm,
        &kdf.salt,
        &params,
    ] {
        aad.extend_from_slice(&(field.len() as u32).to_be_bytes());
        aad.extend_from_slice(field.as_bytes());
    }
    aad
}

fn mac_key(data_key: &DataKey) -> Result<HmacSha256> {
    let hk = hkdf::Hkdf::<Sha256>::new(Some(b"passerelle.keys"), data_key.as_ref());
    let mut k = Zeroizing::new([0u8; 32]);
    hk.expand(b"key file mac v1", k.as_mut())
        .map_err(|_| Error::Internal("hkdf"))?;
    <HmacSha256 as Mac>::new_from_slice(k.as_ref()).map_err(|_| Error::Internal("hmac key"))
}

fn body_bytes(body: &KeyFileBody) -> Result<Vec<u8>> {
    serde_json::to_vec(body).map_err(|_| Error::Internal("key file serialisation"))
}

fn mac_of(body: &KeyFileBody, data_key: &DataKey) -> Result<Vec<u8>> {
    let mut mac = mac_key(data_key)?;
    mac.update(&body_bytes(body)?);
    Ok(mac.finalize().into_bytes().to_vec())
}

fn decode(s: &str, what: &'static str) -> Result<Vec<u8>> {
    B64.decode(s).map_err(|_| Error::KeyFileDamaged(what))
}
