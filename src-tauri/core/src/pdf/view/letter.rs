//! What the two letters share: the layout-ready [`FormalLetter`] (legal-facts §6), the recipient
//! block of the competent office, the references of the file, and how the case's facts are put
//! into French agreement.

use chrono::NaiveDate;

use crate::codes::code;
use crate::error::{Field, Invalid};
use crate::geo;
use crate::i18n::Arg;
use crate::legal::RouteId;
use crate::model::association::{PostalAddress, Title};
use crate::model::case::{AnefNumber, CaseFile, CriminalStage, ProcedureStep, VictimOf};
use crate::pdf::typography::{curly_apostrophes, french};
use crate::{Error, Result};

use super::{fr, fr_date, non_empty};

/// A French administrative letter, ready to lay out (legal-facts §6).
#[derive(Debug, Clone, PartialEq)]
pub struct FormalLetter {
    /// The letter's date; the PDF's creation date and the default file name come from it.
    pub date: NaiveDate,
    /// First line of the sender block, in bold (the person's or the association's name).
    pub sender_name: String,
    /// The rest of the sender block.
    pub sender: Vec<String>,
    /// The recipient block, for the envelope window.
    pub recipient: Vec<String>,
    /// « Saint-Denis, le 26 novembre 2026 ».
    pub place_date: String,
    /// « Objet : ».
    pub subject_label: String,
    /// The subject.
    pub subject: String,
    /// « Réf. : ».
    pub references_label: String,
    /// One line per reference; none prints no « Réf. ».
    pub references: Vec<String>,
    /// Mentions above the salutation, the first in bold (« CONFIDENTIEL »).
    pub mentions: Vec<String>,
    /// « Madame la Préfète, ».
    pub salutation: String,
    /// The body.
    pub paragraphs: Vec<String>,
    /// The closing formula.
    pub closing: String,
    /// The signature block, the first line in bold.
    pub signature: Vec<String>,
    /// The label of an empty box for the association's stamp, if one is wanted.
    pub stamp: Option<String>,
    /// « P.J. : ».
    pub enclosures_label: String,
    /// The enclosed documents, unnumbered (layout numbers them).
    pub enclosures: Vec<String>,
    /// The short header of pages 2 and after.
    pub running_header: String,
}

/// The town a letter is written in, without the « CEDEX » of a postal address (PDF review,
/// 2026-12-05: « Bobigny CEDEX, le 5 décembre 2026 », the association's city typed as the
/// address wants it).
fn place_name(place: &str) -> String {
    let town = place
        .split_whitespace()
        .take_while(|word| !word.eq_ignore_ascii_case("cedex"))
        .collect::<Vec<_>>()
        .join(" ");
    // A town typed as « CEDEX » alone stays as typed: never « , le 5 décembre ».
    if town.is_empty() {
        place.trim().to_string()
    } else {
        town
    }
}

impl FormalLetter {
    /// A letter about the head's case to its recipient, written in its place on its date, with
    /// what both letters word alike: the recipient block, place and date, the labels, the references,
    /// « CONFIDENTIEL », the salutation and the closing formula. Sender, subject, body,
    /// signature, enclosures and running header are left empty for the letter to write.
    pub(super) fn to(head: &LetterHead<'_>) -> FormalLetter {
        let LetterHead {
            case,
            route,
            recipient,
            place,
            date,
        } = head;
        let (case, route, place, date) = (*case, *route, place.as_str(), *date);
        let (block, salutation) = recipient.block_and_salutation();
        FormalLetter {
            date,
            sender_name: String::new(),
            sender: Vec::new(),
            recipient: block,
            place_date: fr(
                "letter-place-date",
                &[("place", place_name(place)), ("date", fr_date(date))],
            ),
            subject_label: fr("letter-subject-label", &[]),
            subject: String::new(),
            references_label: fr("letter-references-label", &[]),
            references: references(case, route),
            mentions: vec![fr("letter-confidential", &[])],
            salutation: format!("{salutation},"),
            paragraphs: Vec::new(),
            closing: fr("letter-closing", &[("salutation", salutation)]),
            signature: Vec::new(),
            stamp: None,
            enclosures_label: fr("letter-enclosures-label", &[]),
            enclosures: Vec::new(),
            running_header: String::new(),
        }
    }
}

/// What both letters start from: whose case, which request, to whom, where and when.
#[derive(Debug, Clone)]
pub struct LetterHead<'a> {
    /// The case: the person, the complaint, the documents, the references, the telephone.
    pub case: &'a CaseFile,
    /// The route applied for.
    pub route: RouteId,
    /// Where the letter goes.
    pub recipient: Recipient<'a>,
    /// The town the letter is written in.
    pub place: String,
    /// The letter's date; also the PDF's creation date.
    pub date: NaiveDate,
}

/// Where a letter goes: the competent office as the prefecture finder gives it, and how its head
/// is addressed.
#[derive(Debug, Clone)]
pub struct Recipient<'a> {
    /// The office: its kind, its name and its address lines (the last « 93007 BOBIGNY CEDEX »).
    pub office: &'a geo::Office,
    /// The kind of office its addressee heads: a letter sent to a sub-prefecture for the prefect
    /// who issues the permit is `Prefecture` (issue 12).
    pub head_of: geo::OfficeKind,
    /// Its territory with preposition and article, as in « Monsieur le Préfet *de la
    /// Seine-Saint-Denis* » (`geo::postal::de_form`). Unused for the Préfecture de police.
    pub territory: String,
    /// How its head is addressed (the worker knows; the open data does not say).
    pub title: Title,
}

impl Recipient<'_> {
    /// The first line of the recipient block, « Madame la Préfète de la Seine-Saint-Denis ».
    pub fn addressee(&self) -> String {
        fr("letter-addressee", &self.head_args())
    }

    /// The Fluent arguments naming the head. The head's kind of office selects the form; the State's
    /// representation (`representation-etat`) takes the `prefecture` default: its head is a
    /// prefect (délégué).
    fn head_args(&self) -> [Arg<'static>; 3] {
        [
            ("title", code(self.title).to_string()),
            ("kind", code(self.head_of).to_string()),
            ("of", curly_apostrophes(self.territory.trim())),
        ]
    }

    /// The recipient block and the salutation (without its comma): the addressee, the office's
    /// name, its street lines, then its town line in capitals.
    fn block_and_salutation(&self) -> (Vec<String>, String) {
        let salutation = fr("letter-salutation", &self.head_args());
        let mut lines = vec![self.addressee(), curly_apostrophes(self.office.name.trim())];
        if let Some((town, street)) = self.office.address.split_last() {
            lines.extend(street.iter().map(|l| curly_apostrophes(l.trim())));
            lines.push(
                town.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_uppercase(),
            );
        }
        lines.retain(|l| !l.is_empty());
        (lines, salutation)
    }
}

/// The printed lines of an address: street lines, then « 93200 SAINT DENIS », written as La
/// Poste writes a town line ([`crate::geo::postal::town_line`]: capitals without accents or
/// hyphens), as the prefecture's own address is on the same page.
pub(super) fn printed(address: &PostalAddress) -> Vec<String> {
    let mut out: Vec<String> = address
        .lines
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let town = crate::geo::postal::town_line(address.postcode.trim(), &address.city);
    if !town.is_empty() {
        out.push(town);
    }
    out
}

/// « F », « M » or « X », for agreement in French messages.
pub(super) fn sex_arg(case: &CaseFile) -> String {
    match case.person.sex.as_deref() {
        Some("F") => "F".into(),
        Some("M") => "M".into(),
        _ => "X".into(),
    }
}

/// Her family name, which a letter to the prefect is signed and identified by: given names alone
/// printed « Blessing » in her sender block and « Mme Blessing », a civility before a first name,
/// in the association's letter (PDF review, 2026-12-07). A person with one name only has it
/// written there (the interview's help says so).
pub(super) fn require_name(case: &CaseFile) -> Result<()> {
    if case
        .person
        .family_name
        .as_deref()
        .is_none_or(|n| n.trim().is_empty())
    {
        return Err(Error::required(Field::case("person.familyName")));
    }
    Ok(())
}

/// « trafficking », « procuring », « both » or « none », for the messages that name the offence.
pub(super) fn offence_arg(case: &CaseFile) -> String {
    let t = case.victim_of.contains(&VictimOf::Trafficking);
    let p = case.victim_of.contains(&VictimOf::Procuring);
    match (t, p) {
        (true, true) => "both",
        (true, false) => "trafficking",
        (false, true) => "procuring",
        (false, false) => "none",
    }
    .into()
}

/// The stage of proceedings still under way (`investigation`, `trial`, `appeal`), if recorded.
pub(super) fn stage_arg(case: &CaseFile) -> Option<String> {
    let stage = case.criminal_case.as_ref()?.stage?;
    matches!(
        stage,
        CriminalStage::Investigation | CriminalStage::Trial | CriminalStage::Appeal
    )
    .then(|| code(stage).to_string())
}

/// The offence a first-card letter names (L425-1: trafficking or procuring), or an error that
/// says the case records neither: the letter never names an offence the case does not.
pub(super) fn require_offence(case: &CaseFile) -> Result<()> {
    if offence_arg(case) == "none" {
        return Err(Error::invalid(
            Field::case("victimOf"),
            Invalid::OffenceNotRecorded,
        ));
    }
    Ok(())
}

/// « Plainte du 2 octobre 2026 – Commissariat de Saint-Denis – PV 2026/12345 »; `None` when the
/// case records none of the three (a bare « Plainte » refers to nothing).
fn step_reference(id: &str, step: &ProcedureStep) -> Option<String> {
    let details: Vec<String> = [non_empty(&step.service), non_empty(&step.reference)]
        .into_iter()
        .flatten()
        .map(french)
        .collect();
    let head = match step.date {
        Some(d) => fr(id, &[("date", fr_date(d))]),
        None if details.is_empty() => return None,
        None => fr(&format!("{id}-undated"), &[]),
    };
    Some(
        std::iter::once(head)
            .chain(details)
            .collect::<Vec<_>>()
            .join(" – "),
    )
}

/// The « Réf. » lines: the complaint, the testimony, the prosecutor's reference and the ANEF
/// number, each when the case records it.
fn references(case: &CaseFile, route: RouteId) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(c) = &case.cooperation.complaint {
        out.extend(step_reference("letter-ref-complaint", c));
    }
    if let Some(t) = &case.cooperation.testimony {
        out.extend(step_reference("letter-ref-testimony", t));
    }
    let refs = case.references.as_ref();
    // No proceedings recorded: the letter names none, the prosecutor's number neither (letters
    // review, 2026-12-07: « Parquet de Bobigny, n° … » above a letter that avoids « procédure
    // pénale »).
    if let Some(p) = refs
        .and_then(|r| non_empty(&r.parquet))
        .filter(|_| !case.no_proceedings_recorded())
    {
        out.push(french(p));
    }
    // The ANEF number only on a request filed there ([`super::filed_on_anef`]): it was printed
    // on a reflection period's support letter and a first resident card's request (letters
    // review, 2026-12-07). And only this request's: not a granted first card's on its renewal,
    // nor a refused request's on the next one.
    if let AnefNumber::Request(n) = anef_number(case, route) {
        out.push(fr("letter-ref-anef", &[("number", n.to_string())]));
    }
    out
}

/// The ANEF number of the request a letter for `route` goes with: [`AnefNumber::Unrecorded`]
/// for a route not filed on the ANEF, else [`CaseFile::anef_number_of_request`], where the
/// request may be on file for the association's letter (an application of `route` waiting for
/// its decision; her own letter is not written then). The letters print it only as
/// [`AnefNumber::Request`]; the case page and the command line say why it is left out otherwise.
pub fn anef_number(case: &CaseFile, route: RouteId) -> AnefNumber<'_> {
    if super::filed_on_anef(route) {
        case.anef_number_of_request(
            |a| a.route == route && a.decision.is_none(),
            super::may_be_on_anef,
        )
    } else {
        AnefNumber::Unrecorded
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_place_of_a_letter_is_its_town_without_cedex() {
        assert_eq!(super::place_name("Bobigny CEDEX"), "Bobigny");
        assert_eq!(
            super::place_name("  Évry-Courcouronnes cedex 9 "),
            "Évry-Courcouronnes"
        );
        assert_eq!(super::place_name("Saint-Denis"), "Saint-Denis");
        assert_eq!(super::place_name(" CEDEX "), "CEDEX");
    }

    use super::*;

    /// Letters review, 2026-12-07: the prosecutor's number stood above a letter that names no
    /// proceedings (stage « aucune procédure »), and the ANEF number on requests not filed on
    /// ANEF (the reflection period, a first resident card, the APS).
    #[test]
    fn the_references_name_only_what_this_request_rests_on() {
        use crate::model::case::References;
        let mut case = crate::pdf::samples::spec_case();
        case.references = Some(References {
            foreigner_number: None,
            anef_number: Some("ANEF-93-2026-000123".into()),
            parquet: Some("Parquet de Bobigny, n° 26258000123".into()),
        });
        let refs = |case: &CaseFile, route| references(case, route).join(" | ");
        let first = refs(&case, RouteId::CstL4251);
        assert!(
            first.contains("Parquet de Bobigny") && first.contains("ANEF-93"),
            "{first}"
        );
        assert!(refs(&case, RouteId::CstL4251Renewal).contains("ANEF-93"));
        for not_on_anef in [
            RouteId::ReflectionPeriod,
            RouteId::CarteResidentL4253,
            RouteId::ApsL4254,
        ] {
            let r = refs(&case, not_on_anef);
            assert!(!r.contains("ANEF"), "{not_on_anef:?}: {r}");
        }
        case.criminal_case
            .as_mut()
            .expect("the spec case records proceedings")
            .stage = Some(CriminalStage::None);
        let none = refs(&case, RouteId::CstL4251);
        assert!(!none.contains("Parquet"), "{none}");
        assert!(none.contains("ANEF-93"), "{none}");
    }

    /// Letters review: the case keeps one ANEF number, and a granted first card's stood on its
    /// renewal's letter. The letter cites it only when no application on file may own it.
    #[test]
    fn a_letter_cites_no_anef_number_an_application_on_file_may_own() {
        let mut case = crate::pdf::samples::anef_case(
            "ANEF-93-2027-000456",
            crate::model::case::DecisionOutcome::Granted,
            None,
        );
        let refs = |case: &CaseFile| references(case, RouteId::CstL4251Renewal).join(" | ");
        assert!(!refs(&case).contains("ANEF"), "{}", refs(&case));
        assert!(matches!(
            anef_number(&case, RouteId::CstL4251Renewal),
            AnefNumber::MaybeOfApplication(_)
        ));
        // Its own number recorded: the case's is the renewal's.
        case.applications[0].anef_number = Some("ANEF-93-2026-000123".into());
        assert!(
            refs(&case).contains("ANEF-93-2027-000456"),
            "{}",
            refs(&case)
        );
        // The same number: the case's is the first card's.
        case.applications[0].anef_number = Some("ANEF-93-2027-000456".into());
        assert!(!refs(&case).contains("ANEF"), "{}", refs(&case));
        // Filed at the counter before the ANEF was compulsory (3 October 2023): it has no ANEF
        // number, the case's is the renewal's (review, 2026-12-07: left out for good).
        case.applications[0].anef_number = None;
        case.applications[0].filed_on = NaiveDate::from_ymd_opt(2022, 5, 2);
        assert!(
            refs(&case).contains("ANEF-93-2027-000456"),
            "{}",
            refs(&case)
        );
        case.applications[0].filed_on = NaiveDate::from_ymd_opt(2023, 10, 3);
        assert!(!refs(&case).contains("ANEF"), "{}", refs(&case));
        // The renewal on file, waiting: the association's letter supports it, and its own number
        // is the one to cite.
        let mut renewal = case.applications[0].clone();
        renewal.route = RouteId::CstL4251Renewal;
        renewal.decision = None;
        renewal.anef_number = Some("ANEF-93-2027-000999".into());
        case.applications.push(renewal);
        assert!(
            refs(&case).contains("ANEF-93-2027-000999"),
            "{}",
            refs(&case)
        );
        // A route not filed on the ANEF has nothing to leave out.
        assert_eq!(
            anef_number(&case, RouteId::ApsL4254),
            AnefNumber::Unrecorded
        );
    }

    /// A complaint or testimony with neither day, service nor number gives no « Réf. » line: a
    /// bare « Plainte » refers to nothing (audit, 2026-12-04).
    #[test]
    fn a_reference_names_something_or_is_left_out() {
        let step = |date, service: Option<&str>| ProcedureStep {
            date,
            service: service.map(String::from),
            reference: None,
        };
        assert_eq!(
            step_reference("letter-ref-complaint", &step(None, None)),
            None
        );
        assert_eq!(
            step_reference("letter-ref-complaint", &step(None, Some(" "))),
            None
        );
        let service = step_reference(
            "letter-ref-complaint",
            &step(None, Some("Commissariat de Bobigny")),
        )
        .unwrap();
        assert_eq!(service, "Plainte – Commissariat de Bobigny");
        let dated = step_reference(
            "letter-ref-complaint",
            &step(NaiveDate::from_ymd_opt(2026, 10, 2), None),
        )
        .unwrap();
        assert_eq!(dated.replace('\u{a0}', " "), "Plainte du 2 octobre 2026");
    }
}
