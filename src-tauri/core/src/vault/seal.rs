//! Sealed files: the encrypted container of backups and case hand-over bundles.
//!
//! Layout (version 1):
//!
//! | bytes | content |
//! |---|---|
//! | 16 | magic `PASSERELLE-SEAL\n` |
//! | 4 | header length, big-endian |
//! | n | header, JSON (below) |
//! | 32 | SHA-256 of everything above: catches accidental damage to the header |
//! | 32 | check: HMAC-SHA256 under a key derived from the secret, over that digest |
//! | … | the payload, XChaCha20-Poly1305 in the STREAM construction (chunks of `chunkSize`) |
//!
//! Header: `{ "format": "passerelle.sealed", "version": 1, "content": "backup" | "handover",
//! "secret": "passphrase" | "recovery-key", "kdf": { "algorithm": "argon2id", "salt", "params" },
//! "noncePrefix", "chunkSize", "payloadLen", "createdAt" }`. It holds no personal data.
//!
//! - The key comes from Argon2id ([`super::kdf`]) over a passphrase or the recovery key; HKDF
//!   splits it into the stream key and the check key.
//! - Every chunk is authenticated with the header digest as associated data, and STREAM numbers
//!   the chunks and marks the last one: a chunk changed, moved, dropped or added fails.
//! - `payloadLen` gives the exact file size, so a cut copy is reported as truncated, not as
//!   damaged, before any decryption.
//! - The check tells a wrong secret from damage: a header that hashes right but whose check fails
//!   was opened with the wrong secret.
//!
//! Opening verifies everything and returns the payload in memory: nothing is written before the
//! whole file has proved intact.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chacha20poly1305::aead::stream::{DecryptorBE32, EncryptorBE32};
use chacha20poly1305::aead::{KeyInit, Payload};
use chacha20poly1305::XChaCha20Poly1305;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::kdf::{self, KdfParams};
use super::Secret;
use crate::{Error, Result};

/// The first bytes of every sealed file.
pub const MAGIC: &[u8; 16] = b"PASSERELLE-SEAL\n";
/// The format tag in the header.
pub const FORMAT: &str = "passerelle.sealed";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// Plaintext bytes per chunk.
pub const CHUNK_SIZE: u32 = 1 << 20;
const TAG: u64 = 16;
const NONCE_PREFIX: usize = 19;
/// A header larger than this is not ours.
const MAX_HEADER: u32 = 64 * 1024;
/// The largest payload a hand-over bundle holds: one case file (refused above 64 MiB with its
/// layout, `model::limits`) in its envelope. A header announcing more was not written by
/// Passerelle, and is refused before any key is derived.
const MAX_HANDOVER_PAYLOAD: u64 = 80 << 20;
/// What the decrypted payload's buffer holds at first; it grows from there (a header's length
/// is only a claim until the chunks are read: security review, 2026-12-05, a sparse file
/// announcing 4 TiB made the program abort on allocating it).
const FIRST_CAPACITY: u64 = 16 << 20;

/// What a sealed file holds. Its code (strum's) is the tag error messages name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Content {
    /// A whole store.
    Backup,
    /// One case.
    Handover,
}

/// Which kind of secret seals a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum SecretKind {
    /// A passphrase chosen for the file.
    Passphrase,
    /// The store's recovery key.
    RecoveryKey,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct KdfSpec {
    algorithm: String,
    salt: String,
    params: KdfParams,
}

/// The clear header of a sealed file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: String,
    version: u32,
    content: Content,
    secret: SecretKind,
    kdf: KdfSpec,
    nonce_prefix: String,
    chunk_size: u32,
    payload_len: u64,
    created_at: DateTime<Utc>,
}

/// What can be read from a sealed file without its secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Peek {
    /// Backup or bundle.
    pub content: Content,
    /// The secret it asks for.
    pub secret: SecretKind,
    /// When it was written.
    pub created_at: DateTime<Utc>,
    /// Size of the payload, in bytes.
    pub payload_len: u64,
}

/// Keys derived from a secret for one file.
pub struct FileKeys {
    stream: Zeroizing<[u8; 32]>,
    check: Zeroizing<[u8; 32]>,
}

/// Progress of a long operation, reported as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress {
    /// Which step.
    pub stage: Stage,
    /// Bytes done in this step.
    pub done: u64,
    /// Bytes in this step.
    pub total: u64,
}

/// The steps of a backup or a restore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Stage {
    /// Copying the database into memory.
    Snapshot,
    /// Deriving the key from the secret (Argon2id: about a second, by design).
    DeriveKey,
    /// Encrypting and writing.
    Write,
    /// Reading back and checking what was written.
    Verify,
    /// Decrypting and checking a file.
    Read,
    /// Writing the restored store.
    Restore,
}

/// A progress callback; `&mut |_| {}` when nobody watches.
pub type OnProgress<'a> = &'a mut dyn FnMut(Progress);

fn derive_keys(secret: &[u8], salt: &[u8], params: &KdfParams) -> Result<FileKeys> {
    let master = kdf::derive(secret, salt, params)?;
    let hk = hkdf::Hkdf::<Sha256>::new(Some(b"passerelle.sealed"), master.as_ref());
    let mut keys = FileKeys {
        stream: Zeroizing::new([0u8; 32]),
        check: Zeroizing::new([0u8; 32]),
    };
    hk.expand(b"stream key v1", keys.stream.as_mut())
        .map_err(|_| Error::Internal("hkdf"))?;
    hk.expand(b"check key v1", keys.check.as_mut())
        .map_err(|_| Error::Internal("hkdf"))?;
    Ok(keys)
}

/// The kind of the secret, and its bytes in the forms to try ([`super::candidates`]: a
/// passphrase's NFC form first, a recovery key parsed).
fn secret_forms(secret: &Secret<'_>) -> Result<(SecretKind, Vec<Zeroizing<Vec<u8>>>)> {
    let (_, forms) = super::candidates(secret)?;
    Ok((secret.kind(), forms))
}

impl Secret<'_> {
    /// Which kind of secret this is.
    pub fn kind(&self) -> SecretKind {
        match self {
            Secret::Passphrase(_) => SecretKind::Passphrase,
            Secret::RecoveryKey(_) => SecretKind::RecoveryKey,
        }
    }
}

fn check_tag(keys: &FileKeys, digest: &[u8]) -> Result<Vec<u8>> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(keys.check.as_ref())
        .map_err(|_| Error::Internal("hmac key"))?;
    mac.update(b"passerelle.sealed check");
    mac.update(digest);
    Ok(mac.finalize().into_bytes().to_vec())
}

/// The encrypted size of a payload, or `None` if it does not fit in 64 bits (a crafted header:
/// the lengths come from the file).
fn sealed_len(payload_len: u64, chunk_size: u32) -> Option<u64> {
    let chunk = u64::from(chunk_size);
    // Full chunks, then a "last" chunk of what remains (1 to chunk bytes, or 0 when empty).
    let chunks = payload_len.div_ceil(chunk).max(1);
    payload_len.checked_add(chunks.checked_mul(TAG)?)
}

/// Encrypts `payload` into a new file at `path` (written beside it, then renamed: a crash leaves
/// no half file under the final name). Returns the derived keys, so the caller can read the file
/// back to verify it without a second key derivation.
pub fn write(
    path: &Path,
    content: Content,
    secret: &Secret<'_>,
    params: KdfParams,
    created_at: DateTime<Utc>,
    payload: &[u8],
    progress: OnProgress<'_>,
) -> Result<FileKeys> {
    let (keys, staged) =
        write_staged(path, content, secret, params, created_at, payload, progress)?;
    staged.place()?;
    Ok(keys)
}

/// A sealed file written beside the path it is for, read back and checked, that has not taken
/// that name yet: [`Staged::place`] gives it the name; dropped unplaced, it is removed. What
/// must be recorded before the file exists under its name (a hand-over: storage review,
/// 2026-12-07, the bundle stood on the disk while the record of it failed on a full disk) is
/// recorded between the two.
pub struct Staged {
    tmp: std::path::PathBuf,
    path: std::path::PathBuf,
    placed: bool,
}

impl Staged {
    /// Moves the file to its name (over a file of that name).
    ///
    /// # Errors
    /// What the system says; the staged file is removed.
    pub fn place(mut self) -> Result<()> {
        crate::fsx::replace(&self.tmp, &self.path)?;
        self.placed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.placed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// [`write`] up to the last step: the file checked, beside `path`, not yet under its name.
///
/// # Errors
/// As [`write`].
pub fn write_staged(
    path: &Path,
    content: Content,
    secret: &Secret<'_>,
    params: KdfParams,
    created_at: DateTime<Utc>,
    payload: &[u8],
    progress: OnProgress<'_>,
) -> Result<(FileKeys, Staged)> {
    // The form stored today (NFC for a passphrase) is the first.
    let (kind, forms) = secret_forms(secret)?;
    let bytes = &forms[0];
    let mut salt = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    let mut nonce_prefix = [0u8; NONCE_PREFIX];
    rand::rngs::OsRng.fill_bytes(&mut nonce_prefix);
    let total = payload.len() as u64;
    progress(Progress {
        stage: Stage::DeriveKey,
        done: 0,
        total,
    });
    let keys = derive_keys(bytes, &salt, &params)?;
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        content,
        secret: kind,
        kdf: KdfSpec {
            algorithm: "argon2id".into(),
            salt: B64.encode(salt),
            params,
        },
        nonce_prefix: B64.encode(nonce_prefix),
        chunk_size: CHUNK_SIZE,
        payload_len: total,
        created_at,
    };
    let header_json = serde_json::to_vec(&header).map_err(|_| Error::Internal("sealed header"))?;
    let mut prefix = Vec::with_capacity(header_json.len() + 20);
    prefix.extend_from_slice(MAGIC);
    prefix.extend_from_slice(&(header_json.len() as u32).to_be_bytes());
    prefix.extend_from_slice(&header_json);
    let digest = Sha256::digest(&prefix);

    // A folder that takes no new file is said with the file's name (adversarial review,
    // 2026-12-07: « impossible de lire ou d'écrire un fichier », after the key derivation).
    let (file, tmp) =
        crate::fsx::create_beside(path, "partial").map_err(|e| Error::file_access(path, &e))?;
    let written = (|| -> Result<()> {
        let mut out = BufWriter::new(file);
        out.write_all(&prefix)?;
        out.write_all(&digest)?;
        out.write_all(&check_tag(&keys, &digest)?)?;
        let cipher = XChaCha20Poly1305::new(keys.stream.as_ref().into());
        let mut stream = EncryptorBE32::from_aead(cipher, nonce_prefix.as_slice().into());
        let chunk = CHUNK_SIZE as usize;
        let mut done = 0usize;
        // Every chunk but the last is full; the last may be empty.
        while payload.len() - done > chunk {
            let part = stream
                .encrypt_next(Payload {
                    msg: &payload[done..done + chunk],
                    aad: &digest,
                })
                .map_err(|_| Error::Internal("stream encryption"))?;
            out.write_all(&part)?;
            done += chunk;
            progress(Progress {
                stage: Stage::Write,
                done: done as u64,
                total,
            });
        }
        let last = stream
            .encrypt_last(Payload {
                msg: &payload[done..],
                aad: &digest,
            })
            .map_err(|_| Error::Internal("stream encryption"))?;
        out.write_all(&last)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        progress(Progress {
            stage: Stage::Write,
            done: total,
            total,
        });
        Ok(())
    })();
    // Read back from the disk, every chunk decrypted and compared, before the file takes its
    // name (review, 2026-12-04: checked after, a file that failed had already replaced the
    // worker's previous backup of that name, the last good one).
    let written = written.and_then(|()| {
        let back = open_with_keys(&tmp, &keys, &mut |p| {
            progress(Progress {
                stage: Stage::Verify,
                ..p
            })
        })?;
        if back.as_slice() == payload {
            Ok(())
        } else {
            Err(Error::SealedDamaged)
        }
    });
    let staged = Staged {
        tmp,
        path: path.to_path_buf(),
        placed: false,
    };
    written?;
    Ok((keys, staged))
}

struct Opened {
    header: Header,
    digest: [u8; 32],
    check: [u8; 32],
    reader: BufReader<File>,
}

fn read_header(path: &Path) -> Result<Opened> {
    Error::refuse_unless_a_file(path)?;
    let file = File::open(path)?;
    let file_len = file.metadata()?.len();
    let mut reader = BufReader::new(file);
    let mut magic = [0u8; 16];
    read_exact_or(&mut reader, &mut magic, Error::NotSealedFile)?;
    if &magic != MAGIC {
        return Err(Error::NotSealedFile);
    }
    let mut len = [0u8; 4];
    read_exact_or(&mut reader, &mut len, Error::SealedTruncated)?;
    let len = u32::from_be_bytes(len);
    if len > MAX_HEADER {
        return Err(Error::SealedDamaged);
    }
    let mut header_json = vec![0u8; len as usize];
    read_exact_or(&mut reader, &mut header_json, Error::SealedTruncated)?;
    let mut digest = [0u8; 32];
    read_exact_or(&mut reader, &mut digest, Error::SealedTruncated)?;
    let mut prefix = Vec::with_capacity(header_json.len() + 20);
    prefix.extend_from_slice(MAGIC);
    prefix.extend_from_slice(&(len).to_be_bytes());
    prefix.extend_from_slice(&header_json);
    if Sha256::digest(&prefix).as_slice() != digest {
        return Err(Error::SealedDamaged);
    }
    // The digest matches: the header is as written. Only now interpret it.
    let value: serde_json::Value =
        serde_json::from_slice(&header_json).map_err(|_| Error::SealedDamaged)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(Error::NotSealedFile);
    }
    let version = value
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or(Error::SealedDamaged)?;
    if version > u64::from(VERSION) {
        return Err(Error::SealedTooNew {
            found: u32::try_from(version).unwrap_or(u32::MAX),
            supported: VERSION,
        });
    }
    let header: Header = serde_json::from_value(value).map_err(|_| Error::SealedDamaged)?;
    if header.chunk_size == 0 || header.chunk_size > 64 << 20 {
        return Err(Error::SealedDamaged);
    }
    let mut check = [0u8; 32];
    read_exact_or(&mut reader, &mut check, Error::SealedTruncated)?;
    // Every length here comes from the file: checked arithmetic, so that a crafted `payloadLen`
    // is refused instead of overflowing (issue 13).
    let expected = sealed_len(header.payload_len, header.chunk_size)
        .and_then(|body| body.checked_add(prefix.len() as u64 + 64))
        .ok_or(Error::SealedDamaged)?;
    if file_len < expected {
        return Err(Error::SealedTruncated);
    }
    if file_len > expected {
        return Err(Error::SealedDamaged);
    }
    Ok(Opened {
        header,
        digest,
        check,
        reader,
    })
}

fn read_exact_or(reader: &mut impl Read, buf: &mut [u8], short: Error) -> Result<()> {
    match reader.read_exact(buf) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(short),
        Err(e) => Err(e.into()),
    }
}

/// Reads the clear header of a sealed file: what it holds and which secret it asks for.
pub fn peek(path: &Path) -> Result<Peek> {
    let opened = read_header(path)?;
    Ok(Peek {
        content: opened.header.content,
        secret: opened.header.secret,
        created_at: opened.header.created_at,
        payload_len: opened.header.payload_len,
    })
}

/// What a sealed file holds, read from its first bytes (its header is in clear: it holds no
/// personal data), or `None` for bytes that are no sealed file: a case file given a backup is
/// told which verb opens it.
pub fn content_in(bytes: &[u8]) -> Option<Content> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let len = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?) as usize;
    let header: serde_json::Value = serde_json::from_slice(rest.get(4..4 + len)?).ok()?;
    serde_json::from_value(header.get("content")?.clone()).ok()
}

/// Opens a sealed file that should hold `content`, with `secret`. Every byte is checked before
/// the payload is returned, in memory.
pub fn open(
    path: &Path,
    content: Content,
    secret: &Secret<'_>,
    progress: OnProgress<'_>,
) -> Result<Zeroizing<Vec<u8>>> {
    let opened = read_header(path)?;
    if opened.header.content != content {
        return Err(Error::SealedWrongKind {
            expected: content.into(),
            found: opened.header.content.into(),
        });
    }
    if content == Content::Handover && opened.header.payload_len > MAX_HANDOVER_PAYLOAD {
        return Err(Error::SealedTooLarge);
    }
    let (kind, forms) = secret_forms(secret)?;
    let wrong = match opened.header.secret {
        SecretKind::Passphrase => Error::WrongFilePassphrase,
        SecretKind::RecoveryKey => Error::WrongFileRecoveryKey,
    };
    // The other kind of secret is not wrong: it is not the one this file asks for.
    match (kind, opened.header.secret) {
        (SecretKind::Passphrase, SecretKind::RecoveryKey) => {
            return Err(Error::FileNeedsRecoveryKey)
        }
        (SecretKind::RecoveryKey, SecretKind::Passphrase) => {
            return Err(Error::FileNeedsPassphrase)
        }
        _ => {}
    }
    if opened.header.kdf.algorithm != "argon2id" {
        return Err(Error::SealedDamaged);
    }
    if !opened.header.kdf.params.fits_a_file() {
        // Parameters below the floor would make the file cheap to attack; above what a
        // calibration ever chooses they would hang the app for minutes before « wrong
        // passphrase ». Either way it was not written by Passerelle.
        return Err(Error::SealedDamaged);
    }
    let salt = B64
        .decode(&opened.header.kdf.salt)
        .map_err(|_| Error::SealedDamaged)?;
    progress(Progress {
        stage: Stage::DeriveKey,
        done: 0,
        total: opened.header.payload_len,
    });
    for bytes in &forms {
        let keys = derive_keys(bytes, &salt, &opened.header.kdf.params)?;
        let mut check = <Hmac<Sha256> as Mac>::new_from_slice(keys.check.as_ref())
            .map_err(|_| Error::Internal("hmac key"))?;
        check.update(b"passerelle.sealed check");
        check.update(&opened.digest);
        if check.verify_slice(&opened.check).is_ok() {
            return decrypt_body(opened, &keys, progress);
        }
    }
    Err(wrong)
}

/// Reads back a sealed file with the keys [`write`] used (no key derivation), checking every
/// chunk. Returns the payload.
pub fn open_with_keys(
    path: &Path,
    keys: &FileKeys,
    progress: OnProgress<'_>,
) -> Result<Zeroizing<Vec<u8>>> {
    let opened = read_header(path)?;
    if check_tag(keys, &opened.digest)? != opened.check {
        return Err(Error::SealedDamaged);
    }
    decrypt_body(opened, keys, progress)
}

/// Fuzz builds only (`cargo fuzz` sets `--cfg fuzzing`): everything [`open`] checks after the
/// header, with fixed keys and no check tag, so that a fuzzer reaches the chunked decryption
/// without an Argon2 derivation per input. Not in the app, the CLI or the tests.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn open_for_fuzzing(path: &Path) -> Result<Zeroizing<Vec<u8>>> {
    let keys = FileKeys {
        stream: Zeroizing::new([0; 32]),
        check: Zeroizing::new([0; 32]),
    };
    decrypt_body(read_header(path)?, &keys, &mut |_| {})
}

fn decrypt_body(
    mut opened: Opened,
    keys: &FileKeys,
    progress: OnProgress<'_>,
) -> Result<Zeroizing<Vec<u8>>> {
    let prefix = B64
        .decode(&opened.header.nonce_prefix)
        .map_err(|_| Error::SealedDamaged)?;
    if prefix.len() != NONCE_PREFIX {
        return Err(Error::SealedDamaged);
    }
    let total = opened.header.payload_len;
    let chunk = u64::from(opened.header.chunk_size);
    let cipher = XChaCha20Poly1305::new(keys.stream.as_ref().into());
    let mut stream = DecryptorBE32::from_aead(cipher, prefix.as_slice().into());
    let mut out = Zeroizing::new(Vec::new());
    reserve_zeroizing(&mut out, total.min(FIRST_CAPACITY))?;
    let mut buf = Zeroizing::new(vec![0u8; (chunk + TAG) as usize]);
    let aad = opened.digest;
    let mut done = 0u64;
    // As written: full chunks while more than one chunk's worth remains, then the last one.
    while total - done > chunk {
        read_exact_or(&mut opened.reader, &mut buf[..], Error::SealedTruncated)?;
        let plain = Zeroizing::new(
            stream
                .decrypt_next(Payload {
                    msg: &buf[..],
                    aad: &aad,
                })
                .map_err(|_| Error::SealedDamaged)?,
        );
        push_zeroizing(&mut out, &plain)?;
        done += chunk;
        progress(Progress {
            stage: Stage::Read,
            done,
            total,
        });
    }
    let last_len = (total - done + TAG) as usize;
    read_exact_or(
        &mut opened.reader,
        &mut buf[..last_len],
        Error::SealedTruncated,
    )?;
    let plain = Zeroizing::new(
        stream
            .decrypt_last(Payload {
                msg: &buf[..last_len],
                aad: &aad,
            })
            .map_err(|_| Error::SealedDamaged)?,
    );
    push_zeroizing(&mut out, &plain)?;
    progress(Progress {
        stage: Stage::Read,
        done: total,
        total,
    });
    Ok(out)
}

/// Makes room in `out` for `more` bytes, or says the file is too large: never an abort on an
/// allocation the memory cannot hold.
fn reserve_zeroizing(out: &mut Zeroizing<Vec<u8>>, more: u64) -> Result<()> {
    let more = usize::try_from(more).map_err(|_| Error::SealedTooLarge)?;
    out.try_reserve_exact(more)
        .map_err(|_| Error::SealedTooLarge)
}

/// Appends `bytes` to the decrypted payload. A larger buffer is taken by doubling, and the
/// former one, holding plaintext, is zeroed as it is dropped (a `Vec`'s own growth would leave
/// the old copy in freed memory).
fn push_zeroizing(out: &mut Zeroizing<Vec<u8>>, bytes: &[u8]) -> Result<()> {
    if out.capacity() - out.len() < bytes.len() {
        let needed = out.len().saturating_add(bytes.len());
        let mut bigger = Zeroizing::new(Vec::new());
        reserve_zeroizing(
            &mut bigger,
            needed.max(out.capacity().saturating_mul(2)) as u64,
        )?;
        bigger.extend_from_slice(out);
        *out = bigger;
    }
    out.extend_from_slice(bytes);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sealed file whose header announces `payload_len` bytes of `content`, its check tag right
    /// for `passphrase` (the sender chose it), stretched to its announced length without writing
    /// it (a sparse file: what a crafted bundle on a USB stick can be).
    fn crafted(
        dir: &Path,
        content: Content,
        payload_len: u64,
        passphrase: &str,
    ) -> std::path::PathBuf {
        let params = KdfParams::FLOOR;
        let salt = [7u8; 16];
        let keys = derive_keys(passphrase.as_bytes(), &salt, &params).unwrap();
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            content,
            secret: SecretKind::Passphrase,
            kdf: KdfSpec {
                algorithm: "argon2id".into(),
                salt: B64.encode(salt),
                params,
            },
            nonce_prefix: B64.encode([0u8; NONCE_PREFIX]),
            chunk_size: CHUNK_SIZE,
            payload_len,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
        };
        let json = serde_json::to_vec(&header).unwrap();
        let mut prefix = MAGIC.to_vec();
        prefix.extend_from_slice(&(json.len() as u32).to_be_bytes());
        prefix.extend_from_slice(&json);
        let digest = Sha256::digest(&prefix);
        let path = dir.join(format!("{}.enc", <&str>::from(content)));
        let mut file = File::create(&path).unwrap();
        file.write_all(&prefix).unwrap();
        file.write_all(&digest).unwrap();
        file.write_all(&check_tag(&keys, &digest).unwrap()).unwrap();
        let body = sealed_len(payload_len, CHUNK_SIZE).unwrap();
        file.set_len(prefix.len() as u64 + 64 + body).unwrap();
        path
    }

    /// Security review, 2026-12-05: `payloadLen` 2^42 with a right check tag made the CLI abort
    /// (« memory allocation of 4398046511104 bytes failed », SIGABRT) on `Vec::with_capacity`.
    #[test]
    fn a_payload_announced_beyond_memory_is_refused_never_aborted() {
        let dir = tempfile::tempdir().unwrap();
        let phrase = "phrase du paquet convenue longue";
        let secret = Secret::Passphrase(phrase);
        // A hand-over carries one case: refused before any key is derived.
        let bundle = crafted(dir.path(), Content::Handover, 1 << 42, phrase);
        let refused = open(&bundle, Content::Handover, &secret, &mut |_| {}).unwrap_err();
        assert!(matches!(refused, Error::SealedTooLarge), "{refused:?}");
        // A backup may be large: its first chunk (zeros, not what was sealed) is refused.
        let backup = crafted(dir.path(), Content::Backup, 1 << 42, phrase);
        let refused = open(&backup, Content::Backup, &secret, &mut |_| {}).unwrap_err();
        assert!(
            matches!(refused, Error::SealedDamaged | Error::SealedTooLarge),
            "{refused:?}"
        );
    }

    /// The payload's buffer grows by copies it zeroes: what was sealed comes back whole, across
    /// more than its first capacity.
    #[test]
    fn a_payload_larger_than_the_first_buffer_comes_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("large.enc");
        let payload: Vec<u8> = (0..(FIRST_CAPACITY as usize + 3 * CHUNK_SIZE as usize + 17))
            .map(|i| (i % 251) as u8)
            .collect();
        let secret = Secret::Passphrase("lanterne violon marée cactus");
        let keys = write(
            &path,
            Content::Backup,
            &secret,
            KdfParams::FLOOR,
            DateTime::<Utc>::UNIX_EPOCH,
            &payload,
            &mut |_| {},
        )
        .unwrap();
        let back = open_with_keys(&path, &keys, &mut |_| {}).unwrap();
        assert!(back.as_slice() == payload.as_slice());
    }

    /// A staged file takes its name only when placed; dropped unplaced (its record failed), it
    /// leaves nothing, and a file already under that name stays as it was (storage review,
    /// 2026-12-07).
    #[test]
    fn a_staged_file_takes_its_name_only_when_placed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bundle.enc");
        std::fs::write(&path, b"the earlier one").unwrap();
        let secret = Secret::Passphrase("lanterne violon marée cactus");
        let stage = || {
            write_staged(
                &path,
                Content::Handover,
                &secret,
                KdfParams::FLOOR,
                DateTime::<Utc>::UNIX_EPOCH,
                b"payload",
                &mut |_| {},
            )
            .unwrap()
        };
        let names = || {
            let mut n: Vec<String> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            n.sort();
            n
        };
        let (_, staged) = stage();
        assert_eq!(names().len(), 2, "beside it: {:?}", names());
        drop(staged);
        assert_eq!(names(), ["bundle.enc"]);
        assert_eq!(std::fs::read(&path).unwrap(), b"the earlier one");
        let (keys, staged) = stage();
        staged.place().unwrap();
        assert_eq!(names(), ["bundle.enc"]);
        assert_eq!(
            open_with_keys(&path, &keys, &mut |_| {})
                .unwrap()
                .as_slice(),
            b"payload"
        );
    }
}
