//! The association that accompanies the person, and how people in office are addressed.
//!
//! Both are kept in the vault's settings (`db::settings`) and printed on the letters; the
//! association profile is also the CLI's `--association` file, in camelCase JSON
//! (docs/documents.md shows one).

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

/// How a person in office is addressed: « Madame la Préfète », « Monsieur le Préfet ». Stored in
/// the vault's settings and given to the CLI as `madame` or `monsieur`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum Title {
    /// Madame.
    Madame,
    /// Monsieur.
    Monsieur,
}

/// A French postal address: street lines, then the postcode and the town.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PostalAddress {
    /// Lines above the town, in order (c/o line, building, number and street, post box).
    pub lines: Vec<String>,
    /// Postcode, possibly with CEDEX after the town (put CEDEX in `city`).
    pub postcode: String,
    /// Town, as written by La Poste; printed in capitals.
    pub city: String,
}

/// The association that accompanies the person, and the worker who signs its letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Association {
    /// Its name, without « Association » in front (the letters say « l’association « X » »).
    pub name: String,
    /// Its postal address (the person's « c/o » address when domiciled there).
    pub address: PostalAddress,
    /// Telephone, as it should be printed.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// The worker's name, « Claire Dumont ».
    pub worker_name: String,
    /// The worker's role, in French, « travailleuse sociale ».
    pub worker_role: String,
    /// The worker's title, for agreement in French (« Je soussignée »).
    pub worker_title: Title,
}
