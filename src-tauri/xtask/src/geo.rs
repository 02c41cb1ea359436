//! Regenerates `assets/geo/{departements,arrondissements,communes,offices}.tsv`.
//!
//! Inputs: the COG 2026 files of `@etalab/decoupage-administratif` 6.0.0 and the 2022-10-28 DILA
//! annuaire extract. The outputs are tab-separated text, one record a line, `#` lines for
//! provenance: small enough to embed in the app, readable in a review, and diffable when a new
//! vintage comes out. The hand-curated competence table (`assets/geo/curated/`) is not generated.
//!
//! Derivation rules (they mirror ../shared/data/SOURCE.md, which the tests cross-check):
//! - every commune actuelle with postcodes is listed; Paris, Lyon and Marseille are listed too,
//!   with kind `p`, and their postcodes belong to their arrondissements municipaux (kind `m`);
//! - names of communes déléguées and associées become the former names of their parent;
//! - a département's office is the annuaire `prefecture` entry located in it (the one at the
//!   chef-lieu when there are several), else its `prefecture_region` entry; Paris has none on
//!   purpose (the Préfecture de police is curated);
//! - an arrondissement whose chef-lieu is not the prefecture gets the `sous_pref` entry located at
//!   its chef-lieu.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::pinned::{self, Package, Registry};

/// The npm package and version the dataset is derived from.
pub const NPM_SPEC: &str = "@etalab/decoupage-administratif@6.0.0";
/// The package, with the SHA-256 of `etalab-decoupage-administratif-6.0.0.tgz` as `npm pack`
/// fetched it on 2026-11-26.
const PACKAGE: Package = Package {
    registry: Registry::Npm,
    spec: NPM_SPEC,
    archive: "etalab-decoupage-administratif-6.0.0.tgz",
    sha256: "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a",
    root: "package",
};
/// The annuaire extract's file name (its date is part of the attribution).
pub const ANNUAIRE_FILE: &str = "prefectures-annuaire-dila-2022-10-28.tsv";

/// What `geo` was asked to do.
pub struct Options {
    /// An unpacked package, or `None` to fetch it with `npm pack`.
    pub package: Option<PathBuf>,
    /// The annuaire TSV.
    pub annuaire: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// Compare instead of writing.
    pub check: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CogCommune {
    code: String,
    nom: String,
    #[serde(rename = "type")]
    kind: String,
    departement: Option<String>,
    arrondissement: Option<String>,
    #[serde(default)]
    type_liaison: u8,
    #[serde(default)]
    codes_postaux: Vec<String>,
    population: Option<u64>,
    #[serde(default)]
    anciens_codes: Vec<String>,
    chef_lieu: Option<String>,
    commune: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CogDepartement {
    code: String,
    nom: String,
    type_liaison: u8,
    zone: String,
    chef_lieu: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CogArrondissement {
    code: String,
    departement: String,
    nom: String,
    chef_lieu: String,
}

/// One row of the annuaire extract.
struct AnnuaireRow {
    id: String,
    nom: String,
    kind: String,
    insee: String,
    complement1: String,
    complement2: String,
    voie: String,
    distribution: String,
    code_postal: String,
    commune: String,
}

/// Runs the task. `Ok(false)` means `--check` found differences.
pub fn run(options: &Options) -> Result<bool, String> {
    let fetched;
    let package = match &options.package {
        Some(dir) => dir.clone(),
        None => {
            fetched = tempfile::tempdir().map_err(|e| format!("temporary folder: {e}"))?;
            PACKAGE.fetch_into(fetched.path())?
        }
    };
    let files = generate(&package.join("data"), &options.annuaire)?;
    let same = pinned::write_or_check(&options.out, &files, options.check)?;
    if options.check && same {
        eprintln!("assets/geo is up to date with {NPM_SPEC} and {ANNUAIRE_FILE}");
    }
    Ok(same)
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A field made safe for one TSV cell: trimmed, no tab or line break.
fn cell(s: &str) -> String {
    s.trim().replace(['\t', '\n', '\r'], " ")
}

/// Builds every output file in memory: (file name, content).
fn generate(data: &Path, annuaire: &Path) -> Result<Vec<(&'static str, String)>, String> {
    let communes: Vec<CogCommune> = read_json(&data.join("communes.json"))?;
    let departements: Vec<CogDepartement> = read_json(&data.join("departements.json"))?;
    let arrondissements: Vec<CogArrondissement> = read_json(&data.join("arrondissements.json"))?;
    let rows = read_annuaire(annuaire)?;

    let actuelles: HashMap<&str, &CogCommune> = communes
        .iter()
        .filter(|c| c.kind == "commune-actuelle")
        .map(|c| (c.code.as_str(), c))
        .collect();
    let name_of = |code: &str| -> Result<&CogCommune, String> {
        actuelles
            .get(code)
            .copied()
            .ok_or(format!("chef-lieu {code} is not a commune actuelle"))
    };

    let header = |what: &str, columns: &str| {
        format!(
            "# {what}\n# Generated by `cargo run -p xtask -- geo` from {NPM_SPEC} (COG 2026, Licence Ouverte / Etalab); do not edit.\n# Columns: {columns}\n"
        )
    };

    // Départements.
    let mut dep_out = header(
        "Départements and COM pseudo-départements, with their prefecture town.",
        "code, name, typeLiaison (INSEE TNCC), zone, prefecture INSEE, prefecture town",
    );
    let mut deps: Vec<&CogDepartement> = departements.iter().collect();
    deps.sort_by(|a, b| a.code.cmp(&b.code));
    let mut dep_chef_lieu = HashMap::new();
    for d in &deps {
        let chef = name_of(&d.chef_lieu)?;
        dep_chef_lieu.insert(d.code.as_str(), d.chef_lieu.as_str());
        writeln!(
            dep_out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            d.code,
            cell(&d.nom),
            d.type_liaison,
            d.zone,
            d.chef_lieu,
            cell(&chef.nom)
        )
        .expect("BUG: writing to a String cannot fail");
    }

    // Arrondissements.
    let mut arr_out = header(
        "Arrondissements, with their chef-lieu (the sub-prefecture town, or the prefecture town).",
        "code, département, name, chef-lieu INSEE, chef-lieu name, chef-lieu typeLiaison (INSEE TNCC)",
    );
    let mut arrs: Vec<&CogArrondissement> = arrondissements.iter().collect();
    arrs.sort_by(|a, b| a.code.cmp(&b.code));
    for a in &arrs {
        let chef = name_of(&a.chef_lieu)?;
        writeln!(
            arr_out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            a.code,
            a.departement,
            cell(&a.nom),
            a.chef_lieu,
            cell(&chef.nom),
            chef.type_liaison
        )
        .expect("BUG: writing to a String cannot fail");
    }

    // Communes.
    let mut former: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for c in &communes {
        if c.kind == "commune-deleguee" || c.kind == "commune-associee" {
            if let Some(parent) = &c.chef_lieu {
                former
                    .entry(parent.as_str())
                    .or_default()
                    .insert(cell(&c.nom));
            }
        }
    }
    let parents: BTreeSet<&str> = communes
        .iter()
        .filter_map(|c| c.commune.as_deref())
        .collect();
    let mut listed: Vec<&CogCommune> = communes
        .iter()
        .filter(|c| {
            (c.kind == "commune-actuelle" || c.kind == "arrondissement-municipal")
                && !c.codes_postaux.is_empty()
        })
        .collect();
    listed.sort_by(|a, b| a.code.cmp(&b.code));
    let mut com_out = header(
        "Communes with postcodes; Paris, Lyon and Marseille (kind p) hand their postcodes to their arrondissements municipaux (kind m).",
        "INSEE code, kind (c commune, m arrondissement municipal, p commune split into arrondissements), name, département, arrondissement, population, postcodes (space-separated), parent commune (kind m), former names (| separated)",
    );
    for c in &listed {
        let kind = if c.kind == "arrondissement-municipal" {
            "m"
        } else if parents.contains(c.code.as_str()) {
            "p"
        } else {
            "c"
        };
        let departement = c
            .departement
            .as_deref()
            .ok_or(format!("{} has no département", c.code))?;
        let postcodes: BTreeSet<&str> = c.codes_postaux.iter().map(String::as_str).collect();
        let names: Vec<String> = former
            .get(c.code.as_str())
            .map(|set| {
                set.iter()
                    .filter(|n| **n != cell(&c.nom))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        writeln!(
            com_out,
            "{}\t{kind}\t{}\t{departement}\t{}\t{}\t{}\t{}\t{}",
            c.code,
            cell(&c.nom),
            c.arrondissement.as_deref().unwrap_or(""),
            c.population.map(|p| p.to_string()).unwrap_or_default(),
            postcodes.into_iter().collect::<Vec<_>>().join(" "),
            c.commune.as_deref().unwrap_or(""),
            names.join("|"),
        )
        .expect("BUG: writing to a String cannot fail");
    }

    // Offices: join the annuaire to the COG through the INSEE code of the office's commune.
    let mut current: HashMap<&str, &str> = HashMap::new();
    let mut dep_of: HashMap<&str, &str> = HashMap::new();
    for c in &communes {
        if let Some(d) = &c.departement {
            dep_of.entry(c.code.as_str()).or_insert(d.as_str());
        }
        if c.kind == "commune-actuelle" {
            current.insert(c.code.as_str(), c.code.as_str());
            for old in &c.anciens_codes {
                current.entry(old.as_str()).or_insert(c.code.as_str());
                if let Some(d) = &c.departement {
                    dep_of.entry(old.as_str()).or_insert(d.as_str());
                }
            }
        }
    }
    for c in &communes {
        if let (Some(parent), true) = (&c.chef_lieu, c.kind != "commune-actuelle") {
            current.entry(c.code.as_str()).or_insert(parent.as_str());
        }
    }
    fn current_of<'a>(current: &HashMap<&str, &'a str>, insee: &'a str) -> &'a str {
        current.get(insee).copied().unwrap_or(insee)
    }

    let mut off_out = String::from(
        "# Postal addresses of prefectures (scope D, by département) and sub-prefectures (scope A, by arrondissement).\n\
         # Generated by `cargo run -p xtask -- geo` from Service-Public.gouv.fr / DILA, Annuaire de l'administration,\n\
         # base de données locales, file 2022-10-28_003346-data.gouv_local.json (Licence Ouverte v2.0), joined to COG 2026; do not edit.\n\
         # Columns: scope, code, annuaire id, annuaire type, annuaire name, complement1, complement2, street, BP/CS, postcode, town\n"
    );
    let mut write_office = |scope: &str, code: &str, r: &AnnuaireRow| {
        writeln!(
            off_out,
            "{scope}\t{code}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            r.id,
            r.kind,
            r.nom,
            r.complement1,
            r.complement2,
            r.voie,
            r.distribution,
            r.code_postal,
            r.commune
        )
        .expect("BUG: writing to a String cannot fail");
    };
    let mut missing = Vec::new();
    for d in &deps {
        if d.code == "75" {
            continue; // The Préfecture de police is curated: the annuaire has no entry for it.
        }
        let in_dep = |kind: &str| -> Vec<&AnnuaireRow> {
            rows.iter()
                .filter(|r| {
                    r.kind == kind
                        && dep_of.get(current_of(&current, &r.insee)) == Some(&d.code.as_str())
                })
                .collect()
        };
        let mut candidates = in_dep("prefecture");
        if candidates.is_empty() {
            candidates = in_dep("prefecture_region");
        }
        if candidates.len() > 1 {
            candidates.retain(|r| current_of(&current, &r.insee) == d.chef_lieu);
        }
        match candidates.as_slice() {
            [one] => write_office("D", &d.code, one),
            _ => missing.push(format!(
                "département {} ({} candidates)",
                d.code,
                candidates.len()
            )),
        }
    }
    let mut by_arr: BTreeMap<&str, &AnnuaireRow> = BTreeMap::new();
    for a in &arrs {
        if dep_chef_lieu.get(a.departement.as_str()) == Some(&a.chef_lieu.as_str()) {
            continue; // The prefecture's own arrondissement: the département's office serves it.
        }
        let candidates: Vec<&AnnuaireRow> = rows
            .iter()
            .filter(|r| r.kind == "sous_pref" && current_of(&current, &r.insee) == a.chef_lieu)
            .collect();
        match candidates.as_slice() {
            [one] => {
                by_arr.insert(a.code.as_str(), one);
            }
            _ => missing.push(format!(
                "arrondissement {} ({} candidates)",
                a.code,
                candidates.len()
            )),
        }
    }
    for (code, r) in by_arr {
        write_office("A", code, r);
    }
    for m in &missing {
        eprintln!("note: no annuaire address for {m}");
    }
    Ok(vec![
        ("departements.tsv", dep_out),
        ("arrondissements.tsv", arr_out),
        ("communes.tsv", com_out),
        ("offices.tsv", off_out),
    ])
}

fn read_annuaire(path: &Path) -> Result<Vec<AnnuaireRow>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines
        .next()
        .ok_or("empty annuaire file")?
        .split('\t')
        .collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or(format!("annuaire has no column {name}"))
    };
    let idx = [
        col("id")?,
        col("nom")?,
        col("type_service_local")?,
        col("code_insee_commune")?,
        col("complement1")?,
        col("complement2")?,
        col("numero_voie")?,
        col("service_distribution")?,
        col("code_postal")?,
        col("nom_commune")?,
    ];
    let mut rows = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| -> Result<String, String> {
            fields
                .get(idx[i])
                .map(|f| cell(f))
                .ok_or(format!("annuaire line {} is short", n + 2))
        };
        rows.push(AnnuaireRow {
            id: get(0)?,
            nom: get(1)?,
            kind: get(2)?,
            insee: get(3)?,
            complement1: get(4)?,
            complement2: get(5)?,
            voie: get(6)?,
            distribution: get(7)?,
            code_postal: get(8)?,
            commune: get(9)?,
        });
    }
    Ok(rows)
}
