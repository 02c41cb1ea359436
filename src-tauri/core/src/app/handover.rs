//! Case hand-over: one case, encrypted, from one Passerelle to another (another association, a
//! lawyer's installation), under a passphrase the two sides agree out of band.
//!
//! A bundle is a sealed file ([`crate::vault::seal`], content `handover`) whose payload is JSON:
//! `{ "format": "passerelle.handover/1", "exportedAt": …, "case": <the case file> }`. The case file
//! is the lossless document (`passerelle.case/1`), consent record included. Importing checks the
//! whole bundle (a wrong passphrase, a truncated or a modified bundle each get their own error),
//! validates the case file, and stores it as a new case with a new id. Both sides' audit logs
//! record the move.
//!
//! The bundle is authenticated by the passphrase: whoever knows it could also have written a
//! bundle. There is no signature identifying the sending association (docs/vault-operations.md).

use serde_json::{json, Value};

use super::{FileOffer, FrontEnd, Request};
use crate::db::audit::{Action, Event};
use crate::db::cases;
use crate::error::{Field, Invalid};
use crate::model::case::{CaseDocument, ConsentStatus};
use crate::model::limits;
use crate::vault::seal::{self, Content};
use crate::vault::Secret;
use crate::{Error, Result};

/// The checks a case file read from disk gets before it is parsed, on a bundle's payload: its
/// size, and no key written twice (a reader keeps the second silently, so the case received
/// would not be the one the sender's program showed). The bundle's passphrase authenticates
/// whoever knows it, not the program that wrote it (review, 2026-12-04: a bundle skipped both).
fn check_like_a_case_file(payload: &[u8]) -> Result<()> {
    // The bundle's own keys (`format`, `exportedAt`, `case`) are a few dozen bytes.
    const ENVELOPE_BYTES: usize = 1024;
    if limits::compact_len(payload) > limits::MAX_FILE_BYTES + ENVELOPE_BYTES {
        return Err(Error::CaseFileTooLarge {
            max_mib: (limits::MAX_FILE_BYTES >> 20) as u32,
        });
    }
    // Nor more values than a case holds (code review, 2026-12-05: the cap on case files was not
    // read here, the path an outside sender controls). The envelope adds a handful.
    if limits::values_bound(payload) > limits::MAX_VALUES + 16 {
        return Err(Error::CaseFileTooComplex {
            max: limits::MAX_VALUES as u32,
        });
    }
    match limits::first_duplicate_key(payload) {
        None => Ok(()),
        Some(path) => {
            let in_case = path.strip_prefix("case.").unwrap_or("$");
            Err(Error::invalid(Field::case(in_case), Invalid::DuplicateKey))
        }
    }
}

/// The payload's format tag.
pub const FORMAT: &str = "passerelle.handover/1";

/// The dialog of a bundle; today's date goes into the suggested name.
pub fn file(req: &Request<'_>) -> FileOffer {
    FileOffer::dated(req, "handover-dialog-title", "handover-file-name", "enc")
}

/// Writes case `id` where the front end says, as a bundle sealed with `passphrase`, reads it back
/// to check it, and records the hand-over. `false` if the worker cancelled.
pub fn export(
    req: &Request<'_>,
    id: &str,
    passphrase: &str,
    front: &mut dyn FrontEnd,
) -> Result<bool> {
    crate::vault::check_new_passphrase(passphrase)?;
    let stored = req.vault().read(|c| cases::get(c, id))?;
    // A bundle sends her case to another association or a lawyer's installation: not once she
    // refused, or withdrew, that her case be passed to them (the notice's « seulement si vous le
    // demandez ou l'acceptez »); never asked is no refusal, as for the prefecture (security
    // review, 2026-12-06: the bundle went out without a word). Said before any dialog opens.
    let refused = stored
        .document
        .case()?
        .consent
        .and_then(|c| c.share_with_lawyer)
        .is_some_and(|d| d.status != ConsentStatus::Given);
    if refused {
        return Err(Error::invalid(
            Field::case("consent.shareWithLawyer"),
            Invalid::HandoverNotConsented,
        ));
    }
    // Told to the other association: never the vault's own (said before the dialog too).
    req.vault()
        .refuse_own_passphrase(passphrase, Content::Handover)?;
    let Some(out) = req.destination(
        front.save_to(&file(req)),
        Some(crate::vault::seal::Content::Handover),
    )?
    else {
        return Ok(false);
    };
    let progress = &mut |p| front.progress(p);
    let payload = zeroize::Zeroizing::new(
        serde_json::to_vec(&json!({
            "format": FORMAT,
            "exportedAt": req.now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "case": Value::Object(stored.document.as_value().clone()),
        }))
        .map_err(|_| Error::Internal("bundle serialisation"))?,
    );
    // What the receiver will read, read here first: a case nested as deep as a case file may be
    // is one level deeper in its bundle, past what a JSON reader follows (storage review,
    // 2026-12-07: the bundle was made, and the receiver told it was damaged).
    serde_json::from_slice::<Value>(&payload).map_err(too_deep_or_damaged)?;
    let handed_over = Event::new(Action::CaseHandedOver, req.now)
        .case(id)
        .detail(json!({ "encrypted": true }));
    // The calibration (seconds, the first time) runs before the session is held.
    let kdf = req.app().calibrated(Ok)?;
    // Written while the session stays open, with its record (review, 2026-12-04: a lock during
    // the save dialog or the sealing left the bundle written and the log empty). A lock that
    // came before writes nothing; one that comes meanwhile waits for the record.
    // Read back and compared beside its name, it takes that name once the record is committed
    // (storage review, 2026-12-07: on a full disk the bundle stood, the record failed, and the
    // command said it had failed): a record that fails leaves no file.
    let staged = req.vault().log_then(handed_over, |_| {
        seal::write_staged(
            &out,
            Content::Handover,
            &Secret::Passphrase(passphrase),
            kdf,
            req.now,
            &payload,
            &mut *progress,
        )
        .map(|(_, staged)| staged)
    })?;
    staged.place()?;
    Ok(true)
}

/// A bundle's JSON that cannot be read: nested past what a JSON reader follows (128 levels),
/// said as such, else damaged.
fn too_deep_or_damaged(e: serde_json::Error) -> Error {
    if crate::model::limits::too_deep(&e) {
        Error::CaseFileTooDeep
    } else {
        Error::SealedDamaged
    }
}

/// Opens the bundle the front end names with `passphrase`, checks it, and stores its case as a
/// new case. Returns the new case's id, or `None` if the worker cancelled.
pub fn import(
    req: &Request<'_>,
    passphrase: &str,
    front: &mut dyn FrontEnd,
) -> Result<Option<String>> {
    req.require_unlocked()?;
    let Some(file) = front.open_from(&file(req)) else {
        return Ok(None);
    };
    let secret = Secret::Passphrase(passphrase);
    let payload = seal::open(&file, Content::Handover, &secret, &mut |p| {
        front.progress(p)
    })?;
    check_like_a_case_file(&payload)?;
    let value: Value = serde_json::from_slice(&payload).map_err(too_deep_or_damaged)?;
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
    req.vault()
        .write_logged(|tx| {
            let id = cases::insert(tx, &document, req.now)?;
            let event = Event::new(Action::CaseReceived, req.now).case(&id);
            Ok((id, event))
        })
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Storage review, 2026-12-07: a case nested as deep as a case file may be was handed over,
    /// and the receiver told its bundle was damaged. Past what the reader follows it is said as
    /// such, at export as at import; anything else unreadable is damaged.
    #[test]
    fn a_bundle_too_deep_to_read_is_said_too_deep_not_damaged() {
        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let e = serde_json::from_slice::<Value>(deep.as_bytes()).unwrap_err();
        assert!(matches!(too_deep_or_damaged(e), Error::CaseFileTooDeep));
        let e = serde_json::from_slice::<Value>(b"{bad").unwrap_err();
        assert!(matches!(too_deep_or_damaged(e), Error::SealedDamaged));
    }
}
