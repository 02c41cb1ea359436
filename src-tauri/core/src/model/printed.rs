//! The documents Passerelle prints. Not to be confused with [`super::case::PieceKind`], the
//! supporting documents (pièces) the person holds or must obtain, which the checklist lists.

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

/// A document Passerelle prints. Its codes (`letter`, `support-letter`, `checklist`, `consent`;
/// [`crate::codes::code`]) are the CLI's verbs and what the app's export commands receive.
/// [`PrintedDocument::VARIANTS`] lists them in the order a worker prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
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
    /// The documents of the residence-permit application, which need the CESEDA to apply.
    pub const APPLICATION: [PrintedDocument; 3] = [
        PrintedDocument::Letter,
        PrintedDocument::SupportLetter,
        PrintedDocument::Checklist,
    ];
}
