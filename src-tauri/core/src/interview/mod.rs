//! The guided interview: its steps, its questions, when each question applies, and how each
//! answer is read from and written into the case file.
//!
//! The interview owns no data of its own: every answer lands in the typed [`CaseFile`] the legal
//! rules read, as language-neutral codes (`yes`, `cst-vpf-l425-1`, `NG`), so that a translation
//! can never change what was recorded. The only interview-specific record is the pair of marks in
//! [`crate::model::case::Interview`] (`answered`, `notEstablished`), which keep three states
//! apart where the case file has a single `null`: "not asked yet", "no" (no complaint, no permit)
//! and "not established" (nobody knows).
//!
//! Branching is [`applies`]: a question is asked only when the facts make it relevant (the
//! complaint's date once a complaint is recorded, the child-welfare questions for a person under
//! 19, the documents of the route the assessment points to). A question that stops applying
//! because its parent's answer changed ("complaint: no") has its answer erased, so that no stale
//! fact keeps steering the rules; [`QuestionId::parent`] says which answers an answer may erase,
//! and the UI asks before erasing.
//!
//! [`view`] turns all this into localised screens (worker language, person language side by side).

pub mod stored;
pub mod view;

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::geo::{CommuneKind, Geo};
use crate::legal::{self, dates, RulePack};
use crate::model::case::{
    Accompaniment, Address, CaseFile, ChildWelfare, CriminalCase, CriminalStage, Document,
    DocumentStatus, ExitProgramme, Interpreter, Permit, PermitKind, PieceKind, Placement,
    ProcedureStep, ProtectionOrder, References, ReflectionPeriod, RefusalRisks, VictimOf,
};
use crate::{Error, Result};

/// The steps of the interview, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Identity, languages, address.
    Identity,
    /// What the person is a victim of; related situations (programme, domestic violence, minors).
    Situation,
    /// Complaint, testimony, reflection period, criminal proceedings.
    Cooperation,
    /// Ties with the perpetrators (L425-1).
    Ties,
    /// Public order and the refusal grounds of L432-1-1.
    PublicOrder,
    /// The residence document held now.
    Permit,
    /// Supporting documents.
    Documents,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 7] = [
        Step::Identity,
        Step::Situation,
        Step::Cooperation,
        Step::Ties,
        Step::PublicOrder,
        Step::Permit,
        Step::Documents,
    ];

    /// The id used in URLs and message ids (`public-order`).
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Identity => "identity",
            Step::Situation => "situation",
            Step::Cooperation => "cooperation",
            Step::Ties => "ties",
            Step::PublicOrder => "public-order",
            Step::Permit => "permit",
            Step::Documents => "documents",
        }
    }

    /// Parses a step id.
    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        Step::ALL.get(i + 1).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// `yes` or `no`.
    YesNo,
    /// One code among options.
    Choice,
    /// Any number of codes among options.
    Multi,
    /// A calendar date, typed day/month/year.
    Date,
    /// A line of text.
    Text,
    /// Several lines of text, one item per line.
    Lines,
    /// A paragraph of free text.
    Paragraph,
    /// A whole number.
    Number,
}

/// A question of the interview. Document questions exist once per document kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // Each variant is described by its message `iv-q-<id>` in interview.ftl.
pub enum QuestionId {
    FamilyName,
    GivenNames,
    Aliases,
    Sex,
    BirthDate,
    BirthPlace,
    Nationality,
    Languages,
    Interpreter,
    InterpreterLanguage,
    InterpreterName,
    AddressLine,
    Postcode,
    Commune,
    City,
    Phone,
    VictimOf,
    ExitProgramme,
    ExitProgrammeDate,
    DomesticViolence,
    ProtectionOrder,
    ProtectionOrderDate,
    ChildWelfare,
    ChildWelfareDate,
    ChildWelfarePlacement,
    WorkOrTraining,
    Complaint,
    ComplaintDate,
    ComplaintService,
    ComplaintReference,
    Testimony,
    TestimonyDate,
    TestimonyService,
    TestimonyReference,
    Parquet,
    ReflectionRecepisse,
    ReflectionDate,
    CriminalStage,
    ConvictionDate,
    RegularStayAtConviction,
    TiesBroken,
    PublicOrderThreat,
    FalseDocuments,
    RemovalOrder,
    PermitKind,
    PermitIssued,
    PermitExpires,
    PermitRenewals,
    RenewalFiledOn,
    ForeignerNumber,
    AnefNumber,
    PlannedFilingDate,
    AccompanimentSince,
    AccompanimentStatement,
    DocumentStatus(PieceKind),
    DocumentDate(PieceKind),
}

use QuestionId as Q;

/// The questions that do not depend on the case, in interview order. Document questions follow
/// them, built from the checklist (see [`questions`]).
const FIXED: &[QuestionId] = &[
    Q::FamilyName,
    Q::GivenNames,
    Q::Aliases,
    Q::Sex,
    Q::BirthDate,
    Q::BirthPlace,
    Q::Nationality,
    Q::Languages,
    Q::Interpreter,
    Q::InterpreterLanguage,
    Q::InterpreterName,
    Q::AddressLine,
    Q::Postcode,
    Q::Commune,
    Q::City,
    Q::Phone,
    Q::VictimOf,
    Q::ExitProgramme,
    Q::ExitProgrammeDate,
    Q::DomesticViolence,
    Q::ProtectionOrder,
    Q::ProtectionOrderDate,
    Q::ChildWelfare,
    Q::ChildWelfareDate,
    Q::ChildWelfarePlacement,
    Q::WorkOrTraining,
    Q::Complaint,
    Q::ComplaintDate,
    Q::ComplaintService,
    Q::ComplaintReference,
    Q::Testimony,
    Q::TestimonyDate,
    Q::TestimonyService,
    Q::TestimonyReference,
    Q::Parquet,
    Q::ReflectionRecepisse,
    Q::ReflectionDate,
    Q::CriminalStage,
    Q::ConvictionDate,
    Q::RegularStayAtConviction,
    Q::TiesBroken,
    Q::PublicOrderThreat,
    Q::FalseDocuments,
    Q::RemovalOrder,
    Q::PermitKind,
    Q::PermitIssued,
    Q::PermitExpires,
    Q::PermitRenewals,
    Q::RenewalFiledOn,
    Q::ForeignerNumber,
    Q::AnefNumber,
    Q::PlannedFilingDate,
    Q::AccompanimentSince,
    Q::AccompanimentStatement,
];

/// The id of a document kind as written in JSON (`proof-of-address`).
pub fn document_id(kind: PieceKind) -> String {
    crate::model::kind_id(&kind)
}

fn document_from_id(s: &str) -> Option<PieceKind> {
    PieceKind::ALL.into_iter().find(|k| document_id(*k) == s)
}

/// Codes of the permit-kind question, `none` first.
const PERMIT_CODES: [&str; 7] = [
    "none",
    "recepisse-reflection",
    "recepisse-application",
    "cst-vpf-l425-1",
    "aps-l425-4",
    "carte-resident-l425-3",
    "other",
];

const STAGE_CODES: [&str; 7] = [
    "none",
    "investigation",
    "trial",
    "appeal",
    "final-conviction",
    "acquittal",
    "dismissed",
];

const DOCUMENT_STATUS_CODES: [&str; 4] = ["have", "missing", "requested", "confiscated"];

/// The code answering "the renewal has not been filed" to [`QuestionId::RenewalFiledOn`].
pub const NOT_FILED: &str = "not-filed";

/// Longest accepted free text, in characters: names, places, services, references.
pub const MAX_TEXT: usize = 200;
/// Longest paragraph, in characters (the support letter's statement: kept minimal).
pub const MAX_PARAGRAPH: usize = 2000;
/// Most aliases kept.
pub const MAX_ALIASES: usize = 20;
/// Most renewals a card can have had (a typo guard, not a legal rule).
pub const MAX_RENEWALS: u32 = 50;

/// The languages the interview can show beside French, from the `interview.ftl` files present.
pub fn person_languages() -> &'static [String] {
    static LANGS: OnceLock<Vec<String>> = OnceLock::new();
    LANGS.get_or_init(|| {
        let mut langs: Vec<String> = crate::i18n::files()
            .into_iter()
            .filter(|(l, f)| *f == "interview.ftl" && *l != crate::i18n::DEFAULT_LANGUAGE)
            .map(|(l, _)| l.to_string())
            .collect();
        langs.sort();
        langs.dedup();
        langs
    })
}

/// Codes of `names.ftl` with `prefix` (`country-`, `lang-`), from the French file.
fn name_codes(prefix: &str) -> Vec<String> {
    crate::i18n::messages_of(crate::i18n::DEFAULT_LANGUAGE, "names.ftl")
        .map(|m| {
            m.keys()
                .filter_map(|k| k.strip_prefix(prefix))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// ISO 3166-1 codes the nationality question offers (lower case, as in message ids).
pub fn country_codes() -> &'static [String] {
    static CODES: OnceLock<Vec<String>> = OnceLock::new();
    CODES.get_or_init(|| name_codes("country-"))
}

/// BCP 47 primary tags the language questions offer.
pub fn language_codes() -> &'static [String] {
    static CODES: OnceLock<Vec<String>> = OnceLock::new();
    CODES.get_or_init(|| name_codes("lang-"))
}

/// What a question's answer is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Current {
    /// Not asked yet (or cleared).
    Unanswered,
    /// Asked; nobody knows.
    NotEstablished,
    /// Codes: `yes`/`no`, a choice, several choices (possibly none).
    Codes(Vec<String>),
    /// Free text.
    Text(String),
    /// Several lines of text (possibly none).
    Lines(Vec<String>),
    /// A date.
    Date(NaiveDate),
    /// A number.
    Number(u32),
}

impl Current {
    /// True unless the question is still to be asked.
    pub fn is_answered(&self) -> bool {
        !matches!(self, Current::Unanswered)
    }
}

/// An answer given in the interview, as the UI sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Answer {
    /// "Not established": a real answer, stored as `null` plus a mark.
    NotEstablished,
    /// Withdraws the answer: the question is to be asked again.
    Clear,
    /// One code (`yes`, `no`, a choice, [`NOT_FILED`]).
    Code(String),
    /// Several codes (multiple choice; empty means "none of these").
    Codes(Vec<String>),
    /// Text as typed: text, lines, a date (day/month/year) or a number.
    Text(String),
}

/// Static facts about a question.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Its step.
    pub step: Step,
    /// How it is answered.
    pub kind: Kind,
    /// Asked of the worker (a legal or administrative judgement), not read to the person.
    pub worker_only: bool,
    /// Useful, never required: an empty answer is not flagged on the review screen.
    pub optional: bool,
    /// Holds a name: masked when names are hidden.
    pub sensitive: bool,
}

const fn spec(step: Step, kind: Kind) -> Spec {
    Spec {
        step,
        kind,
        worker_only: false,
        optional: false,
        sensitive: false,
    }
}

const fn worker(mut s: Spec) -> Spec {
    s.worker_only = true;
    s
}

const fn optional(mut s: Spec) -> Spec {
    s.optional = true;
    s
}

const fn sensitive(mut s: Spec) -> Spec {
    s.sensitive = true;
    s
}

impl QuestionId {
    /// The id used by the UI and in the case file's marks (`complaint-date`,
    /// `document-status.passport`).
    pub fn as_string(self) -> String {
        match self {
            Q::DocumentStatus(k) => format!("document-status.{}", document_id(k)),
            Q::DocumentDate(k) => format!("document-date.{}", document_id(k)),
            other => other.fixed_id().to_string(),
        }
    }

    /// The message key of the question (`document-status` for every document kind).
    pub fn message_key(self) -> &'static str {
        match self {
            Q::DocumentStatus(_) => "document-status",
            Q::DocumentDate(_) => "document-date",
            other => other.fixed_id(),
        }
    }

    fn fixed_id(self) -> &'static str {
        match self {
            Q::FamilyName => "family-name",
            Q::GivenNames => "given-names",
            Q::Aliases => "aliases",
            Q::Sex => "sex",
            Q::BirthDate => "birth-date",
            Q::BirthPlace => "birth-place",
            Q::Nationality => "nationality",
            Q::Languages => "languages",
            Q::Interpreter => "interpreter",
            Q::InterpreterLanguage => "interpreter-language",
            Q::InterpreterName => "interpreter-name",
            Q::AddressLine => "address-line",
            Q::Postcode => "postcode",
            Q::Commune => "commune",
            Q::City => "city",
            Q::Phone => "phone",
            Q::VictimOf => "victim-of",
            Q::ExitProgramme => "exit-programme",
            Q::ExitProgrammeDate => "exit-programme-date",
            Q::DomesticViolence => "domestic-violence",
            Q::ProtectionOrder => "protection-order",
            Q::ProtectionOrderDate => "protection-order-date",
            Q::ChildWelfare => "child-welfare",
            Q::ChildWelfareDate => "child-welfare-date",
            Q::ChildWelfarePlacement => "child-welfare-placement",
            Q::WorkOrTraining => "work-or-training",
            Q::Complaint => "complaint",
            Q::ComplaintDate => "complaint-date",
            Q::ComplaintService => "complaint-service",
            Q::ComplaintReference => "complaint-reference",
            Q::Testimony => "testimony",
            Q::TestimonyDate => "testimony-date",
            Q::TestimonyService => "testimony-service",
            Q::TestimonyReference => "testimony-reference",
            Q::Parquet => "parquet",
            Q::ReflectionRecepisse => "reflection-recepisse",
            Q::ReflectionDate => "reflection-date",
            Q::CriminalStage => "criminal-stage",
            Q::ConvictionDate => "conviction-date",
            Q::RegularStayAtConviction => "regular-stay-at-conviction",
            Q::TiesBroken => "ties-broken",
            Q::PublicOrderThreat => "public-order-threat",
            Q::FalseDocuments => "false-documents",
            Q::RemovalOrder => "removal-order",
            Q::PermitKind => "permit-kind",
            Q::PermitIssued => "permit-issued",
            Q::PermitExpires => "permit-expires",
            Q::PermitRenewals => "permit-renewals",
            Q::RenewalFiledOn => "renewal-filed-on",
            Q::ForeignerNumber => "foreigner-number",
            Q::AnefNumber => "anef-number",
            Q::PlannedFilingDate => "planned-filing-date",
            Q::AccompanimentSince => "accompaniment-since",
            Q::AccompanimentStatement => "accompaniment-statement",
            Q::DocumentStatus(_) => "document-status",
            Q::DocumentDate(_) => "document-date",
        }
    }

    /// Parses a question id.
    pub fn parse(s: &str) -> Option<QuestionId> {
        if let Some(kind) = s.strip_prefix("document-status.") {
            return document_from_id(kind).map(Q::DocumentStatus);
        }
        if let Some(kind) = s.strip_prefix("document-date.") {
            return document_from_id(kind).map(Q::DocumentDate);
        }
        FIXED.iter().copied().find(|q| q.fixed_id() == s)
    }

    /// Its step, kind and flags.
    pub fn spec(self) -> Spec {
        use Kind::*;
        use Step::*;
        match self {
            Q::FamilyName | Q::GivenNames => sensitive(spec(Identity, Text)),
            Q::Aliases => optional(sensitive(spec(Identity, Lines))),
            Q::Sex => spec(Identity, Choice),
            Q::BirthDate => spec(Identity, Date),
            Q::BirthPlace => spec(Identity, Text),
            Q::Nationality => spec(Identity, Choice),
            Q::Languages => spec(Identity, Multi),
            Q::Interpreter => worker(spec(Identity, YesNo)),
            Q::InterpreterLanguage => worker(spec(Identity, Choice)),
            Q::InterpreterName => optional(worker(spec(Identity, Text))),
            Q::AddressLine => spec(Identity, Text),
            Q::Postcode => spec(Identity, Text),
            Q::Commune => spec(Identity, Choice),
            Q::City => spec(Identity, Text),
            Q::Phone => optional(spec(Identity, Text)),
            Q::VictimOf => worker(spec(Situation, Multi)),
            Q::ExitProgramme => spec(Situation, YesNo),
            Q::ExitProgrammeDate => spec(Situation, Date),
            Q::DomesticViolence => spec(Situation, YesNo),
            Q::ProtectionOrder => spec(Situation, YesNo),
            Q::ProtectionOrderDate => spec(Situation, Date),
            Q::ChildWelfare => spec(Situation, YesNo),
            Q::ChildWelfareDate => spec(Situation, Date),
            Q::ChildWelfarePlacement => spec(Situation, Choice),
            Q::WorkOrTraining => spec(Situation, YesNo),
            Q::Complaint => spec(Cooperation, YesNo),
            Q::ComplaintDate => spec(Cooperation, Date),
            Q::ComplaintService => optional(spec(Cooperation, Text)),
            Q::ComplaintReference => optional(worker(spec(Cooperation, Text))),
            Q::Testimony => spec(Cooperation, YesNo),
            Q::TestimonyDate => spec(Cooperation, Date),
            Q::TestimonyService => optional(spec(Cooperation, Text)),
            Q::TestimonyReference => optional(worker(spec(Cooperation, Text))),
            Q::Parquet => optional(worker(spec(Cooperation, Text))),
            Q::ReflectionRecepisse => spec(Cooperation, YesNo),
            Q::ReflectionDate => spec(Cooperation, Date),
            Q::CriminalStage => worker(spec(Cooperation, Choice)),
            Q::ConvictionDate => worker(spec(Cooperation, Date)),
            Q::RegularStayAtConviction => worker(spec(Cooperation, YesNo)),
            Q::TiesBroken => spec(Ties, YesNo),
            Q::PublicOrderThreat => worker(spec(PublicOrder, YesNo)),
            Q::FalseDocuments => spec(PublicOrder, YesNo),
            Q::RemovalOrder => spec(PublicOrder, YesNo),
            Q::PermitKind => spec(Permit, Choice),
            Q::PermitIssued => spec(Permit, Date),
            Q::PermitExpires => spec(Permit, Date),
            Q::PermitRenewals => spec(Permit, Number),
            Q::RenewalFiledOn => spec(Permit, Date),
            Q::ForeignerNumber => optional(worker(spec(Permit, Text))),
            Q::AnefNumber => optional(worker(spec(Permit, Text))),
            Q::PlannedFilingDate => optional(worker(spec(Documents, Date))),
            Q::AccompanimentSince => optional(worker(spec(Documents, Date))),
            Q::AccompanimentStatement => optional(worker(spec(Documents, Paragraph))),
            Q::DocumentStatus(_) => spec(Documents, Choice),
            Q::DocumentDate(_) => spec(Documents, Date),
        }
    }

    /// The question whose answer decides whether this one is asked, with the codes of that
    /// answer that keep it asked. Answering the parent otherwise erases this answer.
    pub fn parent(self) -> Option<(QuestionId, &'static [&'static str])> {
        const YES: &[&str] = &["yes"];
        match self {
            Q::InterpreterLanguage | Q::InterpreterName => Some((Q::Interpreter, YES)),
            Q::ExitProgrammeDate => Some((Q::ExitProgramme, YES)),
            Q::ProtectionOrder => Some((Q::DomesticViolence, YES)),
            Q::ProtectionOrderDate => Some((Q::ProtectionOrder, YES)),
            Q::ChildWelfareDate | Q::ChildWelfarePlacement => Some((Q::ChildWelfare, YES)),
            Q::ComplaintDate | Q::ComplaintService | Q::ComplaintReference => {
                Some((Q::Complaint, YES))
            }
            Q::TestimonyDate | Q::TestimonyService | Q::TestimonyReference => {
                Some((Q::Testimony, YES))
            }
            Q::ReflectionDate => Some((Q::ReflectionRecepisse, YES)),
            Q::ConvictionDate | Q::RegularStayAtConviction => {
                Some((Q::CriminalStage, &["final-conviction"]))
            }
            Q::PermitIssued | Q::PermitExpires => Some((
                Q::PermitKind,
                &[
                    "recepisse-reflection",
                    "recepisse-application",
                    "cst-vpf-l425-1",
                    "aps-l425-4",
                    "carte-resident-l425-3",
                    "other",
                ],
            )),
            Q::PermitRenewals => Some((Q::PermitKind, &["cst-vpf-l425-1"])),
            Q::RenewalFiledOn => Some((Q::PermitKind, RENEWABLE)),
            Q::DocumentDate(k) => Some((Q::DocumentStatus(k), &["have"])),
            _ => None,
        }
    }

    /// The codes this question offers (empty for dates, text and numbers unless they have a
    /// special answer, like [`NOT_FILED`]).
    pub fn codes(self, case: &CaseFile) -> Vec<String> {
        let own = |codes: &[&str]| codes.iter().map(|c| c.to_string()).collect();
        match self {
            Q::Sex => own(&["F", "M", "X"]),
            Q::Nationality => {
                let mut codes: Vec<String> = country_codes()
                    .iter()
                    .map(|c| c.to_ascii_uppercase())
                    .collect();
                codes.push("stateless".into());
                codes
            }
            Q::Languages | Q::InterpreterLanguage => language_codes().to_vec(),
            Q::Commune => communes_of(postcode(case).unwrap_or_default())
                .into_iter()
                .map(|(insee, _)| insee.to_string())
                .collect(),
            Q::VictimOf => own(&["trafficking", "procuring"]),
            Q::ChildWelfarePlacement => own(&["ase", "trusted-third-party"]),
            Q::CriminalStage => own(&STAGE_CODES),
            Q::PermitKind => own(&PERMIT_CODES),
            Q::RenewalFiledOn => own(&[NOT_FILED]),
            Q::DocumentStatus(_) => own(&DOCUMENT_STATUS_CODES),
            q if q.spec().kind == Kind::YesNo => own(&["yes", "no"]),
            _ => Vec::new(),
        }
    }
}

/// Permit kinds a renewal is filed for.
const RENEWABLE: &[&str] = &[
    "cst-vpf-l425-1",
    "aps-l425-4",
    "carte-resident-l425-3",
    "other",
];

fn age(case: &CaseFile, today: NaiveDate) -> Option<u32> {
    case.person.birth_date.and_then(|b| dates::age_on(b, today))
}

fn cooperating(case: &CaseFile) -> bool {
    case.cooperation.complaint.is_some() || case.cooperation.testimony.is_some()
}

fn postcode(case: &CaseFile) -> Option<&str> {
    case.person
        .address
        .as_ref()
        .and_then(|a| a.postcode.as_deref())
        .filter(|p| !p.is_empty())
}

/// The communes a postcode serves, as (INSEE code, town to print), the most populous first.
fn communes_of(postcode: &str) -> Vec<(&'static str, String)> {
    let geo = Geo::get();
    geo.by_postcode(postcode)
        .into_iter()
        .map(|m| {
            let c = m.commune;
            (c.insee, town_of(geo, c))
        })
        .collect()
}

/// The town a letter is addressed to: Paris, Lyon or Marseille for their arrondissements.
fn town_of(geo: &Geo, commune: &crate::geo::Commune) -> String {
    match (commune.kind, commune.parent) {
        (CommuneKind::ArrondissementMunicipal, Some(parent)) => geo
            .commune(parent)
            .map_or(commune.name, |p| p.name)
            .to_string(),
        _ => commune.name.to_string(),
    }
}

/// The documents the interview asks about: those of the checklist of the route the case points
/// to (with the accepted alternatives), then any other kind the case already records.
pub fn document_kinds(case: &CaseFile, today: NaiveDate) -> Vec<PieceKind> {
    let route = legal::default_route(case, today);
    let list = legal::checklist(case, route, today);
    let mut kinds: Vec<PieceKind> = Vec::new();
    for item in &list.items {
        for k in std::iter::once(item.id).chain(item.alternatives.iter().copied()) {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    for d in &case.documents {
        if !kinds.contains(&d.kind) {
            kinds.push(d.kind);
        }
    }
    kinds
}

/// True if and only if `q` is to be asked for `case` on `today`. A question keeps applying while
/// it holds an answer whose relevance comes from a fact outside the interview's control (a child
/// placement stays visible if the birth date is corrected).
pub fn applies(q: QuestionId, case: &CaseFile, today: NaiveDate) -> bool {
    let permit = case.current_permit.as_ref();
    let criminal = case.criminal_case.as_ref();
    match q {
        Q::InterpreterLanguage | Q::InterpreterName => case.interview.interpreter.is_some(),
        Q::Commune => postcode(case).is_some_and(|p| !communes_of(p).is_empty()),
        Q::City => postcode(case).is_some_and(|p| communes_of(p).is_empty()),
        Q::ExitProgrammeDate => case.exit_prostitution_programme.is_some(),
        Q::ProtectionOrder => {
            case.domestic_violence == Some(true) || case.protection_order.is_some()
        }
        Q::ProtectionOrderDate => case.protection_order.is_some(),
        Q::ChildWelfare => age(case, today).is_some_and(|a| a < 19) || case.child_welfare.is_some(),
        Q::ChildWelfareDate | Q::ChildWelfarePlacement => case.child_welfare.is_some(),
        Q::WorkOrTraining => {
            age(case, today).is_some_and(|a| (16..18).contains(&a))
                || case.work_or_training_project.is_some()
        }
        Q::ComplaintDate | Q::ComplaintService | Q::ComplaintReference => {
            case.cooperation.complaint.is_some()
        }
        Q::TestimonyDate | Q::TestimonyService | Q::TestimonyReference => {
            case.cooperation.testimony.is_some()
        }
        Q::ReflectionRecepisse => !cooperating(case) || case.reflection_period.is_some(),
        Q::ReflectionDate => case.reflection_period.is_some(),
        Q::CriminalStage => cooperating(case) || criminal.is_some_and(|c| c.stage.is_some()),
        Q::Parquet => {
            cooperating(case)
                || case
                    .references
                    .as_ref()
                    .is_some_and(|r| r.parquet.is_some())
        }
        Q::ConvictionDate | Q::RegularStayAtConviction => criminal.is_some_and(|c| {
            c.stage == Some(CriminalStage::FinalConviction)
                || c.final_conviction_date.is_some()
                || c.regular_stay_on_final_conviction.is_some()
        }),
        Q::PermitIssued | Q::PermitExpires => permit.is_some(),
        Q::PermitRenewals => permit.is_some_and(|p| p.kind == PermitKind::CstVpf),
        Q::RenewalFiledOn => permit.is_some_and(|p| RENEWABLE.contains(&permit_code(p.kind))),
        Q::DocumentStatus(k) => document_kinds(case, today).contains(&k),
        Q::DocumentDate(k) => {
            RulePack::embedded().freshness(k).is_some()
                && document(case, k).is_some_and(|d| d.status == DocumentStatus::Have)
        }
        _ => true,
    }
}

/// True if and only if `q` may stay unanswered without being flagged: optional by nature (an
/// alias, a reference), or a document that is only an accepted alternative, or that the route
/// does not require.
pub fn is_optional(q: QuestionId, case: &CaseFile, today: NaiveDate) -> bool {
    let kind = match q {
        Q::DocumentStatus(k) | Q::DocumentDate(k) => k,
        _ => return q.spec().optional,
    };
    let route = legal::default_route(case, today);
    !legal::checklist(case, route, today)
        .items
        .iter()
        .any(|i| i.id == kind && !i.optional)
}

/// Every question to ask for `case` on `today`, in order.
pub fn questions(case: &CaseFile, today: NaiveDate) -> Vec<QuestionId> {
    let mut out: Vec<QuestionId> = FIXED
        .iter()
        .copied()
        .filter(|q| applies(*q, case, today))
        .collect();
    for k in document_kinds(case, today) {
        out.push(Q::DocumentStatus(k));
        if applies(Q::DocumentDate(k), case, today) {
            out.push(Q::DocumentDate(k));
        }
    }
    out
}

/// The questions of `step`, in order.
pub fn step_questions(case: &CaseFile, step: Step, today: NaiveDate) -> Vec<QuestionId> {
    questions(case, today)
        .into_iter()
        .filter(|q| q.spec().step == step)
        .collect()
}

/// The first step with a required question still unanswered, else the last step: where to
/// resume an interview.
pub fn resume_step(case: &CaseFile, today: NaiveDate) -> Step {
    questions(case, today)
        .into_iter()
        .find(|q| !is_optional(*q, case, today) && !current(*q, case).is_answered())
        .map_or(Step::Documents, |q| q.spec().step)
}

fn document(case: &CaseFile, kind: PieceKind) -> Option<&Document> {
    case.documents.iter().find(|d| d.kind == kind)
}

fn permit_code(kind: PermitKind) -> &'static str {
    match kind {
        PermitKind::RecepisseReflection => "recepisse-reflection",
        PermitKind::RecepisseApplication => "recepisse-application",
        PermitKind::CstVpf => "cst-vpf-l425-1",
        PermitKind::Aps => "aps-l425-4",
        PermitKind::ResidentCard => "carte-resident-l425-3",
        PermitKind::Other => "other",
    }
}

fn permit_from_code(code: &str) -> Option<PermitKind> {
    Some(match code {
        "recepisse-reflection" => PermitKind::RecepisseReflection,
        "recepisse-application" => PermitKind::RecepisseApplication,
        "cst-vpf-l425-1" => PermitKind::CstVpf,
        "aps-l425-4" => PermitKind::Aps,
        "carte-resident-l425-3" => PermitKind::ResidentCard,
        "other" => PermitKind::Other,
        _ => return None,
    })
}

fn stage_code(stage: CriminalStage) -> &'static str {
    match stage {
        CriminalStage::None => "none",
        CriminalStage::Investigation => "investigation",
        CriminalStage::Trial => "trial",
        CriminalStage::Appeal => "appeal",
        CriminalStage::FinalConviction => "final-conviction",
        CriminalStage::Acquittal => "acquittal",
        CriminalStage::Dismissed => "dismissed",
    }
}

fn stage_from_code(code: &str) -> Option<CriminalStage> {
    Some(match code {
        "none" => CriminalStage::None,
        "investigation" => CriminalStage::Investigation,
        "trial" => CriminalStage::Trial,
        "appeal" => CriminalStage::Appeal,
        "final-conviction" => CriminalStage::FinalConviction,
        "acquittal" => CriminalStage::Acquittal,
        "dismissed" => CriminalStage::Dismissed,
        _ => return None,
    })
}

fn status_code(s: DocumentStatus) -> &'static str {
    match s {
        DocumentStatus::Have => "have",
        DocumentStatus::Missing => "missing",
        DocumentStatus::Requested => "requested",
        DocumentStatus::Confiscated => "confiscated",
    }
}

fn status_from_code(code: &str) -> Option<DocumentStatus> {
    Some(match code {
        "have" => DocumentStatus::Have,
        "missing" => DocumentStatus::Missing,
        "requested" => DocumentStatus::Requested,
        "confiscated" => DocumentStatus::Confiscated,
        _ => return None,
    })
}

fn yes_no(v: bool) -> Vec<String> {
    vec![if v { "yes" } else { "no" }.to_string()]
}

fn code(c: &str) -> Vec<String> {
    vec![c.to_string()]
}

/// The value the case file holds for `q`, before the marks are consulted. `None` is `null`.
fn value(q: QuestionId, case: &CaseFile) -> Option<Current> {
    let p = &case.person;
    let address = p.address.as_ref();
    let complaint = case.cooperation.complaint.as_ref();
    let testimony = case.cooperation.testimony.as_ref();
    let criminal = case.criminal_case.as_ref();
    let permit = case.current_permit.as_ref();
    let risks = case.refusal_risks.as_ref();
    let references = case.references.as_ref();
    let text = |s: Option<&String>| s.filter(|s| !s.is_empty()).cloned().map(Current::Text);
    let date = |d: Option<NaiveDate>| d.map(Current::Date);
    let tri = |b: Option<bool>| b.map(|b| Current::Codes(yes_no(b)));
    let present = |b: bool| b.then(|| Current::Codes(code("yes")));
    match q {
        Q::FamilyName => text(p.family_name.as_ref()),
        Q::GivenNames => text(p.given_names.as_ref()),
        Q::Aliases => (!p.aliases.is_empty()).then(|| Current::Lines(p.aliases.clone())),
        Q::Sex => p.sex.as_ref().map(|s| Current::Codes(vec![s.clone()])),
        Q::BirthDate => date(p.birth_date),
        Q::BirthPlace => text(p.birth_place.as_ref()),
        Q::Nationality => p
            .nationality
            .as_ref()
            .map(|n| Current::Codes(vec![n.clone()])),
        Q::Languages => (!p.languages.is_empty()).then(|| Current::Codes(p.languages.clone())),
        Q::Interpreter => present(case.interview.interpreter.is_some()),
        Q::InterpreterLanguage => case
            .interview
            .interpreter
            .as_ref()
            .and_then(|i| i.language.clone())
            .map(|l| Current::Codes(vec![l])),
        Q::InterpreterName => text(
            case.interview
                .interpreter
                .as_ref()
                .and_then(|i| i.name.as_ref()),
        ),
        Q::AddressLine => text(address.and_then(|a| a.line1.as_ref())),
        Q::Postcode => text(address.and_then(|a| a.postcode.as_ref())),
        Q::Commune => address
            .and_then(|a| a.commune_insee.clone())
            .map(|c| Current::Codes(vec![c])),
        Q::City => text(address.and_then(|a| a.city.as_ref())),
        Q::Phone => text(p.phone.as_ref()),
        Q::VictimOf => (!case.victim_of.is_empty()).then(|| {
            Current::Codes(
                case.victim_of
                    .iter()
                    .map(|v| match v {
                        VictimOf::Trafficking => "trafficking".to_string(),
                        VictimOf::Procuring => "procuring".to_string(),
                    })
                    .collect(),
            )
        }),
        Q::ExitProgramme => present(case.exit_prostitution_programme.is_some()),
        Q::ExitProgrammeDate => date(
            case.exit_prostitution_programme
                .as_ref()
                .and_then(|e| e.admitted_on),
        ),
        Q::DomesticViolence => tri(case.domestic_violence),
        Q::ProtectionOrder => present(case.protection_order.is_some()),
        Q::ProtectionOrderDate => date(case.protection_order.as_ref().and_then(|o| o.issued_on)),
        Q::ChildWelfare => present(case.child_welfare.is_some()),
        Q::ChildWelfareDate => date(case.child_welfare.as_ref().and_then(|c| c.placed_on)),
        Q::ChildWelfarePlacement => {
            case.child_welfare
                .as_ref()
                .and_then(|c| c.placement)
                .map(|p| {
                    Current::Codes(code(match p {
                        Placement::Ase => "ase",
                        Placement::TrustedThirdParty => "trusted-third-party",
                    }))
                })
        }
        Q::WorkOrTraining => tri(case.work_or_training_project),
        Q::Complaint => present(complaint.is_some()),
        Q::ComplaintDate => date(complaint.and_then(|c| c.date)),
        Q::ComplaintService => text(complaint.and_then(|c| c.service.as_ref())),
        Q::ComplaintReference => text(complaint.and_then(|c| c.reference.as_ref())),
        Q::Testimony => present(testimony.is_some()),
        Q::TestimonyDate => date(testimony.and_then(|c| c.date)),
        Q::TestimonyService => text(testimony.and_then(|c| c.service.as_ref())),
        Q::TestimonyReference => text(testimony.and_then(|c| c.reference.as_ref())),
        Q::Parquet => text(references.and_then(|r| r.parquet.as_ref())),
        Q::ForeignerNumber => text(references.and_then(|r| r.foreigner_number.as_ref())),
        Q::AnefNumber => text(references.and_then(|r| r.anef_number.as_ref())),
        Q::AccompanimentSince => date(case.accompaniment.as_ref().and_then(|a| a.since)),
        Q::AccompanimentStatement => text(
            case.accompaniment
                .as_ref()
                .and_then(|a| a.statement.as_ref()),
        ),
        Q::ReflectionRecepisse => present(case.reflection_period.is_some()),
        Q::ReflectionDate => date(
            case.reflection_period
                .as_ref()
                .and_then(|r| r.recepisse_issued),
        ),
        Q::CriminalStage => criminal
            .and_then(|c| c.stage)
            .map(|s| Current::Codes(code(stage_code(s)))),
        Q::ConvictionDate => date(criminal.and_then(|c| c.final_conviction_date)),
        Q::RegularStayAtConviction => {
            tri(criminal.and_then(|c| c.regular_stay_on_final_conviction))
        }
        Q::TiesBroken => tri(case.ties_with_perpetrators_broken),
        Q::PublicOrderThreat => tri(case.public_order_threat),
        Q::FalseDocuments => tri(risks.and_then(|r| r.false_documents)),
        Q::RemovalOrder => tri(risks.and_then(|r| r.unexecuted_removal_order)),
        Q::PermitKind => permit.map(|p| Current::Codes(code(permit_code(p.kind)))),
        Q::PermitIssued => date(permit.and_then(|p| p.issued)),
        Q::PermitExpires => date(permit.and_then(|p| p.expires)),
        Q::PermitRenewals => permit.and_then(|p| p.renewal_count).map(Current::Number),
        Q::RenewalFiledOn => date(permit.and_then(|p| p.renewal_filed_on)),
        Q::PlannedFilingDate => date(case.planned_filing_date),
        Q::DocumentStatus(k) => {
            document(case, k).map(|d| Current::Codes(code(status_code(d.status))))
        }
        Q::DocumentDate(k) => date(document(case, k).and_then(|d| d.date)),
    }
}

/// What `null` means for `q` once the question was answered: "no" where the case file reads
/// `null` as none, an empty list for lists; `None` where `null` only means "not known".
fn answered_null(q: QuestionId) -> Option<Current> {
    match q {
        Q::Interpreter
        | Q::ExitProgramme
        | Q::ProtectionOrder
        | Q::ChildWelfare
        | Q::Complaint
        | Q::Testimony
        | Q::ReflectionRecepisse => Some(Current::Codes(code("no"))),
        Q::PermitKind => Some(Current::Codes(code("none"))),
        Q::RenewalFiledOn => Some(Current::Codes(code(NOT_FILED))),
        Q::Aliases => Some(Current::Lines(Vec::new())),
        Q::Languages | Q::VictimOf => Some(Current::Codes(Vec::new())),
        _ => None,
    }
}

/// The current answer to `q`: the case file's value if it has one, else what the marks say.
pub fn current(q: QuestionId, case: &CaseFile) -> Current {
    if let Some(v) = value(q, case) {
        return v;
    }
    let id = q.as_string();
    let marks = &case.interview;
    if marks.not_established.contains(&id) {
        return Current::NotEstablished;
    }
    if marks.answered.contains(&id) {
        if let Some(v) = answered_null(q) {
            return v;
        }
    }
    Current::Unanswered
}

/// Parses a date as people type it: `12/04/1998`, `12.04.1998`, `12-04-1998` (day first, the
/// French and British order) or ISO `1998-04-12`. Two-digit years are refused: « 04 » could be
/// 1904 or 2004.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    let parts: Vec<&str> = t
        .split(['/', '.', '-', ' '])
        .filter(|s| !s.is_empty())
        .collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn invalid(q: QuestionId, reason: &str) -> Error {
    Error::InvalidField {
        path: q.as_string(),
        reason: reason.into(),
    }
}

fn clean_text(s: &str) -> Result<Option<String>> {
    let t = s.trim();
    if t.chars().count() > MAX_TEXT {
        return Err(Error::TooLong {
            max: MAX_TEXT as u32,
        });
    }
    Ok(Some(t.to_string()).filter(|t| !t.is_empty()))
}

/// Which dates a question accepts: a birth or an event is in the past; an expiry or a planned
/// filing may be in the future.
fn check_date(q: QuestionId, d: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
    let future_ok = matches!(q, Q::PermitExpires | Q::PlannedFilingDate);
    if d.year() < 1900 || (!future_ok && d > today) {
        return Err(Error::DateOutOfRange);
    }
    Ok(d)
}

/// What the UI sent, read for `q`: `Some(value)` or `None` for a null answer.
enum Given {
    Null,
    Codes(Vec<String>),
    Text(Option<String>),
    Lines(Vec<String>),
    Date(Option<NaiveDate>),
    Number(Option<u32>),
}

fn read_answer(q: QuestionId, answer: &Answer, case: &CaseFile, today: NaiveDate) -> Result<Given> {
    let spec = q.spec();
    let allowed = q.codes(case);
    let check = |c: &str| -> Result<String> {
        if allowed.iter().any(|a| a == c) {
            Ok(c.to_string())
        } else {
            Err(invalid(q, "unknown code"))
        }
    };
    Ok(match (spec.kind, answer) {
        (_, Answer::NotEstablished | Answer::Clear) => Given::Null,
        (Kind::YesNo | Kind::Choice, Answer::Code(c)) => Given::Codes(vec![check(c)?]),
        (Kind::Date, Answer::Code(c)) => Given::Codes(vec![check(c)?]),
        (Kind::Multi, Answer::Codes(cs)) => {
            let mut out = Vec::new();
            for c in cs {
                let c = check(c)?;
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            Given::Codes(out)
        }
        (Kind::Text, Answer::Text(t)) => Given::Text(clean_text(t)?),
        (Kind::Paragraph, Answer::Text(t)) => {
            let t = t.trim();
            if t.chars().count() > MAX_PARAGRAPH {
                return Err(Error::TooLong {
                    max: MAX_PARAGRAPH as u32,
                });
            }
            Given::Text(Some(t.to_string()).filter(|t| !t.is_empty()))
        }
        (Kind::Lines, Answer::Text(t)) => {
            let mut lines = Vec::new();
            for line in t.lines() {
                if let Some(l) = clean_text(line)? {
                    if !lines.contains(&l) {
                        lines.push(l);
                    }
                }
            }
            if lines.len() > MAX_ALIASES {
                return Err(invalid(q, "too many lines"));
            }
            Given::Lines(lines)
        }
        (Kind::Date, Answer::Text(t)) if t.trim().is_empty() => Given::Date(None),
        (Kind::Date, Answer::Text(t)) => {
            let d = parse_date(t).ok_or(Error::InvalidDate)?;
            Given::Date(Some(check_date(q, d, today)?))
        }
        (Kind::Number, Answer::Text(t)) if t.trim().is_empty() => Given::Number(None),
        (Kind::Number, Answer::Text(t)) => {
            let n: u32 = t.trim().parse().map_err(|_| Error::InvalidNumber)?;
            if n > MAX_RENEWALS {
                return Err(Error::InvalidNumber);
            }
            Given::Number(Some(n))
        }
        _ => return Err(invalid(q, "answer of the wrong type")),
    })
}

/// Records `answer` to `q` in `case`, with the marks, and erases the answers that stop applying
/// because of it. Nothing is changed on error.
///
/// # Errors
/// [`Error::InvalidDate`], [`Error::DateOutOfRange`], [`Error::InvalidNumber`],
/// [`Error::TooLong`] for what a person typed; [`Error::InvalidField`] for a code the question
/// does not offer or a question that does not apply (a UI bug).
pub fn answer(case: &mut CaseFile, q: QuestionId, answer: &Answer, today: NaiveDate) -> Result<()> {
    if !applies(q, case, today) {
        return Err(invalid(q, "question does not apply"));
    }
    let given = read_answer(q, answer, case, today)?;
    let mut next = case.clone();
    write(&mut next, q, given)?;
    let id = q.as_string();
    let has_value = value(q, &next).is_some() || answered_null(q).is_some();
    let marks = &mut next.interview;
    marks.answered.retain(|x| *x != id);
    marks.not_established.retain(|x| *x != id);
    match answer {
        Answer::NotEstablished => insert_sorted(&mut marks.not_established, id),
        Answer::Clear => {}
        _ if has_value => insert_sorted(&mut marks.answered, id),
        // An empty text or date is no answer: the question is to be asked again.
        _ => {}
    }
    erase_stale_children(&mut next, q, today);
    *case = next;
    Ok(())
}

fn insert_sorted(list: &mut Vec<String>, id: String) {
    if let Err(at) = list.binary_search(&id) {
        list.insert(at, id);
    }
}

/// The answers that answering `q` with `code` would erase: the children that stop applying.
pub fn answers_erased_by(case: &CaseFile, q: QuestionId, code: Option<&str>) -> Vec<QuestionId> {
    children(q)
        .into_iter()
        .filter(|child| {
            let keeps = child.parent().map(|(_, codes)| codes).unwrap_or_default();
            !code.is_some_and(|c| keeps.contains(&c)) && current(*child, case).is_answered()
        })
        .collect()
}

fn children(q: QuestionId) -> Vec<QuestionId> {
    let mut all: Vec<QuestionId> = FIXED.to_vec();
    for k in PieceKind::ALL {
        all.push(Q::DocumentDate(k));
    }
    all.into_iter()
        .filter(|c| c.parent().is_some_and(|(p, _)| p == q))
        .collect()
}

fn erase_stale_children(case: &mut CaseFile, q: QuestionId, today: NaiveDate) {
    for child in children(q) {
        if !applies(child, case, today) {
            // Writing null to a question that no longer applies cannot fail.
            let _ = write(case, child, Given::Null);
            let id = child.as_string();
            case.interview.answered.retain(|x| *x != id);
            case.interview.not_established.retain(|x| *x != id);
            erase_stale_children(case, child, today);
        }
    }
}

fn first_code(given: &Given) -> Option<&str> {
    match given {
        Given::Codes(c) => c.first().map(String::as_str),
        _ => None,
    }
}

fn is_yes(given: &Given) -> Option<bool> {
    first_code(given).map(|c| c == "yes")
}

/// Sets or clears an object whose presence is the answer ("yes" creates it, anything else
/// removes it; an existing object keeps its details on "yes").
fn presence<T: Default>(slot: &mut Option<T>, given: &Given) {
    if is_yes(given) == Some(true) {
        slot.get_or_insert_with(T::default);
    } else {
        *slot = None;
    }
}

fn text_of(given: Given) -> Option<String> {
    match given {
        Given::Text(t) => t,
        _ => None,
    }
}

fn date_of(given: &Given) -> Option<NaiveDate> {
    match given {
        Given::Date(d) => *d,
        _ => None,
    }
}

fn write(case: &mut CaseFile, q: QuestionId, given: Given) -> Result<()> {
    let p = &mut case.person;
    match q {
        Q::FamilyName => p.family_name = text_of(given),
        Q::GivenNames => p.given_names = text_of(given),
        Q::Aliases => {
            p.aliases = match given {
                Given::Lines(l) => l,
                _ => Vec::new(),
            }
        }
        Q::Sex => p.sex = first_code(&given).map(str::to_string),
        Q::BirthDate => p.birth_date = date_of(&given),
        Q::BirthPlace => p.birth_place = text_of(given),
        Q::Nationality => p.nationality = first_code(&given).map(str::to_string),
        Q::Languages => {
            p.languages = match given {
                Given::Codes(c) => c,
                _ => Vec::new(),
            }
        }
        Q::Interpreter => presence::<Interpreter>(&mut case.interview.interpreter, &given),
        Q::InterpreterLanguage => {
            if let Some(i) = case.interview.interpreter.as_mut() {
                i.language = first_code(&given).map(str::to_string);
            }
        }
        Q::InterpreterName => {
            if let Some(i) = case.interview.interpreter.as_mut() {
                i.name = text_of(given);
            }
        }
        Q::AddressLine => p.address.get_or_insert_with(Address::default).line1 = text_of(given),
        Q::Postcode => {
            let code = text_of(given).map(|t| t.chars().filter(|c| !c.is_whitespace()).collect());
            let address = p.address.get_or_insert_with(Address::default);
            let communes = code.as_deref().map(communes_of).unwrap_or_default();
            // The commune must be one the new postcode serves; a single one is chosen for the
            // worker, several are asked (Commune).
            let still_served = address
                .commune_insee
                .as_deref()
                .is_some_and(|i| communes.iter().any(|(c, _)| *c == i));
            if !still_served {
                address.commune_insee = None;
                if !communes.is_empty() {
                    address.city = None;
                }
            }
            if let [(insee, town)] = communes.as_slice() {
                address.commune_insee = Some(insee.to_string());
                address.city = Some(town.clone());
            }
            address.postcode = code;
        }
        Q::Commune => {
            let address = p.address.get_or_insert_with(Address::default);
            match first_code(&given) {
                Some(insee) => {
                    let geo = Geo::get();
                    let commune = geo
                        .commune(insee)
                        .ok_or_else(|| invalid(q, "unknown commune"))?;
                    address.commune_insee = Some(insee.to_string());
                    address.city = Some(town_of(geo, commune));
                }
                None => {
                    address.commune_insee = None;
                    address.city = None;
                }
            }
        }
        Q::City => p.address.get_or_insert_with(Address::default).city = text_of(given),
        Q::Phone => p.phone = text_of(given),
        Q::Parquet => {
            case.references
                .get_or_insert_with(References::default)
                .parquet = text_of(given)
        }
        Q::ForeignerNumber => {
            case.references
                .get_or_insert_with(References::default)
                .foreigner_number = text_of(given)
        }
        Q::AnefNumber => {
            case.references
                .get_or_insert_with(References::default)
                .anef_number = text_of(given)
        }
        Q::AccompanimentSince => {
            case.accompaniment
                .get_or_insert_with(Accompaniment::default)
                .since = date_of(&given)
        }
        Q::AccompanimentStatement => {
            case.accompaniment
                .get_or_insert_with(Accompaniment::default)
                .statement = text_of(given)
        }
        Q::VictimOf => {
            case.victim_of = match given {
                Given::Codes(c) => c
                    .iter()
                    .filter_map(|c| match c.as_str() {
                        "trafficking" => Some(VictimOf::Trafficking),
                        "procuring" => Some(VictimOf::Procuring),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        }
        Q::ExitProgramme => {
            if is_yes(&given) == Some(true) {
                case.exit_prostitution_programme
                    .get_or_insert(ExitProgramme { admitted_on: None });
            } else {
                case.exit_prostitution_programme = None;
            }
        }
        Q::ExitProgrammeDate => {
            if let Some(e) = case.exit_prostitution_programme.as_mut() {
                e.admitted_on = date_of(&given);
            }
        }
        Q::DomesticViolence => case.domestic_violence = is_yes(&given),
        Q::ProtectionOrder => presence::<ProtectionOrder>(&mut case.protection_order, &given),
        Q::ProtectionOrderDate => {
            if let Some(o) = case.protection_order.as_mut() {
                o.issued_on = date_of(&given);
            }
        }
        Q::ChildWelfare => presence::<ChildWelfare>(&mut case.child_welfare, &given),
        Q::ChildWelfareDate => {
            if let Some(c) = case.child_welfare.as_mut() {
                c.placed_on = date_of(&given);
            }
        }
        Q::ChildWelfarePlacement => {
            if let Some(c) = case.child_welfare.as_mut() {
                c.placement = first_code(&given).map(|c| {
                    if c == "ase" {
                        Placement::Ase
                    } else {
                        Placement::TrustedThirdParty
                    }
                });
            }
        }
        Q::WorkOrTraining => case.work_or_training_project = is_yes(&given),
        Q::Complaint => presence::<ProcedureStep>(&mut case.cooperation.complaint, &given),
        Q::ComplaintDate | Q::ComplaintService | Q::ComplaintReference => {
            if let Some(c) = case.cooperation.complaint.as_mut() {
                procedure_field(c, q, given);
            }
        }
        Q::Testimony => presence::<ProcedureStep>(&mut case.cooperation.testimony, &given),
        Q::TestimonyDate | Q::TestimonyService | Q::TestimonyReference => {
            if let Some(c) = case.cooperation.testimony.as_mut() {
                procedure_field(c, q, given);
            }
        }
        Q::ReflectionRecepisse => presence::<ReflectionPeriod>(&mut case.reflection_period, &given),
        Q::ReflectionDate => {
            if let Some(r) = case.reflection_period.as_mut() {
                r.recepisse_issued = date_of(&given);
            }
        }
        Q::CriminalStage => {
            let stage = first_code(&given).and_then(stage_from_code);
            let c = case.criminal_case.get_or_insert(CriminalCase {
                stage: None,
                final_conviction_date: None,
                regular_stay_on_final_conviction: None,
            });
            c.stage = stage;
            if stage != Some(CriminalStage::FinalConviction) {
                // The conviction date alone makes the rules read a final conviction: it goes with
                // the stage (erase_stale_children clears the marks).
                c.final_conviction_date = None;
                c.regular_stay_on_final_conviction = None;
            }
            if c.stage.is_none() {
                case.criminal_case = None;
            }
        }
        Q::ConvictionDate => {
            if let Some(c) = case.criminal_case.as_mut() {
                c.final_conviction_date = date_of(&given);
            }
        }
        Q::RegularStayAtConviction => {
            if let Some(c) = case.criminal_case.as_mut() {
                c.regular_stay_on_final_conviction = is_yes(&given);
            }
        }
        Q::TiesBroken => case.ties_with_perpetrators_broken = is_yes(&given),
        Q::PublicOrderThreat => case.public_order_threat = is_yes(&given),
        Q::FalseDocuments => {
            case.refusal_risks
                .get_or_insert_with(RefusalRisks::default)
                .false_documents = is_yes(&given)
        }
        Q::RemovalOrder => {
            case.refusal_risks
                .get_or_insert_with(RefusalRisks::default)
                .unexecuted_removal_order = is_yes(&given)
        }
        Q::PermitKind => match first_code(&given).and_then(permit_from_code) {
            Some(kind) => match case.current_permit.as_mut() {
                Some(p) => {
                    p.kind = kind;
                    if kind != PermitKind::CstVpf {
                        p.renewal_count = None;
                    }
                    if !RENEWABLE.contains(&permit_code(kind)) {
                        p.renewal_filed_on = None;
                    }
                }
                None => {
                    case.current_permit = Some(Permit {
                        kind,
                        issued: None,
                        expires: None,
                        renewal_count: None,
                        renewal_filed_on: None,
                    })
                }
            },
            None => case.current_permit = None,
        },
        Q::PermitIssued => {
            if let Some(p) = case.current_permit.as_mut() {
                p.issued = date_of(&given);
            }
        }
        Q::PermitExpires => {
            if let Some(p) = case.current_permit.as_mut() {
                p.expires = date_of(&given);
            }
        }
        Q::PermitRenewals => {
            if let Some(p) = case.current_permit.as_mut() {
                p.renewal_count = match given {
                    Given::Number(n) => n,
                    _ => None,
                };
            }
        }
        Q::RenewalFiledOn => {
            if let Some(p) = case.current_permit.as_mut() {
                p.renewal_filed_on = date_of(&given);
            }
        }
        Q::PlannedFilingDate => case.planned_filing_date = date_of(&given),
        Q::DocumentStatus(kind) => match first_code(&given).and_then(status_from_code) {
            Some(status) => match case.documents.iter_mut().find(|d| d.kind == kind) {
                Some(d) => {
                    d.status = status;
                }
                None => case.documents.push(Document {
                    kind,
                    status,
                    date: None,
                }),
            },
            None => case.documents.retain(|d| d.kind != kind),
        },
        Q::DocumentDate(kind) => {
            if let Some(d) = case.documents.iter_mut().find(|d| d.kind == kind) {
                d.date = date_of(&given);
            }
        }
    }
    Ok(())
}

fn procedure_field(step: &mut ProcedureStep, q: QuestionId, given: Given) {
    match q {
        Q::ComplaintDate | Q::TestimonyDate => step.date = date_of(&given),
        Q::ComplaintService | Q::TestimonyService => step.service = text_of(given),
        _ => step.reference = text_of(given),
    }
}

/// Chooses the language shown beside French and turns the side-by-side mode on or off.
///
/// # Errors
/// [`Error::InvalidField`] if `language` is not one of [`person_languages`].
pub fn set_person_language(
    case: &mut CaseFile,
    side_by_side: bool,
    language: Option<&str>,
) -> Result<()> {
    if let Some(l) = language {
        if !person_languages().iter().any(|x| x == l) {
            return Err(Error::InvalidField {
                path: "interview.personLanguage".into(),
                reason: "not an interview language".into(),
            });
        }
    }
    let language = language
        .map(str::to_string)
        .or_else(|| suggested_language(case));
    case.interview.side_by_side = side_by_side && language.is_some();
    case.interview.person_language = language;
    Ok(())
}

/// The person's language the interview can show, if any: the chosen one, else the first of the
/// languages she speaks that has a translation.
pub fn suggested_language(case: &CaseFile) -> Option<String> {
    case.interview
        .person_language
        .clone()
        .filter(|l| person_languages().contains(l))
        .or_else(|| {
            case.person
                .languages
                .iter()
                .find(|l| person_languages().contains(l))
                .cloned()
        })
}

#[cfg(test)]
mod tests;
