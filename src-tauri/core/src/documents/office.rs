//! Where a case's letters go: the case's address → one commune → the prefecture finder's
//! competent office → the recipient block of a French letter.
//!
//! The commune comes from `person.address.communeInsee`; failing that, from a postcode that
//! serves one commune, or one commune whose name is the address's town. Anything else is an
//! [`Error::OfficeUndetermined`] that says what to fill in: a letter sent to the wrong prefecture
//! loses weeks, so the app never picks one commune among several.

use serde::Serialize;

use crate::db::settings::{OfficeHead, VaultSettings};
use crate::geo::{self, Geo};
use crate::model::association::Title;
use crate::model::case::CaseFile;
use crate::pdf::Recipient;
use crate::{Error, Result};

/// The office competent for a case, and where it was found.
#[derive(Debug, Clone)]
pub struct CompetentOffice {
    /// INSEE code of the person's commune.
    pub commune_insee: &'static str,
    /// Name of the person's commune.
    pub commune_name: &'static str,
    /// COG code of its département: the key of the prefect's title in the settings.
    pub departement: &'static str,
    /// The office, as the prefecture finder gives it.
    pub office: geo::Office,
}

impl CompetentOffice {
    /// The office's territory with preposition and article, as the letters address its head
    /// (« Monsieur le Préfet *de la Seine-Saint-Denis* », « Madame la Sous-Préfète *du Raincy* »):
    /// the département's, the arrondissement chef-lieu's, nothing for the Préfecture de police.
    pub fn territory(&self) -> String {
        let geo = Geo::get();
        match self.office.kind {
            geo::OfficeKind::Prefecture => geo
                .departement(self.departement)
                .map(geo::Departement::de_form)
                .unwrap_or_default(),
            geo::OfficeKind::SousPrefecture => geo
                .commune(self.commune_insee)
                .and_then(|c| c.arrondissement)
                .and_then(|code| geo.arrondissement(code))
                .map(|a| geo::postal::de_form(a.chef_lieu_town, a.chef_lieu_type_liaison))
                .unwrap_or_default(),
            // The head of the Préfecture de police is « le Préfet de police », of no territory.
            geo::OfficeKind::PrefectureDePolice => String::new(),
            // Saint-Barthélemy and Saint-Martin share one prefect (délégué), addressed by both
            // collectivities' names ([I]: usage, to verify; docs/documents.md).
            geo::OfficeKind::RepresentationEtat => {
                "de Saint-Barthélemy et de Saint-Martin".to_string()
            }
        }
    }

    /// The recipient of a letter: the office, its head addressed with `title`.
    pub fn recipient(&self, title: Title) -> Recipient<'_> {
        Recipient {
            office: &self.office,
            territory: self.territory(),
            title,
        }
    }

    /// True if and only if the office or its address rests on a secondary source, an inference or
    /// a default: the worker must check it before sending.
    pub fn to_verify(&self) -> bool {
        self.office.to_verify
    }

    /// Whose title the letter needs: the sub-prefect of the commune's arrondissement for a
    /// sub-prefecture, else the prefect of its département (the Préfet de police in Paris, the
    /// prefect délégué in Saint-Barthélemy and Saint-Martin).
    pub fn head(&self) -> OfficeHead {
        let arrondissement = Geo::get()
            .commune(self.commune_insee)
            .and_then(|c| c.arrondissement);
        match (self.office.kind, arrondissement) {
            (geo::OfficeKind::SousPrefecture, Some(code)) => OfficeHead::SubPrefect(code.into()),
            _ => OfficeHead::Prefect(self.departement.into()),
        }
    }
}

/// The head of a case's office, for the worker to say how the letters address them: both forms
/// as the letter prints them, and the one recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AddresseeChoice {
    /// Who: the key the title is recorded under.
    pub head: OfficeHead,
    /// The title recorded for them; `None` until the worker says (the letters then say
    /// « Monsieur »).
    pub title: Option<Title>,
    /// « Madame la Préfète de la Seine-Saint-Denis ».
    pub madame: String,
    /// « Monsieur le Préfet de la Seine-Saint-Denis ».
    pub monsieur: String,
}

/// The addressee choice for `case`, `None` when its address does not designate one office.
pub fn addressee_choice(case: &CaseFile, settings: &VaultSettings) -> Option<AddresseeChoice> {
    let office = competent_office(case).ok()?;
    let head = office.head();
    Some(AddresseeChoice {
        title: settings.head_title(&head),
        madame: office.recipient(Title::Madame).addressee(),
        monsieur: office.recipient(Title::Monsieur).addressee(),
        head,
    })
}

/// The office competent for `case`, from its address.
///
/// # Errors
/// [`Error::OfficeUndetermined`] when the address does not designate one commune;
/// [`Error::CesedaNotApplicable`] in Wallis-et-Futuna, French Polynesia and New Caledonia.
pub fn competent_office(case: &CaseFile) -> Result<CompetentOffice> {
    let geo = Geo::get();
    let commune = commune_of(geo, case)?;
    match geo.office_for(commune.insee) {
        Some(geo::Competence::Office(office)) => Ok(CompetentOffice {
            commune_insee: commune.insee,
            commune_name: commune.name,
            departement: commune.departement,
            office,
        }),
        Some(geo::Competence::CesedaNotApplicable(n)) => Err(Error::CesedaNotApplicable {
            territory: n
                .message_args()
                .into_iter()
                .find(|(k, _)| *k == "territory")
                .map(|(_, v)| v)
                .unwrap_or_default(),
        }),
        None => Err(Error::Internal(
            "a commune of the dataset without a département",
        )),
    }
}

fn undetermined(reason: &'static str, postcode: &str, communes: usize) -> Error {
    Error::OfficeUndetermined {
        reason,
        postcode: postcode.to_string(),
        communes,
    }
}

fn commune_of<'g>(geo: &'g Geo, case: &CaseFile) -> Result<&'g geo::Commune> {
    let address = case.person.address.as_ref();
    let field = |get: fn(&crate::model::case::Address) -> &Option<String>| {
        address
            .and_then(|a| get(a).as_deref())
            .map(|s| s.split_whitespace().collect::<String>())
            .filter(|s| !s.is_empty())
    };
    if let Some(insee) = field(|a| &a.commune_insee) {
        return geo
            .commune(&insee)
            .ok_or_else(|| undetermined("unknown-commune", "", 0));
    }
    let Some(postcode) = field(|a| &a.postcode) else {
        return Err(undetermined("no-address", "", 0));
    };
    let served = geo.by_postcode(&postcode);
    match served.as_slice() {
        [] => Err(undetermined("unknown-postcode", &postcode, 0)),
        [one] => Ok(one.commune),
        several => {
            // The town written in the address settles it only if it is exactly one of the
            // postcode's communes (folded: case, accents, hyphens, « St »).
            let town = address
                .and_then(|a| a.city.as_deref())
                .map(geo::key::search_key)
                .unwrap_or_default();
            let named: Vec<&geo::Match<'_>> = several
                .iter()
                .filter(|m| !town.is_empty() && geo::key::search_key(m.commune.name) == town)
                .collect();
            match named.as_slice() {
                [one] => Ok(one.commune),
                _ => Err(undetermined("ambiguous-postcode", &postcode, several.len())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::Address;
    use crate::pdf::typography::curly_apostrophes;

    fn case_at(postcode: Option<&str>, insee: Option<&str>, city: Option<&str>) -> CaseFile {
        let mut c = CaseFile::new(Some("Test".into()), None);
        c.person.address = Some(Address {
            line1: None,
            postcode: postcode.map(String::from),
            commune_insee: insee.map(String::from),
            city: city.map(String::from),
        });
        c
    }

    #[test]
    fn the_insee_code_wins_and_seine_saint_denis_takes_its_article() {
        // Bobigny: the prefecture's own arrondissement.
        let office = competent_office(&case_at(Some("75001"), Some("93008"), None)).unwrap();
        assert_eq!(office.departement, "93");
        assert_eq!(office.territory(), "de la Seine-Saint-Denis");
        assert_eq!(office.office.name, "Préfecture de la Seine-Saint-Denis");
        let town = office.office.address.last().expect("an address");
        assert!(town.contains("BOBIGNY"), "{town:?}");
        let postcode = town.split(' ').next().unwrap_or_default();
        assert!(
            postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit()),
            "{town:?}"
        );
    }

    #[test]
    fn a_territory_takes_the_article_insee_gives_it_with_curly_apostrophes() {
        // What a letter prints for a territory: the « de » form of the finder, made curly.
        for (name, type_liaison, printed) in [
            ("Seine-Saint-Denis", 3, "de la Seine-Saint-Denis"),
            ("Nord", 2, "du Nord"),
            ("Ain", 5, "de l’Ain"),
            ("Bouches-du-Rhône", 4, "des Bouches-du-Rhône"),
            ("Paris", 0, "de Paris"),
            ("Ille-et-Vilaine", 1, "d’Ille-et-Vilaine"),
        ] {
            assert_eq!(
                curly_apostrophes(&geo::postal::de_form(name, type_liaison)),
                printed,
                "{name}"
            );
        }
    }

    #[test]
    fn the_addressee_choice_shows_both_titles_as_printed_and_the_recorded_one() {
        let mut settings = VaultSettings::default();
        // Bobigny: the prefect of Seine-Saint-Denis.
        let bobigny = case_at(Some("93000"), Some("93008"), None);
        let choice = addressee_choice(&bobigny, &settings).unwrap();
        assert_eq!(choice.head, OfficeHead::Prefect("93".into()));
        assert_eq!(choice.title, None, "nothing recorded yet");
        assert_eq!(choice.madame, "Madame la Préfète de la Seine-Saint-Denis");
        assert_eq!(
            choice.monsieur,
            "Monsieur le Préfet de la Seine-Saint-Denis"
        );
        settings.prefect_titles.insert("93".into(), Title::Madame);
        assert_eq!(
            addressee_choice(&bobigny, &settings).unwrap().title,
            Some(Title::Madame)
        );
        // Le Raincy's sub-prefect is someone else, recorded by arrondissement.
        let raincy = addressee_choice(&case_at(Some("93340"), None, None), &settings).unwrap();
        assert!(
            matches!(&raincy.head, OfficeHead::SubPrefect(code) if code.starts_with("93")),
            "{:?}",
            raincy.head
        );
        assert_eq!(raincy.title, None);
        assert_eq!(raincy.madame, "Madame la Sous-Préfète du Raincy");
        // Paris: the Préfet de police, of no territory.
        let paris = addressee_choice(&case_at(Some("75011"), None, None), &settings).unwrap();
        assert_eq!(paris.head, OfficeHead::Prefect("75".into()));
        assert_eq!(paris.monsieur, "Monsieur le Préfet de police");
        // No office, no choice.
        assert_eq!(
            addressee_choice(&case_at(None, None, None), &settings),
            None
        );
    }

    #[test]
    fn a_sub_prefecture_is_addressed_by_its_town() {
        let office = competent_office(&case_at(Some("93200"), None, None)).unwrap();
        assert_eq!(office.commune_name, "Saint-Denis");
        assert_eq!(office.office.kind, geo::OfficeKind::SousPrefecture);
        assert_eq!(office.territory(), "de Saint-Denis");
        assert_eq!(office.office.name, "Sous-préfecture de Saint-Denis");
    }

    #[test]
    fn a_postcode_serving_one_commune_is_enough() {
        let office = competent_office(&case_at(Some("75016"), None, None)).unwrap();
        assert_eq!(office.office.kind, geo::OfficeKind::PrefectureDePolice);
        assert_eq!(office.territory(), "");
    }

    #[test]
    fn an_ambiguous_postcode_is_settled_only_by_the_exact_town() {
        // 01000 serves Bourg-en-Bresse and Saint-Denis-lès-Bourg.
        let served = Geo::get().by_postcode("01000").len();
        assert!(
            served > 1,
            "the fixture postcode must serve several communes"
        );
        let err = competent_office(&case_at(Some("01000"), None, Some("Bourg"))).unwrap_err();
        assert!(
            matches!(
                &err,
                Error::OfficeUndetermined { reason: "ambiguous-postcode", postcode, communes }
                    if postcode == "01000" && *communes == served
            ),
            "{err:?}"
        );
        let office =
            competent_office(&case_at(Some("01000"), None, Some("bourg en bresse"))).unwrap();
        assert_eq!(office.commune_name, "Bourg-en-Bresse");
    }

    #[test]
    fn missing_or_unknown_addresses_say_what_to_fill_in() {
        let mut no_address = CaseFile::new(None, None);
        assert!(matches!(
            competent_office(&no_address),
            Err(Error::OfficeUndetermined {
                reason: "no-address",
                ..
            })
        ));
        no_address.person.address = Some(Address::default());
        assert!(matches!(
            competent_office(&no_address),
            Err(Error::OfficeUndetermined {
                reason: "no-address",
                ..
            })
        ));
        assert!(matches!(
            competent_office(&case_at(Some("00000"), None, None)),
            Err(Error::OfficeUndetermined {
                reason: "unknown-postcode",
                ..
            })
        ));
        assert!(matches!(
            competent_office(&case_at(None, Some("99999"), None)),
            Err(Error::OfficeUndetermined {
                reason: "unknown-commune",
                ..
            })
        ));
    }

    #[test]
    fn new_caledonia_is_refused_and_saint_martin_has_the_states_representation() {
        let err = competent_office(&case_at(Some("98800"), None, Some("Nouméa"))).unwrap_err();
        assert!(
            matches!(&err, Error::CesedaNotApplicable { territory } if territory == "nouvelle-caledonie"),
            "{err:?}"
        );
        let office = competent_office(&case_at(Some("97150"), None, None)).unwrap();
        assert_eq!(office.office.kind, geo::OfficeKind::RepresentationEtat);
        assert_eq!(
            curly_apostrophes(&office.office.name),
            "Représentation de l’État à Saint-Martin"
        );
        assert!(office.to_verify(), "a curated, secondary-source office");
    }
}
