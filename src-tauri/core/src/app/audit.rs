//! The audit log: read it page by page with its chain checked, and export it.
//!
//! An export records itself first, so that the exported copy shows its own export; the record,
//! the copy and the write are one transaction, so a write that fails leaves no record.

use serde::Serialize;

use super::{to_file, FileOffer, FrontEnd, Request};
use crate::db::audit::{self, Action, Event};
use crate::{Error, Result};

pub use crate::db::audit::{ChainStatus, Entry};

/// Entries per page of the log view.
const PAGE: u32 = 100;

/// An entry, with its day and time in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryRow {
    #[serde(flatten)]
    entry: Entry,
    /// Day and time, local: « 27 novembre 2026 14:05 ».
    at_label: String,
}

/// A page of the log, newest first, and the state of the whole chain.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditPage {
    entries: Vec<EntryRow>,
    chain: ChainStatus,
}

/// The entries before entry `before` (the newest without it), and the chain's state.
pub fn page(req: &Request<'_>, before: Option<i64>) -> Result<AuditPage> {
    let (entries, chain) = req
        .vault()
        .read(|c| Ok((audit::list(c, PAGE, before)?, audit::verify(c)?)))?;
    let entries = entries
        .into_iter()
        .map(|entry| EntryRow {
            at_label: at_label(req, &entry.at),
            entry,
        })
        .collect();
    Ok(AuditPage { entries, chain })
}

fn at_label(req: &Request<'_>, at: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let local = t.with_timezone(&chrono::Local);
            format!("{} {}", req.day(local.date_naive()), local.format("%H:%M"))
        }
        Err(_) => at.to_string(),
    }
}

/// The dialog of an exported log; today's date goes into the suggested name.
pub fn file(req: &Request<'_>) -> FileOffer {
    FileOffer::dated(req, "audit-dialog-title", "audit-file-name", "json")
}

/// Records the export, then gives the whole log as a JSON document to `write`: if it fails,
/// the record is rolled back.
pub fn export(req: &Request<'_>, write: impl FnOnce(&[u8]) -> Result<()>) -> Result<()> {
    req.vault()
        .log_then(Event::new(Action::AuditExported, req.now), |tx| {
            let mut bytes = serde_json::to_vec_pretty(&audit::export(tx, req.now)?)
                .map_err(|_| Error::Internal("audit export serialisation"))?;
            bytes.push(b'\n');
            write(&bytes)
        })
}

/// [`export`] into the file the front end chooses; `false` if the worker cancelled.
pub fn save(req: &Request<'_>, front: &mut dyn FrontEnd) -> Result<bool> {
    req.require_unlocked()?;
    let Some(path) = front.save_to(&file(req)) else {
        return Ok(false);
    };
    export(req, to_file(&path))?;
    Ok(true)
}
