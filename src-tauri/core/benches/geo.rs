//! Prefecture finder benchmark: dataset load time and memory, lookup latency (p50/p99) by
//! postcode, by exact name and by name prefix, against baselines measured in the same run (the
//! postcode lookup, and a linear scan over precomputed keys). Results go in docs/benchmarks.md.
//!
//! Run: `CARGO_BUILD_JOBS=2 cargo bench -p passerelle-core --bench geo`

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use passerelle_core::geo::{key, Geo};

/// Counts live heap bytes and their peak, to report what the loaded dataset costs.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const EMBEDDED: [&str; 5] = [
    include_str!("../../../assets/geo/communes.tsv"),
    include_str!("../../../assets/geo/departements.tsv"),
    include_str!("../../../assets/geo/arrondissements.tsv"),
    include_str!("../../../assets/geo/offices.tsv"),
    include_str!("../../../assets/geo/curated/competence.tsv"),
];

/// A small deterministic generator: the same queries in every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound
    }
}

struct Stats {
    p50: Duration,
    p99: Duration,
}

fn measure<Q>(queries: &[Q], mut run: impl FnMut(&Q) -> usize) -> Stats {
    // Warm-up pass, then one timed call per query.
    for q in queries.iter().take(500) {
        black_box(run(q));
    }
    let mut times: Vec<Duration> = queries
        .iter()
        .map(|q| {
            let t = Instant::now();
            black_box(run(black_box(q)));
            t.elapsed()
        })
        .collect();
    times.sort_unstable();
    Stats {
        p50: times[times.len() / 2],
        p99: times[times.len() * 99 / 100],
    }
}

fn ns(d: Duration) -> f64 {
    d.as_nanos() as f64
}

fn main() {
    let embedded: usize = EMBEDDED.iter().map(|f| f.len()).sum();

    // Load: fresh parses, none through the OnceLock.
    let mut loads = Vec::new();
    let mut retained = 0;
    let mut peak = 0;
    for _ in 0..15 {
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let t = Instant::now();
        let geo = Geo::load();
        loads.push(t.elapsed());
        retained = LIVE.load(Ordering::Relaxed) - before;
        peak = PEAK.load(Ordering::Relaxed) - before;
        drop(black_box(geo));
    }
    loads.sort_unstable();

    let geo = Geo::get();
    let mut rng = Lcg(0x5eed);
    let postcodes = geo.postcodes();
    let postcode_queries: Vec<&str> = (0..20_000)
        .map(|_| postcodes[rng.next(postcodes.len())])
        .collect();
    let communes = geo.communes();
    let names: Vec<&str> = (0..20_000)
        .map(|_| communes[rng.next(communes.len())].name)
        .collect();
    let prefixes: Vec<String> = (0..20_000)
        .map(|_| {
            let name = communes[rng.next(communes.len())].name;
            let len = 3 + rng.next(4);
            name.chars().take(len).collect()
        })
        .collect();
    // Baseline for prefixes: the same keys, scanned linearly.
    let keys: Vec<String> = communes.iter().map(|c| key::search_key(c.name)).collect();

    let by_postcode = measure(&postcode_queries, |q| geo.by_postcode(q).len());
    let by_name = measure(&names, |q| geo.by_name(q).len());
    let by_prefix = measure(&prefixes, |q| geo.complete(q, 10).len());
    let scan = measure(&prefixes[..2_000], |q| {
        let k = key::prefix_key(q);
        // Every match, as `complete` ranks them all before keeping 10.
        keys.iter()
            .filter(|key| key.starts_with(k.as_str()))
            .count()
    });
    let office = measure(&names, |q| {
        geo.by_name(q)
            .first()
            .and_then(|m| geo.office_for(m.commune.insee))
            .is_some() as usize
    });

    println!(
        "Prefecture finder benchmark ({} communes, {} postcodes)",
        communes.len(),
        postcodes.len()
    );
    println!("embedded data: {:.2} MB", embedded as f64 / 1e6);
    println!(
        "load (Geo::load, 15 runs): p50 {:.1} ms, max {:.1} ms; heap retained {:.2} MB, peak {:.2} MB",
        loads[loads.len() / 2].as_secs_f64() * 1e3,
        loads[loads.len() - 1].as_secs_f64() * 1e3,
        retained as f64 / 1e6,
        peak as f64 / 1e6
    );
    let row = |what: &str, s: &Stats| {
        println!(
            "{what:<40} p50 {:>9.0} ns   p99 {:>9.0} ns",
            ns(s.p50),
            ns(s.p99)
        )
    };
    row("by_postcode (baseline)", &by_postcode);
    row("by_name (exact, folded)", &by_name);
    row("complete (prefix 3-6 chars, limit 10)", &by_prefix);
    row("linear scan of prefix keys", &scan);
    row("by_name + office_for", &office);
    println!(
        "ratios (p50): by_name / by_postcode = {:.1}; complete / by_postcode = {:.1}; linear scan / complete = {:.1}",
        ns(by_name.p50) / ns(by_postcode.p50),
        ns(by_prefix.p50) / ns(by_postcode.p50),
        ns(scan.p50) / ns(by_prefix.p50)
    );
}
