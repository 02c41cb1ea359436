//! Timing helpers the benchmarks share (a folder, not a file of `benches/`: not a target itself).
//! Each benchmark uses some of them: the others are not dead code.
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// `d` in milliseconds.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The median of `times`.
pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The median time of `runs` calls of `f`.
pub fn median_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}
