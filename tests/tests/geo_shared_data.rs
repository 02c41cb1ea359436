//! The shipped dataset says what ../shared/data says: same postcodes, same communes per postcode,
//! same former names, same annuaire offices. Skipped (with a message) where ../shared is absent;
//! CI has it beside the repository.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use passerelle_core::geo::Geo;
use serde_json::Value;

fn shared(file: &str) -> Option<Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data")
        .join(file);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return None;
    };
    Some(serde_json::from_str(&text).expect("shared data is JSON"))
}

#[test]
fn postcodes_communes_and_former_names_match_the_shared_derivation() {
    let Some(reference) = shared("prefectures-par-code-postal.compact.json") else {
        return;
    };
    let geo = Geo::get();
    let mut theirs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut former: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (postcode, records) in reference["codesPostaux"].as_object().expect("codesPostaux") {
        for r in records.as_array().expect("records") {
            let insee = r[0].as_str().expect("insee").to_string();
            theirs
                .entry(postcode.clone())
                .or_default()
                .insert(insee.clone());
            let names = r
                .get(5)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            former.insert(insee.clone(), names);
            let ours = geo
                .commune(&insee)
                .unwrap_or_else(|| panic!("{insee} is shipped"));
            assert_eq!(
                ours.departement,
                r[2].as_str().expect("dep"),
                "{insee}: département"
            );
            assert_eq!(
                ours.arrondissement,
                r[3].as_str(),
                "{insee}: arrondissement"
            );
        }
    }
    let ours: BTreeMap<String, BTreeSet<String>> = geo
        .postcodes()
        .into_iter()
        .map(|p| {
            (
                p.to_string(),
                geo.by_postcode(p)
                    .iter()
                    .map(|m| m.commune.insee.to_string())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(ours, theirs, "postcode → communes");
    for (insee, names) in former {
        let shipped: BTreeSet<String> = geo
            .commune(&insee)
            .expect("shipped")
            .former_names()
            .map(str::to_string)
            .collect();
        assert_eq!(shipped, names, "{insee}: former names");
    }
}

#[test]
fn annuaire_offices_match_the_shared_join() {
    let Some(reference) = shared("adresses-prefectures-2022.json") else {
        return;
    };
    let geo = Geo::get();
    let mut checked = 0;
    for (code, dep) in reference["departements"].as_object().expect("departements") {
        // 984 (TAAF) has no commune with a postcode, so the finder never needs its office.
        let Some(expected) = dep["prefecture"]["id"].as_str() else {
            continue;
        };
        let Some(commune) = geo.communes().iter().find(|c| {
            c.departement == code
                && c.arrondissement.is_none_or(|a| {
                    geo.arrondissement(a).is_some_and(|a| {
                        a.chef_lieu_insee == geo.departement(code).expect("dep").prefecture_insee
                    })
                })
        }) else {
            continue;
        };
        let competence = geo.office_for(commune.insee).expect("known commune");
        let Some(office) = competence.office() else {
            continue;
        };
        if office.annuaire_id.is_some()
            && office.kind != passerelle_core::geo::OfficeKind::SousPrefecture
        {
            assert_eq!(
                office.annuaire_id,
                Some(expected),
                "département {code}: prefecture address"
            );
            checked += 1;
        }
    }
    assert!(checked >= 100, "only {checked} prefectures compared");
}
