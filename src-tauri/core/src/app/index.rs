//! The derived index, brought up to date in the background.
//!
//! Every write stores what is derived from a case with the case itself (`db::cases`), so the
//! index is current as long as one build writes it. Rows computed by another build are recomputed
//! here: after an upgrade (the migration to schema 3 leaves provisional rows with the names only),
//! after restoring an older backup, with a new rule pack in use or new derivation rules
//! ([`crate::derived::Derivation`]: each row keeps the stamp of the rules and pack version that
//! computed it; a row whose stamp is not the one in use is stale). A day passing needs nothing:
//! no row depends on the day.
//!
//! The work goes in batches, one short transaction each, so that the app stays responsive and the
//! vault can lock in between; what the screens show meanwhile is the previous rows, never a
//! computation on the read path. The shell runs [`refresh`] on a thread of its own while the vault
//! is open and shows its progress; `passerelle-cli` runs it before it lists.

use serde::Serialize;

use super::Request;
use crate::db::{cases, index};
use crate::derived::Derivation;
use crate::Result;

/// Cases recomputed per transaction: a few tens of milliseconds of work.
const BATCH: u64 = 100;

/// How far a recomputation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IndexProgress {
    /// Cases recomputed so far.
    pub done: u64,
    /// Cases to recompute in all.
    pub total: u64,
}

/// True if and only if the vault is open and some cases' derived rows were computed by another
/// build (two empty index ranges when everything is current: cheap enough to ask every second).
pub fn pending(req: &Request<'_>) -> bool {
    req.vault()
        .read(|c| index::stale_count(c, &Derivation::in_use(c)?.stamp()))
        .is_ok_and(|stale| stale > 0)
}

/// Recomputes every stale row, a batch per transaction, telling `progress` after each; returns
/// how many cases were recomputed.
///
/// # Errors
/// [`crate::Error::Locked`] if the vault locks meanwhile (what is done stays done), and the
/// database's.
pub fn refresh(req: &Request<'_>, progress: impl FnMut(IndexProgress)) -> Result<u64> {
    let rules = req.vault().read(Derivation::in_use)?;
    refresh_with(req, &rules, progress)
}

/// [`refresh`] with `rules` instead of the derivation in use (tests: another rule pack).
#[doc(hidden)]
pub fn refresh_with(
    req: &Request<'_>,
    rules: &Derivation<'_>,
    mut progress: impl FnMut(IndexProgress),
) -> Result<u64> {
    let stamp = rules.stamp();
    let stamp = stamp.as_str();
    let total = req.vault().read(|c| index::stale_count(c, stamp))?;
    let mut done = 0;
    if total == 0 {
        return Ok(0);
    }
    progress(IndexProgress { done, total });
    loop {
        let batch = req.vault().write(|tx| {
            let ids = index::stale(tx, stamp, BATCH)?;
            for id in &ids {
                cases::reindex(tx, id, rules)?;
            }
            Ok(ids.len() as u64)
        })?;
        if batch == 0 {
            break;
        }
        done += batch;
        // Cases changed meanwhile were indexed by their own write: never report past the total.
        progress(IndexProgress {
            done: done.min(total),
            total,
        });
    }
    if done < total {
        progress(IndexProgress { done: total, total });
    }
    log::info!("derived index: {done} cases recomputed");
    Ok(done)
}
