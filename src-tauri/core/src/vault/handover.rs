//! Case hand-over: one case, encrypted, from one Passerelle to another (another association, a
//! lawyer's installation), under a passphrase the two sides agree out of band.
//!
//! A bundle is a sealed file ([`super::seal`], content `handover`) whose payload is JSON:
//! `{ "format": "passerelle.handover/1", "exportedAt": …, "case": <the case file> }`. The case file
//! is the lossless document (`passerelle.case/1`), consent record included. Importing checks the
//! whole bundle (a wrong passphrase, a truncated or a modified bundle each get their own error),
//! validates the case file, and stores it as a new case with a new id. Both sides' audit logs
//! record the move.
//!
//! The bundle is authenticated by the passphrase: whoever knows it could also have written a
//! bundle. There is no signature identifying the sending association (docs/vault-operations.md).

use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::seal::{self, Content, OnProgress};
use super::{kdf::KdfParams, strength, Secret, Vault};
use crate::db::audit::{Action, Event};
use crate::db::cases;
use crate::model::case::CaseDocument;
use crate::{Error, Result};

/// The payload's format tag.
pub const FORMAT: &str = "passerelle.handover/1";

/// Writes case `id` to `out` as a bundle sealed with `passphrase`, reads it back to check it, and
/// records the hand-over.
pub fn export(
    vault: &Vault,
    id: &str,
    out: &Path,
    passphrase: &str,
    params: KdfParams,
    now: DateTime<Utc>,
    progress: OnProgress<'_>,
) -> Result<()> {
    if !strength::assess(passphrase).acceptable {
        return Err(Error::PassphraseTooWeak);
    }
    let stored = vault.read(|c| cases::get(c, id))?;
    let payload = zeroize::Zeroizing::new(
        serde_json::to_vec(&json!({
            "format": FORMAT,
            "exportedAt": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "case": Value::Object(stored.document.as_value().clone()),
        }))
        .map_err(|_| Error::Internal("bundle serialisation"))?,
    );
    let keys = seal::write(
        out,
        Content::Handover,
        &Secret::Passphrase(passphrase),
        params,
        now,
        &payload,
        &mut *progress,
    )?;
    let back = seal::open_with_keys(out, &keys, progress)?;
    if *back != *payload {
        return Err(Error::SealedDamaged);
    }
    vault.log(
        Event::new(Action::CaseHandedOver, now)
            .case(id)
            .detail(json!({ "encrypted": true })),
    )
}

/// Opens bundle `file` with `passphrase`, checks it, and stores its case as a new case. Returns
/// the new case's id.
pub fn import(
    vault: &Vault,
    file: &Path,
    passphrase: &str,
    now: DateTime<Utc>,
    progress: OnProgress<'_>,
) -> Result<String> {
    let payload = seal::open(
        file,
        Content::Handover,
        &Secret::Passphrase(passphrase),
        progress,
    )?;
    let value: Value = serde_json::from_slice(&payload).map_err(|_| Error::SealedDamaged)?;
    let format = value.get("format").and_then(Value::as_str).unwrap_or("");
    if format != FORMAT {
        return Err(match format.strip_prefix("passerelle.handover/") {
            Some(v) if v.parse::<u32>().is_ok_and(|v| v > 1) => Error::SealedTooNew {
                found: v.parse().unwrap_or(u32::MAX),
                supported: 1,
            },
            _ => Error::SealedDamaged,
        });
    }
    let case = value.get("case").cloned().ok_or(Error::SealedDamaged)?;
    let (document, _) = CaseDocument::from_value(case)?;
    vault.write_logged(|tx| {
        let id = cases::insert(tx, &document, now)?;
        let event = Event::new(Action::CaseReceived, now).case(&id);
        Ok((id, event))
    })
}
