//! Reading generated PDFs back: with printpdf's own parser (text, page sizes, fonts, metadata)
//! and, where a second opinion matters, with poppler's command-line tools (installed by
//! `scripts/setup.sh`).

#![allow(dead_code)]

use std::process::Command;

use printpdf::{PdfDocument, PdfParseOptions};

/// A parsed PDF and its text, page by page.
pub struct Parsed {
    pub doc: PdfDocument,
    /// Each page's text runs joined by newlines, no-break spaces turned into plain spaces.
    pub pages: Vec<String>,
}

impl Parsed {
    /// All pages' text, joined.
    pub fn text(&self) -> String {
        self.pages.join("\n")
    }

    /// All pages' text with line breaks turned into spaces, for phrases that may wrap.
    pub fn flat(&self) -> String {
        self.text().split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Parses `bytes`; panics if printpdf cannot read them back.
pub fn parse(bytes: &[u8]) -> Parsed {
    let mut warnings = Vec::new();
    let doc = PdfDocument::parse(
        bytes,
        &PdfParseOptions {
            fail_on_error: true,
        },
        &mut warnings,
    )
    .expect("the PDF parses back");
    let mut pages: Vec<String> = doc
        .extract_text()
        .into_iter()
        .map(|runs| runs.join("\n").replace(['\u{a0}', '\u{202f}'], " "))
        .collect();
    if pages.iter().any(|p| p.chars().any(is_arabic)) {
        pages = logical_pages(bytes);
    }
    Parsed { doc, pages }
}

fn is_arabic(c: char) -> bool {
    ('\u{600}'..='\u{6ff}').contains(&c)
}

/// The pages' text in logical order, as poppler reads it: printpdf's extraction gives a
/// right-to-left line's glyphs in the order they are drawn (visual order), poppler reorders them
/// the way a reader copies them. Poppler's embedding marks around a right-to-left line are dropped.
fn logical_pages(bytes: &[u8]) -> Vec<String> {
    let text = poppler("pdftotext", &[], bytes);
    let mut pages: Vec<String> = text
        .split('\u{c}')
        .map(|p| {
            p.replace(['\u{202a}', '\u{202b}', '\u{202c}'], "")
                .replace(['\u{a0}', '\u{202f}'], " ")
        })
        .collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Checks what every document must satisfy: A4 pages, embedded fonts, neutral metadata, no bidi
/// isolation marks, no Fluent id or unresolved variable left in the text.
pub fn assert_well_formed(what: &str, bytes: &[u8]) -> Parsed {
    assert!(bytes.starts_with(b"%PDF-"), "{what}: a PDF file");
    let parsed = parse(bytes);
    assert!(!parsed.pages.is_empty(), "{what}: at least one page");
    for (i, page) in parsed.doc.pages.iter().enumerate() {
        let (w, h) = (page.media_box.width.0, page.media_box.height.0);
        assert!(
            (w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5,
            "{what} page {}: A4, not {w}×{h} pt",
            i + 1
        );
    }
    let text = parsed.text();
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "{what}: Fluent isolation marks leaked into the text"
    );
    for marker in ["{$", "letter-", "support-", "pdf-"] {
        assert!(
            !text.contains(marker),
            "{what}: a missing message or variable ({marker}) shows in the text"
        );
    }
    assert!(
        !parsed.doc.resources.fonts.map.is_empty(),
        "{what}: fonts are embedded, not referenced"
    );
    for font in parsed.doc.resources.fonts.map.values() {
        let size = font
            .parsed_font
            .source_bytes()
            .map(|b| b.len())
            .unwrap_or(0);
        assert!(
            size > 1000,
            "{what}: an embedded font program is empty ({size} bytes)"
        );
    }
    let info = &parsed.doc.metadata.info;
    assert_eq!(
        info.document_title,
        passerelle_core::pdf::NEUTRAL_TITLE,
        "{what}: neutral title"
    );
    assert!(
        info.author.is_empty() && info.subject.is_empty() && info.keywords.is_empty(),
        "{what}: no author, subject or keywords"
    );
    assert!(
        !bytes.windows(9).any(|w| w == b"x:xmpmeta"),
        "{what}: no XMP packet"
    );
    parsed
}

/// True if and only if no metadata field of the document mentions `needle` (case-insensitive).
pub fn metadata_mentions(parsed: &Parsed, needle: &str) -> bool {
    let info = &parsed.doc.metadata.info;
    let needle = needle.to_lowercase();
    [
        &info.document_title,
        &info.author,
        &info.subject,
        &info.creator,
        &info.producer,
        &info.identifier,
    ]
    .iter()
    .map(|s| s.to_lowercase())
    .chain(info.keywords.iter().map(|k| k.to_lowercase()))
    .any(|s| s.contains(&needle))
}

/// Runs a poppler tool (`pdffonts`, `pdfinfo`, `pdftotext`) on `bytes`, returns what it prints.
/// `pdftotext` is told to print to standard output.
pub fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).expect("write the PDF for poppler");
    let out = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[] })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} runs (poppler-utils is installed by scripts/setup.sh): {e}")
        });
    assert!(
        out.status.success(),
        "{tool} accepts the PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// True if and only if `words` show in `flat`: as one phrase (for Chinese, whatever line breaks
/// fall inside it), or, for Arabic, each word on its own. Poppler gives a line that mixes Arabic with a Latin name, a date or an Arabic comma as
/// chunks in drawing order; the reading order of Arabic is checked on whole Arabic lines
/// (`pdf_rtl`).
pub fn shows(flat: &str, words: &str) -> bool {
    if flat.contains(words) {
        return true;
    }
    if words
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        // Chinese has no spaces: a line break inside a phrase reads as one in `flat`.
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        return squeeze(flat).contains(&squeeze(words));
    }
    words.chars().any(is_arabic)
        && words
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .all(|w| flat.contains(w))
}
