//! The offline prefecture finder: postcode or commune name → the communes it designates → the
//! office competent for their residents' residence permits, with an address for the letter.
//!
//! It owns the embedded dataset (`assets/geo/`, derived from `@etalab/decoupage-administratif`
//! 6.0.0, COG 2026, and from the DILA annuaire extract of 2022-10-28, both under Licence Ouverte,
//! plus a hand-curated competence table) and the competence rules (see [`Competence`]). It never
//! touches the network.
//!
//! Invariants the data forced on the design (../shared/data/NOTES.md):
//! - a postcode may serve many communes, in several arrondissements and even two départements, so
//!   a postcode lookup returns every commune and the caller lets the person pick one;
//! - the département comes from the COG table, never from a postcode's first digits (94390 is in
//!   the Essonne, 97133 is Saint-Barthélemy, not Guadeloupe);
//! - Paris, Lyon and Marseille are split into arrondissements municipaux, which own the postcodes;
//!   the whole commune is still found by name.

mod competence;
mod data;
pub mod key;
pub mod postal;

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Serialize;

pub use competence::{Competence, NotApplicable, Office};
use data::{AnnuaireOffice, CuratedRule, Scope};

/// The COG vintage of the embedded communes.
pub const COG_VINTAGE: &str = "2026";
/// The npm package the communes, départements and arrondissements come from.
pub const COG_SOURCE: &str = "@etalab/decoupage-administratif 6.0.0";
/// The date of the DILA annuaire extract the addresses come from.
pub const ANNUAIRE_DATE: &str = "2022-10-28";
/// The DILA file the addresses come from (its name is part of the attribution the licence asks).
pub const ANNUAIRE_FILE: &str = "2022-10-28_003346-data.gouv_local.json";
/// Attribution in plain text, for logs, the CLI and any screen without Fluent. The About screen
/// uses the translated [`ATTRIBUTION_MESSAGE_IDS`].
pub const ATTRIBUTION: &str = "Communes, postcodes, départements and arrondissements: Etalab / data.gouv.fr, \
@etalab/decoupage-administratif 6.0.0 (INSEE Code officiel géographique 2026, La Poste base officielle des codes postaux), \
Licence Ouverte. Prefecture and sub-prefecture addresses: Service-Public.gouv.fr / DILA, Annuaire de l'administration, \
base de données locales, file 2022-10-28_003346-data.gouv_local.json of 28 October 2022, Licence Ouverte v2.0. \
Competence of sub-prefectures, the Préfecture de police and overseas offices: curated by the Passerelle project, to verify.";
/// Fluent ids (in `geo.ftl`) of the attribution lines for the About screen, in display order. The
/// dates are arguments: pass `cogVintage` = [`COG_VINTAGE`] and `annuaireDate` = [`ANNUAIRE_DATE`]
/// formatted with `i18n::format::date_long`.
pub const ATTRIBUTION_MESSAGE_IDS: &[&str] = &[
    "geo-attribution-cog",
    "geo-attribution-dila",
    "geo-attribution-curated",
];

/// The attribution lines the data's licences ask, in `lang`, for the About screen.
pub fn attribution_lines(lang: &str) -> Vec<String> {
    let annuaire = chrono::NaiveDate::parse_from_str(ANNUAIRE_DATE, "%Y-%m-%d").map_or_else(
        |_| ANNUAIRE_DATE.to_string(),
        |d| crate::i18n::format::date_long(d, lang),
    );
    ATTRIBUTION_MESSAGE_IDS
        .iter()
        .map(|id| {
            crate::i18n::L10n::get().format(
                lang,
                id,
                &[
                    ("cogVintage", COG_VINTAGE.to_string()),
                    ("annuaireDate", annuaire.clone()),
                ],
            )
        })
        .collect()
}

/// How many communes [`Geo::lookup`] returns at most when it falls back to prefix matches.
pub const LOOKUP_PREFIX_LIMIT: usize = 20;

/// A département, or one of the COG's COM pseudo-départements (975, 977, 978, 984, 986–989).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Departement {
    /// COG code: `01`…`95`, `2A`, `2B`, `971`…`989`.
    pub code: &'static str,
    /// Name without article: « Seine-Saint-Denis ».
    pub name: &'static str,
    /// INSEE TNCC code: which article the name takes (see [`postal::de_form`]).
    pub type_liaison: u8,
    /// `metro`, `drom` or `com`.
    pub zone: &'static str,
    /// INSEE code of the prefecture town (the département's chef-lieu).
    pub prefecture_insee: &'static str,
    /// Name of the prefecture town.
    pub prefecture_town: &'static str,
}

impl Departement {
    /// « de la Seine-Saint-Denis », « du Rhône »: for « Préfecture … », « Monsieur le Préfet … ».
    pub fn de_form(&self) -> String {
        postal::de_form(self.name, self.type_liaison)
    }
}

/// An arrondissement: the area of a sub-prefecture (or of the prefecture, when its chef-lieu is the
/// prefecture town).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Arrondissement {
    /// COG code, e.g. `933`.
    pub code: &'static str,
    /// Its département's code.
    pub departement: &'static str,
    /// The COG name, which may differ from the town (« Fougères-Vitré »).
    pub name: &'static str,
    /// INSEE code of the chef-lieu.
    pub chef_lieu_insee: &'static str,
    /// Name of the chef-lieu town: the one to show.
    pub chef_lieu_town: &'static str,
    /// INSEE TNCC code of the chef-lieu's name.
    pub chef_lieu_type_liaison: u8,
}

/// What kind of place a [`Commune`] record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CommuneKind {
    /// A commune.
    Commune,
    /// An arrondissement municipal of Paris, Lyon or Marseille; it owns its postcodes.
    ArrondissementMunicipal,
    /// Paris, Lyon or Marseille as a whole: found by name, never by postcode.
    SplitIntoArrondissements,
}

/// A commune (or an arrondissement municipal) of COG 2026 that has a postcode.
#[derive(Debug, Clone)]
pub struct Commune {
    /// INSEE code (not a postcode).
    pub insee: &'static str,
    /// What kind of record this is.
    pub kind: CommuneKind,
    /// Official name: « Saint-Denis », « Paris 16e Arrondissement ».
    pub name: &'static str,
    /// Its département's code, from the COG.
    pub departement: &'static str,
    /// Its arrondissement's code; `None` in Mayotte and the COMs, which have none.
    pub arrondissement: Option<&'static str>,
    /// Legal population, when the COG gives one.
    pub population: Option<u32>,
    postcodes: &'static str,
    /// For an arrondissement municipal, the INSEE code of its commune (75056, 69123, 13055).
    pub parent: Option<&'static str>,
    former_names: &'static str,
}

impl Commune {
    /// Its postcodes, in ascending order.
    pub fn postcodes(&self) -> impl Iterator<Item = &'static str> {
        self.postcodes.split(' ').filter(|p| !p.is_empty())
    }

    /// Names of the communes déléguées or associées merged into it (« Bellegarde-sur-Valserine »
    /// for Valserhône).
    pub fn former_names(&self) -> impl Iterator<Item = &'static str> {
        self.former_names.split('|').filter(|n| !n.is_empty())
    }
}

impl Serialize for Commune {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Commune", 8)?;
        st.serialize_field("insee", self.insee)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("departement", self.departement)?;
        st.serialize_field("arrondissement", &self.arrondissement)?;
        st.serialize_field("postcodes", &self.postcodes().collect::<Vec<_>>())?;
        st.serialize_field("parent", &self.parent)?;
        st.serialize_field("formerNames", &self.former_names().collect::<Vec<_>>())?;
        st.end()
    }
}

/// Why a commune was returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "by", content = "name")]
pub enum MatchedBy {
    /// It is served by the postcode asked.
    Postcode,
    /// Its name is the name asked.
    Name,
    /// A commune merged into it bears the name asked (the former name is given).
    FormerName(&'static str),
    /// Its name, or a former name, starts with the text asked.
    Prefix,
}

/// One commune a query designates.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Match<'g> {
    /// The commune.
    pub commune: &'g Commune,
    /// Why it matched.
    pub matched_by: MatchedBy,
}

/// An entry of the name index: the key lives in [`Geo::keys`] at `start..start + len`.
#[derive(Debug, Clone, Copy)]
struct NameEntry {
    start: u32,
    len: u32,
    commune: u32,
    /// 0 for the commune's own name, n for its n-th former name.
    former: u32,
}

/// The loaded dataset and its indexes.
pub struct Geo {
    departements: Vec<Departement>,
    arrondissements: Vec<Arrondissement>,
    /// Sorted by INSEE code.
    communes: Vec<Commune>,
    /// (postcode, index in `communes`), sorted.
    postcodes: Vec<(&'static str, u32)>,
    /// All search keys, concatenated.
    keys: String,
    /// Sorted by key.
    names: Vec<NameEntry>,
    offices: Vec<AnnuaireOffice>,
    curated: Vec<CuratedRule>,
}

impl Geo {
    /// The embedded dataset, parsed on first use and kept for the life of the process.
    pub fn get() -> &'static Geo {
        static GEO: OnceLock<Geo> = OnceLock::new();
        GEO.get_or_init(Geo::load)
    }

    /// Parses the embedded dataset and builds the indexes. Use [`Geo::get`]; this exists for the
    /// benchmark, which measures a fresh load.
    pub fn load() -> Geo {
        let departements = data::departements();
        let arrondissements = data::arrondissements();
        let mut communes = data::communes();
        // The parser cannot know the line count: drop the growth slack (up to half the vector).
        communes.shrink_to_fit();
        debug_assert!(
            communes.windows(2).all(|w| w[0].insee < w[1].insee),
            "communes.tsv is sorted by INSEE code"
        );

        let mut postcodes = Vec::with_capacity(communes.len() + communes.len() / 64);
        for (i, c) in communes.iter().enumerate() {
            // Paris, Lyon and Marseille as a whole would duplicate their arrondissements.
            if c.kind != CommuneKind::SplitIntoArrondissements {
                postcodes.extend(c.postcodes().map(|p| (p, i as u32)));
            }
        }
        postcodes.sort_unstable();

        let mut keys = String::with_capacity(crate::geo::data::COMMUNES.len() / 2);
        let mut names = Vec::with_capacity(communes.len() + communes.len() / 8);
        let mut push = |name: &str, commune: usize, former: usize| {
            let start = keys.len();
            keys.push_str(&key::search_key(name));
            names.push(NameEntry {
                start: start as u32,
                len: (keys.len() - start) as u32,
                commune: commune as u32,
                former: former as u32,
            });
        };
        for (i, c) in communes.iter().enumerate() {
            push(c.name, i, 0);
            for (n, former) in c.former_names().enumerate() {
                push(former, i, n + 1);
            }
        }
        names.sort_unstable_by(|a, b| {
            let (ka, kb) = (
                &keys[a.start as usize..][..a.len as usize],
                &keys[b.start as usize..][..b.len as usize],
            );
            ka.cmp(kb)
                .then(a.commune.cmp(&b.commune))
                .then(a.former.cmp(&b.former))
        });
        keys.shrink_to_fit();
        names.shrink_to_fit();
        postcodes.shrink_to_fit();

        Geo {
            departements,
            arrondissements,
            communes,
            postcodes,
            keys,
            names,
            offices: data::offices(),
            curated: data::curated(),
        }
    }

    /// Every commune record, sorted by INSEE code.
    pub fn communes(&self) -> &[Commune] {
        &self.communes
    }

    /// Every département and COM pseudo-département, sorted by code.
    pub fn departements(&self) -> &[Departement] {
        &self.departements
    }

    /// Every distinct postcode, in ascending order.
    pub fn postcodes(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = self.postcodes.iter().map(|(p, _)| *p).collect();
        out.dedup();
        out
    }

    /// The town a commune's mail and letters name: an arrondissement municipal's commune (« Paris »
    /// for « Paris 16e Arrondissement »), else the commune itself.
    pub fn town<'a>(&'a self, commune: &'a Commune) -> &'a Commune {
        commune
            .parent
            .and_then(|p| self.commune(p))
            .unwrap_or(commune)
    }

    /// The commune with INSEE code `insee` (an arrondissement municipal, or Paris, Lyon, Marseille
    /// as a whole, included).
    pub fn commune(&self, insee: &str) -> Option<&Commune> {
        self.communes
            .binary_search_by(|c| c.insee.cmp(insee))
            .ok()
            .map(|i| &self.communes[i])
    }

    /// The département with COG code `code`.
    pub fn departement(&self, code: &str) -> Option<&Departement> {
        self.departements
            .binary_search_by(|d| d.code.cmp(code))
            .ok()
            .map(|i| &self.departements[i])
    }

    /// The arrondissement with COG code `code`.
    pub fn arrondissement(&self, code: &str) -> Option<&Arrondissement> {
        self.arrondissements
            .binary_search_by(|a| a.code.cmp(code))
            .ok()
            .map(|i| &self.arrondissements[i])
    }

    /// Every commune served by `postcode`, the most populous first. Empty if the postcode is
    /// unknown (CEDEX postcodes are not in the data).
    pub fn by_postcode(&self, postcode: &str) -> Vec<Match<'_>> {
        let start = self.postcodes.partition_point(|(p, _)| *p < postcode);
        let mut out: Vec<Match<'_>> = self.postcodes[start..]
            .iter()
            .take_while(|(p, _)| *p == postcode)
            .map(|(_, i)| Match {
                commune: &self.communes[*i as usize],
                matched_by: MatchedBy::Postcode,
            })
            .collect();
        out.sort_by(|a, b| rank(a.commune, b.commune));
        out
    }

    /// Every commune whose name, or the name of a commune merged into it, is `name` once folded
    /// (case, accents, hyphens, apostrophes, « St »/« Saint »). The most populous first; a commune
    /// found by its current name comes before one found by a former name.
    pub fn by_name(&self, name: &str) -> Vec<Match<'_>> {
        let wanted = key::search_key(name);
        if wanted.is_empty() {
            return Vec::new();
        }
        let start = self
            .names
            .partition_point(|e| self.key(e) < wanted.as_str());
        let mut out: Vec<Match<'_>> = Vec::new();
        let mut seen = HashSet::new();
        let mut entries: Vec<&NameEntry> = self.names[start..]
            .iter()
            .take_while(|e| self.key(e) == wanted)
            .collect();
        // Current names first, so that a commune matching both ways is reported by its name.
        entries.sort_by_key(|e| e.former != 0);
        for e in entries {
            if seen.insert(e.commune) {
                let commune = &self.communes[e.commune as usize];
                let matched_by = match e.former {
                    0 => MatchedBy::Name,
                    n => MatchedBy::FormerName(
                        commune
                            .former_names()
                            .nth(n as usize - 1)
                            .unwrap_or(commune.name),
                    ),
                };
                out.push(Match {
                    commune,
                    matched_by,
                });
            }
        }
        out.sort_by(|a, b| {
            let former = |m: &Match<'_>| matches!(m.matched_by, MatchedBy::FormerName(_));
            former(a)
                .cmp(&former(b))
                .then_with(|| rank(a.commune, b.commune))
        });
        out
    }

    /// Autocompletion: up to `limit` communes whose name or former name starts with `partial`
    /// (folded like [`Geo::by_name`]), or whose postcode starts with `partial` when it is digits.
    /// Exact names first, then the most populous.
    pub fn complete(&self, partial: &str, limit: usize) -> Vec<Match<'_>> {
        let trimmed = partial.trim_start();
        if !trimmed.is_empty() && trimmed.len() <= 5 && trimmed.bytes().all(|b| b.is_ascii_digit())
        {
            let start = self.postcodes.partition_point(|(p, _)| *p < trimmed);
            let mut seen = HashSet::new();
            let mut out: Vec<Match<'_>> = self.postcodes[start..]
                .iter()
                .take_while(|(p, _)| p.starts_with(trimmed))
                .filter(|(_, i)| seen.insert(*i))
                .map(|(_, i)| Match {
                    commune: &self.communes[*i as usize],
                    matched_by: MatchedBy::Postcode,
                })
                .collect();
            out.sort_by(|a, b| rank(a.commune, b.commune));
            out.truncate(limit);
            return out;
        }
        let wanted = key::prefix_key(trimmed);
        if wanted.trim().is_empty() {
            return Vec::new();
        }
        let start = self
            .names
            .partition_point(|e| self.key(e) < wanted.as_str());
        // Keys are sorted, so a commune's exact key comes before its longer ones: the first
        // entry seen for a commune is its best.
        let mut seen = HashSet::new();
        let mut best: Vec<(bool, u32)> = Vec::new();
        for e in self.names[start..]
            .iter()
            .take_while(|e| self.key(e).starts_with(wanted.as_str()))
        {
            if seen.insert(e.commune) {
                best.push((self.key(e).len() != wanted.trim_end().len(), e.commune));
            }
        }
        let order = |(a_partial, a): &(bool, u32), (b_partial, b): &(bool, u32)| {
            a_partial
                .cmp(b_partial)
                .then_with(|| rank(&self.communes[*a as usize], &self.communes[*b as usize]))
        };
        // A short prefix (« sai ») matches thousands: select the best `limit` in linear time.
        if best.len() > limit && limit > 0 {
            best.select_nth_unstable_by(limit - 1, order);
        }
        best.truncate(limit);
        best.sort_unstable_by(order);
        best.into_iter()
            .map(|(_, i)| Match {
                commune: &self.communes[i as usize],
                matched_by: MatchedBy::Prefix,
            })
            .collect()
    }

    /// What a person typed, resolved: a postcode (« 93200 », « 93 200 »), a postcode and a name
    /// (« 93200 Saint-Denis », which keeps the communes of that postcode whose name starts with the
    /// name), or a commune name (exact matches, or else up to [`LOOKUP_PREFIX_LIMIT`] prefix
    /// matches). Empty when nothing matches.
    pub fn lookup(&self, query: &str) -> Vec<Match<'_>> {
        let visible = crate::model::limits::without_invisible(query);
        let query = visible.trim();
        let compact: String = query.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.len() == 5 && compact.bytes().all(|b| b.is_ascii_digit()) {
            return self.by_postcode(&compact);
        }
        let digits = query.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 5 {
            let wanted = key::search_key(&query[5..]);
            let prefix_of = |name: &str| key::search_key(name).starts_with(wanted.as_str());
            return self
                .by_postcode(&query[..5])
                .into_iter()
                .filter(|m| prefix_of(m.commune.name) || m.commune.former_names().any(prefix_of))
                .collect();
        }
        let exact = self.by_name(query);
        if exact.is_empty() {
            self.complete(query, LOOKUP_PREFIX_LIMIT)
        } else {
            exact
        }
    }

    /// The office competent for the residence permits of a person living in commune `insee` (see
    /// [`Competence`] for the rules), or `None` if no commune has that INSEE code.
    pub fn office_for(&self, insee: &str) -> Option<Competence> {
        competence::resolve(self, self.commune(insee)?)
    }

    fn key(&self, e: &NameEntry) -> &str {
        &self.keys[e.start as usize..][..e.len as usize]
    }

    fn annuaire(&self, scope: Scope, code: &str) -> Option<&AnnuaireOffice> {
        self.offices
            .iter()
            .find(|o| o.scope == scope && o.code == code)
    }

    fn curated_rule(&self, scope: Scope, code: &str) -> Option<&CuratedRule> {
        self.curated
            .iter()
            .find(|r| r.scope == scope && r.code == code)
    }
}

/// The order communes are shown in: the most populous first, then by INSEE code.
fn rank(a: &Commune, b: &Commune) -> std::cmp::Ordering {
    b.population
        .unwrap_or(0)
        .cmp(&a.population.unwrap_or(0))
        .then(a.insee.cmp(b.insee))
}

/// The kinds of office that can be competent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum OfficeKind {
    /// A département's prefecture.
    Prefecture,
    /// A sub-prefecture.
    SousPrefecture,
    /// The Préfecture de police, for Paris (CESEDA R431-20).
    PrefectureDePolice,
    /// The State's representation in Saint-Barthélemy or Saint-Martin.
    RepresentationEtat,
}

impl OfficeKind {
    /// The stable id used in JSON (`prefecture`, `sous-prefecture`, `prefecture-de-police`,
    /// `representation-etat`).
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The kind with stable id `id`.
    pub fn from_id(id: &str) -> Option<OfficeKind> {
        id.parse().ok()
    }

    /// The Fluent id (in `geo.ftl`) of the kind's name.
    pub fn message_id(self) -> String {
        format!("geo-office-kind-{}", self.id())
    }
}

/// How far a competence fact can be trusted (the tags of ../shared/domain/legal-facts.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Read in a primary text.
    Verified,
    /// Said by a secondary source (a prefecture notice, the press, an association).
    Secondary,
    /// An inference or a default: nothing says it.
    Inference,
}

#[cfg(test)]
mod tests;
