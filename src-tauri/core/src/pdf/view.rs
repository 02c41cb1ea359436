//! View models: what each document says, every string already written, localised and typeset.
//!
//! A document is built in two steps. First, its *input* gathers the facts: the case (the person,
//! the complaint, the documents), the route the assessment chose ([`Route`], by the ids of
//! `case-file-and-cli.md`), the checklist items ([`ChecklistItem`]), the competent office
//! ([`Office`]) and the accompanying association ([`Association`]). Then `build` turns the input
//! into a view: plain lines and paragraphs, written from the Fluent messages of `letter.ftl` and
//! `pdf.ftl`, with French typography applied to French text. Layout and drawing only place what
//! the view says; nothing after this module chooses a word.
//!
//! The letters are always in French: they are read by a prefecture. The checklist is French and
//! the person's language side by side; a language without translations falls back to English.
//!
//! The documents name the person only where the prefecture needs it (the letters). The checklist,
//! which the person carries, shows no name: if it is lost, it does not tell who is a victim.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Field, Invalid, Named};
use crate::i18n::format::date_long;
use crate::i18n::{Arg, L10n};
use crate::model::case::{
    CaseFile, Consent, ConsentDecision, ConsentStatus, CriminalStage, DocumentKind, DocumentStatus,
    PermitKind, ProcedureStep, VictimOf, CONSENT_NOTICE_IDS,
};
use crate::pdf::typography::french;
use crate::{Error, Result};

/// The language of the letters.
pub const LETTER_LANGUAGE: &str = "fr";
/// Languages a checklist can be printed in beside French.
pub const CHECKLIST_LANGUAGES: &[&str] = &["en", "es", "pt", "ru", "uk", "sq", "vi"];
/// The second column when the person's language has no translation (or is French).
pub const CHECKLIST_FALLBACK: &str = "en";

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/// The legal route a document is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// The 30-day reflection period (R425-1, R425-2). It has a checklist but no letter.
    ReflectionPeriod,
    /// First temporary card "vie privée et familiale" (L425-1).
    FirstCard,
    /// Renewal of that card (L425-1).
    Renewal,
    /// Ten-year resident card after a final conviction (L425-3).
    ResidentCard,
    /// Provisional permit for the exit-from-prostitution programme (L425-4).
    Aps,
}

impl Route {
    /// Every route, in the order of the procedure.
    pub const ALL: [Route; 5] = [
        Route::ReflectionPeriod,
        Route::FirstCard,
        Route::Renewal,
        Route::ResidentCard,
        Route::Aps,
    ];

    /// The route with this id of the assessment (`cst-l425-1`, …), if it is one.
    pub fn from_id(id: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The assessment's id of this route.
    pub fn id(self) -> &'static str {
        match self {
            Route::ReflectionPeriod => "reflection-period",
            Route::FirstCard => "cst-l425-1",
            Route::Renewal => "cst-l425-1-renewal",
            Route::ResidentCard => "carte-resident-l425-3",
            Route::Aps => "aps-l425-4",
        }
    }

    /// True if and only if a cover letter can be written for this route.
    pub fn has_letter(self) -> bool {
        self != Route::ReflectionPeriod
    }

    /// The suffix of the Fluent ids that depend on the route.
    fn key(self) -> &'static str {
        match self {
            Route::ReflectionPeriod => "reflection-period",
            Route::FirstCard => "first-card",
            Route::Renewal => "renewal",
            Route::ResidentCard => "resident-card",
            Route::Aps => "aps",
        }
    }
}

/// How a person in office is addressed: « Madame la Préfète », « Monsieur le Préfet ». Stored in
/// the vault's settings and given to the CLI as `madame` or `monsieur`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Title {
    /// Madame.
    Madame,
    /// Monsieur.
    Monsieur,
}

impl Title {
    /// The title with this id (`madame`, `monsieur`).
    pub fn from_id(id: &str) -> Option<Title> {
        match id {
            "madame" => Some(Title::Madame),
            "monsieur" => Some(Title::Monsieur),
            _ => None,
        }
    }

    /// Its id: `madame` or `monsieur`.
    pub fn id(self) -> &'static str {
        match self {
            Title::Madame => "madame",
            Title::Monsieur => "monsieur",
        }
    }
}

/// The kind of office a letter goes to (the prefecture finder's `office.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeKind {
    /// A departement's prefecture.
    Prefecture,
    /// A sub-prefecture.
    SousPrefecture,
    /// The Préfecture de police, in Paris.
    PrefectureDePolice,
    /// The State's representation in an overseas collectivity.
    RepresentationEtat,
}

impl OfficeKind {
    /// The kind with this id of the prefecture finder (`prefecture`, `sous-prefecture`, …).
    pub fn from_id(id: &str) -> Option<OfficeKind> {
        match id {
            "prefecture" => Some(OfficeKind::Prefecture),
            "sous-prefecture" => Some(OfficeKind::SousPrefecture),
            "prefecture-de-police" => Some(OfficeKind::PrefectureDePolice),
            "representation-etat" => Some(OfficeKind::RepresentationEtat),
            _ => None,
        }
    }

    fn id(self) -> &'static str {
        match self {
            OfficeKind::Prefecture | OfficeKind::RepresentationEtat => "prefecture",
            OfficeKind::SousPrefecture => "sous-prefecture",
            OfficeKind::PrefectureDePolice => "prefecture-de-police",
        }
    }
}

/// A French postal address: street lines, then the postcode and the town.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PostalAddress {
    /// Lines above the town, in order (c/o line, building, number and street, post box).
    pub lines: Vec<String>,
    /// Postcode, possibly with CEDEX after the town (put CEDEX in `city`).
    pub postcode: String,
    /// Town, as written by La Poste; printed in capitals.
    pub city: String,
}

impl PostalAddress {
    /// The printed lines: street lines, then « 93200 SAINT-DENIS ».
    pub fn printed(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .lines
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let town = format!(
            "{} {}",
            self.postcode.trim(),
            self.city.trim().to_uppercase()
        );
        if !town.trim().is_empty() {
            out.push(town.trim().to_string());
        }
        out
    }
}

/// The competent office: where the letter goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    /// Which kind of office.
    pub kind: OfficeKind,
    /// How its head is addressed (the worker knows; the open data does not say).
    pub head: Title,
    /// Its territory with preposition and article, as in « Monsieur le Préfet *de la
    /// Seine-Saint-Denis* » (`geo::postal::de_form`). Unused for the Préfecture de police.
    pub of: String,
    /// The office's name, e.g. « Préfecture de la Seine-Saint-Denis ».
    pub name: String,
    /// The department within it, e.g. « Direction des migrations et de l'intégration ».
    pub service: Option<String>,
    /// Its postal address.
    pub address: PostalAddress,
}

/// The association that accompanies the person, and the worker who signs its letter: the
/// association profile kept in the vault's settings (`db::settings`), and the `--association`
/// file of the CLI, in camelCase JSON (docs/documents.md shows one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Association {
    /// Its name, without « Association » in front (the letters say « l’association « X » »).
    pub name: String,
    /// Its postal address (the person's « c/o » address when domiciled there).
    pub address: PostalAddress,
    /// Telephone, as it should be printed.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// The worker's name, « Claire Dumont ».
    pub worker_name: String,
    /// The worker's role, in French, « travailleuse sociale ».
    pub worker_role: String,
    /// The worker's title, for agreement in French (« Je soussignée »).
    pub worker_title: Title,
}

/// Identifiers of the file that go into the references; each is printed only when known.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct References {
    /// Foreigner number (AGDREF), printed in the sender block.
    pub foreigner_number: Option<String>,
    /// ANEF application number.
    pub anef_number: Option<String>,
    /// The prosecutor's office or court and its reference, « Parquet de Bobigny, n° 26123000456 ».
    pub parquet: Option<String>,
}

/// An enclosed document: one numbered line of the P.J. list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enclosure {
    /// Which document.
    pub kind: DocumentKind,
    /// Its date, printed « du 2 octobre 2026 » when known.
    pub date: Option<NaiveDate>,
}

/// Where a checklist item stands (the checklist's `status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    /// In hand and valid.
    Ok,
    /// Not in hand.
    Missing,
    /// In hand but too old.
    Expired,
    /// Asked for, not yet received.
    Requested,
    /// Replaced by an accepted alternative the person has.
    SatisfiedByAlternative,
}

impl ItemStatus {
    /// The status with this id of the checklist (`ok`, `satisfied-by-alternative`, …).
    pub fn from_id(id: &str) -> Option<ItemStatus> {
        match id {
            "ok" => Some(ItemStatus::Ok),
            "missing" => Some(ItemStatus::Missing),
            "expired" => Some(ItemStatus::Expired),
            "requested" => Some(ItemStatus::Requested),
            "satisfied-by-alternative" => Some(ItemStatus::SatisfiedByAlternative),
            _ => None,
        }
    }

    /// The checklist's id of this status.
    pub fn id(self) -> &'static str {
        match self {
            ItemStatus::Ok => "ok",
            ItemStatus::Missing => "missing",
            ItemStatus::Expired => "expired",
            ItemStatus::Requested => "requested",
            ItemStatus::SatisfiedByAlternative => "satisfied-by-alternative",
        }
    }

    /// True if and only if the item is done: the document can be enclosed.
    pub fn is_done(self) -> bool {
        matches!(self, ItemStatus::Ok | ItemStatus::SatisfiedByAlternative)
    }
}

/// One item of the checklist, as the legal core computes it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistItem {
    /// The document asked for.
    pub kind: DocumentKind,
    /// Where it stands.
    pub status: ItemStatus,
    /// Other documents accepted in its place.
    pub alternatives: Vec<DocumentKind>,
    /// A remark, already written in French and in the person's language.
    pub note: Option<Bilingual>,
}

/// Kinds of dated deadlines of a case (the `deadlines` output's `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyDateKind {
    /// Last day of the reflection period.
    ReflectionPeriodEnd,
    /// The residence document expires.
    PermitExpires,
    /// The renewal window opens (expiry − 120 days).
    RenewalWindowOpens,
    /// The renewal window closes (expiry − 60 days).
    RenewalWindowCloses,
    /// A supporting document stops being recent enough.
    DocumentExpires,
}

impl KeyDateKind {
    /// The kind with this id of the deadlines (`reflection-period-end`, …).
    pub fn from_id(id: &str) -> Option<KeyDateKind> {
        match id {
            "reflection-period-end" => Some(KeyDateKind::ReflectionPeriodEnd),
            "permit-expires" => Some(KeyDateKind::PermitExpires),
            "renewal-window-opens" => Some(KeyDateKind::RenewalWindowOpens),
            "renewal-window-closes" => Some(KeyDateKind::RenewalWindowCloses),
            "document-expires" => Some(KeyDateKind::DocumentExpires),
            _ => None,
        }
    }

    /// The deadlines' id of this kind.
    pub fn id(self) -> &'static str {
        match self {
            KeyDateKind::ReflectionPeriodEnd => "reflection-period-end",
            KeyDateKind::PermitExpires => "permit-expires",
            KeyDateKind::RenewalWindowOpens => "renewal-window-opens",
            KeyDateKind::RenewalWindowCloses => "renewal-window-closes",
            KeyDateKind::DocumentExpires => "document-expires",
        }
    }
}

/// A dated deadline of the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyDate {
    /// What happens that day.
    pub kind: KeyDateKind,
    /// The day.
    pub date: NaiveDate,
    /// For [`KeyDateKind::DocumentExpires`], which document.
    pub document: Option<DocumentKind>,
}

/// What the cover letter is built from.
#[derive(Debug, Clone)]
pub struct LetterInput<'a> {
    /// The case.
    pub case: &'a CaseFile,
    /// The route applied for (not the reflection period, which has no letter).
    pub route: Route,
    /// The competent office.
    pub office: &'a Office,
    /// The accompanying association, if any; its support letter is then listed in the P.J.
    pub association: Option<&'a Association>,
    /// The enclosed documents, in order (see [`enclosures`]).
    pub enclosures: Vec<Enclosure>,
    /// Identifiers for the sender block and the references.
    pub references: References,
    /// The person's nationality, in French (« nigériane »): the case holds only an ISO code.
    pub nationality: Option<String>,
    /// The person's telephone, if they want it printed.
    pub phone: Option<String>,
    /// The town the letter is written in.
    pub place: String,
    /// The letter's date; also the PDF's creation date.
    pub date: NaiveDate,
    /// Adds « Lettre recommandée avec accusé de réception » above the salutation.
    pub registered_mail: bool,
}

/// What the association's support letter is built from.
#[derive(Debug, Clone)]
pub struct SupportInput<'a> {
    /// The case.
    pub case: &'a CaseFile,
    /// The route the person applies for.
    pub route: Route,
    /// The competent office.
    pub office: &'a Office,
    /// The association and the signing worker.
    pub association: &'a Association,
    /// Identifiers for the references.
    pub references: References,
    /// Since when the association accompanies the person.
    pub accompanied_since: Option<NaiveDate>,
    /// A paragraph the worker writes in French about the person's situation, if any.
    pub statement: Option<String>,
    /// The town the letter is written in.
    pub place: String,
    /// The letter's date; also the PDF's creation date.
    pub date: NaiveDate,
}

/// What the checklist is built from.
#[derive(Debug, Clone)]
pub struct ChecklistInput<'a> {
    /// The route the checklist prepares.
    pub route: Route,
    /// The items, in the order to print them.
    pub items: &'a [ChecklistItem],
    /// The case's deadlines; printed in date order.
    pub key_dates: &'a [KeyDate],
    /// The person's language (BCP 47 primary tag).
    pub lang: &'a str,
    /// The day the checklist is printed; also the PDF's creation date.
    pub date: NaiveDate,
}

/// The documents to list in the P.J.: every item that is done, and for an item met by an
/// alternative, the first alternative the case records as in hand. Each kind appears once.
pub fn enclosures(case: &CaseFile, items: &[ChecklistItem]) -> Vec<Enclosure> {
    let held = |kind: DocumentKind| {
        case.documents
            .iter()
            .find(|d| d.kind == kind && d.status == DocumentStatus::Have)
    };
    let mut out: Vec<Enclosure> = Vec::new();
    for item in items {
        let kind = match item.status {
            ItemStatus::Ok => Some(item.kind),
            ItemStatus::SatisfiedByAlternative => item
                .alternatives
                .iter()
                .copied()
                .find(|k| held(*k).is_some()),
            _ => None,
        };
        if let Some(kind) = kind {
            if out.iter().all(|e| e.kind != kind) {
                let date = held(kind).and_then(|d| d.date);
                out.push(Enclosure { kind, date });
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

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

/// The person's cover letter to the prefecture.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterView {
    /// The letter.
    pub letter: FormalLetter,
}

/// The association's support letter (lettre de soutien).
#[derive(Debug, Clone, PartialEq)]
pub struct SupportLetterView {
    /// The letter.
    pub letter: FormalLetter,
}

/// The same text in French and in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bilingual {
    /// French, typeset.
    pub fr: String,
    /// The person's language (or English).
    pub other: String,
}

/// One box of the checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistEntry {
    /// Where it stands (drawn as a mark in the box).
    pub status: ItemStatus,
    /// The document's name.
    pub label: Bilingual,
    /// The status, in words.
    pub status_text: Bilingual,
    /// « Accepté aussi : … », if there are alternatives.
    pub alternatives: Option<Bilingual>,
    /// A remark, if any.
    pub note: Option<Bilingual>,
}

/// The bilingual checklist, ready to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistView {
    /// The printing day; the PDF's creation date and the default file name come from it.
    pub date: NaiveDate,
    /// The language of the second column.
    pub lang: String,
    /// Title.
    pub title: Bilingual,
    /// The route, in words.
    pub route: Bilingual,
    /// « Liste établie le … ».
    pub issued: Bilingual,
    /// How to use the list.
    pub intro: Bilingual,
    /// The boxes.
    pub items: Vec<ChecklistEntry>,
    /// « Et ensuite ? ».
    pub next_title: Bilingual,
    /// Plain-language paragraphs on what happens next.
    pub next: Vec<Bilingual>,
    /// « Vos dates ».
    pub dates_title: Bilingual,
    /// One line per deadline, or a line saying there is none yet.
    pub dates: Vec<Bilingual>,
}

/// What the consent record needs: the consent recorded in the case, who asks, in which language.
#[derive(Debug, Clone, Copy)]
pub struct ConsentInput<'a> {
    /// The decisions recorded in the case, if any.
    pub consent: Option<&'a Consent>,
    /// The association's name, for « X vous accompagne… »; `None`: « L'association ».
    pub association: Option<&'a str>,
    /// The person's language (a language without translations falls back to English).
    pub lang: &'a str,
    /// The printing day.
    pub date: NaiveDate,
}

/// One purpose of the consent record, with the decision recorded for it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentChoice {
    /// The decision, `None` while not asked (drawn as a mark in the box).
    pub decision: Option<ConsentStatus>,
    /// What it is for.
    pub purpose: Bilingual,
    /// « Oui, le 26 novembre 2026 ».
    pub status_text: Bilingual,
}

/// The consent record the person keeps: the notice she was given, in French and her language
/// side by side, her choices, and room for two signatures. Like the checklist, it names no one.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentView {
    /// The printing day; the PDF's creation date and the default file name come from it.
    pub date: NaiveDate,
    /// The language of the second column.
    pub lang: String,
    /// Title (the notice's own).
    pub title: Bilingual,
    /// « Document remis le … ».
    pub issued: Bilingual,
    /// The notice's paragraphs, in the order of [`CONSENT_NOTICE_IDS`] after the title.
    pub notice: Vec<Bilingual>,
    /// « Vos choix ».
    pub choices_title: Bilingual,
    /// One box per purpose.
    pub choices: Vec<ConsentChoice>,
    /// The captions of the two signature spaces: the person's, then the worker's.
    pub signatures: [Bilingual; 2],
}

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

/// A message; trimmed, since a select that prints nothing may leave a space at an end.
fn msg(lang: &str, id: &str, args: &[Arg<'_>]) -> String {
    L10n::get().format(lang, id, args).trim().to_string()
}

/// A French message, typeset.
fn fr(id: &str, args: &[Arg<'_>]) -> String {
    french(&msg(LETTER_LANGUAGE, id, args))
}

fn fr_date(d: NaiveDate) -> String {
    date_long(d, LETTER_LANGUAGE)
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// « F », « M » or « X », for agreement in French messages.
fn sex_arg(case: &CaseFile) -> String {
    match case.person.sex.as_deref() {
        Some("F") => "F".into(),
        Some("M") => "M".into(),
        _ => "X".into(),
    }
}

fn require_name(case: &CaseFile) -> Result<()> {
    if case.display_name().is_empty() {
        return Err(Error::required(Field::case("person.familyName")));
    }
    Ok(())
}

/// « trafficking », « procuring », « both » or « none », for the messages that name the offence.
fn offence_arg(case: &CaseFile) -> String {
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

/// The case's street address split for print: a « c/o X, 12 rue Y » line becomes two lines.
fn person_address(case: &CaseFile) -> PostalAddress {
    let Some(a) = &case.person.address else {
        return PostalAddress::default();
    };
    let mut lines = Vec::new();
    if let Some(line1) = non_empty(&a.line1) {
        for part in line1.lines() {
            let lower = part.trim_start().to_lowercase();
            match part.split_once(", ") {
                Some((co, street)) if lower.starts_with("c/o") => {
                    lines.push(co.trim().to_string());
                    lines.push(street.trim().to_string());
                }
                _ => lines.push(part.trim().to_string()),
            }
        }
    }
    PostalAddress {
        lines,
        postcode: a.postcode.clone().unwrap_or_default(),
        city: a.city.clone().unwrap_or_default(),
    }
}

impl Office {
    /// The first line of the recipient block, « Madame la Préfète de la Seine-Saint-Denis ».
    pub fn addressee(&self) -> String {
        fr("letter-addressee", &self.head_args())
    }

    fn head_args(&self) -> [Arg<'static>; 3] {
        [
            ("title", self.head.id().to_string()),
            ("kind", self.kind.id().to_string()),
            ("of", self.of.trim().to_string()),
        ]
    }
}

/// The recipient block and the salutation (without its comma) for an office.
fn recipient(office: &Office) -> (Vec<String>, String) {
    let salutation = fr("letter-salutation", &office.head_args());
    let mut lines = vec![office.addressee()];
    lines.push(office.name.trim().to_string());
    if let Some(service) = non_empty(&office.service) {
        lines.push(service.to_string());
    }
    lines.extend(office.address.printed());
    (
        lines.into_iter().filter(|l| !l.is_empty()).collect(),
        salutation,
    )
}

/// « Plainte du 2 octobre 2026 – Commissariat de Saint-Denis – PV 2026/12345 ».
fn step_reference(id: &str, step: &ProcedureStep) -> String {
    let head = match step.date {
        Some(d) => fr(id, &[("date", fr_date(d))]),
        None => fr(&format!("{id}-undated"), &[]),
    };
    let mut parts = vec![head];
    parts.extend(non_empty(&step.service).map(french));
    parts.extend(non_empty(&step.reference).map(french));
    parts.join(" – ")
}

fn references(case: &CaseFile, refs: &References) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(c) = &case.cooperation.complaint {
        out.push(step_reference("letter-ref-complaint", c));
    }
    if let Some(t) = &case.cooperation.testimony {
        out.push(step_reference("letter-ref-testimony", t));
    }
    if let Some(p) = non_empty(&refs.parquet) {
        out.push(french(p));
    }
    if let Some(n) = non_empty(&refs.anef_number) {
        out.push(fr("letter-ref-anef", &[("number", n.to_string())]));
    }
    out
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

fn stage_arg(case: &CaseFile) -> Option<String> {
    match case.criminal_case.as_ref()?.stage? {
        CriminalStage::Investigation => Some("investigation".into()),
        CriminalStage::Trial => Some("trial".into()),
        CriminalStage::Appeal => Some("appeal".into()),
        _ => None,
    }
}

fn permit_arg(kind: PermitKind) -> &'static str {
    match kind {
        PermitKind::CstVpf => "cst",
        PermitKind::RecepisseApplication | PermitKind::RecepisseReflection => "recepisse",
        PermitKind::Aps => "aps",
        PermitKind::ResidentCard | PermitKind::Other => "other",
    }
}

/// Body paragraphs (a)–(g) of legal-facts §6 for a route.
fn letter_paragraphs(input: &LetterInput<'_>) -> Result<Vec<String>> {
    let case = input.case;
    let sex = ("sex", sex_arg(case));
    let mut p = Vec::new();
    let route = input.route;
    // (a) the request
    match route {
        Route::Renewal => match case.current_permit.as_ref().and_then(|c| c.expires) {
            Some(d) => p.push(fr(
                "letter-request-renewal-expiring",
                &[("expires", fr_date(d))],
            )),
            None => p.push(fr("letter-request-renewal", &[])),
        },
        _ => p.push(fr(&format!("letter-request-{}", route.key()), &[])),
    }
    // (b) minimal facts: dates and references only; the prefecture does not judge the facts
    let complaint = case.cooperation.complaint.as_ref();
    let testimony = case.cooperation.testimony.as_ref();
    match route {
        Route::FirstCard => {
            if complaint.is_none() && testimony.is_none() {
                return Err(Error::required(Field::case("cooperation.complaint")));
            }
            let mut facts = Vec::new();
            if let Some(c) = complaint {
                facts.push(step_sentence("letter-facts-complaint", c, case));
            }
            if let Some(t) = testimony {
                facts.push(step_sentence("letter-facts-testimony", t, case));
            }
            if let Some(stage) = stage_arg(case) {
                facts.push(fr("letter-facts-stage", &[("stage", stage)]));
            }
            p.push(facts.join(" "));
        }
        Route::Renewal => {
            let stage = stage_arg(case).unwrap_or_else(|| "unknown".into());
            p.push(fr("letter-facts-renewal", &[("stage", stage)]));
        }
        Route::ResidentCard => {
            let conviction = case
                .criminal_case
                .as_ref()
                .and_then(|c| c.final_conviction_date);
            let mut facts = vec![match conviction {
                Some(d) => fr("letter-facts-conviction", &[("date", fr_date(d))]),
                None => fr("letter-facts-conviction-undated", &[]),
            }];
            if let Some(permit) = &case.current_permit {
                let kind = ("permit", permit_arg(permit.kind).to_string());
                facts.push(match permit.expires {
                    Some(d) => fr(
                        "letter-facts-regular-stay",
                        &[kind, ("expires", fr_date(d))],
                    ),
                    None => fr("letter-facts-regular-stay-undated", &[kind]),
                });
            }
            p.push(facts.join(" "));
        }
        Route::Aps => {
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
        Route::ReflectionPeriod => {
            return Err(Error::Internal("no letter for the reflection period"))
        }
    }
    // (c) legal basis
    let basis_args = [(
        "cooperation",
        if complaint.is_some() {
            "complaint"
        } else {
            "testimony"
        }
        .to_string(),
    )];
    p.push(fr(&format!("letter-basis-{}", route.key()), &basis_args));
    // (d) ties broken: stated only when the case establishes it
    if route != Route::Aps && case.ties_with_perpetrators_broken == Some(true) {
        p.push(fr("letter-ties-broken", &[]));
    }
    // (e) provisional document and tax exemption
    p.push(fr(&format!("letter-provisional-{}", route.key()), &[]));
    if matches!(route, Route::FirstCard | Route::Renewal) {
        p.push(fr("letter-tax-exemption", &[]));
    }
    // (f) confidentiality
    p.push(fr("letter-confidentiality", &[]));
    // (g) the association
    if let Some(a) = input.association {
        let mut text = fr(
            "letter-association",
            &[sex.clone(), ("association", a.name.trim().to_string())],
        );
        let contact: Vec<&str> = [non_empty(&a.phone), non_empty(&a.email)]
            .into_iter()
            .flatten()
            .collect();
        if !contact.is_empty() {
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
    match (person.birth_date, place) {
        (Some(d), Some(pl)) => lines.push(fr(
            "letter-sender-born",
            &[sex.clone(), ("date", fr_date(d)), ("place", pl)],
        )),
        (Some(d), None) => lines.push(fr(
            "letter-sender-born-on",
            &[sex.clone(), ("date", fr_date(d))],
        )),
        (None, Some(pl)) => lines.push(fr("letter-sender-born-in", &[sex.clone(), ("place", pl)])),
        (None, None) => {}
    }
    if let Some(n) = non_empty(&input.nationality) {
        lines.push(fr(
            "letter-sender-nationality",
            &[("nationality", n.to_string())],
        ));
    }
    lines.extend(person_address(case).printed().iter().map(|l| french(l)));
    if let Some(phone) = non_empty(&input.phone) {
        lines.push(fr("letter-sender-phone", &[("phone", phone.to_string())]));
    }
    if let Some(n) = non_empty(&input.references.foreigner_number) {
        lines.push(fr(
            "letter-sender-foreigner-number",
            &[("number", n.to_string())],
        ));
    }
    lines
}

fn enclosure_line(e: &Enclosure) -> String {
    let document = fr(&format!("pdf-doc-{}", doc_key(e.kind)), &[]);
    match e.date {
        Some(d) => fr(
            "letter-enclosure-dated",
            &[("document", document), ("date", fr_date(d))],
        ),
        None => document,
    }
}

impl LetterView {
    /// Writes the cover letter.
    ///
    /// # Errors
    /// [`Error::InvalidField`] for the reflection period, which has no letter;
    /// [`Error::Required`] when the person has no name, or when a first card is asked for with
    /// neither complaint nor testimony.
    pub fn build(input: &LetterInput<'_>) -> Result<LetterView> {
        if !input.route.has_letter() {
            return Err(Error::invalid(
                Field::Named(Named::Route),
                Invalid::NoLetterForRoute,
            ));
        }
        let case = input.case;
        require_name(case)?;
        let (recipient, salutation) = recipient(input.office);
        let mut mentions = vec![fr("letter-confidential", &[])];
        if input.registered_mail {
            mentions.push(fr("letter-registered-mail", &[]));
        }
        let mut enclosures = input.enclosures.clone();
        if input.association.is_some()
            && enclosures
                .iter()
                .all(|e| e.kind != DocumentKind::AssociationLetter)
        {
            enclosures.push(Enclosure {
                kind: DocumentKind::AssociationLetter,
                date: Some(input.date),
            });
        }
        let name = case.display_name();
        let letter = FormalLetter {
            date: input.date,
            sender_name: french(&name),
            sender: sender_block(case, input),
            recipient,
            place_date: fr(
                "letter-place-date",
                &[
                    ("place", input.place.trim().to_string()),
                    ("date", fr_date(input.date)),
                ],
            ),
            subject_label: fr("letter-subject-label", &[]),
            subject: fr(
                &format!("letter-subject-{}", input.route.key()),
                &[("offence", offence_arg(case))],
            ),
            references_label: fr("letter-references-label", &[]),
            references: references(case, &input.references),
            mentions,
            salutation: format!("{salutation},"),
            paragraphs: letter_paragraphs(input)?,
            closing: fr("letter-closing", &[("salutation", salutation)]),
            signature: vec![french(&case.name_in_text())],
            stamp: None,
            enclosures_label: fr("letter-enclosures-label", &[]),
            enclosures: enclosures.iter().map(enclosure_line).collect(),
            running_header: fr(
                "letter-running-header",
                &[("name", name), ("date", fr_date(input.date))],
            ),
        };
        Ok(LetterView { letter })
    }
}

impl SupportLetterView {
    /// Writes the association's support letter.
    ///
    /// # Errors
    /// [`Error::Required`] when the person has no name.
    pub fn build(input: &SupportInput<'_>) -> Result<SupportLetterView> {
        let case = input.case;
        require_name(case)?;
        let a = input.association;
        let (recipient, salutation) = recipient(input.office);
        let person = fr(
            "support-person",
            &[("sex", sex_arg(case)), ("name", case.name_in_text())],
        );
        let mut sender: Vec<String> = a.address.printed().iter().map(|l| french(l)).collect();
        if let Some(phone) = non_empty(&a.phone) {
            sender.push(fr("letter-sender-phone", &[("phone", phone.to_string())]));
        }
        if let Some(email) = non_empty(&a.email) {
            sender.push(email.to_string());
        }
        let worker = [
            ("title", a.worker_title.id().to_string()),
            ("worker", a.worker_name.trim().to_string()),
            ("role", a.worker_role.trim().to_string()),
            ("association", a.name.trim().to_string()),
        ];
        let mut intro_args = worker.to_vec();
        intro_args.push(("person", person.clone()));
        intro_args.push(("sex", sex_arg(case)));
        let intro = match (case.person.birth_date, input.accompanied_since) {
            (Some(b), Some(s)) => {
                intro_args.push(("birth", fr_date(b)));
                intro_args.push(("since", fr_date(s)));
                fr("support-intro-born-since", &intro_args)
            }
            (Some(b), None) => {
                intro_args.push(("birth", fr_date(b)));
                fr("support-intro-born", &intro_args)
            }
            (None, Some(s)) => {
                intro_args.push(("since", fr_date(s)));
                fr("support-intro-since", &intro_args)
            }
            (None, None) => fr("support-intro", &intro_args),
        };
        let mut paragraphs = vec![
            intro,
            fr(
                &format!("support-request-{}", input.route.key()),
                &[("person", person.clone()), ("offence", offence_arg(case))],
            ),
        ];
        if let Some(statement) = non_empty(&input.statement) {
            paragraphs.push(french(statement));
        }
        paragraphs.push(fr("support-accompaniment", &[]));
        paragraphs.push(fr("support-confidentiality", &[]));
        paragraphs.push(fr("support-availability", &[]));
        let mut signature = vec![french(a.worker_name.trim()), french(a.worker_role.trim())];
        signature.push(french(a.name.trim()));
        let letter = FormalLetter {
            date: input.date,
            sender_name: french(a.name.trim()),
            sender,
            recipient,
            place_date: fr(
                "letter-place-date",
                &[
                    ("place", input.place.trim().to_string()),
                    ("date", fr_date(input.date)),
                ],
            ),
            subject_label: fr("letter-subject-label", &[]),
            subject: fr(
                &format!("support-subject-{}", input.route.key()),
                &[("person", person)],
            ),
            references_label: fr("letter-references-label", &[]),
            references: references(case, &input.references),
            mentions: vec![fr("letter-confidential", &[])],
            salutation: format!("{salutation},"),
            paragraphs,
            closing: fr("letter-closing", &[("salutation", salutation)]),
            signature,
            stamp: Some(fr("support-stamp", &[])),
            enclosures_label: fr("letter-enclosures-label", &[]),
            enclosures: Vec::new(),
            running_header: fr(
                "support-running-header",
                &[
                    ("association", a.name.trim().to_string()),
                    ("date", fr_date(input.date)),
                ],
            ),
        };
        Ok(SupportLetterView { letter })
    }
}

/// The second-column language for a person's language.
pub fn checklist_language(lang: &str) -> &'static str {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    CHECKLIST_LANGUAGES
        .iter()
        .find(|l| **l == primary)
        .copied()
        .unwrap_or(CHECKLIST_FALLBACK)
}

/// Every kind of supporting document, in the order of a first application's checklist.
pub const DOCUMENT_KINDS: [DocumentKind; 16] = [
    DocumentKind::BirthCertificate,
    DocumentKind::Passport,
    DocumentKind::IdCard,
    DocumentKind::ConsularCertificate,
    DocumentKind::ConsularCard,
    DocumentKind::NationalityCertificate,
    DocumentKind::ProofOfAddress,
    DocumentKind::ComplaintReceipt,
    DocumentKind::ProcedureReference,
    DocumentKind::Cerpr,
    DocumentKind::EPhoto,
    DocumentKind::CurrentPermit,
    DocumentKind::ProceedingsOngoingProof,
    DocumentKind::FinalConvictionProof,
    DocumentKind::AssociationLetter,
    DocumentKind::ExitProgrammeDecision,
];

/// The suffix of `pdf-doc-*` ids: the case file's kebab-case kind.
pub(crate) fn doc_key(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::BirthCertificate => "birth-certificate",
        DocumentKind::Passport => "passport",
        DocumentKind::IdCard => "id-card",
        DocumentKind::ConsularCertificate => "consular-certificate",
        DocumentKind::ConsularCard => "consular-card",
        DocumentKind::NationalityCertificate => "nationality-certificate",
        DocumentKind::ProofOfAddress => "proof-of-address",
        DocumentKind::ComplaintReceipt => "complaint-receipt",
        DocumentKind::ProcedureReference => "procedure-reference",
        DocumentKind::Cerpr => "cerpr",
        DocumentKind::EPhoto => "e-photo",
        DocumentKind::CurrentPermit => "current-permit",
        DocumentKind::ProceedingsOngoingProof => "proceedings-ongoing-proof",
        DocumentKind::FinalConvictionProof => "final-conviction-proof",
        DocumentKind::AssociationLetter => "association-letter",
        DocumentKind::ExitProgrammeDecision => "exit-programme-decision",
    }
}

impl ChecklistView {
    /// Writes the checklist in French and in `input.lang` (or English; see [`checklist_language`]).
    pub fn build(input: &ChecklistInput<'_>) -> ChecklistView {
        let lang = checklist_language(input.lang);
        // Each column gets its own arguments: dates and document names differ per language.
        let columns = |id: &str, fr_args: &[Arg<'_>], other_args: &[Arg<'_>]| Bilingual {
            fr: fr(id, fr_args),
            other: msg(lang, id, other_args),
        };
        let both = |id: &str| columns(id, &[], &[]);
        let dated = |id: &str, date: NaiveDate, document: Bilingual| {
            columns(
                id,
                &[
                    ("date", date_long(date, LETTER_LANGUAGE)),
                    ("document", document.fr),
                ],
                &[
                    ("date", date_long(date, lang)),
                    ("document", document.other),
                ],
            )
        };
        let doc = |k: DocumentKind| both(&format!("pdf-doc-{}", doc_key(k)));
        let items = input
            .items
            .iter()
            .map(|item| {
                let alternatives = (!item.alternatives.is_empty()).then(|| {
                    let names: Vec<Bilingual> = item.alternatives.iter().map(|k| doc(*k)).collect();
                    let join = |pick: fn(&Bilingual) -> &String| {
                        names
                            .iter()
                            .map(pick)
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    columns(
                        "pdf-checklist-alternatives",
                        &[("documents", join(|b| &b.fr))],
                        &[("documents", join(|b| &b.other))],
                    )
                });
                ChecklistEntry {
                    status: item.status,
                    label: doc(item.kind),
                    status_text: both(&format!("pdf-status-{}", item.status.id())),
                    alternatives,
                    note: item.note.as_ref().map(|n| Bilingual {
                        fr: french(&n.fr),
                        other: n.other.clone(),
                    }),
                }
            })
            .collect();
        let mut key_dates = input.key_dates.to_vec();
        key_dates.sort_by_key(|k| k.date);
        let in_reflection = input.route == Route::ReflectionPeriod
            || key_dates
                .iter()
                .any(|k| k.kind == KeyDateKind::ReflectionPeriodEnd);
        let mut next = Vec::new();
        if in_reflection {
            next.push(both("pdf-next-reflection"));
        }
        next.push(both(&format!("pdf-next-{}", input.route.key())));
        if input.route != Route::ReflectionPeriod {
            next.push(both("pdf-next-anef"));
        }
        next.push(both("pdf-next-help"));
        let mut dates: Vec<Bilingual> = key_dates
            .iter()
            .map(|k| {
                let id = format!("pdf-date-{}", k.kind.id());
                let document = k.document.map(doc).unwrap_or_default();
                dated(&id, k.date, document)
            })
            .collect();
        if dates.is_empty() {
            dates.push(both("pdf-dates-none"));
        }
        ChecklistView {
            date: input.date,
            lang: lang.to_string(),
            title: both("pdf-checklist-title"),
            route: both(&format!("pdf-route-{}", input.route.key())),
            issued: dated("pdf-checklist-issued", input.date, Bilingual::default()),
            intro: both("pdf-checklist-intro"),
            items,
            next_title: both("pdf-next-title"),
            next,
            dates_title: both("pdf-dates-title"),
            dates,
        }
    }
}

impl ConsentView {
    /// Writes the consent record in French and in `input.lang` (or English; see
    /// [`checklist_language`]), with the text of notice version
    /// [`crate::model::case::CONSENT_NOTICE_VERSION`].
    pub fn build(input: &ConsentInput<'_>) -> ConsentView {
        let lang = checklist_language(input.lang);
        let columns = |id: &str, fr_args: &[Arg<'_>], other_args: &[Arg<'_>]| Bilingual {
            fr: fr(id, fr_args),
            other: msg(lang, id, other_args),
        };
        let both = |id: &str| columns(id, &[], &[]);
        let on_date = |id: &str, date: NaiveDate| {
            columns(
                id,
                &[("date", date_long(date, LETTER_LANGUAGE))],
                &[("date", date_long(date, lang))],
            )
        };
        let association = |in_lang: &str| match input.association.map(str::trim) {
            Some(name) if !name.is_empty() => name.to_string(),
            _ => msg(in_lang, "pdf-consent-unnamed-association", &[]),
        };
        let (title_id, paragraph_ids) = CONSENT_NOTICE_IDS
            .split_first()
            .expect("BUG: the consent notice has a title");
        let notice = paragraph_ids
            .iter()
            .map(|id| {
                columns(
                    id,
                    &[("association", association(LETTER_LANGUAGE))],
                    &[("association", association(lang))],
                )
            })
            .collect();
        let consent = input.consent.cloned().unwrap_or_default();
        let choice = |purpose: &str, decision: &Option<ConsentDecision>| {
            let status_text = match decision {
                None => both("pdf-consent-not-asked"),
                Some(d) => {
                    let key = match d.status {
                        ConsentStatus::Given => "given",
                        ConsentStatus::Refused => "refused",
                        ConsentStatus::Withdrawn => "withdrawn",
                    };
                    match d.date {
                        Some(date) => on_date(&format!("pdf-consent-{key}"), date),
                        None => both(&format!("pdf-consent-{key}-undated")),
                    }
                }
            };
            ConsentChoice {
                decision: decision.as_ref().map(|d| d.status),
                purpose: both(&format!("pdf-consent-purpose-{purpose}")),
                status_text,
            }
        };
        ConsentView {
            date: input.date,
            lang: lang.to_string(),
            title: both(title_id),
            issued: on_date("pdf-consent-issued", input.date),
            notice,
            choices_title: both("pdf-consent-choices"),
            choices: vec![
                choice("storage", &consent.storage),
                choice("prefecture", &consent.share_with_prefecture),
                choice("lawyer", &consent.share_with_lawyer),
            ],
            signatures: [
                both("pdf-consent-signature-person"),
                both("pdf-consent-signature-worker"),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::{Document, Permit};

    fn case() -> CaseFile {
        let json = include_str!("../../../../tests/fixtures/case-spec-example.json");
        crate::model::case::CaseDocument::parse(json.as_bytes())
            .unwrap()
            .1
    }

    #[test]
    fn route_and_status_ids_round_trip_with_the_cli_contract() {
        for r in Route::ALL {
            assert_eq!(Route::from_id(r.id()), Some(r));
        }
        assert_eq!(Route::from_id("cst-l425-1"), Some(Route::FirstCard));
        assert_eq!(
            ItemStatus::from_id("satisfied-by-alternative"),
            Some(ItemStatus::SatisfiedByAlternative)
        );
        assert_eq!(
            KeyDateKind::from_id("renewal-window-closes"),
            Some(KeyDateKind::RenewalWindowCloses)
        );
        assert_eq!(
            OfficeKind::from_id("prefecture-de-police"),
            Some(OfficeKind::PrefectureDePolice)
        );
        assert_eq!(
            Route::from_id("asylum"),
            None,
            "asylum is a see-also, not a route with documents"
        );
    }

    #[test]
    fn enclosures_list_done_items_and_the_alternative_actually_held() {
        let mut c = case();
        c.documents.push(Document {
            kind: DocumentKind::ConsularCard,
            status: DocumentStatus::Have,
            date: None,
        });
        let items = vec![
            ChecklistItem {
                kind: DocumentKind::BirthCertificate,
                status: ItemStatus::Ok,
                alternatives: vec![],
                note: None,
            },
            ChecklistItem {
                kind: DocumentKind::Passport,
                status: ItemStatus::SatisfiedByAlternative,
                alternatives: vec![
                    DocumentKind::ConsularCertificate,
                    DocumentKind::ConsularCard,
                ],
                note: None,
            },
            ChecklistItem {
                kind: DocumentKind::Cerpr,
                status: ItemStatus::Missing,
                alternatives: vec![],
                note: None,
            },
        ];
        let e = enclosures(&c, &items);
        let kinds: Vec<DocumentKind> = e.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            vec![DocumentKind::BirthCertificate, DocumentKind::ConsularCard],
            "the consular certificate is only requested; the consular card is held"
        );
        assert_eq!(
            e[0].date,
            NaiveDate::from_ymd_opt(2024, 1, 10),
            "the date comes from the case"
        );
    }

    #[test]
    fn the_reflection_period_has_no_letter_and_a_first_card_needs_a_complaint_or_testimony() {
        let c = case();
        let office = crate::pdf::samples::office_seine_saint_denis();
        let mut input = crate::pdf::samples::letter_input(&c, &office, None);
        input.route = Route::ReflectionPeriod;
        assert!(matches!(
            LetterView::build(&input),
            Err(Error::InvalidField { .. })
        ));
        let mut no_coop = c.clone();
        no_coop.cooperation.complaint = None;
        let input = crate::pdf::samples::letter_input(&no_coop, &office, None);
        assert!(matches!(
            LetterView::build(&input),
            Err(Error::Required {
                field: Field::Case(path)
            }) if path == "cooperation.complaint"
        ));
    }

    #[test]
    fn the_letter_follows_the_french_conventions() {
        let c = case();
        let office = crate::pdf::samples::office_seine_saint_denis();
        let assoc = crate::pdf::samples::association();
        let v = LetterView::build(&crate::pdf::samples::letter_input(
            &c,
            &office,
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
        assert!(v.sender.contains(&"93200 SAINT-DENIS".to_string()));
        assert_eq!(v.recipient[0], "Monsieur le Préfet de la Seine-Saint-Denis");
        assert_eq!(v.salutation, "Monsieur le Préfet,");
        assert!(
            v.closing
                .contains("agréer, Monsieur le Préfet, l’expression"),
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
        let office = crate::pdf::samples::office_paris();
        for (route, article, absent) in [
            (Route::FirstCard, "L.\u{a0}425-1", "R.\u{a0}431-15-1"),
            (Route::Renewal, "renouvellement", "L.\u{a0}425-3"),
            (Route::ResidentCard, "L.\u{a0}425-3", "L.\u{a0}436-8"),
            (Route::Aps, "L.\u{a0}425-4", "L.\u{a0}436-8"),
        ] {
            let mut input = crate::pdf::samples::letter_input(&c, &office, None);
            input.route = route;
            let v = LetterView::build(&input).unwrap().letter;
            assert!(v.subject.contains(article), "{route:?}: {}", v.subject);
            assert!(
                !v.paragraphs.join(" ").contains(absent),
                "{route:?} must not mention {absent}"
            );
            assert_eq!(v.recipient[0], "Monsieur le Préfet de police");
        }
    }

    #[test]
    fn the_checklist_pairs_french_with_the_persons_language_and_falls_back_to_english() {
        let items = crate::pdf::samples::checklist_items();
        let dates = crate::pdf::samples::key_dates();
        let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let v = ChecklistView::build(&ChecklistInput {
            route: Route::FirstCard,
            items: &items,
            key_dates: &dates,
            lang: "ru",
            date,
        });
        assert_eq!(v.lang, "ru");
        assert!(v.issued.other.contains("ноября"), "{}", v.issued.other);
        assert!(v.items[1].alternatives.is_some());
        assert_ne!(v.items[0].label.fr, v.items[0].label.other);
        let v = ChecklistView::build(&ChecklistInput {
            route: Route::FirstCard,
            items: &items,
            key_dates: &dates,
            lang: "ti",
            date,
        });
        assert_eq!(
            v.lang, "en",
            "Tigrinya has no translation: French and English"
        );
        assert_eq!(checklist_language("fr"), "en");
        assert_eq!(checklist_language("pt-BR"), "pt");
    }

    #[test]
    fn the_consent_view_writes_each_decision_with_its_date_in_both_languages() {
        let v = crate::pdf::samples::consent_view("es");
        assert_eq!(v.lang, "es");
        assert_eq!(v.title.fr, "Vos informations et votre accord");
        assert_eq!(v.notice.len(), CONSENT_NOTICE_IDS.len() - 1, "title apart");
        assert!(
            v.notice[0]
                .fr
                .starts_with("Passerelle Solidarité vous accompagne"),
            "{}",
            v.notice[0].fr
        );
        assert_eq!(v.choices[0].decision, Some(ConsentStatus::Given));
        assert_eq!(
            v.choices[0].status_text.fr,
            "Oui, le 2\u{a0}octobre\u{a0}2026"
        );
        assert!(v.choices[0].status_text.other.contains("2026"));
        assert_eq!(v.choices[2].decision, None);
        assert_eq!(v.choices[2].status_text.fr, "Pas encore demandé");
        // Without an association or a translation: « L'association », and English.
        let none = ConsentView::build(&ConsentInput {
            consent: None,
            association: Some("  "),
            lang: "ar",
            date: crate::pdf::samples::sample_date(),
        });
        assert_eq!(none.lang, "en");
        assert!(none.notice[0].fr.starts_with("L’association"));
        assert!(none.notice[0].other.starts_with("The association"));
        assert!(none.choices.iter().all(|c| c.decision.is_none()));
    }
}
