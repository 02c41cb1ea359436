//! The rule pack: the law as data (`assets/rules/fr-teh.json`, embedded at build time).
//!
//! The pack says *what* the law requires: which conditions each route has, the legal basis and
//! the confidence tag of every condition, route, warning, deadline and checklist item, the
//! durations, the windows, the lists of nationalities and the documents. The engine
//! ([`super::assess`], [`super::deadlines`], [`super::checklist`]) says *how* a case's facts are
//! read; it is keyed by the typed ids below, so a pack that names an id the engine does not know
//! is refused when it loads, never silently ignored.
//!
//! A pack is versioned and states the date of the law it encodes (`lawAsOf`); docs/legal-rules.md
//! says who checks a new pack and how that date moves.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock, RwLock};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Field, Invalid};
use crate::model::case::{PermitKind, PieceKind};
use crate::{Error, Result};

/// Declares a rule type of the pack: its own fields, then what every rule carries (its articles,
/// how sure the project is of it, where it comes from, the days it is in force), and [`PackRule`]
/// over those. One declaration, so that a rule type cannot forget its provenance.
macro_rules! pack_rule {
    ($(#[$attr:meta])* $name:ident { $($(#[$field_attr:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            $($(#[$field_attr])* pub $field: $ty,)*
            /// Legal basis.
            pub legal_basis: Vec<String>,
            /// Confidence tag.
            pub confidence: Confidence,
            /// Where the rule comes from (French), printed on the review sheet.
            #[serde(default)]
            pub sources: Vec<String>,
            /// First day the rule is in force, where the law has a transition date
            /// ([`RulePack::in_force_on`]).
            #[serde(default)]
            pub valid_from: Option<NaiveDate>,
            /// Last day the rule is in force.
            #[serde(default)]
            pub valid_until: Option<NaiveDate>,
        }

        impl PackRule for $name {
            fn validity(&self) -> (Option<NaiveDate>, Option<NaiveDate>) {
                (self.valid_from, self.valid_until)
            }

            fn rule_ref(&self, key: String) -> RuleRef<'_> {
                RuleRef {
                    key,
                    legal_basis: &self.legal_basis,
                    confidence: self.confidence,
                    sources: &self.sources,
                }
            }
        }
    };
}

/// What every rule of a pack answers, whatever its section.
trait PackRule {
    /// `(validFrom, validUntil)`.
    fn validity(&self) -> (Option<NaiveDate>, Option<NaiveDate>);

    /// The rule as the checks and the review sheet see it, under `key`.
    fn rule_ref(&self, key: String) -> RuleRef<'_>;

    /// True if the rule is in force on `day`.
    fn in_force_on(&self, day: NaiveDate) -> bool {
        let (from, until) = self.validity();
        from.is_none_or(|f| f <= day) && until.is_none_or(|u| day <= u)
    }
}

/// The format tag of the packs this build reads.
pub const PACK_FORMAT: &str = "passerelle.rules/1";

/// The version of this engine: what a pack's `engine` field is compared with. Raise it when the
/// engine learns something a pack may rely on (a new condition, warning or field), so that an
/// older Passerelle refuses a pack written for the newer one with a clear message.
///
/// 1: the first engine. 2: `articleNumbersToConfirm`. 3: the related route
/// `exit-programme-l425-4` (an engine-2 Passerelle read it as an unknown id, not as a pack for a
/// newer engine: rule-pack review, 2026-12-08).
pub const ENGINE_VERSION: u32 = 3;

const EMBEDDED: &str = include_str!("../../../../assets/rules/fr-teh.json");

/// How sure the project is of a rule, as tagged in `legal-facts.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// Verified in a primary text or a reliable mirror.
    V,
    /// From a secondary source: to be confirmed by a jurist.
    S,
    /// An inference: to be confirmed by a jurist.
    I,
}

impl Confidence {
    /// True if and only if a jurist must confirm what rests on this rule ([S] or [I]).
    pub fn needs_jurist(self) -> bool {
        self != Confidence::V
    }

    /// The weaker of two tags.
    pub fn weakest(self, other: Confidence) -> Confidence {
        self.max(other)
    }
}

pub use crate::model::case::RouteId;

/// The conditions the engine knows how to read from a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConditionId {
    /// Not a national of the EU, the EEA or Switzerland.
    ThirdCountryNational,
    /// The address is where the CESEDA applies.
    CesedaTerritory,
    /// Victim of trafficking or procuring.
    VictimOfTraffickingOrProcuring,
    /// No complaint or testimony yet (the reflection period is for deciding).
    NoCooperationYet,
    /// A complaint or a testimony.
    Cooperation,
    /// All ties with the perpetrators broken (L425-1).
    TiesBroken,
    /// The same, read into L425-3.
    #[serde(rename = "ties-broken-l425-3")]
    TiesBrokenL4253,
    /// No threat to public order.
    NoPublicOrderThreat,
    /// Adult, or a minor of 16+ who works or trains (R425-5).
    AgeForCst,
    /// Adult.
    Adult,
    /// Criminal proceedings still running.
    ProceedingsOngoing,
    /// Conviction final.
    FinalConviction,
    /// Legally resident on the day the resident card is applied for (L425-3).
    RegularStayOnApplication,
    /// Admitted to the exit-from-prostitution programme.
    ExitProgramme,
}

/// The warnings the engine knows how to raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningId {
    /// A date of the case that cannot be right (a past fact after today, a day of her life before
    /// her birth, a conviction before any complaint or testimony, a card ending before its
    /// issue): what reads it reads it as written.
    CaseDatesToCheck,
    /// Nationality not known: an EU citizen cannot be ruled out.
    NationalityUnknown,
    /// Algerian national: the 1968 agreement governs the stay.
    #[serde(rename = "algerian-national-1968-agreement")]
    AlgerianNational1968Agreement,
    /// Address in an overseas collectivity where the CESEDA does not apply.
    OverseasCesedaNotApplicable,
    /// Passport or ID card held by the perpetrators.
    IdentityDocumentConfiscated,
    /// A stateless person has no passport or consular document: what replaces them is for a
    /// jurist.
    StatelessIdentityDocuments,
    /// L432-1-1: forged documents.
    RefusalRiskFalseDocuments,
    /// L432-1-1: removal order not complied with.
    RefusalRiskRemovalOrder,
    /// L432-1-1: other facts exposing her to a conviction for a serious offence.
    RefusalRiskSeriousOffences,
    /// The L432-1-1 facts were not asked.
    RefusalRisksUnchecked,
    /// Public order threat recorded.
    PublicOrderThreat,
    /// L433-1-1: three consecutive renewals.
    #[serde(rename = "renewal-cap-l433-1-1")]
    RenewalCapL43311,
    /// L433-5: no multi-year card for L425-1 holders.
    MultiYearCardExcluded,
    /// L425-3: legal residence needed when the conviction becomes final.
    RegularStayAtFinalConviction,
    /// The conviction is final and she holds no L425-1 card: which card to apply for (the first
    /// L425-1 card, renewed « pendant la procédure », or the resident card) is for a jurist.
    FinalConvictionFirstCard,
    /// Acquittal or dismissal.
    ProceedingsEndedWithoutConviction,
    /// A complaint or testimony, but no criminal proceedings known.
    ComplaintWithoutProceedings,
    /// A testimony alone, while the case records no proceedings or their dismissal: it does not
    /// count as cooperation, yet she has spoken to the police or a court.
    TestimonyWithoutProceedings,
    /// Address in Mayotte: a card issued there is valid in Mayotte only.
    MayotteCardValidInMayotteOnly,
    /// Address in Saint-Pierre-et-Miquelon, Saint-Barthélemy or Saint-Martin: the CESEDA applies
    /// there with adaptations the pack does not encode.
    OverseasAdaptationsNotEncoded,
    /// Under 16.
    #[serde(rename = "minor-under-16")]
    MinorUnder16,
    /// 16 or 17.
    #[serde(rename = "minor-16-18")]
    Minor16To18,
    /// Around the 18th birthday.
    #[serde(rename = "minor-at-18")]
    MinorAt18,
    /// The application window after the 18th birthday closed with no title applied for, for a
    /// person the case shows in France before it.
    MajorityWindowMissed,
    /// Reflection period running.
    ReflectionPeriodRunning,
    /// Reflection period over without cooperation.
    ReflectionPeriodOver,
    /// The current document has expired.
    PermitExpired,
    /// The renewal window closed without a renewal filed.
    RenewalWindowMissed,
    /// Her card ended without a renewal filed in time: the prefecture may take the application
    /// as a late renewal or as a first application.
    RenewalAfterExpiry,
    /// The renewal is recorded as filed before its window opened.
    RenewalFiledEarly,
    /// Her renewal is granted while the card (or APS) it renews is still the one recorded: the
    /// new one is to be recorded when she receives it, or the next deadlines read the old one
    /// (review, 2026-12-06: her paper said « acceptée », the worker's screen nothing).
    RenewalGranted,
    /// A first card, a resident card or an APS is granted and not recorded as her document: it is
    /// to be recorded when she receives it, or no deadline of it is followed (letters trial,
    /// 2026-12-07: a first card granted a year before, its renewal window never shown).
    TitleGranted,
    /// A refusal is recorded and nothing has followed it (no application filed, no title issued
    /// since): the recourse and its time limits are for a jurist.
    ApplicationRefused,
    /// An application filed with no decision recorded, past the day silence rejects it (R432-2):
    /// it is no longer only « waiting ».
    ImplicitRejectionPassed,
    /// The expiry was computed from the issue date.
    PermitExpiryEstimated,
    /// She holds temporary protection: the L425-1 card is applied for beside it.
    TemporaryProtectionHeld,
    /// She holds another residence title (`other`: a refugee's card, a student's…): what the
    /// L425-1 card adds to it, or takes from it, is for a jurist.
    OtherTitleHeld,
    /// Her asylum application is being examined: L431-2 sets a time for other grounds.
    AsylumApplicationPending,
    /// Victim only of offences L425-1 does not name as verified (forced labour, servitude,
    /// working or housing conditions): whether loi 2024-42 added 225-14 is unverified.
    #[serde(rename = "offence-outside-l425-1")]
    OffenceOutsideL4251,
    /// Her birth date is approximate (a year, a month) and puts her on both sides of an age a
    /// rule reads: the outcome waits for the age to be confirmed.
    ApproximateAge,
    /// Renewal of the resident card: the prefecture checks her habitual residence in France
    /// (L433-3-1, L432-3 2°), which the case file does not record.
    ResidentCardRenewalHabitualResidence,
}

/// Related routes a worker should consider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SeeAlsoId {
    /// Asylum (OFPRA, CNDA).
    Asylum,
    /// Admission exceptionnelle au séjour, L435-1.
    #[serde(rename = "admission-exceptionnelle-l435-1")]
    AdmissionExceptionnelleL4351,
    /// Domestic violence, L425-6.
    #[serde(rename = "domestic-violence-l425-6")]
    DomesticViolenceL4256,
    /// Minors at 18, L423-22.
    #[serde(rename = "minor-at-18")]
    MinorAt18,
    /// Protection, accommodation, AC.SÉ, legal aid and compensation: measures beside the permit.
    VictimSupportMeasures,
    /// The republican integration contract with the OFII (L413-2), for the L425-1 card: whether
    /// its holder must sign it is unverified (L413-5's list seen does not name L425-1).
    RepublicanIntegrationContract,
    /// The exit-from-prostitution programme (CASF L121-9), for a victim who does not cooperate:
    /// the APS of L425-4 follows her admission.
    #[serde(rename = "exit-programme-l425-4")]
    ExitProgrammeL4254,
}

/// Kinds of deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DeadlineKind {
    /// End of the 30-day reflection period.
    ReflectionPeriodEnd,
    /// Last day of validity of the current document.
    PermitExpires,
    /// First day of the renewal window.
    RenewalWindowOpens,
    /// Last day of the renewal window.
    RenewalWindowCloses,
    /// Last day a supporting document is fresh enough.
    DocumentExpires,
    /// 18th birthday.
    #[serde(rename = "turns-18")]
    #[strum(serialize = "turns-18")]
    Turns18,
    /// Last day to apply after the 18th birthday (R431-5 3°).
    MajorityApplicationCloses,
    /// Last day to apply on other grounds after the asylum registration (L431-2), « sauf
    /// circonstances nouvelles ».
    AsylumOtherGroundsCloses,
    /// The day the worker plans to file the application: the case's own date, no rule (what the
    /// checklist judges freshness on).
    PlannedFiling,
    /// The day an application filed and not yet decided is implicitly rejected: the prefect's
    /// silence for the rule's months (four, R432-2) is a refusal.
    ImplicitRejection,
}

impl DeadlineKind {
    /// The id as written in JSON.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How loud a warning is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Severity {
    /// Good to know.
    Info,
    /// Check before filing.
    Caution,
    /// May cost the person her protection.
    Danger,
}

/// A rule pack.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RulePack {
    /// [`PACK_FORMAT`].
    pub format: String,
    /// Pack id.
    pub id: String,
    /// What the pack covers.
    pub title: String,
    /// Pack version: dot-separated numbers (`2026.12.4`), compared number by number
    /// ([`compare_versions`]).
    pub version: String,
    /// The engine version the pack needs ([`ENGINE_VERSION`]): a pack written for a newer engine
    /// is refused before its rules are read. Absent: 1.
    #[serde(default = "first_engine")]
    pub engine: u32,
    /// What changed since the previous version, for the workers (shown beside each case the
    /// change concerns). Written by the jurist who reviewed the pack, in French.
    #[serde(default)]
    pub changes: Vec<ChangeNote>,
    /// The date of the law the pack encodes.
    pub law_as_of: NaiveDate,
    /// Which texts, amended by what.
    pub law_as_of_note: String,
    /// The jurist who reviewed this version, if any.
    pub reviewed_by: Option<String>,
    /// When.
    pub reviewed_on: Option<NaiveDate>,
    /// What the jurist reviewed (sections, reservations), as written on the signed review sheet.
    #[serde(default)]
    pub review_scope: Option<String>,
    /// Who is not concerned.
    pub not_concerned: Vec<NotConcernedRule>,
    /// Conditions of the routes.
    pub conditions: Vec<ConditionRule>,
    /// Routes.
    pub routes: Vec<RouteRule>,
    /// Warnings.
    pub warnings: Vec<WarningRule>,
    /// Related routes.
    pub see_also: Vec<SeeAlsoRule>,
    /// Residence documents: validity and renewal.
    pub permits: Vec<PermitRule>,
    /// Renewal windows.
    pub renewal_windows: Vec<RenewalWindowRule>,
    /// Deadline kinds.
    pub deadlines: Vec<DeadlineRule>,
    /// How long a document stays fresh.
    pub freshness: Vec<FreshnessRule>,
    /// Notes for the worker.
    pub notes: Vec<NoteRule>,
    /// Checklists, one per route.
    pub checklists: Vec<ChecklistRule>,
    /// Articles the rules cite whose number no verified source gives (« CESEDA R431-10 »), though
    /// the rule that cites them may be verified: every screen and sheet that cites one says
    /// « numéro d’article à confirmer » beside it. Each must be cited by some rule, written as the
    /// rules write it. Engine 2.
    #[serde(default)]
    pub article_numbers_to_confirm: Vec<String>,
    /// True if some rule carries `validFrom`/`validUntil` (set when the pack is read).
    #[serde(skip)]
    dated: bool,
}

/// One change of a pack, as its authors describe it to the workers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChangeNote {
    /// What changed, in a sentence or two (French).
    pub summary: String,
    /// The articles the change rests on.
    pub legal_basis: Vec<String>,
    /// The day the change takes effect in law, when there is one.
    #[serde(default)]
    pub in_force_from: Option<NaiveDate>,
}

fn first_engine() -> u32 {
    1
}

/// Compares two pack versions number by number (`2026.12.10` > `2026.12.9`); `None` if either is
/// not dot-separated numbers.
pub fn compare_versions(a: &str, b: &str) -> Option<std::cmp::Ordering> {
    fn parts(v: &str) -> Option<Vec<u64>> {
        v.split('.').map(|p| p.parse::<u64>().ok()).collect()
    }
    let (a, b) = (parts(a)?, parts(b)?);
    if a.is_empty() || b.is_empty() {
        return None;
    }
    Some(a.cmp(&b))
}

/// A version as the project writes them: three numbers without leading zeros, the first a year
/// from that of the law encoded to ten years after it. A signed `99999999999.0` locked out every
/// later pack, and the next release's embedded one; `2026.12.022` equalled `2026.12.22`
/// (rule-pack review, 2026-12-08).
fn well_formed_version(version: &str, law_as_of: NaiveDate) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    let number = |p: &&str| {
        !p.is_empty()
            && p.bytes().all(|b| b.is_ascii_digit())
            && (p.len() == 1 || !p.starts_with('0'))
    };
    if parts.len() != 3 || !parts.iter().all(number) {
        return false;
    }
    let year = law_as_of.year();
    parts[0]
        .parse::<i32>()
        .is_ok_and(|y| (year..=year + 10).contains(&y))
}

pack_rule! {
    /// Nationals who need no residence permit.
    NotConcernedRule {
        /// Reason id (`eu-eea-swiss-national`, …).
        id: String,
        /// ISO 3166-1 alpha-2 codes.
        nationalities: Vec<String>,
    }
}

pack_rule! {
    /// A condition of one or more routes.
    ConditionRule {
        /// Which condition.
        id: ConditionId,
        /// Case-file paths the condition reads (documentation and missing-fact names).
        facts: Vec<String>,
        /// Confidence of a `met` answer, when it is surer than a `not-met` one (the CESEDA surely
        /// applies in metropolitan France; that it does not in New Caledonia is an inference).
        met_confidence: Option<Confidence>,
        /// `ceseda-territory`: postcode prefixes of the collectivities with their own law of entry
        /// and stay.
        #[serde(default)]
        postcode_prefixes_outside_ceseda: Vec<String>,
        /// `ceseda-territory`: postcode prefixes outside France (Monaco).
        #[serde(default)]
        postcode_prefixes_outside_france: Vec<String>,
        /// A « peut » rule (the prefect may refuse): when not met, the route keeps the outcome of its
        /// other conditions and is marked discretionary, never `not-eligible`.
        #[serde(default)]
        discretionary: bool,
        /// `age-for-cst`: youngest age a card may be issued at.
        minimum_age: Option<u32>,
        /// Age of majority.
        adult_age: Option<u32>,
    }
}

pack_rule! {
    /// A route and its conditions.
    RouteRule {
        /// Which route.
        id: RouteId,
        /// True if the prefect « peut » (may) refuse even when every condition is met.
        discretionary: bool,
        /// Conditions, all required.
        conditions: Vec<ConditionId>,
    }
}

pack_rule! {
    /// A warning.
    WarningRule {
        /// Which warning.
        id: WarningId,
        /// How loud.
        severity: Severity,
        /// Nationalities the warning is about.
        #[serde(default)]
        nationalities: Vec<String>,
        /// Documents the warning is about.
        #[serde(default)]
        documents: Vec<PieceKind>,
        /// Routes whose outcome this warning qualifies: they then need a jurist.
        #[serde(default)]
        caveat_for: Vec<RouteId>,
        /// A ground on which the prefect « peut » refuse (L432-1-1): the routes it qualifies are
        /// then left to the prefect's judgement (`discretionary`), as a public-order threat
        /// leaves them.
        #[serde(default)]
        refusal_ground: bool,
        /// `renewal-cap-l433-1-1`: consecutive renewals allowed.
        cap: Option<u32>,
        /// `approximate-age`: the ages the conditions read (16, 18): raised when one falls inside
        /// her possible ages (the 19th birthday only moves deadlines, marked `estimated`).
        #[serde(default)]
        ages: Vec<u32>,
    }
}

pack_rule! {
    /// A related route.
    SeeAlsoRule {
        /// Which.
        id: SeeAlsoId,
        /// `asylum`: nationalities with specific case law.
        #[serde(default)]
        case_law_nationalities: Vec<String>,
    }
}

/// A validity: years or days.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Validity {
    /// Years of validity.
    pub years: Option<u32>,
    /// Days of validity.
    pub days: Option<u32>,
}

/// How a document is renewed.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PermitRenewal {
    /// Id of a [`RenewalWindowRule`].
    pub window: String,
    /// Legal basis.
    pub legal_basis: Vec<String>,
    /// Confidence tag.
    pub confidence: Confidence,
}

pack_rule! {
    /// A residence document.
    PermitRule {
        /// Which document.
        kind: PermitKind,
        /// Legal validity, used only to estimate an unrecorded expiry.
        validity: Option<Validity>,
        /// Renewal, if the document is renewed.
        renewal: Option<PermitRenewal>,
    }
}

pack_rule! {
    /// A renewal window, counted back from the expiry.
    RenewalWindowRule {
        /// Id referenced by [`PermitRenewal::window`].
        id: String,
        /// The window opens this many days before the expiry…
        opens_days_before: Option<u32>,
        /// …or this many months before it.
        opens_months_before: Option<u32>,
        /// The window closes this many days before the expiry.
        closes_days_before: u32,
    }
}

pack_rule! {
    /// A deadline kind.
    DeadlineRule {
        /// Which deadline.
        kind: DeadlineKind,
        /// `reflection-period-end`: length of the period.
        days: Option<u32>,
        /// `majority-application-closes`: months after the 18th birthday (R431-5 3°);
        /// `asylum-other-grounds-closes`: months after the asylum registration (L431-2).
        months: Option<u32>,
        /// `majority-application-closes`: the eve of this birthday, for the people R431-5 2° lists.
        eve_of_birthday: Option<u32>,
    }
}

pack_rule! {
    /// How long a supporting document stays usable.
    FreshnessRule {
        /// Which document.
        document: PieceKind,
        /// It must be less than this many months old on the filing day.
        max_age_months: u32,
    }
}

pack_rule! {
    /// A note for the worker.
    NoteRule {
        /// Note id; its text is `legal-note-<id>` in legal.ftl.
        id: String,
    }
}

/// The documents of one route.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChecklistRule {
    /// Which route.
    pub route: RouteId,
    /// How sure the list itself is (F32257 itemises only the first card).
    pub confidence: Confidence,
    /// Notes on the whole checklist.
    pub notes: Vec<String>,
    /// Items, in filing order.
    pub items: Vec<ItemRule>,
}

pack_rule! {
    /// One document to gather.
    ItemRule {
        /// The document.
        id: PieceKind,
        /// Documents accepted instead, in order of preference.
        alternatives: Vec<PieceKind>,
        /// Note id.
        note: Option<String>,
        /// Not required (helps the file).
        #[serde(default)]
        optional: bool,
        /// Required only for filings on or after this day; a copy dated before it is not the one
        /// required (a contract signed before it existed).
        required_from: Option<NaiveDate>,
        /// A new one is signed for each application: a copy dated before her current card was issued
        /// was given for an earlier one (R412-1: a new contract for each renewal).
        #[serde(default)]
        signed_since_current_permit: bool,
        /// Nationals for whom the document is optional (ISO codes).
        #[serde(default)]
        optional_for_nationalities: Vec<String>,
        /// The note shown instead of [`ItemRule::note`] to those nationals.
        optional_note: Option<String>,
    }
}

/// One rule of a pack, whatever its section: what the "every rule cites an article" checks and the
/// docs table iterate over.
#[derive(Debug, Clone)]
pub struct RuleRef<'a> {
    /// Section and id, e.g. `routes/cst-l425-1`.
    pub key: String,
    /// Legal basis.
    pub legal_basis: &'a [String],
    /// Confidence tag.
    pub confidence: Confidence,
    /// Where the rule comes from, for the rule types that say so.
    pub sources: &'a [String],
}

fn id_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".into(),
    }
}

/// The pack in use when it is not the embedded one ([`RulePack::active`]).
static ACTIVE: RwLock<Option<&'static RulePack>> = RwLock::new(None);

/// Every pack made active in this process, by version: a vault unlocked again with the same
/// imported pack reuses its parsed copy instead of keeping another one.
static LOADED: Mutex<Vec<&'static RulePack>> = Mutex::new(Vec::new());

impl RulePack {
    /// The pack in use: the one the open vault holds ([`RulePack::set_active`]), or the embedded
    /// one, which is the floor. Every assessment of a case the app shows, prints or indexes uses
    /// this; the `*_with` functions take a pack explicitly (re-assessment, the review sheet of a
    /// file, tests).
    pub fn active() -> &'static RulePack {
        ACTIVE
            .read()
            .ok()
            .and_then(|active| *active)
            .unwrap_or_else(RulePack::embedded)
    }

    /// Makes `pack` the one in use for this process (`None`: the embedded one). The vault calls
    /// this when it opens (with the pack stored in it) and when it locks (`None`), and the import
    /// and the rollback when they change it.
    pub fn set_active(pack: Option<&RulePack>) {
        let chosen = pack.map(|pack| {
            let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
            match loaded
                .iter()
                .find(|p| p.id == pack.id && p.version == pack.version)
            {
                Some(same) => *same,
                None => {
                    // Leaked on purpose: an assessment borrows the pack for `'static`, and a
                    // process loads a handful of versions at most (one per import).
                    let kept: &'static RulePack = Box::leak(Box::new(pack.clone()));
                    loaded.push(kept);
                    kept
                }
            }
        });
        if let Ok(mut active) = ACTIVE.write() {
            *active = chosen;
        }
    }

    /// The pack embedded in this build, parsed once.
    pub fn embedded() -> &'static RulePack {
        static PACK: OnceLock<RulePack> = OnceLock::new();
        PACK.get_or_init(|| {
            RulePack::from_json(EMBEDDED)
                .expect("BUG: the embedded rule pack is invalid (the pack tests catch this)")
        })
    }

    /// The embedded pack's JSON text.
    pub fn embedded_json() -> &'static str {
        EMBEDDED
    }

    /// Reads and checks a pack. Errors name the place in the pack that is wrong.
    pub fn from_json(text: &str) -> Result<RulePack> {
        let mut de = serde_json::Deserializer::from_str(text);
        let pack: RulePack = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            log::warn!("rule pack: {e}");
            Error::invalid(
                Field::Rules(e.path().to_string()),
                Invalid::RuleDefect("does not parse"),
            )
        })?;
        let mut pack = pack;
        let dated = pack
            .validities()
            .any(|(from, until)| from.is_some() || until.is_some());
        pack.dated = dated;
        pack.check_dated()?;
        Ok(pack)
    }

    /// Every rule's `(validFrom, validUntil)`.
    fn validities(&self) -> impl Iterator<Item = (Option<NaiveDate>, Option<NaiveDate>)> + '_ {
        fn of<R: PackRule>(
            list: &[R],
        ) -> impl Iterator<Item = (Option<NaiveDate>, Option<NaiveDate>)> + '_ {
            list.iter().map(R::validity)
        }
        of(&self.not_concerned)
            .chain(of(&self.conditions))
            .chain(of(&self.routes))
            .chain(of(&self.warnings))
            .chain(of(&self.see_also))
            .chain(of(&self.permits))
            .chain(of(&self.renewal_windows))
            .chain(of(&self.deadlines))
            .chain(of(&self.freshness))
            .chain(of(&self.notes))
            .chain(self.checklists.iter().flat_map(|c| of(&c.items)))
    }

    /// True if and only if some rule of the pack is in force only from or until a date.
    pub fn has_dated_rules(&self) -> bool {
        self.dated
    }

    /// The pack as it stands on `day`: the rules whose `validFrom`/`validUntil` exclude that day
    /// are left out, so that of two versions of a rule around a transition date the one in force
    /// answers. The pack itself when no rule is dated.
    pub fn in_force_on(&self, day: NaiveDate) -> std::borrow::Cow<'_, RulePack> {
        if !self.dated {
            return std::borrow::Cow::Borrowed(self);
        }
        fn keep<R: PackRule>(list: &mut Vec<R>, day: NaiveDate) {
            list.retain(|r| r.in_force_on(day));
        }
        let mut p = self.clone();
        p.dated = false;
        keep(&mut p.not_concerned, day);
        keep(&mut p.conditions, day);
        keep(&mut p.routes, day);
        keep(&mut p.warnings, day);
        keep(&mut p.see_also, day);
        keep(&mut p.permits, day);
        keep(&mut p.renewal_windows, day);
        keep(&mut p.deadlines, day);
        keep(&mut p.freshness, day);
        keep(&mut p.notes, day);
        for list in &mut p.checklists {
            keep(&mut list.items, day);
        }
        std::borrow::Cow::Owned(p)
    }

    /// The periods between the days dated rules start or end, in order: `(first day, last day)`,
    /// `None` for unbounded. One unbounded period when no rule is dated.
    pub fn periods(&self) -> Vec<(Option<NaiveDate>, Option<NaiveDate>)> {
        if !self.dated {
            return vec![(None, None)];
        }
        let mut starts = std::collections::BTreeSet::new();
        for (from, until) in self.validities() {
            starts.extend(from);
            starts.extend(until.and_then(|u| u.succ_opt()));
        }
        let starts: Vec<NaiveDate> = starts.into_iter().collect();
        let mut out = Vec::with_capacity(starts.len() + 1);
        let mut previous: Option<NaiveDate> = None;
        for start in starts {
            out.push((previous, start.pred_opt()));
            previous = Some(start);
        }
        out.push((previous, None));
        out
    }

    /// Checks the pack as it stands on every day a dated rule starts or ends (and before the
    /// first): each of those is a complete, consistent pack on its own.
    fn check_dated(&self) -> Result<()> {
        if !self.dated {
            return self.check();
        }
        let mut days = std::collections::BTreeSet::from([NaiveDate::MIN]);
        for (from, until) in self.validities() {
            if let (Some(f), Some(u)) = (from, until) {
                if f > u {
                    return Err(Error::invalid(
                        Field::Rules("validFrom".into()),
                        Invalid::RuleDefect("validFrom after validUntil"),
                    ));
                }
            }
            days.extend(from);
            days.extend(until.and_then(|u| u.succ_opt()));
        }
        for day in days {
            self.in_force_on(day).check()?;
        }
        Ok(())
    }

    /// [`RulePack::check`]'s bounds: the path of the first rule out of them, and why.
    fn check_ranges(&self) -> std::result::Result<(), (String, &'static str)> {
        let within = |v: Option<u32>, range: std::ops::RangeInclusive<u32>| {
            v.is_none_or(|v| range.contains(&v))
        };
        for route in &self.routes {
            if route.conditions.is_empty() {
                let path = format!("rules.routes.{}.conditions", route.id.as_str());
                return Err((path, "a route without conditions"));
            }
        }
        for d in &self.deadlines {
            if !within(d.days, 1..=3650)
                || !within(d.months, 1..=120)
                || !within(d.eve_of_birthday, 1..=30)
            {
                let path = format!("rules.deadlines.{}", d.kind.as_str());
                return Err((path, "duration out of range"));
            }
        }
        for w in &self.renewal_windows {
            let opens = w
                .opens_days_before
                .or(w.opens_months_before.map(|m| m.saturating_mul(28)));
            if !within(w.opens_days_before, 1..=730)
                || !within(w.opens_months_before, 1..=24)
                || w.closes_days_before > 730
                || opens.is_some_and(|o| o <= w.closes_days_before)
            {
                let path = format!("rules.renewalWindows.{}", w.id);
                return Err((path, "window out of range, or closing before it opens"));
            }
        }
        for p in &self.permits {
            if let Some(v) = p.validity {
                if !within(v.years, 1..=10) || !within(v.days, 1..=3650) {
                    let path = format!("rules.permits.{}.validity", id_of(&p.kind));
                    return Err((path, "duration out of range"));
                }
            }
        }
        for f in &self.freshness {
            if !(1..=60).contains(&f.max_age_months) {
                let path = format!("rules.freshness.{}", id_of(&f.document));
                return Err((path, "duration out of range"));
            }
        }
        for c in &self.conditions {
            if !within(c.minimum_age, 1..=25) || !within(c.adult_age, 1..=25) {
                let path = format!("rules.conditions.{}", id_of(&c.id));
                return Err((path, "age out of range"));
            }
        }
        Ok(())
    }

    fn check(&self) -> Result<()> {
        let bad = |path: String, defect: &'static str| {
            Error::invalid(
                Field::Rules(path.trim_start_matches("rules.").to_string()),
                Invalid::RuleDefect(defect),
            )
        };
        if self.format != PACK_FORMAT {
            return Err(bad("rules.format".into(), "unknown rule pack format"));
        }
        if compare_versions(&self.version, &self.version).is_none() {
            return Err(bad(
                "rules.version".into(),
                "version is not dot-separated numbers",
            ));
        }
        if !well_formed_version(&self.version, self.law_as_of) {
            return Err(bad(
                "rules.version".into(),
                "version is not YEAR.N.N near the law's date",
            ));
        }
        let rules = self.rules();
        for rule in &rules {
            if rule.legal_basis.iter().all(|b| b.trim().is_empty()) {
                return Err(bad(format!("rules.{}", rule.key), "no legal basis"));
            }
        }
        for (n, article) in self.article_numbers_to_confirm.iter().enumerate() {
            // A name no rule cites is a typo that would flag nothing: refused, not ignored.
            if !rules.iter().any(|r| r.legal_basis.contains(article)) {
                return Err(bad(
                    format!("rules.articleNumbersToConfirm[{n}]"),
                    "article cited by no rule",
                ));
            }
        }
        let routes: BTreeSet<RouteId> = self.routes.iter().map(|r| r.id).collect();
        if routes.len() != self.routes.len() || routes.len() != RouteId::ALL.len() {
            return Err(bad("rules.routes".into(), "every route exactly once"));
        }
        let conditions: BTreeSet<ConditionId> = self.conditions.iter().map(|c| c.id).collect();
        if conditions.len() != self.conditions.len() {
            return Err(bad(
                "rules.conditions".into(),
                "a condition is defined twice",
            ));
        }
        for route in &self.routes {
            if let Some(c) = route.conditions.iter().find(|c| !conditions.contains(c)) {
                return Err(bad(
                    format!("rules.routes.{}.conditions.{}", route.id.as_str(), id_of(c)),
                    "undefined condition",
                ));
            }
        }
        let notes: BTreeSet<&str> = self.notes.iter().map(|n| n.id.as_str()).collect();
        for list in &self.checklists {
            let key = format!("rules.checklists.{}", list.route.as_str());
            let referenced = list
                .notes
                .iter()
                .map(String::as_str)
                .chain(list.items.iter().filter_map(|i| i.note.as_deref()))
                .chain(list.items.iter().filter_map(|i| i.optional_note.as_deref()));
            for note in referenced {
                if !notes.contains(note) {
                    return Err(bad(format!("{key}.{note}"), "undefined note"));
                }
            }
        }
        if self
            .checklists
            .iter()
            .map(|c| c.route)
            .collect::<BTreeSet<_>>()
            .len()
            != self.checklists.len()
        {
            return Err(bad(
                "rules.checklists".into(),
                "two checklists for one route",
            ));
        }
        let windows: BTreeSet<&str> = self.renewal_windows.iter().map(|w| w.id.as_str()).collect();
        // One rule per id on any day: two versions of a rule must not overlap in time.
        let twice = |ids: Vec<String>| ids.len() != ids.iter().collect::<BTreeSet<_>>().len();
        for (section, ids) in [
            (
                "rules.renewalWindows",
                self.renewal_windows.iter().map(|w| w.id.clone()).collect(),
            ),
            (
                "rules.permits",
                self.permits.iter().map(|p| id_of(&p.kind)).collect(),
            ),
            (
                "rules.warnings",
                self.warnings.iter().map(|w| id_of(&w.id)).collect(),
            ),
            (
                "rules.deadlines",
                self.deadlines
                    .iter()
                    .map(|d| d.kind.as_str().to_string())
                    .collect(),
            ),
            (
                "rules.freshness",
                self.freshness.iter().map(|f| id_of(&f.document)).collect(),
            ),
            (
                "rules.notes",
                self.notes.iter().map(|n| n.id.clone()).collect(),
            ),
        ] {
            if twice(ids) {
                return Err(bad(section.into(), "a rule is in force twice on one day"));
            }
        }
        for w in &self.renewal_windows {
            if w.opens_days_before.is_some() == w.opens_months_before.is_some() {
                return Err(bad(
                    format!("rules.renewalWindows.{}", w.id),
                    "exactly one of opensDaysBefore, opensMonthsBefore",
                ));
            }
        }
        // What the law's durations can be, within reason: a signed pack with a reflection period
        // of 0 days, or of four billion (its deadline gone), a window that closes before it
        // opens, a route with no condition (« éligible » for anyone) or a majority at 0 loaded
        // (rule-pack review, 2026-12-08). Bounds far wider than any law, narrow enough to catch
        // a slip.
        self.check_ranges()
            .map_err(|(path, defect)| bad(path, defect))?;
        for p in &self.permits {
            if let Some(r) = &p.renewal {
                if !windows.contains(r.window.as_str()) {
                    return Err(bad(
                        format!("rules.permits.{}.renewal.window", id_of(&p.kind)),
                        "undefined renewal window",
                    ));
                }
            }
        }
        Ok(())
    }

    /// Every rule of the pack, with its legal basis and confidence.
    pub fn rules(&self) -> Vec<RuleRef<'_>> {
        fn section<'a, R: PackRule>(
            rules: &mut Vec<RuleRef<'a>>,
            section: &str,
            list: &'a [R],
            id: impl Fn(&R) -> String,
        ) {
            rules.extend(
                list.iter()
                    .map(|r| r.rule_ref(format!("{section}/{}", id(r)))),
            );
        }
        let mut rules: Vec<RuleRef<'_>> = Vec::new();
        section(&mut rules, "notConcerned", &self.not_concerned, |r| {
            r.id.clone()
        });
        section(&mut rules, "conditions", &self.conditions, |r| id_of(&r.id));
        section(&mut rules, "routes", &self.routes, |r| r.id.as_str().into());
        section(&mut rules, "warnings", &self.warnings, |r| id_of(&r.id));
        section(&mut rules, "seeAlso", &self.see_also, |r| id_of(&r.id));
        for r in &self.permits {
            rules.push(r.rule_ref(format!("permits/{}", id_of(&r.kind))));
            if let Some(renewal) = &r.renewal {
                rules.push(RuleRef {
                    key: format!("permits/{}/renewal", id_of(&r.kind)),
                    legal_basis: &renewal.legal_basis,
                    confidence: renewal.confidence,
                    sources: &[],
                });
            }
        }
        section(&mut rules, "renewalWindows", &self.renewal_windows, |r| {
            r.id.clone()
        });
        section(&mut rules, "deadlines", &self.deadlines, |r| {
            r.kind.as_str().into()
        });
        section(&mut rules, "freshness", &self.freshness, |r| {
            id_of(&r.document)
        });
        section(&mut rules, "notes", &self.notes, |r| r.id.clone());
        for list in &self.checklists {
            let route = format!("checklists/{}", list.route.as_str());
            section(&mut rules, &route, &list.items, |item| id_of(&item.id));
        }
        rules
    }

    /// The route rule for `id`.
    pub fn route(&self, id: RouteId) -> &RouteRule {
        self.routes
            .iter()
            .find(|r| r.id == id)
            .expect("BUG: check() guarantees every route is in the pack")
    }

    /// The condition rule for `id`, if the pack defines it.
    pub fn condition(&self, id: ConditionId) -> Option<&ConditionRule> {
        self.conditions.iter().find(|c| c.id == id)
    }

    /// The warning rule for `id`, if the pack defines it.
    pub fn warning(&self, id: WarningId) -> Option<&WarningRule> {
        self.warnings.iter().find(|w| w.id == id)
    }

    /// The deadline rule for `kind`, if the pack defines it.
    pub fn deadline(&self, kind: DeadlineKind) -> Option<&DeadlineRule> {
        self.deadlines.iter().find(|d| d.kind == kind)
    }

    /// The permit rule for `kind`, if the pack defines it.
    pub fn permit(&self, kind: PermitKind) -> Option<&PermitRule> {
        self.permits.iter().find(|p| p.kind == kind)
    }

    /// The renewal window `id`.
    pub fn renewal_window(&self, id: &str) -> Option<&RenewalWindowRule> {
        self.renewal_windows.iter().find(|w| w.id == id)
    }

    /// The freshness rule of `document`, if it has one.
    pub fn freshness(&self, document: PieceKind) -> Option<&FreshnessRule> {
        self.freshness.iter().find(|f| f.document == document)
    }

    /// The note `id`.
    pub fn note(&self, id: &str) -> Option<&NoteRule> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// The checklist of `route`, if the pack has one.
    pub fn checklist(&self, route: RouteId) -> Option<&ChecklistRule> {
        self.checklists.iter().find(|c| c.route == route)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_pack_loads_and_covers_every_route() {
        let pack = RulePack::embedded();
        assert_eq!(pack.format, PACK_FORMAT);
        for id in RouteId::ALL {
            assert_eq!(pack.route(id).id, id);
            assert!(
                pack.checklist(id).is_some(),
                "{} needs a checklist",
                id.as_str()
            );
        }
    }

    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
        edit(&mut value);
        value.to_string()
    }

    #[test]
    fn a_pack_naming_an_unknown_condition_is_refused_with_its_place() {
        let text = edited(|v| v["routes"][0]["conditions"][0] = "no-such-condition".into());
        let err = RulePack::from_json(&text).unwrap_err();
        let Error::InvalidField {
            field: Field::Rules(path),
            ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert!(
            path.starts_with("routes"),
            "the error must point into the pack: {path}"
        );
    }

    #[test]
    fn a_condition_defined_but_not_known_to_the_engine_is_refused() {
        let text = edited(|v| v["conditions"][0]["id"] = "made-up".into());
        assert!(
            RulePack::from_json(&text).is_err(),
            "an id the engine cannot evaluate must not load"
        );
    }

    /// A name in `articleNumbersToConfirm` that no rule cites (a typo: « CESEDA R431-1O ») would
    /// flag nothing: the pack is refused, naming the entry.
    #[test]
    fn an_article_number_to_confirm_that_no_rule_cites_is_refused() {
        let text = edited(|v| v["articleNumbersToConfirm"][1] = "CESEDA R431-1O".into());
        let err = RulePack::from_json(&text).unwrap_err();
        assert!(
            matches!(
                &err,
                Error::InvalidField {
                    field: Field::Rules(path),
                    reason: Invalid::RuleDefect("article cited by no rule"),
                } if path == "articleNumbersToConfirm[1]"
            ),
            "{err:?}"
        );
    }

    /// Every article whose number a rule's sources doubt (« le numéro de l’article (CESEDA
    /// L411-1 …) … est à confirmer », « le numéro d’article L432-1 … est un souvenir non
    /// vérifié ») is in `articleNumbersToConfirm`, and nothing else is: the screens flag exactly
    /// what the sources doubt. A source that names no number doubts every CESEDA article of its
    /// rule (« numéro d’article à confirmer » of `overseas-adaptations-not-encoded`).
    #[test]
    fn the_articles_flagged_are_those_whose_number_the_sources_doubt() {
        let pack = RulePack::embedded();
        // « L432-1 » names L432-1, not L432-1-1.
        let names = |source: &str, number: &str| {
            source.match_indices(number).any(|(at, _)| {
                !source[at + number.len()..].starts_with(|c: char| c == '-' || c.is_ascii_digit())
            })
        };
        let mut doubted = BTreeSet::new();
        for rule in pack.rules() {
            let doubts = rule.sources.iter().filter(|s| {
                s.contains("numéro") && (s.contains("à confirmer") || s.contains("non vérifié"))
            });
            for source in doubts {
                let ceseda: Vec<&String> = rule
                    .legal_basis
                    .iter()
                    .filter(|b| b.starts_with("CESEDA "))
                    .collect();
                let named: Vec<&String> = ceseda
                    .iter()
                    .copied()
                    .filter(|b| names(source, &b["CESEDA ".len()..]))
                    .collect();
                doubted.extend(if named.is_empty() { ceseda } else { named });
            }
        }
        let flagged: BTreeSet<&String> = pack.article_numbers_to_confirm.iter().collect();
        assert_eq!(doubted, flagged);
        assert_eq!(
            pack.engine, ENGINE_VERSION,
            "the embedded pack needs this engine"
        );
    }

    /// Rule-pack review, 2026-12-08: each of these loaded, signed, and changed outcomes.
    #[test]
    fn durations_out_of_reason_and_a_route_without_conditions_are_refused() {
        let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut v: serde_json::Value = serde_json::from_str(EMBEDDED).unwrap();
            edit(&mut v);
            RulePack::from_json(&v.to_string())
        };
        assert!(edited(&|_| {}).is_ok());
        type Edit<'a> = &'a dyn Fn(&mut serde_json::Value);
        let refused: [(&str, Edit); 6] = [
            ("reflection period of 0 days", &|v| {
                for d in v["deadlines"].as_array_mut().unwrap() {
                    if d["kind"] == "reflection-period-end" {
                        d["days"] = 0.into();
                    }
                }
            }),
            ("reflection period of u32::MAX days", &|v| {
                for d in v["deadlines"].as_array_mut().unwrap() {
                    if d["kind"] == "reflection-period-end" {
                        d["days"] = u32::MAX.into();
                    }
                }
            }),
            ("a window closing before it opens", &|v| {
                for w in v["renewalWindows"].as_array_mut().unwrap() {
                    if w["id"] == "anef" {
                        w["closesDaysBefore"] = 500.into();
                    }
                }
            }),
            ("a route with no condition", &|v| {
                for r in v["routes"].as_array_mut().unwrap() {
                    if r["id"] == "cst-l425-1" {
                        r["conditions"] = serde_json::json!([]);
                    }
                }
            }),
            ("a majority at 0", &|v| {
                for c in v["conditions"].as_array_mut().unwrap() {
                    if c["id"] == "adult" {
                        c["adultAge"] = 0.into();
                    }
                }
            }),
            ("a proof of address never stale", &|v| {
                for f in v["freshness"].as_array_mut().unwrap() {
                    f["maxAgeMonths"] = u32::MAX.into();
                }
            }),
        ];
        for (what, edit) in refused {
            assert!(edited(edit).is_err(), "{what}");
        }
    }

    #[test]
    fn a_version_is_year_dot_number_dot_number_near_the_laws_date() {
        let law = NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
        for good in ["2026.12.22", "2025.1.0", "2035.12.31"] {
            assert!(well_formed_version(good, law), "{good}");
        }
        for bad in [
            "99999999999.0",
            "2026.12.022",
            "2026.12.22.0",
            "2026.12",
            "2024.12.1",
            "2036.1.1",
            "2026.+1.2",
            "2026..2",
        ] {
            assert!(!well_formed_version(bad, law), "{bad}");
        }
    }

    #[test]
    fn a_rule_without_legal_basis_is_refused() {
        let text = edited(|v| v["warnings"][3]["legalBasis"] = serde_json::json!([]));
        let err = RulePack::from_json(&text).unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidField {
                    reason: Invalid::RuleDefect("no legal basis"),
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn a_checklist_note_that_does_not_exist_is_refused() {
        let text = edited(|v| v["checklists"][1]["items"][0]["note"] = "no-such-note".into());
        assert!(RulePack::from_json(&text).is_err());
    }

    /// The embedded pack with the ANEF window in two versions around 1 January 2027.
    fn transition(second_from: &str) -> Result<RulePack> {
        let text = edited(|v| {
            let windows = v["renewalWindows"].as_array_mut().unwrap();
            let at = windows.iter().position(|w| w["id"] == "anef").unwrap();
            let mut newer = windows[at].clone();
            windows[at]["validUntil"] = "2026-12-31".into();
            newer["validFrom"] = second_from.into();
            newer["opensDaysBefore"] = 90.into();
            windows.push(newer);
        });
        RulePack::from_json(&text)
    }

    #[test]
    fn the_rule_in_force_on_the_day_answers_around_a_transition_date() {
        let pack = transition("2027-01-01").expect("two versions one after the other load");
        assert!(pack.has_dated_rules());
        let before = day(2026, 12, 31);
        let after = day(2027, 1, 1);
        let opens = |on: NaiveDate| {
            pack.in_force_on(on)
                .renewal_window("anef")
                .and_then(|w| w.opens_days_before)
        };
        assert_eq!(opens(before), Some(120));
        assert_eq!(opens(after), Some(90));
        assert!(!RulePack::embedded().has_dated_rules());
    }

    #[test]
    fn two_versions_of_a_rule_in_force_on_the_same_day_are_refused() {
        let err = transition("2026-12-01").unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidField {
                    reason: Invalid::RuleDefect("a rule is in force twice on one day"),
                    ..
                }
            ),
            "{err:?}"
        );
    }

    use crate::test_support::d as day;

    #[test]
    fn routes_round_trip_through_their_json_ids() {
        for id in RouteId::ALL {
            assert_eq!(RouteId::parse(id.as_str()), Some(id));
            assert_eq!(id_of(&id), id.as_str());
        }
    }
}
