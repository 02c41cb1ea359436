//! Unit tests of the lookup and competence rules on the embedded dataset. The special cases of
//! ../shared/data/NOTES.md are covered here and, through the public API, in tests/tests/geo_*.rs.

use super::*;

fn geo() -> &'static Geo {
    Geo::get()
}

fn insees(matches: &[Match<'_>]) -> Vec<&'static str> {
    matches.iter().map(|m| m.commune.insee).collect()
}

fn office(insee: &str) -> Office {
    match geo().office_for(insee) {
        Some(Competence::Office(o)) => o,
        other => panic!("{insee} should have an office, got {other:?}"),
    }
}

#[test]
fn a_postcode_lists_every_commune_it_serves_most_populous_first() {
    let found = geo().by_postcode("01200");
    assert_eq!(
        found.len(),
        9,
        "01200 serves nine communes in two départements"
    );
    assert_eq!(
        found[0].commune.name, "Valserhône",
        "the most populous commune comes first"
    );
    assert!(
        found
            .iter()
            .any(|m| m.commune.insee == "74109" && m.commune.departement == "74"),
        "Éloise (74) shares 01200 with the Ain"
    );
}

#[test]
fn the_departement_comes_from_the_cog_not_the_postcode() {
    let found = geo().by_postcode("94390");
    assert_eq!(
        insees(&found),
        vec!["91479"],
        "94390 is Paray-Vieille-Poste"
    );
    assert_eq!(
        found[0].commune.departement, "91",
        "Paray-Vieille-Poste is in the Essonne despite its 94 postcode"
    );
}

#[test]
fn names_fold_case_accents_hyphens_and_saint() {
    for spelling in ["St-Denis", "saint denis", "SAINT-DENIS", "Saint–Denis"] {
        let found = geo().by_name(spelling);
        assert_eq!(
            found.first().map(|m| m.commune.insee),
            Some("97411"),
            "{spelling:?}: Saint-Denis (La Réunion) is the most populous"
        );
        assert_eq!(
            found.get(1).map(|m| m.commune.insee),
            Some("93066"),
            "{spelling:?}: then Saint-Denis (93)"
        );
        assert_eq!(
            found.len(),
            4,
            "{spelling:?}: four Saint-Denis, in the 11, 30, 93 and 974"
        );
    }
    assert_eq!(insees(&geo().by_name("l'hay les roses")), vec!["94038"]);
}

#[test]
fn a_former_commune_name_finds_the_commune_it_merged_into() {
    let found = geo().by_name("Bellegarde-sur-Valserine");
    assert_eq!(insees(&found), vec!["01033"]);
    assert_eq!(
        found[0].matched_by,
        MatchedBy::FormerName("Bellegarde-sur-Valserine")
    );
    let found = geo().by_name("Pierrefitte-sur-Seine");
    assert_eq!(
        insees(&found),
        vec!["93066"],
        "Pierrefitte merged into Saint-Denis in 2025"
    );
}

#[test]
fn paris_lyon_marseille_are_found_whole_by_name_and_by_arrondissement_by_postcode() {
    assert_eq!(insees(&geo().by_name("Paris")), vec!["75056"]);
    assert_eq!(insees(&geo().by_postcode("75016")), vec!["75116"]);
    assert_eq!(
        insees(&geo().by_postcode("75116")),
        vec!["75116"],
        "75116 and 75016 both serve the 16th"
    );
    assert_eq!(insees(&geo().by_postcode("13001")), vec!["13201"]);
    assert_eq!(insees(&geo().by_postcode("69003")), vec!["69383"]);
    assert!(geo()
        .by_postcode("75001")
        .iter()
        .all(|m| m.commune.kind == CommuneKind::ArrondissementMunicipal));
}

#[test]
fn completion_prefers_exact_names_then_population() {
    let found = geo().complete("bobig", 5);
    assert_eq!(found.first().map(|m| m.commune.name), Some("Bobigny"));
    let found = geo().complete("Saint-", 10);
    assert_eq!(found.len(), 10);
    let saint = |name: &str| key::search_key(name).starts_with("saint ");
    assert!(
        found
            .iter()
            .all(|m| saint(m.commune.name) || m.commune.former_names().any(saint)),
        "« Saint- » completes to saints only, not Saintes: {found:?}"
    );
    let found = geo().complete("9320", 50);
    assert!(
        found.iter().any(|m| m.commune.insee == "93066"),
        "digits complete postcodes"
    );
    assert!(geo().complete("", 5).is_empty());
}

#[test]
fn lookup_reads_postcodes_names_and_both() {
    assert_eq!(insees(&geo().lookup(" 93 200 ")), vec!["93066"]);
    assert_eq!(insees(&geo().lookup("93200 St Denis")), vec!["93066"]);
    assert_eq!(
        insees(&geo().lookup("01200 Bellegarde")),
        vec!["01033"],
        "a former name filters a postcode too"
    );
    assert!(
        geo().lookup("01200 Paris").is_empty(),
        "a name that is not in the postcode matches nothing"
    );
    assert_eq!(
        geo().lookup("Valserh").first().map(|m| m.commune.insee),
        Some("01033"),
        "no exact name: prefix matches"
    );
    assert!(geo().lookup("Xyzzy").is_empty());
    assert!(geo().lookup("00000").is_empty());
}

#[test]
fn paris_goes_to_the_prefecture_de_police() {
    for insee in ["75056", "75101", "75116", "75120"] {
        let o = office(insee);
        assert_eq!(
            o.kind,
            OfficeKind::PrefectureDePolice,
            "{insee}: CESEDA R431-20"
        );
        assert!(
            o.to_verify,
            "the Paris address is curated from a secondary source"
        );
    }
}

#[test]
fn a_commune_of_the_prefecture_arrondissement_goes_to_the_prefecture_unflagged() {
    let o = office("93008"); // Bobigny
    assert_eq!(o.kind, OfficeKind::Prefecture);
    assert_eq!(o.name, "Préfecture de la Seine-Saint-Denis");
    assert!(
        !o.to_verify,
        "R431-20 is verified and the prefecture is in the commune's own arrondissement"
    );
    assert_eq!(o.address.last().map(String::as_str), Some("93000 BOBIGNY"));
    let o = office("69383"); // Lyon 3e
    assert_eq!(o.name, "Préfecture du Rhône");
    let o = office("13201"); // Marseille 1er
    assert_eq!(o.name, "Préfecture des Bouches-du-Rhône");
}

#[test]
fn a_curated_sub_prefecture_is_competent_for_its_arrondissement() {
    let o = office("93066"); // Saint-Denis
    assert_eq!(o.kind, OfficeKind::SousPrefecture);
    assert_eq!(o.name, "Sous-préfecture de Saint-Denis");
    assert!(
        o.to_verify,
        "the curated fact comes from the press, not a primary text"
    );
    let o = office("93062"); // Le Raincy
    assert_eq!(o.name, "Sous-préfecture du Raincy");
}

#[test]
fn an_uncurated_sub_prefecture_area_defaults_to_the_prefecture_flagged() {
    let o = office("91479"); // Paray-Vieille-Poste, arrondissement of Palaiseau
    assert_eq!(o.kind, OfficeKind::Prefecture);
    assert_eq!(o.name, "Préfecture de l'Essonne");
    assert!(o.to_verify);
    assert!(o.note_ids.contains(&"geo-note-default-site"));
}

#[test]
fn corsica_is_2a_or_2b_by_the_table() {
    assert_eq!(office("2A004").name, "Préfecture de la Corse-du-Sud");
    assert_eq!(office("2B033").name, "Préfecture de la Haute-Corse");
    let bastia = geo().by_postcode("20200");
    assert!(
        bastia.iter().all(|m| m.commune.departement == "2B"),
        "20200 is Bastia's area, in the 2B"
    );
}

#[test]
fn overseas_collectivities_follow_their_own_rules() {
    let o = office("97701");
    assert_eq!(o.kind, OfficeKind::RepresentationEtat, "Saint-Barthélemy");
    assert_eq!(
        geo().by_postcode("97133")[0].commune.departement,
        "977",
        "97133 is not Guadeloupe"
    );
    assert_eq!(
        office("97801").kind,
        OfficeKind::RepresentationEtat,
        "Saint-Martin"
    );
    assert_eq!(
        office("97502").name,
        "Préfecture de Saint-Pierre-et-Miquelon"
    );
    assert_eq!(
        insees(&geo().by_postcode("97500")).len(),
        2,
        "97500 serves Saint-Pierre and Miquelon-Langlade"
    );
    let mayotte = office("97611");
    assert_eq!(mayotte.name, "Préfecture de Mayotte");
    assert!(
        mayotte.note_ids.contains(&"geo-note-mayotte"),
        "Mayotte has its own CESEDA rules"
    );
    for insee in ["98818", "98735", "98613"] {
        match geo().office_for(insee) {
            Some(Competence::CesedaNotApplicable(n)) => {
                assert!(n.to_verify, "{insee}: the rule is an inference")
            }
            other => panic!("{insee}: the CESEDA does not apply there, got {other:?}"),
        }
    }
}

#[test]
fn every_office_fits_a_window_envelope() {
    for c in geo().communes() {
        if let Some(Competence::Office(o)) = geo().office_for(c.insee) {
            let lines = o.envelope();
            assert!(lines.len() <= postal::MAX_LINES, "{}: {lines:?}", c.insee);
            assert!(
                lines
                    .iter()
                    .all(|l| l.chars().count() <= postal::MAX_LINE_CHARS),
                "{}: {lines:?}",
                c.insee
            );
            let last = lines.last().expect("an envelope has a town line");
            assert!(
                last.len() > 6 && last[..5].bytes().all(|b| b.is_ascii_digit()),
                "{}: {last:?} starts with the postcode",
                c.insee
            );
        }
    }
}

#[test]
fn the_curated_table_names_only_known_places() {
    for rule in &geo().curated {
        match rule.scope {
            Scope::Departement => assert!(
                geo().departement(rule.code).is_some(),
                "curated département {}",
                rule.code
            ),
            Scope::Arrondissement => assert!(
                geo().arrondissement(rule.code).is_some(),
                "curated arrondissement {}",
                rule.code
            ),
        }
        assert!(
            !rule.source.is_empty() && !rule.checked.is_empty(),
            "curated {} has a source and a date",
            rule.code
        );
    }
}

#[test]
fn the_about_screen_credits_the_data_in_the_interface_language() {
    let fr = super::attribution_lines("fr")
        .join("\n")
        .replace('\u{a0}', " ");
    assert!(
        fr.contains("Etalab") && fr.contains("Licence Ouverte"),
        "{fr}"
    );
    assert!(
        fr.contains("DILA") && fr.contains("28 octobre 2022"),
        "{fr}"
    );
    assert!(fr.contains("Code officiel géographique 2026"), "{fr}");
    let en = super::attribution_lines("en").join("\n");
    assert!(
        en.contains("28 October 2022") && en.contains("Licence Ouverte"),
        "{en}"
    );
    assert_eq!(
        super::attribution_lines("fr").len(),
        super::ATTRIBUTION_MESSAGE_IDS.len()
    );
}

/// The Gironde prefecture's address in the 2022 annuaire is known to be out of date (legal-facts
/// §7.2): the letter's recipient is flagged « to verify », never printed as sure (audit,
/// 2026-12-04).
#[test]
fn the_gironde_prefecture_known_outdated_is_to_verify() {
    let o = office("33063");
    assert_eq!(o.name, "Préfecture de la Gironde");
    assert!(o.to_verify);
}
