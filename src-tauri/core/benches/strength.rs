//! Passphrase strength benchmark: what the meter costs per keystroke, against zxcvbn alone (the
//! meter before issue 13) measured in the same run on the same inputs, and the one-time cost of
//! building the French lists' index (the first call). Results go in docs/benchmarks.md.
//!
//! Run: `CARGO_BUILD_JOBS=2 cargo bench -p passerelle-core --bench strength`

use std::hint::black_box;
use std::time::{Duration, Instant};

use passerelle_core::vault::strength::{self, generate};

/// What a worker types, keystroke by keystroke: every prefix of these.
const TYPED: [&str; 8] = [
    "Marseille2024!",
    "azerty2026!!",
    "okafor1998benin",
    "Refuge93Paris!",
    "lanterne violon marée cactus",
    "Le petit chat de ma voisine s'appelle Gribouille",
    "pivoine-orageux-lampadaire-47-cerise",
    "mdp-asso-lyon-2026",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let started = Instant::now();
    black_box(strength::assess("première frappe"));
    let first = started.elapsed();

    let mut inputs: Vec<String> = Vec::new();
    for phrase in TYPED {
        let chars: Vec<char> = phrase.chars().collect();
        inputs.extend((1..=chars.len()).map(|n| chars[..n].iter().collect()));
    }
    for _ in 0..200 {
        let phrase = generate::generate();
        let chars: Vec<char> = phrase.chars().collect();
        inputs.extend((1..=chars.len()).map(|n| chars[..n].iter().collect()));
    }

    // Interleaved, so that machine noise falls on both.
    let mut ours = Vec::with_capacity(inputs.len());
    let mut baseline = Vec::with_capacity(inputs.len());
    for input in &inputs {
        let t = Instant::now();
        black_box(zxcvbn::zxcvbn(black_box(input), &["passerelle"]));
        baseline.push(t.elapsed());
        let t = Instant::now();
        black_box(strength::assess(black_box(input)));
        ours.push(t.elapsed());
    }
    ours.sort();
    baseline.sort();
    let total = |v: &[Duration]| v.iter().sum::<Duration>();
    println!(
        "first call (builds the index of the French lists): {}",
        ms(first)
    );
    println!(
        "{} keystrokes (every prefix of 208 passphrases)",
        inputs.len()
    );
    println!("| per keystroke | zxcvbn alone (before) | assess (after) | after ÷ before |");
    println!("|---|---|---|---|");
    for (name, p) in [("median", 0.5), ("p99", 0.99), ("max", 1.0)] {
        let (b, o) = (percentile(&baseline, p), percentile(&ours, p));
        println!(
            "| {name} | {} | {} | {:.2}× |",
            ms(b),
            ms(o),
            o.as_secs_f64() / b.as_secs_f64()
        );
    }
    let (b, o) = (total(&baseline), total(&ours));
    println!(
        "| total | {} | {} | {:.2}× |",
        ms(b),
        ms(o),
        o.as_secs_f64() / b.as_secs_f64()
    );
}
