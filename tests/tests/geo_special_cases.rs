//! Every trap of ../shared/data/NOTES.md, through the public API of `passerelle_core::geo`, and the
//! promise that every postcode in the data leads to an office or to an explicit « CESEDA not
//! applicable ».

use passerelle_core::geo::{Competence, Geo, MatchedBy, OfficeKind};

fn geo() -> &'static Geo {
    Geo::get()
}

fn office_kind(insee: &str) -> OfficeKind {
    match geo().office_for(insee) {
        Some(Competence::Office(o)) => o.kind,
        other => panic!("{insee} should have an office, got {other:?}"),
    }
}

#[test]
fn every_postcode_resolves_to_an_office_or_to_ceseda_not_applicable() {
    let postcodes = geo().postcodes();
    assert_eq!(
        postcodes.len(),
        6310,
        "NOTES.md counts 6,310 postcodes in COG 2026"
    );
    let (mut offices, mut not_applicable) = (0, 0);
    for postcode in postcodes {
        let communes = geo().by_postcode(postcode);
        assert!(
            !communes.is_empty(),
            "{postcode} lists at least one commune"
        );
        for m in communes {
            match geo().office_for(m.commune.insee) {
                Some(Competence::Office(o)) => {
                    assert!(
                        !o.name.is_empty() && !o.address.is_empty(),
                        "{postcode}/{}: office with a name and an address",
                        m.commune.insee
                    );
                    offices += 1;
                }
                Some(Competence::CesedaNotApplicable(n)) => {
                    assert!(
                        ["986", "987", "988"].contains(&n.departement),
                        "{postcode}: only 986–988 are outside the CESEDA"
                    );
                    not_applicable += 1;
                }
                None => panic!("{postcode}/{}: no competence", m.commune.insee),
            }
        }
    }
    assert!(
        offices > 35_000 && not_applicable > 0,
        "{offices} offices, {not_applicable} outside the CESEDA"
    );
}

#[test]
fn paris_and_its_75116_go_to_the_prefecture_de_police() {
    let sixteenth: Vec<_> = geo()
        .by_postcode("75116")
        .iter()
        .map(|m| m.commune.insee)
        .collect();
    assert_eq!(sixteenth, vec!["75116"], "75116 is the 16th arrondissement");
    let sixteenth_too: Vec<_> = geo()
        .by_postcode("75016")
        .iter()
        .map(|m| m.commune.insee)
        .collect();
    assert_eq!(
        sixteenth_too,
        vec!["75116"],
        "75016 is the 16th arrondissement too"
    );
    for arrondissement in 75101..=75120 {
        assert_eq!(
            office_kind(&arrondissement.to_string()),
            OfficeKind::PrefectureDePolice,
            "{arrondissement}: R431-20"
        );
    }
    assert_eq!(
        office_kind("75056"),
        OfficeKind::PrefectureDePolice,
        "Paris as a whole"
    );
}

#[test]
fn lyon_and_marseille_arrondissements_go_to_their_departement_prefecture() {
    for (insee, prefecture) in [
        ("69381", "Préfecture du Rhône"),
        ("69389", "Préfecture du Rhône"),
        ("69266", "Préfecture du Rhône"),
        ("13201", "Préfecture des Bouches-du-Rhône"),
        ("13216", "Préfecture des Bouches-du-Rhône"),
    ] {
        let c = geo().office_for(insee).expect("known commune");
        assert_eq!(
            c.office().map(|o| o.name.as_str()),
            Some(prefecture),
            "{insee}"
        );
    }
    let lyon: Vec<_> = geo()
        .by_postcode("69001")
        .iter()
        .map(|m| m.commune.parent)
        .collect();
    assert_eq!(lyon, vec![Some("69123")], "69001 is Lyon 1er, part of Lyon");
}

#[test]
fn corsica_is_told_apart_by_the_table_not_the_20_prefix() {
    let mut seen = std::collections::BTreeSet::new();
    for postcode in geo()
        .postcodes()
        .into_iter()
        .filter(|p| p.starts_with("20"))
    {
        let deps: std::collections::BTreeSet<_> = geo()
            .by_postcode(postcode)
            .iter()
            .map(|m| m.commune.departement)
            .collect();
        assert_eq!(
            deps.len(),
            1,
            "{postcode}: no Corsican postcode spans 2A and 2B"
        );
        seen.extend(deps);
    }
    assert_eq!(seen.into_iter().collect::<Vec<_>>(), vec!["2A", "2B"]);
}

#[test]
fn postcode_94390_is_in_the_essonne() {
    let found = geo().by_postcode("94390");
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].commune.name, found[0].commune.departement),
        ("Paray-Vieille-Poste", "91")
    );
    let office = geo().office_for(found[0].commune.insee).expect("known");
    assert_eq!(
        office.office().map(|o| o.name.as_str()),
        Some("Préfecture de l'Essonne"),
        "not the Val-de-Marne"
    );
}

#[test]
fn sixteen_postcodes_span_two_departements() {
    let spanning: Vec<&str> = geo()
        .postcodes()
        .into_iter()
        .filter(|p| {
            let deps: std::collections::BTreeSet<_> = geo()
                .by_postcode(p)
                .iter()
                .map(|m| m.commune.departement)
                .collect();
            deps.len() > 1
        })
        .collect();
    assert_eq!(
        spanning,
        vec![
            "01200", "01410", "01590", "05110", "05130", "05160", "05700", "06260", "13780",
            "21340", "33220", "37160", "42620", "43450", "48250", "52100"
        ],
        "the list of NOTES.md"
    );
}

#[test]
fn mayotte_goes_to_its_prefecture_with_a_warning() {
    let found = geo().by_postcode("97600");
    assert!(
        found
            .iter()
            .all(|m| m.commune.departement == "976" && m.commune.arrondissement.is_none()),
        "Mayotte has no arrondissement"
    );
    let o = geo()
        .office_for("97611")
        .and_then(|c| c.office().cloned())
        .expect("an office");
    assert_eq!(o.name, "Préfecture de Mayotte");
    assert!(o.note_ids.contains(&"geo-note-mayotte"));
}

#[test]
fn saint_barthelemy_and_saint_martin_are_not_guadeloupe() {
    for (postcode, dep) in [("97133", "977"), ("97150", "978")] {
        let found = geo().by_postcode(postcode);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].commune.departement, dep,
            "{postcode} starts with 971 but is not Guadeloupe"
        );
        assert_eq!(
            office_kind(found[0].commune.insee),
            OfficeKind::RepresentationEtat
        );
    }
}

#[test]
fn saint_pierre_et_miquelon_has_its_prefecture() {
    let found = geo().by_postcode("97500");
    assert_eq!(
        found.len(),
        2,
        "Saint-Pierre and Miquelon-Langlade share 97500"
    );
    for m in found {
        let o = geo()
            .office_for(m.commune.insee)
            .and_then(|c| c.office().cloned())
            .expect("an office");
        assert_eq!(o.name, "Préfecture de Saint-Pierre-et-Miquelon");
        assert_eq!(
            o.address.last().map(String::as_str),
            Some("97500 SAINT PIERRE")
        );
    }
}

#[test]
fn names_shared_by_several_departements_list_them_all() {
    let found = geo().by_name("Saint-Pierre");
    let deps: std::collections::BTreeSet<_> = found.iter().map(|m| m.commune.departement).collect();
    assert!(
        deps.len() >= 9 && deps.contains("972") && deps.contains("974") && deps.contains("975"),
        "{deps:?}"
    );
}

#[test]
fn old_names_of_merged_communes_are_found() {
    let found = geo().lookup("Pierrefitte-sur-Seine");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].commune.name, "Saint-Denis");
    assert_eq!(
        found[0].matched_by,
        MatchedBy::FormerName("Pierrefitte-sur-Seine")
    );
}
