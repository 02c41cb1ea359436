//! Generation time and file size of each document, against a one-page letter measured in the
//! same run. `cargo bench -p passerelle-core --bench pdf`; results go into docs/benchmarks.md.
//!
//! Each document is first rendered once (which also parses the embedded fonts, once per process),
//! then rendered `RUNS` times; the median is reported, with the minimum and maximum. Building the
//! view (Fluent formatting) is timed apart from rendering (layout, drawing, font subsetting).

use std::time::{Duration, Instant};

use passerelle_core::pdf::{self, samples, ChecklistView, LetterView};

const RUNS: usize = 30;

struct Row {
    name: &'static str,
    pages: usize,
    bytes: usize,
    view: Duration,
    render: Vec<Duration>,
}

mod common;
use common::median;

fn measure<V>(name: &'static str, build: impl Fn() -> V, render: impl Fn(&V) -> Vec<u8>) -> Row {
    let views: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(build());
            t.elapsed()
        })
        .collect();
    let view = build();
    let bytes = render(&view);
    let render_times = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(render(&view));
            t.elapsed()
        })
        .collect();
    // Page objects are « /Type/Page »; the page tree is « /Type/Pages ».
    let pages = bytes
        .windows(11)
        .filter(|w| &w[..10] == b"/Type/Page" && w[10] != b's')
        .count();
    Row {
        name,
        pages,
        bytes: bytes.len(),
        view: median(views),
        render: render_times,
    }
}

fn one_page_letter() -> LetterView {
    let mut v = samples::letter_view();
    v.letter.paragraphs.truncate(2);
    v
}

fn main() {
    let cold = Instant::now();
    let first = pdf::render_letter(&one_page_letter()).expect("renders");
    let cold = cold.elapsed();
    std::hint::black_box(first);

    // The first Arabic and Chinese documents also parse their faces (once per process).
    let cold_ar = Instant::now();
    std::hint::black_box(pdf::render_checklist(&samples::checklist_view("ar")).expect("renders"));
    let cold_ar = cold_ar.elapsed();
    let cold_zh = Instant::now();
    std::hint::black_box(pdf::render_checklist(&samples::checklist_view("zh")).expect("renders"));
    let cold_zh = cold_zh.elapsed();

    let letter = |v: &LetterView| pdf::render_letter(v).expect("renders");
    let checklist = |v: &ChecklistView| pdf::render_checklist(v).expect("renders");
    let rows = vec![
        measure("cover letter, short (baseline)", one_page_letter, letter),
        measure("cover letter, first card", samples::letter_view, letter),
        measure(
            "cover letter, very long fields",
            samples::long_letter_view,
            letter,
        ),
        measure("support letter", samples::support_letter_view, |v| {
            pdf::render_support_letter(v).expect("renders")
        }),
        measure(
            "checklist fr + es",
            || samples::checklist_view("es"),
            checklist,
        ),
        measure(
            "checklist fr + ru",
            || samples::checklist_view("ru"),
            checklist,
        ),
        measure(
            "checklist fr + vi",
            || samples::checklist_view("vi"),
            checklist,
        ),
        measure(
            "consent record fr + uk",
            || samples::consent_view("uk"),
            |v| pdf::render_consent(v).expect("renders"),
        ),
        measure(
            "checklist fr + ar (shaped, right to left)",
            || samples::checklist_view("ar"),
            checklist,
        ),
        measure(
            "checklist fr + zh (CJK subset)",
            || samples::checklist_view("zh"),
            checklist,
        ),
        measure(
            "consent record fr + ar",
            || samples::consent_view("ar"),
            |v| pdf::render_consent(v).expect("renders"),
        ),
        measure(
            "consent record fr + zh",
            || samples::consent_view("zh"),
            |v| pdf::render_consent(v).expect("renders"),
        ),
    ];
    let base = &rows[0];
    let base_render = median(base.render.clone()).as_secs_f64();
    println!(
        "first render in the process (parses the fonts): {:.1} ms",
        cold.as_secs_f64() * 1e3
    );
    println!(
        "first Arabic checklist (parses the Arabic faces): {:.1} ms; first Chinese checklist \
         (parses the Chinese faces): {:.1} ms",
        cold_ar.as_secs_f64() * 1e3,
        cold_zh.as_secs_f64() * 1e3
    );
    println!();
    println!("| document | pages | size | size ratio | view | render (median) | render min–max | render ratio |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        let m = median(r.render.clone()).as_secs_f64();
        let min = r.render.iter().min().expect("runs").as_secs_f64();
        let max = r.render.iter().max().expect("runs").as_secs_f64();
        println!(
            "| {} | {} | {:.1} KB | {:.2} | {:.2} ms | {:.1} ms | {:.1}–{:.1} ms | {:.2} |",
            r.name,
            r.pages,
            r.bytes as f64 / 1000.0,
            r.bytes as f64 / base.bytes as f64,
            r.view.as_secs_f64() * 1e3,
            m * 1e3,
            min * 1e3,
            max * 1e3,
            m / base_render,
        );
    }
}
