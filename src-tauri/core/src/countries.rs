//! Countries in French: the ISO 3166-1 alpha-2 code a case file records, turned into the words a
//! French letter prints (« Nationalité : nigériane »).
//!
//! The table is `assets/countries/countries.tsv` (its header states the sources), embedded at
//! build time and parsed once. It owns names and adjectives only: which nationals the CESEDA does
//! not concern (France, the EU, the EEA, Switzerland) is law, and stays in the rule pack
//! (`assets/rules/fr-teh.json`, `notConcerned`); a test checks that every code the pack names is
//! in this table, so the two lists cannot drift apart.
//!
//! [`nationality`] agrees the adjective with a sex given (`X` or none: both forms, « nigérian(e) »,
//! as « Né(e) »). The letter's « Nationalité : » line asks for the feminine whoever the person is:
//! there the adjective agrees with « nationalité ».

use std::sync::OnceLock;

/// The case file's value for a stateless person (not an ISO code).
pub const STATELESS: &str = "stateless";

const TABLE: &str = include_str!("../../../assets/countries/countries.tsv");

/// A country or territory of ISO 3166-1 (plus Kosovo, `XK`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, in capitals.
    pub code: &'static str,
    /// French short name, in reading order, without article: « Nigeria », « Russie ».
    pub name: &'static str,
    masculine: &'static str,
    feminine: &'static str,
}

impl Country {
    /// True if and only if the territory has a nationality of its own (a dependency or an
    /// uninhabited territory has none: its inhabitants hold another State's).
    pub fn has_nationality(&self) -> bool {
        !self.masculine.is_empty()
    }

    /// The nationality adjective agreeing with `sex` (`F`, `M`, `X` or unrecorded), or `None` if
    /// the territory has no nationality of its own.
    pub fn nationality(&self, sex: Option<&str>) -> Option<String> {
        if !self.has_nationality() {
            return None;
        }
        Some(agree(self.masculine, self.feminine, sex))
    }
}

/// Every entry of the table, sorted by code.
pub fn all() -> &'static [Country] {
    static TABLE_PARSED: OnceLock<Vec<Country>> = OnceLock::new();
    TABLE_PARSED.get_or_init(parse)
}

/// The country with ISO 3166-1 alpha-2 code `code` (case-sensitive: the case file stores
/// capitals).
pub fn get(code: &str) -> Option<&'static Country> {
    let table = all();
    table
        .binary_search_by(|c| c.code.cmp(code))
        .ok()
        .map(|i| &table[i])
}

/// The French nationality adjective for a case file's `person.nationality` value (an ISO code or
/// [`STATELESS`]) and `person.sex`. `None` for an unknown code or a territory without a
/// nationality of its own.
pub fn nationality(code: &str, sex: Option<&str>) -> Option<String> {
    if code == STATELESS {
        return Some("apatride".to_string());
    }
    get(code)?.nationality(sex)
}

/// `F` → feminine, `M` → masculine, anything else → both: « nigérian(e) » when the feminine
/// extends the masculine, « turc/turque » when it does not.
fn agree(masculine: &str, feminine: &str, sex: Option<&str>) -> String {
    match sex {
        Some("F") => feminine.to_string(),
        Some("M") => masculine.to_string(),
        _ if masculine == feminine => masculine.to_string(),
        _ => match feminine.strip_prefix(masculine) {
            Some(ending) => format!("{masculine}({ending})"),
            None => format!("{masculine}/{feminine}"),
        },
    }
}

fn parse() -> Vec<Country> {
    let mut out: Vec<Country> = TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let mut cols = line.split('\t');
            let mut next = || cols.next().unwrap_or("");
            Country {
                code: next(),
                name: next(),
                masculine: next(),
                feminine: next(),
            }
        })
        .collect();
    // The file is sorted; sorting again costs nothing and keeps `get` right if an edit is not.
    out.sort_by(|a, b| a.code.cmp(b.code));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_adjective_agrees_with_the_recorded_sex() {
        assert_eq!(nationality("NG", Some("F")).as_deref(), Some("nigériane"));
        assert_eq!(nationality("NG", Some("M")).as_deref(), Some("nigérian"));
        assert_eq!(nationality("NG", Some("X")).as_deref(), Some("nigérian(e)"));
        assert_eq!(
            nationality("NG", None).as_deref(),
            Some("nigérian(e)"),
            "an unrecorded sex is not guessed: both forms"
        );
        assert_eq!(nationality("DZ", None).as_deref(), Some("algérien(ne)"));
        assert_eq!(nationality("AL", Some("F")).as_deref(), Some("albanaise"));
        assert_eq!(nationality("GR", Some("F")).as_deref(), Some("grecque"));
    }

    #[test]
    fn invariable_and_irregular_adjectives_have_one_neutral_form() {
        assert_eq!(nationality("BE", Some("F")).as_deref(), Some("belge"));
        assert_eq!(nationality("BE", None).as_deref(), Some("belge"));
        assert_eq!(nationality("TR", Some("X")).as_deref(), Some("turc/turque"));
        assert_eq!(nationality("TR", Some("F")).as_deref(), Some("turque"));
    }

    #[test]
    fn stateless_people_are_apatride_whatever_their_sex() {
        assert_eq!(
            nationality(STATELESS, Some("F")).as_deref(),
            Some("apatride")
        );
        assert_eq!(nationality(STATELESS, None).as_deref(), Some("apatride"));
    }

    #[test]
    fn unknown_codes_and_territories_without_nationality_give_none() {
        assert_eq!(nationality("ZZ", Some("F")), None);
        assert_eq!(nationality("ng", Some("F")), None, "codes are capitals");
        let bouvet = get("BV").expect("Bouvet Island is in ISO 3166-1");
        assert!(!bouvet.has_nationality());
        assert_eq!(nationality("BV", Some("F")), None);
        assert_eq!(get("NG").map(|c| c.name), Some("Nigeria"));
    }

    #[test]
    fn the_table_has_every_iso_code_once_in_order() {
        let table = all();
        assert!(
            table.len() >= 249,
            "ISO 3166-1 has 249 codes: {}",
            table.len()
        );
        for pair in table.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "sorted and unique: {} then {}",
                pair[0].code,
                pair[1].code
            );
        }
        for c in table {
            assert!(
                c.code.len() == 2 && c.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{:?} is an alpha-2 code",
                c.code
            );
            assert!(!c.name.is_empty(), "{} has a name", c.code);
            assert_eq!(
                c.masculine.is_empty(),
                c.feminine.is_empty(),
                "{}: both forms or neither",
                c.code
            );
            assert!(
                !c.masculine.contains('\'') && !c.name.contains('\''),
                "{}: typographic apostrophe",
                c.code
            );
            assert_eq!(
                c.masculine.to_lowercase(),
                c.masculine,
                "{}: French nationality adjectives take no capital",
                c.code
            );
        }
    }

    #[test]
    fn every_nationality_the_rule_pack_names_has_an_adjective() {
        // One source of truth for the law (the pack), one for the words (this table): the pack's
        // codes must all be words here.
        let pack = crate::legal::RulePack::embedded();
        let codes: Vec<&str> = pack
            .not_concerned
            .iter()
            .flat_map(|r| r.nationalities.iter().map(String::as_str))
            .collect();
        assert!(codes.contains(&"FR") && codes.contains(&"CH"));
        for code in codes {
            assert!(
                get(code).is_some_and(Country::has_nationality),
                "the rule pack names {code}, which the country table lacks"
            );
        }
    }
}
