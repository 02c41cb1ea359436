//! Where a case's letters go: the case's address → one commune → the prefecture finder's
//! competent office → the recipient block of a French letter.
//!
//! The commune comes from `person.address.communeInsee`; failing that, from a postcode that
//! serves one commune, or one commune whose name is the address's town; a known postcode that
//! does not serve the commune of `communeInsee` is refused (one of the two is wrong, and the
//! envelope would contradict the prefecture written to), and so are a postcode that is not five
//! digits and a town that names another commune, never this one. Anything else is an
//! [`Error::OfficeUndetermined`] that says what to fill in: a letter sent to the wrong prefecture
//! loses weeks, so the app never picks one commune among several.

use serde::Serialize;

use crate::db::settings::{OfficeHead, VaultSettings};
use crate::geo::{self, Geo};
use crate::model::association::Title;
use crate::model::case::CaseFile;
use crate::pdf::typography::curly_apostrophes;
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
    /// The arrondissement (COG code, `932`) whose sub-prefecture the office is; `None` for any
    /// other kind of office.
    pub fn sub_prefecture(&self) -> Option<&'static str> {
        if self.office.kind != geo::OfficeKind::SousPrefecture {
            return None;
        }
        Geo::get()
            .commune(self.commune_insee)
            .and_then(|c| c.arrondissement)
    }

    /// Who the letters are addressed to: the prefect of the département, the authority that
    /// issues the permit (the Préfet de police in Paris, the prefect délégué in Saint-Barthélemy
    /// and Saint-Martin), also when the file goes to a sub-prefecture — unless the worker
    /// said that this sub-prefecture's own head signs (`sub_prefect_signs`, issue 12).
    pub fn head(&self, sub_prefect_signs: bool) -> OfficeHead {
        match self.sub_prefecture() {
            Some(code) if sub_prefect_signs => OfficeHead::SubPrefect(code.into()),
            _ => OfficeHead::Prefect(self.departement.into()),
        }
    }

    /// [`Self::head`] as the vault's settings record who signs at this sub-prefecture.
    pub fn head_for(&self, settings: &VaultSettings) -> OfficeHead {
        self.head(
            self.sub_prefecture()
                .is_some_and(|code| settings.sub_prefect_signs.contains(code)),
        )
    }

    /// The territory of `head` with preposition and article, as the letters address them
    /// (« Monsieur le Préfet *de la Seine-Saint-Denis* », « Madame la Sous-Préfète *du
    /// Raincy* »): nothing for the Préfet de police.
    fn territory(&self, head: &OfficeHead) -> String {
        let geo = Geo::get();
        match (head, self.office.kind) {
            (OfficeHead::SubPrefect(code), _) => geo
                .arrondissement(code)
                .map(|a| geo::postal::de_form(a.chef_lieu_town, a.chef_lieu_type_liaison))
                .unwrap_or_default(),
            // The head of the Préfecture de police is « le Préfet de police », of no territory.
            (OfficeHead::Prefect(_), geo::OfficeKind::PrefectureDePolice) => String::new(),
            // Saint-Barthélemy and Saint-Martin share one prefect (délégué), addressed by both
            // collectivities' names ([I]: usage, to verify; docs/documents.md).
            (OfficeHead::Prefect(_), geo::OfficeKind::RepresentationEtat) => {
                "de Saint-Barthélemy et de Saint-Martin".to_string()
            }
            (OfficeHead::Prefect(code), _) => geo
                .departement(code)
                .map(geo::Departement::de_form)
                .unwrap_or_default(),
        }
    }

    /// The recipient of a letter: `head`, addressed with `title`, at the office's address.
    pub fn recipient(&self, head: &OfficeHead, title: Title) -> Recipient<'_> {
        let head_of = match (head, self.office.kind) {
            (OfficeHead::SubPrefect(_), _) => geo::OfficeKind::SousPrefecture,
            // The prefect, reached at one of the département's sub-prefectures.
            (OfficeHead::Prefect(_), geo::OfficeKind::SousPrefecture) => {
                geo::OfficeKind::Prefecture
            }
            (OfficeHead::Prefect(_), kind) => kind,
        };
        Recipient {
            office: &self.office,
            head_of,
            territory: self.territory(head),
            title,
        }
    }

    /// True if and only if the office or its address rests on a secondary source, an inference or
    /// a default: the worker must check it before sending.
    pub fn to_verify(&self) -> bool {
        self.office.to_verify
    }
}

/// The head of a case's office, for the worker to say how the letters address them: both forms
/// as the letter prints them, and the one recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    /// When the case's file goes to a sub-prefecture: who signs there, as the worker recorded
    /// it. `None` for any other office.
    pub sub_prefecture: Option<SubPrefectureSigner>,
}

/// Who signs the permits a sub-prefecture issues: its prefect (the default) or its own head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SubPrefectureSigner {
    /// The arrondissement's COG code (`933`), the key the choice is recorded under.
    pub arrondissement: String,
    /// True when the worker recorded that the sub-prefect signs: the letters go to them.
    pub sub_prefect_signs: bool,
    /// The office's name, « Sous-préfecture de Saint-Denis ».
    pub office: String,
}

/// The addressee choice for `case`, `None` when its address does not designate one office.
pub fn addressee_choice(case: &CaseFile, settings: &VaultSettings) -> Option<AddresseeChoice> {
    let office = competent_office(case).ok()?;
    let head = office.head_for(settings);
    Some(AddresseeChoice {
        title: settings.head_title(&head),
        madame: office.recipient(&head, Title::Madame).addressee(),
        monsieur: office.recipient(&head, Title::Monsieur).addressee(),
        sub_prefecture: office.sub_prefecture().map(|code| SubPrefectureSigner {
            arrondissement: code.to_string(),
            sub_prefect_signs: settings.sub_prefect_signs.contains(code),
            office: curly_apostrophes(office.office.name.trim()),
        }),
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
    let commune = commune_by_code(geo, case)?;
    let address = case.person.address.as_ref();
    // A town written in the address that names other communes, and never this one: the letter
    // would go by the code while its sender block names the other (PDF review, 2026-12-07:
    // « 75016 BOBIGNY » written to the Préfet de police). A town the data does not know (a
    // lieu-dit, a spelling of her own) says nothing either way.
    let Some(written) = address.and_then(|a| a.city.as_deref()) else {
        return Ok(commune);
    };
    let town = place_name(written);
    let own = geo.town(commune);
    let named: Vec<geo::Match<'_>> = [town.clone(), without_article(&town).to_string()]
        .iter()
        .flat_map(|name| geo.by_name(name))
        .collect();
    // The same town: Paris for one of its arrondissements, and the reverse.
    let this_one = |m: &geo::Match<'_>| geo.town(m.commune).insee == own.insee;
    if named.is_empty()
        || named.iter().any(this_one)
        || same_name(geo, commune, &town)
        || short_for(geo, commune, &town, &named)
    {
        return Ok(commune);
    }
    let code = address
        .and_then(|a| a.postcode.as_deref())
        .map(|p| p.split_whitespace().collect::<String>())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| commune.departement.to_string());
    Err(Error::TownMismatch {
        town: written.trim().to_string(),
        commune: format!("{} ({code})", own.name),
    })
}

/// The town as a place's name: « Cedex » and its number, an arrondissement (« 16e », « XVI »,
/// « 3ème arrondissement ») and a département's number (« 93 », « (93) ») left out, which are the
/// mail's or the person's additions, not the commune's name (review, 2026-12-07).
fn place_name(written: &str) -> String {
    let key = geo::key::search_key(written);
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let end = words
        .iter()
        .position(|w| *w == "cedex")
        .unwrap_or(words.len());
    let mut kept: Vec<&str> = words[..end].to_vec();
    let roman = |w: &str| !w.is_empty() && w.chars().all(|c| "ivxl".contains(c));
    let arrondissement = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["", "e", "er", "eme", "ieme"].contains(&suffix)
    };
    while kept.len() > 1 {
        let last = kept[kept.len() - 1];
        if last == "arrondissement" || last == "arr" || arrondissement(last) || roman(last) {
            kept.pop();
        } else {
            break;
        }
    }
    kept.join(" ")
}

/// `town` without a leading article: « Lamentin » for « Le Lamentin », and the reverse is
/// [`same_name`]'s.
fn without_article(town: &str) -> &str {
    ["le ", "la ", "les ", "l "]
        .iter()
        .find_map(|article| town.strip_prefix(article))
        .unwrap_or(town)
}

/// The search keys of the commune's names: its own, its town's (Paris for an arrondissement), and
/// their former ones.
fn own_names(geo: &Geo, commune: &geo::Commune) -> Vec<String> {
    [commune, geo.town(commune)]
        .iter()
        .flat_map(|c| std::iter::once(c.name).chain(c.former_names()))
        .map(geo::key::search_key)
        .collect()
}

/// True when `town` (a [`place_name`]) is one of the commune's [`own_names`] but for a leading
/// article: « Lamentin » for Le Lamentin, « Le Mont-Dore » for Mont-Dore.
fn same_name(geo: &Geo, commune: &geo::Commune, town: &str) -> bool {
    let bare = without_article(town);
    own_names(geo, commune)
        .iter()
        .any(|name| without_article(name) == bare)
}

/// True when `town` (a [`place_name`], the name of the communes `named`) is one of the commune's
/// [`own_names`] shortened as people write it, and the commune is larger than every commune that
/// bears the short name: « Saint-Ouen » for Saint-Ouen-sur-Seine, « Évry » for
/// Évry-Courcouronnes, « Charleville » for Charleville-Mézières; not « Saint-Denis » for
/// Saint-Denis-en-Val, which is the name of a larger town (review, 2026-12-07).
fn short_for(geo: &Geo, commune: &geo::Commune, town: &str, named: &[geo::Match<'_>]) -> bool {
    let people = |c: &geo::Commune| c.population.unwrap_or(0);
    let own = geo.town(commune);
    own_names(geo, commune)
        .iter()
        .any(|name| name.starts_with(&format!("{town} ")))
        && named
            .iter()
            .all(|m| people(geo.town(m.commune)) < people(own))
}

/// « Bobigny Cedex 9 » (or « Cédex ») is Bobigny, for the place line « Bobigny, le … ».
pub(crate) fn without_cedex(town: &str) -> String {
    town.split_whitespace()
        .take_while(|word| geo::key::search_key(word) != "cedex")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The commune of the address's code, else of its postcode ([`commune_of`] checks its town).
fn commune_by_code<'g>(geo: &'g Geo, case: &CaseFile) -> Result<&'g geo::Commune> {
    let address = case.person.address.as_ref();
    let field = |get: fn(&crate::model::case::Address) -> &Option<String>| {
        address
            .and_then(|a| get(a).as_deref())
            .map(|s| s.split_whitespace().collect::<String>())
            .filter(|s| !s.is_empty())
    };
    // Five digits, or it is no French postcode: printed on her letter as typed (« zzz
    // BOBIGNY », PDF review, 2026-12-07) beside a commune code that sent it on.
    if let Some(postcode) = field(|a| &a.postcode) {
        if postcode.len() != 5 || !postcode.bytes().all(|b| b.is_ascii_digit()) {
            // Said as she typed it (« 93 0O0 »), which is what the worker looks for.
            let typed = address
                .and_then(|a| a.postcode.as_deref())
                .unwrap_or_default();
            return Err(undetermined("malformed-postcode", typed.trim(), 0));
        }
    }
    if let Some(insee) = field(|a| &a.commune_insee) {
        let commune = geo
            .commune(&insee)
            .ok_or_else(|| undetermined("unknown-commune", "", 0))?;
        // A postcode beside it that serves other communes only: one of the two is wrong, and
        // the letter would go by the code while its envelope says the other (review,
        // 2026-12-05: « 93200 LYON » sent to the prefect of the Rhône). An unknown postcode (a
        // CEDEX) says nothing either way.
        if let Some(postcode) = field(|a| &a.postcode) {
            let served = geo.by_postcode(&postcode);
            // Paris, Lyon and Marseille by their own code: their arrondissements own the
            // postcodes (verification of this fix, 2026-12-05: 75016 beside 75056 was refused).
            let serves = |m: &geo::Match<'_>| {
                m.commune.insee == commune.insee || m.commune.parent == Some(commune.insee)
            };
            if !served.is_empty() && !served.iter().any(serves) {
                return Err(undetermined("postcode-mismatch", &postcode, 0));
            }
        }
        return Ok(commune);
    }
    let Some(postcode) = field(|a| &a.postcode) else {
        return Err(undetermined("no-address", "", 0));
    };
    let served = geo.by_postcode(&postcode);
    match served.as_slice() {
        [] => Err(undetermined("unknown-postcode", &postcode, 0)),
        [one] => Ok(one.commune),
        several => {
            // The town written in the address settles it only if it names exactly one of the
            // postcode's communes (folded: case, accents, hyphens, « St »), read as a place's
            // name: by its name, a former one (« Lomme », « Seynod »: review, 2026-12-07) or
            // without its article; never shortened (« Bourg » is not picked for
            // Bourg-en-Bresse among the communes of 01000).
            let town = address
                .and_then(|a| a.city.as_deref())
                .map(place_name)
                .unwrap_or_default();
            let by_name = geo.by_name(&town);
            let names = |m: &&geo::Match<'_>| {
                let c = m.commune;
                by_name.iter().any(|n| n.commune.insee == c.insee) || same_name(geo, c, &town)
            };
            let exact: Vec<&geo::Match<'_>> = several
                .iter()
                .filter(|m| by_name.iter().any(|n| n.commune.insee == m.commune.insee))
                .collect();
            let named: Vec<&geo::Match<'_>> = several.iter().filter(names).collect();
            match (exact.as_slice(), named.as_slice()) {
                _ if town.is_empty() => {
                    Err(undetermined("ambiguous-postcode", &postcode, several.len()))
                }
                ([one], _) | ([], [one]) => Ok(one.commune),
                _ => Err(undetermined("ambiguous-postcode", &postcode, several.len())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::Address;

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
    fn the_insee_code_decides_and_seine_saint_denis_takes_its_article() {
        // Bobigny: the prefecture's own arrondissement. (A postcode of another commune beside
        // its code is refused: `a_postcode_that_does_not_serve_the_commune_is_refused…`.)
        let office = competent_office(&case_at(Some("93000"), Some("93008"), None)).unwrap();
        assert_eq!(office.departement, "93");
        let head = office.head(false);
        assert_eq!(head, OfficeHead::Prefect("93".into()));
        assert_eq!(office.territory(&head), "de la Seine-Saint-Denis");
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
        assert_eq!(choice.sub_prefecture, None, "a prefecture");
        // Le Raincy's file goes to its sub-prefecture, its letter to the prefect who issues the
        // permit, unless the worker says the sub-prefect signs.
        let le_raincy = case_at(Some("93340"), None, None);
        let raincy = addressee_choice(&le_raincy, &settings).unwrap();
        assert_eq!(raincy.head, OfficeHead::Prefect("93".into()));
        assert_eq!(
            raincy.title,
            Some(Title::Madame),
            "the prefect's, recorded above"
        );
        assert_eq!(raincy.madame, "Madame la Préfète de la Seine-Saint-Denis");
        let signer = raincy.sub_prefecture.expect("a sub-prefecture");
        assert!(signer.arrondissement.starts_with("93"), "{signer:?}");
        assert!(!signer.sub_prefect_signs);
        assert_eq!(signer.office, "Sous-préfecture du Raincy");
        // The sub-prefect is someone else, whose title is recorded by arrondissement.
        settings
            .sub_prefect_signs
            .insert(signer.arrondissement.clone());
        let raincy = addressee_choice(&le_raincy, &settings).unwrap();
        assert_eq!(raincy.head, OfficeHead::SubPrefect(signer.arrondissement));
        assert_eq!(raincy.title, None);
        assert_eq!(raincy.madame, "Madame la Sous-Préfète du Raincy");
        assert!(raincy.sub_prefecture.expect("still").sub_prefect_signs);
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
        let code = office.sub_prefecture().expect("its arrondissement");
        assert_eq!(
            office.territory(&OfficeHead::SubPrefect(code.into())),
            "de Saint-Denis"
        );
        assert_eq!(
            office.territory(&office.head(false)),
            "de la Seine-Saint-Denis",
            "by default, the prefect's"
        );
        assert_eq!(office.office.name, "Sous-préfecture de Saint-Denis");
    }

    /// PDF review, 2026-12-07: « 75016 BOBIGNY » went to the Préfet de police, « zzz BOBIGNY »
    /// to the Seine-Saint-Denis, both printed on the letter she signs.
    #[test]
    fn a_town_naming_another_commune_or_a_postcode_not_of_five_digits_is_refused() {
        let reason = |postcode: Option<&str>, insee: Option<&str>, city: Option<&str>| {
            match competent_office(&case_at(postcode, insee, city)) {
                Ok(office) => Ok(office.commune_insee),
                Err(Error::OfficeUndetermined { reason, .. }) => Err(reason),
                Err(Error::TownMismatch { .. }) => Err("town-mismatch"),
                Err(e) => panic!("{e:?}"),
            }
        };
        assert_eq!(
            reason(Some("75016"), None, Some("Bobigny")),
            Err("town-mismatch")
        );
        assert_eq!(
            reason(Some("93000"), Some("93008"), Some("Paris")),
            Err("town-mismatch")
        );
        // What the mail or the person adds is left out before the town is read.
        for city in ["Lyon 3ème", "Bobigny (93)", "Bobigny Cédex 9", "BOBIGNY 93"] {
            assert_eq!(
                reason(Some("75016"), None, Some(city)),
                Err("town-mismatch"),
                "{city}"
            );
        }
        // A postcode of several communes, and a town named by a former name or without its
        // article: that commune.
        for (postcode, city, insee) in [
            ("59160", "Lomme", "59350"),
            ("74600", "Seynod", "74010"),
            ("20220", "Île-Rousse", "2B134"),
        ] {
            assert_eq!(
                reason(Some(postcode), None, Some(city)),
                Ok(insee),
                "{postcode} {city}"
            );
        }
        // Both are named, the commune with its postcode.
        let said = competent_office(&case_at(Some("75016"), None, Some("Bobigny")));
        assert!(
            matches!(&said, Err(Error::TownMismatch { town, commune }) if town == "Bobigny" && commune == "Paris (75016)"),
            "{said:?}"
        );
        // The longer name of another commune beside a short one's code, and the short name of a
        // larger town beside a small commune's code, are not taken for shortenings.
        assert_eq!(
            reason(Some("80610"), Some("80711"), Some("Saint-Ouen-sur-Seine")),
            Err("town-mismatch")
        );
        let en_val = Geo::get()
            .by_name("Saint-Denis-en-Val")
            .first()
            .map(|m| m.commune.insee)
            .expect("Saint-Denis-en-Val");
        assert_eq!(
            reason(None, Some(en_val), Some("Saint-Denis")),
            Err("town-mismatch")
        );
        for postcode in ["zzz", "9300", "930000", "93 0O0"] {
            assert_eq!(
                reason(Some(postcode), Some("93008"), Some("Bobigny")),
                Err("malformed-postcode"),
                "{postcode}"
            );
        }
        // Its own town, however written; Paris for an arrondissement and the reverse; a town
        // the data does not know; a commune merged into the one of the code.
        for (postcode, insee, city) in [
            (Some("93000"), Some("93008"), Some("BOBIGNY CEDEX 9")),
            (Some("93 000"), Some("93008"), Some("bobigny")),
            (Some("75016"), None, Some("Paris")),
            (
                Some("75016"),
                Some("75056"),
                Some("Paris 16e Arrondissement"),
            ),
            (Some("75016"), Some("75116"), Some("Paris")),
            (Some("93200"), Some("93066"), Some("St Denis")),
            (Some("93000"), Some("93008"), Some("Résidence les Tilleuls")),
            (Some("93400"), Some("93070"), Some("Saint-Ouen")),
            (Some("91000"), None, Some("Evry")),
            (Some("08000"), Some("08105"), Some("Charleville")),
            (Some("93400"), Some("93070"), Some("St Ouen")),
            (Some("97232"), None, Some("Lamentin")),
            (Some("63240"), None, Some("Le Mont Dore")),
            (Some("75016"), None, Some("PARIS CEDEX 16")),
            (Some("75016"), None, Some("Paris XVI")),
            (Some("69003"), None, Some("Lyon 3ème")),
            (Some("13013"), None, Some("Marseille 13ème arrondissement")),
            (Some("93000"), Some("93008"), Some("Bobigny (93)")),
            (Some("93000"), Some("93008"), None),
        ] {
            assert!(
                reason(postcode, insee, city).is_ok(),
                "{postcode:?} {insee:?} {city:?}: {:?}",
                reason(postcode, insee, city)
            );
        }
        let merged = Geo::get()
            .communes()
            .iter()
            .find(|c| c.former_names().next().is_some() && c.postcodes().count() == 1)
            .expect("a commune nouvelle");
        let former = merged.former_names().next().unwrap();
        assert_eq!(
            reason(merged.postcodes().next(), Some(merged.insee), Some(former)),
            Ok(merged.insee),
            "{former}"
        );
    }

    #[test]
    fn a_postcode_that_does_not_serve_the_commune_is_refused_not_overridden() {
        let refused = competent_office(&case_at(Some("93200"), Some("69123"), Some("Lyon")));
        assert!(
            matches!(&refused, Err(Error::OfficeUndetermined { reason: "postcode-mismatch", postcode, .. }) if postcode == "93200"),
            "{refused:?}"
        );
        // The arrondissement's code and its own postcode agree, so do the city's code and an
        // arrondissement's postcode, and an unknown postcode says nothing.
        for (postcode, insee) in [
            ("75016", "75116"),
            ("75016", "75056"),
            ("75001", "75056"),
            ("69003", "69383"),
            ("69003", "69123"),
            ("13008", "13208"),
            ("13008", "13055"),
            ("93200", "93066"),
            ("93584", "93066"),
        ] {
            assert!(
                competent_office(&case_at(Some(postcode), Some(insee), None)).is_ok(),
                "{postcode} {insee}"
            );
        }
    }

    #[test]
    fn a_postcode_serving_one_commune_is_enough() {
        let office = competent_office(&case_at(Some("75016"), None, None)).unwrap();
        assert_eq!(office.office.kind, geo::OfficeKind::PrefectureDePolice);
        assert_eq!(office.sub_prefecture(), None);
        assert_eq!(office.territory(&office.head(false)), "");
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
