//! The legal core: what a person can apply for now, what is missing, and by when.
//!
//! The law lives in a versioned rule pack ([`pack`], `assets/rules/fr-teh.json`); this module
//! evaluates it against a [`CaseFile`] and a date, and says which article each answer rests on.
//! Three answers, each a plain serialisable value whose JSON shape is fixed by
//! `../shared/spec/case-file-and-cli.md` (fields are only ever added):
//! - [`assess`]: the routes (`reflection-period`, `cst-l425-1`, `cst-l425-1-renewal`,
//!   `carte-resident-l425-3`, `carte-resident-l425-3-renewal`, `aps-l425-4`), each `eligible`,
//!   `not-eligible`, `incomplete` or `not-applicable`, with its conditions, warnings and related
//!   routes;
//! - [`deadlines`] and [`next_deadline`]: dated deadlines, sorted;
//! - [`checklist`]: the documents of one route, with their status on the filing day.
//!
//! [`CaseAnalysis`] holds the three for one case, computed once per request and passed to what
//! shows them.
//!
//! Invariants, in order of importance:
//! 1. A fact that is `null` never becomes a guess: the condition is `unknown`, the route
//!    `incomplete`, and `missingFacts` names the case-file path to fill in.
//! 2. Every route, condition, warning, related route, deadline and checklist item carries its legal
//!    basis and the confidence tag of its source. Anything resting on a secondary source or an
//!    inference ([S]/[I]) is flagged `confirmByJurist: true`; so is any route a caveat warning
//!    qualifies (Algerian nationals, overseas collectivities).
//! 3. No Tauri, no I/O, no clock: `today` is a parameter, so the same case and date always give the
//!    same answer.
//! 4. Answers are facts (ids, dates, statuses, message arguments), never words: [`labels`] words
//!    them in a language, at the edges that show them (the case page, the documents, the CLI).

pub mod analysis;
pub mod assess;
pub mod checklist;
pub mod compare;
pub mod dates;
pub mod deadlines;
pub mod labels;
pub mod pack;
pub mod signed;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::case::{PermitKind, PieceKind};

pub use analysis::CaseAnalysis;
pub use assess::assess;
pub use checklist::{checklist, default_route};
pub use deadlines::{deadlines, next_deadline};
pub use pack::{
    ConditionId, Confidence, DeadlineKind, RouteId, RulePack, SeeAlsoId, Severity, WarningId,
};

/// A value placed into a localised message: dates are formatted per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    /// A calendar date.
    Date(NaiveDate),
    /// A number.
    Number(i64),
    /// A code (an id, a selector value), never free text from the case.
    Code(String),
}

impl ArgValue {
    /// The selector value `yes` or `no`.
    pub fn yes_no(b: bool) -> ArgValue {
        ArgValue::Code(if b { "yes" } else { "no" }.into())
    }
}

/// Message arguments, by name.
pub type Args = BTreeMap<&'static str, ArgValue>;

/// Which rule pack answered, and whether it may be out of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Pack version.
    pub version: String,
    /// The date of the law the pack encodes.
    pub law_as_of: NaiveDate,
    /// True if no jurist has signed off this version (`reviewedBy` is empty).
    pub unreviewed: bool,
    /// The jurist who reviewed this version, when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    /// The day of that review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<NaiveDate>,
    /// True if the law date is more than a year before `today`: the law may have changed since.
    pub possibly_outdated: bool,
    /// When the pack dates some rules (`validFrom`/`validUntil`): the day whose rules answered
    /// (the planned filing date when it is to come, else today).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_in_force_on: Option<NaiveDate>,
    /// Articles the pack cites whose number is to be confirmed by a jurist, though the rule citing
    /// them may be verified (`CESEDA R431-10`): a view says so beside each.
    pub article_numbers_to_confirm: Vec<String>,
}

impl PackInfo {
    pub(crate) fn of(pack: &RulePack, today: NaiveDate) -> PackInfo {
        let outdated = dates::add_years(pack.law_as_of, 1).is_some_and(|limit| today > limit);
        let reviewed_by = pack
            .reviewed_by
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        PackInfo {
            id: pack.id.clone(),
            version: pack.version.clone(),
            law_as_of: pack.law_as_of,
            unreviewed: reviewed_by.is_none(),
            reviewed_on: reviewed_by.as_ref().and(pack.reviewed_on),
            reviewed_by,
            possibly_outdated: outdated,
            rules_in_force_on: None,
            article_numbers_to_confirm: pack.article_numbers_to_confirm.clone(),
        }
    }
}

/// Outcome of a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Outcome {
    /// Every condition is met.
    Eligible,
    /// At least one condition is not met.
    NotEligible,
    /// No condition fails, but a needed fact is `null`.
    Incomplete,
    /// The route does not fit the case's stage.
    NotApplicable,
}

/// Status of a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ConditionStatus {
    /// Met.
    Met,
    /// Not met.
    NotMet,
    /// A fact it needs is not established.
    Unknown,
}

/// One condition of one route, evaluated.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConditionResult {
    /// Which condition.
    pub id: ConditionId,
    /// Met, not met, unknown.
    pub status: ConditionStatus,
    /// Articles.
    pub legal_basis: Vec<String>,
    /// Confidence tag of the rule.
    pub confidence: Confidence,
    /// True for [S]/[I] rules.
    pub confirm_by_jurist: bool,
    /// When `unknown`: the case-file path of the missing fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_fact: Option<String>,
}

/// One route, evaluated.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteAssessment {
    /// Which route.
    pub id: RouteId,
    /// The answer.
    pub outcome: Outcome,
    /// Its conditions (empty when `not-applicable`).
    pub conditions: Vec<ConditionResult>,
    /// Articles.
    pub legal_basis: Vec<String>,
    /// Confidence tag of the route rule.
    pub confidence: Confidence,
    /// True if a jurist must confirm this outcome: it rests on an [S]/[I] rule, or a caveat
    /// warning qualifies it.
    pub confirm_by_jurist: bool,
    /// True if the prefect « peut » (may) refuse even when every condition is met.
    pub discretionary: bool,
    /// Case-file paths to fill in to decide this route.
    pub missing_facts: Vec<String>,
    /// When `not-applicable`: why (`holds-cst-l425-1`, `already-cooperating`…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_applicable_reason: Option<String>,
    /// Warnings that qualify this outcome.
    pub caveats: Vec<WarningId>,
}

/// A warning raised for the case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Which warning.
    pub id: WarningId,
    /// Articles.
    pub legal_basis: Vec<String>,
    /// Confidence tag.
    pub confidence: Confidence,
    /// True for [S]/[I] rules.
    pub confirm_by_jurist: bool,
    /// How loud.
    pub severity: Severity,
    /// Values the message uses.
    pub args: Args,
}

/// A related route worth considering.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SeeAlso {
    /// Which.
    pub id: SeeAlsoId,
    /// Articles and case law.
    pub legal_basis: Vec<String>,
    /// Confidence tag.
    pub confidence: Confidence,
    /// True for [S]/[I] rules.
    pub confirm_by_jurist: bool,
    /// Values the message uses.
    pub args: Args,
}

/// Why a person is not concerned, and on what basis.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cited {
    /// Articles.
    pub legal_basis: Vec<String>,
    /// Confidence tag.
    pub confidence: Confidence,
    /// True for [S]/[I] rules.
    pub confirm_by_jurist: bool,
}

/// The eligibility assessment (`assess` in the CLI).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// False for nationals of France, the EU, the EEA or Switzerland.
    pub concerned: bool,
    /// Why not concerned (`eu-eea-swiss-national`, `french-national`).
    pub not_concerned_reason: Option<String>,
    /// Basis of the not-concerned answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_concerned_basis: Option<Cited>,
    /// Every route, in the pack's order.
    pub routes: Vec<RouteAssessment>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Related routes, ids only (the spec's shape).
    pub see_also: Vec<SeeAlsoId>,
    /// Related routes with their basis and message.
    pub see_also_details: Vec<SeeAlso>,
    /// True if anything in this assessment needs a jurist's confirmation.
    pub confirm_by_jurist: bool,
    /// The date the assessment was made for.
    pub today: NaiveDate,
    /// The rule pack.
    pub rule_pack: PackInfo,
}

/// The routes, the strongest title first: the choice among eligible routes, and among routes
/// that concern her when none is eligible or incomplete.
const STRONGEST_FIRST: [RouteId; 6] = [
    RouteId::CarteResidentL4253,
    RouteId::CarteResidentL4253Renewal,
    RouteId::CstL4251Renewal,
    RouteId::CstL4251,
    RouteId::ApsL4254,
    RouteId::ReflectionPeriod,
];

/// The routes in the order of the most common situation first, for a choice among incomplete
/// routes: a case whose criminal stage is not recorded yet is far likelier to need a
/// first card than the resident card, which waits for a final conviction; the renewal of the
/// resident card applies only to its holder, for whom every other route is `not-applicable`.
const MOST_COMMON_FIRST: [RouteId; 6] = [
    RouteId::CarteResidentL4253Renewal,
    RouteId::CstL4251Renewal,
    RouteId::CstL4251,
    RouteId::CarteResidentL4253,
    RouteId::ApsL4254,
    RouteId::ReflectionPeriod,
];

impl Assessment {
    /// The route that fits the case best: the first eligible one (resident card, its renewal,
    /// renewal, first card, APS, reflection period), else the first incomplete one (renewal of the
    /// resident card, renewal, first card, resident card, APS, reflection period). The renewal
    /// of the resident card applies only to its holder, for whom every other route is
    /// `not-applicable`: it is her route whenever it is eligible or incomplete.
    pub fn primary_route(&self) -> Option<RouteId> {
        for (wanted, preference) in [
            (Outcome::Eligible, STRONGEST_FIRST),
            (Outcome::Incomplete, MOST_COMMON_FIRST),
        ] {
            for id in preference {
                if self
                    .routes
                    .iter()
                    .any(|r| r.id == id && r.outcome == wanted)
                {
                    return Some(id);
                }
            }
        }
        None
    }

    /// The route whose checklist fits the case: [`Assessment::primary_route`]; when no route is
    /// eligible or incomplete, the strongest one that concerns her at all (after a final
    /// conviction, the resident card; a card holder whose proceedings ended: her renewal, with its
    /// warnings, not a first card); the first card when none does. No letter is written for a
    /// route that is not eligible (`documents::render`).
    pub fn default_route(&self) -> RouteId {
        self.primary_route()
            .or_else(|| {
                STRONGEST_FIRST.into_iter().find(|id| {
                    self.route(*id)
                        .is_some_and(|r| r.outcome != Outcome::NotApplicable)
                })
            })
            .unwrap_or(RouteId::CstL4251)
    }

    /// The route `id`.
    pub fn route(&self, id: RouteId) -> Option<&RouteAssessment> {
        self.routes.iter().find(|r| r.id == id)
    }

    /// True if and only if warning `id` was raised.
    pub fn has_warning(&self, id: WarningId) -> bool {
        self.warnings.iter().any(|w| w.id == id)
    }
}

/// A dated deadline. Read back from the derived index (`db::index`) as well as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The day (the last day, for expiries and closing windows).
    pub date: NaiveDate,
    /// Articles.
    pub legal_basis: Vec<String>,
    /// For `document-expires`: which document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<PieceKind>,
    /// For permit deadlines: which residence document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permit: Option<PermitKind>,
    /// For `document-expires`: true when the day is the last one the document is recent enough
    /// for the application (its day of issue and the pack's freshness rule), not the end of its
    /// own validity (UI review, 2026-12-05: both were « fin de validité » on her checklist).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub freshness: bool,
    /// Confidence tag.
    pub confidence: Confidence,
    /// True for [S]/[I] rules.
    pub confirm_by_jurist: bool,
    /// True if computed from a legal duration because the case does not record the date: check
    /// the document itself; or counted from an approximate birth date (its earliest day).
    pub estimated: bool,
    /// True if the day is before `today`.
    pub passed: bool,
    /// For `planned-filing`: the first window still open that closes before the planned day (the
    /// renewal window, the card's validity, the window at 18, after an asylum claim). Filed as
    /// planned, the application would be late: the worker brings the day forward. Set on the day
    /// the deadlines are read ([`deadlines::deadlines_with`]), never in the derived index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_before: Option<ClosesBefore>,
    /// For `planned-filing`: the renewal window, not open yet, that opens after the planned day.
    /// Filed as planned, the renewal may not count as filed in time (`renewal-filed-early`): the
    /// worker puts the day back. Set as [`Deadline::closes_before`] is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_after: Option<OpensAfter>,
}

/// A window that closes before the day the worker plans to file ([`Deadline::closes_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClosesBefore {
    /// Which deadline closes the window.
    pub kind: DeadlineKind,
    /// Its day.
    pub date: NaiveDate,
}

/// A window that opens after the day the worker plans to file ([`Deadline::opens_after`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OpensAfter {
    /// Which deadline opens the window.
    pub kind: DeadlineKind,
    /// Its day.
    pub date: NaiveDate,
}

/// Status of a checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum ItemStatus {
    /// In hand and fresh on the filing day.
    Ok,
    /// Not in hand.
    Missing,
    /// In hand but too old on the filing day.
    Expired,
    /// Asked for.
    Requested,
    /// An accepted alternative is in hand.
    SatisfiedByAlternative,
    /// Held by the perpetrators (confiscated): an accepted alternative replaces it (`via`: the one
    /// asked for, if any). Never « requested »: she did not ask for it, and will not get it back.
    Confiscated,
}

/// One document of a checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistItem {
    /// The document.
    pub id: PieceKind,
    /// Its status on the reference day.
    pub status: ItemStatus,
    /// Documents accepted instead.
    pub alternatives: Vec<PieceKind>,
    /// The id of a short note for the worker (`legal-note-<id>` in legal.ftl).
    pub note_id: Option<String>,
    /// Articles.
    pub legal_basis: Vec<String>,
    /// Confidence tag.
    pub confidence: Confidence,
    /// True for [S]/[I] items.
    pub confirm_by_jurist: bool,
    /// Confidence tag of the note, which may be weaker than the item's (the association
    /// domiciliation is accepted per a secondary source).
    pub note_confidence: Option<Confidence>,
    /// Not required.
    pub optional: bool,
    /// Which document the status comes from, when it is an alternative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<PieceKind>,
    /// Last day the document used is fresh enough, where freshness matters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fresh_until: Option<NaiveDate>,
    /// Why `missing` when the person may think she has it: `date-unknown`, `confiscated`; or,
    /// on a document in hand (`ok`, `satisfied-by-alternative`), `document-expired`: its
    /// validity ended on `fresh_until` (whether it is still accepted is for the association to
    /// check). Her paper also sets `stateless` on a passport she does not hold when she has no
    /// nationality (`documents`: what replaces it is for the association to see).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl ChecklistItem {
    /// True for the residence document she holds once its validity has ended on the reference
    /// day: renewed, not redone, so worded « plus valable » rather than « trop ancien ».
    pub fn is_ended_permit(&self) -> bool {
        self.id == PieceKind::CurrentPermit && self.status == ItemStatus::Expired
    }

    /// True for a piece recent enough on `today` that will be too old on the reference day (a
    /// renewal prepared before its window opens): to get again just before filing, not « trop
    /// ancien » now (letters audit, 2026-12-06: a 24-day-old proof of address « Date trop
    /// ancienne : à refaire » above « assez récent jusqu'au 1er mai 2027 »).
    pub fn stale_only_at_filing(&self, today: NaiveDate) -> bool {
        self.status == ItemStatus::Expired
            && !self.is_ended_permit()
            && self.reason.is_none()
            && self.fresh_until.is_some_and(|last| today <= last)
    }
}

/// A note on the whole checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistNote {
    /// Note id (`legal-note-<id>` in legal.ftl).
    pub id: String,
    /// Articles.
    pub legal_basis: Vec<String>,
    /// Confidence tag.
    pub confidence: Confidence,
    /// True for [S]/[I] rules.
    pub confirm_by_jurist: bool,
}

/// The document checklist of one route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Checklist {
    /// The route.
    pub route: RouteId,
    /// Items, in filing order.
    pub items: Vec<ChecklistItem>,
    /// Notes on the whole file.
    pub notes: Vec<ChecklistNote>,
    /// The day freshness is judged on: the planned filing date, or today if later or unknown.
    pub reference_date: NaiveDate,
    /// How sure the list itself is.
    pub confidence: Confidence,
    /// True if the list or an item needs a jurist's confirmation.
    pub confirm_by_jurist: bool,
    /// The rule pack.
    pub rule_pack: PackInfo,
}

impl Checklist {
    /// The item asking for `id`, if the list asks for it.
    pub fn item(&self, id: PieceKind) -> Option<&ChecklistItem> {
        self.items.iter().find(|i| i.id == id)
    }
}
