//! The case file, format `passerelle.case/1` (../shared/spec/case-file-and-cli.md, documented in
//! docs/case-file.md).
//!
//! A case is kept as two things that never drift apart:
//! - the JSON document itself ([`CaseDocument`]), which is what is stored and exported, so that
//!   import → export is lossless, unknown keys included (forward compatibility);
//! - the typed view ([`CaseFile`]), parsed from the document, which the rules and screens use.
//!   Typed edits are merged back into the document ([`CaseDocument::apply`]), keeping every key
//!   the typed view does not know.
//!
//! A fact the interview has not established is `None` (`null` in JSON), never a guess.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use strum::{EnumString, IntoStaticStr, VariantArray};

use super::limits;
use crate::error::{Expected, Field, Invalid};
use crate::{Error, Result};

/// The format tag this build reads and writes.
pub const FORMAT: &str = "passerelle.case/1";
const FORMAT_PREFIX: &str = "passerelle.case/";
const FORMAT_VERSION: u32 = 1;

/// Reads `null` as the field's default: the spec writes a fact not established as `null` or
/// leaves it out, and a list or a block of the case is empty then, whichever way it was written.
fn null_as_default<'de, D, T>(deserializer: D) -> std::result::Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Reads a moment written as chrono writes it (RFC 3339, `2026-03-12T14:30:00Z`, any offset,
/// kept in UTC), as chrono's own reader does; a refusal names what is wanted, so that a day
/// alone is said to need its time (review, 2026-12-04: « écrivez AAAA-MM-JJ » for a day written
/// just so).
fn date_time<'de, D>(deserializer: D) -> std::result::Result<DateTime<Utc>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Moment;
    impl serde::de::Visitor<'_> for Moment {
        type Value = DateTime<Utc>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date and time (2026-03-12T14:30:00Z)")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> std::result::Result<Self::Value, E> {
            text.parse::<DateTime<chrono::FixedOffset>>()
                .map(|moment| moment.with_timezone(&Utc))
                .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(text), &self))
        }
    }
    deserializer.deserialize_str(Moment)
}

/// The typed view of a case file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// Who the person is.
    pub person: Person,
    /// The offences suffered: `trafficking`, `procuring`, and since 2026.12.3 `forced-labour`,
    /// `servitude`, `working-or-housing-conditions` (Code pénal 225-13 to 225-14-2).
    #[serde(default, deserialize_with = "null_as_default")]
    pub victim_of: Vec<VictimOf>,
    /// Complaint and testimony.
    #[serde(default, deserialize_with = "null_as_default")]
    pub cooperation: Cooperation,
    /// Whether the person has broken all ties with the perpetrators (L425-1).
    pub ties_with_perpetrators_broken: Option<bool>,
    /// Whether the person is a threat to public order.
    pub public_order_threat: Option<bool>,
    /// Admission to the exit-from-prostitution programme (L425-4).
    pub exit_prostitution_programme: Option<ExitProgramme>,
    /// The criminal proceedings against the perpetrators.
    pub criminal_case: Option<CriminalCase>,
    /// The 30-day reflection period (R425-2).
    pub reflection_period: Option<ReflectionPeriod>,
    /// The residence document the person holds now.
    pub current_permit: Option<Permit>,
    /// Supporting documents.
    #[serde(default, deserialize_with = "null_as_default")]
    pub documents: Vec<Document>,
    /// The day the application is to be filed: documents must still be fresh on that day.
    pub planned_filing_date: Option<NaiveDate>,
    /// Facts that expose the person to a discretionary refusal (L432-1-1).
    pub refusal_risks: Option<RefusalRisks>,
    /// Placement with child welfare (ASE) or a trusted third party, for minors (L423-22).
    pub child_welfare: Option<ChildWelfare>,
    /// For a minor of 16 or more: whether she wants to work or follow vocational training
    /// (R425-5 al. 2).
    pub work_or_training_project: Option<bool>,
    /// Whether the person suffers domestic or conjugal violence (L425-6).
    pub domestic_violence: Option<bool>,
    /// A protection order (ordonnance de protection, art. 515-9 Code civil).
    pub protection_order: Option<ProtectionOrder>,
    /// How the interview is run for this person (languages, interpreter) and which questions were
    /// answered, so that "not established" stays distinct from "not asked yet".
    #[serde(default, deserialize_with = "null_as_default")]
    pub interview: Interview,
    /// The worker's notes, oldest first.
    #[serde(default, deserialize_with = "null_as_default")]
    pub notes: Vec<Note>,
    /// Appointments: police hearing, prefecture, court, lawyer.
    #[serde(default, deserialize_with = "null_as_default")]
    pub appointments: Vec<Appointment>,
    /// Numbers the administration and the courts gave the file, printed in the letters.
    pub references: Option<References>,
    /// The association's accompaniment, for its support letter.
    pub accompaniment: Option<Accompaniment>,
    /// The day the association closed the case (its follow-up ended); `None` while it is open.
    /// Retention proposes closed cases for deletion after a set number of months.
    #[serde(default)]
    pub closed_on: Option<NaiveDate>,
    /// What the person agreed to, purpose by purpose.
    #[serde(default)]
    pub consent: Option<Consent>,
    /// The main form of exploitation the person suffered, as the worker records it (the
    /// association's yearly figures count it); `None` when not recorded.
    #[serde(default)]
    pub exploitation: Option<Exploitation>,
    /// The residence applications filed for the person and what the prefecture decided, oldest
    /// first (the yearly figures count them and their delays).
    #[serde(default, deserialize_with = "null_as_default")]
    pub applications: Vec<Application>,
    /// Her asylum claim (OFPRA); `None` means none. The L431-2 time for applications on other
    /// grounds runs from its registration.
    #[serde(default)]
    pub asylum_claim: Option<AsylumClaim>,
}

/// An asylum claim.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AsylumClaim {
    /// The day the claim was registered (guichet unique), when known.
    pub registered_on: Option<NaiveDate>,
}

/// The main form of exploitation, in the categories of the national survey of victims followed by
/// associations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Exploitation {
    /// Sexual exploitation, procuring (proxénétisme).
    Sexual,
    /// Forced labour.
    ForcedLabour,
    /// Domestic servitude, servitude.
    Servitude,
    /// Forced begging, forced to commit offences.
    ForcedBeggingOrCrime,
    /// Anything else.
    Other,
}

/// The case's ANEF number, as a request not yet on file reads it
/// ([`CaseFile::anef_number_of_request`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AnefNumber<'a> {
    /// The case records none.
    Unrecorded,
    /// The number, the new request's.
    Request(&'a str),
    /// The number an application on file records as its own.
    OfApplication(&'a Application),
    /// This application, filed on the ANEF, records no number: the case's may be its own.
    MaybeOfApplication(&'a Application),
}

impl<'a> AnefNumber<'a> {
    /// Why a letter leaves the case's number out, if it does: the application on file whose
    /// number it is, or may be (that application records none).
    pub fn left_out(self) -> Option<AnefNumberLeftOut> {
        let (own, a) = match self {
            AnefNumber::OfApplication(a) => (true, a),
            AnefNumber::MaybeOfApplication(a) => (false, a),
            AnefNumber::Unrecorded | AnefNumber::Request(_) => return None,
        };
        Some(AnefNumberLeftOut {
            own,
            route: a.route,
            filed: a.filed_on,
        })
    }
}

/// The application on file the case's ANEF number is, or may be, the number of: the letters
/// leave it out ([`AnefNumber::left_out`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnefNumberLeftOut {
    /// It is that application's own number; else that application, filed on the ANEF, records
    /// none, and it may be.
    pub own: bool,
    /// That application's route.
    pub route: RouteId,
    /// Its filing day, when recorded.
    pub filed: Option<NaiveDate>,
}

/// A reference as typed, reduced to what two spellings of one number share: its digits, when it
/// has six or more (« ANEF-75-2025-000007 », « n° 75 2025 000007 » and « 75-2025-000007 » are one
/// number: a prefix typed once and not the other time made them two, review 2026-12-07), else its
/// letters and digits without case.
fn same_reference(s: &str) -> String {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 6 {
        return digits;
    }
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// A residence application and its decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Application {
    /// What was applied for.
    pub route: RouteId,
    /// The day it was filed, when known.
    pub filed_on: Option<NaiveDate>,
    /// The prefecture's decision, once known.
    pub decision: Option<ApplicationDecision>,
    /// Its number on the ANEF, when it was filed there and the number is recorded: each request
    /// there has its own (a renewal, a new request after a refusal). The letters print the
    /// case's [`References::anef_number`] only when it cannot be another request's
    /// ([`CaseFile::anef_number_of_request`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anef_number: Option<String>,
}

impl Application {
    /// True when its decision is recorded as a refusal.
    pub fn refused(&self) -> bool {
        self.decision
            .as_ref()
            .is_some_and(|d| d.outcome == DecisionOutcome::Refused)
    }

    /// True if the application is recorded as granted.
    pub fn granted(&self) -> bool {
        self.decision
            .as_ref()
            .is_some_and(|d| d.outcome == DecisionOutcome::Granted)
    }

    /// The day of its decision, when recorded.
    pub fn decided_on(&self) -> Option<NaiveDate> {
        self.decision.as_ref().and_then(|d| d.date)
    }

    /// When it happened, as far as the case tells: its decision's day, else its filing day.
    pub fn when(&self) -> Option<NaiveDate> {
        self.decided_on().or(self.filed_on)
    }
}

/// The routes to a residence document: what the legal pack assesses, and what an application
/// asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RouteId {
    /// The 30-day récépissé of the reflection period (R425-1, R425-2).
    ReflectionPeriod,
    /// First temporary card, L425-1.
    #[serde(rename = "cst-l425-1")]
    #[strum(serialize = "cst-l425-1")]
    CstL4251,
    /// Renewal of the L425-1 card.
    #[serde(rename = "cst-l425-1-renewal")]
    #[strum(serialize = "cst-l425-1-renewal")]
    CstL4251Renewal,
    /// Ten-year resident card after a final conviction, L425-3.
    #[serde(rename = "carte-resident-l425-3")]
    #[strum(serialize = "carte-resident-l425-3")]
    CarteResidentL4253,
    /// Renewal of the L425-3 resident card, « de plein droit » (L433-2) unless one of the refusal
    /// grounds of L432-3 applies.
    #[serde(rename = "carte-resident-l425-3-renewal")]
    #[strum(serialize = "carte-resident-l425-3-renewal")]
    CarteResidentL4253Renewal,
    /// Provisional permit for the exit-from-prostitution programme, L425-4.
    #[serde(rename = "aps-l425-4")]
    #[strum(serialize = "aps-l425-4")]
    ApsL4254,
}

impl RouteId {
    /// True when the title this route grants replaces a document of kind `held` issued before
    /// it: one of its own kind, and the L425-1 card for the resident card (L425-3), which the
    /// final conviction brings in its place. The letters, her paper and the warnings read it
    /// alike (review, 2026-12-07: the letters counted the resident card, the warnings not).
    pub fn replaces(self, held: PermitKind) -> bool {
        self.first_title() == Some(held)
            || (held == PermitKind::CstVpf && self == RouteId::CarteResidentL4253)
    }

    /// The title a first application of this route gives, when it gives one: the L425-1 card,
    /// the resident card, the APS (its renewal goes through the same route). Not the reflection
    /// period's récépissé, nor a renewal.
    pub fn first_title(self) -> Option<PermitKind> {
        match self {
            RouteId::CstL4251 => Some(PermitKind::CstVpf),
            RouteId::CarteResidentL4253 => Some(PermitKind::ResidentCard),
            RouteId::ApsL4254 => Some(PermitKind::Aps),
            _ => None,
        }
    }
}

impl RouteId {
    /// Every route, in the order the pack lists them.
    pub const ALL: [RouteId; 6] = [
        RouteId::ReflectionPeriod,
        RouteId::CstL4251,
        RouteId::CstL4251Renewal,
        RouteId::CarteResidentL4253,
        RouteId::CarteResidentL4253Renewal,
        RouteId::ApsL4254,
    ];

    /// The id as written in JSON (`cst-l425-1`, …).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Parses a JSON id; `None` if unknown.
    pub fn parse(s: &str) -> Option<RouteId> {
        s.parse().ok()
    }
}

/// A decision on an application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationDecision {
    /// Granted or refused.
    pub outcome: DecisionOutcome,
    /// The day of the decision, when known.
    pub date: Option<NaiveDate>,
    /// A recourse filed against a refusal, once recorded (never beside a grant).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal: Option<Appeal>,
}

/// A recourse filed against a refused application (the follow-up's « recours »): what the worker
/// records so that the refusal is no longer shown as left without a sequel. Its time limits and
/// effects are not in the rules: a jurist follows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appeal {
    /// Who it is addressed to.
    pub kind: AppealKind,
    /// The day it was filed, when known.
    pub filed_on: Option<NaiveDate>,
}

/// Who a recourse is addressed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AppealKind {
    /// « Recours gracieux »: to the prefect who decided.
    Prefect,
    /// « Recours hiérarchique »: to the minister of the interior.
    Minister,
    /// « Recours contentieux »: to the administrative court.
    Court,
}

/// Granted or refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DecisionOutcome {
    /// The document was issued.
    Granted,
    /// The application was refused.
    Refused,
}

/// How the interview is run, and what it has covered.
///
/// `answered` and `notEstablished` exist because several facts are `null` both when the answer is
/// "no" (no complaint, no permit) and when nobody knows: the marks tell the two apart, and tell
/// both from a question not asked yet. A fact that is not `null` is an answer whatever the marks
/// say (a file imported from elsewhere has no marks).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Interview {
    /// The language the person reads (BCP 47 primary tag): the second column of the side-by-side
    /// mode and the language of her checklist.
    pub person_language: Option<String>,
    /// Whether each question is shown in French and in the person's language.
    #[serde(default, deserialize_with = "null_as_default")]
    pub side_by_side: bool,
    /// The interpreter, when one takes part.
    pub interpreter: Option<Interpreter>,
    /// Ids of the questions given an answer (`yes`, `no`, a date…), sorted.
    #[serde(default, deserialize_with = "null_as_default")]
    pub answered: Vec<String>,
    /// Ids of the questions answered "not established", sorted; disjoint from `answered`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub not_established: Vec<String>,
}

/// The interpreter of the interview.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Interpreter {
    /// The language interpreted (BCP 47 primary tag).
    pub language: Option<String>,
    /// Who (a person or a service), for the record.
    pub name: Option<String>,
}

/// A note of the follow-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// Stable id within the case.
    pub id: String,
    /// When it was written (set by the app, UTC).
    #[serde(deserialize_with = "date_time")]
    pub at: DateTime<Utc>,
    /// The text.
    pub text: String,
    /// Who wrote it: the label of the team member's keyslot that was unlocked (set by the app;
    /// absent when the store has no labelled slot, and in notes written before 0.1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

/// An appointment of the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    /// Stable id within the case.
    pub id: String,
    /// What kind.
    pub kind: AppointmentKind,
    /// The day.
    pub date: NaiveDate,
    /// The time, `HH:MM`, when known.
    pub time: Option<String>,
    /// Where (a service, an address).
    pub place: Option<String>,
    /// Anything to remember (documents to bring, interpreter booked…).
    pub note: Option<String>,
}

/// Kinds of appointments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AppointmentKind {
    /// Hearing by the police or the gendarmerie (audition).
    PoliceHearing,
    /// At the prefecture (filing, collecting the card).
    Prefecture,
    /// Court hearing.
    Court,
    /// With a lawyer.
    Lawyer,
    /// Anything else.
    Other,
}

/// Numbers of the file, each printed only when known (legal-facts §6.1 and §6.4).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct References {
    /// Foreigner number (n° étranger, AGDREF), on any residence document the person held.
    pub foreigner_number: Option<String>,
    /// ANEF application number.
    pub anef_number: Option<String>,
    /// The prosecutor's office or court and its reference, as it should be printed
    /// (« Parquet de Bobigny, n° 26123000456 »).
    pub parquet: Option<String>,
}

/// How the association accompanies the person: what its support letter states.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Accompaniment {
    /// Since when the association accompanies the person.
    pub since: Option<NaiveDate>,
    /// A paragraph the worker writes, in French, about the person's situation, for the support
    /// letter. Kept minimal: the prefecture does not judge the facts.
    pub statement: Option<String>,
}

/// The version of the consent notice texts (`consent-notice-*` in `assets/locales/*/consent.ftl`).
/// A new wording gets a new version, so a record always says which text the person was given.
/// Version 2 (December 2026) words anew four paragraphs where Arabic addressed every reader as a
/// woman (« أن تقولي ») and three where Bulgarian addressed a man or a woman (« кой сте », « сте
/// съгласна »): neutral now, since the notice is given before the interview asks the person's sex; in the other
/// languages version 2 repeats version 1.
pub const CONSENT_NOTICE_VERSION: u32 = 2;

/// The Fluent ids of the consent notice, version [`CONSENT_NOTICE_VERSION`], in printing order.
pub const CONSENT_NOTICE_IDS: &[&str] = &[
    "consent-notice-title",
    "consent-notice-intro-2",
    "consent-notice-storage",
    "consent-notice-prefecture-2",
    "consent-notice-lawyer-2",
    "consent-notice-rights-2",
    "consent-notice-withdraw",
];

/// The Fluent ids of consent notice version 1, in printing order.
const CONSENT_NOTICE_IDS_1: &[&str] = &[
    "consent-notice-title",
    "consent-notice-intro",
    "consent-notice-storage",
    "consent-notice-prefecture",
    "consent-notice-lawyer",
    "consent-notice-rights",
    "consent-notice-withdraw",
];

/// The ids of the notice a record was given (`Consent::notice_version`): version 1's for a
/// version-1 record, the current ones otherwise (nothing recorded yet: the notice to give). A
/// version this build has no text for is refused before this is asked (`documents`).
pub fn consent_notice_ids(version: Option<u32>) -> &'static [&'static str] {
    match version {
        Some(1) => CONSENT_NOTICE_IDS_1,
        _ => CONSENT_NOTICE_IDS,
    }
}

/// The person's consent, one decision per purpose, and the notice she was given.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Consent {
    /// Keeping her case file in the association's store.
    pub storage: Option<ConsentDecision>,
    /// Sending her information to the prefecture.
    pub share_with_prefecture: Option<ConsentDecision>,
    /// Sending her information to a lawyer.
    pub share_with_lawyer: Option<ConsentDecision>,
    /// The language the notice was given in (BCP 47 primary tag).
    pub notice_language: Option<String>,
    /// The version of the notice text ([`CONSENT_NOTICE_VERSION`]).
    pub notice_version: Option<u32>,
}

/// A decision about one purpose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsentDecision {
    /// Given, refused, or withdrawn after being given.
    pub status: ConsentStatus,
    /// The day of the decision.
    pub date: Option<NaiveDate>,
}

/// Where a consent stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ConsentStatus {
    /// She agreed.
    Given,
    /// She did not agree.
    Refused,
    /// She agreed, then took it back.
    Withdrawn,
}

/// Facts behind the discretionary refusal grounds of L432-1-1. Victims often travelled on false
/// or borrowed papers, or were forced to commit offences: the rules warn, they never decide.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefusalRisks {
    /// An earlier removal order (OQTF) that was not complied with.
    pub unexecuted_removal_order: Option<bool>,
    /// Facts of forgery or use of forged documents (Code pénal 441-1, 441-2).
    pub false_documents: Option<bool>,
    /// Other facts that could expose her to a conviction for a serious offence L432-1-1 names
    /// (drug trafficking, trafficking or procuring, violence against public agents…), committed
    /// under the perpetrators' coercion or not: the worker's judgement. Absent in files written
    /// before it was asked.
    #[serde(default)]
    pub serious_offences: Option<bool>,
}

/// A child-welfare placement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChildWelfare {
    /// First day of the placement.
    pub placed_on: Option<NaiveDate>,
    /// With whom.
    pub placement: Option<Placement>,
}

/// Who a minor was placed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Placement {
    /// Aide sociale à l'enfance.
    Ase,
    /// Tiers digne de confiance.
    TrustedThirdParty,
}

/// A protection order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectionOrder {
    /// Day the judge issued it.
    pub issued_on: Option<NaiveDate>,
}

/// Identity, languages and address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Family name.
    pub family_name: Option<String>,
    /// Given names.
    pub given_names: Option<String>,
    /// Date of birth. When only the year or the month is known, the first day of that period
    /// (`1998-01-01` for « 1998 », `1998-04-01` for « 04/1998 »), with
    /// [`Person::birth_date_precision`] saying so.
    pub birth_date: Option<NaiveDate>,
    /// How much of [`Person::birth_date`] is known: `None` for the exact day (and in files
    /// written before the field existed).
    #[serde(default)]
    pub birth_date_precision: Option<DatePrecision>,
    /// Place of birth.
    pub birth_place: Option<String>,
    /// ISO 3166-1 alpha-2, `stateless`, or `None` when not known.
    pub nationality: Option<String>,
    /// Her other nationalities (ISO 3166-1 alpha-2), if she has more than one; empty when she
    /// has none or none was recorded (files written before the field existed). The rules read
    /// every nationality: [`Person::nationalities`].
    #[serde(default, deserialize_with = "null_as_default")]
    pub other_nationalities: Vec<String>,
    /// Languages the person speaks (BCP 47 primary tags).
    #[serde(default, deserialize_with = "null_as_default")]
    pub languages: Vec<String>,
    /// `F`, `M`, `X`, or `None`.
    pub sex: Option<String>,
    /// Postal address (often the association's, "c/o").
    pub address: Option<Address>,
    /// Other names the person has used or been registered under (false or borrowed papers).
    #[serde(default, deserialize_with = "null_as_default")]
    pub aliases: Vec<String>,
    /// Telephone, as it should be printed in the letter's sender block; `None` when the person
    /// does not want it printed.
    pub phone: Option<String>,
}

/// How much of an approximate date the person knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum DatePrecision {
    /// Only the year: the date is the 1st of January.
    Year,
    /// Only the month and year: the date is the 1st of the month.
    Month,
}

impl DatePrecision {
    /// The first day of the period holding `date` (the whole year, or its month).
    pub fn first_day(self, date: NaiveDate) -> NaiveDate {
        use chrono::Datelike;
        match self {
            DatePrecision::Year => date.with_ordinal(1).unwrap_or(date),
            DatePrecision::Month => date.with_day(1).unwrap_or(date),
        }
    }

    /// The last day of the period holding `date`.
    pub fn last_day(self, date: NaiveDate) -> NaiveDate {
        let first = self.first_day(date);
        let months = match self {
            DatePrecision::Year => 12,
            DatePrecision::Month => 1,
        };
        first
            .checked_add_months(chrono::Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(date)
    }
}

impl Person {
    /// Every nationality recorded: [`Person::nationality`] first (`stateless` included), then
    /// [`Person::other_nationalities`], trimmed, each once, empty codes left out.
    pub fn nationalities(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for n in self.nationality.iter().chain(&self.other_nationalities) {
            let n = n.trim();
            if !n.is_empty() && !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// True if she was born on 29 February, the date exact: in a common year her birthday is 28
    /// February or 1 March, which the facts sheet does not settle.
    pub fn born_on_leap_day(&self) -> bool {
        self.birth_date_precision.is_none()
            && self.birth_date.is_some_and(|b| {
                chrono::Datelike::month(&b) == 2 && chrono::Datelike::day(&b) == 29
            })
    }

    /// The earliest and the latest day she may have been born on: the same day twice when the
    /// date is exact; `None` when it is not known.
    pub fn birth_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let b = self.birth_date?;
        Some(match self.birth_date_precision {
            None => (b, b),
            Some(p) => (p.first_day(b), p.last_day(b)),
        })
    }
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// Street line, "c/o" line included.
    pub line1: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
    /// INSEE code of the commune.
    pub commune_insee: Option<String>,
    /// Town.
    pub city: Option<String>,
}

/// What the person is a victim of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum VictimOf {
    /// Traite des êtres humains (Code pénal 225-4-1 to 225-4-6).
    Trafficking,
    /// Proxénétisme (Code pénal 225-5 to 225-10).
    Procuring,
    /// Travail forcé (Code pénal 225-14-1).
    ForcedLabour,
    /// Réduction en servitude (Code pénal 225-14-2).
    Servitude,
    /// Rétribution inexistante ou insuffisante, conditions de travail ou d'hébergement contraires à
    /// la dignité (Code pénal 225-13, 225-14).
    WorkingOrHousingConditions,
}

impl VictimOf {
    /// True for the offences L425-1 names as verified (trafficking, procuring).
    pub fn covered_by_l425_1(self) -> bool {
        matches!(self, VictimOf::Trafficking | VictimOf::Procuring)
    }
}

/// Complaint and testimony; `None` when there is none.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cooperation {
    /// The complaint (plainte).
    pub complaint: Option<ProcedureStep>,
    /// Testimony in criminal proceedings (témoignage).
    pub testimony: Option<ProcedureStep>,
}

/// A complaint or a testimony.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureStep {
    /// When.
    pub date: Option<NaiveDate>,
    /// Police or gendarmerie service.
    pub service: Option<String>,
    /// PV or procedure number.
    pub reference: Option<String>,
}

/// Admission to the exit-from-prostitution programme.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExitProgramme {
    /// Day of admission.
    pub admitted_on: Option<NaiveDate>,
}

/// State of the criminal proceedings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CriminalCase {
    /// Stage, `None` when not known.
    pub stage: Option<CriminalStage>,
    /// When the conviction became final.
    pub final_conviction_date: Option<NaiveDate>,
    /// Whether the person was legally resident on the day the conviction became final
    /// (L425-3, « sous réserve de la régularité du séjour »). `None`: not established; the
    /// rules then look at `currentPermit`.
    pub regular_stay_on_final_conviction: Option<bool>,
}

impl CriminalCase {
    /// True if the case records the conviction as final: the stage, or its day when no stage is
    /// recorded. A day beside a stage that says otherwise (an appeal pending, an acquittal) is a
    /// contradiction, not a conviction ([`CriminalCase::conviction_contradicted`]).
    pub fn final_conviction_recorded(&self) -> bool {
        match self.stage {
            Some(CriminalStage::FinalConviction) => true,
            None => self.final_conviction_date.is_some(),
            Some(_) => false,
        }
    }

    /// True if the conviction is final on `day`: recorded as final, and on a day not after `day`
    /// when its day is recorded. A conviction whose day to become final is still to come (the
    /// time to appeal runs) leaves the proceedings open until then.
    pub fn final_on(&self, day: NaiveDate) -> bool {
        self.final_conviction_recorded() && self.final_conviction_date.is_none_or(|d| d <= day)
    }

    /// True if a day of final conviction is recorded beside a stage that says otherwise.
    pub fn conviction_contradicted(&self) -> bool {
        self.final_conviction_date.is_some() && !self.final_conviction_recorded()
    }

    /// True if the case records someone prosecuted (« une personne poursuivie », L425-1): a trial,
    /// an appeal or the final conviction. The stage « investigation » says no such thing: a police
    /// inquiry prosecutes no one yet, and the stage does not tell an inquiry from an instruction.
    pub fn prosecution_recorded(&self) -> bool {
        self.final_conviction_recorded()
            || matches!(
                self.stage,
                Some(CriminalStage::Trial | CriminalStage::Appeal)
            )
    }
}

impl CaseFile {
    /// True if the case records that there are no criminal proceedings (stage « none »): a letter
    /// then names none, whatever complaint, testimony or reference stands beside it.
    pub fn no_proceedings_recorded(&self) -> bool {
        self.criminal_case
            .as_ref()
            .is_some_and(|c| c.stage == Some(CriminalStage::None))
    }
}

/// Stages of the criminal proceedings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum CriminalStage {
    /// No proceedings.
    None,
    /// Police investigation or judicial inquiry.
    Investigation,
    /// Trial at first instance.
    Trial,
    /// On appeal.
    Appeal,
    /// Conviction final.
    FinalConviction,
    /// Acquittal.
    Acquittal,
    /// Case dismissed (classement sans suite, non-lieu).
    Dismissed,
}

/// The reflection period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionPeriod {
    /// Day the 30-day récépissé was handed over.
    pub recepisse_issued: Option<NaiveDate>,
}

/// A residence document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Permit {
    /// Kind of document.
    pub kind: PermitKind,
    /// Issue date.
    pub issued: Option<NaiveDate>,
    /// Expiry date (the last day of validity).
    pub expires: Option<NaiveDate>,
    /// How many times this card, with the same mention, was already renewed in a row
    /// (0 for a first card). Matters for the cap of L433-1-1.
    pub renewal_count: Option<u32>,
    /// The day a renewal application was filed, if it was.
    pub renewal_filed_on: Option<NaiveDate>,
}

impl Permit {
    /// The day this document's renewal was filed, as recorded on it, when it comes after the
    /// document's issue. One on or before that day is the application that gave it, or an
    /// earlier card's left when the new card was recorded: not its renewal (jurist review,
    /// 2026-12-07: such a day read as a renewal pending, « rejetée implicitement » four months
    /// on, beside the card it had given). `dates_to_check` names it.
    pub fn renewal_filed(&self) -> Option<NaiveDate> {
        self.renewal_filed_on
            .filter(|filed| self.issued.is_none_or(|issued| *filed > issued))
    }
}

/// Kinds of residence documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum PermitKind {
    /// 30-day récépissé of the reflection period (R425-2).
    RecepisseReflection,
    /// Récépissé of an application.
    RecepisseApplication,
    /// Carte de séjour temporaire "vie privée et familiale", L425-1.
    #[serde(rename = "cst-vpf-l425-1")]
    #[strum(serialize = "cst-vpf-l425-1")]
    CstVpf,
    /// Autorisation provisoire de séjour, L425-4.
    #[serde(rename = "aps-l425-4")]
    #[strum(serialize = "aps-l425-4")]
    Aps,
    /// Carte de résident, L425-3.
    #[serde(rename = "carte-resident-l425-3")]
    #[strum(serialize = "carte-resident-l425-3")]
    ResidentCard,
    /// Autorisation provisoire de séjour of a beneficiary of temporary protection (directive
    /// 2001/55/CE; people displaced from Ukraine).
    TemporaryProtection,
    /// Attestation de demande d'asile: her asylum application is being examined.
    AsylumApplication,
    /// Anything else.
    Other,
}

impl PermitKind {
    /// A residence title of its own (a card or an APS), not a récépissé, an asylum certificate or
    /// an unknown document: who holds one renews it rather than applies for a first one.
    pub fn is_title(self) -> bool {
        matches!(
            self,
            PermitKind::CstVpf
                | PermitKind::ResidentCard
                | PermitKind::Aps
                | PermitKind::TemporaryProtection
        )
    }

    /// A residence title or the récépissé of an application for one: what her checklist lists
    /// as her residence document and what regular stay rests on without a jurist's reading; not
    /// a reflection récépissé, an asylum certificate or another document.
    pub fn is_residence_document(self) -> bool {
        self.is_title() || self == PermitKind::RecepisseApplication
    }
}

/// A supporting document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Which document.
    pub kind: PieceKind,
    /// Whether the person has it.
    pub status: DocumentStatus,
    /// Date of issue, where freshness matters.
    pub date: Option<NaiveDate>,
    /// Its number, for an identity document: a prefecture names a passport by its number and
    /// validity, not by its date of issue (issue 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The last day it is valid, for an identity document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<NaiveDate>,
}

impl Document {
    /// A document of `kind` with `status` and nothing else known.
    pub fn new(kind: PieceKind, status: DocumentStatus) -> Document {
        Document {
            kind,
            status,
            date: None,
            number: None,
            expires: None,
        }
    }
}

/// The kind of a pièce justificative: a supporting document the person holds, has asked for or
/// must obtain (not a document Passerelle prints: [`super::printed::PrintedDocument`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum PieceKind {
    /// Copie intégrale d'acte de naissance.
    BirthCertificate,
    /// Passport.
    Passport,
    /// National identity card.
    IdCard,
    /// Attestation consulaire.
    ConsularCertificate,
    /// Carte consulaire.
    ConsularCard,
    /// Certificat de nationalité.
    NationalityCertificate,
    /// Justificatif de domicile.
    ProofOfAddress,
    /// Récépissé de dépôt de plainte.
    ComplaintReceipt,
    /// Référence de la procédure pénale.
    ProcedureReference,
    /// Contrat d'engagement à respecter les principes de la République.
    Cerpr,
    /// E-photo code.
    EPhoto,
    /// A plain identity photograph (no e-photo code): what the reflection-period récépissé
    /// needs (R425-2), outside ANEF.
    IdentityPhoto,
    /// Current residence document.
    CurrentPermit,
    /// Proof that proceedings are ongoing.
    ProceedingsOngoingProof,
    /// Proof that the conviction is final.
    FinalConvictionProof,
    /// Letter from the association.
    AssociationLetter,
    /// Decision admitting the person to the exit-from-prostitution programme (L425-4).
    ExitProgrammeDecision,
}

impl PieceKind {
    /// True for a document she held before she met the association, which the perpetrators may
    /// have taken: her identity and civil-status papers, her residence document, her complaint's
    /// receipt. Not one the association, the prefecture or a court gives her for the application
    /// (UI review, 2026-12-05: « entre les mains des auteurs » was offered for the association's
    /// letter and the e-photo code).
    pub fn may_be_confiscated(self) -> bool {
        matches!(
            self,
            PieceKind::BirthCertificate
                | PieceKind::Passport
                | PieceKind::IdCard
                | PieceKind::ConsularCertificate
                | PieceKind::ConsularCard
                | PieceKind::NationalityCertificate
                | PieceKind::CurrentPermit
                | PieceKind::ComplaintReceipt
        )
    }
}

/// Whether the person has a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum DocumentStatus {
    /// In hand.
    Have,
    /// Not in hand.
    Missing,
    /// Asked for.
    Requested,
    /// Taken by the perpetrators.
    Confiscated,
}

impl CaseFile {
    /// A new, empty case for a person with these names.
    pub fn new(family_name: Option<String>, given_names: Option<String>) -> Self {
        CaseFile {
            format: FORMAT.to_string(),
            person: Person {
                family_name,
                given_names,
                ..Person::default()
            },
            victim_of: Vec::new(),
            cooperation: Cooperation::default(),
            ties_with_perpetrators_broken: None,
            public_order_threat: None,
            exit_prostitution_programme: None,
            criminal_case: None,
            reflection_period: None,
            current_permit: None,
            documents: Vec::new(),
            planned_filing_date: None,
            refusal_risks: None,
            child_welfare: None,
            work_or_training_project: None,
            domestic_violence: None,
            protection_order: None,
            interview: Interview::default(),
            notes: Vec::new(),
            appointments: Vec::new(),
            references: None,
            accompaniment: None,
            closed_on: None,
            consent: None,
            exploitation: None,
            applications: Vec::new(),
            asylum_claim: None,
        }
    }

    /// "FAMILY Given", the way French administrations write names; empty parts are skipped.
    pub fn display_name(&self) -> String {
        let (family, given) = self.name_parts();
        join_present(&[&family, given])
    }

    /// « Amina OKAFOR »: given names, then the family name in capitals, as in running text (the
    /// letters' signature and body); empty parts are skipped.
    pub fn name_in_text(&self) -> String {
        let (family, given) = self.name_parts();
        join_present(&[given, &family])
    }

    /// The family name in capitals and the given names, each trimmed.
    fn name_parts(&self) -> (String, &str) {
        fn trimmed(part: &Option<String>) -> &str {
            part.as_deref().map(str::trim).unwrap_or("")
        }
        (
            trimmed(&self.person.family_name).to_uppercase(),
            trimmed(&self.person.given_names),
        )
    }
}

impl CaseFile {
    /// The days of what has happened that the case records — her birth, the complaint, the
    /// testimony, the admission to the exit programme, the accompaniment's start, the issue of
    /// her card, the documents she holds — each with its field's path. A letter states them as
    /// past (« le 15 janvier 2027, j'ai déposé plainte »): none may come after the letter's day
    /// (review, 2026-12-04: a case file imported with such a day was printed as it stood). The
    /// interview refuses such days as they are typed; a case file written elsewhere, or a
    /// computer's clock set back, can still bring one.
    pub fn past_days(&self) -> Vec<(String, NaiveDate)> {
        let mut days: Vec<(String, Option<NaiveDate>)> = vec![
            ("person.birthDate".into(), self.person.birth_date),
            (
                "cooperation.complaint.date".into(),
                self.cooperation.complaint.as_ref().and_then(|c| c.date),
            ),
            (
                "cooperation.testimony.date".into(),
                self.cooperation.testimony.as_ref().and_then(|c| c.date),
            ),
            (
                "exitProstitutionProgramme.admittedOn".into(),
                self.exit_prostitution_programme
                    .as_ref()
                    .and_then(|e| e.admitted_on),
            ),
            (
                "accompaniment.since".into(),
                self.accompaniment.as_ref().and_then(|a| a.since),
            ),
            (
                "currentPermit.issued".into(),
                self.current_permit.as_ref().and_then(|p| p.issued),
            ),
            // Letters review, 2026-12-05: a renewal recorded as filed next month made the letter
            // dated today say « Ma demande ayant été déposée dans les délais ».
            (
                "currentPermit.renewalFiledOn".into(),
                self.current_permit
                    .as_ref()
                    .and_then(|p| p.renewal_filed_on),
            ),
            // Legal review, 2026-12-05: a récépissé dated next month was read as a reflection
            // period running, one dated before her birth as her presence in France as a child.
            (
                "reflectionPeriod.recepisseIssued".into(),
                self.reflection_period
                    .as_ref()
                    .and_then(|r| r.recepisse_issued),
            ),
            (
                "asylumClaim.registeredOn".into(),
                self.asylum_claim.as_ref().and_then(|a| a.registered_on),
            ),
            (
                "childWelfare.placedOn".into(),
                self.child_welfare.as_ref().and_then(|c| c.placed_on),
            ),
            (
                "protectionOrder.issuedOn".into(),
                self.protection_order.as_ref().and_then(|p| p.issued_on),
            ),
        ];
        // The documents she holds (the ones a letter encloses with their day); a day expected
        // for one requested is no past fact.
        days.extend(
            self.documents
                .iter()
                .enumerate()
                .filter(|(_, d)| d.status == DocumentStatus::Have)
                .map(|(i, d)| (format!("documents[{i}].date"), d.date)),
        );
        days.into_iter()
            .filter_map(|(field, day)| Some((field, day?)))
            .collect()
    }

    /// The follow-up's days, each with its path: the applications' filing days, their decisions'
    /// and their recourses'. Past too (the follow-up refuses a day to come), but not forgotten from
    /// what a letter states the way [`CaseFile::past_days`] are checked: a letter is refused
    /// beside one to come.
    pub fn follow_up_days(&self) -> Vec<(String, NaiveDate)> {
        self.applications
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                let decision = a.decision.as_ref();
                [
                    (format!("applications[{i}].filedOn"), a.filed_on),
                    (
                        format!("applications[{i}].decision.date"),
                        decision.and_then(|d| d.date),
                    ),
                    (
                        format!("applications[{i}].decision.appeal.filedOn"),
                        decision.and_then(|d| d.appeal.as_ref()?.filed_on),
                    ),
                ]
            })
            .filter_map(|(path, day)| Some((path, day?)))
            .collect()
    }

    /// The days of her life the case records that cannot come before her birth: the past days
    /// ([`CaseFile::past_days`]) but her birth, and the day her perpetrator's conviction became
    /// final (verification, 2026-12-05: « devenue définitive le 20 juillet 1994 » for a woman
    /// born the next day).
    pub fn days_after_birth(&self) -> Vec<(String, NaiveDate)> {
        let final_on = self
            .criminal_case
            .as_ref()
            .and_then(|c| c.final_conviction_date)
            .map(|d| ("criminalCase.finalConvictionDate".to_string(), d));
        self.past_days()
            .into_iter()
            .filter(|(field, _)| field != "person.birthDate")
            .chain(final_on)
            .collect()
    }

    /// The place in `documents` of the document a path of [`CaseFile::past_days`] names
    /// (`documents[2].date`), if any.
    pub fn document_index_of_path(&self, path: &str) -> Option<usize> {
        path.strip_prefix("documents[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|i| i.parse::<usize>().ok())
            .filter(|i| *i < self.documents.len())
    }

    /// The document a path of [`CaseFile::past_days`] names (`documents[2].date`), if any.
    pub fn document_of_path(&self, path: &str) -> Option<&Document> {
        self.document_index_of_path(path)
            .and_then(|i| self.documents.get(i))
    }

    /// Forgets the day at `path` (a path of [`CaseFile::past_days`] or
    /// [`CaseFile::days_after_birth`], `currentPermit.expires`, or an application's
    /// `applications[i].filedOn`, `….decision.date`, `….decision.appeal.filedOn`), as if it were
    /// not recorded; false for a path it does not know. What a letter states is the case with the
    /// days the assessment finds impossible forgotten (`documents::as_stated`).
    pub fn forget_day(&mut self, path: &str) -> bool {
        fn clear(day: Option<&mut Option<NaiveDate>>) -> bool {
            day.map(|d| *d = None).is_some()
        }
        if let Some(i) = self.document_index_of_path(path) {
            return clear(Some(&mut self.documents[i].date));
        }
        if let Some(rest) = path.strip_prefix("applications[") {
            let Some((i, field)) = rest.split_once(']') else {
                return false;
            };
            let Some(a) = i
                .parse::<usize>()
                .ok()
                .and_then(|i| self.applications.get_mut(i))
            else {
                return false;
            };
            return match field {
                ".filedOn" => clear(Some(&mut a.filed_on)),
                ".decision.date" => clear(a.decision.as_mut().map(|d| &mut d.date)),
                ".decision.appeal.filedOn" => clear(
                    a.decision
                        .as_mut()
                        .and_then(|d| d.appeal.as_mut())
                        .map(|a| &mut a.filed_on),
                ),
                _ => false,
            };
        }
        let permit = self.current_permit.as_mut();
        clear(match path {
            "person.birthDate" => Some(&mut self.person.birth_date),
            "cooperation.complaint.date" => {
                self.cooperation.complaint.as_mut().map(|c| &mut c.date)
            }
            "cooperation.testimony.date" => {
                self.cooperation.testimony.as_mut().map(|t| &mut t.date)
            }
            "exitProstitutionProgramme.admittedOn" => self
                .exit_prostitution_programme
                .as_mut()
                .map(|e| &mut e.admitted_on),
            "accompaniment.since" => self.accompaniment.as_mut().map(|a| &mut a.since),
            "currentPermit.issued" => permit.map(|p| &mut p.issued),
            "currentPermit.expires" => permit.map(|p| &mut p.expires),
            "currentPermit.renewalFiledOn" => permit.map(|p| &mut p.renewal_filed_on),
            "reflectionPeriod.recepisseIssued" => self
                .reflection_period
                .as_mut()
                .map(|r| &mut r.recepisse_issued),
            "asylumClaim.registeredOn" => self.asylum_claim.as_mut().map(|a| &mut a.registered_on),
            "childWelfare.placedOn" => self.child_welfare.as_mut().map(|c| &mut c.placed_on),
            "protectionOrder.issuedOn" => self.protection_order.as_mut().map(|p| &mut p.issued_on),
            "criminalCase.finalConvictionDate" => self
                .criminal_case
                .as_mut()
                .map(|c| &mut c.final_conviction_date),
            _ => None,
        })
    }

    /// The first recorded day of her life ([`CaseFile::days_after_birth`]) before the earliest
    /// day she may have been born, with its field's path.
    pub fn day_before_birth(&self) -> Option<(String, NaiveDate)> {
        let (born, _) = self.person.birth_range()?;
        self.days_after_birth()
            .into_iter()
            .find(|(_, day)| *day < born)
    }

    /// True when she refused that her case be kept, or withdrew that consent: record nothing
    /// more, and delete the case (the app says so on every tab of its page; the CLI's import
    /// says so too).
    pub fn storage_refused(&self) -> bool {
        self.consent
            .as_ref()
            .and_then(|c| c.storage.as_ref())
            .is_some_and(|d| d.status != ConsentStatus::Given)
    }

    /// True when the interview answered question `id` « not established » (`notEstablished`):
    /// its fact is null in the case file as a « no » is, but nobody knows it, and a rule that
    /// reads it must answer « unknown », not « no » (`answered_no_document` does the same for
    /// `permit-kind`).
    pub fn not_established(&self, id: &str) -> bool {
        self.interview.not_established.iter().any(|q| q == id)
    }

    /// True if she holds an APS (L425-4) not ended before `day` (an end not recorded is not read
    /// as ended): what she applies for is its renewal. One that has ended is asked for anew, at
    /// the prefect's discretion (law audit, 2026-12-05).
    pub fn holds_aps_on(&self, day: NaiveDate) -> bool {
        self.current_permit
            .as_ref()
            .is_some_and(|p| p.kind == PermitKind::Aps && p.expires.is_none_or(|end| day <= end))
    }

    /// True when an application of `a`'s route was filed after `a` happened ([`Application::when`]):
    /// a new request of that route, which makes `a`'s grant history.
    pub fn filed_again_since(&self, a: &Application) -> bool {
        self.applications.iter().any(|o| {
            o.route == a.route
                && o.filed_on
                    .zip(a.when())
                    .is_some_and(|(filed, since)| filed > since)
        })
    }

    /// True when an application of `route` is recorded and waits for its decision (its filing
    /// day recorded or not).
    pub fn awaits_decision(&self, route: RouteId) -> bool {
        self.applications
            .iter()
            .any(|a| a.route == route && a.decision.is_none())
    }

    /// The ANEF number of the request a letter goes with (its « Réf. »). Each request there has
    /// its own number, and the case keeps one. The request may be on file, waiting for its
    /// decision (`this`: the association supports a request filed): its own number, when
    /// recorded, is the letter's. Else the case's number is the request's unless another
    /// application may be the one it numbers: one that records it as its own, or one that may
    /// have been filed on the ANEF (`on_anef`) and records no number of its own, where nothing
    /// tells the two apart (a first card's number printed on its renewal's letter, a refused
    /// request's on the next one).
    pub fn anef_number_of_request(
        &self,
        this: impl Fn(&Application) -> bool,
        on_anef: impl Fn(&Application) -> bool,
    ) -> AnefNumber<'_> {
        fn own(a: &Application) -> Option<&str> {
            a.anef_number
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
        }
        if let Some(n) = self
            .applications
            .iter()
            .rev()
            .filter(|a| this(a))
            .find_map(own)
        {
            return AnefNumber::Request(n);
        }
        let Some(number) = self
            .references
            .as_ref()
            .and_then(|r| r.anef_number.as_deref())
            .map(str::trim)
            .filter(|n| !n.is_empty())
        else {
            return AnefNumber::Unrecorded;
        };
        let key = same_reference(number);
        let mut others = self.applications.iter().rev().filter(|a| !this(a));
        if let Some(a) = others
            .clone()
            .find(|a| own(a).map(same_reference).as_ref() == Some(&key))
        {
            return AnefNumber::OfApplication(a);
        }
        match others.find(|a| on_anef(a) && own(a).is_none()) {
            Some(a) => AnefNumber::MaybeOfApplication(a),
            None => AnefNumber::Request(number),
        }
    }

    /// Initials for rooms where names must not be read over a shoulder: « O. A. » for OKAFOR
    /// Amina, family name first like [`CaseFile::display_name`]; « ? » when no name is known.
    pub fn initials(&self) -> String {
        let initial = |name: &Option<String>| {
            name.as_deref()
                .and_then(|n| n.trim().chars().next())
                .map(|c| format!("{}.", c.to_uppercase()))
        };
        let parts: Vec<String> = [
            initial(&self.person.family_name),
            initial(&self.person.given_names),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "?".to_string()
        } else {
            parts.join("\u{a0}")
        }
    }
}

/// A case file as a JSON document: the stored and exported form.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseDocument {
    value: Map<String, Value>,
}

impl CaseDocument {
    /// Reads and validates a case file. On error nothing is kept, and the error names the line or
    /// the field, never its value.
    pub fn parse(bytes: &[u8]) -> Result<(CaseDocument, CaseFile)> {
        if bytes.len() > limits::MAX_FILE_BYTES_WITH_LAYOUT
            || limits::compact_len(bytes) > limits::MAX_FILE_BYTES
        {
            return Err(Error::CaseFileTooLarge {
                max_mib: (limits::MAX_FILE_BYTES >> 20) as u32,
            });
        }
        // Windows Notepad starts UTF-8 files with a byte-order mark; JSON does not allow one.
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::CaseFileEmpty);
        }
        // A file saved in another encoding is said as such (review of the English CLI,
        // 2026-12-05: UTF-16 and Latin-1 files were « not valid JSON (line 1, column 1) »).
        if let Some(found) = crate::vault::seal::content_in(bytes) {
            return Err(Error::CaseFileSealed {
                found: found.into(),
            });
        }
        if std::str::from_utf8(bytes).is_err() {
            return Err(Error::CaseFileNotUtf8);
        }
        if limits::values_bound(bytes) > limits::MAX_VALUES {
            return Err(Error::CaseFileTooComplex {
                max: limits::MAX_VALUES as u32,
            });
        }
        if let Some(path) = limits::first_duplicate_key(bytes) {
            return Err(Error::invalid(Field::Case(path), Invalid::DuplicateKey));
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|e| {
            // serde_json follows 128 levels; past them the text may be valid JSON, and « not
            // valid JSON » would be false (review, 2026-12-04).
            if limits::too_deep(&e) {
                Error::CaseFileTooDeep
            } else {
                Error::InvalidJson {
                    line: e.line(),
                    column: e.column(),
                }
            }
        })?;
        Self::from_value(value)
    }

    /// Reads a case the store holds: its JSON and its typed view, without the import's checks
    /// (days written as the spec writes them, duplicate keys, size, the rules of [`validate`]),
    /// which a stored case passed when it came in or was written by the app. A later version
    /// that checks more still opens every case an earlier one stored (review, 2026-12-04: a
    /// case saved with a year the import refuses could never be opened again, not even to
    /// correct it).
    ///
    /// # Errors
    /// [`Error::InvalidJson`], and [`Self::from_value`]'s errors of format and types.
    pub fn stored(bytes: &[u8]) -> Result<(CaseDocument, CaseFile)> {
        let value: Value = serde_json::from_slice(bytes).map_err(|e| Error::InvalidJson {
            line: e.line(),
            column: e.column(),
        })?;
        let (map, typed) = Self::typed(value)?;
        Ok((CaseDocument { value: map }, typed))
    }

    /// An object in a known format, and its typed view.
    fn typed(value: Value) -> Result<(Map<String, Value>, CaseFile)> {
        let Value::Object(map) = value else {
            return Err(Error::invalid(
                Field::case("$"),
                Invalid::WrongType(Expected::Object),
            ));
        };
        check_format(map.get("format"))?;
        let typed = typed_view(&map)?;
        Ok((map, typed))
    }

    /// Validates a JSON value as a case file.
    pub fn from_value(value: Value) -> Result<(CaseDocument, CaseFile)> {
        let (map, typed) = Self::typed(value)?;
        validate(&typed)?;
        unique_ids(&typed)?;
        statement_visible(&typed)?;
        let written = serde_json::to_value(&typed).map_err(|_| Error::Internal("case view"))?;
        as_the_spec_writes_it(&Value::Object(map.clone()), &written, &mut String::new())?;
        Ok((CaseDocument { value: map }, typed))
    }

    /// A new document for a typed case.
    pub fn from_case(case: &CaseFile) -> Result<CaseDocument> {
        let mut doc = CaseDocument { value: Map::new() };
        doc.apply(case)?;
        Ok(doc)
    }

    /// The typed view of this document.
    pub fn case(&self) -> Result<CaseFile> {
        typed_view(&self.value)
    }

    /// Writes the typed `case` into the document, keeping every key the typed view does not know.
    pub fn apply(&mut self, case: &CaseFile) -> Result<()> {
        validate(case)?;
        let Value::Object(typed) =
            serde_json::to_value(case).map_err(|_| Error::Internal("case serialisation"))?
        else {
            return Err(Error::Internal("case is not an object"));
        };
        merge_object(&mut self.value, typed);
        Ok(())
    }

    /// The JSON text, keys in their original order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.value).expect("BUG: a JSON map always serialises")
    }

    /// The JSON text, indented for people.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.value).expect("BUG: a JSON map always serialises")
    }

    /// The document as a JSON value.
    pub fn as_value(&self) -> &Map<String, Value> {
        &self.value
    }
}

/// The years a day of a case file may have: a year typed with two digits reads as the first
/// century.
pub const DAY_YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

/// True when `day`'s year is one a case file may hold ([`DAY_YEARS`]): every form refuses the
/// others, so that what the app writes, a case file exported from it, imports again (review,
/// 2026-12-04: « 15/03/1026 » typed as a closing day was saved).
pub fn day_in_range(day: NaiveDate) -> bool {
    DAY_YEARS.contains(&chrono::Datelike::year(&day))
}

/// Every day in a new case file is written `YYYY-MM-DD`, its year within [`DAY_YEARS`] (the spec;
/// review, 2026-12-04: the date reader also took `09-06-01` as the year 9, so a girl of 17 was
/// assessed as an adult, and `+1998-04-12` or ` 1998-04-12`, stored as typed for other tools to
/// misread). The typed view writes each day in that form: where `file` wrote it otherwise, the
/// field is refused. So is a group of fields written as a list: the parser reads a struct from
/// the list of its values, in order, so `"address": ["1 rue…", "93200", …]` was taken field by
/// field and given back as a list other tools cannot read (review, 2026-12-05). Stored cases are
/// not checked again: what was accepted stays readable.
pub(crate) fn as_the_spec_writes_it(file: &Value, typed: &Value, path: &mut String) -> Result<()> {
    let at = path.len();
    match (file, typed) {
        (Value::Object(file), Value::Object(typed)) => {
            for (key, typed) in typed {
                if let Some(file) = file.get(key) {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                    as_the_spec_writes_it(file, typed, path)?;
                    path.truncate(at);
                }
            }
        }
        (Value::Array(file), Value::Array(typed)) => {
            for (i, (file, typed)) in file.iter().zip(typed).enumerate() {
                path.push_str(&format!("[{i}]"));
                as_the_spec_writes_it(file, typed, path)?;
                path.truncate(at);
            }
        }
        (Value::Array(_), Value::Object(_)) => {
            return Err(Error::invalid(
                Field::Case(path.clone()),
                Invalid::WrongType(Expected::Object),
            ));
        }
        // A code written as a group of fields (`"status": {"have": null}`): the parser reads
        // the key as the code; the file would keep the group, which no other tool reads as one
        // (review, 2026-12-05).
        (Value::Object(_), Value::String(_)) => {
            return Err(Error::invalid(
                Field::Case(path.clone()),
                Invalid::UnknownValue,
            ));
        }
        (file, Value::String(day)) => {
            if let Some(year) = typed_day_year(day) {
                let field = || Field::Case(path.clone());
                if file.as_str() != Some(day.as_str()) {
                    return Err(Error::invalid(field(), Invalid::NotADate));
                }
                if !DAY_YEARS.contains(&year) {
                    return Err(Error::invalid(
                        field(),
                        Invalid::YearOutOfRange {
                            min: *DAY_YEARS.start(),
                            max: *DAY_YEARS.end(),
                        },
                    ));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// A day written `YYYY-MM-DD` and nothing else (no sign, space or short field: the date reader
/// alone takes `09-06-01` as the year 9); `None` for any other text.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    written_day_year(text)?;
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The year of a day as the typed view writes it: `1998-04-12`, or with a sign and more digits
/// for a year outside 0–9999 (`+12345-01-01`, `-0001-01-01`); `None` for any other text,
/// including one shaped like a day that is none (a reference « 1234-56-78 »).
fn typed_day_year(text: &str) -> Option<i32> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (year, rest) = unsigned.split_at_checked(unsigned.len().checked_sub(6)?)?;
    let shaped = year.len() >= 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && written_day_year(&format!("2000{rest}")).is_some();
    if !shaped || NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    Some(if text.starts_with('-') { -year } else { year })
}

/// The year of a day written `YYYY-MM-DD` exactly; `None` for any other text.
fn written_day_year(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    shaped.then(|| text[..4].parse().ok()).flatten()
}

fn check_format(format: Option<&Value>) -> Result<()> {
    let found = match format {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => {
            return Err(Error::invalid(
                Field::case("format"),
                Invalid::WrongType(Expected::Text),
            ))
        }
        None => {
            return Err(Error::UnknownFormat {
                found: String::new(),
            })
        }
    };
    let version = found
        .strip_prefix(FORMAT_PREFIX)
        .and_then(|v| v.parse::<u32>().ok());
    match version {
        Some(FORMAT_VERSION) => Ok(()),
        Some(v) if v > FORMAT_VERSION => Err(Error::NewerFormat {
            found: found.chars().take(40).collect(),
            supported: FORMAT.into(),
        }),
        _ => Err(Error::UnknownFormat {
            found: as_a_tag(found),
        }),
    }
}

/// A `format` value as the error quotes it: 40 characters at most, anything but printable ASCII
/// shown as `?` (review, 2026-12-04: an escape sequence in it retitled the terminal, and bidi
/// controls reordered the message).
fn as_a_tag(found: &str) -> String {
    found
        .chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '?'
            }
        })
        .collect()
}

fn typed_view(map: &Map<String, Value>) -> Result<CaseFile> {
    // Deserialising from a borrowed value: the document is not consumed, and the path tracker
    // names the field that failed.
    let value = Value::Object(map.clone());
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let (path, reason) = parse_error_in::<CaseFile>(&value, &e);
        Error::invalid(Field::Case(path), reason)
    })
}

/// [`parse_error`], and a list written where a group of fields is wanted said as such, at any
/// depth: serde reads a group from a list, field by field, so `"person": [1]` failed as « the
/// person's identity is not a text » (review, 2026-12-05). Each list on the error's path is tried
/// again as an empty group `{}`: unless `T` then says a list is wanted there (« invalid type: map
/// … »), a group was, and the list is the fault. (An empty list would not do: a group whose
/// fields all have defaults reads one from `[]`.) Only on an error, on a copy: a valid file costs
/// nothing.
pub(crate) fn parse_error_in<T: serde::de::DeserializeOwned>(
    value: &Value,
    e: &serde_path_to_error::Error<serde_json::Error>,
) -> (String, Invalid) {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = e.path().iter().collect();
    for (depth, segment) in segments.iter().enumerate() {
        if !matches!(segment, Segment::Seq { .. }) {
            continue;
        }
        let mut probe = value.clone();
        let node = node_at(&mut probe, &segments[..depth]);
        let Some(node) = node.filter(|n| n.is_array()) else {
            continue;
        };
        *node = Value::Object(Map::new());
        let list_wanted = matches!(
            serde_path_to_error::deserialize::<_, T>(&probe),
            Err(again) if again.path().iter().count() == depth
                && again.inner().to_string().starts_with("invalid type: map")
        );
        if !list_wanted {
            let mut path = String::new();
            for s in &segments[..depth] {
                match s {
                    Segment::Seq { index } => path.push_str(&format!("[{index}]")),
                    Segment::Map { key } => {
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(key);
                    }
                    _ => {}
                }
            }
            return (field_path(&path, ""), Invalid::WrongType(Expected::Object));
        }
    }
    let (path, invalid) = parse_error(e);
    if invalid != Invalid::UnknownValue {
        return (path, invalid);
    }
    // A code given `null`, a number or a group (`"workerTitle": null`): serde names no choice
    // then. The same place given a text no code is, serde lists them (review, 2026-12-06: « not
    // one of the possible choices » said none).
    // A group given where a code is wanted (`"status": {"have": 1}`) fails one level down, at
    // the key serde read as the code: the group's own place is tried too.
    for depth in [segments.len(), segments.len().saturating_sub(1)] {
        let mut probe = value.clone();
        let node = node_at(&mut probe, &segments[..depth]);
        let Some(node) = node else { continue };
        *node = Value::String("\u{1}".into());
        if let Err(again) = serde_path_to_error::deserialize::<_, T>(&probe) {
            let (again_path, choices) = parse_error(&again);
            // The same place, not a later one that the probe let the parser reach.
            let same = again.path().iter().count() == depth
                && again
                    .path()
                    .iter()
                    .zip(&segments[..depth])
                    .all(|(a, b)| format!("{a:?}") == format!("{b:?}"));
            if same && matches!(choices, Invalid::NotAmong { .. }) {
                return (again_path, choices);
            }
        }
    }
    (path, invalid)
}

/// The value at `path` (a parser's error path) in `value`, if it is there.
fn node_at<'a>(
    value: &'a mut Value,
    path: &[&serde_path_to_error::Segment],
) -> Option<&'a mut Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(value, |v, s| match s {
        Segment::Seq { index } => v.get_mut(*index),
        Segment::Map { key } => v.get_mut(key.as_str()),
        _ => None,
    })
}

/// The field at fault in a parser's error, and what is wrong with it, without the value the
/// parser's message may quote.
fn parse_error(e: &serde_path_to_error::Error<serde_json::Error>) -> (String, Invalid) {
    let message = e.inner().to_string();
    (
        field_path(&e.path().to_string(), &message),
        Invalid::from_serde(&message),
    )
}

/// The path of the field at fault: serde reports a missing field at its parent's path (`.` for
/// the root), naming it only in the message; the field's own path is what a person can act on.
fn field_path(parent: &str, message: &str) -> String {
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    match (parent, missing) {
        ("." | "", Some(field)) => field.to_string(),
        (parent, Some(field)) => format!("{parent}.{field}"),
        ("." | "", None) => "$".to_string(),
        (parent, None) => parent.to_string(),
    }
}

/// No two notes, and no two appointments, share an id: the follow-up edits and deletes by id, so
/// a case file that repeats one (security review, 2026-12-05: two notes `n1`, then « delete »
/// took both, and editing the second appointment rewrote the first) is refused as it comes in
/// (import, hand-over). Not checked on every save: a case stored before keeps opening and saving.
///
/// # Errors
/// [`Error::InvalidField`] naming the second entry's id, [`Invalid::DuplicateId`].
fn unique_ids(case: &CaseFile) -> Result<()> {
    let lists = [
        (
            "notes",
            case.notes.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ),
        (
            "appointments",
            case.appointments.iter().map(|a| a.id.as_str()).collect(),
        ),
    ];
    for (list, ids) in lists {
        let mut seen = std::collections::HashSet::new();
        if let Some(i) = ids.iter().position(|id| !seen.insert(*id)) {
            return Err(Error::invalid(
                Field::Case(format!("{list}[{i}].id")),
                Invalid::DuplicateId,
            ));
        }
    }
    Ok(())
}

/// The association's statement, which the support letter prints as given, holds no direction
/// override or invisible character (line breaks kept). Checked as a case file comes in (import,
/// hand-over), not on every save: a case stored before keeps saving (code review, 2026-12-05); the
/// interview takes those characters out of what is typed.
///
/// # Errors
/// [`Error::HiddenCharacters`] naming `accompaniment.statement`.
fn statement_visible(case: &CaseFile) -> Result<()> {
    let statement = case
        .accompaniment
        .as_ref()
        .and_then(|a| a.statement.as_deref());
    if statement.is_some_and(crate::model::limits::paragraph_has_hidden_characters) {
        return Err(Error::HiddenCharacters {
            field: Field::case("accompaniment.statement"),
        });
    }
    Ok(())
}

fn validate(case: &CaseFile) -> Result<()> {
    if case.format != FORMAT {
        return Err(Error::UnknownFormat {
            found: case.format.chars().take(40).collect(),
        });
    }
    // A code of ISO 3166-1 the table knows, not two capitals: `ZZ` was imported, and only the
    // letters then refused it (security review, 2026-12-06).
    let known = |n: &str| crate::countries::get(n).is_some();
    if let Some(n) = &case.person.nationality {
        if !known(n) && n != crate::countries::STATELESS {
            return Err(Error::invalid(
                Field::case("person.nationality"),
                Invalid::NotACountry,
            ));
        }
    }
    for (i, n) in case.person.other_nationalities.iter().enumerate() {
        if !known(n) {
            return Err(Error::invalid(
                Field::Case(format!("person.otherNationalities[{i}]")),
                Invalid::NotACountry,
            ));
        }
    }
    if let Some(sex) = &case.person.sex {
        if !matches!(sex.as_str(), "F" | "M" | "X") {
            return Err(Error::invalid(
                Field::case("person.sex"),
                Invalid::NotAmong {
                    choices: "F, M, X".into(),
                },
            ));
        }
    }
    for (n, a) in case.appointments.iter().enumerate() {
        if let Some(time) = &a.time {
            if !is_time(time) {
                return Err(Error::invalid(
                    Field::Case(format!("appointments[{n}].time")),
                    Invalid::NotATime,
                ));
            }
        }
    }
    limits::check(case)
}

/// True if and only if `s` is a time of day written `HH:MM` (24-hour clock).
pub fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit)
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && (b[3] - b'0') * 10 + (b[4] - b'0') < 60
}

/// Overwrites `base` with `typed`, recursively: keys only in `base` stay (a later version's, or
/// another tool's). The items of a list are paired with the stored item they were read from —
/// by `id` (notes, appointments), by `kind` (documents, one per kind), else by being unchanged,
/// else by position when the list kept its length — so that unknown keys stay with their item
/// when an item is removed or the list re-sorted (review, 2026-12-04: after a document was
/// removed, the next one took its number and expiry). A new item takes no stored keys.
fn merge_object(base: &mut Map<String, Value>, typed: Map<String, Value>) {
    for (key, new) in typed {
        match (base.get_mut(&key), new) {
            (Some(Value::Object(old)), Value::Object(new)) => merge_object(old, new),
            (Some(Value::Array(old)), Value::Array(new)) => {
                *old = merge_list(&key, std::mem::take(old), new);
            }
            (Some(slot), new) => *slot = new,
            (None, new) => {
                base.insert(key, new);
            }
        }
    }
}

/// The keys the typed model leaves out when their value is `None`, by list: absent from the
/// typed item, they were cleared, and the stored value must go too (review, 2026-12-04: a
/// cleared passport number came back on the next opening and in the letter).
/// A dotted key is nested (`decision.appeal`: a recourse removed from a decision that stays;
/// UI review, 2026-12-05: it came back on the next opening).
fn omitted_when_none(list: &str) -> &'static [&'static str] {
    match list {
        "documents" => &["number", "expires"],
        "notes" => &["author"],
        "applications" => &["decision.appeal"],
        _ => &[],
    }
}

/// Removes `path` (dotted) from the stored item `old` when the typed item `new` has its parent
/// object but not the key ([`omitted_when_none`]).
fn clear_omitted(old: &mut Map<String, Value>, new: &Map<String, Value>, path: &str) {
    match path.split_once('.') {
        None => {
            if !new.contains_key(path) {
                old.remove(path);
            }
        }
        Some((head, rest)) => {
            if let (Some(Value::Object(old)), Some(Value::Object(new))) =
                (old.get_mut(head), new.get(head))
            {
                clear_omitted(old, new, rest);
            }
        }
    }
}

/// [`merge_object`] for the items of list `key`.
fn merge_list(key: &str, old: Vec<Value>, new: Vec<Value>) -> Vec<Value> {
    // Only by a field the typed item has: an `id` another tool gave an application is one of
    // its unknown keys, not what pairs it.
    let identity = |item: &Map<String, Value>| -> Option<Value> {
        match key {
            "documents" => item.get("kind").cloned(),
            "notes" | "appointments" => item.get("id").cloned(),
            _ => None,
        }
    };
    // A key the stored item leaves out reads as the typed view's `null`.
    let same =
        |o: &Map<String, Value>, k: &String, v: &Value| o.get(k).unwrap_or(&Value::Null) == v;
    let mut old: Vec<Option<Map<String, Value>>> = old
        .into_iter()
        .map(|o| match o {
            Value::Object(o) => Some(o),
            _ => None,
        })
        .collect();
    let new: Vec<Value> = new;
    let mut pairs: Vec<Option<Map<String, Value>>> = vec![None; new.len()];
    // First, each item with its identity, or, without one, the stored item it equals.
    for (n, pair) in new.iter().zip(pairs.iter_mut()) {
        let Value::Object(n) = n else { continue };
        let at = match identity(n) {
            Some(id) => old.iter().position(|o| {
                o.as_ref()
                    .is_some_and(|o| identity(o).as_ref() == Some(&id))
            }),
            None => old.iter().position(|o| {
                o.as_ref()
                    .is_some_and(|o| identity(o).is_none() && n.iter().all(|(k, v)| same(o, k, v)))
            }),
        };
        *pair = at.and_then(|at| old[at].take());
    }
    // Then the items edited in place (no identity, changed): paired in order with the stored
    // items left, when as many are left on both sides (no item added or removed).
    let edited: Vec<usize> = (0..new.len())
        .filter(|&i| {
            pairs[i].is_none() && matches!(&new[i], Value::Object(n) if identity(n).is_none())
        })
        .collect();
    let left: Vec<usize> = (0..old.len())
        .filter(|&j| old[j].as_ref().is_some_and(|o| identity(o).is_none()))
        .collect();
    if edited.len() == left.len() && new.len() == old.len() {
        for (i, j) in edited.into_iter().zip(left) {
            pairs[i] = old[j].take();
        }
    }
    new.into_iter()
        .zip(pairs)
        .map(|(item, pair)| match (item, pair) {
            (Value::Object(n), Some(mut o)) => {
                for cleared in omitted_when_none(key) {
                    clear_omitted(&mut o, &n, cleared);
                }
                merge_object(&mut o, n);
                Value::Object(o)
            }
            (item, _) => item,
        })
        .collect()
}

/// The non-empty parts, separated by a space.
fn join_present(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A backup or a bundle given where a case file is read is named as what it is, with the
    /// verb that opens it, not « save it in UTF-8 » (CLI review, 2026-12-07).
    #[test]
    fn a_sealed_file_given_as_a_case_file_is_named_with_the_verb_that_opens_it() {
        let sealed = |content: &str| {
            let header =
                format!(r#"{{"format":"passerelle.sealed","version":1,"content":"{content}"}}"#);
            let mut bytes = crate::vault::seal::MAGIC.to_vec();
            bytes.extend((header.len() as u32).to_be_bytes());
            bytes.extend(header.as_bytes());
            bytes.extend([0xff, 0xfe, 0x00, 0x9c].repeat(16));
            bytes
        };
        let said = |bytes: &[u8]| {
            let e = CaseDocument::parse(bytes).unwrap_err();
            let fr = crate::i18n::L10n::get().format("fr", e.message_id(), &e.message_args());
            (e.code(), fr.replace(['\u{a0}', '\u{202f}'], " "))
        };
        let (code, fr) = said(&sealed("backup"));
        assert_eq!(code, "case.sealed");
        assert!(
            fr.contains("une sauvegarde chiffrée") && fr.contains("restore"),
            "{fr}"
        );
        let (_, fr) = said(&sealed("handover"));
        assert!(
            fr.contains("un dossier transmis") && fr.contains("handover import"),
            "{fr}"
        );
        // Another file in another encoding is still said as such.
        let (code, _) = said(&[0xff, 0xfe, b'{', 0x00]);
        assert_eq!(code, "case.not-utf8");
    }

    const SPEC_EXAMPLE: &str = include_str!("../../../../tests/fixtures/case-spec-example.json");

    #[test]
    fn a_birth_date_known_to_the_year_or_month_reads_as_a_range_and_old_files_as_exact() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let parse = |person: &str| {
            let json = format!(r#"{{"format":"passerelle.case/1","person":{person}}}"#);
            CaseDocument::parse(json.as_bytes()).map(|(_, c)| c.person)
        };
        let old = parse(r#"{"birthDate":"1998-04-12"}"#).unwrap();
        assert_eq!(old.birth_date_precision, None);
        assert_eq!(old.birth_range(), Some((d(1998, 4, 12), d(1998, 4, 12))));
        let year = parse(r#"{"birthDate":"1998-01-01","birthDatePrecision":"year"}"#).unwrap();
        assert_eq!(year.birth_range(), Some((d(1998, 1, 1), d(1998, 12, 31))));
        let month = parse(r#"{"birthDate":"2000-02-01","birthDatePrecision":"month"}"#).unwrap();
        assert_eq!(month.birth_range(), Some((d(2000, 2, 1), d(2000, 2, 29))));
        let err = parse(r#"{"birthDate":"1998-01-01","birthDatePrecision":"day"}"#).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Case(path), .. } if path == "person.birthDatePrecision"),
            "{err:?}"
        );
    }

    /// Each request on the ANEF has its own number; the case keeps one. A new request's letter
    /// may cite it only when no application on file is, or may be, the one it numbers (letters
    /// review: a granted first card's number stood on its renewal's letter).
    #[test]
    fn the_case_anef_number_is_a_new_request_s_only_when_no_application_may_own_it() {
        fn on_anef(a: &Application) -> bool {
            matches!(a.route, RouteId::CstL4251 | RouteId::CstL4251Renewal)
        }
        // A letter for a request not on file: every application on file is another request.
        fn new_request(case: &CaseFile) -> AnefNumber<'_> {
            case.anef_number_of_request(|_| false, on_anef)
        }
        let first = |own: Option<&str>| {
            crate::pdf::samples::anef_case(" ANEF-93-2027-000456 ", DecisionOutcome::Granted, own)
                .applications
                .remove(0)
        };
        let mut case = crate::pdf::samples::anef_case(" ", DecisionOutcome::Granted, None);
        case.applications.clear();
        assert_eq!(new_request(&case), AnefNumber::Unrecorded);
        case =
            crate::pdf::samples::anef_case(" ANEF-93-2027-000456 ", DecisionOutcome::Granted, None);
        case.applications.clear();
        assert_eq!(
            new_request(&case),
            AnefNumber::Request("ANEF-93-2027-000456")
        );
        // Filed on the ANEF with no number of its own: the case's may be it.
        case.applications = vec![first(None)];
        assert_eq!(
            new_request(&case),
            AnefNumber::MaybeOfApplication(&case.applications[0])
        );
        // Not filed there (the reflection period's récépissé): it has no ANEF number.
        case.applications[0].route = RouteId::ReflectionPeriod;
        assert_eq!(
            new_request(&case),
            AnefNumber::Request("ANEF-93-2027-000456")
        );
        // Its own number, typed another way, is the case's: the case's is that request's. So
        // with a prefix typed one time and not the other (review, 2026-12-07).
        for typed in ["anef 93 2027 000456", "93-2027-000456", "n° 93 2027 000456"] {
            case.applications = vec![first(Some(typed))];
            assert_eq!(
                new_request(&case),
                AnefNumber::OfApplication(&case.applications[0]),
                "{typed}"
            );
        }
        // A pending request owns a number as a decided one does.
        case.applications[0].decision = None;
        assert!(matches!(new_request(&case), AnefNumber::OfApplication(_)));
        // Even on a route not filed there: the worker said whose it is.
        case.applications[0].route = RouteId::ApsL4254;
        assert!(matches!(new_request(&case), AnefNumber::OfApplication(_)));
        // Another number of its own: the case's is the new request's.
        case.applications = vec![first(Some("ANEF-93-2026-000123"))];
        assert_eq!(
            new_request(&case),
            AnefNumber::Request("ANEF-93-2027-000456")
        );
        // The latest application that may own it is the one named.
        case.applications.push(first(None));
        case.applications.push(first(Some("ANEF-93-2026-000999")));
        assert_eq!(
            new_request(&case),
            AnefNumber::MaybeOfApplication(&case.applications[1])
        );
        // The association's letter for a request on file, waiting: its own number is the
        // letter's, the case's or none; the others are other requests.
        let renewal = |own: Option<&str>| Application {
            route: RouteId::CstL4251Renewal,
            decision: None,
            ..first(own)
        };
        let this = |a: &Application| a.route == RouteId::CstL4251Renewal && a.decision.is_none();
        case.applications = vec![first(None), renewal(Some("ANEF-93-2027-000999"))];
        assert_eq!(
            case.anef_number_of_request(this, on_anef),
            AnefNumber::Request("ANEF-93-2027-000999")
        );
        case.applications = vec![first(Some("1")), renewal(None)];
        assert_eq!(
            case.anef_number_of_request(this, on_anef),
            AnefNumber::Request("ANEF-93-2027-000456")
        );
        case.references = None;
        assert_eq!(
            case.anef_number_of_request(this, on_anef),
            AnefNumber::Unrecorded
        );
    }

    /// Every day a letter may leave out is one `forget_day` forgets, and only that one.
    #[test]
    fn every_checked_day_can_be_forgotten_alone() {
        let full = include_str!("../../../../tests/fixtures/case-full.json");
        let (_, mut case) = CaseDocument::parse(full.as_bytes()).unwrap();
        let day = NaiveDate::from_ymd_opt(2025, 3, 1);
        case.applications = vec![Application {
            route: RouteId::CstL4251,
            filed_on: day,
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Refused,
                date: day,
                appeal: Some(Appeal {
                    kind: AppealKind::Court,
                    filed_on: day,
                }),
            }),
            anef_number: None,
        }];
        // Every day of the case a letter may leave out, by its path.
        let all_days = |c: &CaseFile| -> std::collections::BTreeSet<(String, NaiveDate)> {
            let decision = c.applications.first().and_then(|a| a.decision.as_ref());
            let extra = [
                (
                    "currentPermit.expires",
                    c.current_permit.as_ref().and_then(|p| p.expires),
                ),
                (
                    "applications[0].filedOn",
                    c.applications.first().and_then(|a| a.filed_on),
                ),
                (
                    "applications[0].decision.date",
                    decision.and_then(|d| d.date),
                ),
                (
                    "applications[0].decision.appeal.filedOn",
                    decision.and_then(|d| d.appeal.as_ref()?.filed_on),
                ),
            ];
            c.days_after_birth()
                .into_iter()
                .chain(c.past_days())
                .chain(
                    extra
                        .into_iter()
                        .filter_map(|(path, day)| Some((path.to_string(), day?))),
                )
                .collect()
        };
        let before = all_days(&case);
        let paths: std::collections::BTreeSet<&String> = before.iter().map(|(p, _)| p).collect();
        assert!(
            paths.len() >= 16,
            "the fixture records most days: {paths:?}"
        );
        for path in paths {
            let mut forgotten = case.clone();
            assert!(forgotten.forget_day(path), "{path}");
            let expected: std::collections::BTreeSet<_> =
                before.iter().filter(|(p, _)| p != path).cloned().collect();
            assert_eq!(
                all_days(&forgotten),
                expected,
                "{path}, and only it, is forgotten"
            );
        }
        let mut unknown = case.clone();
        assert!(!unknown.forget_day("person.familyName"));
        assert!(!unknown.forget_day("applications[7].filedOn"));
        assert_eq!(unknown, case);
    }

    /// Code review, 2026-12-05: the statement's check ran on every save, so a case stored with a
    /// soft hyphen pasted in its statement could never be saved again.
    #[test]
    fn a_stored_statement_with_an_invisible_character_still_saves() {
        let json = r#"{"format":"passerelle.case/1","person":{},"accompaniment":{"since":null,"statement":"Suivie depuis mars, ac\u00adcompagnée."}}"#;
        assert!(
            CaseDocument::parse(json.as_bytes()).is_err(),
            "refused as it comes in"
        );
        let (mut doc, mut case) = CaseDocument::stored(json.as_bytes()).unwrap();
        case.notes.clear();
        doc.apply(&case).expect("a stored case keeps saving");
    }

    /// Security review, 2026-12-05: two notes `n1` in an imported file, then « delete » took both.
    #[test]
    fn a_case_file_repeating_a_note_or_appointment_id_is_refused_as_it_comes_in() {
        let note = r#"{"id":"n1","at":"2026-03-12T14:30:00Z","text":"Rappeler."}"#;
        let appointment = r#"{"id":"a1","kind":"court","date":"2027-01-12","time":null,"place":null,"note":null}"#;
        let file = |notes: &str, appointments: &str| {
            format!(
                r#"{{"format":"passerelle.case/1","person":{{}},"notes":[{notes}],"appointments":[{appointments}]}}"#
            )
        };
        let refused = |json: String| match CaseDocument::parse(json.as_bytes()) {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::DuplicateId,
            }) => path,
            other => panic!("{other:?}"),
        };
        assert_eq!(refused(file(&format!("{note},{note}"), "")), "notes[1].id");
        assert_eq!(
            refused(file(note, &format!("{appointment},{appointment}"))),
            "appointments[1].id"
        );
        // One of each, or the same id in two lists: fine.
        let other = appointment.replace("a1", "n1");
        assert!(CaseDocument::parse(file(note, &other).as_bytes()).is_ok());
        // A stored case that repeats one still opens (and is saved by the app).
        let (_, stored) =
            CaseDocument::stored(file(&format!("{note},{note}"), "").as_bytes()).unwrap();
        assert_eq!(stored.notes.len(), 2);
    }

    #[test]
    fn null_on_a_list_or_block_reads_as_empty_and_is_kept_as_written() {
        // The spec writes what is not established as `null` or leaves it out (review,
        // 2026-12-04: a null list read « ce champ manque »).
        let json = r#"{"format":"passerelle.case/1","victimOf":null,"documents":null,
            "applications":null,"notes":null,"appointments":null,"cooperation":null,
            "interview":null,"person":{"languages":null,"aliases":null,"otherNationalities":null}}"#;
        let (doc, case) = CaseDocument::parse(json.as_bytes()).unwrap();
        assert!(case.victim_of.is_empty() && case.documents.is_empty());
        assert!(case.applications.is_empty() && case.notes.is_empty());
        assert!(case.appointments.is_empty() && case.person.languages.is_empty());
        assert_eq!(case.cooperation, Cooperation::default());
        assert_eq!(doc.as_value()["documents"], Value::Null, "kept as written");
        // A wrong type is still refused.
        let err =
            CaseDocument::parse(br#"{"format":"passerelle.case/1","documents":3}"#).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Case(path), .. } if path == "documents"),
            "{err:?}"
        );
    }

    #[test]
    fn other_nationalities_are_iso_codes_absent_means_none_and_all_are_read_in_order() {
        let parse = |person: &str| {
            let json = format!(r#"{{"format":"passerelle.case/1","person":{person}}}"#);
            CaseDocument::parse(json.as_bytes())
        };
        let (_, old) = parse(r#"{"nationality":"NG"}"#).unwrap();
        assert!(old.person.other_nationalities.is_empty());
        assert_eq!(old.person.nationalities(), vec!["NG"]);
        let (doc, two) =
            parse(r#"{"nationality":"NG","otherNationalities":["FR","NG","GH"]}"#).unwrap();
        assert_eq!(
            two.person.nationalities(),
            vec!["NG", "FR", "GH"],
            "each once"
        );
        assert_eq!(
            doc.as_value()["person"]["otherNationalities"],
            serde_json::json!(["FR", "NG", "GH"]),
            "kept as written"
        );
        let (_, unknown_first) =
            parse(r#"{"nationality":null,"otherNationalities":["GH"]}"#).unwrap();
        assert_eq!(unknown_first.person.nationalities(), vec!["GH"]);
        for bad in [
            r#"["stateless"]"#,
            r#"["gh"]"#,
            r#"["ZZ"]"#,
            r#"["Ghana"]"#,
            r#"[""]"#,
            "[3]",
        ] {
            let err = parse(&format!(r#"{{"otherNationalities":{bad}}}"#)).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidField { field: Field::Case(path), .. }
                    if path.starts_with("person.otherNationalities")),
                "{bad}: {err:?}"
            );
        }
    }

    #[test]
    fn a_nationality_is_a_code_the_country_table_knows() {
        let parse = |code: &str| {
            let json =
                format!(r#"{{"format":"passerelle.case/1","person":{{"nationality":"{code}"}}}}"#);
            CaseDocument::parse(json.as_bytes())
        };
        for good in ["NG", "XK", "stateless"] {
            assert!(parse(good).is_ok(), "{good}");
        }
        for bad in ["ZZ", "QQ", "ng", "NGA"] {
            let err = parse(bad).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidField { field: Field::Case(path), reason: Invalid::NotACountry }
                    if path == "person.nationality"),
                "{bad}: {err:?}"
            );
        }
    }

    #[test]
    fn an_edit_writes_other_nationalities_and_keeps_the_unknown_keys_beside_them() {
        let json = r#"{"format":"passerelle.case/1","person":{"nationality":"NG","pronouns":"she"},"future":1}"#;
        let (mut doc, mut case) = CaseDocument::parse(json.as_bytes()).unwrap();
        case.person.other_nationalities = vec!["DZ".into()];
        doc.apply(&case).unwrap();
        let v = doc.as_value();
        assert_eq!(v["person"]["otherNationalities"], serde_json::json!(["DZ"]));
        assert_eq!(v["person"]["pronouns"], "she");
        assert_eq!(v["future"], 1);
        case.person.other_nationalities.clear();
        doc.apply(&case).unwrap();
        assert_eq!(
            doc.as_value()["person"]["otherNationalities"],
            serde_json::json!([]),
            "removing them all is written, not left as it was"
        );
        let (_, back) = CaseDocument::parse(doc.to_json().as_bytes()).unwrap();
        assert_eq!(back, case);
    }

    /// Found by the fuzzer (2026-12-04): a number in a key this build does not know came back
    /// from a round trip as another number (the fast float reader is off by one bit).
    #[test]
    fn a_number_in_an_unknown_key_survives_a_round_trip() {
        let json = r#"{"format":"passerelle.case/1","person":{},"future":8.888888888888891e+85}"#;
        let (doc, _) = CaseDocument::parse(json.as_bytes()).unwrap();
        let (again, _) = CaseDocument::parse(doc.to_json().as_bytes()).unwrap();
        assert_eq!(again, doc);
    }

    /// Review, 2026-12-04: a second `person` object replaced the first without a word.
    #[test]
    fn a_key_written_twice_is_refused_by_its_field() {
        let json = r#"{"format":"passerelle.case/1","person":{"familyName":"Zqxa"},"person":{}}"#;
        match CaseDocument::parse(json.as_bytes()) {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::DuplicateKey,
            }) => assert_eq!(path, "person"),
            other => panic!("{:?}", other.err()),
        }
    }

    #[test]
    fn an_unknown_format_is_quoted_as_printable_ascii_only() {
        let json = r#"{"format":"\u001b]0;pwned\u0007\u202ecase/1","person":{}}"#;
        match CaseDocument::parse(json.as_bytes()) {
            Err(Error::UnknownFormat { found }) => assert_eq!(found, "?]0;pwned??case/1"),
            other => panic!("{:?}", other.err()),
        }
    }

    /// Review, 2026-12-04: `09-06-01` was read as the year 9 (a girl of 17 assessed as an
    /// adult), and days with a sign, spaces or one-digit months were stored as typed.
    #[test]
    fn a_day_not_written_yyyy_mm_dd_or_out_of_its_years_is_refused_by_its_field() {
        let with = |birth: &str, expires: &str| {
            format!(
                r#"{{"format":"passerelle.case/1","person":{{"birthDate":"{birth}"}},
                "currentPermit":{{"kind":"cst-vpf-l425-1","expires":"{expires}"}},
                "appointments":[{{"id":"a","kind":"prefecture","date":"{expires}"}}]}}"#
            )
        };
        let refused = |json: String| match CaseDocument::parse(json.as_bytes()) {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason,
            }) => (path, reason),
            other => panic!("{json}: {:?}", other.map(|(_, c)| c.person.birth_date)),
        };
        for bad in [
            "09-06-01",
            "1998-4-2",
            "+1998-04-12",
            " 1998-04-12",
            "1998-04-12 ",
        ] {
            let (path, reason) = refused(with(bad, "2027-05-31"));
            assert_eq!(
                (path.as_str(), reason),
                ("person.birthDate", Invalid::NotADate),
                "{bad}"
            );
        }
        let (path, reason) = refused(with("1998-02-30", "2027-05-31"));
        assert_eq!(
            (path.as_str(), reason),
            ("person.birthDate", Invalid::NoSuchDay),
            "written as asked, not in the calendar"
        );
        let (path, reason) = refused(with("1998-04-12", "27-05-31"));
        assert_eq!(
            (path.as_str(), reason),
            ("currentPermit.expires", Invalid::NotADate)
        );
        for far in ["+12345-01-01", "-0001-01-01"] {
            let (path, reason) = refused(with(far, "2027-05-31"));
            assert_eq!(path, "person.birthDate", "{far}");
            assert!(
                matches!(reason, Invalid::YearOutOfRange { .. } | Invalid::NotADate),
                "{far}: {reason:?}"
            );
        }
        let (path, reason) = refused(with("0000-04-12", "2027-05-31"));
        assert_eq!(
            (path.as_str(), reason),
            (
                "person.birthDate",
                Invalid::YearOutOfRange {
                    min: 1900,
                    max: 2999
                }
            )
        );
        // A reference shaped like a day that is none is text.
        let reference = r#"{"format":"passerelle.case/1","person":{},
            "cooperation":{"complaint":{"date":null,"service":null,"reference":"1234-56-78"}}}"#;
        assert!(CaseDocument::parse(reference.as_bytes()).is_ok());
        let (_, case) = CaseDocument::parse(with("2009-06-01", "2027-05-31").as_bytes()).unwrap();
        assert_eq!(case.person.birth_date, NaiveDate::from_ymd_opt(2009, 6, 1));
    }

    #[test]
    fn the_spec_example_parses_and_round_trips_exactly() {
        let (doc, case) = CaseDocument::parse(SPEC_EXAMPLE.as_bytes()).unwrap();
        assert_eq!(case.person.nationality.as_deref(), Some("NG"));
        assert_eq!(case.documents.len(), 5);
        let back: Value = serde_json::from_str(&doc.to_json()).unwrap();
        let orig: Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
        assert_eq!(back, orig);
    }

    #[test]
    fn unknown_keys_survive_a_typed_edit() {
        let json = r#"{"format":"passerelle.case/1","person":{"familyName":"Doe","nickname":"x"},
            "futureField":{"a":1},"documents":[{"kind":"passport","status":"have","extra":true}]}"#;
        let (mut doc, mut case) = CaseDocument::parse(json.as_bytes()).unwrap();
        case.person.family_name = Some("Roe".into());
        case.documents[0].status = DocumentStatus::Confiscated;
        doc.apply(&case).unwrap();
        let v = doc.as_value();
        assert_eq!(v["futureField"]["a"], 1);
        assert_eq!(v["person"]["nickname"], "x");
        assert_eq!(v["person"]["familyName"], "Roe");
        assert_eq!(v["documents"][0]["extra"], true);
        assert_eq!(v["documents"][0]["status"], "confiscated");
    }

    /// UI review, 2026-12-05: a recourse removed from a refusal (or the refusal turned into a
    /// grant) came back on the next opening, nested in the decision the merge kept.
    #[test]
    fn a_recourse_removed_from_a_decision_stays_removed() {
        let json = r#"{"format":"passerelle.case/1","person":{"familyName":"Doe"},
            "applications":[{"route":"cst-l425-1","filedOn":"2026-06-02","decision":
              {"outcome":"refused","date":"2026-09-15","note":"x",
               "appeal":{"kind":"court","filedOn":"2026-10-10"}}}]}"#;
        let (mut doc, mut case) = CaseDocument::parse(json.as_bytes()).unwrap();
        let decision = case.applications[0].decision.as_mut().unwrap();
        assert!(decision.appeal.is_some());
        decision.appeal = None;
        doc.apply(&case).unwrap();
        let v = doc.as_value();
        assert_eq!(v["applications"][0]["decision"].get("appeal"), None);
        assert_eq!(
            v["applications"][0]["decision"]["note"], "x",
            "its unknown key stays"
        );
        let (_, back) = CaseDocument::parse(serde_json::to_string(v).unwrap().as_bytes()).unwrap();
        assert_eq!(back, case);
    }

    /// Review, 2026-12-04: lists were merged by position, and the keys the model omits when
    /// `None` were never removed: a cleared number came back, and after a removal or a re-sort
    /// an item took its neighbour's number, expiry, author or unknown keys.
    #[test]
    fn an_edit_keeps_each_items_keys_with_it_and_forgets_what_was_cleared() {
        let json = r#"{"format":"passerelle.case/1","person":{"familyName":"Doe"},
            "documents":[
              {"kind":"passport","status":"have","number":"P-1","expires":"2031-01-15","scanned":1},
              {"kind":"id-card","status":"have","number":"I-2"}],
            "notes":[
              {"id":"n1","at":"2026-01-01T10:00:00Z","text":"a","author":"Claire","x":1},
              {"id":"n2","at":"2026-01-02T10:00:00Z","text":"b"}],
            "applications":[
              {"route":"cst-l425-1","filedOn":"2026-02-01","decision":null,"ref":"A"},
              {"route":"aps-l425-4","filedOn":"2026-03-01","decision":null,"ref":"B"}]}"#;
        let edited = |edit: &dyn Fn(&mut CaseFile)| {
            let (mut doc, mut case) = CaseDocument::parse(json.as_bytes()).unwrap();
            edit(&mut case);
            doc.apply(&case).unwrap();
            let v = doc.as_value().clone();
            // What is stored reads back as the typed case edited.
            let (_, back) =
                CaseDocument::parse(serde_json::to_string(&v).unwrap().as_bytes()).unwrap();
            assert_eq!(back, case);
            v
        };
        // A number cleared stays cleared; the unknown key stays.
        let v = edited(&|c| {
            c.documents[0].number = None;
            c.documents[0].expires = None;
        });
        assert_eq!(v["documents"][0].get("number"), None);
        assert_eq!(v["documents"][0].get("expires"), None);
        assert_eq!(v["documents"][0]["scanned"], 1);
        // The passport removed: the identity card keeps its own number, takes nothing of it.
        let v = edited(&|c| {
            c.documents.remove(0);
        });
        assert_eq!(v["documents"].as_array().unwrap().len(), 1);
        assert_eq!(v["documents"][0]["number"], "I-2");
        assert_eq!(v["documents"][0].get("expires"), None);
        assert_eq!(v["documents"][0].get("scanned"), None);
        // A note deleted: the next one is not signed with its author.
        let v = edited(&|c| {
            c.notes.remove(0);
        });
        assert_eq!(v["notes"][0]["id"], "n2");
        assert_eq!(v["notes"][0].get("author"), None);
        assert_eq!(v["notes"][0].get("x"), None);
        // Applications re-sorted and one edited: each keeps its own unknown key.
        let v = edited(&|c| {
            c.applications.swap(0, 1);
            c.applications[1].filed_on = Some(crate::test_support::d(2026, 2, 2));
        });
        assert_eq!(v["applications"][0]["ref"], "B");
        assert_eq!(v["applications"][1]["ref"], "A");
        assert_eq!(v["applications"][1]["filedOn"], "2026-02-02");
        // One removed: the other keeps its key, and gets none of the removed one's.
        let v = edited(&|c| {
            c.applications.remove(0);
        });
        assert_eq!(v["applications"].as_array().unwrap().len(), 1);
        assert_eq!(v["applications"][0]["ref"], "B");

        // Another tool's applications: an `id` of their own, `decision` left out. An unrelated
        // edit, one added, one removed: each keeps its keys.
        let json = r#"{"format":"passerelle.case/1","person":{"familyName":"Doe"},
            "applications":[
              {"id":"app-1","route":"cst-l425-1","filedOn":"2026-02-01","ref":"A"},
              {"id":"app-2","route":"aps-l425-4","ref":"B"}]}"#;
        let edited = |edit: &dyn Fn(&mut CaseFile)| {
            let (mut doc, mut case) = CaseDocument::parse(json.as_bytes()).unwrap();
            edit(&mut case);
            doc.apply(&case).unwrap();
            doc.as_value()["applications"].clone()
        };
        let same = edited(&|c| c.person.given_names = Some("Ada".into()));
        assert_eq!(same[0]["id"], "app-1");
        assert_eq!(same[1]["ref"], "B");
        let added = edited(&|c| {
            c.applications.push(Application {
                route: RouteId::CarteResidentL4253,
                filed_on: None,
                decision: None,
                anef_number: None,
            })
        });
        assert_eq!(
            (&added[0]["ref"], &added[1]["ref"]),
            (&"A".into(), &"B".into())
        );
        assert_eq!(added[2].get("ref"), None);
        let removed = edited(&|c| {
            c.applications.remove(0);
        });
        assert_eq!(removed[0]["id"], "app-2");
        assert_eq!(removed[0]["ref"], "B");
    }

    #[test]
    fn format_errors_are_told_apart() {
        let err =
            CaseDocument::parse(b"{\"format\":\"passerelle.case/2\",\"person\":{}}").unwrap_err();
        assert!(matches!(err, Error::NewerFormat { .. }), "{err:?}");
        let err = CaseDocument::parse(b"{\"format\":\"other/1\",\"person\":{}}").unwrap_err();
        assert!(matches!(err, Error::UnknownFormat { .. }), "{err:?}");
        let err = CaseDocument::parse(b"{\"person\":{}}").unwrap_err();
        assert!(matches!(err, Error::UnknownFormat { .. }), "{err:?}");
        let err = CaseDocument::parse(b"{\"format\": ").unwrap_err();
        assert!(matches!(err, Error::InvalidJson { line: 1, .. }), "{err:?}");
    }

    #[test]
    fn a_wrong_type_names_the_field_and_the_reason_but_not_the_value() {
        let json = br#"{"format":"passerelle.case/1","person":{"familyName":"Canary"},"tiesWithPerpetratorsBroken":"Secretvalue"}"#;
        let err = CaseDocument::parse(json).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Case(path), reason: Invalid::WrongType(Expected::Boolean) } if path == "tiesWithPerpetratorsBroken"),
            "{err:?}"
        );
        assert!(
            !format!("{err} {err:?}").contains("Secretvalue"),
            "the value must not leak into messages or logs"
        );
        let json = br#"{"format":"passerelle.case/1","person":{"birthDate":"12/04/1998"}}"#;
        let err = CaseDocument::parse(json).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Case(path), reason: Invalid::NotADate } if path == "person.birthDate"),
            "{err:?}"
        );
        let json = br#"{"format":"passerelle.case/1","person":{},"documents":[{"kind":"passport","status":"have"},{"kind":"spaceship","status":"have"}]}"#;
        let err = CaseDocument::parse(json).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Case(path), reason: Invalid::NotAmong { choices } } if path == "documents[1].kind" && choices.starts_with("birth-certificate, passport, id-card")),
            "{err:?}"
        );
        // Given `null` or a number, serde names no choice: the choices are said all the same.
        for given in ["null", "3", "{\"have\": 1}"] {
            let json = format!(
                r#"{{"format":"passerelle.case/1","person":{{}},"documents":[{{"kind":"passport","status":{given}}}]}}"#
            );
            let err = CaseDocument::parse(json.as_bytes()).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidField { field: Field::Case(path), reason: Invalid::NotAmong { choices } } if path == "documents[0].status" && choices.contains("have")),
                "{given}: {err:?}"
            );
        }
    }

    #[test]
    fn initials_hide_the_names_family_name_first() {
        let c = CaseFile::new(Some(" okafor".into()), Some("Amina Grace".into()));
        assert_eq!(c.initials(), "O.\u{a0}A.");
        assert_eq!(
            CaseFile::new(None, Some("Олена".into())).initials(),
            "О.",
            "any script"
        );
        assert_eq!(CaseFile::new(None, None).initials(), "?");
    }

    #[test]
    fn an_appointment_time_must_be_a_time_of_day() {
        assert!(is_time("09:05") && is_time("23:59"));
        for bad in ["24:00", "9:05", "09h05", "12:60", "ab:cd"] {
            assert!(!is_time(bad), "{bad}");
        }
        let json = br#"{"format":"passerelle.case/1","person":{},"appointments":[{"id":"a","kind":"court","date":"2026-12-01","time":"25:00","place":null,"note":null}]}"#;
        assert!(CaseDocument::parse(json).is_err());
    }

    #[test]
    fn display_name_puts_the_family_name_first_in_capitals() {
        let c = CaseFile::new(Some("Okafor".into()), Some("Amina".into()));
        assert_eq!(c.display_name(), "OKAFOR Amina");
        assert_eq!(
            CaseFile::new(None, Some("Amina".into())).display_name(),
            "Amina"
        );
    }

    #[test]
    fn name_in_text_puts_the_given_names_first() {
        let c = CaseFile::new(Some(" Okafor ".into()), Some(" Amina Grace ".into()));
        assert_eq!(c.name_in_text(), "Amina Grace OKAFOR");
        assert_eq!(
            CaseFile::new(Some("Okafor".into()), Some("  ".into())).name_in_text(),
            "OKAFOR"
        );
        assert_eq!(CaseFile::new(None, None).name_in_text(), "");
    }
}
