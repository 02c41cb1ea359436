//! The idle lock: after N minutes without input, the vault locks itself and the UI is told.
//!
//! Rust owns the timer, not the page: a page that hangs or a webview that stops running scripts
//! cannot keep the vault open.
//!
//! End-to-end tests cannot wait minutes. In debug builds only, `PASSERELLE_TEST_IDLE_MINUTE_SECS`
//! (a whole number of seconds) sets how long one minute of the delay lasts. Release builds do not
//! contain this code: a minute is a minute.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::AppState;

/// Event sent to the UI by the idle lock, its payload the phase. `locking`: the idle delay is up,
/// the page saves what it holds, as at a lock the worker asks for (a note being written is added
/// to the case), then asks for the lock (`session_idle_lock`; keyboard review, 2026-12-06: a note
/// typed and not added was lost at the idle lock, kept at Ctrl+L). `locked`: the vault locked on
/// its own. One event, so one `listen` on each fresh page (its budget of calls,
/// tests/e2e/tests/ipc_calls.rs).
pub const IDLE_EVENT: &str = "vault-idle";

/// How often the timer looks.
const TICK: Duration = Duration::from_secs(2);

/// How long a page is given to save before the vault locks without it: a page that hangs cannot
/// keep the vault open.
const GRACE: Duration = Duration::from_secs(10);

/// The idle lock is due and not yet done: taken once, by the page's call or by the timer at the
/// end of the grace, whichever comes first.
static DUE: AtomicBool = AtomicBool::new(false);

pub fn watch(app: AppHandle) {
    let minute = minute();
    std::thread::Builder::new()
        .name("idle-lock".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            let state = app.state::<AppState>();
            let Some(minutes) = state.app.idle_lock_minutes() else {
                continue;
            };
            if state.idle_for() >= minute * minutes {
                DUE.store(true, Ordering::SeqCst);
                let _ = app.emit(IDLE_EVENT, "locking");
                let given_up = Instant::now() + GRACE;
                while DUE.load(Ordering::SeqCst) && Instant::now() < given_up {
                    std::thread::sleep(Duration::from_millis(100));
                }
                if take_due() {
                    log::info!("idle lock: the page did not answer, locked without it");
                    lock(&app, false);
                }
                if !state.app.is_unlocked() {
                    log::info!("vault locked after {minutes} min idle");
                }
            }
        })
        .expect("BUG: a thread can be spawned at start-up");
}

/// True once, when the idle lock is due and nobody has done it yet.
pub fn take_due() -> bool {
    DUE.swap(false, Ordering::SeqCst)
}

/// A lock or an unlock the worker asked for while the idle lock was due: it is no longer (code
/// review, 2026-12-06: the quick lock's clock, drawn during the page's save, was replaced by the
/// unlock screen when the timer locked again; a vault unlocked within the grace was locked).
/// Counted too ([`WORKER_LOCKS`]): an idle lock that began before it leaves her the page.
pub fn forget_due() {
    DUE.store(false, Ordering::SeqCst);
    WORKER_LOCKS.fetch_add(1, Ordering::SeqCst);
}

/// How many locks and unlocks the worker asked for. The idle lock reads it before it locks and
/// acts on the page only if it has not moved: a quick lock in the same instant keeps her neutral
/// clock, whichever of the two closed the session (review, 2026-12-06).
static WORKER_LOCKS: AtomicU64 = AtomicU64::new(0);

/// Locks the vault for the idle delay and throws the page away; `unsaved` when the page could
/// not save what it held (the unlock screen then says so). Nothing when it is locked already.
pub fn lock<R: Runtime>(app: &AppHandle<R>, unsaved: bool) {
    let state = app.state::<AppState>();
    let worker = WORKER_LOCKS.load(Ordering::SeqCst);
    // Locked already: a lock now would cut short an unlock under way. Locked by the worker
    // meanwhile (her quick lock's clock on screen): hers acts on the page, not this one (the
    // unlock screen would name the app).
    if !state.app.is_unlocked() || !state.app.lock() {
        return;
    }
    let _ = app.emit(IDLE_EVENT, "locked");
    if WORKER_LOCKS.load(Ordering::SeqCst) != worker {
        return;
    }
    after_idle_lock(app, unsaved, || state.app.neutral_title());
}

/// Throws the page away after the idle lock (`fresh_page`). During an interview or its review
/// the person may be in front of the screen: the fresh page shows the quick lock's neutral screen
/// (`neutral-idle`: leaving it says the vault locked itself), and the window takes the neutral
/// title (`neutral_title`), as after a quick lock; elsewhere, the unlock screen (`locked-idle`).
/// Rust decides, from the address of the page it throws away: that page may never hear of the
/// lock (on Linux its process ends first).
fn after_idle_lock<R: Runtime>(
    app: &AppHandle<R>,
    unsaved: bool,
    neutral_title: impl FnOnce() -> String,
) {
    let window = app.get_webview_window("main");
    let interviewing = window
        .as_ref()
        .and_then(|window| window.url().ok())
        .is_some_and(|url| url.fragment().is_some_and(interview_on_screen));
    if let (true, Some(window)) = (interviewing, &window) {
        let _ = window.set_title(&neutral_title());
    }
    // What the page dropped is said too, as after a lock the worker asks for.
    let after = match (interviewing, unsaved) {
        (true, false) => "neutral-idle",
        (false, false) => "locked-idle",
        (true, true) => "neutral-idle-unsaved",
        (false, true) => "locked-idle-unsaved",
    };
    crate::fresh_page::main_after_lock(app, after);
}

/// True when the page's route (`#/case/ID/interview…`, `#/case/ID/review`) shows an interview or
/// its review, read as ui/js/views/shell.js `route()` reads it: an optional leading `/`, a query
/// after `?`, empty parts skipped.
fn interview_on_screen(fragment: &str) -> bool {
    let path = fragment.split('?').next().unwrap_or_default();
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    parts.next() == Some("case")
        && parts.next().is_some()
        && matches!(parts.next(), Some("interview" | "review"))
}

/// One minute of the idle-lock delay.
fn minute() -> Duration {
    #[cfg(debug_assertions)]
    if let Some(secs) = std::env::var("PASSERELLE_TEST_IDLE_MINUTE_SECS")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .filter(|&s| s > 0)
    {
        log::info!("idle lock: one minute lasts {secs} s (test setting)");
        return Duration::from_secs(u64::from(secs));
    }
    Duration::from_secs(60)
}

#[cfg(test)]
mod tests {
    use super::interview_on_screen;

    #[test]
    fn the_interview_and_its_review_are_told_from_the_other_pages() {
        for on in [
            "/case/3f2a/interview",
            "/case/3f2a/interview/consent",
            "/case/3f2a/interview/7",
            "/case/3f2a/review",
            "/case/3f2a/review?focus=q-person-name",
            "case/3f2a/interview",
        ] {
            assert!(interview_on_screen(on), "{on}");
        }
        for off in [
            "",
            "/dashboard",
            "/cases",
            "/case/3f2a",
            "/case/3f2a/followup",
            "/case/interview",
            "/settings/interview",
            "/cases?q=interview",
        ] {
            assert!(!interview_on_screen(off), "{off}");
        }
    }
}
