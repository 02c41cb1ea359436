//! The paper documents: the cover letter to the prefecture, the association's support letter, the
//! bilingual checklist and the bilingual consent record, as print-ready A4 PDFs.
//!
//! A pure pipeline, one step per module, each split by document (cover letter, support letter,
//! checklist, consent record):
//! - [`view`]: facts (the case, the legal core's answers, the prefecture finder's office, the
//!   association) → a view whose every string is final (localised, typeset);
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
pub mod shaping;
pub mod typography;
pub mod view;

use chrono::NaiveDate;

use crate::i18n::L10n;
use crate::model::printed::PrintedDocument;
use crate::Result;

pub use draw::{NEUTRAL_TITLE, PRODUCER};
pub use view::activity_report::{cell_text, ActivityReportView, ReportTableView};
pub use view::checklist::{ChecklistEntry, ChecklistInput, ChecklistView};
pub use view::consent::{ConsentChoice, ConsentInput, ConsentView};
pub use view::cover_letter::{enclosures, Enclosure, LetterInput, LetterView};
pub use view::letter::{anef_number, FormalLetter, LetterHead, Recipient};
pub use view::review_sheet::ReviewSheetView;
pub use view::support_letter::{SupportInput, SupportLetterView};
pub use view::{agreement_nationality, Bilingual};

/// A file name to propose in the save dialog: the document's kind and date, never a name
/// (« courrier-prefecture-2026-11-26.pdf »).
pub fn default_file_name(kind: PrintedDocument, date: NaiveDate) -> String {
    let stem = match kind {
        PrintedDocument::Letter => "courrier-prefecture",
        PrintedDocument::SupportLetter => "lettre-soutien",
        PrintedDocument::Checklist => "liste-pieces",
        PrintedDocument::Consent => "accord-informations",
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
/// [`crate::Error::NotLatin`] for a letter in another script, [`crate::Error::Internal`] if the
/// PDF writer fails.
pub fn render_letter(view: &LetterView) -> Result<Vec<u8>> {
    render_french_letter(&view.letter)
}

/// Renders the association's support letter as PDF bytes.
///
/// # Errors
/// As [`render_letter`].
pub fn render_support_letter(view: &SupportLetterView) -> Result<Vec<u8>> {
    render_french_letter(&view.letter)
}

/// A letter to the prefecture: French, in Latin letters only ([`draw::latin_only`]).
fn render_french_letter(letter: &FormalLetter) -> Result<Vec<u8>> {
    let pages = layout::letter(letter, &|p, n| page_label(view::LETTER_LANGUAGE, p, n));
    draw::latin_only(&pages)?;
    draw::render(&pages, letter.date)
}

/// Renders the bilingual checklist as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_checklist(view: &ChecklistView) -> Result<Vec<u8>> {
    let pages = layout::checklist(view, &|p, n| bilingual_page_label(&view.lang, p, n));
    draw::render(&pages, view.date)
}

/// Renders the jurist's review sheet of the rule pack as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_review_sheet(view: &ReviewSheetView) -> Result<Vec<u8>> {
    let pages = layout::review_sheet(view, &|p, n| page_label(view::LETTER_LANGUAGE, p, n));
    draw::render(&pages, view.date)
}

/// Renders the association's activity report as PDF bytes.
///
/// # Errors
/// [`crate::Error::Internal`] if the PDF writer fails.
pub fn render_activity_report(view: &ActivityReportView) -> Result<Vec<u8>> {
    let pages = layout::activity_report(view, &|p, n| page_label(view::LETTER_LANGUAGE, p, n));
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

    /// A name in a script the faces do not have (Ge'ez here) would print as empty boxes: refused,
    /// naming the character, on every document.
    #[test]
    fn a_character_no_face_has_is_refused_not_printed_as_a_box() {
        let mut view = samples::letter_view();
        view.letter.sender_name = "HAILE Salma ሰላም".into();
        let pages = layout::letter(&view.letter, &|p, n| page_label("fr", p, n));
        match draw::render(&pages, view.letter.date) {
            Err(crate::Error::Unprintable { character }) => assert_eq!(character, "ሰ"),
            other => panic!("{:?}", other.map(|b| b.len())),
        }
    }

    /// A direction override or a zero-width space would print as a stray mark or reorder what
    /// the worker reviewed (security review, 2026-12-05: « \u{202E}0001 » printed « 0001 » where the
    /// page showed « 1000 »): refused, named by its code point; the joiners Arabic spells with
    /// are not.
    #[test]
    fn an_invisible_format_character_is_refused_by_its_code_point() {
        let mut view = samples::letter_view();
        for (text, named) in [
            ("Montant \u{202E}0001\u{202C}", "U+202E"),
            ("Ly\u{200B}on", "U+200B"),
        ] {
            view.letter.sender_name = text.into();
            let pages = layout::letter(&view.letter, &|p, n| page_label("fr", p, n));
            match draw::render(&pages, view.letter.date) {
                Err(crate::Error::Unprintable { character }) => assert_eq!(character, named),
                other => panic!("{text}: {:?}", other.map(|b| b.len())),
            }
        }
        // The zero-width non-joiner of « می‌خواهم »: spelling, kept.
        assert!(shaping::drawable('\u{200C}', fonts::Face::Regular));
    }

    /// The letters are French, to the prefecture: a name in Cyrillic, Arabic, Greek or Ge'ez is
    /// written as on the passport, in Latin letters (audit, 2026-12-04); Vietnamese is Latin.
    #[test]
    fn a_letter_prints_latin_letters_only() {
        let mut view = samples::letter_view();
        for (name, first) in [
            ("HAILE Salma ሰላም", "ሰ"),
            ("КОВАЛЕНКО Олена", "К"),
            ("بن علي فاطمة", "ب"),
            ("ΠΑΠΑΔΟΠΟΥΛΟΥ Ελένη", "Π"),
        ] {
            view.letter.sender_name = name.into();
            match render_letter(&view) {
                Err(crate::Error::NotLatin { character }) => assert_eq!(character, first),
                other => panic!("{name}: {:?}", other.map(|b| b.len())),
            }
        }
        // Latin with its modifiers, and French typography: « 1ᵉʳ étage », the Uzbek « ʻ ».
        view.letter.sender_name =
            "NGUYỄN Thị Ánh · N’DIAYE Aïssatou — ŁUKASZ Żaneta · TOʻXTAYEVA, 1ᵉʳ, 2ᵉ".into();
        let printed = render_letter(&view);
        assert!(printed.is_ok(), "{:?}", printed.map(|b| b.len()));
    }

    #[test]
    fn default_file_names_carry_the_kind_and_date_only() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        for (document, name) in [
            (
                PrintedDocument::Letter,
                "courrier-prefecture-2026-11-26.pdf",
            ),
            (
                PrintedDocument::SupportLetter,
                "lettre-soutien-2026-11-26.pdf",
            ),
            (PrintedDocument::Checklist, "liste-pieces-2026-11-26.pdf"),
            (
                PrintedDocument::Consent,
                "accord-informations-2026-11-26.pdf",
            ),
        ] {
            assert_eq!(default_file_name(document, d), name);
        }
    }
}
