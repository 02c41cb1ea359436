//! Slows down repeated failed unlocks, across restarts.
//!
//! The counter lives in a small plaintext file beside the key file (`unlock-attempts.json`: a count
//! and a time, nothing personal). An attempt is counted *before* the key derivation runs and
//! cleared only on success, so killing the app in the middle of a guess does not reset anything.
//! This is a speed bump for someone at the keyboard, and nothing more: whoever can delete or edit
//! this file (anyone with the laptop's disk) resets it, and with it the count of failures the
//! audit log records at the next unlock; whoever copied the key file guesses offline and never
//! meets it. Against both the defence is the Argon2id cost of each guess (`kdf`) and the
//! passphrase rule (`strength`), which is why the file has no integrity protection of its own
//! (docs/vault-operations.md, « The unlock throttle »).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Failed attempts allowed before any waiting.
pub const FREE_ATTEMPTS: u32 = 3;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Attempts {
    failures: u32,
    last_failure: Option<DateTime<Utc>>,
}

/// The persisted counter of failed unlocks.
#[derive(Debug, Clone)]
pub struct Throttle {
    path: PathBuf,
}

/// The wait imposed after `failures` consecutive failures.
pub fn delay_after(failures: u32) -> chrono::Duration {
    let secs = match failures {
        0..=FREE_ATTEMPTS => 0,
        4 => 5,
        5 => 15,
        6 => 30,
        7 => 60,
        _ => 300,
    };
    chrono::Duration::seconds(secs)
}

impl Throttle {
    /// The counter stored in `dir`.
    pub fn in_dir(dir: &Path) -> Self {
        Throttle {
            path: dir.join("unlock-attempts.json"),
        }
    }

    fn load(&self) -> Attempts {
        // A damaged counter must not lock anyone out of their cases: it reads as the worst
        // plausible state, the free attempts used up.
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or(Attempts {
                failures: FREE_ATTEMPTS,
                last_failure: None,
            }),
            Err(_) => Attempts::default(),
        }
    }

    fn store(&self, a: &Attempts) -> Result<()> {
        let bytes = serde_json::to_vec(a).map_err(|_| Error::Internal("attempts serialisation"))?;
        // What a write of this counter cut short left beside it (review, 2026-12-04, F29) goes
        // with the next write ([`crate::fsx::create_beside`]); it holds a count and a time.
        crate::fsx::write_atomically(&self.path, &bytes)
    }

    /// Number of consecutive failures recorded.
    pub fn failures(&self) -> u32 {
        self.load().failures
    }

    /// The failures recorded and the time of the last one (for the audit log, at the next
    /// successful unlock: the database cannot record them before).
    pub fn status(&self) -> (u32, Option<DateTime<Utc>>) {
        let a = self.load();
        (a.failures, a.last_failure)
    }

    /// Fails with [`Error::TooManyAttempts`] if a try now is too early; otherwise records a
    /// pending failure that [`Throttle::succeeded`] clears.
    pub fn begin_attempt(&self, now: DateTime<Utc>) -> Result<()> {
        let mut a = self.load();
        if a.last_failure.is_some_and(|last| last > now) {
            // A failure is never later than now: after the clock was set back (or with a time
            // written in the file by hand), a future time would lock the right passphrase out
            // until that time came back — decades, seen in issue 13. It is brought back to now,
            // and kept so, so the wait is the delay, once.
            a.last_failure = Some(now);
            self.store(&a)?;
        }
        if let Some(last) = a.last_failure {
            let allowed_at = last + delay_after(a.failures);
            if now < allowed_at {
                // Rounded up: « 4 s » when 4.4 s are left would be refused once more.
                let left = allowed_at - now;
                let whole = left.num_seconds();
                let wait = if left > chrono::TimeDelta::seconds(whole) {
                    whole + 1
                } else {
                    whole
                }
                .max(1) as u64;
                return Err(Error::TooManyAttempts {
                    retry_after_secs: wait,
                });
            }
        }
        a.failures = a.failures.saturating_add(1);
        a.last_failure = Some(now);
        self.store(&a)
    }

    /// Takes back the attempt [`Throttle::begin_attempt`] counted: the secret was right, and
    /// something else failed (a damaged database). The failures before it stay, for the audit
    /// log of the next unlock.
    pub fn not_a_failure(&self, failures: u32, last_failure: Option<DateTime<Utc>>) -> Result<()> {
        if failures == 0 {
            return self.succeeded();
        }
        self.store(&Attempts {
            failures,
            last_failure,
        })
    }

    /// Clears the counter after a successful unlock.
    pub fn succeeded(&self) -> Result<()> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Clock, FixedClock};

    /// A write of the counter cut short by a kill left `.unlock-attempts.json.RANDOM.tmp`: the
    /// next attempt removes it, and nothing else of the folder.
    #[test]
    fn a_write_cut_short_is_cleared_by_the_next_one() {
        let dir = tempfile::tempdir().unwrap();
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let written = |name: &str, bytes: &[u8], at: Option<std::time::SystemTime>| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            if let Some(at) = at {
                let file = std::fs::File::options().write(true).open(&path).unwrap();
                file.set_modified(at).unwrap();
            }
            path
        };
        let dead = written(
            ".unlock-attempts.json.0a1b2c3d4e5f.tmp",
            b"{\"failures\":1}",
            Some(an_hour_ago),
        );
        // Another program's write in progress (a folder that cannot be locked): left alone.
        let fresh = written(".unlock-attempts.json.0f1e2d3c4b5a.tmp", b"{", None);
        let other = written(
            ".passerelle.keys.0a1b2c3d4e5f.tmp",
            b"not the counter's",
            Some(an_hour_ago),
        );
        let t = Throttle::in_dir(dir.path());
        t.begin_attempt(noon()).unwrap();
        assert!(!dead.exists(), "the dead write is gone");
        assert!(fresh.exists(), "a write a moment old is left");
        assert!(other.exists(), "another file's is left alone");
        assert_eq!(t.failures(), 1);
    }

    fn noon() -> DateTime<Utc> {
        FixedClock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()).now()
    }

    /// Asserts that `attempt` was refused, to be tried again in `secs` seconds.
    fn assert_waits(attempt: Result<()>, secs: u64) {
        match attempt {
            Err(Error::TooManyAttempts { retry_after_secs }) => assert_eq!(retry_after_secs, secs),
            other => panic!("expected a wait of {secs} s, got {other:?}"),
        }
    }

    #[test]
    fn three_free_attempts_then_waits_that_grow() {
        let dir = tempfile::tempdir().unwrap();
        let t = Throttle::in_dir(dir.path());
        let t0 = noon();
        for _ in 0..FREE_ATTEMPTS {
            t.begin_attempt(t0).unwrap();
        }
        // Three failures cost nothing, so a fourth try comes at once; after it, the fifth waits.
        t.begin_attempt(t0).unwrap();
        assert_waits(t.begin_attempt(t0), 5);
        t.begin_attempt(t0 + chrono::Duration::seconds(6)).unwrap();
        let err = t
            .begin_attempt(t0 + chrono::Duration::seconds(7))
            .unwrap_err();
        assert!(matches!(err, Error::TooManyAttempts { .. }));
    }

    /// Review, 2026-12-04: 4.4 s left were said « 4 », and 0.4 s « Réessayez dans 1 secondes ».
    #[test]
    fn the_wait_is_rounded_up_and_said_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let t = Throttle::in_dir(dir.path());
        let t0 = noon();
        for _ in 0..=FREE_ATTEMPTS {
            t.begin_attempt(t0).unwrap();
        }
        let wait =
            |after_ms: i64| match t.begin_attempt(t0 + chrono::Duration::milliseconds(after_ms)) {
                Err(Error::TooManyAttempts { retry_after_secs }) => retry_after_secs,
                other => panic!("{other:?}"),
            };
        assert_eq!(wait(600), 5, "4.4 s left");
        assert_eq!(wait(4_600), 1, "0.4 s left");
        let l10n = crate::i18n::L10n::get();
        let said = |lang: &str, secs: &str| {
            l10n.format(lang, "error-too-many-attempts", &[("seconds", secs.into())])
        };
        assert!(
            said("fr", "1").ends_with("dans une seconde."),
            "{}",
            said("fr", "1")
        );
        assert!(
            said("fr", "5").ends_with("dans 5\u{a0}secondes."),
            "{}",
            said("fr", "5")
        );
        assert!(
            said("en", "1").ends_with("in one second."),
            "{}",
            said("en", "1")
        );
    }

    #[test]
    fn a_failure_dated_in_the_future_delays_by_the_delay_only() {
        let dir = tempfile::tempdir().unwrap();
        let t = Throttle::in_dir(dir.path());
        let now = Utc::now();
        // Failures recorded while the clock read thirty years ahead.
        let ahead = now + chrono::Duration::days(365 * 30);
        for _ in 0..=FREE_ATTEMPTS {
            t.begin_attempt(ahead).unwrap();
        }
        assert_waits(t.begin_attempt(now), 5);
        t.begin_attempt(now + delay_after(FREE_ATTEMPTS + 1))
            .expect("the right passphrase may be tried after the delay, not in thirty years");
    }

    #[test]
    fn the_counter_survives_a_new_instance_and_clears_on_success() {
        let dir = tempfile::tempdir().unwrap();
        let now = noon();
        for _ in 0..5 {
            let _ = Throttle::in_dir(dir.path()).begin_attempt(now);
        }
        let again = Throttle::in_dir(dir.path());
        assert!(
            again.failures() >= 4,
            "a restart must not reset the counter"
        );
        assert!(again.begin_attempt(now).is_err());
        again.succeeded().unwrap();
        assert_eq!(Throttle::in_dir(dir.path()).failures(), 0);
    }
}
