//! Argon2id key derivation for keyslots.
//!
//! Parameters are stored per slot, so a store created on a fast machine still opens on a slow one
//! (it just takes longer) and a slot can be re-derived with stronger parameters later. At creation
//! they are calibrated to about 0.7 s on the machine, and never below [`KdfParams::FLOOR`]. A key
//! file whose parameters are below the floor or absurdly high is refused as tampered: a lowered
//! cost would make a stolen file cheap to attack, a huge one would hang the app.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

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

impl KdfParams {
    /// The weakest parameters ever accepted: 64 MiB, 2 passes (above OWASP's 2023 minimum of
    /// 19 MiB × 2 for Argon2id).
    pub const FLOOR: KdfParams = KdfParams {
        mem_kib: 64 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// The strongest parameters accepted from a file (4 GiB or 64 passes would lock the app up).
    pub const CEILING: KdfParams = KdfParams {
        mem_kib: 1024 * 1024,
        iterations: 64,
        parallelism: 8,
    };

    /// Memory used by calibrated parameters: 128 MiB, affordable on a 4 GiB association laptop.
    const CALIBRATION_MEM_KIB: u32 = 128 * 1024;

    /// True if and only if these parameters are within the floor and the ceiling.
    pub fn is_acceptable(&self) -> bool {
        (Self::FLOOR.mem_kib..=Self::CEILING.mem_kib).contains(&self.mem_kib)
            && (Self::FLOOR.iterations..=Self::CEILING.iterations).contains(&self.iterations)
            && (Self::FLOOR.parallelism..=Self::CEILING.parallelism).contains(&self.parallelism)
    }

    /// Measures this machine and returns parameters that take about [`TARGET`] to derive,
    /// never below the floor.
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
        Self::measure()
    }

    /// The measurement behind [`KdfParams::calibrate`].
    ///
    /// The cost of Argon2 is not linear in the number of passes (the first pass also pays for
    /// allocating and touching the memory), so the estimate is measured and corrected a few
    /// times until it lands in the 0.5–1 s band.
    fn measure() -> Result<KdfParams> {
        let mut params = KdfParams {
            mem_kib: Self::CALIBRATION_MEM_KIB,
            iterations: Self::FLOOR.iterations,
            parallelism: 1,
        };
        for _ in 0..4 {
            let took = time_derivation(&params)?;
            if took >= BAND.0 && took <= BAND.1 {
                break;
            }
            if took > BAND.1 && params.iterations == Self::FLOOR.iterations {
                // A slow machine: the floor's passes at 128 MiB are already too slow.
                return Ok(Self::FLOOR);
            }
            let scaled =
                f64::from(params.iterations) * TARGET.as_secs_f64() / took.as_secs_f64().max(1e-3);
            let next =
                (scaled.round() as u32).clamp(Self::FLOOR.iterations, Self::CEILING.iterations);
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

/// The acceptable band around [`TARGET`].
const BAND: (Duration, Duration) = (Duration::from_millis(500), Duration::from_millis(1000));

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
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|_| Error::KeyFileDamaged("kdf input"))?;
    Ok(out)
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
    fn calibration_never_goes_below_the_floor() {
        // The measurement itself: `scripts/test.sh` sets the test switch for the whole run.
        let p = KdfParams::measure().unwrap();
        assert!(p.is_acceptable());
        assert!(
            p.mem_kib >= KdfParams::FLOOR.mem_kib && p.iterations >= KdfParams::FLOOR.iterations
        );
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
