//! Parsing of the embedded dataset (`assets/geo/*.tsv`) into borrowed records.
//!
//! Every text field borrows from the `include_str!`ed files, so loading allocates only the tables
//! and the search keys. The files are generated (by `cargo run -p xtask -- geo`) or curated, and
//! the tests load them: a malformed line is a bug in this build, not an input error, hence the
//! `expect("BUG: …")`s.

use super::{Arrondissement, Commune, CommuneKind, Confidence, Departement, OfficeKind};

pub(super) const DEPARTEMENTS: &str = include_str!("../../../../assets/geo/departements.tsv");
pub(super) const ARRONDISSEMENTS: &str = include_str!("../../../../assets/geo/arrondissements.tsv");
pub(super) const COMMUNES: &str = include_str!("../../../../assets/geo/communes.tsv");
pub(super) const OFFICES: &str = include_str!("../../../../assets/geo/offices.tsv");
pub(super) const CURATED: &str = include_str!("../../../../assets/geo/curated/competence.tsv");

/// Where an annuaire office or a curated rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Scope {
    /// A département (its prefecture).
    Departement,
    /// An arrondissement (its sub-prefecture).
    Arrondissement,
}

/// A postal address from the DILA annuaire.
#[derive(Debug, Clone)]
pub(super) struct AnnuaireOffice {
    pub scope: Scope,
    pub code: &'static str,
    pub id: &'static str,
    pub complement1: &'static str,
    pub complement2: &'static str,
    pub street: &'static str,
    pub distribution: &'static str,
    pub postcode: &'static str,
    pub town: &'static str,
}

/// What a curated rule says about a département or an arrondissement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// An office written out in full in the curated file (name and address).
    Office,
    /// The annuaire's office for this scope, possibly renamed or re-kinded.
    Annuaire,
    /// The arrondissement's sub-prefecture takes residence-permit applications.
    SubPrefectureTakesApplications,
    /// The arrondissement's sub-prefecture does not: the prefecture does.
    Prefecture,
    /// The CESEDA does not apply in this territory.
    CesedaNotApplicable,
}

/// One line of `assets/geo/curated/competence.tsv`.
#[derive(Debug, Clone)]
pub(super) struct CuratedRule {
    pub scope: Scope,
    pub code: &'static str,
    pub rule: Rule,
    pub kind: Option<OfficeKind>,
    pub name: &'static str,
    /// Address lines separated by `|`, empty when the annuaire's address is used.
    pub address: &'static str,
    /// The date of the source's information, or empty when the source is undated.
    pub date: &'static str,
    /// The day the curator read the source.
    pub checked: &'static str,
    pub confidence: Confidence,
    pub source: &'static str,
}

/// The data lines of a TSV file (comments and blank lines skipped), each split into exactly
/// `columns` cells.
fn rows<'n>(
    file: &'static str,
    name: &'n str,
    columns: usize,
) -> impl Iterator<Item = Vec<&'static str>> + 'n {
    file.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(move |(n, line)| {
            let cells: Vec<&'static str> = line.split('\t').collect();
            assert!(
                cells.len() == columns,
                "BUG: assets/geo/{name} line {} has {} cells, expected {columns}",
                n + 1,
                cells.len()
            );
            cells
        })
}

fn non_empty(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

pub(super) fn departements() -> Vec<Departement> {
    rows(DEPARTEMENTS, "departements.tsv", 6)
        .map(|c| Departement {
            code: c[0],
            name: c[1],
            type_liaison: c[2]
                .parse()
                .expect("BUG: departements.tsv typeLiaison is a number"),
            zone: c[3],
            prefecture_insee: c[4],
            prefecture_town: c[5],
        })
        .collect()
}

pub(super) fn arrondissements() -> Vec<Arrondissement> {
    rows(ARRONDISSEMENTS, "arrondissements.tsv", 6)
        .map(|c| Arrondissement {
            code: c[0],
            departement: c[1],
            name: c[2],
            chef_lieu_insee: c[3],
            chef_lieu_town: c[4],
            chef_lieu_type_liaison: c[5]
                .parse()
                .expect("BUG: arrondissements.tsv typeLiaison is a number"),
        })
        .collect()
}

pub(super) fn communes() -> Vec<Commune> {
    rows(COMMUNES, "communes.tsv", 9)
        .map(|c| Commune {
            insee: c[0],
            kind: match c[1] {
                "c" => CommuneKind::Commune,
                "m" => CommuneKind::ArrondissementMunicipal,
                "p" => CommuneKind::SplitIntoArrondissements,
                other => panic!("BUG: communes.tsv kind {other:?}"),
            },
            name: c[2],
            departement: c[3],
            arrondissement: non_empty(c[4]),
            population: non_empty(c[5])
                .map(|p| p.parse().expect("BUG: communes.tsv population is a number")),
            postcodes: c[6],
            parent: non_empty(c[7]),
            former_names: c[8],
        })
        .collect()
}

pub(super) fn offices() -> Vec<AnnuaireOffice> {
    rows(OFFICES, "offices.tsv", 11)
        .map(|c| AnnuaireOffice {
            scope: scope(c[0], "offices.tsv"),
            code: c[1],
            id: c[2],
            complement1: c[5],
            complement2: c[6],
            street: c[7],
            distribution: c[8],
            postcode: c[9],
            town: c[10],
        })
        .collect()
}

pub(super) fn curated() -> Vec<CuratedRule> {
    rows(CURATED, "curated/competence.tsv", 10)
        .map(|c| CuratedRule {
            scope: scope(c[0], "curated/competence.tsv"),
            code: c[1],
            rule: match c[2] {
                "office" => Rule::Office,
                "annuaire" => Rule::Annuaire,
                "sous-prefecture" => Rule::SubPrefectureTakesApplications,
                "prefecture" => Rule::Prefecture,
                "ceseda-not-applicable" => Rule::CesedaNotApplicable,
                other => panic!("BUG: curated/competence.tsv rule {other:?}"),
            },
            kind: non_empty(c[3])
                .map(|k| OfficeKind::from_id(k).expect("BUG: curated/competence.tsv office kind")),
            name: c[4],
            address: c[5],
            date: c[6],
            checked: c[7],
            confidence: match c[8] {
                "V" => Confidence::Verified,
                "S" => Confidence::Secondary,
                "I" => Confidence::Inference,
                other => panic!("BUG: curated/competence.tsv confidence {other:?}"),
            },
            source: c[9],
        })
        .collect()
}

fn scope(s: &str, file: &str) -> Scope {
    match s {
        "D" => Scope::Departement,
        "A" => Scope::Arrondissement,
        other => panic!("BUG: {file} scope {other:?}"),
    }
}
