//! The documents Passerelle prints. Not to be confused with [`super::case::PieceKind`], the
//! supporting documents (pièces) the person holds or must obtain, which the checklist lists.

use serde::{Deserialize, Serialize};

/// A document Passerelle prints. Its ids (`letter`, `support-letter`, `checklist`, `consent`)
/// are the CLI's verbs and what the app's export commands receive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrintedDocument {
    /// The cover letter to the prefecture.
    Letter,
    /// The association's support letter.
    SupportLetter,
    /// The bilingual checklist.
    Checklist,
    /// The bilingual consent record (notice, choices, signatures).
    Consent,
}

impl PrintedDocument {
    /// Every document, in the order a worker prints them.
    pub const ALL: [PrintedDocument; 4] = [
        PrintedDocument::Letter,
        PrintedDocument::SupportLetter,
        PrintedDocument::Checklist,
        PrintedDocument::Consent,
    ];

    /// The documents of the residence-permit application, which need the CESEDA to apply.
    pub const APPLICATION: [PrintedDocument; 3] = [
        PrintedDocument::Letter,
        PrintedDocument::SupportLetter,
        PrintedDocument::Checklist,
    ];

    /// Its id: `letter`, `support-letter`, `checklist` or `consent`.
    pub fn id(self) -> &'static str {
        match self {
            PrintedDocument::Letter => "letter",
            PrintedDocument::SupportLetter => "support-letter",
            PrintedDocument::Checklist => "checklist",
            PrintedDocument::Consent => "consent",
        }
    }

    /// The document with this id.
    pub fn from_id(id: &str) -> Option<PrintedDocument> {
        PrintedDocument::ALL.into_iter().find(|k| k.id() == id)
    }
}
