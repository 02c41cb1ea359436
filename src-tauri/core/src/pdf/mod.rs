//! The paper documents: the cover letter to the prefecture, the association's support letter, the
//! bilingual checklist and the bilingual consent record, as print-ready A4 PDFs.
//!
//! A pure pipeline, one step per file:
//! - [`view`]: facts → a view whose every string is final (localised, typeset);
//! - [`layout`]: view → pages of positioned lines and boxes (pure geometry, measured with the
//!   embedded fonts of [`fonts`]);
//! - `draw`: pages → PDF bytes, the only code that knows the PDF library.
//!
//! Rendering reads no clock and writes no file: the caller gets bytes and decides where they go
//! (a path chosen in a save dialog, standard output). The PDF's metadata is fixed and neutral,
//! its date is the document's own; [`default_file_name`] proposes names without personal data.

mod draw;
pub mod fonts;
pub mod layout;
pub mod samples;
pub mod typography;
pub mod view;

use chrono::NaiveDate;

use crate::i18n::L10n;
use crate::Result;

pub use draw::{NEUTRAL_TITLE, PRODUCER};
pub use view::{
    enclosures, Association, Bilingual, ChecklistEntry, ChecklistInput, ChecklistItem,
    ChecklistView, ConsentChoice, ConsentInput, ConsentView, Enclosure, FormalLetter, ItemStatus,
    KeyDate, KeyDateKind, LetterInput, LetterView, Office, OfficeKind, PostalAddress, References,
    Route, SupportInput, SupportLetterView, Title, DOCUMENT_KINDS,
};

/// Which document. Its ids (`letter`, `support-letter`, `checklist`, `consent`) are the CLI's
/// verbs and what the app's export commands receive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PdfKind {
    /// The cover letter to the prefecture.
    Letter,
    /// The association's support letter.
    SupportLetter,
    /// The bilingual checklist.
    Checklist,
    /// The bilingual consent record (notice, choices, signatures).
    Consent,
}

impl PdfKind {
    /// Every document, in the order a worker prints them.
    pub const ALL: [PdfKind; 4] = [
        PdfKind::Letter,
        PdfKind::SupportLetter,
        PdfKind::Checklist,
        PdfKind::Consent,
    ];

    /// The documents of the residence-permit application, which need the CESEDA to apply.
    pub const APPLICATION: [PdfKind; 3] =
        [PdfKind::Letter, PdfKind::SupportLetter, PdfKind::Checklist];

    /// Its id: `letter`, `support-letter`, `checklist` or `consent`.
    pub fn id(self) -> &'static str {
        match self {
            PdfKind::Letter => "letter",
            PdfKind::SupportLetter => "support-letter",
            PdfKind::Checklist => "checklist",
            PdfKind::Consent => "consent",
        }
    }

    /// The document with this id.
    pub fn from_id(id: &str) -> Option<PdfKind> {
        PdfKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// A file name to propose in the save dialog: the document's kind and date, never a name
/// (« courrier-prefecture-2026-11-26.pdf »).
pub fn default_file_name(kind: PdfKind, date: NaiveDate) -> String {
    let stem = match kind {
        PdfKind::Letter => "courrier-prefecture",
        PdfKind::SupportLetter => "lettre-soutien",
        PdfKind::Checklist => "liste-pieces",
        PdfKind::Consent => "accord-informations",
    };
    format!("{stem}-{}.pdf", date.format("%Y-%m-%d"))
}

fn page_label(lang: &str, page: usize, pages: usize) -> String {
    L10n::get().format(
        lang,
        "pdf-page",
        &[("page", page.to_string()), ("pages", pages.to_string())],
    )
}

fn bilingual_page_label(lang: &str, page: usize, pages: usize) -> Bilingual {
    Bilingual {
        fr: page_label(view::LETTER_LANGUAGE, page, pages),
        other: page_label(lang, page, pages),
    }
}

/// Renders the cover letter as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_letter(view: &LetterView) -> Result<Vec<u8>> {
    let pages = layout::letter(&view.letter, &|p, n| {
        page_label(view::LETTER_LANGUAGE, p, n)
    });
    draw::render(&pages, view.letter.date)
}

/// Renders the association's support letter as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_support_letter(view: &SupportLetterView) -> Result<Vec<u8>> {
    let pages = layout::letter(&view.letter, &|p, n| {
        page_label(view::LETTER_LANGUAGE, p, n)
    });
    draw::render(&pages, view.letter.date)
}

/// Renders the bilingual checklist as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_checklist(view: &ChecklistView) -> Result<Vec<u8>> {
    let pages = layout::checklist(view, &|p, n| bilingual_page_label(&view.lang, p, n));
    draw::render(&pages, view.date)
}

/// Renders the bilingual consent record as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_consent(view: &ConsentView) -> Result<Vec<u8>> {
    let pages = layout::consent(view, &|p, n| bilingual_page_label(&view.lang, p, n));
    draw::render(&pages, view.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_names_carry_the_kind_and_date_only() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(
            default_file_name(PdfKind::Letter, d),
            "courrier-prefecture-2026-11-26.pdf"
        );
        assert_eq!(
            default_file_name(PdfKind::SupportLetter, d),
            "lettre-soutien-2026-11-26.pdf"
        );
        assert_eq!(
            default_file_name(PdfKind::Checklist, d),
            "liste-pieces-2026-11-26.pdf"
        );
        assert_eq!(
            default_file_name(PdfKind::Consent, d),
            "accord-informations-2026-11-26.pdf"
        );
    }
}
