//! Argon2id key derivation for keyslots and sealed files.
//!
//! Parameters are stored per slot (and per sealed file), so a store created on a fast machine
//! still opens on a slow one (it just takes longer) and a slot can be re-derived with stronger
//! parameters later. At creation they are calibrated on the machine: memory first, the largest of
//! 128, 256, 512 and 1024 MiB that fits a quarter of the available memory and an eighth of the
//! total, then passes, to land in the 0.5–1 s band; never below [`KdfParams::FLOOR`].
//!
//! A key file whose parameters are below the floor or absurdly high is refused as tampered: a
//! lowered cost would make a stolen file cheap to attack, a huge one would hang the app. A sealed
//! file (a backup, a hand-over bundle) comes from outside, so its cost is also capped by
//! [`KdfParams::MAX_FILE_WORK`], the most a calibration ever chooses.
//!
//! The Argon2 working memory is allocated here, so that a machine without enough free memory gets
//! an error instead of an abort, and wiped after use: its last block is a preimage of the key.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Block, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::{Error, Result};

/// Argon2id cost parameters, as stored in a keyslot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KdfParams {
    /// Memory cost in KiB.
    pub mem_kib: u32,
    /// Number of passes.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

/// The unlock time calibration aims at: inside the 0.5–1 s band the foundation issue sets.
pub const TARGET: Duration = Duration::from_millis(700);

/// The acceptable band around [`TARGET`].
const BAND: (Duration, Duration) = (Duration::from_millis(500), Duration::from_millis(1000));

/// Memory sizes calibration may choose, in MiB, largest first.
const CALIBRATION_MIB: [u32; 4] = [1024, 512, 256, 128];

impl KdfParams {
    /// The weakest parameters ever accepted: 64 MiB, 2 passes (above OWASP's 2023 minimum of
    /// 19 MiB × 2 for Argon2id). Calibration gives it only to a machine too slow for 128 MiB × 2
    /// within a second.
    pub const FLOOR: KdfParams = KdfParams {
        mem_kib: 64 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// The strongest parameters accepted from a key file (4 GiB or 64 passes would lock the app
    /// up).
    pub const CEILING: KdfParams = KdfParams {
        mem_kib: 1024 * 1024,
        iterations: 64,
        parallelism: 8,
    };

    /// The most work (memory in KiB × passes) a calibration chooses, and so the most a sealed
    /// file may ask for: 1 GiB × 4 passes, or 128 MiB × 32. A crafted backup asking for
    /// 1 GiB × 64 passes took 58 s before « wrong passphrase » (issue 13); at this cap the
    /// slowest machine measured here (0.4 s per pass of 128 MiB, under load) needs about 13 s.
    pub const MAX_FILE_WORK: u64 = 4 * 1024 * 1024;

    /// True if and only if these parameters are within the floor and the ceiling.
    pub fn is_acceptable(&self) -> bool {
        (Self::FLOOR.mem_kib..=Self::CEILING.mem_kib).contains(&self.mem_kib)
            && (Self::FLOOR.iterations..=Self::CEILING.iterations).contains(&self.iterations)
            && (Self::FLOOR.parallelism..=Self::CEILING.parallelism).contains(&self.parallelism)
    }

    /// True if and only if a sealed file may ask for these parameters: acceptable, and no more
    /// work than [`KdfParams::MAX_FILE_WORK`].
    pub fn fits_a_file(&self) -> bool {
        self.is_acceptable() && self.work() <= Self::MAX_FILE_WORK
    }

    fn work(&self) -> u64 {
        u64::from(self.mem_kib) * u64::from(self.iterations)
    }

    /// Measures this machine and returns parameters that take about [`TARGET`] to derive,
    /// with as much memory as the machine can spare, never below the floor.
    ///
    /// One pass at 128 MiB gives the machine's speed; the largest memory that fits the budget
    /// and whose two passes should stay under a second is then measured, halved while too slow,
    /// and its passes adjusted until the time lands in the 0.5–1 s band.
    ///
    /// In debug builds only, `PASSERELLE_TEST_KDF_FLOOR=1` returns the floor without measuring: the
    /// CLI and end-to-end tests create many stores, and each calibration costs seconds of Argon2
    /// (then every unlock pays the calibrated cost again). The floor is still a valid, accepted
    /// cost. Release builds do not contain this code: they always measure.
    pub fn calibrate() -> Result<KdfParams> {
        #[cfg(debug_assertions)]
        if floor_requested(std::env::var_os(TEST_FLOOR_VAR).as_deref()) {
            return Ok(Self::FLOOR);
        }
        Self::calibrate_within(memory_budget())
    }

    /// The measurement behind [`KdfParams::calibrate`], for a memory budget in bytes (`None`:
    /// unknown, 128 MiB).
    fn calibrate_within(budget_bytes: Option<u64>) -> Result<KdfParams> {
        const MIB: u64 = 1024 * 1024;
        let budget = budget_bytes.unwrap_or(128 * MIB);
        let smallest = CALIBRATION_MIB[CALIBRATION_MIB.len() - 1];
        let per_pass_128 = time_derivation(&KdfParams {
            mem_kib: smallest * 1024,
            iterations: 1,
            parallelism: 1,
        })?;
        let seconds_per_mib_pass = per_pass_128.as_secs_f64() / f64::from(smallest);
        let mib = CALIBRATION_MIB
            .into_iter()
            .filter(|&m| u64::from(m) * MIB <= budget)
            .find(|&m| seconds_per_mib_pass * f64::from(m) * 2.0 <= BAND.1.as_secs_f64())
            .unwrap_or(smallest);
        let mut params = KdfParams {
            mem_kib: mib * 1024,
            iterations: Self::FLOOR.iterations,
            parallelism: 1,
        };
        for _ in 0..6 {
            let took = time_derivation(&params)?;
            if took >= BAND.0 && took <= BAND.1 {
                break;
            }
            if took > BAND.1 && params.iterations == Self::FLOOR.iterations {
                if params.mem_kib > smallest * 1024 {
                    params.mem_kib /= 2;
                    continue;
                }
                // A slow machine: the floor's passes at 128 MiB are already too slow.
                return Ok(Self::FLOOR);
            }
            let most = u32::try_from(Self::MAX_FILE_WORK / u64::from(params.mem_kib))
                .unwrap_or(u32::MAX)
                .min(Self::CEILING.iterations);
            let scaled =
                f64::from(params.iterations) * TARGET.as_secs_f64() / took.as_secs_f64().max(1e-3);
            let next = (scaled.round() as u32).clamp(Self::FLOOR.iterations, most);
            if next == params.iterations {
                break;
            }
            params.iterations = next;
        }
        Ok(params)
    }
}

/// Debug builds only: set to `1`, [`KdfParams::calibrate`] returns [`KdfParams::FLOOR`] at once.
#[cfg(debug_assertions)]
const TEST_FLOOR_VAR: &str = "PASSERELLE_TEST_KDF_FLOOR";

#[cfg(debug_assertions)]
fn floor_requested(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| v == "1")
}

fn time_derivation(params: &KdfParams) -> Result<Duration> {
    let start = Instant::now();
    argon2id(b"calibration", &[0u8; 16], params)?;
    Ok(start.elapsed())
}

/// Derives a 256-bit key-encryption key from `secret` and `salt`.
pub fn derive(secret: &[u8], salt: &[u8], params: &KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    if !params.is_acceptable() {
        return Err(Error::KeyFileTampered);
    }
    argon2id(secret, salt, params)
}

fn argon2id(secret: &[u8], salt: &[u8], params: &KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    let argon_params = Params::new(
        params.mem_kib,
        params.iterations,
        params.parallelism,
        Some(32),
    )
    .map_err(|_| Error::KeyFileDamaged("kdf parameters"))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params.clone());
    // Allocated here rather than by `hash_password_into`, whose `vec!` aborts the process when
    // the memory is not there (a 1 GiB store opened on a small machine).
    let mut blocks: Vec<Block> = Vec::new();
    blocks
        .try_reserve_exact(argon_params.block_count())
        .map_err(|_| Error::KdfOutOfMemory {
            mib: params.mem_kib / 1024,
        })?;
    blocks.resize(argon_params.block_count(), Block::default());
    let mut out = Zeroizing::new([0u8; 32]);
    let hashed = argon.hash_password_into_with_memory(secret, salt, out.as_mut(), &mut blocks);
    blocks.iter_mut().for_each(Zeroize::zeroize);
    hashed.map_err(|_| Error::KeyFileDamaged("kdf input"))?;
    Ok(out)
}

/// Physical memory (available, total) in bytes, when the operating system says.
#[cfg(target_os = "linux")]
fn physical_memory() -> Option<(u64, u64)> {
    // MemAvailable (Linux 3.14+) counts the page cache the kernel can reclaim; sysinfo(2)'s
    // freeram does not, and would read a few GiB on a machine with twenty free.
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let bytes = |name: &str| -> Option<u64> {
        let kib: u64 = text
            .lines()
            .find_map(|l| l.strip_prefix(name))?
            .split_whitespace()
            .next()?
            .parse()
            .ok()?;
        kib.checked_mul(1024)
    };
    Some((bytes("MemAvailable:")?, bytes("MemTotal:")?))
}

/// Physical memory (available, total) in bytes, when the operating system says.
#[cfg(windows)]
fn physical_memory() -> Option<(u64, u64)> {
    use windows_sys::Win32::System::SystemInformation::{GlobalMemoryStatusEx, MEMORYSTATUSEX};
    // SAFETY: MEMORYSTATUSEX is plain data; all zeroes is a valid value.
    let mut status: MEMORYSTATUSEX = unsafe { std::mem::zeroed() };
    status.dwLength = std::mem::size_of::<MEMORYSTATUSEX>() as u32;
    // SAFETY: `status` is a MEMORYSTATUSEX with `dwLength` set, as the function requires.
    if unsafe { GlobalMemoryStatusEx(&mut status) } == 0 {
        return None;
    }
    Some((status.ullAvailPhys, status.ullTotalPhys))
}

/// Physical memory (available, total) in bytes, when the operating system says.
#[cfg(not(any(target_os = "linux", windows)))]
fn physical_memory() -> Option<(u64, u64)> {
    None
}

/// What the key derivation may take: a quarter of the available memory and an eighth of the
/// total (other programs run, and a laptop may swap).
fn memory_budget() -> Option<u64> {
    physical_memory().map(|(available, total)| (available / 4).min(total / 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_is_acceptable_and_below_floor_is_not() {
        assert!(KdfParams::FLOOR.is_acceptable());
        let weak = KdfParams {
            mem_kib: 1024,
            ..KdfParams::FLOOR
        };
        assert!(
            !weak.is_acceptable(),
            "1 MiB must be refused: it makes a stolen file cheap"
        );
        assert!(matches!(
            derive(b"x", &[0; 16], &weak),
            Err(Error::KeyFileTampered)
        ));
    }

    #[test]
    fn derivation_depends_on_secret_and_salt() {
        let a = derive(b"one", &[1; 16], &KdfParams::FLOOR).unwrap();
        let b = derive(b"two", &[1; 16], &KdfParams::FLOOR).unwrap();
        let c = derive(b"one", &[2; 16], &KdfParams::FLOOR).unwrap();
        let a2 = derive(b"one", &[1; 16], &KdfParams::FLOOR).unwrap();
        assert_eq!(*a, *a2, "same input, same key");
        assert_ne!(*a, *b);
        assert_ne!(*a, *c);
    }

    #[test]
    fn calibration_never_goes_below_the_floor_nor_above_what_a_file_may_ask() {
        // The measurement itself: `scripts/test.sh` sets the test switch for the whole run.
        let p = KdfParams::calibrate_within(memory_budget()).unwrap();
        assert!(p.is_acceptable());
        assert!(
            p.mem_kib >= KdfParams::FLOOR.mem_kib && p.iterations >= KdfParams::FLOOR.iterations
        );
        assert!(p.fits_a_file(), "a backup sealed with {p:?} must open");
        assert!(p.mem_kib <= 1024 * 1024);
    }

    #[test]
    fn calibration_stays_within_the_memory_budget() {
        let p = KdfParams::calibrate_within(Some(200 << 20)).unwrap();
        assert!(p.mem_kib <= 128 * 1024, "{p:?}");
        let unknown = KdfParams::calibrate_within(None).unwrap();
        assert!(unknown.mem_kib <= 128 * 1024, "{unknown:?}");
    }

    #[test]
    fn a_file_may_not_ask_for_more_work_than_a_calibration_gives() {
        let crafted = KdfParams {
            mem_kib: 1024 * 1024,
            iterations: 64,
            parallelism: 1,
        };
        assert!(crafted.is_acceptable() && !crafted.fits_a_file());
        for params in [
            KdfParams::FLOOR,
            KdfParams {
                mem_kib: 1024 * 1024,
                iterations: 4,
                parallelism: 1,
            },
            KdfParams {
                mem_kib: 128 * 1024,
                iterations: 32,
                parallelism: 1,
            },
        ] {
            assert!(params.fits_a_file(), "{params:?}");
        }
    }

    /// The key is the one `argon2` computes with its own memory: every store created before the
    /// memory was allocated here still opens.
    #[test]
    fn the_key_is_argon2s_own() {
        let params = KdfParams::FLOOR;
        let mut expected = [0u8; 32];
        Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(params.mem_kib, params.iterations, 1, Some(32)).unwrap(),
        )
        .hash_password_into(b"secret", &[9; 16], &mut expected)
        .unwrap();
        assert_eq!(*derive(b"secret", &[9; 16], &params).unwrap(), expected);
    }

    /// Without the memory a store asks for, unlocking fails with an error instead of aborting the
    /// process. Runs in a child process whose address space is limited to 256 MiB.
    #[cfg(target_os = "linux")]
    #[test]
    fn too_little_memory_is_an_error_not_an_abort() {
        const CHILD: &str = "PASSERELLE_KDF_OOM_CHILD";
        if std::env::var_os(CHILD).is_some() {
            let limit = libc::rlimit {
                rlim_cur: 256 << 20,
                rlim_max: 256 << 20,
            };
            // SAFETY: setrlimit with a valid rlimit; this process only runs this test.
            assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) }, 0);
            let big = KdfParams {
                mem_kib: 1024 * 1024,
                iterations: 2,
                parallelism: 1,
            };
            let err = derive(b"secret", &[9; 16], &big).unwrap_err();
            assert!(
                matches!(err, Error::KdfOutOfMemory { mib: 1024 }),
                "{err:?}"
            );
            return;
        }
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "vault::kdf::tests::too_little_memory_is_an_error_not_an_abort",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "child: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"));
    }

    #[cfg(debug_assertions)]
    #[test]
    fn only_an_explicit_1_asks_for_the_floor() {
        assert!(floor_requested(Some("1".as_ref())));
        for other in [None, Some(""), Some("0"), Some("true"), Some(" 1")] {
            assert!(!floor_requested(other.map(AsRef::as_ref)), "{other:?}");
        }
    }
}
