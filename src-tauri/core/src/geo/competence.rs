//! Which office is competent for a commune's residents, and its address.
//!
//! The rules, in order (../shared/domain/legal-facts.md §3.8 and §7, ../shared/data/NOTES.md):
//! 1. a curated rule for the département wins: Paris (75) → the Préfecture de police (CESEDA
//!    R431-20); Saint-Barthélemy (977) and Saint-Martin (978) → the Représentation de l'État;
//!    Wallis-et-Futuna, French Polynesia and New Caledonia (986, 987, 988) → the CESEDA does not
//!    apply, and no office is named;
//! 2. otherwise the prefect of the département of residence is competent (R431-20), so a commune
//!    of the prefecture's own arrondissement goes to the prefecture, and that answer is not
//!    flagged;
//! 3. a commune of a sub-prefecture's arrondissement goes to that sub-prefecture when the curated
//!    table says it takes residence-permit applications, to the prefecture when the table says it
//!    does not, and to the prefecture by default; every such answer rests on a secondary source or
//!    on nothing, so it is flagged « to verify ».
//!
//! Addresses come from the 2022-10-28 DILA annuaire unless the curated table writes one out.

use serde::Serialize;

use super::data::{AnnuaireOffice, CuratedRule, Rule, Scope};
use super::{
    postal, Arrondissement, Commune, Confidence, Departement, Geo, OfficeKind, ANNUAIRE_DATE,
};

/// Where a commune's residents apply for, and collect, their residence permit.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Competence {
    /// An office.
    Office(Office),
    /// The territory is outside the CESEDA: no office to name.
    CesedaNotApplicable(NotApplicable),
}

impl Competence {
    /// The office, if the CESEDA applies.
    pub fn office(&self) -> Option<&Office> {
        match self {
            Competence::Office(o) => Some(o),
            Competence::CesedaNotApplicable(_) => None,
        }
    }

    /// True if and only if part of this answer rests on a secondary source, an inference or a
    /// default, and must be checked before a letter relies on it.
    pub fn to_verify(&self) -> bool {
        match self {
            Competence::Office(o) => o.to_verify,
            Competence::CesedaNotApplicable(n) => n.to_verify,
        }
    }
}

/// A competent office.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Office {
    /// What kind of office.
    pub kind: OfficeKind,
    /// Its name as written on an envelope: « Préfecture de la Seine-Saint-Denis ».
    pub name: String,
    /// Postal address lines after the name; the last is « POSTCODE TOWN » in capitals.
    pub address: Vec<String>,
    /// The date of the address data (`YYYY-MM-DD`, or `YYYY` for a curated fact dated by year).
    pub data_date: &'static str,
    /// True if and only if the competence or the address rests on a secondary source, an
    /// inference or a default: the worker must check it.
    pub to_verify: bool,
    /// How far the competence can be trusted.
    pub confidence: Confidence,
    /// Where the competence and the address come from, for a person to check.
    pub source: &'static str,
    /// Fluent ids (in `geo.ftl`) of notes to show beside the office.
    pub note_ids: Vec<&'static str>,
    /// The annuaire entry the address comes from, if any.
    pub annuaire_id: Option<&'static str>,
}

impl Office {
    /// The address block for a French window envelope: the name then the address, at most 6
    /// lines of at most 38 characters, ending with « POSTCODE TOWN ».
    pub fn envelope(&self) -> Vec<String> {
        postal::envelope(&self.name, &self.address)
    }

    /// The address on one line, lines separated by « , ».
    pub fn address_text(&self) -> String {
        self.address.join(", ")
    }
}

/// A territory where the CESEDA does not apply.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NotApplicable {
    /// The COG code of the territory (986, 987, 988).
    pub departement: &'static str,
    /// Its name.
    pub territory: &'static str,
    /// True if and only if the rule itself is not verified in a primary text.
    pub to_verify: bool,
    /// How far the rule can be trusted.
    pub confidence: Confidence,
    /// Where the rule comes from.
    pub source: &'static str,
}

impl NotApplicable {
    /// The Fluent id (in `geo.ftl`) of the sentence to show instead of an office.
    pub const MESSAGE_ID: &'static str = "geo-ceseda-not-applicable";

    /// The arguments of [`NotApplicable::MESSAGE_ID`]: `territory` is a Fluent selector key
    /// (`wallis-et-futuna`, `polynesie-francaise`, `nouvelle-caledonie`), because Fluent cannot
    /// select on a string argument against a numeric key such as `986`.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        let territory = match self.departement {
            "986" => "wallis-et-futuna",
            "987" => "polynesie-francaise",
            _ => "nouvelle-caledonie",
        };
        vec![("territory", territory.to_string())]
    }
}

const GENERAL_RULE_SOURCE: &str = "CESEDA R431-20 : le préfet du département de résidence (fiche juridique de Passerelle, §3.8). \
Adresse : Service-Public.gouv.fr / DILA, Annuaire de l’administration, 28 octobre 2022.";
const DEFAULT_SITE_SOURCE: &str = "Aucune source ne dit si cette sous-préfecture reçoit les demandes de titre de séjour : \
la préfecture est indiquée par défaut (CESEDA R431-20). Adresse : Service-Public.gouv.fr / DILA, Annuaire de l’administration, 28 octobre 2022.";

/// Applies the rules of this module to `commune`. `None` only if the dataset is inconsistent
/// (a commune whose département is missing), which the tests rule out.
pub(super) fn resolve(geo: &Geo, commune: &Commune) -> Option<Competence> {
    let dep = geo.departement(commune.departement)?;
    if let Some(rule) = geo.curated_rule(Scope::Departement, dep.code) {
        match rule.rule {
            Rule::CesedaNotApplicable => {
                return Some(Competence::CesedaNotApplicable(NotApplicable {
                    departement: dep.code,
                    territory: dep.name,
                    to_verify: rule.confidence != Confidence::Verified,
                    confidence: rule.confidence,
                    source: rule.source,
                }))
            }
            Rule::Office => {
                return Some(Competence::Office(curated_office(
                    rule,
                    OfficeKind::Prefecture,
                )))
            }
            Rule::Annuaire => {
                let fallback = prefecture(geo, dep, Confidence::Verified, GENERAL_RULE_SOURCE);
                return Some(Competence::Office(renamed(
                    geo,
                    rule,
                    Scope::Departement,
                    fallback,
                )));
            }
            // Sub-prefecture rules only make sense for an arrondissement.
            Rule::SubPrefectureTakesApplications | Rule::Prefecture => {}
        }
    }
    let arrondissement = commune
        .arrondissement
        .and_then(|code| geo.arrondissement(code));
    let mut office = match arrondissement {
        Some(arr) if arr.chef_lieu_insee != dep.prefecture_insee => {
            sub_prefecture_area(geo, dep, arr)
        }
        _ => prefecture(geo, dep, Confidence::Verified, GENERAL_RULE_SOURCE),
    };
    if dep.code == "976" {
        office.note_ids.push("geo-note-mayotte");
    }
    Some(Competence::Office(office))
}

/// A commune in the arrondissement of a sub-prefecture.
fn sub_prefecture_area(geo: &Geo, dep: &Departement, arr: &Arrondissement) -> Office {
    let Some(rule) = geo.curated_rule(Scope::Arrondissement, arr.code) else {
        let mut office = prefecture(geo, dep, Confidence::Inference, DEFAULT_SITE_SOURCE);
        office.to_verify = true;
        office.note_ids.push("geo-note-default-site");
        return office;
    };
    let mut office = match rule.rule {
        Rule::SubPrefectureTakesApplications => {
            let name = format!(
                "Sous-préfecture {}",
                postal::de_form(arr.chef_lieu_town, arr.chef_lieu_type_liaison)
            );
            match geo.annuaire(Scope::Arrondissement, arr.code) {
                Some(a) => from_annuaire(
                    OfficeKind::SousPrefecture,
                    name,
                    a,
                    rule.confidence,
                    rule.source,
                ),
                None => without_address(
                    geo,
                    OfficeKind::SousPrefecture,
                    name,
                    arr.chef_lieu_insee,
                    rule.confidence,
                    rule.source,
                ),
            }
        }
        Rule::Prefecture => prefecture(geo, dep, rule.confidence, rule.source),
        Rule::Office => curated_office(rule, OfficeKind::SousPrefecture),
        Rule::Annuaire => {
            let fallback = prefecture(geo, dep, rule.confidence, rule.source);
            renamed(geo, rule, Scope::Arrondissement, fallback)
        }
        Rule::CesedaNotApplicable => {
            prefecture(geo, dep, Confidence::Inference, DEFAULT_SITE_SOURCE)
        }
    };
    office.to_verify = office.to_verify || rule.confidence != Confidence::Verified;
    office.note_ids.push("geo-note-curated-site");
    office
}

/// The département's prefecture, with the annuaire's address.
fn prefecture(
    geo: &Geo,
    dep: &Departement,
    confidence: Confidence,
    source: &'static str,
) -> Office {
    let name = format!("Préfecture {}", dep.de_form());
    match geo.annuaire(Scope::Departement, dep.code) {
        Some(a) => from_annuaire(OfficeKind::Prefecture, name, a, confidence, source),
        None => without_address(
            geo,
            OfficeKind::Prefecture,
            name,
            dep.prefecture_insee,
            confidence,
            source,
        ),
    }
}

fn from_annuaire(
    kind: OfficeKind,
    name: String,
    a: &AnnuaireOffice,
    confidence: Confidence,
    source: &'static str,
) -> Office {
    let address = [a.complement1, a.complement2, a.street, a.distribution]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.to_string())
        .chain(std::iter::once(postal::town_line(a.postcode, a.town)))
        .collect();
    Office {
        kind,
        name,
        address,
        data_date: ANNUAIRE_DATE,
        to_verify: confidence != Confidence::Verified,
        confidence,
        source,
        note_ids: vec!["geo-note-address-dated"],
        annuaire_id: Some(a.id),
    }
}

/// An office the data has no address for: only its town, flagged.
fn without_address(
    geo: &Geo,
    kind: OfficeKind,
    name: String,
    town_insee: &str,
    confidence: Confidence,
    source: &'static str,
) -> Office {
    let address = geo
        .commune(town_insee)
        .map(|town| postal::town_line(town.postcodes().next().unwrap_or(""), town.name))
        .into_iter()
        .collect();
    Office {
        kind,
        name,
        address,
        data_date: super::COG_VINTAGE,
        to_verify: true,
        confidence,
        source,
        note_ids: vec!["geo-note-address-missing"],
        annuaire_id: None,
    }
}

/// An office written out in the curated table.
fn curated_office(rule: &CuratedRule, default_kind: OfficeKind) -> Office {
    Office {
        kind: rule.kind.unwrap_or(default_kind),
        name: rule.name.to_string(),
        address: rule
            .address
            .split('|')
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        data_date: if rule.date.is_empty() {
            rule.checked
        } else {
            rule.date
        },
        to_verify: rule.confidence != Confidence::Verified,
        confidence: rule.confidence,
        source: rule.source,
        note_ids: vec!["geo-note-curated-site"],
        annuaire_id: None,
    }
}

/// The annuaire's office for `scope`, under the curated kind and name; `fallback` if the annuaire
/// has none.
fn renamed(geo: &Geo, rule: &CuratedRule, scope: Scope, fallback: Office) -> Office {
    let kind = rule.kind.unwrap_or(fallback.kind);
    let name = if rule.name.is_empty() {
        fallback.name.clone()
    } else {
        rule.name.to_string()
    };
    let mut office = match geo.annuaire(scope, rule.code) {
        Some(a) => from_annuaire(kind, name, a, rule.confidence, rule.source),
        None => Office {
            kind,
            name,
            ..fallback
        },
    };
    office.to_verify = rule.confidence != Confidence::Verified;
    office.note_ids.push("geo-note-curated-site");
    office
}
