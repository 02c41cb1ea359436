//! The person's cover letter to the prefecture (legal-facts §6): her request, the minimal facts,
//! the legal basis of her route, the documents enclosed.

use chrono::NaiveDate;

use crate::codes::code;
use crate::error::{Field, Invalid, Named};
use crate::legal::deadlines::renewal_window;
use crate::legal::{ChecklistItem, ItemStatus, RouteId, RulePack};
use crate::model::association::{Association, PostalAddress};
use crate::model::case::{
    CaseFile, CriminalCase, CriminalStage, DocumentStatus, PermitKind, PieceKind, ProcedureStep,
};
use crate::pdf::typography::french;
use crate::{Error, Result};

use super::letter::{
    offence_arg, printed, require_name, require_offence, sex_arg, stage_arg, FormalLetter,
    LetterHead,
};
use super::{association_args, fr, fr_birth, fr_date, non_empty, piece_message_id};

/// What the cover letter is built from.
#[derive(Debug, Clone)]
pub struct LetterInput<'a> {
    /// The case, the route applied for (not the reflection period, which has no letter), where
    /// the letter goes, where and when it is written.
    pub head: LetterHead<'a>,
    /// The accompanying association, if any; its support letter is then listed in the P.J. (when
    /// it can be written: [`super::support_letter::founding_facts`]).
    pub association: Option<&'a Association>,
    /// The enclosed documents, in order (see [`enclosures`]).
    pub enclosures: Vec<Enclosure>,
    /// The person's nationality, in French (« nigériane »): the case holds only an ISO code.
    pub nationality: Option<String>,
    /// Adds « Lettre recommandée avec accusé de réception » above the salutation.
    pub registered_mail: bool,
}

/// The person's cover letter to the prefecture.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterView {
    /// The letter.
    pub letter: FormalLetter,
    /// The association's support letter, which Passerelle writes, is listed among its enclosures:
    /// the worker prints it too (she signs a list that names it).
    pub support_letter_enclosed: bool,
}

/// An enclosed document: one numbered line of the P.J. list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enclosure {
    /// Which document.
    pub kind: PieceKind,
    /// Its date, printed « du 2 octobre 2026 » when known.
    pub date: Option<NaiveDate>,
    /// An identity document's number, printed « n° 12AB34567 » when known.
    pub number: Option<String>,
    /// An identity document's or the residence document's last day of validity, printed
    /// « valable jusqu'au … » (or « dont la validité a pris fin le … » once past on the letter's
    /// date) when known.
    pub expires: Option<NaiveDate>,
    /// The residence document she holds (`currentPermit`), named by its kind (« Carte de
    /// résident ») rather than by what the list asks for (« Titre de séjour en cours de
    /// validité »).
    pub permit: Option<PermitKind>,
}

/// True if and only if a cover letter can be written for `route`. Two routes have none: the
/// reflection period, whose récépissé the prefect issues after the police's report (R425-1,
/// R425-2), and the renewal of the resident card, renewed « de plein droit » (L433-2) on an
/// application filed on ANEF, where a letter would only restate what the form asks, and could
/// state nothing the case file establishes about her habitual residence (L432-3 2°).
pub fn has_letter(route: RouteId) -> bool {
    !matches!(
        route,
        RouteId::ReflectionPeriod | RouteId::CarteResidentL4253Renewal
    )
}

/// The documents to list in the P.J.: every checklist item that is done, and for an item met by
/// an alternative, the alternative the legal core found in hand and fresh (`via`), so that the
/// letter encloses that one and not another the person holds but which is too old. Each kind
/// appears once, dated as the case records it.
pub fn enclosures(case: &CaseFile, items: &[ChecklistItem]) -> Vec<Enclosure> {
    let held = |kind: PieceKind| {
        case.documents
            .iter()
            .find(|d| d.kind == kind && d.status == DocumentStatus::Have)
    };
    let mut out: Vec<Enclosure> = Vec::new();
    for item in items {
        let kind = match item.status {
            ItemStatus::Ok => Some(item.id),
            ItemStatus::SatisfiedByAlternative => item.via.filter(|k| held(*k).is_some()),
            // Her card ended: the letter speaks of it, and a copy of the title she last held is
            // what a late renewal is filed with (facts sheet §3.2, « current card », practice
            // [I]). Said « dont la validité a pris fin le … » (F6, left out until 2026-12-07).
            // Only with its end recorded on it, which the line states (review, 2026-12-07: a card
            // with no end recorded read « du 21 novembre 2025 », not that it had ended).
            ItemStatus::Expired
                if item.is_ended_permit()
                    && case
                        .current_permit
                        .as_ref()
                        .and_then(|p| p.expires)
                        .is_some_and(|end| item.fresh_until == Some(end)) =>
            {
                Some(item.id)
            }
            _ => None,
        };
        if let Some(kind) = kind {
            if out.iter().all(|e| e.kind != kind) {
                let doc = held(kind);
                let permit = case
                    .current_permit
                    .as_ref()
                    .filter(|_| kind == PieceKind::CurrentPermit);
                out.push(if named_by_number(kind) {
                    Enclosure {
                        kind,
                        date: None,
                        number: doc
                            .and_then(|d| d.number.as_deref())
                            .map(str::trim)
                            .filter(|n| !n.is_empty())
                            .map(String::from),
                        expires: doc.and_then(|d| d.expires),
                        permit: None,
                    }
                } else if let Some(p) = permit {
                    // The document she holds, by its kind and the end of validity recorded
                    // with it (`currentPermit`), which is what the prefecture checks; without
                    // that end, by the day of the document held, and no validity is stated.
                    Enclosure {
                        kind,
                        date: p
                            .issued
                            .or_else(|| doc.and_then(|d| d.date))
                            .filter(|_| p.expires.is_none()),
                        number: None,
                        expires: p.expires,
                        permit: Some(p.kind),
                    }
                } else {
                    Enclosure {
                        kind,
                        date: doc.and_then(|d| d.date),
                        number: None,
                        expires: None,
                        permit: None,
                    }
                });
            }
        }
    }
    out
}

/// True for an identity document, which a prefecture identifies by its number and validity, not
/// by its issue date (issue 12): the letter names it by what the case file records of them, or
/// alone.
fn named_by_number(kind: PieceKind) -> bool {
    matches!(kind, PieceKind::Passport | PieceKind::IdCard)
}

/// Each field of her sender block is one line: a break or a control character in one (a case
/// stored by other means than the import and the interview, which refuse them) is refused, naming
/// the field, never printed as a line of its own (security review, 2026-12-05: « Objet : Retrait
/// de la demande » under her address).
///
/// # Errors
/// [`Error::HiddenCharacters`] naming the field.
fn sender_fields_on_one_line(case: &CaseFile) -> Result<()> {
    let person = &case.person;
    let address = person.address.as_ref();
    let fields = [
        ("person.familyName", person.family_name.as_deref()),
        ("person.givenNames", person.given_names.as_deref()),
        ("person.birthPlace", person.birth_place.as_deref()),
        ("person.phone", person.phone.as_deref()),
        (
            "person.address.line1",
            address.and_then(|a| a.line1.as_deref()),
        ),
        (
            "person.address.postcode",
            address.and_then(|a| a.postcode.as_deref()),
        ),
        (
            "person.address.city",
            address.and_then(|a| a.city.as_deref()),
        ),
        (
            "references.foreignerNumber",
            case.references
                .as_ref()
                .and_then(|r| r.foreigner_number.as_deref()),
        ),
    ];
    match fields
        .into_iter()
        .find(|(_, value)| value.is_some_and(|v| v.chars().any(char::is_control)))
    {
        Some((path, Some(value))) if value.contains(['\n', '\r']) => {
            Err(Error::invalid(Field::case(path), Invalid::LineBreak))
        }
        Some((path, _)) => Err(Error::HiddenCharacters {
            field: Field::case(path),
        }),
        // Her telephone, printed under her name, is a number or nothing: a note typed in its
        // field is refused, naming it, to be corrected (letters audit, 2026-12-06).
        None => match non_empty(&person.phone) {
            Some(phone) if !crate::text::is_phone_number(phone) => Err(Error::invalid(
                Field::case("person.phone"),
                Invalid::NotAPhone,
            )),
            _ => Ok(()),
        },
    }
}

/// The case's street address split for print: a « c/o X, 12 rue Y » line becomes two lines.
fn person_address(case: &CaseFile) -> PostalAddress {
    let Some(a) = &case.person.address else {
        return PostalAddress::default();
    };
    let mut lines = Vec::new();
    // One line as the case holds it, never split at a line break: the import and the interview
    // refuse one there, and a case that holds one anyway (a store written by other means) must
    // not add a line to her sender block (security review, 2026-12-05: « Objet : Retrait de la
    // demande » under her address). The break then reaches the drawing, which refuses it.
    if let Some(part) = non_empty(&a.line1) {
        let lower = part.trim_start().to_lowercase();
        match part.split_once(", ") {
            Some((co, street)) if lower.starts_with("c/o") => {
                lines.push(co.trim().to_string());
                lines.push(street.trim().to_string());
            }
            _ => lines.push(part.trim().to_string()),
        }
    }
    // « 93000 », as La Poste writes it, for « 93 000 » typed (PDF review, 2026-12-07).
    let postcode: String = a
        .postcode
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let city = non_empty(&a.city)
        .map(str::to_string)
        .or_else(|| commune_of(a.commune_insee.as_deref(), postcode.trim()))
        .unwrap_or_default();
    PostalAddress {
        lines,
        postcode,
        city,
    }
}

/// The commune a case's address names without its town written (PDF review, 2026-12-05: the
/// sender block read « 93000 » alone): the one of its INSEE code (an arrondissement's commune:
/// « Paris »), else the postcode's when it serves a single commune. Never a guess among several.
fn commune_of(insee: Option<&str>, postcode: &str) -> Option<String> {
    let geo = crate::geo::Geo::get();
    let commune = match insee.and_then(|code| geo.commune(code)) {
        Some(c) => c,
        None => match geo.by_postcode(postcode).as_slice() {
            [only] => only.commune,
            _ => return None,
        },
    };
    // « 75016 PARIS », not « PARIS 16E ARRONDISSEMENT » (verification, 2026-12-05).
    Some(geo.town(commune).name.to_string())
}

/// « (Commissariat de Saint-Denis, PV 2026/12345) » with its leading space, or nothing.
fn step_details(step: &ProcedureStep) -> String {
    let parts: Vec<&str> = [non_empty(&step.service), non_empty(&step.reference)]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

fn step_sentence(id: &str, step: &ProcedureStep, case: &CaseFile) -> String {
    let mut args = vec![
        ("details", step_details(step)),
        ("offence", offence_arg(case)),
        ("sex", sex_arg(case)),
    ];
    match step.date {
        Some(d) => {
            args.push(("date", fr_date(d)));
            fr(id, &args)
        }
        None => fr(&format!("{id}-undated"), &args),
    }
}

/// True when she is 16 or 17 on `day`, the letter's date, whatever the precision of her birth
/// date: R425-5 al. 2's minor (an approximate date that may make her 15 or 18 is not « certainly »
/// one). The letter's own day, not the planned filing's: what she signs is true on the day it
/// bears.
fn certainly_minor(case: &CaseFile, day: NaiveDate) -> bool {
    use crate::legal::dates::{ages_of, under};
    let ages = ages_of(&case.person, day);
    under(ages, 16) == Some(false) && under(ages, 18) == Some(true)
}

/// True if the renewal is filed within the card's R431-5 window — on the day the case records,
/// else both on the letter's `day` and on the filing day planned when it is to come: not after
/// its last day, and not before its first (a request filed too early is not « déposée dans les
/// délais » either).
fn renewal_on_time(case: &CaseFile, day: NaiveDate) -> bool {
    case.current_permit.as_ref().is_some_and(|p| {
        let Some((opens, closes)) = p
            .expires
            .and_then(|e| renewal_window(RulePack::active(), p.kind, e))
        else {
            return false;
        };
        let within = |d: NaiveDate| opens <= d && d <= closes;
        match p.renewal_filed() {
            Some(filed) => within(filed),
            // Not filed yet: the letter goes with the request, so both its own day and the day
            // planned for filing must fall in the window (review, 2026-12-04: a letter dated two
            // months before the window opened said « déposée dans les délais » on the strength of
            // the planned day).
            None => within(day) && within(crate::legal::checklist::reference_day(case, day)),
        }
    })
}

/// The key of the letter's subject and request for `route`: the route's code, or its renewal's
/// when she holds the APS the route would give, not ended on the letter's `date`. L425-4 renews the APS « pendant toute la durée du
/// parcours » through the same route (law review F9): her letter asks for its renewal, not for a
/// first APS, the permit she holds being recorded in the case file.
pub(super) fn request_key(case: &CaseFile, route: RouteId, date: NaiveDate) -> String {
    if route == RouteId::ApsL4254 && case.holds_aps_on(date) {
        "aps-l425-4-renewal".to_string()
    } else {
        code(route).to_string()
    }
}

/// Body paragraphs (a)–(g) of legal-facts §6 for a route.
fn letter_paragraphs(input: &LetterInput<'_>, supported: bool) -> Result<Vec<String>> {
    let case = input.head.case;
    let sex = ("sex", sex_arg(case));
    let mut p = Vec::new();
    let route = input.head.route;
    let enclosed = |kind: PieceKind| input.enclosures.iter().any(|e| e.kind == kind);
    // (a) the request
    let expires = case.current_permit.as_ref().and_then(|c| c.expires);
    p.push(match (route, expires) {
        (RouteId::CstL4251Renewal, Some(d)) => {
            let state = if d < input.head.date {
                "expired"
            } else {
                "valid"
            };
            fr(
                "letter-request-cst-l425-1-renewal-expiring",
                &[("expires", fr_date(d)), ("state", state.into())],
            )
        }
        _ => fr(
            &format!(
                "letter-request-{}",
                request_key(case, route, input.head.date)
            ),
            &[],
        ),
    });
    // (b) minimal facts: dates and references only; the prefecture does not judge the facts
    let complaint = case.cooperation.complaint.as_ref();
    let testimony = case.cooperation.testimony.as_ref();
    match route {
        RouteId::CstL4251 => {
            let mut facts = Vec::new();
            if let Some(c) = complaint {
                facts.push(step_sentence("letter-facts-complaint", c, case));
            }
            if let Some(t) = testimony {
                // « engagée contre une personne poursuivie » only when the case records someone
                // prosecuted (a trial at least); otherwise the testimony and its facts, and « dans
                // une procédure pénale » not where the case records none (letters review,
                // 2026-12-06: said beside the stage « aucune procédure »).
                let prosecuted = case
                    .criminal_case
                    .as_ref()
                    .is_some_and(CriminalCase::prosecution_recorded);
                let id = if prosecuted {
                    "letter-facts-testimony"
                } else if case.no_proceedings_recorded() {
                    "letter-facts-testimony-no-proceedings"
                } else {
                    "letter-facts-testimony-no-prosecution"
                };
                facts.push(step_sentence(id, t, case));
            }
            if let Some(stage) = stage_arg(case) {
                facts.push(fr("letter-facts-stage", &[("stage", stage)]));
            }
            p.push(facts.join(" "));
        }
        RouteId::CstL4251Renewal => {
            // « toujours en cours » only when the case records a stage still under way.
            if let Some(stage) = stage_arg(case) {
                let cooperation = match (complaint, testimony) {
                    (Some(_), _) => "complaint",
                    (None, Some(_)) => "testimony",
                    (None, None) => "none",
                };
                // « comme en attestent les pièces jointes » only with the proof enclosed.
                let proof = enclosed(PieceKind::ProceedingsOngoingProof);
                p.push(fr(
                    "letter-facts-renewal",
                    &[
                        ("stage", stage),
                        ("cooperation", cooperation.into()),
                        ("proof", if proof { "yes" } else { "no" }.into()),
                    ],
                ));
            }
        }
        RouteId::CarteResidentL4253 => {
            // Recorded ([`founding_facts`]): its day, or the stage alone.
            let conviction = case
                .criminal_case
                .as_ref()
                .and_then(|c| c.final_conviction_date);
            let mut facts = vec![match conviction {
                Some(d) => fr("letter-facts-conviction", &[("date", fr_date(d))]),
                None => fr("letter-facts-conviction-undated", &[]),
            }];
            // « … valable jusqu'au » only for a document the case shows in force on the letter's
            // date: never an expired or undated one. « Je séjourne régulièrement » only under a
            // title or an application récépissé: that an asylum certificate or a reflection
            // récépissé is regular stay is a reading to confirm [I], which she would sign as a
            // fact (letters review, 2026-12-06); « Je réside en France sous couvert » says what
            // the case establishes.
            let in_force = case
                .current_permit
                .as_ref()
                .and_then(|p| Some((p.kind, p.expires.filter(|e| input.head.date <= *e)?)));
            if let Some((kind, expires)) = in_force {
                let regular = if kind.is_residence_document() {
                    "yes"
                } else {
                    "no"
                };
                facts.push(fr(
                    "letter-facts-regular-stay",
                    &[
                        ("regular", regular.to_string()),
                        ("permit", code(kind).to_string()),
                        ("expires", fr_date(expires)),
                    ],
                ));
            }
            p.push(facts.join(" "));
        }
        RouteId::ApsL4254 => {
            // Recorded ([`founding_facts`]); its day when known.
            let admitted = case
                .exit_prostitution_programme
                .as_ref()
                .and_then(|e| e.admitted_on);
            p.push(match admitted {
                Some(d) => fr(
                    "letter-facts-programme",
                    &[sex.clone(), ("date", fr_date(d))],
                ),
                None => fr("letter-facts-programme-undated", std::slice::from_ref(&sex)),
            });
        }
        RouteId::ReflectionPeriod => {
            return Err(Error::Internal("no letter for the reflection period"))
        }
        RouteId::CarteResidentL4253Renewal => {
            return Err(Error::Internal(
                "no letter for the renewal of the resident card",
            ))
        }
    }
    // (c) legal basis; for a first card, what the application rests on (R425-5), said only as far
    // as the case establishes it: « accompagnée du récépissé » with the receipt enclosed; « fait
    // référence à la procédure pénale » (relative to her complaint, or comprising her testimony)
    // only when there is a reference to refer to (the complaint's or testimony's own, the
    // prosecutor's, or the procedure's enclosed). Otherwise the date and service stand in the
    // facts above, and nothing more is claimed.
    let mut basis = fr(&format!("letter-basis-{}", code(route)), &[]);
    if route == RouteId::CstL4251 {
        let parquet_recorded = case
            .references
            .as_ref()
            .is_some_and(|r| non_empty(&r.parquet).is_some());
        // A stage recorded as « aucune procédure » says there is none to refer to, whatever
        // reference stands beside it (review, 2026-12-04).
        let none_recorded = case.no_proceedings_recorded();
        let referenced = |t: &ProcedureStep| {
            !none_recorded
                && (non_empty(&t.reference).is_some()
                    || parquet_recorded
                    || enclosed(PieceKind::ProcedureReference))
        };
        let cooperation = match (complaint, testimony) {
            (Some(_), _) if enclosed(PieceKind::ComplaintReceipt) => Some("receipt"),
            // « fait référence à la procédure » with a reference printed: the complaint's own
            // number, the prosecutor's or the procedure's enclosed (letters review, 2026-12-05:
            // said of a recorded stage alone, with nothing to refer to).
            (Some(c), _) if referenced(c) => Some("complaint"),
            (_, Some(t)) if referenced(t) => Some("testimony"),
            _ => None,
        };
        if let Some(cooperation) = cooperation {
            basis.push(' ');
            basis.push_str(&fr(
                "letter-basis-cst-l425-1-cooperation",
                &[("cooperation", cooperation.to_string())],
            ));
        }
        // R425-5 al. 2: for a minor of 16 or 17 the card « peut » be issued when she declares
        // wanting to work or train — the provision her card rests on, cited with the fact it
        // needs, and only when the case records that project (and her age for certain).
        // Under 18 on the letter's day and on the day she files (the planned day when it is to
        // come): one who turns 18 in between files as an adult (review, 2026-12-04).
        let filing_day = crate::legal::checklist::reference_day(case, input.head.date);
        if certainly_minor(case, input.head.date)
            && certainly_minor(case, filing_day)
            && case.work_or_training_project == Some(true)
        {
            basis.push(' ');
            basis.push_str(&fr(
                "letter-basis-minor-project",
                std::slice::from_ref(&sex),
            ));
        }
    }
    p.push(basis);
    // (d) ties broken: stated only when the case establishes it
    if route != RouteId::ApsL4254 && case.ties_with_perpetrators_broken == Some(true) {
        p.push(fr("letter-ties-broken", &[]));
    }
    // (e) provisional document and tax exemption; « déposée dans les délais » only when the
    // letter is dated within the R431-5 window
    let provisional = match route {
        RouteId::CstL4251Renewal if !renewal_on_time(case, input.head.date) => {
            "letter-provisional-cst-l425-1-renewal-late".to_string()
        }
        // Filed in time, her card already ended on the letter's day: the examination goes on
        // beyond it, not « si » it does (letters review, 2026-12-06).
        RouteId::CstL4251Renewal if expires.is_some_and(|e| e < input.head.date) => {
            "letter-provisional-cst-l425-1-renewal-expired".to_string()
        }
        // A filing recorded: « ayant été déposée ». Not recorded, the letter goes with the
        // request and says so in the present: « ayant été » stated a past fact the case did not
        // establish (PDF review, 2026-12-07: signed on the 25th, the window closing on the 2nd,
        // uploaded who knows when).
        RouteId::CstL4251Renewal
            if case
                .current_permit
                .as_ref()
                .is_some_and(|p| p.renewal_filed().is_some()) =>
        {
            "letter-provisional-cst-l425-1-renewal-filed".to_string()
        }
        _ => format!("letter-provisional-{}", code(route)),
    };
    p.push(fr(&provisional, &[]));
    // The exemption only for the card issued, which F32257 [V] says is free: for its renewal
    // L. 436-8's scope was not read (`renewal-tax-to-confirm` [I]), and she signs the letter
    // (letters review, 2026-12-06: the renewal letter asked for it all the same).
    if route == RouteId::CstL4251 {
        p.push(fr("letter-tax-exemption", &[]));
    }
    // (f) confidentiality
    p.push(fr("letter-confidentiality", &[]));
    // (g) the association, while it follows her: « Je suis accompagnée… par l’association » is
    // not written of a case it has closed (letters review, 2026-12-05); « qui soutient ma
    // demande » only when its letter is enclosed (letters review, 2026-12-05: said with none,
    // after she refused that the association write to the prefecture).
    if let (Some(a), None) = (input.association, input.head.case.closed_on) {
        let supports = ("supports", if supported { "yes" } else { "no" }.to_string());
        let mut text = fr(
            "letter-association",
            &[
                [sex.clone(), supports].as_slice(),
                &association_args(&a.name),
            ]
            .concat(),
        );
        let contact: Vec<&str> = [non_empty(&a.phone), non_empty(&a.email)]
            .into_iter()
            .flatten()
            .collect();
        // Only when she agreed that the association share her information with the prefecture:
        // the letter invites the prefecture to ask it.
        if !contact.is_empty() && super::support_letter::sharing_given(input.head.case) {
            text.push(' ');
            text.push_str(&fr(
                "letter-association-contact",
                &[
                    ("worker", a.worker_name.trim().to_string()),
                    ("role", a.worker_role.trim().to_string()),
                    ("contact", contact.join(", ")),
                ],
            ));
        }
        p.push(text);
    }
    Ok(p)
}

fn sender_block(case: &CaseFile, input: &LetterInput<'_>) -> Vec<String> {
    let person = &case.person;
    let sex = ("sex", sex_arg(case));
    let mut lines = Vec::new();
    let place = non_empty(&person.birth_place).map(str::to_string);
    match (fr_birth(person), place) {
        (Some((d, on)), Some(pl)) => lines.push(fr(
            "letter-sender-born",
            &[sex.clone(), ("date", d), ("on", on), ("place", pl)],
        )),
        (Some((d, on)), None) => lines.push(fr(
            "letter-sender-born-on",
            &[sex.clone(), ("date", d), ("on", on)],
        )),
        (None, Some(pl)) => lines.push(fr("letter-sender-born-in", &[sex.clone(), ("place", pl)])),
        (None, None) => {}
    }
    if let Some(n) = non_empty(&input.nationality) {
        let count = if person.nationalities().len() > 1 {
            "several"
        } else {
            "one"
        };
        lines.push(fr(
            "letter-sender-nationality",
            &[("nationality", n.to_string()), ("count", count.to_string())],
        ));
    }
    lines.extend(printed(&person_address(case)).iter().map(|l| french(l)));
    if let Some(phone) = non_empty(&person.phone) {
        lines.push(fr("letter-sender-phone", &[("phone", phone.to_string())]));
    }
    let foreigner_number = case
        .references
        .as_ref()
        .and_then(|r| non_empty(&r.foreigner_number));
    if let Some(n) = foreigner_number {
        lines.push(fr(
            "letter-sender-foreigner-number",
            &[("number", n.to_string())],
        ));
    }
    lines
}

/// One line of the P.J. list, as of `today` (the letter's date): an identity document's
/// validity is stated only as the case file records it, and never as running once past.
fn enclosure_line(e: &Enclosure, today: NaiveDate) -> String {
    // « Titre de séjour en cours de validité » says what the list asks for; the document she
    // holds is named by its kind, with its own end of validity, and never said valid when the
    // case records no end (review, 2026-12-04: a card issued in 2020 and ended long ago was
    // enclosed « en cours de validité »).
    let mut line = match (e.permit, e.kind) {
        (Some(permit), _) => fr(
            "letter-enclosure-current-permit",
            &[("permit", code(permit).to_string())],
        ),
        (None, PieceKind::CurrentPermit) => fr(
            "letter-enclosure-current-permit",
            &[("permit", "other".to_string())],
        ),
        (None, kind) => fr(&piece_message_id(kind), &[]),
    };
    if let Some(n) = &e.number {
        line = fr(
            "letter-enclosure-numbered",
            &[("document", line), ("number", french(n))],
        );
    }
    if let Some(d) = e.date {
        line = fr(
            "letter-enclosure-dated",
            &[
                ("document", line),
                ("date", fr_date(d)),
                ("kind", code(e.kind).to_string()),
            ],
        );
    }
    if let Some(d) = e.expires {
        let id = if d >= today {
            "letter-enclosure-valid-until"
        } else {
            "letter-enclosure-expired-on"
        };
        line = fr(id, &[("document", line), ("date", fr_date(d))]);
    }
    line
}

/// What the letter of `route` needs the case to record before it can be written: the person's
/// name and the fact the route rests on (the person signs: the letter never states one the case
/// does not record). The case page asks it for every route, so that a letter that cannot be
/// written yet says why before anyone clicks.
///
/// # Errors
/// [`Error::InvalidField`] for a route without a letter ([`has_letter`]);
/// [`Error::Required`] for a missing name, a first card with neither complaint nor testimony,
/// the resident card without the final conviction (its day or the stage), the APS without the
/// exit programme; [`Error::InvalidField`] for a first card when the case records neither
/// trafficking nor procuring (`offence-not-recorded`), and for the L. 425-1 card's renewal when
/// it records no proceedings under way (`proceedings-ended`, [`route_fact`]).
pub fn founding_facts(case: &CaseFile, route: RouteId) -> Result<()> {
    if !has_letter(route) {
        return Err(Error::invalid(
            Field::Named(Named::Route),
            Invalid::NoLetterForRoute {
                route: route.as_str(),
            },
        ));
    }
    require_name(case)?;
    nationality_route(case, route)?;
    stage_consistent(case)?;
    // A renewal already on file, waiting for its decision, is not asked for again.
    let renewal = matches!(
        route,
        RouteId::CstL4251Renewal | RouteId::CarteResidentL4253Renewal
    );
    if renewal && case.awaits_decision(route) {
        return Err(Error::invalid(
            Field::case("applications"),
            Invalid::RenewalAlreadyFiled,
        ));
    }
    renewal_decided_already(case, route)?;
    // Nor the resident card once applied for and waiting, or granted (review, 2026-12-04: a new
    // application was written after the card had been asked for in time).
    // One filed before the conviction was final is premature and not counted, as
    // `regular-stay-at-final-conviction` reads it [I] when it asks her to apply (letters trial,
    // 2026-12-07: the letter it asked for was refused as « déjà enregistrée »).
    if route == RouteId::CarteResidentL4253
        && crate::legal::deadlines::resident_card_applications(case)
            .next()
            .is_some()
    {
        return Err(Error::invalid(
            Field::case("applications"),
            Invalid::ResidentCardAlreadyApplied,
        ));
    }
    // Nor a first card already asked for, waiting for its decision or granted, nor an APS waiting
    // for its decision (review, 2026-12-04: a first card on file since November was asked for
    // again, with no warning). A granted APS is renewed through the same route: its next letter
    // is written.
    granted_already(case, route)?;
    let on_file = case.applications.iter().any(|a| match (route, a.route) {
        (RouteId::CstL4251, RouteId::CstL4251) => !a.refused(),
        (RouteId::ApsL4254, RouteId::ApsL4254) => a.decision.is_none(),
        _ => false,
    });
    if on_file {
        return Err(Error::invalid(
            Field::case("applications"),
            Invalid::AlreadyApplied,
        ));
    }
    match route {
        RouteId::CstL4251 => {
            require_cooperation(case)?;
            require_offence(case)
        }
        _ => route_fact(case, route),
    }
}

/// Refuses her letter for a first card while a récépissé of application is her recorded document
/// and no application it may cover is recorded: the assessment takes that récépissé for the first
/// card's application, and the letter would ask for « la délivrance » and
/// for a récépissé she holds (letters trial, 2026-12-07). The application is to record first (or
/// the document's kind, for a request on another ground). A reflection period's application, and
/// one decided before the récépissé was issued, cover nothing it covers; expired, it still says
/// a request was filed, which the case does not record. The association's letter supports the
/// request on file, and is written.
///
/// # Errors
/// [`Error::InvalidField`] on `applications`: `recepisse-without-application`.
pub fn not_applied_already(case: &CaseFile, route: RouteId) -> Result<()> {
    let Some(recepisse) = case
        .current_permit
        .as_ref()
        .filter(|p| p.kind == PermitKind::RecepisseApplication)
    else {
        return Ok(());
    };
    let may_cover = |a: &crate::model::case::Application| {
        a.route != RouteId::ReflectionPeriod
            && a.decided_on()
                .zip(recepisse.issued)
                .is_none_or(|(decided, issued)| decided >= issued)
    };
    if route == RouteId::CstL4251 && !case.applications.iter().any(may_cover) {
        return Err(Error::invalid(
            Field::case("applications"),
            Invalid::RecepisseWithoutApplication,
        ));
    }
    Ok(())
}

/// Refuses a letter, hers or the association's, for a first card, a resident card or an APS
/// whose application is recorded as granted: the title is to record as her document, not asked
/// for or supported again (letters trial, 2026-12-07: an APS granted a year before, not recorded,
/// was asked for « la délivrance » again; the association « soutient pleinement » a first card
/// granted). An APS she holds is renewed through the same route: its next letter is written.
///
/// # Errors
/// [`Error::InvalidField`] on `applications`: `already-applied`.
pub(super) fn granted_already(case: &CaseFile, route: RouteId) -> Result<()> {
    let holds_aps = case
        .current_permit
        .as_ref()
        .is_some_and(|p| p.kind == PermitKind::Aps);
    // Not a grant a later filing of the route followed: a new request (review, 2026-12-07: a
    // first card granted in 2025, never renewed, blocked the association's letter for the new
    // request pending).
    let granted = case.applications.iter().any(|a| {
        a.route == route
            && a.granted()
            && !case.filed_again_since(a)
            && match route {
                RouteId::CstL4251 | RouteId::CarteResidentL4253 => true,
                RouteId::ApsL4254 => !holds_aps,
                _ => false,
            }
    });
    if granted {
        return Err(Error::invalid(
            Field::case("applications"),
            Invalid::AlreadyApplied,
        ));
    }
    Ok(())
}

/// Refuses a letter, hers or the association's, for the renewal of the title she holds once that
/// renewal is decided: refused, the letter would ask again as if nothing had happened (« déposée
/// dans les délais », legal review, 2026-12-05); granted, the new title is to record.
///
/// # Errors
/// [`Error::InvalidField`] on `applications`: `renewal-refused`, or `already-applied`.
pub(super) fn renewal_decided_already(case: &CaseFile, route: RouteId) -> Result<()> {
    use crate::legal::deadlines::{renewal_decision, renewal_refusal, renewal_route};
    use crate::model::case::DecisionOutcome;
    let Some(p) = case
        .current_permit
        .as_ref()
        .filter(|p| renewal_route(p.kind) == Some(route))
    else {
        return Ok(());
    };
    // Granted (after a refusal, too): the new title is what to record. Placed decisions only
    // ([`crate::legal::deadlines::placed_for_card`]): one with neither day may be an earlier
    // card's.
    let pack = RulePack::active();
    // A new title of its kind granted since the card was issued (a first card after the old card
    // ended): that one is to record, not the old one renewed (review, 2026-12-07: both letters
    // asked to renew a card ended in 2025 beside a first card granted in November 2026).
    // (Not an APS: its renewal goes through the same route, which `renewal_decision` reads.)
    // The resident card granted after the L. 425-1 card replaces it too (review, 2026-12-07: her
    // letter asked to renew a first card beside the resident card granted on the final
    // conviction): [`RouteId::replaces`], as the warnings and her paper read it.
    let newer = case.applications.iter().any(|a| {
        a.route != RouteId::ApsL4254
            && a.route.replaces(p.kind)
            && a.granted()
            && a.when()
                .zip(p.issued)
                .is_some_and(|(when, issued)| when > issued)
    });
    if newer {
        return Err(Error::invalid(
            Field::case("applications"),
            Invalid::AlreadyApplied,
        ));
    }
    let reason = match renewal_decision(pack, case, p).map(|d| d.outcome) {
        Some(DecisionOutcome::Granted) => Invalid::AlreadyApplied,
        Some(DecisionOutcome::Refused) => Invalid::RenewalRefused,
        // A refusal with neither day is read as this card's, as her paper and the worker's
        // warnings read it ([`renewal_refusal`]; letters trial, 2026-12-07: both letters asked
        // again, « dans l'attente de votre décision », beside a renewal recorded as refused).
        // (Only one with no day: a dated one not placed as this card's is an earlier card's.)
        None if renewal_refusal(pack, case, p) == Some(None) => Invalid::RenewalRefused,
        None => return Ok(()),
    };
    Err(Error::invalid(Field::case("applications"), reason))
}

/// The first L425-1 card rests on her complaint or testimony: without either recorded, neither
/// her letter nor the association's asks for it (review, 2026-12-05: the support letter wrote
/// « sollicite … sur le fondement de l'article L. 425-1 » where hers was refused).
///
/// # Errors
/// [`Error::Required`] on `cooperation.complaint`.
pub(super) fn require_cooperation(case: &CaseFile) -> Result<()> {
    if case.cooperation.complaint.is_none() && case.cooperation.testimony.is_none() {
        return Err(Error::required(Field::case("cooperation.complaint")));
    }
    Ok(())
}

/// The fact the resident card (a final conviction) and the APS (admission to the exit
/// programme) rest on, required by both letters: without it the request has no ground. The
/// L. 425-1 card's renewal rests on proceedings under way: none recorded, or ended without a
/// conviction, and there is no letter (ended with a conviction final by the letter's day:
/// [`final_by`]).
///
/// # Errors
/// [`Error::Required`] naming the field to fill; [`Error::InvalidField`] on `criminalCase.stage`
/// (`proceedings-ended`).
pub(super) fn route_fact(case: &CaseFile, route: RouteId) -> Result<()> {
    match route {
        RouteId::CarteResidentL4253 => {
            // (A day contradicted by the stage: both callers refuse it first, `stage_consistent`.)
            let recorded = case
                .criminal_case
                .as_ref()
                .is_some_and(CriminalCase::final_conviction_recorded);
            if recorded {
                Ok(())
            } else {
                Err(Error::required(Field::case(
                    "criminalCase.finalConvictionDate",
                )))
            }
        }
        RouteId::ApsL4254 if case.exit_prostitution_programme.is_none() => {
            Err(Error::required(Field::case("exitProstitutionProgramme")))
        }
        // « Cette carte est renouvelée pendant toute la durée de la procédure pénale » for a
        // procedure recorded as none, or as ended without a conviction: a jurist sees what else
        // may apply.
        RouteId::CstL4251Renewal
            if case.criminal_case.as_ref().is_some_and(|c| {
                matches!(
                    c.stage,
                    Some(CriminalStage::None | CriminalStage::Acquittal | CriminalStage::Dismissed)
                )
            }) =>
        {
            Err(Error::invalid(
                Field::case("criminalCase.stage"),
                Invalid::ProceedingsEnded,
            ))
        }
        _ => Ok(()),
    }
}

/// Refuses a letter when the day of final conviction contradicts the stage recorded: the letter
/// would state one or the other, and which is true is for the worker to say.
///
/// # Errors
/// [`Error::InvalidField`] on `criminalCase.stage`.
pub(super) fn stage_consistent(case: &CaseFile) -> Result<()> {
    if case
        .criminal_case
        .as_ref()
        .is_some_and(CriminalCase::conviction_contradicted)
    {
        return Err(Error::invalid(
            Field::case("criminalCase.stage"),
            Invalid::StageContradictsConviction,
        ));
    }
    Ok(())
}

/// Refuses a letter for `route` when the rule pack says that route does not apply to her
/// nationality as of right (a warning with `nationalities` and `caveatFor`: the Franco-Algerian
/// agreement of 1968): the letter would cite an article that does not govern her stay, and a
/// jurist chooses the route (legal-facts: « a jurist must choose the route »).
///
/// # Errors
/// [`Error::InvalidField`] on `person.nationality`.
pub(super) fn nationality_route(case: &CaseFile, route: RouteId) -> Result<()> {
    let hers = case.person.nationalities();
    let governing: Vec<&str> = RulePack::active()
        .warnings
        .iter()
        .filter(|w| w.caveat_for.contains(&route))
        .flat_map(|w| w.nationalities.iter().map(String::as_str))
        .filter(|n| hers.contains(n))
        .collect();
    if governing.is_empty() {
        return Ok(());
    }
    // The field that holds it: her first nationality, or another one.
    let first = case.person.nationality.as_deref().map(str::trim);
    let field = if governing.iter().any(|n| Some(*n) == first) {
        "person.nationality"
    } else {
        "person.otherNationalities"
    };
    Err(Error::invalid(
        Field::case(field),
        Invalid::AgreementNationality,
    ))
}

/// Refuses a letter, hers or the association's, for `route` dated after the day silence rejected
/// the application of that route last filed and still undecided (R432-2): among the
/// applications, or a renewal recorded on her card (verification, 2026-12-05: the renewal letter
/// asked again, « déposée dans les délais », the day after; letters trial, 2026-12-07: recorded
/// among the applications only, and for a first card, a resident card or an APS, the
/// association still wrote « poursuivra pendant toute l'instruction de la demande »). Until then
/// it may be the letter that goes with that filing, printed again. A renewal filed before its
/// window opened is to file again, and its letter is written; an application followed by a new
/// one of its route, or by a title issued since, is no longer silent.
///
/// # Errors
/// [`Error::InvalidField`] on `applications`: `renewal-rejected-by-silence` for the renewal of a
/// card, `rejected-by-silence` for another request.
pub fn not_rejected_by_silence(case: &CaseFile, route: RouteId, day: NaiveDate) -> Result<()> {
    use crate::legal::deadlines::{
        awaiting_decision, implicit_rejection_day, renewal_filed_early, renewal_route,
    };
    let pack = RulePack::active();
    // A renewal filed before its window is to file again (`renewal-filed-early`, then
    // `renewal-window-missed`): the letter goes with that new filing, not with the silent one,
    // after the window has closed too. The warning speaks of its silence then; the letter stays
    // (review, 2026-12-07: refusing it left her no letter for the filing she is told to make).
    let early = case
        .current_permit
        .as_ref()
        .filter(|p| renewal_route(p.kind) == Some(route))
        .and_then(|p| renewal_filed_early(pack, case, p))
        .map(|(filed, _)| filed);
    // A resident-card application filed before the conviction was final is premature and not
    // counted (review, 2026-12-07: its silence refused the letter the warning asks for).
    let last = awaiting_decision(case)
        .into_iter()
        .filter(|(r, filed)| *r == route && *filed <= day && Some(*filed) != early)
        .filter(|(_, filed)| !crate::legal::deadlines::premature(case, route, *filed))
        .map(|(_, filed)| filed)
        .max();
    let rejected = last.is_some_and(|filed| {
        implicit_rejection_day(pack, filed).is_some_and(|rejected| rejected < day)
            && !crate::legal::assess::followed_since(case, filed, day, Some(route))
    });
    if rejected {
        let renewal = matches!(
            route,
            RouteId::CstL4251Renewal | RouteId::CarteResidentL4253Renewal
        );
        return Err(Error::invalid(
            Field::case("applications"),
            if renewal {
                Invalid::RenewalRejectedBySilence
            } else {
                Invalid::RejectedBySilence
            },
        ));
    }
    Ok(())
}

/// Refuses a letter dated before the day the conviction it rests on became final: what she or
/// the association signs is true on the day it bears.
///
/// For a first L. 425-1 card, the same of her age: a girl certainly under 16 on the letter's day
/// cannot be issued the card then (R425-5 [V]), even when she files after her birthday (legal
/// review, 2026-12-06: a letter dated at 15 went without the R425-5 paragraph her route rests on).
///
/// # Errors
/// [`Error::InvalidField`] on `criminalCase.finalConvictionDate`, on `criminalCase.stage`
/// (`conviction-final`), or on `person.birthDate`.
pub fn final_by(case: &CaseFile, route: RouteId, day: NaiveDate) -> Result<()> {
    use crate::legal::dates::{ages_of, under};
    if route == RouteId::CstL4251 && under(ages_of(&case.person, day), 16) == Some(true) {
        return Err(Error::invalid(
            Field::case("person.birthDate"),
            Invalid::UnderSixteenOnLetterDay,
        ));
    }
    // The L. 425-1 card's renewal once the conviction is final by the letter's day (its stage,
    // or its day recorded with the stage blank): « renouvelée pendant toute la durée de la
    // procédure pénale » and a « justificatif de la procédure pénale en cours » for proceedings
    // that are over; what she asks for now is the resident card (letters review, 2026-12-08:
    // signed with no warning). Final only on a day to come, the proceedings go on until then.
    if route == RouteId::CstL4251Renewal
        && case.criminal_case.as_ref().is_some_and(|c| c.final_on(day))
    {
        return Err(Error::invalid(
            Field::case("criminalCase.stage"),
            Invalid::ConvictionFinal,
        ));
    }
    let later = case
        .criminal_case
        .as_ref()
        .and_then(|c| c.final_conviction_date)
        .is_some_and(|d| d > day);
    if route == RouteId::CarteResidentL4253 && later {
        return Err(Error::invalid(
            Field::case("criminalCase.finalConvictionDate"),
            Invalid::ConvictionNotYetFinal,
        ));
    }
    Ok(())
}

impl LetterView {
    /// Writes the cover letter.
    ///
    /// # Errors
    /// Those of [`founding_facts`].
    pub fn build(input: &LetterInput<'_>) -> Result<LetterView> {
        let case = input.head.case;
        founding_facts(case, input.head.route)?;
        final_by(case, input.head.route, input.head.date)?;
        not_rejected_by_silence(case, input.head.route, input.head.date)?;
        not_applied_already(case, input.head.route)?;
        let mut enclosures = input.enclosures.clone();
        // A letter of the association she holds goes only with her agreement that the
        // association share her information with the prefecture, as a new one is written only
        // then (letters review, 2026-12-07: enclosed, « qui soutient ma demande », when she was
        // never asked).
        // Nor once the association has closed her case: it would attest a follow-up that has
        // ended (PDF review, 2026-12-07: « Lettre de soutien de l'association du 1er juin »
        // enclosed by a closed case's letter).
        if !super::support_letter::sharing_given(case) || case.closed_on.is_some() {
            enclosures.retain(|e| e.kind != PieceKind::AssociationLetter);
        }
        // The association's support letter goes with hers when the association can write it
        // (it cannot when she refused that her information be sent to the prefecture).
        let support_letter_enclosed = input.association.is_some()
            && super::support_letter::founding_facts(case, input.head.route).is_ok()
            && final_by(case, input.head.route, input.head.date).is_ok()
            && enclosures
                .iter()
                .all(|e| e.kind != PieceKind::AssociationLetter);
        if support_letter_enclosed {
            enclosures.push(Enclosure {
                kind: PieceKind::AssociationLetter,
                date: Some(input.head.date),
                number: None,
                expires: None,
                permit: None,
            });
        }
        let name = case.display_name();
        let mut letter = FormalLetter::to(&input.head);
        letter.sender_name = french(&name);
        sender_fields_on_one_line(case)?;
        letter.sender = sender_block(case, input);
        letter.subject = fr(
            &format!(
                "letter-subject-{}",
                request_key(case, input.head.route, input.head.date)
            ),
            &[("offence", offence_arg(case))],
        );
        if input.registered_mail {
            letter.mentions.push(fr("letter-registered-mail", &[]));
        }
        let supported = enclosures
            .iter()
            .any(|e| e.kind == PieceKind::AssociationLetter);
        letter.paragraphs = letter_paragraphs(input, supported)?;
        letter.signature = vec![french(&case.name_in_text())];
        letter.enclosures = enclosures
            .iter()
            .map(|e| enclosure_line(e, input.head.date))
            .collect();
        letter.running_header = fr(
            "letter-running-header",
            &[("name", name), ("date", fr_date(input.head.date))],
        );
        Ok(LetterView {
            letter,
            support_letter_enclosed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::{CriminalStage, Document, ExitProgramme, Permit};
    use crate::pdf::samples;

    /// The spec's example, with the consent the interview records first.
    fn case() -> CaseFile {
        let json = include_str!("../../../../../tests/fixtures/case-spec-example.json");
        let mut case = crate::model::case::CaseDocument::parse(json.as_bytes())
            .unwrap()
            .1;
        case.consent = Some(samples::spec_consent("fr"));
        case
    }

    /// Security review, 2026-12-05: a case stored with a line break in its address (by other
    /// means than the import, which refuses it) added « Objet : Retrait de la demande » to her
    /// sender block.
    #[test]
    fn a_line_break_inside_her_address_is_refused_not_printed_as_a_line() {
        let mut c = case();
        if let Some(a) = c.person.address.as_mut() {
            a.line1 = Some("12 rue de l'Essai\nObjet : Retrait de la demande".into());
        }
        let input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
        match LetterView::build(&input) {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::LineBreak,
            }) => assert_eq!(path, "person.address.line1"),
            other => panic!("{:?}", other.map(|v| v.letter.sender)),
        }
    }

    /// PDF review, 2026-12-07: given names alone signed the letter « Blessing », and the
    /// association's wrote « Mme Blessing ». Her family name is asked for first (one name only
    /// goes there).
    #[test]
    fn a_letter_needs_her_family_name() {
        for family in [None, Some("  ")] {
            let mut c = case();
            c.person.family_name = family.map(str::to_string);
            let input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
            assert!(
                matches!(
                    LetterView::build(&input),
                    Err(Error::Required { field: Field::Case(ref path) }) if path == "person.familyName"
                ),
                "{family:?}"
            );
        }
    }

    /// Letters audit, 2026-12-06: « Tél. : appelez-moi » under her name. A number, written as
    /// people write them, is printed; anything else is refused, naming the field.
    #[test]
    fn her_telephone_is_a_number_or_the_letter_is_refused() {
        let mut c = case();
        c.person.phone = Some("appelez-moi".into());
        let input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
        match LetterView::build(&input) {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::NotAPhone,
            }) => assert_eq!(path, "person.phone"),
            other => panic!("{:?}", other.map(|v| v.letter.sender)),
        }
        for number in ["06 12 34 56 78", "+33 (0)6.12.34.56.78", "06-12-34-56-78"] {
            c.person.phone = Some(number.into());
            let input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
            let sender = LetterView::build(&input).unwrap().letter.sender;
            assert!(sender.iter().any(|l| l.contains(number)), "{sender:?}");
        }
    }

    /// PDF review, 2026-12-05: an address with no town printed « 93000 » alone.
    #[test]
    fn an_address_without_its_town_takes_the_commune_the_case_establishes() {
        use crate::model::case::Address;
        let mut c = case();
        let mut at = |postcode: &str, insee: Option<&str>| {
            c.person.address = Some(Address {
                line1: None,
                postcode: Some(postcode.into()),
                commune_insee: insee.map(str::to_string),
                city: None,
            });
            person_address(&c).city
        };
        assert_eq!(
            at("93000", None),
            "Bobigny",
            "one commune has this postcode"
        );
        assert_eq!(
            at("75016", Some("75116")),
            "Paris",
            "an arrondissement's commune"
        );
        // A postcode several communes share names none of them.
        let shared = crate::geo::Geo::get()
            .postcodes()
            .into_iter()
            .find(|p| crate::geo::Geo::get().by_postcode(p).len() > 1)
            .unwrap();
        assert_eq!(at(shared, None), "");
    }

    /// A renewal filed before its window is to file again: its silence does not refuse the
    /// letter that goes with the new filing, after the window has closed too, while
    /// `implicit-rejection-passed` speaks of that silence once the window has closed (review,
    /// 2026-12-07: refusing the letter then left her none for the filing she was told to make).
    #[test]
    fn an_early_renewal_keeps_its_letter_when_its_silence_is_spoken_of() {
        use crate::model::case::Permit;
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let mut c = case();
        c.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(day(1, 1)),
            expires: Some(day(12, 31)),
            renewal_count: Some(0),
            renewal_filed_on: Some(day(6, 1)),
        });
        c.applications.clear();
        let route = RouteId::CstL4251Renewal;
        // Silent since 1 October; its window (2 September to 1 November) still runs.
        assert!(not_rejected_by_silence(&c, route, day(10, 15)).is_ok());
        let warned = |today| {
            crate::legal::assess(&c, today)
                .has_warning(crate::legal::WarningId::ImplicitRejectionPassed)
        };
        assert!(!warned(day(10, 15)));
        // The window closed: the warning speaks of the silence; the letter of a new filing
        // stays.
        assert!(warned(day(11, 15)));
        assert!(not_rejected_by_silence(&c, route, day(11, 15)).is_ok());
    }

    #[test]
    fn a_refused_renewal_is_not_asked_for_again_as_if_filed_in_time() {
        use crate::model::case::{Application, ApplicationDecision, DecisionOutcome, Permit};
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d);
        let mut c = case();
        c.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: day(1, 1),
            expires: day(12, 31),
            renewal_count: Some(0),
            renewal_filed_on: day(9, 15),
        });
        let renewal = |outcome| Application {
            route: RouteId::CstL4251Renewal,
            filed_on: day(9, 15),
            decision: Some(ApplicationDecision {
                outcome,
                date: day(10, 20),
                appeal: None,
            }),
            anef_number: None,
        };
        c.applications = vec![renewal(DecisionOutcome::Refused)];
        assert!(matches!(
            founding_facts(&c, RouteId::CstL4251Renewal),
            Err(Error::InvalidField {
                reason: Invalid::RenewalRefused,
                ..
            })
        ));
        // Nor does the association « support » it (verification, 2026-12-05).
        assert!(matches!(
            super::super::support_letter::founding_facts(&c, RouteId::CstL4251Renewal),
            Err(Error::InvalidField {
                reason: Invalid::RenewalRefused,
                ..
            })
        ));
        // Granted: the new card is to record, not asked for again.
        c.applications = vec![renewal(DecisionOutcome::Granted)];
        assert!(matches!(
            founding_facts(&c, RouteId::CstL4251Renewal),
            Err(Error::InvalidField {
                reason: Invalid::AlreadyApplied,
                ..
            })
        ));
        // Recorded on the card only, undecided: written until silence rejects it (15 January
        // 2027, R432-2), not after.
        c.applications.clear();
        assert!(not_rejected_by_silence(&c, RouteId::CstL4251Renewal, day(12, 1).unwrap()).is_ok());
        let after = NaiveDate::from_ymd_opt(2027, 1, 16).unwrap();
        assert!(matches!(
            not_rejected_by_silence(&c, RouteId::CstL4251Renewal, after),
            Err(Error::InvalidField {
                reason: Invalid::RenewalRejectedBySilence,
                ..
            })
        ));
        // Recorded among the applications only, the same (letters trial, 2026-12-07: the
        // association's letter was written); a new filing since answers it.
        c.current_permit.as_mut().unwrap().renewal_filed_on = None;
        c.applications = vec![Application {
            decision: None,
            ..renewal(DecisionOutcome::Refused)
        }];
        assert!(not_rejected_by_silence(&c, RouteId::CstL4251Renewal, day(12, 1).unwrap()).is_ok());
        assert!(matches!(
            not_rejected_by_silence(&c, RouteId::CstL4251Renewal, after),
            Err(Error::InvalidField {
                reason: Invalid::RenewalRejectedBySilence,
                ..
            })
        ));
        c.applications.push(Application {
            filed_on: day(12, 20),
            decision: None,
            ..renewal(DecisionOutcome::Refused)
        });
        assert!(not_rejected_by_silence(&c, RouteId::CstL4251Renewal, after).is_ok());
        c.current_permit.as_mut().unwrap().renewal_filed_on = day(9, 15);
        // A decision dated after the card's issue, its filing day not recorded, is this card's
        // (verification, 2026-12-05).
        c.applications = vec![Application {
            filed_on: None,
            ..renewal(DecisionOutcome::Refused)
        }];
        assert!(matches!(
            founding_facts(&c, RouteId::CstL4251Renewal),
            Err(Error::InvalidField {
                reason: Invalid::RenewalRefused,
                ..
            })
        ));
        // Decided before this card's issue, its filing day not recorded: an earlier card's, and
        // the letters are written (review, 2026-12-07: refused since undated refusals were read
        // as this card's).
        c.applications = vec![Application {
            filed_on: None,
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Refused,
                date: NaiveDate::from_ymd_opt(2025, 10, 20),
                appeal: None,
            }),
            ..renewal(DecisionOutcome::Refused)
        }];
        c.current_permit.as_mut().unwrap().renewal_filed_on = None;
        assert!(founding_facts(&c, RouteId::CstL4251Renewal).is_ok());
        // Her paper and the warnings read it so too (review, 2026-12-07: « refusée » on her
        // paper beside both letters written).
        let held = c.current_permit.clone().unwrap();
        assert_eq!(
            crate::legal::deadlines::renewal_refusal(RulePack::active(), &c, &held),
            None
        );
        // With neither day, it is this card's, until a renewal is filed after the card's issue.
        c.applications[0].decision.as_mut().unwrap().date = None;
        assert!(matches!(
            founding_facts(&c, RouteId::CstL4251Renewal),
            Err(Error::InvalidField {
                reason: Invalid::RenewalRefused,
                ..
            })
        ));
        c.applications.push(Application {
            filed_on: day(9, 20),
            decision: None,
            ..renewal(DecisionOutcome::Refused)
        });
        assert!(renewal_decided_already(&c, RouteId::CstL4251Renewal).is_ok());
        // A first card granted after this card's issue (the old card ended): that one is to
        // record, not this one renewed (review, 2026-12-07).
        c.applications = vec![Application {
            route: RouteId::CstL4251,
            filed_on: day(8, 1),
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Granted,
                date: day(11, 20),
                appeal: None,
            }),
            anef_number: None,
        }];
        assert!(matches!(
            renewal_decided_already(&c, RouteId::CstL4251Renewal),
            Err(Error::InvalidField {
                reason: Invalid::AlreadyApplied,
                ..
            })
        ));
        c.current_permit.as_mut().unwrap().renewal_filed_on = day(9, 15);
        // A refusal of an earlier card's renewal, before this card's issue, is not this one's.
        c.applications = vec![Application {
            filed_on: NaiveDate::from_ymd_opt(2025, 9, 1),
            ..renewal(DecisionOutcome::Refused)
        }];
        c.current_permit.as_mut().unwrap().renewal_filed_on = None;
        assert!(founding_facts(&c, RouteId::CstL4251Renewal).is_ok());
    }

    /// PDF review, 2026-12-07: after an acquittal, the renewal letter still argued « cette carte
    /// est renouvelée pendant toute la durée de la procédure pénale ».
    #[test]
    fn no_renewal_letter_once_the_proceedings_ended_without_a_conviction() {
        let mut c = case();
        assert!(founding_facts(&c, RouteId::CstL4251Renewal).is_ok());
        for stage in [
            CriminalStage::None,
            CriminalStage::Acquittal,
            CriminalStage::Dismissed,
        ] {
            c.criminal_case.as_mut().unwrap().stage = Some(stage);
            for refused in [
                founding_facts(&c, RouteId::CstL4251Renewal),
                super::super::support_letter::founding_facts(&c, RouteId::CstL4251Renewal),
            ] {
                assert!(
                    matches!(
                        refused,
                        Err(Error::InvalidField {
                            reason: Invalid::ProceedingsEnded,
                            ..
                        })
                    ),
                    "{stage:?}: {refused:?}"
                );
            }
        }
    }

    /// Letters review, 2026-12-08: after a final conviction, the renewal letter argued
    /// « renouvelée pendant toute la durée de la procédure pénale » and enclosed a « justificatif
    /// de la procédure pénale en cours », signed with no warning.
    #[test]
    fn no_renewal_letter_once_the_conviction_is_final() {
        let d = crate::test_support::d;
        let letter_day = d(2026, 11, 26);
        let mut c = case();
        let refused = |c: &CaseFile| {
            matches!(
                final_by(c, RouteId::CstL4251Renewal, letter_day),
                Err(Error::InvalidField {
                    reason: Invalid::ConvictionFinal,
                    ..
                })
            )
        };
        assert!(!refused(&c), "proceedings under way");
        let criminal = c.criminal_case.as_mut().unwrap();
        criminal.stage = Some(CriminalStage::FinalConviction);
        for with_day in [None, Some(d(2026, 10, 1))] {
            c.criminal_case.as_mut().unwrap().final_conviction_date = with_day;
            assert!(refused(&c), "{with_day:?}");
        }
        // The stage left blank, its day recorded: final all the same (review of this change).
        c.criminal_case.as_mut().unwrap().stage = None;
        assert!(refused(&c));
        // Final only on a day to come (the time to appeal runs): the proceedings go on, the
        // renewal is still hers to ask (review of this change: neither letter could be written).
        let criminal = c.criminal_case.as_mut().unwrap();
        criminal.stage = Some(CriminalStage::FinalConviction);
        criminal.final_conviction_date = Some(d(2027, 1, 15));
        assert!(!refused(&c));
        assert!(founding_facts(&c, RouteId::CarteResidentL4253).is_ok());
    }

    #[test]
    fn a_first_card_already_asked_for_is_not_asked_for_again() {
        use crate::model::case::{Application, ApplicationDecision, DecisionOutcome};
        let mut c = case();
        assert!(founding_facts(&c, RouteId::CstL4251).is_ok());
        let applied = |outcome: Option<DecisionOutcome>| Application {
            route: RouteId::CstL4251,
            filed_on: Some(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()),
            decision: outcome.map(|outcome| ApplicationDecision {
                outcome,
                date: None,
                appeal: None,
            }),
            anef_number: None,
        };
        for waiting_or_granted in [None, Some(DecisionOutcome::Granted)] {
            c.applications = vec![applied(waiting_or_granted)];
            assert!(matches!(
                founding_facts(&c, RouteId::CstL4251),
                Err(Error::InvalidField {
                    reason: Invalid::AlreadyApplied,
                    ..
                })
            ));
        }
        // After a refusal, a new application is hers to make.
        c.applications = vec![applied(Some(DecisionOutcome::Refused))];
        assert!(founding_facts(&c, RouteId::CstL4251).is_ok());
        // An APS is renewed through its own route: granted and recorded as her document, its
        // next letter is written; granted and not recorded, it is to record first (letters
        // trial, 2026-12-07: asked for « la délivrance » again); waiting, it is not asked for
        // again.
        let aps = |decision: Option<DecisionOutcome>| Application {
            route: RouteId::ApsL4254,
            ..applied(decision)
        };
        c.applications = vec![aps(Some(DecisionOutcome::Granted))];
        let already = |c: &CaseFile| {
            matches!(
                founding_facts(c, RouteId::ApsL4254),
                Err(Error::InvalidField {
                    reason: Invalid::AlreadyApplied,
                    ..
                })
            )
        };
        assert!(already(&c));
        c.current_permit = Some(crate::model::case::Permit {
            kind: PermitKind::Aps,
            issued: NaiveDate::from_ymd_opt(2026, 11, 20),
            expires: NaiveDate::from_ymd_opt(2027, 5, 19),
            renewal_count: None,
            renewal_filed_on: None,
        });
        assert!(!already(&c));
        assert!(granted_already(&c, RouteId::ApsL4254).is_ok());
        c.current_permit = None;
        // Nor does the association support a first card granted.
        c.applications = vec![applied(Some(DecisionOutcome::Granted))];
        assert!(matches!(
            super::super::support_letter::founding_facts(&c, RouteId::CstL4251),
            Err(Error::InvalidField {
                reason: Invalid::AlreadyApplied,
                ..
            })
        ));
        // A grant a new request of the route followed: the association supports the new one
        // (review, 2026-12-07).
        let mut again = applied(None);
        again.filed_on = NaiveDate::from_ymd_opt(2026, 11, 20);
        c.applications = vec![applied(Some(DecisionOutcome::Granted)), again];
        assert!(granted_already(&c, RouteId::CstL4251).is_ok());
        c.applications = vec![aps(None)];
        assert!(matches!(
            founding_facts(&c, RouteId::ApsL4254),
            Err(Error::InvalidField {
                reason: Invalid::AlreadyApplied,
                ..
            })
        ));
    }

    #[test]
    fn enclosures_list_done_items_and_the_alternative_actually_held() {
        let mut c = case();
        c.documents.push(Document {
            kind: PieceKind::ConsularCard,
            status: DocumentStatus::Have,
            date: None,
            number: None,
            expires: None,
        });
        let mut passport = samples::checklist_item(
            PieceKind::Passport,
            ItemStatus::SatisfiedByAlternative,
            vec![PieceKind::ConsularCertificate, PieceKind::ConsularCard],
        );
        passport.via = Some(PieceKind::ConsularCard);
        let items = vec![
            samples::checklist_item(PieceKind::BirthCertificate, ItemStatus::Ok, vec![]),
            passport,
            samples::checklist_item(PieceKind::Cerpr, ItemStatus::Missing, vec![]),
        ];
        let e = enclosures(&c, &items);
        let kinds: Vec<PieceKind> = e.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            vec![PieceKind::BirthCertificate, PieceKind::ConsularCard],
            "the consular certificate is only requested; the consular card is held"
        );
        assert_eq!(
            e[0].date,
            NaiveDate::from_ymd_opt(2024, 1, 10),
            "the date comes from the case"
        );
    }

    #[test]
    fn the_sender_block_prints_an_approximate_birth_date_without_a_day() {
        let mut c = case();
        c.person.birth_date = NaiveDate::from_ymd_opt(1998, 1, 1);
        c.person.birth_date_precision = Some(crate::model::case::DatePrecision::Year);
        let input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
        let block = sender_block(&c, &input).join("\n");
        assert!(block.contains("Née en 1998"), "{block}");
        assert!(
            !block.contains("1er") && !block.contains("janvier"),
            "{block}"
        );
        let mut exact = c.clone();
        exact.person.birth_date = NaiveDate::from_ymd_opt(1998, 4, 12);
        exact.person.birth_date_precision = None;
        let block = sender_block(&exact, &input).join("\n");
        assert!(block.contains("Née le 12\u{a0}avril\u{a0}1998"), "{block}");
    }

    #[test]
    fn a_passport_is_not_named_by_its_issue_date() {
        let mut c = case();
        c.documents.retain(|d| d.kind != PieceKind::Passport);
        c.documents.push(Document {
            kind: PieceKind::Passport,
            status: DocumentStatus::Have,
            date: NaiveDate::from_ymd_opt(2019, 5, 3),
            number: None,
            expires: None,
        });
        let items = vec![
            samples::checklist_item(PieceKind::BirthCertificate, ItemStatus::Ok, vec![]),
            samples::checklist_item(PieceKind::Passport, ItemStatus::Ok, vec![]),
        ];
        let e = enclosures(&c, &items);
        assert_eq!(e[1].kind, PieceKind::Passport);
        assert_eq!(
            e[1].date, None,
            "a passport is not identified by its issue date"
        );
        let line = enclosure_line(&e[1], day(2026, 11, 26));
        assert!(
            line.starts_with("Passeport") && !line.contains("2019") && !line.contains(" du "),
            "{line}"
        );
        assert_eq!(line, "Passeport", "neither number nor validity recorded");
        assert!(
            e[0].date.is_some(),
            "a birth certificate keeps its date: {:?}",
            e[0]
        );
    }

    #[test]
    fn an_identity_document_is_named_by_its_number_and_validity_as_recorded() {
        let letter_day = day(2026, 11, 26);
        let line_for = |number: Option<&str>, expires: Option<NaiveDate>| {
            let mut c = case();
            c.documents.retain(|d| d.kind != PieceKind::Passport);
            c.documents.push(Document {
                kind: PieceKind::Passport,
                status: DocumentStatus::Have,
                date: Some(day(2019, 5, 3)),
                number: number.map(String::from),
                expires,
            });
            let items = vec![samples::checklist_item(
                PieceKind::Passport,
                ItemStatus::Ok,
                vec![],
            )];
            enclosure_line(&enclosures(&c, &items)[0], letter_day)
        };
        assert_eq!(
            line_for(Some("12AB34567"), Some(day(2030, 5, 2))),
            "Passeport n°\u{a0}12AB34567, valable jusqu’au 2\u{a0}mai\u{a0}2030"
        );
        assert_eq!(
            line_for(Some(" 12AB34567 "), None),
            "Passeport n°\u{a0}12AB34567",
            "no validity stated when none is recorded"
        );
        assert_eq!(
            line_for(None, Some(letter_day)),
            "Passeport, valable jusqu’au 26\u{a0}novembre\u{a0}2026",
            "valid on its last day"
        );
        // Past on the letter's date: never « valable jusqu'au » a day gone by.
        let expired = line_for(Some("12AB34567"), Some(day(2024, 5, 2)));
        assert_eq!(
            expired,
            "Passeport n°\u{a0}12AB34567, dont la validité a pris fin le 2\u{a0}mai\u{a0}2024"
        );
        assert_eq!(
            line_for(Some("  "), None),
            "Passeport",
            "a blank number is none"
        );
        // A document not named by its number keeps its date and never prints a number.
        let mut c = case();
        c.documents.push(Document {
            kind: PieceKind::ProofOfAddress,
            status: DocumentStatus::Have,
            date: Some(day(2026, 11, 2)),
            number: Some("X".into()),
            expires: Some(day(2020, 1, 1)),
        });
        let items = vec![samples::checklist_item(
            PieceKind::ProofOfAddress,
            ItemStatus::Ok,
            vec![],
        )];
        let line = enclosure_line(&enclosures(&c, &items)[0], letter_day);
        assert!(
            line.ends_with("du 2\u{a0}novembre\u{a0}2026") && !line.contains("n°"),
            "{line}"
        );
    }

    #[test]
    fn the_card_she_holds_is_enclosed_with_its_recorded_end_of_validity() {
        let letter_day = day(2026, 11, 26);
        let mut c = case();
        c.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(day(2025, 12, 1)),
            expires: Some(day(2026, 12, 31)),
            renewal_count: Some(0),
            renewal_filed_on: None,
        });
        let list = crate::legal::checklist(&c, RouteId::CstL4251Renewal, letter_day);
        let e = enclosures(&c, &list.items);
        let card = e
            .iter()
            .find(|e| e.kind == PieceKind::CurrentPermit)
            .expect("the card recorded as hers is in hand");
        let line = enclosure_line(card, letter_day).replace('\u{a0}', " ");
        assert_eq!(line, "Carte de séjour temporaire « vie privée et familiale », valable jusqu’au 31 décembre 2026");
        // Its end not recorded: named by its kind and day of issue, never « en cours de validité ».
        c.current_permit.as_mut().unwrap().expires = None;
        c.current_permit.as_mut().unwrap().issued = Some(day(2020, 3, 1));
        // The worker marked it held (review, 2026-12-04: « cp-noexp-old »).
        c.documents.push(Document {
            kind: PieceKind::CurrentPermit,
            status: DocumentStatus::Have,
            date: Some(day(2020, 3, 1)),
            number: None,
            expires: None,
        });
        let list = crate::legal::checklist(&c, RouteId::CstL4251Renewal, letter_day);
        let lines: Vec<String> = enclosures(&c, &list.items)
            .iter()
            .map(|e| enclosure_line(e, letter_day).replace('\u{a0}', " "))
            .collect();
        assert!(
            lines
                .iter()
                .all(|l| !l.contains("validité") && !l.contains("valable")),
            "{lines:?}"
        );
        assert!(
            lines.contains(
                &"Carte de séjour temporaire « vie privée et familiale » du 1er mars 2020".into()
            ),
            "{lines:?}"
        );
        // A residence document marked held with no card recorded: « Document de séjour », dated;
        // not « Titre de séjour », a legal status the case does not record (letters review,
        // 2026-12-06: said of a document of kind « other »).
        let mut e = Enclosure {
            kind: PieceKind::CurrentPermit,
            date: Some(day(2015, 3, 1)),
            number: None,
            expires: None,
            permit: None,
        };
        assert_eq!(
            enclosure_line(&e, letter_day).replace('\u{a0}', " "),
            "Document de séjour du 1er mars 2015"
        );
        e.date = None;
        assert_eq!(enclosure_line(&e, letter_day), "Document de séjour");
        c.documents.retain(|d| d.kind != PieceKind::CurrentPermit);
        // Nothing recorded of a card: nothing enclosed, nothing stated.
        c.current_permit = None;
        let list = crate::legal::checklist(&c, RouteId::CstL4251Renewal, letter_day);
        assert!(enclosures(&c, &list.items)
            .iter()
            .all(|e| e.kind != PieceKind::CurrentPermit));
    }

    #[test]
    fn an_item_met_by_an_alternative_encloses_the_fresh_one_only() {
        let case = samples::case_with_an_alternative_held();
        let list = crate::legal::checklist(&case, RouteId::CstL4251, samples::sample_date());
        let passport = list
            .item(PieceKind::Passport)
            .expect("a first card asks for a passport");
        assert_eq!(passport.status, ItemStatus::SatisfiedByAlternative);
        let enclosed: Vec<PieceKind> = enclosures(&case, &list.items)
            .iter()
            .map(|e| e.kind)
            .collect();
        assert!(enclosed.contains(&PieceKind::ConsularCard), "{enclosed:?}");
        assert!(
            !enclosed.contains(&PieceKind::NationalityCertificate),
            "too old to enclose: {enclosed:?}"
        );
        assert!(!enclosed.contains(&PieceKind::Passport), "confiscated");
    }

    #[test]
    fn the_reflection_period_has_no_letter_and_a_first_card_needs_a_complaint_or_testimony() {
        let c = case();
        let mut input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
        input.head.route = RouteId::ReflectionPeriod;
        assert!(matches!(
            LetterView::build(&input),
            Err(Error::InvalidField { .. })
        ));
        let mut no_coop = c.clone();
        no_coop.cooperation.complaint = None;
        let input = samples::letter_input(&no_coop, samples::prefecture_seine_saint_denis(), None);
        assert!(matches!(
            LetterView::build(&input),
            Err(Error::Required {
                field: Field::Case(path)
            }) if path == "cooperation.complaint"
        ));
    }

    /// A letter of the association recorded as held, listed by her checklist.
    fn held_association_letter() -> Enclosure {
        Enclosure {
            kind: PieceKind::AssociationLetter,
            date: None,
            number: None,
            expires: None,
            permit: None,
        }
    }

    /// The support letter is listed with hers only when the association can write it: not once
    /// she refused that her information be sent to the prefecture.
    #[test]
    fn the_support_letter_is_enclosed_only_when_it_can_be_written() {
        use crate::model::case::{Consent, ConsentDecision, ConsentStatus};
        let assoc = samples::association();
        let letter = |status: ConsentStatus, held: bool| {
            let mut c = case();
            c.consent = Some(Consent {
                share_with_prefecture: Some(ConsentDecision { status, date: None }),
                ..Consent::default()
            });
            let mut input =
                samples::letter_input(&c, samples::prefecture_seine_saint_denis(), Some(&assoc));
            if held {
                input.enclosures.push(held_association_letter());
            }
            let view = LetterView::build(&input).unwrap();
            // Said to the worker only when the letter Passerelle writes is the one listed.
            assert_eq!(
                view.support_letter_enclosed,
                status == ConsentStatus::Given && !held
            );
            view.letter
        };
        let support = |status, held| {
            letter(status, held)
                .enclosures
                .iter()
                .any(|e| e.starts_with("Lettre de soutien"))
        };
        for held in [false, true] {
            assert!(support(ConsentStatus::Given, held));
            assert!(!support(ConsentStatus::Refused, held), "held: {held}");
            assert!(!support(ConsentStatus::Withdrawn, held), "held: {held}");
        }
        // Nor does her letter invite the prefecture to call the association then.
        let calls = |status| {
            letter(status, false)
                .paragraphs
                .iter()
                .any(|p| p.contains("Vous pouvez joindre"))
        };
        assert!(calls(ConsentStatus::Given));
        assert!(!calls(ConsentStatus::Refused));
        assert!(!calls(ConsentStatus::Withdrawn));
        // « qui soutient ma demande » only beside the letter that says so (letters review,
        // 2026-12-05).
        for (status, held) in [
            (ConsentStatus::Given, false),
            (ConsentStatus::Given, true),
            (ConsentStatus::Refused, false),
            (ConsentStatus::Refused, true),
        ] {
            let text = letter(status, held).paragraphs.join(" ");
            assert!(
                text.contains("dans mes démarches par l’association"),
                "{text}"
            );
            assert_eq!(
                text.contains("qui soutient ma demande"),
                status == ConsentStatus::Given,
                "{status:?}, held {held}: {text}"
            );
        }
    }

    /// A letter of the association she holds goes only with her agreement to sharing, as a new
    /// one is written only then: never asked, neither is enclosed nor « qui soutient ma
    /// demande » said (letters review, 2026-12-07).
    #[test]
    fn a_support_letter_held_is_not_enclosed_when_sharing_was_never_asked() {
        let assoc = samples::association();
        let mut c = case();
        c.consent = Some(crate::model::case::Consent::default());
        let mut input =
            samples::letter_input(&c, samples::prefecture_seine_saint_denis(), Some(&assoc));
        input.enclosures.push(held_association_letter());
        let view = LetterView::build(&input).unwrap();
        assert!(!view.support_letter_enclosed);
        let letter = view.letter;
        assert!(
            letter
                .enclosures
                .iter()
                .all(|e| !e.starts_with("Lettre de soutien")),
            "{:?}",
            letter.enclosures
        );
        let text = letter.paragraphs.join(" ");
        assert!(!text.contains("qui soutient ma demande"), "{text}");
    }

    /// A case the association has closed: her letter says nothing of an association that
    /// follows her and encloses no letter of it, which itself is refused (letters review,
    /// 2026-12-05: « Je suis accompagnée… » and « … le poursuivra pendant toute l'instruction »).
    #[test]
    fn a_closed_case_has_no_word_of_the_association_that_closed_it() {
        let assoc = samples::association();
        let mut c = case();
        let build = |c: &CaseFile| {
            LetterView::build(&samples::letter_input(
                c,
                samples::prefecture_seine_saint_denis(),
                Some(&assoc),
            ))
            .unwrap()
        };
        let open = build(&c);
        let mentions = |v: &LetterView| v.letter.paragraphs.iter().any(|p| p.contains(&assoc.name));
        assert!(open.support_letter_enclosed && mentions(&open));
        c.closed_on = NaiveDate::from_ymd_opt(2026, 1, 5);
        let closed = build(&c);
        assert!(!closed.support_letter_enclosed && !mentions(&closed));
        // A letter of the association she holds from before the closing is not enclosed either.
        let encloses_hers = |c: &CaseFile| {
            LetterView::build(&LetterInput {
                enclosures: vec![Enclosure {
                    kind: PieceKind::AssociationLetter,
                    date: NaiveDate::from_ymd_opt(2025, 6, 1),
                    number: None,
                    expires: None,
                    permit: None,
                }],
                ..samples::letter_input(c, samples::prefecture_seine_saint_denis(), None)
            })
            .unwrap()
            .letter
            .enclosures
            .iter()
            .any(|e| e.starts_with("Lettre de soutien"))
        };
        assert!(!encloses_hers(&c));
        let reopened = CaseFile {
            closed_on: None,
            ..c.clone()
        };
        assert!(
            encloses_hers(&reopened),
            "held, and the case open: enclosed"
        );
        assert!(!closed
            .letter
            .enclosures
            .iter()
            .any(|e| e.starts_with("Lettre de soutien")));
        assert!(matches!(
            crate::pdf::view::support_letter::founding_facts(&c, RouteId::CstL4251),
            Err(Error::InvalidField {
                reason: Invalid::CaseClosed,
                ..
            })
        ));
    }

    #[test]
    fn the_letter_follows_the_french_conventions() {
        let c = case();
        let assoc = samples::association();
        let v = LetterView::build(&samples::letter_input(
            &c,
            samples::prefecture_seine_saint_denis(),
            Some(&assoc),
        ))
        .unwrap()
        .letter;
        assert_eq!(v.sender_name, "OKAFOR Amina");
        assert!(
            v.sender
                .iter()
                .any(|l| l.starts_with("Née le 12\u{a0}avril\u{a0}1998 à Benin City")),
            "{:?}",
            v.sender
        );
        assert!(
            v.sender.contains(&"c/o Association X".to_string()),
            "the c/o line stays on its own line: {:?}",
            v.sender
        );
        // Its town line as La Poste writes it, as the prefecture's is (stop 40's note: « 93200
        // SAINT-DENIS » above « 93007 BOBIGNY CEDEX »).
        assert!(v.sender.contains(&"93200 SAINT DENIS".to_string()));
        assert_eq!(v.recipient[0], "Monsieur le Préfet de la Seine-Saint-Denis");
        assert_eq!(v.salutation, "Monsieur le Préfet,");
        assert!(
            v.closing
                .contains("agréer, Monsieur le Préfet, l’expression de ma haute considération"),
            "{}",
            v.closing
        );
        assert_eq!(v.place_date, "Saint-Denis, le 26\u{a0}novembre\u{a0}2026");
        assert!(v.subject.contains("L.\u{a0}425-1"), "{}", v.subject);
        assert!(
            v.subject.contains("traite des êtres humains"),
            "{}",
            v.subject
        );
        assert_eq!(v.subject_label, "Objet\u{a0}:");
        assert!(
            v.references[0].contains("PV 2026/12345"),
            "{:?}",
            v.references
        );
        assert_eq!(v.mentions[0], "CONFIDENTIEL");
        let body = v.paragraphs.join("\n");
        for needle in [
            "L.\u{a0}436-8",
            "R.\u{a0}425-5",
            "rompu tout lien",
            "récépissé",
            "confidentiel",
            "«\u{a0}Passerelle Solidarité\u{a0}»",
        ] {
            assert!(
                body.contains(needle),
                "the body must mention {needle}: {body}"
            );
        }
        assert!(
            v.enclosures
                .iter()
                .any(|e| e.starts_with("Lettre de soutien")),
            "{:?}",
            v.enclosures
        );
        assert!(!body.contains('\u{2068}') && !body.contains('\u{2069}'));
    }

    #[test]
    fn each_route_cites_its_article() {
        let mut c = case();
        c.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: None,
            expires: NaiveDate::from_ymd_opt(2027, 3, 1),
            renewal_count: None,
            renewal_filed_on: None,
        });
        c.exit_prostitution_programme = Some(crate::model::case::ExitProgramme {
            admitted_on: NaiveDate::from_ymd_opt(2026, 6, 1),
        });
        // The resident card's letter needs the conviction it rests on.
        c.criminal_case.get_or_insert_with(no_stage).stage = Some(CriminalStage::FinalConviction);
        for (route, article, absent) in [
            (RouteId::CstL4251, "L.\u{a0}425-1", "R.\u{a0}431-15-1"),
            (RouteId::CstL4251Renewal, "renouvellement", "L.\u{a0}425-3"),
            (
                RouteId::CarteResidentL4253,
                "L.\u{a0}425-3",
                "L.\u{a0}436-8",
            ),
            (RouteId::ApsL4254, "L.\u{a0}425-4", "L.\u{a0}436-8"),
        ] {
            // The renewal's letter, before the conviction is final (after it, none:
            // `no_renewal_letter_once_the_conviction_is_final`).
            let mut c = c.clone();
            if route == RouteId::CstL4251Renewal {
                c.criminal_case.get_or_insert_with(no_stage).stage = Some(CriminalStage::Trial);
            }
            let mut input = samples::letter_input(&c, samples::prefecture_de_police(), None);
            input.head.route = route;
            let v = LetterView::build(&input).unwrap().letter;
            assert!(v.subject.contains(article), "{route:?}: {}", v.subject);
            assert!(
                !v.paragraphs.join(" ").contains(absent),
                "{route:?} must not mention {absent}"
            );
            assert_eq!(v.recipient[0], "Monsieur le Préfet de police");
        }
    }

    /// The body of the letter of `route` for the spec case changed by `edit`, dated `date`, as
    /// one line with plain spaces.
    fn body(route: RouteId, date: NaiveDate, edit: impl FnOnce(&mut CaseFile)) -> String {
        let mut c = case();
        c.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: NaiveDate::from_ymd_opt(2026, 3, 1),
            expires: NaiveDate::from_ymd_opt(2027, 2, 28),
            renewal_count: None,
            renewal_filed_on: None,
        });
        if route == RouteId::CarteResidentL4253 {
            let k = c.criminal_case.get_or_insert_with(no_stage);
            k.stage = Some(CriminalStage::FinalConviction);
            k.final_conviction_date = NaiveDate::from_ymd_opt(2026, 9, 15);
        }
        edit(&mut c);
        let mut input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
        input.head.route = route;
        input.head.date = date;
        LetterView::build(&input)
            .unwrap()
            .letter
            .paragraphs
            .join(" ")
            .replace(['\u{a0}', '\u{202f}'], " ")
    }

    fn no_stage() -> crate::model::case::CriminalCase {
        crate::model::case::CriminalCase {
            stage: None,
            final_conviction_date: None,
            regular_stay_on_final_conviction: None,
        }
    }

    use crate::test_support::d as day;

    /// The letter of `route` for the spec case changed by `edit`, enclosing exactly `enclosed`.
    fn letter_with(
        route: RouteId,
        enclosed: &[PieceKind],
        edit: impl FnOnce(&mut CaseFile),
    ) -> Result<String> {
        let mut c = case();
        edit(&mut c);
        let mut input = samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
        input.head.route = route;
        input.enclosures = enclosed
            .iter()
            .map(|kind| Enclosure {
                kind: *kind,
                date: None,
                number: None,
                expires: None,
                permit: None,
            })
            .collect();
        Ok(LetterView::build(&input)?
            .letter
            .paragraphs
            .join(" ")
            .replace(['\u{a0}', '\u{202f}'], " "))
    }

    /// R425-5: the letter says the complaint receipt accompanies it only when it is enclosed; a
    /// procedure reference in its place makes the letter « refer to » the proceedings.
    #[test]
    fn the_complaint_receipt_is_said_enclosed_only_when_it_is() {
        let with = letter_with(RouteId::CstL4251, &[PieceKind::ComplaintReceipt], |_| {}).unwrap();
        assert!(
            with.contains("accompagnée du récépissé de mon dépôt de plainte"),
            "{with}"
        );
        for enclosed in [&[PieceKind::ProcedureReference][..], &[]] {
            let without = letter_with(RouteId::CstL4251, enclosed, |_| {}).unwrap();
            assert!(
                !without.contains("récépissé de mon dépôt de plainte"),
                "{without}"
            );
            assert!(
                without.contains(
                    "fait référence à la procédure pénale relative aux faits que j’ai dénoncés dans ma plainte"
                ),
                "{without}"
            );
        }
    }

    /// Letters review, 2026-12-05: « ma demande fait référence à la procédure pénale » was said
    /// of a complaint with no number, no prosecutor's reference and no procedure enclosed, a
    /// stage recorded being all there was.
    #[test]
    fn the_letter_refers_to_the_proceedings_only_with_a_reference_printed() {
        let bare = |c: &mut CaseFile| {
            let complaint = c.cooperation.complaint.as_mut().unwrap();
            complaint.reference = None;
            if let Some(r) = c.references.as_mut() {
                r.parquet = None;
            }
            c.criminal_case.get_or_insert_with(no_stage).stage = Some(CriminalStage::Investigation);
        };
        let without = letter_with(RouteId::CstL4251, &[], bare).unwrap();
        assert!(!without.contains("fait référence"), "{without}");
        let with = letter_with(RouteId::CstL4251, &[PieceKind::ProcedureReference], bare).unwrap();
        assert!(
            with.contains("fait référence à la procédure pénale"),
            "{with}"
        );
    }

    /// Letters review, 2026-12-05: her APS letter said « Ayant cessé l’activité de prostitution »,
    /// which no case records; every letter cited R. 425-7 (police protection of the card
    /// holder during the proceedings) as a protection « pour les personnes en danger ».
    #[test]
    fn a_letter_says_nothing_the_case_does_not_record_of_her_conduct_or_protection() {
        for route in [RouteId::CstL4251, RouteId::ApsL4254] {
            let text = letter_with(route, &[], |c| {
                c.exit_prostitution_programme
                    .get_or_insert_with(Default::default)
                    .admitted_on = NaiveDate::from_ymd_opt(2026, 6, 15);
            })
            .unwrap();
            assert!(!text.contains("Ayant cessé"), "{route:?}: {text}");
            assert!(!text.contains("R. 425-7"), "{route:?}: {text}");
        }
    }

    /// A day of final conviction says nothing beside a stage that contradicts it (an appeal, an
    /// acquittal), nor on a letter dated before it: she would sign « condamnée par une décision
    /// devenue définitive » when it is not.
    #[test]
    fn a_conviction_day_contradicted_by_the_stage_or_still_to_come_writes_no_letter() {
        let resident = |stage, final_on| {
            let mut c = case();
            let k = c.criminal_case.get_or_insert_with(no_stage);
            k.stage = stage;
            k.final_conviction_date = final_on;
            let mut input =
                samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
            input.head.route = RouteId::CarteResidentL4253;
            LetterView::build(&input)
                .map(|_| ())
                .map_err(|e| e.to_string())
        };
        let letter_day =
            samples::letter_input(&case(), samples::prefecture_seine_saint_denis(), None)
                .head
                .date;
        let before = letter_day.pred_opt();
        for stage in [
            CriminalStage::Appeal,
            CriminalStage::Acquittal,
            CriminalStage::Dismissed,
        ] {
            let refused = resident(Some(stage), before).unwrap_err();
            assert!(
                refused.contains("stage-contradicts-conviction"),
                "{stage:?}: {refused}"
            );
        }
        assert!(resident(Some(CriminalStage::FinalConviction), before).is_ok());
        assert!(resident(None, before).is_ok(), "the day alone says it");
        let later = letter_day.succ_opt();
        let refused = resident(Some(CriminalStage::FinalConviction), later).unwrap_err();
        assert!(refused.contains("conviction-not-yet-final"), "{refused}");
    }

    /// An Algerian national's stay is governed by the 1968 agreement: no letter cites L425-1 (or
    /// the other routes' articles) as her ground; a jurist chooses the route.
    #[test]
    fn no_letter_cites_an_article_her_nationality_agreement_sets_aside() {
        let refused = letter_with(RouteId::CstL4251, &[], |c| {
            c.person.nationality = Some("DZ".into());
        })
        .unwrap_err();
        assert!(
            refused.to_string().contains("agreement-nationality"),
            "{refused}"
        );
        // A second nationality counts as well.
        let refused = letter_with(RouteId::CstL4251, &[], |c| {
            c.person.other_nationalities = vec!["DZ".into()];
        })
        .unwrap_err();
        assert!(
            refused.to_string().contains("agreement-nationality"),
            "{refused}"
        );
        assert!(super::super::support_letter::founding_facts(
            &{
                let mut c = case();
                c.person.nationality = Some("DZ".into());
                c
            },
            RouteId::CstL4251
        )
        .is_err());
    }

    /// A dated enclosure reads « du 20 novembre 2026 », the CERPR « signé le 20 novembre 2026 ».
    #[test]
    fn a_dated_enclosure_reads_as_french_does() {
        let dated = |kind| {
            enclosure_line(
                &Enclosure {
                    kind,
                    date: Some(day(2026, 11, 20)),
                    number: None,
                    expires: None,
                    permit: None,
                },
                day(2026, 11, 26),
            )
            .replace(['\u{a0}', '\u{202f}'], " ")
        };
        let cerpr = dated(PieceKind::Cerpr);
        assert!(
            cerpr.ends_with("(CERPR), signé le 20 novembre 2026"),
            "{cerpr:?}"
        );
        let support = dated(PieceKind::AssociationLetter);
        assert!(support.ends_with(" du 20 novembre 2026"), "{support:?}");
    }

    /// A testimony is said to be in proceedings against a person prosecuted only when the case
    /// records someone prosecuted: a trial at least (an inquiry prosecutes no one yet).
    #[test]
    fn a_testimony_names_a_person_prosecuted_only_when_proceedings_are_recorded() {
        let testified = |stage| {
            letter_with(RouteId::CstL4251, &[], |c| {
                c.cooperation.testimony = c.cooperation.complaint.take();
                c.criminal_case.get_or_insert_with(no_stage).stage = stage;
                c.criminal_case.as_mut().unwrap().final_conviction_date = None;
            })
            .unwrap()
        };
        for stage in [
            None,
            Some(CriminalStage::Dismissed),
            Some(CriminalStage::Investigation),
        ] {
            let text = testified(stage);
            assert!(
                !text.contains("engagée contre une personne poursuivie"),
                "{stage:?}: {text}"
            );
            assert!(
                text.contains("j’ai témoigné dans une procédure pénale"),
                "{stage:?}: {text}"
            );
        }
        let text = testified(Some(CriminalStage::Trial));
        assert!(
            text.contains("engagée contre une personne poursuivie"),
            "{text}"
        );
        // Letters review, 2026-12-06: beside the stage « aucune procédure », her letter said she
        // testified « dans une procédure pénale »; and her testimony's facts were said « commis à
        // mon encontre », which the case does not record (a testimony may concern others').
        let text = testified(Some(CriminalStage::None));
        assert!(text.contains("j’ai témoigné (Commissariat"), "{text}");
        assert!(text.contains(") sur des faits de traite"), "{text}");
        assert!(!text.contains("j’ai témoigné dans"), "{text}");
        assert!(!text.contains("procédure pénale est en cours"), "{text}");
        for stage in [
            None,
            Some(CriminalStage::None),
            Some(CriminalStage::Investigation),
            Some(CriminalStage::Trial),
        ] {
            let text = testified(stage);
            assert!(!text.contains("à mon encontre"), "{stage:?}: {text}");
        }
    }

    /// A complaint alone (no receipt enclosed, no proceedings recorded, no reference enclosed):
    /// the letter gives its date and reference and claims no proceedings « relative aux faits que j’ai dénoncés dans
    /// ma plainte » — she signs it. A testimony is given in proceedings: it is referred to.
    #[test]
    fn a_complaint_alone_is_not_said_to_have_opened_proceedings() {
        for stage in [
            None,
            Some(CriminalStage::None),
            Some(CriminalStage::Dismissed),
        ] {
            let alone = letter_with(RouteId::CstL4251, &[], |c| {
                c.cooperation.testimony = None;
                c.criminal_case.get_or_insert_with(no_stage).stage = stage;
                c.criminal_case.as_mut().unwrap().final_conviction_date = None;
            })
            .unwrap();
            assert!(
                !alone.contains("procédure pénale engagée"),
                "{stage:?}: {alone}"
            );
            assert!(!alone.contains("mon témoignage"), "{stage:?}: {alone}");
            assert!(!alone.contains("R. 425-5"), "{stage:?}: {alone}");
            assert!(alone.contains("plainte"), "{stage:?}: {alone}");
        }
        let testified = letter_with(RouteId::CstL4251, &[], |c| {
            c.criminal_case = None;
            c.cooperation.testimony = c.cooperation.complaint.take();
        })
        .unwrap();
        assert!(
            testified.contains("la procédure pénale comportant mon témoignage"),
            "{testified}"
        );
        // A testimony with no reference to refer to (its own, the prosecutor's, or the
        // procedure's enclosed): R425-5 is not said to be met.
        let unreferenced = |edit: fn(&mut CaseFile), enclosed: &[PieceKind]| {
            letter_with(RouteId::CstL4251, enclosed, |c| {
                c.criminal_case = None;
                let mut t = c.cooperation.complaint.take().unwrap();
                t.reference = None;
                c.cooperation.testimony = Some(t);
                if let Some(r) = c.references.as_mut() {
                    r.parquet = None;
                }
                edit(c);
            })
            .unwrap()
        };
        let bare = unreferenced(|_| {}, &[]);
        assert!(!bare.contains("R. 425-5"), "{bare}");
        assert!(!bare.contains("procédure pénale comportant"), "{bare}");
        assert!(
            bare.contains("témoign"),
            "the testimony stays in the facts: {bare}"
        );
        for referenced in [
            unreferenced(|_| {}, &[PieceKind::ProcedureReference]),
            unreferenced(
                |c| {
                    c.references.get_or_insert_with(Default::default).parquet =
                        Some("Parquet de Bobigny, n° 26000000001".into())
                },
                &[],
            ),
        ] {
            assert!(
                referenced.contains("la procédure pénale comportant mon témoignage"),
                "{referenced}"
            );
        }
    }

    /// A proof's date is the proof's, never read as the conviction's (« … de la condamnation du
    /// 25 novembre » beside a conviction final on 20 November: legal review, 2026-12-06).
    #[test]
    fn the_date_of_a_proof_of_the_proceedings_reads_as_the_proofs() {
        let line = |kind| {
            enclosure_line(
                &Enclosure {
                    kind,
                    date: NaiveDate::from_ymd_opt(2026, 11, 25),
                    number: None,
                    expires: None,
                    permit: None,
                },
                NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
            )
            .replace('\u{a0}', " ")
        };
        assert_eq!(
            line(PieceKind::FinalConvictionProof),
            "Justificatif du caractère définitif de la condamnation, daté du 25 novembre 2026"
        );
        assert_eq!(
            line(PieceKind::ProceedingsOngoingProof),
            "Justificatif de la procédure pénale en cours, daté du 25 novembre 2026"
        );
        assert_eq!(
            line(PieceKind::ComplaintReceipt),
            "Récépissé de dépôt de plainte du 25 novembre 2026"
        );
    }

    /// R425-5 al. 2: a minor of 16 or 17's letter cites the provision her card rests on, with
    /// the project it needs, only when the case records the project; an adult's never does.
    #[test]
    fn a_minors_letter_cites_r425_5_with_her_project_only_when_recorded() {
        let minor = |project: Option<bool>| {
            letter_with(RouteId::CstL4251, &[], |c| {
                c.person.birth_date = NaiveDate::from_ymd_opt(2009, 6, 1);
                c.person.birth_date_precision = None;
                c.work_or_training_project = project;
            })
            .unwrap()
        };
        let said = "je déclare vouloir exercer une activité professionnelle salariée";
        let with = minor(Some(true));
        assert!(
            with.contains(said) && with.contains("Âgée de moins"),
            "{with}"
        );
        for project in [None, Some(false)] {
            assert!(!minor(project).contains(said), "{project:?}");
        }
        // Born in 2010, the year only: 15 or 16 on the letter's day — not certainly 16.
        let maybe_15 = letter_with(RouteId::CstL4251, &[], |c| {
            c.person.birth_date = NaiveDate::from_ymd_opt(2010, 1, 1);
            c.person.birth_date_precision = Some(crate::model::case::DatePrecision::Year);
            c.work_or_training_project = Some(true);
        })
        .unwrap();
        assert!(!maybe_15.contains(said), "{maybe_15}");
        // 17 on the letter's day, 18 on the day she plans to file: she files as an adult.
        let adult_at_filing = letter_with(RouteId::CstL4251, &[], |c| {
            c.person.birth_date = NaiveDate::from_ymd_opt(2009, 6, 1);
            c.person.birth_date_precision = None;
            c.work_or_training_project = Some(true);
            c.planned_filing_date = NaiveDate::from_ymd_opt(2027, 7, 1);
        })
        .unwrap();
        assert!(!adult_at_filing.contains(said), "{adult_at_filing}");
        let adult = letter_with(RouteId::CstL4251, &[], |c| {
            c.work_or_training_project = Some(true);
        })
        .unwrap();
        assert!(!adult.contains(said), "{adult}");
        // 15 on the letter's day (26 November 2026), 16 on the day she plans to file: the card
        // cannot be issued on the day the letter bears (legal review, 2026-12-06).
        let at_15 = letter_with(RouteId::CstL4251, &[], |c| {
            c.person.birth_date = NaiveDate::from_ymd_opt(2010, 12, 1);
            c.person.birth_date_precision = None;
            c.work_or_training_project = Some(true);
            c.planned_filing_date = NaiveDate::from_ymd_opt(2026, 12, 10);
        });
        assert!(
            matches!(
                &at_15,
                Err(Error::InvalidField { field: Field::Case(path), reason: Invalid::UnderSixteenOnLetterDay })
                    if path == "person.birthDate"
            ),
            "{at_15:?}"
        );
    }

    /// « Aucune procédure » recorded: the letter refers to no proceedings, whatever reference
    /// stands beside it (review, 2026-12-04).
    #[test]
    fn no_proceedings_are_referred_to_when_the_case_records_none() {
        let said = "procédure pénale relative aux faits que j’ai dénoncés dans ma plainte";
        let with_parquet = |stage: Option<CriminalStage>| {
            letter_with(RouteId::CstL4251, &[], move |c| {
                c.references.get_or_insert_with(Default::default).parquet =
                    Some("26/123/45".into());
                c.criminal_case.get_or_insert_with(no_stage).stage = stage;
            })
            .unwrap()
        };
        let text = with_parquet(Some(CriminalStage::Investigation));
        assert!(text.contains(said), "{text}");
        let text = with_parquet(Some(CriminalStage::None));
        assert!(!text.contains(said), "{text}");
    }

    #[test]
    fn the_renewal_letter_cites_enclosed_proof_of_the_proceedings_only_when_enclosed() {
        let ongoing = |c: &mut CaseFile| {
            c.criminal_case.get_or_insert_with(no_stage).stage = Some(CriminalStage::Investigation);
        };
        let without = letter_with(RouteId::CstL4251Renewal, &[], ongoing).unwrap();
        assert!(
            without.contains("est toujours en cours, au stade de l’enquête"),
            "{without}"
        );
        assert!(!without.contains("comme en attestent"), "{without}");
        let with = letter_with(
            RouteId::CstL4251Renewal,
            &[PieceKind::ProceedingsOngoingProof],
            ongoing,
        )
        .unwrap();
        assert!(
            with.contains(
                "de l’enquête ou de l’instruction, comme en attestent les pièces jointes."
            ),
            "{with}"
        );
    }

    /// The person signs: a letter never rests on a fact the case does not record.
    #[test]
    fn a_letter_whose_founding_fact_is_not_recorded_is_refused_with_the_field_to_fill() {
        use crate::model::case::VictimOf;
        // A first card names the offence: forced labour alone, or nothing, is not enough.
        for victim_of in [vec![VictimOf::ForcedLabour], vec![]] {
            let refused = letter_with(RouteId::CstL4251, &[], |c| c.victim_of = victim_of);
            assert!(
                matches!(&refused, Err(Error::InvalidField { field: Field::Case(path), reason: Invalid::OffenceNotRecorded }) if path == "victimOf"),
                "{refused:?}"
            );
        }
        // The resident card rests on the final conviction.
        let refused = letter_with(RouteId::CarteResidentL4253, &[], |c| c.criminal_case = None);
        assert!(
            matches!(&refused, Err(Error::Required { field: Field::Case(path) }) if path == "criminalCase.finalConvictionDate"),
            "{refused:?}"
        );
        let staged = letter_with(RouteId::CarteResidentL4253, &[], |c| {
            c.criminal_case.get_or_insert_with(no_stage).stage =
                Some(CriminalStage::FinalConviction);
        })
        .unwrap();
        assert!(
            staged.contains("condamnée par une décision devenue définitive."),
            "{staged}"
        );
        // The APS rests on the exit programme.
        let refused = letter_with(RouteId::ApsL4254, &[], |c| {
            c.exit_prostitution_programme = None
        });
        assert!(
            matches!(&refused, Err(Error::Required { field: Field::Case(path) }) if path == "exitProstitutionProgramme"),
            "{refused:?}"
        );
    }

    /// Law review F9: the APS is renewed through its own route; its holder's letter asks for the
    /// renewal (subject and request), a first applicant's for its issue.
    #[test]
    fn the_aps_holder_asks_for_its_renewal() {
        let build = |permit: Option<Permit>| {
            let mut c = case();
            c.current_permit = permit;
            c.exit_prostitution_programme = Some(ExitProgramme {
                admitted_on: Some(day(2026, 3, 1)),
            });
            let mut input =
                samples::letter_input(&c, samples::prefecture_seine_saint_denis(), None);
            input.head.route = RouteId::ApsL4254;
            let view = LetterView::build(&input).unwrap();
            (view.letter.subject, view.letter.paragraphs.join(" "))
        };
        let (subject, body) = build(Some(Permit {
            kind: PermitKind::Aps,
            issued: Some(day(2026, 6, 1)),
            expires: Some(day(2026, 12, 31)),
            renewal_count: None,
            renewal_filed_on: None,
        }));
        assert!(
            subject.starts_with("Demande de renouvellement de l’autorisation provisoire"),
            "{subject}"
        );
        assert!(
            body.contains("le renouvellement de mon autorisation provisoire"),
            "{body}"
        );
        // None held, or one that ended two years ago: she asks for its issue (review, 2026-12-05:
        // « renouvellement » while the assessment read a new application).
        let ended = Permit {
            kind: PermitKind::Aps,
            issued: Some(day(2023, 12, 1)),
            expires: Some(day(2024, 5, 31)),
            renewal_count: None,
            renewal_filed_on: None,
        };
        for permit in [None, Some(ended)] {
            let (subject, body) = build(permit);
            assert!(
                subject.starts_with("Demande d’autorisation provisoire"),
                "{subject}"
            );
            assert!(
                body.contains("la délivrance d’une autorisation provisoire"),
                "{body}"
            );
        }
    }

    const REGULAR: &str = "Je séjourne régulièrement en France";

    #[test]
    fn the_resident_card_letter_states_a_regular_stay_only_under_a_document_in_force() {
        let in_force = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |_| {});
        assert!(
            in_force.contains("sous couvert d’une carte de séjour temporaire « vie privée et familiale » valable jusqu’au 28 février 2027"),
            "{in_force}"
        );
        let expired = body(RouteId::CarteResidentL4253, day(2027, 3, 15), |_| {});
        assert!(!expired.contains(REGULAR), "card expired: {expired}");
        let undated = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |c| {
            c.current_permit.as_mut().unwrap().expires = None;
        });
        assert!(!undated.contains(REGULAR), "no expiry recorded: {undated}");
        let none = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |c| {
            c.current_permit = None;
        });
        assert!(!none.contains(REGULAR), "no document recorded: {none}");
        // Under an asylum certificate or a reflection récépissé, regular stay is a reading to
        // confirm [I]: the letter says she lives in France under it, not that her stay is
        // regular.
        for kind in [
            PermitKind::AsylumApplication,
            PermitKind::RecepisseReflection,
        ] {
            let lesser = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |c| {
                let p = c.current_permit.as_mut().unwrap();
                p.kind = kind;
                p.expires = Some(day(2026, 12, 10));
            });
            assert!(!lesser.contains(REGULAR), "{kind:?}: {lesser}");
            assert!(
                lesser.contains("Je réside en France sous couvert d’")
                    && lesser.contains("valable jusqu’au 10 décembre 2026"),
                "{kind:?}: {lesser}"
            );
        }
        let recepisse = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |c| {
            c.current_permit.as_mut().unwrap().kind = PermitKind::RecepisseApplication;
        });
        assert!(recepisse.contains(REGULAR), "{recepisse}");
        // A document of a kind the case does not name is not « un titre de séjour », a status
        // she would sign (letters review, 2026-12-06).
        let other = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |c| {
            c.current_permit.as_mut().unwrap().kind = PermitKind::Other;
        });
        assert!(
            other.contains("Je réside en France sous couvert d’un document de séjour valable"),
            "{other}"
        );
        assert!(!other.contains("titre de séjour valable"), "{other}");
    }

    #[test]
    fn a_reflection_recepisse_is_not_called_an_application_recepisse() {
        let text = body(RouteId::CarteResidentL4253, day(2026, 11, 26), |c| {
            let p = c.current_permit.as_mut().unwrap();
            p.kind = PermitKind::RecepisseReflection;
            p.expires = Some(day(2026, 12, 10));
        });
        assert!(
            text.contains("d’un récépissé délivré au titre du délai de réflexion"),
            "{text}"
        );
        assert!(
            !text.contains("récépissé de demande de titre de séjour valable"),
            "{text}"
        );
    }

    /// F32257 [V] says the card issued is free; L. 436-8's scope for its renewal, the resident
    /// card and the APS was not read: she asks for the exemption only for the first card.
    #[test]
    fn only_the_first_card_letter_asks_for_the_tax_exemption() {
        const EXEMPTION: &str = "exonération des taxes et du droit de timbre";
        let first = body(RouteId::CstL4251, day(2026, 11, 26), |_| {});
        assert!(first.contains(EXEMPTION), "{first}");
        for route in [
            RouteId::CstL4251Renewal,
            RouteId::CarteResidentL4253,
            RouteId::ApsL4254,
        ] {
            let text = body(route, day(2026, 12, 30), |c| {
                c.exit_prostitution_programme = Some(ExitProgramme {
                    admitted_on: Some(day(2026, 6, 1)),
                });
            });
            assert!(!text.contains(EXEMPTION), "{route:?}: {text}");
            assert!(!text.contains("436-8"), "{route:?}: {text}");
        }
    }

    #[test]
    fn the_renewal_letter_says_filed_in_time_only_within_the_r431_5_window() {
        const IN_TIME: &str = "déposée dans les délais";
        // Filed before the letter, as recorded; or with it, the filing not recorded.
        const FILED: &str = "Ma demande ayant été déposée dans les délais";
        const WITH_THE_LETTER: &str = "Ma demande étant déposée dans les délais";
        // The card expires on 28 February 2027: the window closes on 30 December 2026.
        let on_time = body(RouteId::CstL4251Renewal, day(2026, 12, 30), |_| {});
        assert!(on_time.contains(WITH_THE_LETTER), "{on_time}");
        assert!(!on_time.contains(FILED), "no filing recorded: {on_time}");
        assert!(
            on_time.contains("Cette carte expire le 28 février 2027"),
            "{on_time}"
        );
        let late = body(RouteId::CstL4251Renewal, day(2027, 1, 10), |_| {});
        assert!(!late.contains(IN_TIME), "{late}");
        assert!(late.contains("un document provisoire de séjour"), "{late}");
        let expired = body(RouteId::CstL4251Renewal, day(2027, 3, 10), |_| {});
        assert!(!expired.contains(IN_TIME), "{expired}");
        assert!(
            expired.contains("Cette carte a expiré le 28 février 2027"),
            "{expired}"
        );
        let filed_on_time = body(RouteId::CstL4251Renewal, day(2027, 1, 10), |c| {
            c.current_permit.as_mut().unwrap().renewal_filed_on = Some(day(2026, 12, 20));
        });
        assert!(filed_on_time.contains(FILED), "{filed_on_time}");
        assert!(
            filed_on_time.contains("si son instruction se poursuit au-delà"),
            "{filed_on_time}"
        );
        // Filed in time, the card ended by the letter's day: the examination already goes on
        // beyond it, no « si » (letters review, 2026-12-06).
        let filed_then_expired = body(RouteId::CstL4251Renewal, day(2027, 3, 10), |c| {
            c.current_permit.as_mut().unwrap().renewal_filed_on = Some(day(2026, 12, 20));
        });
        assert!(
            filed_then_expired.contains("Cette carte a expiré le 28 février 2027"),
            "{filed_then_expired}"
        );
        assert!(
            filed_then_expired.contains(&format!(
                "{FILED}, je vous remercie de bien vouloir me délivrer l’attestation de prolongation"
            )),
            "{filed_then_expired}"
        );
        assert!(
            !filed_then_expired.contains("si son instruction"),
            "{filed_then_expired}"
        );
        // Written in time, but to be filed on a day planned after the window: not « dans les
        // délais ».
        let planned_late = body(RouteId::CstL4251Renewal, day(2026, 12, 20), |c| {
            c.planned_filing_date = Some(day(2027, 1, 5));
        });
        assert!(!planned_late.contains(IN_TIME), "{planned_late}");
        let planned_in_time = body(RouteId::CstL4251Renewal, day(2026, 12, 20), |c| {
            c.planned_filing_date = Some(day(2026, 12, 28));
        });
        assert!(planned_in_time.contains(IN_TIME), "{planned_in_time}");
        // Planned in time, but the letter bears a day before the window opens.
        let written_early = body(RouteId::CstL4251Renewal, day(2026, 9, 1), |c| {
            c.planned_filing_date = Some(day(2026, 12, 28));
        });
        assert!(!written_early.contains(IN_TIME), "{written_early}");
        // The window opens on 31 October 2026 (D−120): a request filed before it is not « dans
        // les délais » either.
        let early = body(RouteId::CstL4251Renewal, day(2026, 9, 1), |_| {});
        assert!(!early.contains(IN_TIME), "{early}");
        let first_day = body(RouteId::CstL4251Renewal, day(2026, 10, 31), |_| {});
        assert!(first_day.contains(IN_TIME), "{first_day}");
    }

    #[test]
    fn the_renewal_letter_states_ongoing_proceedings_only_at_a_recorded_stage() {
        const ONGOING: &str = "est toujours en cours";
        let investigation = body(RouteId::CstL4251Renewal, day(2026, 11, 26), |c| {
            c.criminal_case.get_or_insert_with(no_stage).stage = Some(CriminalStage::Investigation);
        });
        assert!(
            investigation.contains("La procédure pénale relative aux faits que j’ai dénoncés dans ma plainte est toujours en cours, au stade de l’enquête ou de l’instruction"),
            "{investigation}"
        );
        assert!(
            !investigation.contains("témoign"),
            "plainte, not both: {investigation}"
        );
        // Neither complaint nor testimony recorded: the card's own proceedings, and no word of
        // her as a victim, which nothing recorded says (letters review, 2026-12-05: a witness
        // holds this card too).
        let neither = body(RouteId::CstL4251Renewal, day(2026, 11, 26), |c| {
            c.criminal_case.get_or_insert_with(no_stage).stage = Some(CriminalStage::Trial);
            c.cooperation.complaint = None;
            c.cooperation.testimony = None;
            c.victim_of = Vec::new();
        });
        assert!(
            neither.contains("La procédure pénale au titre de laquelle cette carte m’a été délivrée est toujours en cours")
                && !neither.contains("victime"),
            "{neither}"
        );
        // (After an acquittal, a dismissal or a final conviction there is no renewal letter:
        // `no_renewal_letter_once_the_proceedings_ended_without_a_conviction`,
        // `no_renewal_letter_once_the_conviction_is_final`.)
        let unknown = body(RouteId::CstL4251Renewal, day(2026, 11, 26), |c| {
            c.criminal_case.get_or_insert_with(no_stage).stage = None;
        });
        assert!(!unknown.contains(ONGOING), "{unknown}");
    }

    #[test]
    fn ties_are_stated_broken_only_when_the_case_says_so_and_name_no_culprit() {
        let broken = body(RouteId::CstL4251, day(2026, 11, 26), |c| {
            c.ties_with_perpetrators_broken = Some(true);
        });
        assert!(
            broken.contains("J’ai rompu tout lien avec la ou les personnes mises en cause."),
            "{broken}"
        );
        assert!(!broken.contains("auteurs des faits"), "{broken}");
        for answer in [None, Some(false)] {
            let text = body(RouteId::CstL4251, day(2026, 11, 26), |c| {
                c.ties_with_perpetrators_broken = answer;
            });
            assert!(
                !text.contains("rompu tout lien avec la"),
                "{answer:?}: {text}"
            );
        }
    }
}
