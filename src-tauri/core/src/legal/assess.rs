//! The eligibility assessment: reads a case's facts the way each pack rule needs them.
//!
//! How a route is decided, in this order:
//! 1. Nationals listed under `notConcerned` (France, EU, EEA, Switzerland) get
//!    `concerned: false` and no routes.
//! 2. A route whose stage does not fit the case (a renewal without a card to renew, a resident
//!    card without a final conviction…) is `not-applicable`, with the reason.
//!    An address in Monaco or in a collectivity with its own law of stay makes every route
//!    `not-applicable`, never `not-eligible` on an unverified premise.
//! 3. Otherwise its conditions, as listed in the pack, are read: one `not-met` makes it
//!    `not-eligible`; else one `unknown` makes it `incomplete`; else it is `eligible`. A
//!    `discretionary` condition (a « peut », L432-1) that is not met does not decide: the route
//!    is marked `discretionary` and its caveat warning qualifies it; so is the first card of a
//!    minor of 16 or 17 (R425-5).
//!
//! Warnings never change an outcome; caveat warnings (`caveatFor` in the pack) mark the outcome as
//! needing a jurist.

use chrono::NaiveDate;

use super::dates;
use super::pack::{ConditionId, Confidence, RouteId, RulePack, SeeAlsoId, WarningId};
use super::{
    ArgValue, Args, Assessment, Cited, ConditionResult, ConditionStatus, Outcome, PackInfo,
    RouteAssessment, SeeAlso, Warning,
};
use crate::codes::kind_id;
use crate::model::case::{
    Application, CaseFile, CriminalCase, CriminalStage, DocumentStatus, Permit, PermitKind,
    PieceKind, Placement, VictimOf,
};

/// Assesses `case` on `today` with the embedded rule pack.
pub fn assess(case: &CaseFile, today: NaiveDate) -> Assessment {
    assess_with(RulePack::active(), case, today)
}

#[cfg(test)]
thread_local! {
    /// Assessments run on this thread: tests count them to show a screen computes one.
    pub(crate) static RUNS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Assesses `case` on `today` with `pack`.
///
/// Where the pack dates some rules (`validFrom`/`validUntil`), the rules in force on the day of
/// the application are used: the planned filing date when it is to come, else `today`; the
/// answer says which day ([`PackInfo::rules_in_force_on`]).
pub fn assess_with(pack: &RulePack, case: &CaseFile, today: NaiveDate) -> Assessment {
    #[cfg(test)]
    RUNS.with(|runs| runs.set(runs.get() + 1));
    let on = super::checklist::reference_day(case, today);
    let in_force = pack.in_force_on(on);
    let pack: &RulePack = &in_force;
    let facts = Facts::new(pack, case, today);
    let mut rule_pack = PackInfo::of(pack, today);
    rule_pack.rules_in_force_on = matches!(in_force, std::borrow::Cow::Owned(_)).then_some(on);
    // Every nationality she holds counts, in the pack's order of reasons: French first (a French
    // national is French whatever her other nationalities), then EU, EEA, Swiss.
    if let Some(rule) = pack
        .not_concerned
        .iter()
        .find(|r| facts.has_nationality_in(&r.nationalities))
    {
        return Assessment {
            concerned: false,
            not_concerned_reason: Some(rule.id.clone()),
            not_concerned_basis: Some(Cited {
                legal_basis: rule.legal_basis.clone(),
                confidence: rule.confidence,
                confirm_by_jurist: rule.confidence.needs_jurist(),
            }),
            routes: Vec::new(),
            warnings: Vec::new(),
            see_also: Vec::new(),
            see_also_details: Vec::new(),
            confirm_by_jurist: rule.confidence.needs_jurist(),
            today,
            rule_pack,
        };
    }

    let mut routes: Vec<RouteAssessment> = pack
        .routes
        .iter()
        .map(|r| route(pack, &facts, r.id))
        .collect();
    let warnings = warnings(pack, &facts);
    for w in &warnings {
        let Some(rule) = pack.warning(w.id) else {
            continue;
        };
        for r in routes.iter_mut() {
            // A route set aside because the CESEDA may not apply where she lives rests on an
            // unverified premise [I]: the jurist the warning asks for confirms that too.
            let set_aside_overseas = r.not_applicable_reason.as_deref() == Some("overseas-own-law");
            // A warning naming an application's route (`route`) is a caveat on that route only.
            let other_route =
                matches!(w.args.get("route"), Some(ArgValue::Code(c)) if c != r.id.as_str());
            if rule.caveat_for.contains(&r.id)
                && !other_route
                && (r.outcome != Outcome::NotApplicable || set_aside_overseas)
            {
                r.caveats.push(w.id);
                r.confirm_by_jurist = true;
                // Review, 2026-12-04: the L432-1-1 grounds left the route plainly « eligible ».
                r.discretionary |= rule.refusal_ground;
            }
        }
    }
    let see_also_details = see_also(pack, &facts, &routes);
    let confirm_by_jurist = routes
        .iter()
        .any(|r| r.confirm_by_jurist && r.outcome != Outcome::NotApplicable)
        || warnings.iter().any(|w| w.confirm_by_jurist)
        || see_also_details.iter().any(|s| s.confirm_by_jurist);
    Assessment {
        concerned: true,
        not_concerned_reason: None,
        not_concerned_basis: None,
        routes,
        warnings,
        see_also: see_also_details.iter().map(|s| s.id).collect(),
        see_also_details,
        confirm_by_jurist,
        today,
        rule_pack,
    }
}

/// The facts the rules read, derived once from the case.
pub(crate) struct Facts<'a> {
    pub case: &'a CaseFile,
    pub today: NaiveDate,
    pub nationality: Option<String>,
    /// Every nationality recorded, `nationality` first, then her other nationalities
    /// (`person.otherNationalities`).
    pub nationalities: Vec<String>,
    /// Her possible ages today, youngest and oldest ([`dates::ages_of`]): what the warnings about
    /// a minor say (the prosecutor informed, a placement by 16) is about now.
    pub ages: Option<(u32, u32)>,
    /// Her possible ages on the day the application is filed: the planned filing day when it is
    /// to come, else `today`. The routes' age conditions read them (the card is asked for then: a
    /// girl of 15 who files after her 16th birthday files at 16).
    pub filing_ages: Option<(u32, u32)>,
    /// That day ([`super::checklist::reference_day`]).
    pub filing_day: NaiveDate,
    /// First three characters of the postcode (or INSEE code): the département or collectivity.
    pub territory: Option<String>,
    pub cooperating: bool,
    /// Her cooperation is not recorded, but the interview left the complaint or the testimony
    /// « not established »: the fact to ask for (`cooperation.complaint`,
    /// `cooperation.testimony`). Whether she cooperates is then unknown, not « no » (legal
    /// review, 2026-12-07: the L. 425-1 card read « not eligible » on a complaint not
    /// established).
    pub cooperation_unknown: Option<&'static str>,
    pub stage: Option<CriminalStage>,
    pub permit: Option<PermitKind>,
    pub reflection_end: Option<NaiveDate>,
}

impl<'a> Facts<'a> {
    pub(crate) fn new(pack: &RulePack, case: &'a CaseFile, today: NaiveDate) -> Facts<'a> {
        // A code that names no country (« ZZ », « EL ») or a territory without a nationality of
        // its own (« RE », French; « AX », Finnish) establishes nothing: it could hide a French or
        // EU national, who is not concerned.
        let nationality = case
            .person
            .nationality
            .as_deref()
            .map(str::trim)
            .filter(|n| *n == "stateless" || crate::countries::nationality(n, None).is_some())
            .map(str::to_string);
        let nationalities = case
            .person
            .nationalities()
            .into_iter()
            .map(str::to_string)
            .collect();
        let ages = dates::ages_of(&case.person, today);
        let filing_day = super::checklist::reference_day(case, today);
        let filing_ages = dates::ages_of(&case.person, filing_day);
        let territory = case.person.address.as_ref().and_then(|a| {
            [a.postcode.as_deref(), a.commune_insee.as_deref()]
                .into_iter()
                .flatten()
                .map(|p| p.chars().filter(|c| !c.is_whitespace()).collect::<String>())
                .find(|p| p.len() >= 3)
                .map(|p| p.chars().take(3).collect())
        });
        let stage = case.criminal_case.as_ref().and_then(|c| c.stage);
        // A testimony counts in proceedings against a person prosecuted (L425-1, CL1642 [V]): not
        // where the case records there were none, or that they were dismissed (a complaint counts
        // by itself). A stage left blank is not read as either.
        let cooperating = case.cooperation.complaint.is_some()
            || (case.cooperation.testimony.is_some()
                && !matches!(stage, Some(CriminalStage::None | CriminalStage::Dismissed)));
        let cooperation_unknown = if cooperating {
            None
        } else if case.not_established("complaint") {
            Some("cooperation.complaint")
        } else if case.not_established("testimony")
            && !matches!(stage, Some(CriminalStage::None | CriminalStage::Dismissed))
        {
            // Only where a testimony would count (code review, 2026-12-07).
            Some("cooperation.testimony")
        } else {
            None
        };
        // A reflection récépissé recorded only as her current document tells the same day; the
        // end printed on it prevails.
        let reflection_end = super::deadlines::reflection_end(pack, case);
        Facts {
            case,
            today,
            nationality,
            nationalities,
            ages,
            filing_ages,
            filing_day,
            territory,
            cooperating,
            cooperation_unknown,
            stage,
            permit: held_permit(case),
            reflection_end,
        }
    }

    /// True if and only if one of her nationalities, the first or another, is in `list`.
    pub(crate) fn has_nationality_in(&self, list: &[String]) -> bool {
        self.nationalities.iter().any(|n| list.contains(n))
    }

    /// Whether she is under `years`; `None` when not known or when her approximate birth date
    /// puts her on both sides of it.
    fn under(&self, years: u32) -> Option<bool> {
        dates::under(self.ages, years)
    }

    /// [`Facts::under`] on the filing day ([`Facts::filing_ages`]).
    fn under_at_filing(&self, years: u32) -> Option<bool> {
        dates::under(self.filing_ages, years)
    }

    /// True if the conviction is final on the filing day ([`CriminalCase::final_on`]). One
    /// recorded as final on a later day leaves the proceedings open on the filing day: the card
    /// is renewed until then, and the resident card is applied for from that day.
    fn final_conviction(&self) -> bool {
        self.case
            .criminal_case
            .as_ref()
            .is_some_and(|c| c.final_on(self.filing_day))
    }

    /// The day the conviction becomes final, when it is recorded as final on a day after `day`.
    fn final_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        let criminal = self.case.criminal_case.as_ref()?;
        let on = criminal.final_conviction_date?;
        (criminal.final_conviction_recorded() && on > day).then_some(on)
    }

    /// True if her cooperation is a testimony alone and no one is recorded as prosecuted
    /// ([`CriminalCase::prosecution_recorded`]).
    fn testimony_without_prosecution(&self) -> bool {
        let cooperation = &self.case.cooperation;
        cooperation.complaint.is_none()
            && cooperation.testimony.is_some()
            && !self
                .case
                .criminal_case
                .as_ref()
                .is_some_and(CriminalCase::prosecution_recorded)
    }

    /// True when L432-1-1's refusal grounds concern what she applies for next: a temporary card
    /// (« refuser la délivrance ou le renouvellement d'une carte de séjour temporaire ou
    /// pluriannuelle », facts sheet §1.3.2 [V]). Not when she holds the resident card, nor when
    /// the conviction is final and she holds the L425-1 card, which is renewed no more: what comes
    /// next is the resident card (legal review, 2026-12-05: « le préfet peut refuser la carte »
    /// beside the resident card alone).
    /// Nor for a child under 16 on the filing day, to whom no temporary card is issued (R. 425-5
    /// [V]): she was asked about removal orders and forged papers for nothing (legal audit,
    /// 2026-12-07).
    fn l432_1_1_concerns(&self) -> bool {
        let resident_card_next = self.final_conviction() && self.holds(PermitKind::CstVpf);
        let too_young = self.under_at_filing(16) == Some(true);
        !(self.holds(PermitKind::ResidentCard) || resident_card_next || too_young)
    }

    fn conviction_contradicted(&self) -> bool {
        self.case
            .criminal_case
            .as_ref()
            .is_some_and(CriminalCase::conviction_contradicted)
    }

    fn holds(&self, kind: PermitKind) -> bool {
        self.permit == Some(kind)
    }

    /// A residence title of its own: a card or an APS (temporary protection's included), not a
    /// récépissé nor an asylum seeker's certificate.
    fn holds_title(&self) -> bool {
        self.permit.is_some_and(PermitKind::is_title)
    }
}

/// The residence document she holds, as the routes read it: an application récépissé given for
/// the renewal of her card, still undecided, stands for that card (the card is being renewed; she
/// is no first applicant).
fn held_permit(case: &CaseFile) -> Option<PermitKind> {
    let kind = case.current_permit.as_ref()?.kind;
    if kind != PermitKind::RecepisseApplication {
        return Some(kind);
    }
    Some(if case.awaits_decision(RouteId::CstL4251Renewal) {
        PermitKind::CstVpf
    } else if case.awaits_decision(RouteId::CarteResidentL4253Renewal) {
        PermitKind::ResidentCard
    } else {
        kind
    })
}

/// Why a route does not fit the case's stage, if it does not.
fn not_applicable(pack: &RulePack, facts: &Facts<'_>, id: RouteId) -> Option<&'static str> {
    let territory = pack.condition(ConditionId::CesedaTerritory);
    let in_list = |list: &[String]| facts.territory.as_ref().is_some_and(|t| list.contains(t));
    // Monaco is not French territory; in the collectivities with their own law of entry and stay
    // the premise that the CESEDA does not apply is unverified: neither is « not eligible ».
    if territory.is_some_and(|r| in_list(&r.postcode_prefixes_outside_france)) {
        return Some("outside-france");
    }
    if territory.is_some_and(|r| in_list(&r.postcode_prefixes_outside_ceseda)) {
        return Some("overseas-own-law");
    }
    let holds_card = facts.holds(PermitKind::CstVpf) || facts.holds(PermitKind::ResidentCard);
    match id {
        RouteId::ReflectionPeriod => {
            if holds_card {
                Some("holds-residence-card")
            } else if facts.case.holds_aps_on(facts.today) {
                // The APS already lets her stay and work, and is renewed for the whole programme
                // (L425-4): the reflection récépissé would add nothing (law review F9). Not one
                // that has ended: it protects her no more (law audit, 2026-12-05: an APS ended
                // two years before kept her from the reflection period).
                Some("holds-aps")
            } else if granted_title_may_run(pack, facts.case, facts.today) {
                // A card or an APS granted and not recorded yet, that may still run: the
                // récépissé would add nothing to it either, and the route no longer comes first
                // (e2e screenshot, 2026-12-07: « délai de réflexion » stayed the case's route
                // beside « accordée »).
                Some("title-granted")
            } else if facts.cooperating {
                Some("already-cooperating")
            } else if facts.reflection_end.is_some_and(|end| facts.today > end) {
                Some("reflection-period-over")
            } else {
                None
            }
        }
        RouteId::CstL4251 => {
            if facts.holds(PermitKind::CstVpf) {
                Some("holds-cst-l425-1")
            } else if facts.holds(PermitKind::ResidentCard) {
                Some("holds-resident-card")
            } else if facts.under_at_filing(16) == Some(true) {
                Some("minor-under-16")
            } else {
                None
            }
        }
        RouteId::CstL4251Renewal => (!facts.holds(PermitKind::CstVpf)).then_some("no-cst-l425-1"),
        RouteId::CarteResidentL4253 => {
            if facts.holds(PermitKind::ResidentCard) {
                Some("holds-resident-card")
            } else if !facts.cooperating && facts.cooperation_unknown.is_none() {
                Some("no-cooperation")
            } else if facts.conviction_contradicted() {
                Some("conviction-contradicted")
            } else if facts.stage.is_some() && !facts.final_conviction() {
                Some("no-final-conviction")
            } else {
                None
            }
        }
        // Only the card's holder renews it; the card itself is asked for by its own route.
        RouteId::CarteResidentL4253Renewal => {
            (!facts.holds(PermitKind::ResidentCard)).then_some("no-resident-card")
        }
        RouteId::ApsL4254 => {
            if holds_card {
                Some("holds-residence-card")
            } else if facts.under_at_filing(18) == Some(true) {
                Some("minor-no-permit-needed")
            } else {
                None
            }
        }
    }
}

fn route(pack: &RulePack, facts: &Facts<'_>, id: RouteId) -> RouteAssessment {
    let rule = pack.route(id);
    let mut out = RouteAssessment {
        id,
        outcome: Outcome::NotApplicable,
        conditions: Vec::new(),
        legal_basis: rule.legal_basis.clone(),
        confidence: rule.confidence,
        confirm_by_jurist: rule.confidence.needs_jurist(),
        discretionary: rule.discretionary,
        missing_facts: Vec::new(),
        not_applicable_reason: None,
        caveats: Vec::new(),
    };
    if let Some(reason) = not_applicable(pack, facts, id) {
        out.not_applicable_reason = Some(reason.to_string());
        return out;
    }
    // L425-4: the prefect « peut » issue the APS [V], and it « est renouvelée pendant toute la
    // durée du parcours » [V]: held, its renewal for the programme is not the prefect's to weigh
    // (legal review, 2026-12-05: « le préfet peut refuser » beside a renewal).
    // An APS that has ended is asked for anew, not renewed: the prefect's « peut » again (law
    // audit, 2026-12-05).
    if id == RouteId::ApsL4254 && facts.case.holds_aps_on(facts.today) {
        out.discretionary = false;
    }
    for cid in &rule.conditions {
        let crule = pack
            .condition(*cid)
            .expect("BUG: RulePack::check() guarantees route conditions are defined");
        let (status, missing) = condition(pack, facts, *cid);
        let mut confidence = match (status, crule.met_confidence) {
            (ConditionStatus::Met, Some(c)) => c,
            _ => crule.confidence,
        };
        // A testimony alone, before a trial: L425-1 speaks of proceedings « concernant une
        // personne poursuivie » [V], and that someone is prosecuted is not established (an
        // inquiry prosecutes no one yet; the stage does not tell it from an instruction). Her
        // letter does not say it either: for a jurist.
        if *cid == ConditionId::Cooperation
            && status == ConditionStatus::Met
            && facts.testimony_without_prosecution()
        {
            confidence = confidence.weakest(Confidence::I);
        }
        // L425-3 « sous réserve de la régularité du séjour » [V] names no day. Not regular on
        // the day she applies, but regular on the day the conviction became final — the reading
        // of the facts sheet (§1.2) — the two readings part: for a jurist, not a plain « non »
        // (legal review, 2026-12-05: a card that ended three months after the conviction became
        // final read « not eligible » [V]).
        if *cid == ConditionId::RegularStayOnApplication
            && status == ConditionStatus::NotMet
            && regular_stay_at_final_conviction(facts.case) == Some(true)
        {
            confidence = confidence.weakest(Confidence::I);
        }
        // Met because she is a minor, who needs no document (§5 [V]): that this is the
        // « régularité du séjour » L425-3 asks for is a reading, for a jurist.
        // Likewise met on a document that is neither a residence title nor an application
        // récépissé (an asylum seeker's certificate, a reflection récépissé, another document):
        // the facts sheet reads « carte ou récépissé en cours de validité » only in practice
        // (§1.2 [I]; law audit, 2026-12-05: met [V] on an asylum certificate).
        let on_lesser_document = facts
            .case
            .current_permit
            .as_ref()
            .is_some_and(|p| !p.kind.is_residence_document());
        if *cid == ConditionId::RegularStayOnApplication
            && status == ConditionStatus::Met
            && (on_lesser_document
                || resident_card_day(facts.case, facts.today)
                    .is_some_and(|d| minor_on(facts.case, d)))
        {
            confidence = confidence.weakest(Confidence::I);
        }
        // A testimony recorded where the case says there were no proceedings, or that they were
        // dismissed: that no one was « poursuivi » (L425-1) is what the stage suggests, not what
        // it says (a non-lieu may follow a mise en examen): a reading, not the text (legal
        // audit, 2026-12-08: « non remplie » [V]).
        if *cid == ConditionId::Cooperation
            && status == ConditionStatus::NotMet
            && facts.case.cooperation.testimony.is_some()
        {
            confidence = confidence.weakest(Confidence::I);
        }
        // No proceedings recorded beside a complaint or a testimony: the stage contradicts the
        // cooperation it follows (a complaint leads to an inquiry or a dismissal). For a jurist,
        // not a plain « non » (legal audit, 2026-12-08).
        if *cid == ConditionId::ProceedingsOngoing
            && status == ConditionStatus::NotMet
            && facts.stage == Some(CriminalStage::None)
            && (facts.case.cooperation.complaint.is_some()
                || facts.case.cooperation.testimony.is_some())
        {
            confidence = confidence.weakest(Confidence::I);
        }
        // Unknown with nothing to ask (born on 29 February): the law's reading is a jurist's.
        if status == ConditionStatus::Unknown && missing.is_none() {
            confidence = confidence.weakest(Confidence::I);
        }
        out.conditions.push(ConditionResult {
            id: *cid,
            status,
            legal_basis: crule.legal_basis.clone(),
            confidence,
            confirm_by_jurist: confidence.needs_jurist(),
            missing_fact: missing.map(str::to_string),
        });
        if let Some(m) = missing {
            if !out.missing_facts.iter().any(|x| x == m) {
                out.missing_facts.push(m.to_string());
            }
        }
        // A « peut » rule the case fails leaves the decision to the prefect (L432-1); R425-5
        // al. 2 gives the card to a minor of 16 or 17 only as a power (« peut »).
        let minor = *cid == ConditionId::AgeForCst
            && facts.under_at_filing(crule.adult_age.unwrap_or(18)) == Some(true);
        if (crule.discretionary && status == ConditionStatus::NotMet)
            || (minor && status == ConditionStatus::Met)
        {
            out.discretionary = true;
        }
        // A « peut » that rests on a reading (the ties broken of L425-3 [I]) failed: the
        // prefect's judgement, and the reading a jurist's (legal audit, 2026-12-08: the resident
        // card read « non éligible » on a condition its own source calls a deduction).
        if crule.discretionary && status == ConditionStatus::NotMet && confidence.needs_jurist() {
            out.confirm_by_jurist = true;
        }
    }
    // A discretionary condition never decides the outcome; when it fails, its caveat warning
    // (`public-order-threat`) qualifies the route instead.
    // (An unknown one still leaves the route incomplete: the question must be asked.)
    let discretionary = |c: &ConditionResult| pack.condition(c.id).is_some_and(|r| r.discretionary);
    let decisive = |c: &&ConditionResult| !discretionary(c);
    let any = |s: ConditionStatus| {
        out.conditions
            .iter()
            .filter(|c| c.status == ConditionStatus::Unknown || decisive(c))
            .any(|c| c.status == s)
    };
    out.outcome = if any(ConditionStatus::NotMet) {
        Outcome::NotEligible
    } else if any(ConditionStatus::Unknown) {
        Outcome::Incomplete
    } else {
        Outcome::Eligible
    };
    // The outcome needs a jurist when a condition it rests on does: all of them for `eligible`,
    // the failing ones for `not-eligible`.
    let decisive_needs_jurist = match out.outcome {
        Outcome::Eligible => out
            .conditions
            .iter()
            .filter(decisive)
            .any(|c| c.confirm_by_jurist),
        Outcome::NotEligible => out
            .conditions
            .iter()
            .filter(decisive)
            .any(|c| c.status == ConditionStatus::NotMet && c.confirm_by_jurist),
        _ => false,
    };
    out.confirm_by_jurist |= decisive_needs_jurist;
    out
}

fn tri(value: Option<bool>, missing: &'static str) -> (ConditionStatus, Option<&'static str>) {
    match value {
        Some(true) => (ConditionStatus::Met, None),
        Some(false) => (ConditionStatus::NotMet, None),
        None => (ConditionStatus::Unknown, Some(missing)),
    }
}

fn met(yes: bool) -> (ConditionStatus, Option<&'static str>) {
    tri(Some(yes), "")
}

fn condition(
    pack: &RulePack,
    facts: &Facts<'_>,
    id: ConditionId,
) -> (ConditionStatus, Option<&'static str>) {
    let case = facts.case;
    let rule = pack.condition(id);
    match id {
        // Any nationality of France, the EU, the EEA or Switzerland, first or other, fails it;
        // otherwise an unknown first nationality leaves it unknown (it could be one of them).
        ConditionId::ThirdCountryNational => {
            if pack
                .not_concerned
                .iter()
                .any(|r| facts.has_nationality_in(&r.nationalities))
            {
                met(false)
            } else {
                tri(
                    facts.nationality.as_ref().map(|_| true),
                    "person.nationality",
                )
            }
        }
        ConditionId::CesedaTerritory => match &facts.territory {
            None => tri(None, "person.address.postcode"),
            Some(t) => met(!rule.is_some_and(|r| r.postcode_prefixes_outside_ceseda.contains(t))),
        },
        // Only the offences L425-1 names (verified): another offence alone is `not-met`, with the
        // caveat warning `offence-outside-l425-1` (whether 225-14 was added is unverified).
        ConditionId::VictimOfTraffickingOrProcuring => {
            if case.victim_of.is_empty() {
                tri(None, "victimOf")
            } else {
                met(case.victim_of.iter().any(|v| v.covered_by_l425_1()))
            }
        }
        ConditionId::NoCooperationYet => match facts.cooperation_unknown {
            Some(fact) => tri(None, fact),
            None => met(!facts.cooperating),
        },
        ConditionId::Cooperation => match facts.cooperation_unknown {
            Some(fact) => tri(None, fact),
            None => met(facts.cooperating),
        },
        ConditionId::TiesBroken => tri(
            case.ties_with_perpetrators_broken,
            "tiesWithPerpetratorsBroken",
        ),
        // For the resident card the condition is a deduction [I]: ties not broken do not make it
        // « non éligible », nor the prefect's to refuse (L425-3 « se voit délivrer »): unknown,
        // with nothing to ask, for a jurist (legal audit and its review, 2026-12-08).
        ConditionId::TiesBrokenL4253 => match case.ties_with_perpetrators_broken {
            Some(false) => (ConditionStatus::Unknown, None),
            other => tri(other, "tiesWithPerpetratorsBroken"),
        },
        ConditionId::NoPublicOrderThreat => {
            tri(case.public_order_threat.map(|t| !t), "publicOrderThreat")
        }
        // An approximate birth date that puts her on both sides of an age the rule reads leaves
        // the condition unknown: no outcome rests on a guessed age (warning `approximate-age`).
        ConditionId::AgeForCst => {
            let minimum = rule.and_then(|r| r.minimum_age).unwrap_or(16);
            let adult = rule.and_then(|r| r.adult_age).unwrap_or(18);
            match (facts.under_at_filing(minimum), facts.under_at_filing(adult)) {
                (_, Some(false)) => met(true),
                (Some(true), _) => met(false),
                (Some(false), Some(true)) => {
                    tri(case.work_or_training_project, "workOrTrainingProject")
                }
                // Born on 29 February, the day exact: her birth date is no fact to ask again
                // (review, 2026-12-07: « Fait à préciser : date de naissance »). At 17 the
                // project decides, so it is asked while unanswered; answered, which birthday the
                // law takes is a jurist's (`approximate-age`: at 17 the card is the prefect's to
                // give, R425-5 al. 2; without a project, not hers).
                (minimum_met, None) if case.person.born_on_leap_day() => {
                    match (minimum_met, case.work_or_training_project) {
                        (Some(false), None) => tri(None, "workOrTrainingProject"),
                        _ => (ConditionStatus::Unknown, None),
                    }
                }
                _ => tri(None, "person.birthDate"),
            }
        }
        ConditionId::Adult => {
            let adult = rule.and_then(|r| r.adult_age).unwrap_or(18);
            match facts.under_at_filing(adult) {
                // As above: her day exact, which birthday the law takes is not a fact to ask.
                None if case.person.born_on_leap_day() => (ConditionStatus::Unknown, None),
                under => tri(under.map(|u| !u), "person.birthDate"),
            }
        }
        ConditionId::ProceedingsOngoing => match facts.stage {
            // A conviction recorded as final with its stage left blank is final, as the
            // resident card and the deadlines read it (legal review, 2026-12-05: the renewal
            // asked for the stage while the resident card was « eligible » on the same day).
            None if facts.final_conviction() => met(false),
            None if facts.final_after(facts.filing_day).is_some() => met(true),
            None => tri(None, "criminalCase.stage"),
            // Final only on a day after the filing: the proceedings go on until then.
            Some(CriminalStage::FinalConviction)
                if facts.final_after(facts.filing_day).is_some() =>
            {
                met(true)
            }
            Some(s) => met(matches!(
                s,
                CriminalStage::Investigation | CriminalStage::Trial | CriminalStage::Appeal
            )),
        },
        ConditionId::FinalConviction => {
            if facts.final_conviction() {
                met(true)
            } else if facts.stage.is_none() {
                tri(None, "criminalCase.stage")
            } else {
                met(false)
            }
        }
        // Judged on the day she applies: the planned filing day when it is to come, as her
        // checklist does (a card that ends before it no longer makes the stay regular then).
        // An application on file is judged on the day it was filed (one filed while her card
        // was valid met it, whatever today is).
        ConditionId::RegularStayOnApplication => {
            let filed = super::deadlines::resident_card_filed_on(case);
            // Whether it was filed once the conviction was final (not before) is the day's to
            // tell.
            if filed.is_some() && super::deadlines::final_conviction_day_unknown(case) {
                return tri(None, "criminalCase.finalConvictionDate");
            }
            match resident_card_day(case, facts.today) {
                // Applied for on a day not recorded: the day is what tells.
                None => tri(None, "applications"),
                // No document at all, as answered in the interview, is no regular stay on the
                // day she applies (review, 2026-12-04: the route stayed « incomplete » for ever,
                // asking for the answer already given). Today's answer says nothing of a day an
                // application was filed on.
                Some(day) => tri(
                    regular_stay_on(pack, case, day).or_else(|| {
                        (filed.is_none() && answered_no_document(case)).then_some(false)
                    }),
                    "currentPermit",
                ),
            }
        }
        ConditionId::ExitProgramme => {
            if case.exit_prostitution_programme.is_none() && case.not_established("exit-programme")
            {
                tri(None, "exitProstitutionProgramme")
            } else {
                met(case.exit_prostitution_programme.is_some())
            }
        }
    }
}

/// L425-3 « sous réserve de la régularité du séjour », on `day` (the day she applies): a card,
/// récépissé or APS in force, or an expired card whose renewal was filed on time and not refused
/// by `day` (R431-15-1: the attestation de prolongation is then due, until the decision). `None`
/// when the case cannot tell: no document recorded, no expiry date, a renewal filed late, for
/// which the attestation is not due, or refused on a day not recorded.
pub(crate) fn regular_stay_on(pack: &RulePack, case: &CaseFile, day: NaiveDate) -> Option<bool> {
    // Under 18 she needs no residence document (facts sheet §5 [V]): her stay is not irregular
    // for want of one (law audit, 2026-12-05: a girl of 17 with a final conviction read « not
    // eligible » to the resident card as of right). The reading is the route's to confirm
    // ([`minor_on`] makes it [I]).
    if minor_on(case, day) {
        return Some(true);
    }
    let permit = case.current_permit.as_ref()?;
    let expires = permit.expires?;
    if day <= expires {
        return Some(true);
    }
    // After an APS's end, a renewal on file is not established to keep her stay (R431-15-1 is
    // for titles): not known (code review, 2026-12-05).
    if permit.kind == PermitKind::Aps {
        return None;
    }
    // The attestation runs until the decision (R431-15-1): a refusal ends it, from its day.
    match super::deadlines::renewal_refusal(pack, case, permit) {
        Some(Some(refused)) if refused <= day => return Some(false),
        Some(None) => return None,
        _ => {}
    }
    match super::deadlines::renewal_filed_day(pack, case, permit) {
        None => Some(false),
        Some(filed) => {
            let (opens, closes) = super::deadlines::renewal_window(pack, permit.kind, expires)
                .unwrap_or((filed, expires));
            // Filed after the window, or before it opened and not decided since: the attestation
            // is not surely due.
            let early = filed < opens && !super::deadlines::renewal_decided(pack, case, permit);
            if filed > closes || early {
                return None;
            }
            // Past the day silence rejects it (R432-2) with no decision recorded, the attestation
            // no longer surely runs: what she holds now (a new récépissé) is to record.
            let silence_rejects = super::deadlines::implicit_rejection_day(pack, filed);
            let decided = super::deadlines::renewal_decided(pack, case, permit);
            match silence_rejects {
                Some(rejected) if day > rejected && !decided => None,
                _ => Some(true),
            }
        }
    }
}

/// The last day of the L425-1 card she holds, in force on `today`, when it is no longer renewed
/// and no resident-card application is recorded: the day to apply by, and whether it is
/// estimated from the card's legal length (its end not recorded).
fn resident_card_due(
    pack: &RulePack,
    case: &CaseFile,
    today: NaiveDate,
) -> Option<(NaiveDate, bool)> {
    let permit = case.current_permit.as_ref()?;
    let expires = super::deadlines::permit_end(pack, permit).filter(|e| today <= *e)?;
    // An application dated after today is not filed yet; an undated one may be.
    let applied = super::deadlines::resident_card_applications(case)
        .any(|a| a.filed_on.is_none_or(|filed| filed <= today));
    (super::deadlines::renewal_ended(pack, case, permit, today) && !applied)
        .then_some((expires, permit.expires.is_none()))
}

/// True when the case records that she holds no residence document: `currentPermit` null (the
/// spec's « none ») once the interview's question on it was answered, not left « not
/// established » (before that, null is only a question not asked yet).
fn answered_no_document(case: &CaseFile) -> bool {
    const QUESTION: &str = "permit-kind";
    case.current_permit.is_none()
        && case.interview.answered.iter().any(|q| q == QUESTION)
        && !case.interview.not_established.iter().any(|q| q == QUESTION)
}

/// The state of `permit-expired` for an expired application récépissé whose application is not
/// pending: `recepisse-decided` when an application decided on or after the day it was handed
/// over is recorded (an older decision is not the one it covered), else `recepisse-unrecorded`.
fn recepisse_state(case: &CaseFile, recepisse: &Permit) -> &'static str {
    let decided = case.applications.iter().any(|a| {
        a.route != RouteId::ReflectionPeriod
            && a.decision.as_ref().is_some_and(|d| {
                d.date
                    .zip(recepisse.issued)
                    .is_none_or(|(decided, issued)| decided >= issued)
            })
    });
    if decided {
        "recepisse-decided"
    } else {
        "recepisse-unrecorded"
    }
}

/// The state of `permit-expired` for an L425-1 card that ended after the conviction became final
/// (on or before `facts.today`): its renewal is no longer the way, the resident card is. `None`
/// otherwise. A resident-card application filed in time keeps the warning away altogether
/// ([`super::deadlines::follow_up_filed`]); what is recorded otherwise is named, the most telling
/// first: granted (her new title, to record), undated (perhaps in time), filed by the card's
/// end (`expires`) with the day the conviction became final not recorded (perhaps in time,
/// perhaps premature: `filed`, the latest), filed but not between the conviction and the card's
/// end (`filed`, the latest), refused, or none.
fn resident_card_state(
    case: &CaseFile,
    permit: &Permit,
    expires: NaiveDate,
    facts: &Facts<'_>,
    args: &mut Args,
) -> Option<&'static str> {
    let criminal = case.criminal_case.as_ref()?;
    if permit.kind != PermitKind::CstVpf || !criminal.final_on(facts.today) {
        return None;
    }
    let applications: Vec<&Application> = case
        .applications
        .iter()
        .filter(|a| a.route == RouteId::CarteResidentL4253)
        .collect();
    if applications.iter().any(|a| a.granted()) {
        return Some("resident-card-granted");
    }
    let standing: Vec<&&Application> = applications.iter().filter(|a| !a.refused()).collect();
    if standing.iter().any(|a| a.filed_on.is_none()) {
        return Some("resident-card-undated");
    }
    if criminal.final_conviction_date.is_none() {
        let by_the_end = standing
            .iter()
            .filter_map(|a| a.filed_on)
            .filter(|filed| *filed <= expires)
            .max();
        if let Some(filed) = by_the_end {
            args.insert("filed", ArgValue::Date(filed));
            return Some("resident-card-final-undated");
        }
    }
    if let Some(filed) = standing.iter().filter_map(|a| a.filed_on).max() {
        args.insert("filed", ArgValue::Date(filed));
        return Some("resident-card-not-in-time");
    }
    Some(if applications.is_empty() {
        "resident-card-none"
    } else {
        "resident-card-refused"
    })
}

/// Inserts the day to apply for the resident card by ([`resident_card_due`]) into `args`.
/// The day to apply for the resident card by, and the last day of the card's R431-5 window
/// (`anef`: `to-come`, `passed`, or `before-final` when it closes before the first day she may
/// apply, `first_day`): were the first resident card filed on the ANEF, which is not
/// established (the pack's note `filing-channel-resident-card`), only a request filed by that day
/// would give the attestation de prolongation (R431-15-1) — weeks before the card's end (review,
/// 2026-12-04: the card's last day alone was given as the day to file by).
fn insert_due(
    args: &mut Args,
    pack: &RulePack,
    case: &CaseFile,
    (today, first_day): (NaiveDate, NaiveDate),
    (expires, estimated): (NaiveDate, bool),
) {
    args.insert("expires", ArgValue::Date(expires));
    args.insert("estimated", ArgValue::yes_no(estimated));
    let window = case
        .current_permit
        .as_ref()
        .and_then(|p| super::deadlines::renewal_window(pack, p.kind, expires));
    if let Some((_, closes)) = window {
        let state = if closes < first_day {
            "before-final"
        } else if today <= closes {
            "to-come"
        } else {
            "passed"
        };
        args.insert("anef", ArgValue::Code(state.into()));
        args.insert("anefCloses", ArgValue::Date(closes));
    }
}

/// The last application window after the 18th birthday (R431-5 2° and 3°,
/// [`super::deadlines::majority_windows`]: no title applied for, none covering her at 18), closed
/// before `today`, when no application is on file, she holds no document in force today, and the
/// case shows her in France before her 18th birthday ([`super::deadlines::here_as_a_minor`]). An
/// adult who came later had no such window: nothing is said of her.
fn majority_window_missed(
    pack: &RulePack,
    case: &CaseFile,
    today: NaiveDate,
) -> Option<super::deadlines::MajorityWindow> {
    let (_, last) = super::deadlines::majority_windows(pack, case).pop()?;
    // Said only when nothing is on file: an application recorded (refused, undated, filed late:
    // its own warnings speak of it) or a document of stay in force (a récépissé, an asylum
    // attestation) is not « aucune demande » (review of this warning, 2026-12-05).
    let in_force = case
        .current_permit
        .as_ref()
        .is_some_and(|p| p.expires.is_none_or(|e| e >= today));
    // A récépissé of an application, even expired, or a renewal recorded on a card, proves an
    // application; an asylum claim is one on another ground (code review, 2026-12-05).
    let applied = case
        .applications
        .iter()
        .any(|a| a.route != RouteId::ReflectionPeriod)
        || case.current_permit.as_ref().is_some_and(|p| {
            p.kind == PermitKind::RecepisseApplication || p.renewal_filed().is_some()
        })
        || case.asylum_claim.is_some();
    if last.until >= today || in_force || applied {
        return None;
    }
    super::deadlines::here_as_a_minor(case).then_some(last)
}

/// Whether the stay was regular on the day the conviction became final: the recorded answer if
/// there is one, else the current document if it covered that day. A document that did not cover
/// that day proves nothing either way (an earlier card may have). Whether L425-3 requires it at
/// all is an inference [I]: it only raises a warning.
fn regular_stay_at_final_conviction(case: &CaseFile) -> Option<bool> {
    let criminal = case.criminal_case.as_ref()?;
    if let Some(answer) = criminal.regular_stay_on_final_conviction {
        return Some(answer);
    }
    let day = criminal.final_conviction_date?;
    case.current_permit
        .as_ref()
        .is_some_and(|p| p.issued.is_some_and(|i| i <= day) && p.expires.is_some_and(|e| day <= e))
        .then_some(true)
}

/// True if she is under 18 on `day` by every reading of her birth date: she needs no residence
/// document then (facts sheet §5 [V]).
fn minor_on(case: &CaseFile, day: NaiveDate) -> bool {
    dates::under(dates::ages_of(&case.person, day), 18) == Some(true)
}

/// The day L425-3's regular stay is read on ([`condition`]): the resident card's filing day when
/// recorded, else the planned filing day; `None` when an application is recorded without its day.
fn resident_card_day(case: &CaseFile, today: NaiveDate) -> Option<NaiveDate> {
    match super::deadlines::resident_card_filed_on(case) {
        Some(filed) => Some(filed),
        None if super::deadlines::resident_card_applications(case)
            .next()
            .is_some() =>
        {
            None
        }
        None => Some(super::checklist::reference_day(case, today)),
    }
}

/// A date of the case that cannot be right, as [`dates_to_check`] finds it.
struct DateToCheck {
    /// `future`, `before-birth`, `conviction-before-cooperation`, `end-before-issue`,
    /// `longer-than-law`, `shorter-than-law`, `decision-before-filing`,
    /// `appeal-before-decision`, `receipt-before-complaint`, `proof-before-proceedings`,
    /// `reflection-handover-differs`, `card-shorter-than-law`, `aps-shorter-than-law` or
    /// `renewal-before-issue`.
    problem: &'static str,
    /// The date's fact, a code of the warning's message: `complaint`, `document`…
    field: &'static str,
    /// Its path in the case file: one date is counted once, whatever it contradicts.
    path: String,
    /// The document whose date it is (`field` `document`).
    document: Option<PieceKind>,
    day: NaiveDate,
}

/// The order in which dates are named: those the routes rest on first (review of this warning,
/// 2026-12-05: a passport's day was named before a complaint dated 1926).
const DATE_ORDER: [&str; 17] = [
    "complaint",
    "testimony",
    "final-conviction",
    "decision",
    "appeal",
    "application-filed",
    "renewal-filed",
    "permit-issued",
    "permit-expires",
    "reflection",
    "protection-order",
    "child-welfare",
    "asylum",
    "exit-programme",
    "accompaniment",
    "birth",
    "document",
];

/// The dates of the case that cannot be right, those the routes rest on first
/// ([`DATE_ORDER`]), each date once: a past fact after `today` ([`CaseFile::past_days`]); a day
/// of her life before the earliest day she may have been born ([`CaseFile::days_after_birth`]),
/// unless her birth is itself after today (then it is the one to correct); a conviction final
/// before every complaint and testimony recorded, each of them dated; a card ending before its
/// issue. The interview refuses each as it is typed; a case file written elsewhere, or a clock
/// set back, still brings them.
/// How far past its legal length a current document's recorded end may be before it is a date
/// to check: a renewed card handed over before the one it follows ends starts on that end.
const LEGAL_LENGTH_SLACK_MONTHS: u32 = 6;

/// The paths of the days [`dates_to_check`] finds impossible (`case-dates-to-check`): what a
/// letter she signs leaves out, as not established (`documents::as_stated`).
pub(crate) fn days_to_check(pack: &RulePack, case: &CaseFile, today: NaiveDate) -> Vec<String> {
    dates_to_check(pack, case, today)
        .into_iter()
        // An APS shorter than the law is possible (issued so, to contest): its end stands on
        // her papers, or one that has ended would read as running.
        // A card shorter than the law is the same: her papers keep the end recorded, the
        // earlier of the two readings for her deadlines.
        .filter(|d| !matches!(d.problem, "aps-shorter-than-law" | "card-shorter-than-law"))
        .map(|d| d.path)
        .collect()
}

fn dates_to_check(pack: &RulePack, case: &CaseFile, today: NaiveDate) -> Vec<DateToCheck> {
    let named = |problem, path: &str, day| {
        let (field, document) = match path {
            "person.birthDate" => ("birth", None),
            "cooperation.complaint.date" => ("complaint", None),
            "cooperation.testimony.date" => ("testimony", None),
            "exitProstitutionProgramme.admittedOn" => ("exit-programme", None),
            "accompaniment.since" => ("accompaniment", None),
            "currentPermit.issued" => ("permit-issued", None),
            "currentPermit.expires" => ("permit-expires", None),
            "criminalCase.finalConvictionDate" => ("final-conviction", None),
            "currentPermit.renewalFiledOn" => ("renewal-filed", None),
            "reflectionPeriod.recepisseIssued" => ("reflection", None),
            "asylumClaim.registeredOn" => ("asylum", None),
            "childWelfare.placedOn" => ("child-welfare", None),
            "protectionOrder.issuedOn" => ("protection-order", None),
            p if p.ends_with("appeal.filedOn") => ("appeal", None),
            p if p.starts_with("applications[") && p.ends_with("filedOn") => {
                ("application-filed", None)
            }
            p if p.starts_with("applications[") => ("decision", None),
            _ => {
                // `documents[i].date`: named by its document.
                let kind = case.document_of_path(path).map(|d| d.kind);
                ("document", kind)
            }
        };
        DateToCheck {
            problem,
            field,
            path: path.to_string(),
            document,
            day,
        }
    };
    // The follow-up's days are past too (the follow-up refuses a day to come; a case file
    // written elsewhere brought a refusal dated next month, taken as given by `permit-expired`).
    let follow_up = case.follow_up_days();
    let mut found: Vec<DateToCheck> = case
        .past_days()
        .into_iter()
        .chain(follow_up)
        .filter(|(_, day)| *day > today)
        .map(|(path, day)| named("future", &path, day))
        .collect();
    let born_later = case.person.birth_date.is_some_and(|b| b > today);
    if let (Some((born, _)), false) = (case.person.birth_range(), born_later) {
        found.extend(
            case.days_after_birth()
                .into_iter()
                .filter(|(_, day)| *day < born)
                .map(|(path, day)| named("before-birth", &path, day)),
        );
    }
    // Each step of her cooperation recorded, and each dated after the conviction: one recorded
    // undated may have come before it (review of this warning: « avant la plainte et le
    // témoignage » of a testimony with no day).
    let steps = [
        case.cooperation.complaint.as_ref().map(|c| c.date),
        case.cooperation.testimony.as_ref().map(|t| t.date),
    ];
    let final_on = case
        .criminal_case
        .as_ref()
        .and_then(|c| c.final_conviction_date);
    if let Some(final_on) = final_on {
        let recorded: Vec<Option<NaiveDate>> = steps.iter().flatten().copied().collect();
        if !recorded.is_empty() && recorded.iter().all(|d| d.is_some_and(|d| d > final_on)) {
            found.push(named(
                "conviction-before-cooperation",
                "criminalCase.finalConvictionDate",
                final_on,
            ));
        }
    }
    if let Some(p) = &case.current_permit {
        // One récépissé, two handover days: the reflection period's record and her current
        // document disagree (legal review, 2026-12-07: 20 November by one, 30 November by the
        // other, silently). Both are days to check: a letter states neither.
        if let (true, Some(issued), Some(recorded)) = (
            p.kind == PermitKind::RecepisseReflection,
            p.issued,
            case.reflection_period
                .as_ref()
                .and_then(|r| r.recepisse_issued),
        ) {
            if recorded != issued {
                found.push(named(
                    "reflection-handover-differs",
                    "reflectionPeriod.recepisseIssued",
                    recorded,
                ));
                found.push(named(
                    "reflection-handover-differs",
                    "currentPermit.issued",
                    issued,
                ));
            }
        }
        // A renewal day on or before the card's issue is the application that gave it, or an
        // earlier card's: not read as this card's renewal (`Permit::renewal_filed`), said, the
        // card's end recorded or not.
        if let (Some(issued), Some(filed)) = (p.issued, p.renewal_filed_on) {
            if filed <= issued {
                found.push(named(
                    "renewal-before-issue",
                    "currentPermit.renewalFiledOn",
                    filed,
                ));
            }
        }
        if let (Some(issued), Some(expires)) = (p.issued, p.expires) {
            if expires < issued {
                found.push(named("end-before-issue", "currentPermit.expires", expires));
            }
            // Far beyond the card's legal length (legal review, 2026-12-05: a card of one year
            // recorded as ending six years on put every renewal date years away, silently). A
            // renewed card may be handed over months before its validity starts (the renewal
            // window opens 120 days before the card it follows ends): six months are allowed.
            let legal_end = if p.kind == PermitKind::RecepisseReflection {
                // R425-2: a récépissé of the period's length, from its handover; none is given
                // ahead of its start (law audit, 2026-12-05: one recorded as ending five months
                // on read as a period still running, « aucune mesure d'éloignement »).
                super::deadlines::reflection_end_from(pack, issued)
            } else {
                super::deadlines::estimated_expiry(pack, p)
                    .and_then(|end| dates::add_months(end, LEGAL_LENGTH_SLACK_MONTHS))
            };
            if legal_end.is_some_and(|end| expires > end) {
                found.push(named("longer-than-law", "currentPermit.expires", expires));
            }
            // R425-2 gives the period thirty days from the handover [V]: a récépissé recorded
            // as ending sooner read as her protection over before the law ends it (law audit,
            // 2026-12-05: ended ten days on, with a removal order on file).
            if p.kind == PermitKind::RecepisseReflection
                && expires >= issued
                && legal_end.is_some_and(|end| expires < end)
            {
                found.push(named("shorter-than-law", "currentPermit.expires", expires));
            }
            // L425-1 gives the card one year and L425-3 the resident card ten [V]: one recorded
            // as ending long before is a slip, often of its kind (a card of one year typed as the
            // resident card puts the case on that card's renewal and rules out the L425-3
            // application itself), or a card below the law (legal review, 2026-12-07: a resident
            // card of one year raised nothing). The same slack as above: a card handed over after
            // its validity started is recorded as issued late.
            let short_end = super::deadlines::estimated_expiry(pack, p)
                .and_then(|end| dates::sub_months(end, LEGAL_LENGTH_SLACK_MONTHS));
            if matches!(p.kind, PermitKind::CstVpf | PermitKind::ResidentCard)
                && expires >= issued
                && short_end.is_some_and(|end| expires < end)
            {
                found.push(named(
                    "card-shorter-than-law",
                    "currentPermit.expires",
                    expires,
                ));
            }
            // L425-4 [V]: an APS « d'une durée minimale de six mois ». One recorded as ending
            // sooner is a slip, or an APS below the law the association may contest (legal audit,
            // 2026-12-07: three months raised nothing).
            let six_months = dates::add_months(issued, 6).and_then(|d| dates::sub_days(d, 1));
            if p.kind == PermitKind::Aps
                && expires >= issued
                && six_months.is_some_and(|end| expires < end)
            {
                found.push(named(
                    "aps-shorter-than-law",
                    "currentPermit.expires",
                    expires,
                ));
            }
        }
    }
    // A proof dated before the fact it proves: a complaint receipt, or a proof of the
    // proceedings her complaint opened, dated before that complaint (letters review, 2026-12-07:
    // « Récépissé de dépôt de plainte du 1er septembre » listed under « Plainte du 15
    // septembre », in the letter she signs). Its day is left out of the letters, as the others'.
    // Not a testimony (given in proceedings already open), nor the conviction's proof (a copy of
    // the judgment is dated before it became final: review, 2026-12-07).
    let complained = case.cooperation.complaint.as_ref().and_then(|c| c.date);
    for (i, d) in case.documents.iter().enumerate() {
        let Some(day) = d.date else {
            continue;
        };
        let (problem, fact) = match d.kind {
            PieceKind::ComplaintReceipt => ("receipt-before-complaint", complained),
            PieceKind::ProceedingsOngoingProof => ("proof-before-proceedings", complained),
            _ => continue,
        };
        // A fact dated to come is itself the day to check, not the proof before it.
        if fact.is_some_and(|fact| day < fact && fact <= today) {
            found.push(named(problem, &format!("documents[{i}].date"), day));
        }
    }
    // A decision before its application's filing, a recourse before its decision (the
    // follow-up refuses both; a case file written elsewhere hid a refusal behind the first:
    // review, 2026-12-05).
    for (i, a) in case.applications.iter().enumerate() {
        let decision = a.decision.as_ref();
        let decided = decision.and_then(|d| d.date);
        if let (Some(filed), Some(day)) = (a.filed_on, decided) {
            if day < filed {
                let path = format!("applications[{i}].decision.date");
                found.push(named("decision-before-filing", &path, day));
            }
        }
        let appealed = decision.and_then(|d| d.appeal.as_ref()?.filed_on);
        if let (Some(decided), Some(day)) = (decided, appealed) {
            if day < decided {
                let path = format!("applications[{i}].decision.appeal.filedOn");
                found.push(named("appeal-before-decision", &path, day));
            }
        }
    }
    found.sort_by_key(|f| {
        DATE_ORDER
            .iter()
            .position(|o| *o == f.field)
            .unwrap_or(usize::MAX)
    });
    let mut seen = std::collections::HashSet::new();
    found.retain(|f| seen.insert(f.path.clone()));
    found
}

/// For a `permit-expired` state that says she is no longer legally resident (or no longer
/// covered), what is recorded of the renewal: `refused`, `filed` (late, early or not in time) or
/// `none`; `None` for a state that stays true of a minor.
fn minor_renewal(state: &str) -> Option<&'static str> {
    match state {
        "none" | "resident-card-none" => Some("none"),
        "renewal-refused" | "resident-card-refused" => Some("refused"),
        "renewal-late" | "renewal-early" | "resident-card-not-in-time" => Some("filed"),
        "renewal-undated" => Some("undated"),
        _ => None,
    }
}

/// Which steps of her cooperation are recorded: `complaint`, `testimony` or `both` (what the
/// warning on a conviction before them names).
fn cooperation_recorded(case: &CaseFile) -> &'static str {
    match (
        case.cooperation.complaint.is_some(),
        case.cooperation.testimony.is_some(),
    ) {
        (true, true) => "both",
        (false, true) => "testimony",
        _ => "complaint",
    }
}

fn warnings(pack: &RulePack, facts: &Facts<'_>) -> Vec<Warning> {
    let case = facts.case;
    let mut out = Vec::new();
    for rule in &pack.warnings {
        let mut args = Args::new();
        // A warning that rests on another rule is no surer than it (a missed window of a card
        // whose window is [S] is [S]).
        let mut confidence = rule.confidence;
        let raised = match rule.id {
            // Legal review, 2026-12-05: the letters refused such dates, the assessment read them.
            WarningId::CaseDatesToCheck => {
                let found = dates_to_check(pack, case, facts.today);
                if let Some(first) = found.first() {
                    args.insert("problem", ArgValue::Code(first.problem.into()));
                    args.insert("field", ArgValue::Code(first.field.into()));
                    args.insert("date", ArgValue::Date(first.day));
                    if let Some(kind) = first.document {
                        args.insert("document", ArgValue::Code(kind_id(&kind)));
                    }
                    // A slip the worker corrects [V], but for a conviction before her
                    // cooperation, which may be right: its link to L425-3 is a jurist's [I]
                    // (code review, 2026-12-05: a typo put the whole case « à confirmer »).
                    if matches!(first.problem, "longer-than-law" | "card-shorter-than-law") {
                        // The length the pack gives the card (the message words one year and
                        // ten years, the two the pack holds).
                        let permit = case.current_permit.as_ref();
                        let years = permit.and_then(|p| pack.permit(p.kind)?.validity?.years);
                        let length =
                            if permit.is_some_and(|p| p.kind == PermitKind::RecepisseReflection) {
                                // R425-2's récépissé: the period's thirty days.
                                "thirty-days"
                            } else if years == Some(10) {
                                "ten-years"
                            } else {
                                "one-year"
                            };
                        args.insert("length", ArgValue::Code(length.into()));
                    }
                    if first.problem == "conviction-before-cooperation" {
                        let recorded = cooperation_recorded(case);
                        args.insert("cooperation", ArgValue::Code(recorded.into()));
                        confidence = confidence.weakest(Confidence::I);
                    }
                    let others = match found.len() {
                        1 => "none",
                        2 => "one",
                        _ => "several",
                    };
                    args.insert("others", ArgValue::Code(others.into()));
                }
                !found.is_empty()
            }
            WarningId::NationalityUnknown => facts.nationality.is_none(),
            // An Algerian nationality held beside another still raises it: whether the 1968
            // agreement then governs her stay is for a jurist (docs/legal-rules.md, 2026.12.5).
            WarningId::AlgerianNational1968Agreement => {
                let raised = facts.has_nationality_in(&rule.nationalities);
                if raised {
                    let dual = facts
                        .nationalities
                        .iter()
                        .any(|n| !rule.nationalities.contains(n) && n != "stateless");
                    args.insert("dual", ArgValue::yes_no(dual));
                }
                raised
            }
            WarningId::OverseasCesedaNotApplicable => {
                let prefixes = pack
                    .condition(ConditionId::CesedaTerritory)
                    .map(|c| c.postcode_prefixes_outside_ceseda.as_slice())
                    .unwrap_or_default();
                facts
                    .territory
                    .as_ref()
                    .is_some_and(|t| prefixes.contains(t))
            }
            WarningId::IdentityDocumentConfiscated => {
                let taken = case.documents.iter().find(|d| {
                    d.status == DocumentStatus::Confiscated && rule.documents.contains(&d.kind)
                });
                if let Some(d) = taken {
                    args.insert("document", ArgValue::Code(kind_id(&d.kind)));
                }
                taken.is_some()
            }
            // Legal review, 2026-12-05: the checklist asked a stateless person for a passport or
            // a consular document, with no word.
            WarningId::StatelessIdentityDocuments => {
                facts.nationalities.iter().any(|n| n == "stateless")
            }
            // L432-1-1's grounds concern the temporary and multi-year cards: not the renewal of
            // the resident card she holds (L432-3 has its own).
            WarningId::RefusalRiskFalseDocuments => {
                facts.l432_1_1_concerns()
                    && case.refusal_risks.as_ref().and_then(|r| r.false_documents) == Some(true)
            }
            // « Joignez la plainte » of a plaint never filed (legal review, 2026-12-05). The
            // reflection period's protection from removal (R425-2 [V]) is said as running only
            // while it runs; otherwise as what a period granted would give (code review: it was
            // promised to anyone with no complaint recorded).
            WarningId::RefusalRiskRemovalOrder => {
                let cooperation = &case.cooperation;
                let running = facts.reflection_end.is_some_and(|end| facts.today <= end);
                let given = if cooperation.complaint.is_some() {
                    "complaint"
                } else if cooperation.testimony.is_some() {
                    "testimony"
                } else if running {
                    "reflection"
                } else {
                    "none"
                };
                args.insert("cooperation", ArgValue::Code(given.into()));
                facts.l432_1_1_concerns()
                    && case
                        .refusal_risks
                        .as_ref()
                        .and_then(|r| r.unexecuted_removal_order)
                        == Some(true)
            }
            WarningId::RefusalRiskSeriousOffences => {
                facts.l432_1_1_concerns()
                    && case.refusal_risks.as_ref().and_then(|r| r.serious_offences) == Some(true)
            }
            // Names the point not established (UI review, 2026-12-05: « renseignez ces deux
            // points » when one was answered).
            WarningId::RefusalRisksUnchecked => {
                let risks = case.refusal_risks.as_ref();
                let false_documents = risks.and_then(|r| r.false_documents).is_none();
                let removal_order = risks.and_then(|r| r.unexecuted_removal_order).is_none();
                let unknown = match (false_documents, removal_order) {
                    (true, true) => "both",
                    (true, false) => "false-documents",
                    _ => "removal-order",
                };
                args.insert("unknown", ArgValue::Code(unknown.into()));
                facts.l432_1_1_concerns() && (false_documents || removal_order)
            }
            // The resident card's renewal may be refused only for a « menace grave » (L432-3 1°):
            // `residentCard` picks that wording.
            WarningId::PublicOrderThreat => {
                let resident = facts.holds(PermitKind::ResidentCard);
                args.insert("residentCard", ArgValue::yes_no(resident));
                case.public_order_threat == Some(true)
            }
            WarningId::RenewalCapL43311 => {
                let cap = rule.cap.unwrap_or(3);
                let count = case.current_permit.as_ref().and_then(|p| p.renewal_count);
                args.insert("cap", ArgValue::Number(i64::from(cap)));
                // Fluent selects on strings: `state` picks the wording, `count` is only shown.
                match count {
                    Some(c) => {
                        args.insert("state", ArgValue::Code("reached".into()));
                        args.insert("count", ArgValue::Number(i64::from(c)));
                    }
                    None => {
                        args.insert("state", ArgValue::Code("unknown".into()));
                        args.insert("count", ArgValue::Code("?".into()));
                    }
                }
                // After a final conviction the resident card (L425-3) follows, not a renewal.
                facts.holds(PermitKind::CstVpf)
                    && !facts.final_conviction()
                    && count.is_none_or(|c| c >= cap)
            }
            // « Puis la carte de résident » is not said beside an acquittal or a dismissal
            // (legal review, 2026-12-05).
            WarningId::MultiYearCardExcluded => {
                let ended = matches!(
                    facts.stage,
                    Some(CriminalStage::Acquittal | CriminalStage::Dismissed)
                );
                args.insert("ended", ArgValue::yes_no(ended));
                facts.holds(PermitKind::CstVpf)
            }
            WarningId::RegularStayAtFinalConviction => {
                args.insert("anef", ArgValue::Code("none".into()));
                // Final on a day to come (even before a filing planned after it): never said
                // final yet; the resident card from that day, the stay kept regular until she
                // applies (by the card's last day when the renewal ends before).
                let state = if let Some(final_on) = facts.final_after(facts.today) {
                    args.insert("finalOn", ArgValue::Date(final_on));
                    match resident_card_due(pack, case, facts.today) {
                        Some(due) => {
                            insert_due(&mut args, pack, case, (facts.today, final_on), due);
                            Some("final-on-file-before")
                        }
                        None => Some("final-on"),
                    }
                } else if facts.final_conviction() {
                    // With a card in force, whose renewal has ended: the day to apply by, said
                    // whether or not the stay on the conviction day is known.
                    let due = resident_card_due(pack, case, facts.today);
                    if let Some(due) = due {
                        let final_on = case
                            .criminal_case
                            .as_ref()
                            .and_then(|c| c.final_conviction_date)
                            .unwrap_or(NaiveDate::MIN);
                        insert_due(&mut args, pack, case, (facts.today, final_on), due);
                    }
                    // Regular on the day it became final, no longer today, and no resident
                    // card applied for: the two readings of « sous réserve de la régularité du
                    // séjour » part (legal review, 2026-12-06: the route read « not eligible »
                    // with no word that, on the facts sheet's reading, §1.2, she meets it).
                    let lapsed_since = || {
                        super::deadlines::resident_card_filed_on(case).is_none()
                            && regular_stay_on(pack, case, facts.today) == Some(false)
                    };
                    // Her card ended, its renewal filed in time and waiting: the attestation de
                    // prolongation keeps her stay regular until the decision, but the card is no
                    // longer renewed on its ground (review of 2026-12-07: nothing was said of the
                    // resident card, due « au plus tard » the card's last day the day before).
                    let renewal_pending = case
                        .current_permit
                        .as_ref()
                        .filter(|p| {
                            p.kind == PermitKind::CstVpf
                                && p.expires.is_some_and(|e| e < facts.today)
                                && super::deadlines::resident_card_filed_on(case).is_none()
                                && super::deadlines::renewal_filed_in_time(pack, case, p)
                                && !super::deadlines::renewal_answered(pack, case, p)
                        })
                        .and_then(|p| super::deadlines::renewal_filed_day(pack, case, p));
                    match (regular_stay_at_final_conviction(case), due) {
                        // Regular then: what remains is to apply while she still is.
                        (Some(true), Some(_)) => Some("file-before"),
                        (Some(true), None) if lapsed_since() => Some("held-then"),
                        (Some(true), None) if renewal_pending.is_some() => {
                            if let Some(filed) = renewal_pending {
                                args.insert("filed", ArgValue::Date(filed));
                            }
                            confidence = confidence.weakest(Confidence::I);
                            Some("renewal-pending")
                        }
                        (Some(true), None) => None,
                        (Some(false), _) => Some("not-held"),
                        (None, Some(_)) => Some("unknown-file-before"),
                        (None, None) => Some("unknown"),
                    }
                } else {
                    matches!(
                        facts.stage,
                        Some(CriminalStage::Trial | CriminalStage::Appeal)
                    )
                    .then_some("pending")
                };
                if let Some(state) = state {
                    args.insert("state", ArgValue::Code(state.into()));
                }
                // Once she holds the resident card, the question was settled when it was issued.
                facts.cooperating && state.is_some() && !facts.holds(PermitKind::ResidentCard)
            }
            // Legal review, 2026-12-05: a final conviction left the first L425-1 card plainly
            // « eligible ». The card is renewed for the proceedings, now closed; the resident
            // card goes to « l'étranger mentionné à l'article L. 425-1 » (L425-3 [V]). Which one
            // to ask for is not in the facts sheet: for a jurist, never decided here.
            WarningId::FinalConvictionFirstCard => {
                let first = |a: &&Application| a.route == RouteId::CstL4251 && !a.refused();
                // Granted, she holds the card (to record); the resident card applied for after
                // the conviction, the question is settled (legal review of this warning).
                let settled = case
                    .applications
                    .iter()
                    .filter(first)
                    .any(|a| a.decision.is_some())
                    || super::deadlines::resident_card_applications(case)
                        .next()
                        .is_some();
                let raised = facts.cooperating
                    && facts.final_conviction()
                    && !settled
                    && not_applicable(pack, facts, RouteId::CstL4251).is_none();
                if raised {
                    // Final on a day after today, before the filing planned: said to come.
                    match facts.final_after(facts.today) {
                        Some(on) => {
                            args.insert("state", ArgValue::Code("final-on".into()));
                            args.insert("finalOn", ArgValue::Date(on));
                        }
                        None => {
                            args.insert("state", ArgValue::Code("final".into()));
                        }
                    }
                    // A récépissé of application in force, with no application of another route
                    // on file, is taken for the first card's (code review, 2026-12-05: not one
                    // long expired, nor one that may cover another route).
                    let recepisse = case.current_permit.as_ref().is_some_and(|p| {
                        p.kind == PermitKind::RecepisseApplication
                            && p.expires.is_none_or(|e| e >= facts.today)
                    }) && case
                        .applications
                        .iter()
                        .all(|a| a.route == RouteId::CstL4251);
                    let applied = case.applications.iter().any(|a| first(&a)) || recepisse;
                    args.insert("applied", ArgValue::yes_no(applied));
                }
                raised
            }
            // Its « renouvellement » only of a card she holds (legal review, 2026-12-05).
            WarningId::ProceedingsEndedWithoutConviction => {
                args.insert("holds", ArgValue::yes_no(facts.holds(PermitKind::CstVpf)));
                matches!(
                    facts.stage,
                    Some(CriminalStage::Acquittal | CriminalStage::Dismissed)
                )
            }
            WarningId::ComplaintWithoutProceedings => {
                // Her card renewed for the proceedings: without any known, the renewal is not
                // established, whatever the first card rested on (legal review, 2026-12-05: the
                // words said the card rests on the complaint beside a renewal not eligible).
                args.insert("holds", ArgValue::yes_no(facts.holds(PermitKind::CstVpf)));
                facts.cooperating && facts.stage == Some(CriminalStage::None)
            }
            // Review, 2026-12-04: a testimony recorded « in criminal proceedings » beside a stage
            // that says there are none, or that they were dismissed, opened the reflection
            // period with no caveat: the file contradicts itself, a jurist decides.
            WarningId::TestimonyWithoutProceedings => match facts.stage {
                Some(stage @ (CriminalStage::None | CriminalStage::Dismissed))
                    if case.cooperation.testimony.is_some()
                        && case.cooperation.complaint.is_none() =>
                {
                    args.insert("stage", ArgValue::Code(crate::codes::code(stage).into()));
                    true
                }
                _ => false,
            },
            WarningId::MayotteCardValidInMayotteOnly => facts.territory.as_deref() == Some("976"),
            // Legal review, 2026-12-05: no word at all for these three, whose postcodes (97133,
            // 97150) share Guadeloupe's prefix.
            WarningId::OverseasAdaptationsNotEncoded => match adapted_territory(case) {
                Some(territory) => {
                    args.insert("territory", ArgValue::Code(territory.into()));
                    true
                }
                None => false,
            },
            WarningId::MinorUnder16 => facts.under(16) == Some(true),
            // The card's « peut » (R425-5) is read on the filing day, as the route reads her age
            // (legal review, 2026-12-05: a girl of 15 whose filing is planned after her 16th
            // birthday was told the card cannot be issued, never that it may).
            // Her card held, its renewal before 18 is a caveat for a jurist: whether R425-5's
            // « peut » binds the renewal too is not in the facts sheet (legal audit, 2026-12-07:
            // the renewal was plainly eligible beside « elle n'est pas de plein droit »).
            WarningId::Minor16To18 => {
                let renewal = facts.holds(PermitKind::CstVpf);
                args.insert("renewal", ArgValue::yes_no(renewal));
                if renewal {
                    confidence = confidence.weakest(Confidence::I);
                }
                facts.under_at_filing(16) == Some(false) && facts.under_at_filing(18) == Some(true)
            }
            // The conditions read her age on the filing day: so does this warning, and it says
            // which day when the filing is planned.
            WarningId::ApproximateAge => match facts.filing_ages {
                Some((youngest, oldest))
                    if rule
                        .ages
                        .iter()
                        .any(|a| facts.under_at_filing(*a).is_none()) =>
                {
                    args.insert("youngest", ArgValue::Number(i64::from(youngest)));
                    args.insert("oldest", ArgValue::Number(i64::from(oldest)));
                    let when = if facts.filing_day != facts.today {
                        "filing"
                    } else {
                        "today"
                    };
                    args.insert("when", ArgValue::Code(when.into()));
                    // Exact, but on 29 February: her birthday in a common year is 28 February or
                    // 1 March ([`dates::ages_of`]).
                    let leap_day = case.person.born_on_leap_day();
                    args.insert("leapDay", ArgValue::yes_no(leap_day));
                    if leap_day {
                        confidence = confidence.weakest(Confidence::I);
                    }
                    true
                }
                _ => false,
            },
            WarningId::MinorAt18 => {
                match super::deadlines::majority_window(pack, case, facts.today) {
                    Some(w) => {
                        let approximate = case.person.birth_date_precision.is_some();
                        args.insert("approximate", ArgValue::yes_no(approximate));
                        args.insert("turns18", ArgValue::Date(w.turns18));
                        args.insert("applicationCloses", ArgValue::Date(w.closes));
                        args.insert("latestCloses", ArgValue::Date(w.until));
                        args.insert("rule", ArgValue::Code(w.rule.code().into()));
                        // Its first day passed, its last (a birth known to the year) not yet:
                        // said in the past (legal review, 2026-12-05: « doit être déposée au plus
                        // tard le » a day eight months gone).
                        args.insert("passed", ArgValue::yes_no(w.closes < facts.today));
                        // Its days rest on a fact the case does not establish (the placement, the
                        // exact birth date): inferred, for a jurist, as the deadlines it announces.
                        // Born on 29 February: which day is her birthday in a common year is not
                        // in the facts sheet, as the deadlines say (legal audit, 2026-12-07).
                        if approximate || w.rule.uncertain() || case.person.born_on_leap_day() {
                            confidence = confidence.weakest(Confidence::I);
                        }
                        true
                    }
                    None => false,
                }
            }
            // Legal review, 2026-12-05: once the window at 18 had closed, nothing was said.
            WarningId::MajorityWindowMissed => {
                match majority_window_missed(pack, case, facts.today) {
                    Some(w) => {
                        let approximate = case.person.birth_date_precision.is_some();
                        args.insert("approximate", ArgValue::yes_no(approximate));
                        args.insert("turns18", ArgValue::Date(w.turns18));
                        args.insert("applicationCloses", ArgValue::Date(w.until));
                        if case.person.born_on_leap_day() {
                            confidence = confidence.weakest(Confidence::I);
                        }
                        true
                    }
                    None => false,
                }
            }
            // Someone who holds a card or an APS no longer depends on the reflection récépissé.
            WarningId::ReflectionPeriodRunning => match facts.reflection_end {
                Some(end) if facts.today <= end && !facts.cooperating && !facts.holds_title() => {
                    args.insert("end", ArgValue::Date(end));
                    true
                }
                _ => false,
            },
            WarningId::ReflectionPeriodOver => match facts.reflection_end {
                Some(end) if facts.today > end && !facts.cooperating && !facts.holds_title() => {
                    args.insert("end", ArgValue::Date(end));
                    true
                }
                _ => false,
            },
            // Not for the reflection récépissé: it is not renewed (its end has its own warning,
            // `reflection-period-over`), and this one speaks of a renewal.
            // Not when what keeps the stay regular was filed in time: the renewal, or (once the
            // card is no longer renewed on its ground) the resident card applied for by its end.
            WarningId::PermitExpired => match case.current_permit.as_ref() {
                // The reflection récépissé ran out after her complaint or testimony and no card
                // is applied for: she holds no document at all (without cooperation,
                // `reflection-period-over` says what to do).
                Some(p) if p.kind == PermitKind::RecepisseReflection => {
                    match facts.reflection_end {
                        // An application on file, its day recorded or not, is a card applied
                        // for.
                        Some(end)
                            if facts.today > end
                                && facts.cooperating
                                && !case.applications.iter().any(|a| {
                                    a.route != RouteId::ReflectionPeriod && !a.refused()
                                }) =>
                        {
                            args.insert("expires", ArgValue::Date(end));
                            args.insert("application", ArgValue::Code("reflection".into()));
                            true
                        }
                        _ => false,
                    }
                }
                Some(p) if !super::deadlines::follow_up_filed(pack, case, p) => {
                    // Its end not recorded: the one its legal length gives, said estimated
                    // (review, 2026-12-04: an estimated end never raised it).
                    match super::deadlines::permit_end(pack, p) {
                        Some(e) if facts.today > e => {
                            args.insert("expires", ArgValue::Date(e));
                            args.insert("estimated", ArgValue::yes_no(p.expires.is_none()));
                            // An end estimated from the card's legal length is no surer than
                            // the estimate (legal review, 2026-12-05: « [V] » beside « date
                            // estimée », where `renewal-window-missed` said « à confirmer »).
                            if p.expires.is_none() {
                                confidence = confidence.weakest(Confidence::I);
                            }
                            // An application récépissé that ran out while its application waits
                            // for a decision: a new one is asked for, not a renewal filed.
                            let pending = p.kind == PermitKind::RecepisseApplication
                                && case.applications.iter().any(|a| {
                                    a.decision.is_none() && a.route != RouteId::ReflectionPeriod
                                });
                            // A renewal on file that does not keep her stay: refused, or filed
                            // after its window (the attestation is not due). Never « none
                            // recorded » then.
                            let refused =
                                super::deadlines::renewal_refusal(pack, case, p).is_some();
                            let state = if pending {
                                "application-pending"
                            } else if p.kind == PermitKind::RecepisseApplication {
                                // No renewal to speak of: its application decided, or none
                                // recorded (what it covered is not known).
                                recepisse_state(case, p)
                            } else if refused {
                                "renewal-refused"
                            } else if let Some(state) =
                                resident_card_state(case, p, e, facts, &mut args)
                            {
                                state
                            } else if let Some(filed) = (p.kind == PermitKind::Aps)
                                .then(|| super::deadlines::renewal_filed_day(pack, case, p))
                                .flatten()
                                .filter(|_| !super::deadlines::renewal_decided(pack, case, p))
                            {
                                // An APS renewal waiting for its decision: whether it keeps her
                                // stay (R431-15-1 speaks of titles) is for a jurist (code review,
                                // 2026-12-05). Past its implicit rejection it is not said to wait
                                // (verification, 2026-12-05).
                                args.insert("filed", ArgValue::Date(filed));
                                let rejected =
                                    super::deadlines::implicit_rejection_day(pack, filed)
                                        .filter(|r| *r < facts.today);
                                dated(&mut args, "rejected", "silence", rejected);
                                confidence = confidence.weakest(Confidence::I);
                                "aps-renewal-pending"
                            } else if let Some((filed, opens)) =
                                super::deadlines::renewal_filed_early(pack, case, p)
                            {
                                // Whether the prefecture took it is not known: for a jurist.
                                args.insert("filed", ArgValue::Date(filed));
                                args.insert("opens", ArgValue::Date(opens));
                                confidence = confidence.weakest(Confidence::I);
                                "renewal-early"
                            } else if let Some(filed) =
                                super::deadlines::renewal_filed_day(pack, case, p)
                            {
                                args.insert("filed", ArgValue::Date(filed));
                                "renewal-late"
                            } else if super::deadlines::renewal_undated(pack, case, p) {
                                // A renewal recorded without its days, pending or granted:
                                // whether it is this card's, and in time, is not known (review,
                                // 2026-12-07: « aucune demande de renouvellement n'est
                                // enregistrée » stood beside `renewal-after-expiry`'s « la
                                // demande de renouvellement enregistrée n'a pas de date »).
                                "renewal-undated"
                            } else {
                                "none"
                            };
                            // Under 18 she needs no residence document (legal review, 2026-12-05:
                            // a girl of 17 whose card ran out was said « plus en séjour
                            // régulier »): what the card gave her was leave to work or train.
                            let minor = facts.ages.is_some_and(|(_, oldest)| oldest < 18);
                            // Her birth known to the month or year, she may still be 17: said, not
                            // decided (verification, 2026-12-05).
                            let maybe_minor = facts
                                .ages
                                .is_some_and(|(youngest, oldest)| youngest < 18 && oldest >= 18);
                            let lost = minor_renewal(state);
                            args.insert(
                                "maybeMinor",
                                ArgValue::yes_no(maybe_minor && lost.is_some()),
                            );
                            let state = match (minor, lost) {
                                (true, Some(renewal)) => {
                                    args.insert("renewal", ArgValue::Code(renewal.into()));
                                    "minor"
                                }
                                _ => state,
                            };
                            args.insert("application", ArgValue::Code(state.into()));
                            true
                        }
                        _ => false,
                    }
                }
                _ => false,
            },
            WarningId::RenewalWindowMissed => {
                // Not once the card is no longer renewed on its ground (final conviction: the
                // resident card is what she applies for, regular-stay-at-final-conviction says
                // before when).
                let window = case
                    .current_permit
                    .as_ref()
                    .filter(|p| {
                        // A renewal filed after the window closed does not make up for it; one
                        // the prefecture has decided on is no longer to file (code review,
                        // 2026-12-05).
                        // A decision with no day may be an earlier card's: not read as this
                        // one's, as her paper does not (legal audit, 2026-12-07: an undated grant
                        // hid the warning while her paper said « déposez tout de suite »).
                        !super::deadlines::renewal_filed_in_time(pack, case, p)
                            && !super::deadlines::renewal_ended(pack, case, p, facts.today)
                            && !super::deadlines::renewal_answered(pack, case, p)
                    })
                    .and_then(|p| {
                        // The end recorded, or else estimated from the card's length (review,
                        // 2026-12-04: the estimated window was shown, its end never warned of).
                        let expires = super::deadlines::permit_end(pack, p)?;
                        let (_, closes) = super::deadlines::renewal_window(pack, p.kind, expires)?;
                        Some((closes, expires, p.kind, p.expires.is_none()))
                    });
                match window {
                    Some((closes, expires, kind, estimated))
                        if facts.today > closes && facts.today <= expires =>
                    {
                        args.insert("held", ArgValue::Code(document_word(kind).into()));
                        args.insert("closes", ArgValue::Date(closes));
                        args.insert("expires", ArgValue::Date(expires));
                        args.insert("estimated", ArgValue::yes_no(estimated));
                        // Filed after the window closed: said so, never « déposez la demande
                        // immédiatement » (second verification, 2026-12-05).
                        let late = case
                            .current_permit
                            .as_ref()
                            .and_then(|p| super::deadlines::renewal_filed_day(pack, case, p))
                            .filter(|filed| *filed > closes);
                        let undated = case
                            .current_permit
                            .as_ref()
                            .is_some_and(|p| super::deadlines::renewal_undated(pack, case, p));
                        match late {
                            Some(filed) => {
                                args.insert("state", ArgValue::Code("late".into()));
                                args.insert("filed", ArgValue::Date(filed));
                            }
                            None if undated => {
                                args.insert("state", ArgValue::Code("undated".into()));
                            }
                            None => {
                                args.insert("state", ArgValue::Code("none".into()));
                            }
                        }
                        if estimated {
                            confidence = confidence.weakest(Confidence::I);
                        }
                        // Under 18 she needs no residence document: the card is her leave to
                        // work or train, not her stay (jurist review, 2026-12-07: a girl of 17
                        // was told « déposez la demande immédiatement », which `permit-expired`
                        // no longer tells her). Known to the month or year, she may be 17: said.
                        // On the card's last day, not today: 18 by then, she needs the card, and
                        // a card running past her birthday opens no window after 18 (review of
                        // this change, 2026-12-07).
                        let minor = match dates::ages_of(&case.person, expires) {
                            Some((_, oldest)) if oldest < 18 => "yes",
                            Some((youngest, _)) if youngest < 18 => "maybe",
                            _ => "no",
                        };
                        args.insert("minor", ArgValue::Code(minor.into()));
                        if let Some(renewal) = pack.permit(kind).and_then(|p| p.renewal.as_ref()) {
                            confidence = confidence.weakest(renewal.confidence);
                            if let Some(w) = pack.renewal_window(&renewal.window) {
                                confidence = confidence.weakest(w.confidence);
                            }
                        }
                        true
                    }
                    _ => false,
                }
            }
            // Legal review, 2026-12-05: a card ended years ago was offered for renewal with no
            // word that the prefecture may take the application as a first one (no source says
            // when: [I]). Not once a renewal filed in time keeps her stay, nor once the card is
            // no longer renewed on its ground (the resident card follows), nor after a decision.
            WarningId::RenewalAfterExpiry => match renewal_after_expiry(pack, facts) {
                Some((end, estimated, filed)) => {
                    args.insert("expires", ArgValue::Date(end));
                    args.insert("estimated", ArgValue::yes_no(estimated));
                    let state = match filed {
                        None => "none",
                        Some(None) => "filed-undated",
                        // Worded as `permit-expired` words it: late is late, early is « peut-être
                        // pas » (code review, 2026-12-05).
                        Some(Some(day)) => {
                            args.insert("filed", ArgValue::Date(day));
                            let opens = case
                                .current_permit
                                .as_ref()
                                .and_then(|p| super::deadlines::renewal_window(pack, p.kind, end))
                                .map(|(opens, _)| opens);
                            if opens.is_some_and(|o| day < o) {
                                "filed-early"
                            } else {
                                "filed-late"
                            }
                        }
                    };
                    args.insert("state", ArgValue::Code(state.into()));
                    true
                }
                None => false,
            },
            // Legal review, 2026-12-05: a refused renewal left the route plainly « eligible »
            // with no word of the refusal, and a refused first card too.
            WarningId::ApplicationRefused => match unanswered_refusal(case, facts.today) {
                Some(a) => {
                    args.insert("route", ArgValue::Code(a.route.as_str().into()));
                    dated(&mut args, "filed", "filedDated", a.filed_on);
                    let on = a.decision.as_ref().and_then(|d| d.date);
                    dated(&mut args, "refused", "dated", on);
                    // A recourse recorded: said, not asked for again (UI review, 2026-12-05).
                    let appeal = a.decision.as_ref().and_then(|d| d.appeal.as_ref());
                    let kind = appeal.map_or("none", |r| crate::codes::code(r.kind));
                    args.insert("appeal", ArgValue::Code(kind.into()));
                    dated(
                        &mut args,
                        "appealed",
                        "appealDated",
                        appeal.and_then(|r| r.filed_on),
                    );
                    true
                }
                None => false,
            },
            // Legal review, 2026-12-05: past the day silence rejects it, an application was
            // still « en attente de décision » everywhere.
            WarningId::ImplicitRejectionPassed => {
                match silent_application(pack, case, facts.today) {
                    Some((route, filed, rejected)) => {
                        args.insert("route", ArgValue::Code(route.as_str().into()));
                        args.insert("filed", ArgValue::Date(filed));
                        args.insert("rejected", ArgValue::Date(rejected));
                        // A récépissé still in force: what it changes to the silence is not in
                        // the facts sheet (verification, 2026-12-05), said for a jurist.
                        let recepisse = case
                            .current_permit
                            .as_ref()
                            .filter(|p| p.kind == PermitKind::RecepisseApplication)
                            .and_then(|p| p.expires)
                            .filter(|e| *e >= facts.today);
                        dated(&mut args, "recepisseUntil", "recepisse", recepisse);
                        true
                    }
                    None => false,
                }
            }
            // Filed before the window opened, while the window still runs: to check with the
            // prefecture, and to file again in the window if it was not taken. Once the window
            // closed, `renewal-window-missed` says what to do, and after the card's end
            // `permit-expired` (`renewal-early`).
            WarningId::RenewalFiledEarly => {
                // The one reading `implicit-rejection-passed` makes of it too.
                let early = case.current_permit.as_ref().and_then(|p| {
                    let early =
                        super::deadlines::early_renewal_in_its_window(pack, case, facts.today)?;
                    let ended = super::deadlines::renewal_ended(pack, case, p, facts.today);
                    (!ended).then_some((early, p.kind, p.expires.is_none()))
                });
                match early {
                    Some((early, kind, estimated)) => {
                        args.insert("held", ArgValue::Code(document_word(kind).into()));
                        args.insert("filed", ArgValue::Date(early.filed));
                        args.insert("opens", ArgValue::Date(early.opens));
                        args.insert("closes", ArgValue::Date(early.closes));
                        args.insert("expires", ArgValue::Date(early.end));
                        args.insert("estimated", ArgValue::yes_no(estimated));
                        true
                    }
                    None => false,
                }
            }
            // Her paper and the letters read the same decision (`deadlines::renewal_decision`).
            WarningId::RenewalGranted => {
                let granted = case.current_permit.as_ref().and_then(|p| {
                    match super::deadlines::renewal_filing(pack, case, p, facts.today)? {
                        super::deadlines::RenewalFiling::Granted { decided } => {
                            Some((p.kind, decided))
                        }
                        _ => None,
                    }
                });
                match granted {
                    Some((kind, decided)) => {
                        args.insert("held", ArgValue::Code(document_word(kind).into()));
                        dated(&mut args, "decided", "dated", decided);
                        true
                    }
                    None => false,
                }
            }
            // Letters trial, 2026-12-07: a first card granted a year before and not recorded left
            // no deadline (its end, its renewal window), and no word of it.
            WarningId::TitleGranted => match unrecorded_grant(case, facts.today) {
                Some(a) => {
                    args.insert("route", ArgValue::Code(a.route.as_str().into()));
                    let held = match case.current_permit.as_ref() {
                        None => "none",
                        Some(p) if a.route.replaces(p.kind) => "older",
                        Some(_) => "other",
                    };
                    args.insert("held", ArgValue::Code(held.into()));
                    let on = a.decision.as_ref().and_then(|d| d.date);
                    dated(&mut args, "decided", "dated", on);
                    true
                }
                None => false,
            },
            WarningId::TemporaryProtectionHeld => facts.holds(PermitKind::TemporaryProtection),
            // Legal review, 2026-12-05: a card of another kind valid to 2035 (a refugee's) left
            // the first card plainly « eligible », and the facts sheet says nothing of it.
            WarningId::OtherTitleHeld => facts.holds(PermitKind::Other),
            WarningId::AsylumApplicationPending => {
                asylum_time(pack, case, facts.today, &mut args);
                facts.holds(PermitKind::AsylumApplication) || case.asylum_claim.is_some()
            }
            WarningId::OffenceOutsideL4251 => {
                let has = |v: VictimOf| case.victim_of.contains(&v);
                let yes_no = |b: bool| ArgValue::yes_no(b);
                args.insert(
                    "conditions",
                    yes_no(has(VictimOf::WorkingOrHousingConditions)),
                );
                args.insert(
                    "forced",
                    yes_no(has(VictimOf::ForcedLabour) || has(VictimOf::Servitude)),
                );
                only_offences_outside_l425_1(case)
            }
            // Raised whenever the renewal of the resident card applies: the case file records
            // no habitual residence, and no outcome is made to rest on a guess of it.
            WarningId::ResidentCardRenewalHabitualResidence => {
                not_applicable(pack, facts, RouteId::CarteResidentL4253Renewal).is_none()
            }
            WarningId::PermitExpiryEstimated => match case.current_permit.as_ref() {
                Some(p) if p.expires.is_none() => match super::deadlines::estimated_expiry(pack, p)
                {
                    Some(e) => {
                        args.insert("state", ArgValue::Code("estimated".into()));
                        args.insert("expires", ArgValue::Date(e));
                        true
                    }
                    // Neither end nor issue recorded, for a card that is renewed: its window
                    // and the end of her stay cannot be told (legal review, 2026-12-05: the
                    // renewal stood with no deadline and nothing asked for).
                    // Its issue recorded, but no fixed length to count from (the APS: « au
                    // moins six mois »): said so, not « ni la date de délivrance »
                    // (legal review, 2026-12-05).
                    None => {
                        let state = if p.issued.is_some() {
                            "no-length"
                        } else {
                            "unknown"
                        };
                        args.insert("state", ArgValue::Code(state.into()));
                        pack.permit(p.kind).is_some_and(|r| r.renewal.is_some())
                    }
                },
                _ => false,
            },
        };
        if raised {
            out.push(Warning {
                id: rule.id,
                legal_basis: rule.legal_basis.clone(),
                confidence,
                confirm_by_jurist: confidence.needs_jurist(),
                severity: rule.severity,
                args,
            });
        }
    }
    // An APS granted while she holds one is its renewal, which `renewal-granted` says: one
    // decision, one warning (review, 2026-12-07: both were raised, and the older APS's
    // warnings went).
    if out.iter().any(|w| w.id == WarningId::RenewalGranted) {
        out.retain(|w| {
            !(w.id == WarningId::TitleGranted
                && matches!(w.args.get("route"), Some(ArgValue::Code(r)) if r == "aps-l425-4"))
        });
    }
    // The card ended and the resident card granted: `permit-expired` says both, and to record
    // the new card (`resident-card-granted`); one fact, one box.
    if out.iter().any(|w| {
        w.id == WarningId::PermitExpired
            && matches!(w.args.get("application"), Some(ArgValue::Code(a)) if a == "resident-card-granted")
    }) {
        out.retain(|w| {
            !(w.id == WarningId::TitleGranted
                && matches!(w.args.get("route"), Some(ArgValue::Code(r)) if r == "carte-resident-l425-3"))
        });
    }
    // A newer title granted and not recorded, beside the document it replaces (`held: older`,
    // [`RouteId::replaces`]): « déposez la demande sans attendre » of that document would have a
    // renewal filed for a card already superseded (letters trial, 2026-12-07). `title-granted`
    // says to record the new one; its own end and window follow once it is. A document of
    // another kind (a récépissé of a request since, a card whose renewal is another route) is
    // not replaced, and its warnings stay (review, 2026-12-07: an APS granted in 2025 hid the
    // expired récépissé of a first card's request of 2026).
    let superseded = out.iter().any(|w| {
        w.id == WarningId::TitleGranted
            && matches!(w.args.get("held"), Some(ArgValue::Code(held)) if held == "older")
    });
    if superseded {
        out.retain(|w| {
            !matches!(
                w.id,
                WarningId::PermitExpired
                    | WarningId::RenewalWindowMissed
                    | WarningId::RenewalAfterExpiry
            )
        });
    }
    // One refused renewal, two warnings: the recourse is said once, by `application-refused`
    // (review of 2026.12.14: « two boxes, one fact »); `permit-expired` keeps what it alone
    // says, that her stay is no longer regular.
    // Only when it names the same refusal (review, 2026-12-05: a later APS refusal named there
    // silenced the resident card's recourse here).
    let refused_route = out
        .iter()
        .filter(|w| w.id == WarningId::ApplicationRefused)
        .find_map(|w| match w.args.get("route") {
            Some(ArgValue::Code(route)) => Some(route.clone()),
            _ => None,
        });
    let held = case.current_permit.as_ref().map(|p| p.kind);
    for w in out.iter_mut().filter(|w| w.id == WarningId::PermitExpired) {
        let same = match w.args.get("application") {
            Some(ArgValue::Code(state)) => match state.as_str() {
                "renewal-refused" => held
                    .and_then(super::deadlines::renewal_route)
                    .map(|r| r.as_str()),
                "resident-card-refused" => Some(RouteId::CarteResidentL4253.as_str()),
                // The application a récépissé covered is not known: any refusal named.
                "recepisse-decided" => refused_route.as_deref(),
                _ => None,
            },
            _ => None,
        };
        let said_there = same.is_some() && same == refused_route.as_deref();
        w.args.insert("recourse", ArgValue::yes_no(!said_there));
    }
    out
}

fn see_also(pack: &RulePack, facts: &Facts<'_>, routes: &[RouteAssessment]) -> Vec<SeeAlso> {
    let case = facts.case;
    let mut out = Vec::new();
    for rule in &pack.see_also {
        let mut args = Args::new();
        let raised = match rule.id {
            // Trafficking can amount to persecution: asylum is always worth a look.
            SeeAlsoId::Asylum => {
                let case_law = facts.has_nationality_in(&rule.case_law_nationalities)
                    && case.person.sex.as_deref() == Some("F");
                args.insert(
                    "caseLaw",
                    ArgValue::Code(
                        if case_law {
                            "nigeria-edo-delta"
                        } else {
                            "general"
                        }
                        .into(),
                    ),
                );
                true
            }
            // For an Algerian national the 1968 agreement governs the stay: the prefect's
            // general power to regularise stands where L435-1 would (facts sheet §5; legal
            // review, 2026-12-05: L435-1 was offered as it is).
            SeeAlsoId::AdmissionExceptionnelleL4351 => {
                let algerian = pack
                    .warning(WarningId::AlgerianNational1968Agreement)
                    .is_some_and(|w| facts.has_nationality_in(&w.nationalities));
                args.insert("algerian", ArgValue::yes_no(algerian));
                // Not before 18, when she needs no residence document (facts sheet §5 [V]): at
                // 18 her routes are `minor-at-18`'s (legal audit, 2026-12-08: offered to a girl
                // of 15 whose complaint opens the L425-1 card at 16 or 18).
                facts.under_at_filing(18) != Some(true)
                    && (!facts.cooperating
                    || only_offences_outside_l425_1(case)
                    || case.ties_with_perpetrators_broken == Some(false)
                    || matches!(
                        facts.stage,
                        Some(CriminalStage::Acquittal | CriminalStage::Dismissed)
                    )
                    // Every route closed (a card that ran out after the conviction became final):
                    // the prefect's power to regularise is what remains (legal review,
                    // 2026-12-05: only asylum and the support measures were named).
                    || !routes
                        .iter()
                        .any(|r| matches!(r.outcome, Outcome::Eligible | Outcome::Incomplete)))
            }
            SeeAlsoId::DomesticViolenceL4256 => {
                case.protection_order.is_some() || case.domestic_violence == Some(true)
            }
            // What the worker must not forget beside the permit, whatever the route.
            SeeAlsoId::VictimSupportMeasures => true,
            // A reminder beside the first L425-1 card, while she may get it (the contract is
            // signed on a first admission to stay): the OFII convocation is not to be missed, and
            // whether she must sign is for a jurist.
            SeeAlsoId::RepublicanIntegrationContract => routes.iter().any(|r| {
                r.id == RouteId::CstL4251
                    && matches!(r.outcome, Outcome::Eligible | Outcome::Incomplete)
            }),
            // The route for victims who do not file a complaint (facts sheet §5 [V]): before her
            // admission, the APS reads « non éligible » on it, and nothing said how she is admitted
            // (legal audit, 2026-12-08). For prostitution's victims (L121-9): procuring, or
            // trafficking unless its main exploitation is recorded as other than sexual; not
            // before 18, when she needs no document, nor once she holds a title.
            SeeAlsoId::ExitProgrammeL4254 => {
                let sexual = case
                    .exploitation
                    .is_none_or(|e| e == crate::model::case::Exploitation::Sexual);
                case.cooperation.complaint.is_none()
                    && case.cooperation.testimony.is_none()
                    && facts.cooperation_unknown.is_none()
                    && case.exit_prostitution_programme.is_none()
                    && case.victim_of.iter().any(|v| match v {
                        VictimOf::Procuring => true,
                        VictimOf::Trafficking => sexual,
                        _ => false,
                    })
                    && facts.under_at_filing(18) != Some(true)
                    && !facts.holds_title()
            }
            SeeAlsoId::MinorAt18 => {
                let placement = placement_timing(case);
                args.insert("placement", ArgValue::Code(placement.into()));
                facts.ages.is_some_and(|(youngest, _)| youngest < 19)
                    || case.child_welfare.is_some()
            }
        };
        if raised {
            out.push(SeeAlso {
                id: rule.id,
                legal_basis: rule.legal_basis.clone(),
                confidence: rule.confidence,
                confirm_by_jurist: rule.confidence.needs_jurist(),
                args,
            });
        }
    }
    out
}

/// Offences recorded, none of them one L425-1 names (trafficking, procuring).
fn only_offences_outside_l425_1(case: &CaseFile) -> bool {
    !case.victim_of.is_empty() && !case.victim_of.iter().any(|v| v.covered_by_l425_1())
}

/// The L431-2 arguments of `asylum-application-pending`: `state` (`date-unknown`, `open`,
/// `closed`, `new-circumstance` when a complaint or testimony came after the registration, or
/// `filed-in-time` / `filed-late` (with `filed`) once an application is recorded since it),
/// `registered` and `closes` ([`super::deadlines::asylum_window`]).
fn asylum_time(pack: &RulePack, case: &CaseFile, today: NaiveDate, args: &mut Args) {
    let Some((registered, closes)) = super::deadlines::asylum_window(pack, case) else {
        args.insert("state", ArgValue::Code("date-unknown".into()));
        return;
    };
    // An application filed since the registration is judged on its own day, not today's.
    let filed = super::deadlines::first_title_applied(case, Some(registered));
    let state = if super::deadlines::cooperated_after(case, registered) {
        "new-circumstance"
    } else if let Some(filed) = filed {
        if filed <= closes {
            "filed-in-time"
        } else {
            args.insert("filed", ArgValue::Date(filed));
            "filed-late"
        }
    } else if today <= closes {
        "open"
    } else {
        "closed"
    };
    args.insert("state", ArgValue::Code(state.into()));
    args.insert("registered", ArgValue::Date(registered));
    args.insert("closes", ArgValue::Date(closes));
}

/// When the placement with child welfare began relative to the 16th birthday: L423-22 needs it no
/// later than the 16th birthday; L435-3 covers placements between 16 and 18.
pub(crate) fn placement_timing(case: &CaseFile) -> &'static str {
    let Some(welfare) = case.child_welfare.as_ref() else {
        return "none";
    };
    // An approximate birth date: by 16 only if by the earliest 16th birthday, after 16 only if
    // after the latest one.
    let range = case.person.birth_range();
    let sixteen = range.and_then(|(b, _)| dates::birthday(b, 16));
    let latest_sixteen = range.and_then(|(_, b)| dates::birthday(b, 16));
    match (welfare.placed_on, sixteen, welfare.placement) {
        (Some(on), Some(sixteen), Some(Placement::Ase | Placement::TrustedThirdParty))
            if on <= sixteen =>
        {
            "by-16"
        }
        (Some(on), Some(_), Some(_)) if latest_sixteen.is_some_and(|l| on > l) => "after-16",
        _ => "unknown",
    }
}

/// What `renewal-after-expiry` reads: her card's end (and whether it is estimated) and the
/// renewal on file that did not keep her stay (`Some(day)`, `Some(None)` undated), when the card
/// ended with no renewal filed in time and nothing settles what to file next.
///
/// Legal review, 2026-12-05: a card ended years ago was offered for renewal with no word that the
/// prefecture may take the application as a first one (no source says when: [I]). Not raised
/// when a renewal filed in time keeps her stay; when a renewal of this card (filed after its
/// issue) is decided; when the card is no longer renewed on its ground (a final conviction: the
/// resident card follows, `permit-expired` says so); when a first application for the same card
/// was filed after the end and is not refused.
fn renewal_after_expiry(
    pack: &RulePack,
    facts: &Facts<'_>,
) -> Option<(NaiveDate, bool, Option<Option<NaiveDate>>)> {
    let case = facts.case;
    let permit = case.current_permit.as_ref()?;
    let first = match permit.kind {
        PermitKind::CstVpf => RouteId::CstL4251,
        PermitKind::ResidentCard => RouteId::CarteResidentL4253,
        _ => return None,
    };
    let end = super::deadlines::permit_end(pack, permit)?;
    // This card's renewal applications only (second verification, 2026-12-05: one from 2025 was
    // named beside « aucune demande »).
    let renewals: Vec<&Application> =
        super::deadlines::renewal_applications(pack, case, permit).collect();
    let settled = facts.today <= end
        || super::deadlines::renewal_filed_in_time(pack, case, permit)
        || super::deadlines::renewal_answered(pack, case, permit)
        || super::deadlines::renewal_ended(pack, case, permit, facts.today)
        || (permit.kind == PermitKind::CstVpf
            && case
                .criminal_case
                .as_ref()
                .is_some_and(|c| c.final_on(facts.today)))
        || case.applications.iter().any(|a| {
            a.route == first && !a.refused() && a.filed_on.is_some_and(|filed| filed > end)
        });
    if settled {
        return None;
    }
    // The day the engine reads (the card's, else the first application's), else an undated
    // renewal on file.
    let filed = super::deadlines::renewal_filed_day(pack, case, permit)
        .map(Some)
        .or_else(|| {
            renewals
                .iter()
                .any(|a| a.filed_on.is_none())
                .then_some(None)
        });
    Some((end, permit.expires.is_none(), filed))
}

/// Saint-Pierre-et-Miquelon (`spm`), Saint-Barthélemy (`sb`) or Saint-Martin (`sm`), when her
/// address is there: by its postcode (975xx, 97133, 97150) or its INSEE code (975, 977, 978).
fn adapted_territory(case: &CaseFile) -> Option<&'static str> {
    let address = case.person.address.as_ref()?;
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(|s| s.chars().filter(|c| !c.is_whitespace()).collect::<String>())
    };
    let postcode = clean(&address.postcode).unwrap_or_default();
    let insee = clean(&address.commune_insee).unwrap_or_default();
    if postcode.starts_with("975") || insee.starts_with("975") {
        Some("spm")
    } else if postcode == "97133" || insee.starts_with("977") {
        Some("sb")
    } else if postcode == "97150" || insee.starts_with("978") {
        Some("sm")
    } else {
        None
    }
}

/// Inserts day `key` when known, and `flag` (`yes`/`no`) saying whether it is.
fn dated(args: &mut Args, key: &'static str, flag: &'static str, day: Option<NaiveDate>) {
    if let Some(day) = day {
        args.insert(key, ArgValue::Date(day));
    }
    args.insert(flag, ArgValue::yes_no(day.is_some()));
}

/// True when something the case records came after `since` and by `today`: an application filed
/// (of `route` only, when given), or a title issued — the refusal or the silence before it is
/// then not where her situation stands.
pub(crate) fn followed_since(
    case: &CaseFile,
    since: NaiveDate,
    today: NaiveDate,
    route: Option<RouteId>,
) -> bool {
    case.applications
        .iter()
        .filter(|a| route.is_none_or(|r| a.route == r))
        .filter_map(|a| a.filed_on)
        .any(|filed| since < filed && filed <= today)
        || case
            .current_permit
            .as_ref()
            .filter(|p| p.kind.is_title())
            .and_then(|p| p.issued)
            .is_some_and(|issued| since < issued && issued <= today)
}

/// A first title granted and not recorded as her document yet (`title-granted`): what her paper
/// for its route says instead of the documents to gather and how to file (letters trial,
/// 2026-12-07: her paper for a card granted a week before told her to file on the ANEF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleGranted {
    /// The route granted (her paper names its title, also on the renewal route of the card it
    /// replaces).
    pub route: RouteId,
    /// The day of the decision, when recorded.
    pub decided: Option<NaiveDate>,
}

/// True when the grant `title-granted` speaks of is dated and its title may still run on `today`:
/// issued no earlier than the decision, it ends no earlier than the decision's day plus the
/// title's legal length. An undated grant, or an APS granted in 2025, does not close a reflection
/// period running now, as an APS that has ended does not (review, 2026-12-07).
fn granted_title_may_run(pack: &RulePack, case: &CaseFile, today: NaiveDate) -> bool {
    let Some(grant) = unrecorded_grant(case, today) else {
        return false;
    };
    let (Some(kind), Some(decided)) = (grant.route.first_title(), grant.when()) else {
        return false;
    };
    let title = Permit {
        kind,
        issued: Some(decided),
        expires: None,
        renewal_count: None,
        renewal_filed_on: None,
    };
    // The APS has no fixed length in the pack: « au moins six mois » (L425-4 [V]) is the least it
    // runs (review, 2026-12-07: no APS grant, however recent, closed the route).
    let end = super::deadlines::estimated_expiry(pack, &title).or_else(|| {
        (kind == PermitKind::Aps)
            .then(|| decided.checked_add_months(chrono::Months::new(6)))
            .flatten()
    });
    end.is_some_and(|end| end >= today)
}

/// The grant `title-granted` speaks of on `today`, for her paper of `route`: its own route's,
/// or the renewal of the older card it replaces ([`RouteId::replaces`]). Not once a renewal of
/// its title is filed since: she had the card then, and « vous irez la chercher » would be false
/// comfort beside that renewal's fate (review, 2026-12-07).
pub fn title_granted(case: &CaseFile, route: RouteId, today: NaiveDate) -> Option<TitleGranted> {
    let grant = unrecorded_grant(case, today)?;
    let title = grant.route.first_title()?;
    let renewal = super::deadlines::renewal_route(title);
    let replaces_held = case.current_permit.as_ref().is_some_and(|held| {
        grant.route.replaces(held.kind) && super::deadlines::renewal_route(held.kind) == Some(route)
    });
    let renewed_since = case.applications.iter().any(|a| {
        Some(a.route) == renewal
            && a.filed_on
                .zip(grant.when())
                .is_some_and(|(filed, granted)| filed > granted)
    });
    ((grant.route == route || replaces_held) && !renewed_since).then(|| TitleGranted {
        route: grant.route,
        decided: grant.decided_on(),
    })
}

/// The latest first card, resident card or APS recorded as granted (by the decision's day, else
/// the filing day; one dated after `today` not yet) whose title is not recorded as her
/// document: she holds no title of its kind, or one issued before the grant's filing (an older
/// card). Only a title recorded as issued since the grant ends it: an application filed since
/// (its renewal, review 2026-12-07) does not record the title. A title of another kind held with
/// no issue day cannot be placed: nothing is said then. An APS granted while she holds one is
/// its renewal, which `renewal-granted` says.
fn unrecorded_grant(case: &CaseFile, today: NaiveDate) -> Option<&Application> {
    let latest = case
        .applications
        .iter()
        .filter(|a| a.granted() && a.route.first_title().is_some())
        .filter(|a| a.when().is_none_or(|d| d <= today))
        .max_by_key(|a| a.when())?;
    // A new request of the route since: the grant is history, as the letters read it
    // (`cover_letter::granted_already`; review, 2026-12-07). Its renewal filed is not.
    if case.filed_again_since(latest) {
        return None;
    }
    let Some(held) = case.current_permit.as_ref() else {
        return Some(latest);
    };
    // The grant's own title, issued on or after its filing (or its decision, unfiled): recorded.
    let since = latest.filed_on.or(latest.when());
    let its_own = Some(held.kind) == latest.route.first_title()
        && held
            .issued
            .is_none_or(|issued| since.is_none_or(|since| issued >= since));
    let unplaced = held.kind.is_title() && held.issued.is_none();
    // Another title issued since the grant: what she holds now.
    let later = held.kind.is_title()
        && held
            .issued
            .zip(latest.when())
            .is_some_and(|(issued, since)| issued > since && issued <= today);
    (!(its_own || unplaced || later)).then_some(latest)
}

/// The latest refusal recorded (by its day, else its filing day) that nothing has followed
/// ([`followed_since`]). A refusal dated after `today` is not taken as given yet. One with
/// neither day cannot be placed: raised only when nothing else is recorded (verification,
/// 2026-12-05: « rien n'est enregistré depuis » beside a card issued since, perhaps).
fn unanswered_refusal(case: &CaseFile, today: NaiveDate) -> Option<&Application> {
    // When it happened, as far as the case tells: a later undated refusal is not hidden by an
    // older dated one (verification, 2026-12-05).
    let when = Application::when;
    let latest = case
        .applications
        .iter()
        .filter(|a| a.refused() && when(a).is_none_or(|d| d <= today))
        .max_by_key(|a| when(a))?;
    // An undated refusal of the renewal of the card she holds is read as that card's, as the
    // deadlines, her paper and the letters read it (`deadlines::renewal_refusal`): the card, and
    // what was filed before it, cannot have followed it; an application filed since it was issued
    // can (letters trial, 2026-12-07: the first card's application and the card hid the refusal
    // of its renewal, and no warning was left).
    let renewed = case
        .current_permit
        .as_ref()
        .filter(|p| super::deadlines::renewal_route(p.kind) == Some(latest.route));
    let followed = match (when(latest), renewed) {
        (Some(since), _) => followed_since(case, since, today, None),
        (None, Some(card)) => case.applications.iter().any(|a| {
            !std::ptr::eq(a, latest)
                && a.filed_on
                    .is_some_and(|f| card.issued.is_none_or(|issued| f > issued))
        }),
        (None, None) => {
            case.applications
                .iter()
                .any(|a| !std::ptr::eq(a, latest) && a.filed_on.is_some())
                || case
                    .current_permit
                    .as_ref()
                    .is_some_and(|p| p.kind.is_title() && p.issued.is_some())
        }
    };
    (!followed).then_some(latest)
}

/// The latest application filed by `today` with no decision recorded — among the applications,
/// or a renewal recorded on her card only — whose implicit-rejection day (R432-2) has passed,
/// when no application of its route was filed since and no title issued since
/// ([`followed_since`]: an application for another title does not answer it): its route, its
/// filing day and that day. A reflection period is not applied for with a file, and has no such
/// silence. A renewal filed before its window opened is left to `renewal-filed-early` (file it
/// again in the window), which it would contradict.
fn silent_application(
    pack: &RulePack,
    case: &CaseFile,
    today: NaiveDate,
) -> Option<(RouteId, NaiveDate, NaiveDate)> {
    // Only while `renewal-filed-early` speaks of it: until the window closes.
    let early = super::deadlines::early_renewal_in_its_window(pack, case, today)
        .map(|e| (e.route, e.filed));
    super::deadlines::awaiting_decision(case)
        .into_iter()
        .filter(|(route, f)| *f <= today && early != Some((*route, *f)))
        // A resident-card application filed before the conviction was final is premature and
        // not counted: its silence is not what to contest (review, 2026-12-07).
        .filter(|(route, f)| !super::deadlines::premature(case, *route, *f))
        .filter_map(|(route, f)| {
            let rejected = super::deadlines::implicit_rejection_day(pack, f)?;
            (rejected < today && !followed_since(case, f, today, Some(route)))
                .then_some((route, f, rejected))
        })
        .max_by_key(|(_, f, _)| *f)
}

/// How the warnings name the document she holds: the APS is an authorisation, not a card
/// (legal review, 2026-12-05: « carte valable jusqu’au » for an APS).
fn document_word(kind: PermitKind) -> &'static str {
    match kind {
        PermitKind::Aps => "authorisation",
        _ => "card",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::CaseFile;

    use crate::test_support::{d as day, plain};

    #[test]
    fn an_empty_case_is_incomplete_everywhere_it_applies_never_eligible() {
        let case = CaseFile::new(None, None);
        let a = assess(&case, day(2026, 11, 26));
        assert!(a.concerned, "an unknown nationality cannot be ruled out");
        for r in &a.routes {
            assert_ne!(
                r.outcome,
                Outcome::Eligible,
                "{:?}: nothing is known, nothing can be eligible",
                r.id
            );
        }
        let first = a.route(RouteId::CstL4251).unwrap();
        assert_eq!(
            first.outcome,
            Outcome::NotEligible,
            "no complaint (null means none) fails L425-1"
        );
        let reflection = a.route(RouteId::ReflectionPeriod).unwrap();
        assert_eq!(reflection.outcome, Outcome::Incomplete);
        assert!(reflection
            .missing_facts
            .contains(&"person.nationality".to_string()));
        assert!(a.has_warning(WarningId::NationalityUnknown));
    }

    /// Jurist review, 2026-12-07: a girl of 17 whose card's renewal window closed was told
    /// « déposez la demande immédiatement », the attestation de prolongation at stake; under 18
    /// she needs no residence document (what `permit-expired` already said). Her age known only
    /// to the year, she may be 17: said beside the adult's wording.
    #[test]
    fn a_missed_renewal_window_is_worded_for_a_minor() {
        use crate::model::case::{DatePrecision, Permit, PermitKind};
        let mut case = CaseFile::new(None, None);
        case.person.nationality = Some("NG".into());
        case.person.birth_date = Some(day(2008, 12, 1));
        case.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(day(2025, 6, 1)),
            expires: Some(day(2026, 5, 31)),
            renewal_count: Some(0),
            renewal_filed_on: None,
        });
        let minor = |case: &CaseFile| {
            let a = assess(case, day(2026, 4, 15));
            let w = a
                .warnings
                .iter()
                .find(|w| w.id == WarningId::RenewalWindowMissed)
                .cloned()
                .expect("the window closed on 1 April");
            match w.args.get("minor") {
                Some(ArgValue::Code(m)) => m.clone(),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(minor(&case), "yes");
        // 17 today but 18 when the card ends: she needs it then (review of this change).
        case.person.birth_date = Some(day(2008, 5, 1));
        assert_eq!(minor(&case), "no");
        case.person.birth_date = Some(day(2008, 1, 1));
        case.person.birth_date_precision = Some(DatePrecision::Year);
        assert_eq!(minor(&case), "maybe");
        case.person.birth_date = Some(day(2000, 1, 1));
        case.person.birth_date_precision = None;
        assert_eq!(minor(&case), "no");
    }

    #[test]
    fn a_failing_condition_wins_over_an_unknown_one() {
        let mut case = CaseFile::new(None, None);
        case.person.nationality = Some("NG".into());
        case.ties_with_perpetrators_broken = Some(false);
        let a = assess(&case, day(2026, 11, 26));
        assert_eq!(
            a.route(RouteId::CstL4251).unwrap().outcome,
            Outcome::NotEligible
        );
    }

    /// « Je ne sais pas (non établi) » on the complaint, the testimony or the exit programme
    /// leaves the fact null, as « non » does, but unknown: the routes that need it are
    /// incomplete and ask for it, never « not eligible » (legal review, 2026-12-07: the L. 425-1
    /// card and the APS read « non éligible » on a fact nobody knew).
    #[test]
    fn a_cooperation_or_programme_not_established_is_unknown_not_no() {
        let today = day(2026, 12, 7);
        let case_with = |not_established: &[&str], answered: &[&str], convicted_too: bool| {
            example_with(|j| {
                j["cooperation"] = serde_json::json!({"complaint": null, "testimony": null});
                j["exitProstitutionProgramme"] = serde_json::Value::Null;
                j["criminalCase"] = serde_json::Value::Null;
                if convicted_too {
                    convicted(j);
                }
                j["interview"]["notEstablished"] = serde_json::json!(not_established);
                j["interview"]["answered"] = serde_json::json!(answered);
            })
        };
        let condition = |a: &Assessment, route: RouteId, id: ConditionId| {
            let r = a.route(route).unwrap();
            r.conditions.iter().find(|c| c.id == id).cloned().unwrap()
        };
        // « Non » to both: no cooperation, as before.
        let no = assess(&case_with(&[], &["complaint", "testimony"], false), today);
        assert_eq!(
            no.route(RouteId::CstL4251).unwrap().outcome,
            Outcome::NotEligible
        );
        let reflection = condition(
            &no,
            RouteId::ReflectionPeriod,
            ConditionId::NoCooperationYet,
        );
        assert_eq!(reflection.status, ConditionStatus::Met);

        for (not_established, answered, fact) in [
            (
                &["complaint"][..],
                &["testimony"][..],
                "cooperation.complaint",
            ),
            (&["testimony"], &["complaint"], "cooperation.testimony"),
            (&["complaint", "testimony"], &[], "cooperation.complaint"),
        ] {
            let a = assess(&case_with(not_established, answered, false), today);
            let card = a.route(RouteId::CstL4251).unwrap();
            assert_eq!(card.outcome, Outcome::Incomplete, "{not_established:?}");
            assert!(
                card.missing_facts.contains(&fact.to_string()),
                "{:?}",
                card.missing_facts
            );
            let c = condition(&a, RouteId::CstL4251, ConditionId::Cooperation);
            assert_eq!(c.status, ConditionStatus::Unknown);
            assert_eq!(c.missing_fact.as_deref(), Some(fact));
            let r = condition(&a, RouteId::ReflectionPeriod, ConditionId::NoCooperationYet);
            assert_eq!(r.status, ConditionStatus::Unknown, "{not_established:?}");
            // A final conviction: the resident card is not ruled out for « no cooperation ».
            let convicted = assess(&case_with(not_established, answered, true), today);
            let resident = convicted.route(RouteId::CarteResidentL4253).unwrap();
            assert_eq!(resident.not_applicable_reason, None, "{not_established:?}");
            assert_eq!(resident.outcome, Outcome::Incomplete, "{not_established:?}");
        }
        // A testimony not established where none would count (the proceedings dismissed): no
        // fact to ask, the card is not hers on it (code review, 2026-12-07).
        let dismissed = example_with(|j| {
            j["cooperation"] = serde_json::json!({"complaint": null, "testimony": null});
            j["criminalCase"] = serde_json::json!({"stage": "dismissed"});
            j["interview"]["notEstablished"] = serde_json::json!(["testimony"]);
            j["interview"]["answered"] = serde_json::json!(["complaint"]);
        });
        let c = condition(
            &assess(&dismissed, today),
            RouteId::CstL4251,
            ConditionId::Cooperation,
        );
        assert_eq!(c.status, ConditionStatus::NotMet);
        // A complaint recorded settles it, whatever the testimony's answer.
        let recorded = example_with(|j| {
            j["interview"]["notEstablished"] = serde_json::json!(["testimony"]);
        });
        let c = condition(
            &assess(&recorded, today),
            RouteId::CstL4251,
            ConditionId::Cooperation,
        );
        assert_eq!(c.status, ConditionStatus::Met);

        // The exit programme: « non » fails the APS, « non établi » leaves it to ask.
        let aps = |marks: serde_json::Value| {
            let case = example_with(|j| {
                j["exitProstitutionProgramme"] = serde_json::Value::Null;
                j["interview"]["notEstablished"] = marks;
            });
            let a = assess(&case, today);
            condition(&a, RouteId::ApsL4254, ConditionId::ExitProgramme)
        };
        assert_eq!(aps(serde_json::json!([])).status, ConditionStatus::NotMet);
        let unknown = aps(serde_json::json!(["exit-programme"]));
        assert_eq!(unknown.status, ConditionStatus::Unknown);
        assert_eq!(
            unknown.missing_fact.as_deref(),
            Some("exitProstitutionProgramme")
        );
    }

    /// A code that names no country (« ZZ », or « EL », the EU's own code for Greece) is not a
    /// nationality established: it could be an EU national's, who is not concerned.
    #[test]
    fn a_code_that_names_no_country_establishes_no_nationality() {
        // The import refuses such a code now; a case stored before it did may still hold one.
        let case_of = |code: &str| {
            let mut case = example_with(|_| {});
            case.person.nationality = Some(code.into());
            case
        };
        let known = assess(&case_of("NG"), day(2026, 11, 26));
        assert_eq!(
            known.route(RouteId::CstL4251).unwrap().outcome,
            Outcome::Eligible
        );
        // HK: a letters review (2026-12-08) found « Nationalité : hongkongaise », no nationality
        // in law (its people hold China's).
        for code in ["ZZ", "EL", "RE", "AX", "HK", "MO"] {
            let a = assess(&case_of(code), day(2026, 11, 26));
            let first = a.route(RouteId::CstL4251).unwrap();
            assert_eq!(first.outcome, Outcome::Incomplete, "{code}");
            assert!(
                first
                    .missing_facts
                    .contains(&"person.nationality".to_string()),
                "{code}: {:?}",
                first.missing_facts
            );
        }
    }

    /// The spec's example case with `edit` applied to its JSON.
    /// Legal audit, 2026-12-08: the resident card read « non éligible » on ties not broken, a
    /// condition its own source calls a deduction [I]; incomplete, for a jurist (not the
    /// prefect's to refuse: L425-3 « se voit délivrer »). The first card's ties (L425-1's text
    /// [V]) still decide.
    #[test]
    fn ties_not_broken_leave_the_resident_card_to_a_jurist() {
        let a = assess(
            &example_with(|j| {
                convicted(j);
                j["currentPermit"] = serde_json::json!({
                    "kind": "cst-vpf-l425-1", "issued": "2026-03-01", "expires": "2027-02-28"
                });
                j["tiesWithPerpetratorsBroken"] = serde_json::json!(false);
            }),
            day(2026, 12, 8),
        );
        let card = a.route(RouteId::CarteResidentL4253).unwrap();
        assert_eq!(card.outcome, Outcome::Incomplete, "{card:?}");
        assert!(card.confirm_by_jurist && !card.discretionary, "{card:?}");
        assert!(card.missing_facts.is_empty(), "nothing to ask: {card:?}");
        let first = assess(
            &example_with(|j| j["tiesWithPerpetratorsBroken"] = serde_json::json!(false)),
            day(2026, 12, 8),
        );
        assert_eq!(
            first.route(RouteId::CstL4251).unwrap().outcome,
            Outcome::NotEligible
        );
    }

    /// Legal audit, 2026-12-08: a testimony beside a dismissal, and « aucune procédure » beside a
    /// complaint, read « non remplie » [V]; both are readings of a stage, for a jurist.
    #[test]
    fn a_no_read_from_the_stage_beside_a_cooperation_is_for_a_jurist() {
        let today = day(2026, 12, 8);
        let condition = |a: &Assessment, route: RouteId, id: ConditionId| {
            let r = a.route(route).unwrap();
            r.conditions.iter().find(|c| c.id == id).cloned().unwrap()
        };
        let dismissed_testimony = assess(
            &example_with(|j| {
                j["cooperation"] = serde_json::json!({"complaint": null, "testimony": {
                    "date": "2026-10-02", "service": "Commissariat de Saint-Denis"
                }});
                j["criminalCase"]["stage"] = serde_json::json!("dismissed");
            }),
            today,
        );
        let cooperation = condition(
            &dismissed_testimony,
            RouteId::CstL4251,
            ConditionId::Cooperation,
        );
        assert_eq!(cooperation.status, ConditionStatus::NotMet);
        assert!(cooperation.confirm_by_jurist, "{cooperation:?}");
        assert!(
            dismissed_testimony
                .route(RouteId::CstL4251)
                .unwrap()
                .confirm_by_jurist
        );
        // No testimony, no complaint: a plain « non », as before.
        let none = assess(
            &example_with(|j| {
                j["cooperation"] = serde_json::json!({"complaint": null, "testimony": null});
                j["interview"]["answered"] = serde_json::json!(["complaint", "testimony"]);
            }),
            today,
        );
        let cooperation = condition(&none, RouteId::CstL4251, ConditionId::Cooperation);
        assert!(!cooperation.confirm_by_jurist, "{cooperation:?}");
        // A card to renew, a complaint, and « aucune procédure ».
        let renewal = assess(
            &example_with(|j| {
                j["currentPermit"] = serde_json::json!({
                    "kind": "cst-vpf-l425-1", "issued": "2026-03-01", "expires": "2027-02-28"
                });
                j["criminalCase"]["stage"] = serde_json::json!("none");
            }),
            today,
        );
        let ongoing = condition(
            &renewal,
            RouteId::CstL4251Renewal,
            ConditionId::ProceedingsOngoing,
        );
        assert_eq!(ongoing.status, ConditionStatus::NotMet);
        assert!(ongoing.confirm_by_jurist, "{ongoing:?}");
    }

    /// Legal audit, 2026-12-08: for a victim who does not cooperate, the APS read « non
    /// éligible » on her admission to the exit programme, and nothing said how she is admitted.
    #[test]
    fn the_exit_programme_is_named_for_a_victim_who_does_not_cooperate() {
        let named = |edit: &dyn Fn(&mut serde_json::Value)| {
            assess(&example_with(edit), day(2026, 12, 8))
                .see_also
                .contains(&SeeAlsoId::ExitProgrammeL4254)
        };
        let no_cooperation = |j: &mut serde_json::Value| {
            j["cooperation"] = serde_json::json!({"complaint": null, "testimony": null});
            j["interview"]["answered"] = serde_json::json!(["complaint", "testimony"]);
        };
        assert!(named(&no_cooperation));
        // Not with a complaint, nor once admitted, nor for forced labour alone, nor before 18.
        assert!(!named(&|_| {}));
        assert!(!named(&|j| {
            no_cooperation(j);
            j["exitProstitutionProgramme"] = serde_json::json!({"admittedOn": "2026-06-15"});
        }));
        assert!(!named(&|j| {
            no_cooperation(j);
            j["victimOf"] = serde_json::json!(["forced-labour"]);
        }));
        assert!(!named(&|j| {
            no_cooperation(j);
            j["exploitation"] = serde_json::json!("forced-labour");
        }));
        assert!(!named(&|j| {
            no_cooperation(j);
            j["person"]["birthDate"] = serde_json::json!("2011-06-01");
        }));
    }

    /// Legal audit, 2026-12-08: exceptional admission (L435-1) was offered to a girl of 15 whose
    /// complaint opens the L425-1 card at 16 or 18; before 18 she needs no document (§5 [V]).
    #[test]
    fn exceptional_admission_is_not_offered_before_18() {
        let offered = |birth: &str| {
            let birth = birth.to_string();
            assess(
                &example_with(move |j| j["person"]["birthDate"] = serde_json::json!(birth)),
                day(2026, 12, 8),
            )
            .see_also
            .contains(&SeeAlsoId::AdmissionExceptionnelleL4351)
        };
        assert!(!offered("2011-06-01"));
        // An adult with every route closed is still told of it (a dismissal: `cooperating` holds
        // for a complaint, the stage ends the renewal).
        let adult = assess(
            &example_with(|j| j["criminalCase"]["stage"] = serde_json::json!("dismissed")),
            day(2026, 12, 8),
        );
        assert!(adult
            .see_also
            .contains(&SeeAlsoId::AdmissionExceptionnelleL4351));
    }

    fn example_with(edit: impl FnOnce(&mut serde_json::Value)) -> CaseFile {
        let mut json: serde_json::Value = serde_json::from_slice(include_bytes!(
            "../../../../tests/fixtures/case-spec-example.json"
        ))
        .unwrap();
        edit(&mut json);
        crate::model::case::CaseDocument::parse(&serde_json::to_vec(&json).unwrap())
            .unwrap()
            .1
    }

    /// Her case's conviction recorded as final on 20 November 2026.
    fn convicted(j: &mut serde_json::Value) {
        j["criminalCase"] = serde_json::json!({
            "stage": "final-conviction", "finalConvictionDate": "2026-11-20"
        });
    }

    /// The resident card's regular-stay condition in `a`.
    fn regular_stay(a: &Assessment) -> ConditionResult {
        let card = a.route(RouteId::CarteResidentL4253).unwrap();
        let is_stay = |c: &&ConditionResult| c.id == ConditionId::RegularStayOnApplication;
        card.conditions.iter().find(is_stay).cloned().unwrap()
    }

    /// Under 18 she needs no residence document (§5 [V]): no document is no irregular stay, and
    /// the resident card after a final conviction is not refused her on it; that this is
    /// L425-3's « régularité du séjour » is a reading, for a jurist (law audit, 2026-12-05: « not
    /// eligible » [V] at 17, and at 15).
    #[test]
    fn a_minor_without_a_document_is_not_refused_the_resident_card_for_irregular_stay() {
        for birth in ["2009-06-01", "2011-03-01"] {
            let case = example_with(|j| {
                j["person"]["birthDate"] = birth.into();
                convicted(j);
                j["interview"]["answered"] = serde_json::json!(["permit-kind"]);
            });
            let a = assess(&case, day(2026, 12, 5));
            let card = a.route(RouteId::CarteResidentL4253).unwrap();
            assert_ne!(card.outcome, Outcome::NotEligible, "{birth}");
            let stay = regular_stay(&a);
            assert_eq!(stay.status, ConditionStatus::Met, "{birth}");
            assert!(stay.confirm_by_jurist, "{birth}: a reading, not the text");
            assert!(card.confirm_by_jurist, "{birth}");
        }
        // An adult without a document still has no regular stay.
        let adult = example_with(|j| {
            convicted(j);
            j["interview"]["answered"] = serde_json::json!(["permit-kind"]);
        });
        let a = assess(&adult, day(2026, 12, 5));
        assert_eq!(
            a.route(RouteId::CarteResidentL4253).unwrap().outcome,
            Outcome::NotEligible
        );
    }

    /// Regular stay on an asylum seeker's certificate is the facts sheet's practical reading
    /// (§1.2 [I]), not the text: met, for a jurist (law audit, 2026-12-05: met [V]).
    #[test]
    fn regular_stay_on_an_asylum_certificate_is_for_a_jurist() {
        let case = example_with(|j| {
            convicted(j);
            j["currentPermit"] = serde_json::json!({
                "kind": "asylum-application", "issued": "2026-06-01", "expires": "2027-06-01"
            });
        });
        let stay = regular_stay(&assess(&case, day(2026, 12, 5)));
        assert_eq!(stay.status, ConditionStatus::Met);
        assert!(stay.confirm_by_jurist);
        assert_eq!(stay.confidence, Confidence::I);
    }

    /// An APS that has ended protects her no more: the reflection period is open to her again,
    /// and a new APS is the prefect's « peut », not a renewal (law audit, 2026-12-05).
    #[test]
    fn an_aps_that_has_ended_neither_bars_the_reflection_period_nor_is_renewed_as_of_right() {
        let aps = |expires: &str| {
            example_with(|j| {
                j["cooperation"]["complaint"] = serde_json::Value::Null;
                j["criminalCase"] = serde_json::Value::Null;
                j["exitProstitutionProgramme"] = serde_json::json!({"admittedOn": "2023-06-01"});
                j["currentPermit"] = serde_json::json!({
                    "kind": "aps-l425-4", "issued": "2023-12-01", "expires": expires
                });
            })
        };
        let today = day(2026, 12, 5);
        let ended = assess(&aps("2024-05-31"), today);
        let reflection = ended.route(RouteId::ReflectionPeriod).unwrap();
        assert_ne!(
            reflection.not_applicable_reason.as_deref(),
            Some("holds-aps")
        );
        assert!(ended.route(RouteId::ApsL4254).unwrap().discretionary);
        // Her checklist no longer asks for the APS « en cours » she no longer has.
        let held_piece = |expires| {
            super::super::checklist(&aps(expires), RouteId::ApsL4254, today)
                .item(PieceKind::CurrentPermit)
                .is_some()
        };
        assert!(!held_piece("2024-05-31"));
        assert!(held_piece("2027-05-31"));
        // One in force: as before.
        let held = assess(&aps("2027-05-31"), today);
        assert_eq!(
            held.route(RouteId::ReflectionPeriod)
                .unwrap()
                .not_applicable_reason
                .as_deref(),
            Some("holds-aps")
        );
        assert!(!held.route(RouteId::ApsL4254).unwrap().discretionary);
    }

    /// R425-2 gives the period thirty days from the handover [V]: a reflection récépissé recorded
    /// as ending sooner is a date to check, as one ending later is (law audit, 2026-12-05).
    #[test]
    fn a_reflection_recepisse_shorter_than_the_law_is_a_date_to_check() {
        let recepisse = |expires: &str| {
            example_with(|j| {
                j["cooperation"]["complaint"] = serde_json::Value::Null;
                j["criminalCase"] = serde_json::Value::Null;
                j["currentPermit"] = serde_json::json!({
                    "kind": "recepisse-reflection", "issued": "2026-11-20", "expires": expires
                });
            })
        };
        let problem = |a: &Assessment| {
            a.warnings
                .iter()
                .find(|w| w.id == WarningId::CaseDatesToCheck)
                .and_then(|w| match w.args.get("problem") {
                    Some(ArgValue::Code(code)) => Some(code.clone()),
                    _ => None,
                })
        };
        let short = assess(&recepisse("2026-11-30"), day(2026, 12, 5));
        assert_eq!(problem(&short).as_deref(), Some("shorter-than-law"));
        let fr = super::super::labels::warning(
            "fr",
            short
                .warnings
                .iter()
                .find(|w| w.id == WarningId::CaseDatesToCheck)
                .unwrap(),
        );
        assert!(fr.contains("moins de trente jours après sa remise"), "{fr}");
        // Thirty days to the day: nothing to check.
        let lawful = assess(&recepisse("2026-12-20"), day(2026, 12, 5));
        assert_eq!(problem(&lawful), None);
    }

    /// Two handover days for one reflection récépissé (the period's record, her current
    /// document) are a date to check: the period's end rests on one of them (legal review,
    /// 2026-12-07).
    #[test]
    fn two_handover_days_for_the_reflection_recepisse_are_a_date_to_check() {
        let case = |recorded: &str| {
            example_with(|j| {
                j["cooperation"]["complaint"] = serde_json::Value::Null;
                j["criminalCase"] = serde_json::Value::Null;
                j["reflectionPeriod"] = serde_json::json!({"recepisseIssued": recorded});
                j["currentPermit"] = serde_json::json!({
                    "kind": "recepisse-reflection", "issued": "2026-11-30", "expires": "2026-12-30"
                });
            })
        };
        let today = day(2026, 12, 7);
        let warning = |c: &CaseFile| {
            assess(c, today)
                .warnings
                .into_iter()
                .find(|w| w.id == WarningId::CaseDatesToCheck)
        };
        let differ = warning(&case("2026-11-20")).expect("two days, one récépissé");
        assert_eq!(
            differ.args.get("problem"),
            Some(&ArgValue::Code("reflection-handover-differs".into()))
        );
        let fr = plain(&super::super::labels::warning("fr", &differ));
        assert!(
            fr.contains("deux jours différents pour la remise du récépissé du délai de réflexion"),
            "{fr}"
        );
        assert!(
            fr.contains("Une autre date du dossier est aussi à vérifier"),
            "{fr}"
        );
        // Neither day is stated by a letter.
        let unsure = days_to_check(RulePack::active(), &case("2026-11-20"), today);
        for path in ["reflectionPeriod.recepisseIssued", "currentPermit.issued"] {
            assert!(unsure.iter().any(|p| p == path), "{path}: {unsure:?}");
        }
        // With no end printed on the récépissé, too (the end is then counted from a handover).
        let mut no_end = case("2026-11-20");
        no_end.current_permit.as_mut().unwrap().expires = None;
        assert!(warning(&no_end).is_some());
        assert_eq!(warning(&case("2026-11-30")), None, "the same day twice");
    }

    /// L425-1 gives the card one year, L425-3 the resident card ten [V]: a card recorded as
    /// ending long before is a date to check, and often a card of the wrong kind (legal review,
    /// 2026-12-07: a resident card of one year raised nothing). Its end still stands on her
    /// papers.
    #[test]
    fn a_card_far_shorter_than_the_law_is_a_date_to_check() {
        let card = |kind: &str, issued: &str, expires: &str| {
            example_with(|j| {
                j["currentPermit"] =
                    serde_json::json!({"kind": kind, "issued": issued, "expires": expires});
            })
        };
        let today = day(2026, 12, 7);
        let warning = |case: &CaseFile| {
            assess(case, today)
                .warnings
                .into_iter()
                .find(|w| w.id == WarningId::CaseDatesToCheck)
        };
        let problem = |case: &CaseFile| {
            warning(case).and_then(|w| match w.args.get("problem") {
                Some(ArgValue::Code(code)) => Some(code.clone()),
                _ => None,
            })
        };
        let resident_of_one_year = card("carte-resident-l425-3", "2026-03-01", "2027-02-28");
        assert_eq!(
            problem(&resident_of_one_year).as_deref(),
            Some("card-shorter-than-law")
        );
        let fr = plain(&super::super::labels::warning(
            "fr",
            &warning(&resident_of_one_year).unwrap(),
        ));
        assert!(
            fr.contains("La carte de résident prend fin le 28 février 2027"),
            "{fr}"
        );
        assert!(
            fr.contains("bien moins de dix ans après sa délivrance"),
            "{fr}"
        );
        assert!(fr.contains("(CESEDA, art. L. 425-3)"), "{fr}");
        let en = super::super::labels::warning("en", &warning(&resident_of_one_year).unwrap());
        assert!(en.contains("The resident card ends on"), "{en}");
        // Her papers keep the end recorded.
        assert!(days_to_check(RulePack::active(), &resident_of_one_year, today).is_empty());

        let cst_of_four_months = card("cst-vpf-l425-1", "2026-10-01", "2027-01-31");
        assert_eq!(
            problem(&cst_of_four_months).as_deref(),
            Some("card-shorter-than-law")
        );
        let fr = plain(&super::super::labels::warning(
            "fr",
            &warning(&cst_of_four_months).unwrap(),
        ));
        assert!(
            fr.contains("La carte de séjour temporaire prend fin"),
            "{fr}"
        );
        assert!(
            fr.contains("bien moins d’un an après sa délivrance"),
            "{fr}"
        );
        // Within six months of its length (handed over after its validity started): nothing.
        assert_eq!(
            problem(&card("cst-vpf-l425-1", "2026-10-01", "2027-04-30")),
            None
        );
        assert_eq!(
            problem(&card("cst-vpf-l425-1", "2026-10-01", "2027-09-30")),
            None
        );
        assert_eq!(
            problem(&card("carte-resident-l425-3", "2020-03-01", "2030-02-28")),
            None
        );
    }
}
