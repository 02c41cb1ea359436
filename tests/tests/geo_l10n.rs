//! The prefecture finder's texts exist in French and English with the same variables, every id the
//! code produces is translated, and the French follows French typography.

use passerelle_core::geo::{Competence, Geo, NotApplicable, OfficeKind, ATTRIBUTION_MESSAGE_IDS};
use passerelle_core::i18n::{messages_of, L10n};

#[test]
fn geo_ftl_has_the_same_ids_and_variables_in_french_and_english() {
    let fr = messages_of("fr", "geo.ftl").expect("fr/geo.ftl is embedded");
    let en = messages_of("en", "geo.ftl").expect("en/geo.ftl is embedded");
    assert_eq!(fr, en, "same message ids and variables in both languages");
}

#[test]
fn every_id_the_finder_produces_is_translated() {
    let kind_ids = [
        OfficeKind::Prefecture,
        OfficeKind::SousPrefecture,
        OfficeKind::PrefectureDePolice,
        OfficeKind::RepresentationEtat,
    ]
    .map(OfficeKind::message_id);
    let mut ids: Vec<&str> = vec![NotApplicable::MESSAGE_ID, "geo-to-verify", "geo-data-date"];
    ids.extend(ATTRIBUTION_MESSAGE_IDS);
    ids.extend(kind_ids.iter().map(String::as_str));
    let geo = Geo::get();
    for c in geo.communes() {
        if let Some(Competence::Office(o)) = geo.office_for(c.insee) {
            for id in o.note_ids {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    for lang in ["fr", "en"] {
        for id in &ids {
            assert!(L10n::get().has(lang, id), "{lang} lacks {id}");
        }
        assert!(
            L10n::get().has(lang, "error-place-not-found"),
            "{lang} lacks the no-match error"
        );
    }
}

#[test]
fn french_texts_use_french_spacing() {
    let l10n = L10n::get();
    let fr = messages_of("fr", "geo.ftl").expect("fr/geo.ftl");
    for (id, vars) in fr {
        let args: Vec<(&str, String)> = vars
            .iter()
            .map(|v| (v.as_str(), "nouvelle-caledonie".to_string()))
            .collect();
        let text = l10n.format("fr", &id, &args);
        for (i, ch) in text.char_indices() {
            if ch == ':' {
                assert!(
                    text[..i].ends_with('\u{a0}'),
                    "{id}: U+00A0 before « : » in {text:?}"
                );
            }
            if matches!(ch, ';' | '!' | '?') {
                assert!(
                    text[..i].ends_with('\u{202f}'),
                    "{id}: U+202F before « {ch} » in {text:?}"
                );
            }
        }
        assert!(
            !text.contains(" :") && !text.contains("« ") && !text.contains(" »"),
            "{id}: no plain space in French punctuation: {text:?}"
        );
        assert!(
            !text.contains('\''),
            "{id}: typographic apostrophe in {text:?}"
        );
    }
    let geo = Geo::get();
    for (insee, territory) in [
        ("98613", "à Wallis-et-Futuna"),
        ("98735", "en Polynésie française"),
        ("98818", "en Nouvelle-Calédonie"),
    ] {
        let Some(Competence::CesedaNotApplicable(n)) = geo.office_for(insee) else {
            panic!("{insee} is outside the CESEDA")
        };
        let message = l10n.format("fr", NotApplicable::MESSAGE_ID, &n.message_args());
        assert!(
            message.starts_with(&format!("Le CESEDA ne s’applique pas {territory}\u{a0}:")),
            "{insee}: {message}"
        );
    }
}
