//! A stored case, turned into each of its paper documents: the cover letter to the prefecture,
//! the association's support letter, the bilingual checklist and the bilingual consent record.
//!
//! This module is the seam between the case and the PDF engine. It gathers what a document needs
//! and the case file does not say by itself: the competent office ([`office`], from the address),
//! the route (the legal core's best fit unless the worker chose one), the checklist and the
//! deadlines of that route (one [`CaseAnalysis`] per document), the nationality in French
//! (`countries`), the association and the prefect's title (the vault's settings, through
//! [`DocumentContext`]). It then calls the `pdf` pipeline and returns bytes with a neutral file
//! name.
//!
//! What it refuses rather than guesses: an address that does not designate one commune, a
//! territory where the CESEDA does not apply, a nationality code it cannot write in French, a
//! support letter without an association, a person the CESEDA does not concern. Each refusal is
//! an [`Error`] whose message says what to fill in.
//!
//! Nothing here touches the disk or a clock: the date is [`DocumentContext::today`], and the
//! caller (a save dialog, the CLI's `--out`) decides where the bytes go.

pub mod office;
pub mod stored;

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::db::settings::{OfficeHead, VaultSettings};
use crate::error::{Field, Invalid, Named};
use crate::legal::{self, CaseAnalysis, RouteId, RulePack};
use crate::model::association::{Association, Title};
use crate::model::case::{AnefNumberLeftOut, CaseFile, PermitKind, PieceKind};
use crate::model::printed::PrintedDocument;
use crate::pdf;
use crate::pdf::view::cover_letter::has_letter;
use crate::{Error, Result};

pub use office::{
    addressee_choice, competent_office, AddresseeChoice, CompetentOffice, SubPrefectureSigner,
};

/// The checklist's second language when the case records none.
pub const DEFAULT_CHECKLIST_LANGUAGE: &str = pdf::view::CHECKLIST_FALLBACK;

/// What a document needs beyond the case: the day, the choices the worker made, and what the
/// vault's settings hold.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentContext {
    /// The document's date, and the day deadlines and freshness are computed for.
    pub today: NaiveDate,
    /// The route to write for; `None`: [`legal::Assessment::default_route`].
    pub route: Option<RouteId>,
    /// The checklist's second language; `None`: the person's first language, else English.
    pub checklist_lang: Option<String>,
    /// The accompanying association and the worker who signs its letter. The cover letter
    /// mentions it and lists its support letter in the P.J.; the support letter needs it.
    pub association: Option<Association>,
    /// How the head of the competent office is addressed; `None`: « Monsieur le Préfet », the
    /// title of the office as French usage writes it when its holder is not known.
    pub addressee: Option<Title>,
    /// When the file goes to a sub-prefecture, its own head signs the permits: the letters go
    /// to the sub-prefect. False (the default): to the prefect of the département, the
    /// authority that issues the permit, at the sub-prefecture's address.
    pub sub_prefect_signs: bool,
    /// Adds « Lettre recommandée avec accusé de réception » to the cover letter.
    pub registered_mail: bool,
}

impl DocumentContext {
    /// A context for `today`, every choice left to its default.
    pub fn new(today: NaiveDate) -> DocumentContext {
        DocumentContext {
            today,
            route: None,
            checklist_lang: None,
            association: None,
            addressee: None,
            sub_prefect_signs: false,
            registered_mail: false,
        }
    }

    /// A context for `today` with what the vault's settings hold for `case`: the association
    /// profile, who signs at its sub-prefecture, and the title of the head its letters go to
    /// (the prefect of its département, or the sub-prefect of its arrondissement when they
    /// sign: another person).
    pub fn from_settings(today: NaiveDate, settings: &VaultSettings, case: &CaseFile) -> Self {
        let head = competent_office(case).ok().map(|o| o.head_for(settings));
        DocumentContext {
            association: settings.association.clone(),
            addressee: head.as_ref().and_then(|h| settings.head_title(h)),
            sub_prefect_signs: matches!(head, Some(OfficeHead::SubPrefect(_))),
            ..DocumentContext::new(today)
        }
    }

    /// The recipient of a letter to `office`: its head as this context says.
    fn recipient<'o>(&self, office: &'o CompetentOffice) -> pdf::Recipient<'o> {
        let head = office.head(self.sub_prefect_signs);
        office.recipient(&head, self.addressee.unwrap_or(Title::Monsieur))
    }
}

/// A rendered document.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedDocument {
    /// The file name to propose: the kind of document and the date, never a name
    /// ([`pdf::default_file_name`]).
    pub file_name: String,
    /// The PDF.
    pub bytes: Vec<u8>,
    /// True if and only if the addressee or its address rests on a secondary source, an
    /// inference or a default (the prefecture finder's `to_verify`): show it before sending.
    pub office_to_verify: bool,
    /// True if her letter lists the association's support letter among its enclosures: the
    /// worker prints that one too ([`pdf::LetterView::support_letter_enclosed`]).
    pub support_letter_enclosed: bool,
    /// For a letter whose route is `incomplete`: the route and the case-file paths of the facts
    /// it lacks. The letter says nothing of them (it states only what the case records); the CLI
    /// says so on standard error (review, 2026-12-05: printed without a word). The app shows the
    /// route's missing facts on the case page, beside the document's button.
    pub incomplete: Option<(RouteId, Vec<String>)>,
    /// For a letter whose route, chosen by the worker, the assessment finds `not-eligible`: the
    /// route and the conditions that decide it (not the prefect's judgement alone). The letter
    /// quotes the law's conditions without saying she fails one; the CLI says so on standard
    /// error (letters review, 2026-12-08: printed without a word, ties not broken), as the case
    /// page shows the route « non éligible ».
    pub not_eligible: Option<(RouteId, Vec<legal::pack::ConditionId>)>,
    /// For a letter: the warnings that qualify its route's outcome (`caveats`: the proceedings
    /// ended without a conviction, the cap of renewals, a threat to public order…). The letter
    /// says nothing of them; the CLI says each on standard error (letters review, 2026-12-06: a
    /// letter was written without a word where `assess` raised them), as the case page shows
    /// them beside the route.
    pub caveats: Vec<legal::Warning>,
    /// For a letter: the case's ANEF number is left out of its « Réf. », being, or perhaps
    /// being, an application's on file ([`pdf::anef_number`]); the CLI says so on standard error,
    /// the case page beside the route's documents.
    pub anef_number_left_out: Option<AnefNumberLeftOut>,
}

/// Renders document `kind` for `case`.
///
/// # Errors
/// - [`Error::OfficeUndetermined`] (letters) when the address does not designate one commune;
/// - [`Error::CesedaNotApplicable`] when the person lives in Wallis-et-Futuna, French Polynesia
///   or New Caledonia;
/// - [`Error::InvalidField`] for a nationality the country table cannot write in French, for a
///   person the CESEDA does not concern (French, EU, EEA, Swiss), for a letter whose route the
///   assessment finds `not-applicable` to the case, and for a cover letter asked for the
///   reflection period, which has none;
/// - [`Error::Required`] for what the letter cannot do without: the person's name, a complaint or
///   a testimony for a first card, the association for a support letter;
/// - [`Error::Internal`] if the PDF writer fails.
pub fn render(
    kind: PrintedDocument,
    case: &CaseFile,
    ctx: &DocumentContext,
) -> Result<RenderedDocument> {
    if kind == PrintedDocument::Consent {
        // Her consent concerns her data, not a permit: it prints whatever the case's route or
        // territory.
        consent_not_after(case, ctx.today)?;
        return Ok(RenderedDocument {
            file_name: pdf::default_file_name(kind, ctx.today),
            bytes: consent(case, ctx)?,
            office_to_verify: false,
            support_letter_enclosed: false,
            incomplete: None,
            not_eligible: None,
            caveats: Vec::new(),
            anef_number_left_out: None,
        });
    }
    // Her checklist states days too (« 10 décembre 2026 : fin du délai de réflexion », a renewal
    // window): those the assessment finds impossible are left out of it as they are of her
    // letters, and her documents' freshness is not judged on them (letters audit, 2026-12-06: a
    // card's end years past the law's length printed, a three-week-old proof of address « trop
    // ancienne » by it).
    let stated = match kind {
        PrintedDocument::Checklist => as_stated(case, ctx.today),
        _ => Cow::Borrowed(case),
    };
    let (recorded, case) = (case, &*stated);
    let analysis = CaseAnalysis::for_route(case, ctx.today, RulePack::active(), ctx.route);
    require_concerned(case, &analysis.assessment)?;
    // A letter states the case's facts for its route: one whose route does not fit the case's
    // stage (a renewal without a card, a first card for a card holder) would state what is not
    // so. A route the person is `not-eligible` for stays the worker's call. A checklist may
    // prepare a route to come, so it is not refused.
    if kind != PrintedDocument::Checklist {
        if let Some(r) = analysis
            .assessment
            .route(analysis.route)
            .filter(|r| r.outcome == legal::Outcome::NotApplicable)
            // Outside the CESEDA's territory the office finder's own error says where and why.
            .filter(|r| {
                !matches!(
                    r.not_applicable_reason.as_deref(),
                    Some("overseas-own-law" | "outside-france")
                )
            })
        {
            log::info!(
                "document refused: {} does not fit the case ({})",
                analysis.route.as_str(),
                r.not_applicable_reason
                    .as_deref()
                    .unwrap_or("not-applicable")
            );
            return Err(Error::invalid(
                Field::Named(Named::Route),
                Invalid::RouteDoesNotFit {
                    route: analysis.route.as_str(),
                    reason: r
                        .not_applicable_reason
                        .clone()
                        .unwrap_or_else(|| "not-applicable".into()),
                },
            ));
        }
    }
    // What the case page checks before offering the document, checked again here: the two
    // cannot drift apart. Before the route no one chose is refused: « choose it to write the
    // document anyway » must not lead to a fact still missing (verification, 2026-12-05).
    prerequisites(case, analysis.route, kind, ctx.today)?;
    // A route no one chose, taken because none is eligible or incomplete (the strongest that
    // concerns her, for her checklist): a letter for it is the worker's call, made by choosing
    // the route (`--route`, the case page's route), never a default.
    let not_eligible = analysis
        .assessment
        .route(analysis.route)
        .is_some_and(|r| r.outcome == legal::Outcome::NotEligible);
    if kind != PrintedDocument::Checklist
        && ctx.route.is_none()
        && analysis.assessment.primary_route().is_none()
        && not_eligible
    {
        return Err(Error::invalid(
            Field::Named(Named::Route),
            Invalid::RouteDoesNotFit {
                route: analysis.route.as_str(),
                reason: "not-eligible-unchosen".into(),
            },
        ));
    }
    let (bytes, office_to_verify, support_letter_enclosed) = match kind {
        PrintedDocument::Letter => letter(case, ctx, &analysis)?,
        PrintedDocument::SupportLetter => {
            let (bytes, office_to_verify) = support_letter(case, ctx, analysis.route)?;
            (bytes, office_to_verify, false)
        }
        PrintedDocument::Checklist => (checklist(case, recorded, ctx, &analysis)?, false, false),
        PrintedDocument::Consent => unreachable!("BUG: the consent record returned above"),
    };
    let letter_route = analysis
        .assessment
        .route(analysis.route)
        .filter(|_| kind != PrintedDocument::Checklist);
    let incomplete = letter_route
        .filter(|r| r.outcome == legal::Outcome::Incomplete)
        .map(|r| (r.id, r.missing_facts.clone()));
    let not_eligible = letter_route
        .filter(|r| r.outcome == legal::Outcome::NotEligible)
        .map(|r| {
            // Those that decide it: a « peut » (a public-order threat) never does.
            let failed = r
                .conditions
                .iter()
                .filter(|c| c.status == legal::ConditionStatus::NotMet)
                .filter(|c| {
                    RulePack::active()
                        .condition(c.id)
                        .is_none_or(|rule| !rule.discretionary)
                })
                .map(|c| c.id)
                .collect();
            (r.id, failed)
        });
    let caveats = letter_route
        .map(|r| {
            analysis
                .assessment
                .warnings
                .iter()
                .filter(|w| r.caveats.contains(&w.id))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let anef_number_left_out = (kind != PrintedDocument::Checklist)
        .then(|| pdf::anef_number(case, analysis.route).left_out())
        .flatten();
    Ok(RenderedDocument {
        file_name: pdf::default_file_name(kind, ctx.today),
        bytes,
        office_to_verify,
        support_letter_enclosed,
        incomplete,
        not_eligible,
        caveats,
        anef_number_left_out,
    })
}

/// Refuses what prepares a permit application for someone who needs no permit (an EU, EEA or
/// Swiss national: `concerned: false`), naming the nationality that makes it so: a document,
/// and the checklist in any form (review, 2026-12-04: the CLI's JSON checklist listed the pieces
/// of a card the assessment said she does not need).
///
/// # Errors
/// [`Error::InvalidField`] with [`Invalid::NotConcerned`].
pub fn require_concerned(case: &CaseFile, assessment: &legal::Assessment) -> Result<()> {
    if assessment.concerned {
        return Ok(());
    }
    Err(Error::invalid(
        not_concerned_field(case),
        Invalid::NotConcerned,
    ))
}

/// The nationality that puts the person outside the CESEDA's residence permits (French, EU, EEA,
/// Swiss): her first one, or the other one that holds it (review, 2026-12-04: a French second
/// nationality was refused as « nationalité »).
fn not_concerned_field(case: &CaseFile) -> Field {
    let pack = RulePack::active();
    let outside = |code: &str| {
        pack.not_concerned.iter().any(|r| {
            r.nationalities
                .iter()
                .any(|n| n.eq_ignore_ascii_case(code.trim()))
        })
    };
    if case.person.nationality.as_deref().is_some_and(outside) {
        return Field::case("person.nationality");
    }
    match case
        .person
        .other_nationalities
        .iter()
        .position(|o| outside(o))
    {
        Some(i) => Field::case(format!("person.otherNationalities[{i}]")),
        None => Field::Named(Named::Nationality),
    }
}

/// The documents that exist for `route`, in the order a worker prints them (the consent record,
/// which concerns her data and not a permit, aside): the checklist and the support letter for
/// every route, the cover letter for every route but the two that have none ([`has_letter`]: the
/// reflection period and the renewal of the resident card).
pub fn documents_for(route: RouteId) -> Vec<PrintedDocument> {
    PrintedDocument::APPLICATION
        .into_iter()
        .filter(|k| *k != PrintedDocument::Letter || has_letter(route))
        .collect()
}

/// What `document` for `route` needs the case to record and does not, checked without rendering
/// it: the commune and its office, the nationality as a letter words it, the person's name and
/// the fact the route rests on. The case page lists them instead of offering a button that
/// fails. (The association profile, a setting rather than a fact of the case, is checked when
/// the support letter is written.) In the order rendering meets them: the office first (outside
/// the CESEDA's territory its error says where and why).
pub fn missing_facts(
    case: &CaseFile,
    route: RouteId,
    document: PrintedDocument,
    today: NaiveDate,
) -> Vec<Error> {
    let missing = facts_missing_from(case, route, document, today);
    if !missing.is_empty() {
        return missing;
    }
    // Then what the letter states, its days to check left out ([`as_stated`]): a fact that
    // rests on such a day alone (a conviction recorded by its day only) is missing from it, and
    // is said as a day to check, not as a field to fill in (code review, 2026-12-06: the page
    // offered the letter, the click refused it as « À renseigner » on a date filled in).
    let (stated, forgotten) = stated_and_forgotten(case, today);
    let Cow::Owned(stated) = stated else {
        return missing;
    };
    facts_missing_from(&stated, route, document, today)
        .into_iter()
        .map(|e| match &e {
            Error::Required {
                field: Field::Case(path),
            } if forgotten.contains(path) => {
                Error::invalid(Field::Case(path.clone()), Invalid::DayToCheck)
            }
            _ => e,
        })
        .collect()
}

/// [`missing_facts`] of `case` as it is.
fn facts_missing_from(
    case: &CaseFile,
    route: RouteId,
    document: PrintedDocument,
    today: NaiveDate,
) -> Vec<Error> {
    let checks: Vec<Result<()>> = match document {
        // A day to come, then silence, first: what « déjà enregistrée, en attente de décision »
        // reads would not be so (letters trial, 2026-12-07).
        PrintedDocument::Letter => vec![
            nothing_after(case, today),
            pdf::view::cover_letter::not_rejected_by_silence(case, route, today),
            competent_office(case).map(drop),
            nationality(case).map(drop),
            pdf::view::cover_letter::founding_facts(case, route),
            pdf::view::cover_letter::not_applied_already(case, route),
            pdf::view::cover_letter::final_by(case, route, today),
        ],
        PrintedDocument::SupportLetter => vec![
            nothing_after(case, today),
            pdf::view::cover_letter::not_rejected_by_silence(case, route, today),
            competent_office(case).map(drop),
            pdf::view::support_letter::founding_facts(case, route),
            pdf::view::cover_letter::final_by(case, route, today),
        ],
        PrintedDocument::Checklist | PrintedDocument::Consent => Vec::new(),
    };
    checks.into_iter().filter_map(Result::err).collect()
}

/// A letter is not written while the case records a past fact on a day after the letter's
/// ([`CaseFile::past_days`], [`CaseFile::follow_up_days`]), nor a day of hers — or the day her perpetrator's conviction became final —
/// before the earliest day she may have been born.
///
/// # Errors
/// [`Error::InvalidField`] naming the first such field: [`Invalid::AfterDocumentDay`], then
/// [`Invalid::BeforeBirth`].
fn nothing_after(case: &CaseFile, today: NaiveDate) -> Result<()> {
    // The follow-up's too: an application recorded as filed next month was read as on file,
    // « attend sa décision », where the same day on her card refused both letters (letters
    // trial, 2026-12-07).
    let mut days = case.past_days();
    days.extend(case.follow_up_days());
    if let Some((field, _)) = days.iter().find(|(_, day)| *day > today) {
        return Err(Error::invalid(
            Field::case(field.clone()),
            Invalid::AfterDocumentDay,
        ));
    }
    // Nor one before she was born, on the earliest day she may have been (review, 2026-12-05: « Le
    // 10 janvier 1990, j'ai déposé plainte » for a woman born in 1998).
    match case.day_before_birth() {
        Some((field, _)) => Err(Error::invalid(Field::case(field), Invalid::BeforeBirth)),
        None => Ok(()),
    }
}

/// The consent record states each decision as taken on its day: none after the record's.
///
/// # Errors
/// [`Error::InvalidField`] naming the decision, [`Invalid::AfterDocumentDay`].
fn consent_not_after(case: &CaseFile, today: NaiveDate) -> Result<()> {
    let Some(consent) = &case.consent else {
        return Ok(());
    };
    let decisions = [
        ("consent.storage", &consent.storage),
        (
            "consent.shareWithPrefecture",
            &consent.share_with_prefecture,
        ),
        ("consent.shareWithLawyer", &consent.share_with_lawyer),
    ];
    match decisions.into_iter().find(|(_, d)| {
        d.as_ref()
            .and_then(|d| d.date)
            .is_some_and(|day| day > today)
    }) {
        Some((field, _)) => Err(Error::invalid(
            Field::case(format!("{field}.date")),
            Invalid::AfterDocumentDay,
        )),
        None => Ok(()),
    }
}

/// [`missing_facts`] as a check: the first one missing.
///
/// # Errors
/// The error its rendering would end in, for the first fact missing.
pub fn prerequisites(
    case: &CaseFile,
    route: RouteId,
    document: PrintedDocument,
    today: NaiveDate,
) -> Result<()> {
    match missing_facts(case, route, document, today)
        .into_iter()
        .next()
    {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Reads an association profile (the JSON the settings store, the CLI's `--association` file) and
/// checks it has what the letters print.
///
/// # Errors
/// [`Error::InvalidJson`] for a file that is not JSON; [`Error::InvalidField`] naming the field
/// with the wrong type (never its value); what [`crate::db::settings::check_association_form`]
/// finds: [`Error::Required`], [`Error::FieldTooLong`], [`Error::HiddenCharacters`], or
/// [`Error::Several`] when more than one field is at fault.
pub fn parse_association(bytes: &[u8]) -> Result<Association> {
    // A key written twice is refused as in a case file: the JSON reader keeps the last one
    // silently (security review, 2026-12-05: « "name": "Bonne", "name": "=1+1" »).
    if let Some(path) = crate::model::limits::first_duplicate_key(bytes) {
        return Err(Error::invalid(
            Field::Association(path),
            Invalid::DuplicateKey,
        ));
    }
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| Error::InvalidJson {
            line: e.line(),
            column: e.column(),
        })?;
    let association: Association = serde_path_to_error::deserialize(&value).map_err(|e| {
        let (path, reason) = crate::model::case::parse_error_in::<Association>(&value, &e);
        Error::invalid(Field::Association(path), reason)
    })?;
    // A group written as a list and read field by field (`"address": [["3 rue…"], "93000",
    // "Bobigny"]`) is refused as in a case file (verification, 2026-12-05: printed as read).
    let typed = serde_json::to_value(&association)
        .map_err(|_| Error::Internal("an association that cannot be written back"))?;
    crate::model::case::as_the_spec_writes_it(&value, &typed, &mut String::new()).map_err(|e| {
        match e {
            Error::InvalidField {
                field: Field::Case(path),
                reason,
            } => Error::invalid(Field::Association(path), reason),
            e => e,
        }
    })?;
    crate::db::settings::check_association_form(&association)?;
    Ok(association)
}

/// The checklist's second language for `case` (`fr`: French alone): the context's (a language
/// without translations falls back to English, [`pdf::view::checklist_language`]), else the first
/// of her languages it is translated into, French included, else English ([`checklist_language_replaced`] says when that replaced hers).
pub fn checklist_language(case: &CaseFile, ctx: &DocumentContext) -> &'static str {
    if let Some(asked) = ctx.checklist_lang.as_deref() {
        return pdf::view::checklist_language(asked);
    }
    // The first of her languages the checklist is translated into (Tigrinya then Arabic: Arabic).
    translated_language(case)
        .unwrap_or_else(|| pdf::view::checklist_language(DEFAULT_CHECKLIST_LANGUAGE))
}

/// The language she reads in the interview, when the documents are translated into it: the
/// second column the app and the CLI give her checklist and consent record. An imported case may
/// name another (« ti »): her spoken languages then decide, and an English column is said (code
/// review, 2026-12-05: English, silently).
pub fn interview_language(case: &CaseFile) -> Option<String> {
    case.interview
        .person_language
        .clone()
        .filter(|l| pdf::view::translation(l).is_some())
}

/// The first of her languages the checklist and the notice are translated into, if any.
fn translated_language(case: &CaseFile) -> Option<&'static str> {
    case.person
        .languages
        .iter()
        .find_map(|l| pdf::view::translation(l))
}

/// True if her second column is English only because none of the languages she speaks is one the
/// checklist is translated into (and none was asked for): what the worker is told, never silent.
pub fn checklist_language_replaced(case: &CaseFile, ctx: &DocumentContext) -> bool {
    ctx.checklist_lang.is_none()
        && !case.person.languages.is_empty()
        && translated_language(case).is_none()
}

/// The consent record, in the language the notice was given in (refused, never replaced, when
/// the notice is not written in it), else the checklist's (nothing recorded yet: a blank record).
/// Refused for a notice of a version this build has no text for: her choices are not printed
/// beside a text she was not given (review of her papers, 2026-12-06).
fn consent(case: &CaseFile, ctx: &DocumentContext) -> Result<Vec<u8>> {
    if case
        .consent
        .as_ref()
        .and_then(|c| c.notice_version)
        .is_some_and(|v| v > crate::model::case::CONSENT_NOTICE_VERSION)
    {
        return Err(Error::invalid(
            Field::case("consent.noticeVersion"),
            Invalid::NoticeVersionUnknown,
        ));
    }
    let lang = match case
        .consent
        .as_ref()
        .and_then(|c| c.notice_language.as_deref())
    {
        Some(tag) => crate::followup::notice_language(tag)?,
        None => checklist_language(case, ctx),
    };
    let view = pdf::ConsentView::build(&pdf::ConsentInput {
        consent: case.consent.as_ref(),
        association: ctx.association.as_ref().map(|a| a.name.as_str()),
        lang,
        date: ctx.today,
    });
    pdf::render_consent(&view)
}

/// The case as a letter may state it: each day the assessment finds impossible
/// (`case-dates-to-check`: a past fact dated to come, a day before her birth, a conviction final
/// before her complaint, a récépissé longer or shorter than the law's) left out, as if not
/// recorded. She signs the letter; the case page asks the worker to check those days (letters
/// review, 2026-12-06: « condamnée par une décision devenue définitive le 10 janvier 2026 »
/// above « Plainte du 15 septembre 2026 »).
pub fn as_stated(case: &CaseFile, today: NaiveDate) -> Cow<'_, CaseFile> {
    stated_and_forgotten(case, today).0
}

/// [`as_stated`], and the paths of the days it left out.
fn stated_and_forgotten(case: &CaseFile, today: NaiveDate) -> (Cow<'_, CaseFile>, Vec<String>) {
    let unsure = legal::assess::days_to_check(RulePack::active(), case, today);
    if unsure.is_empty() {
        return (Cow::Borrowed(case), unsure);
    }
    let mut stated = case.clone();
    for path in &unsure {
        stated.forget_day(path);
    }
    (Cow::Owned(stated), unsure)
}

fn letter(
    case: &CaseFile,
    ctx: &DocumentContext,
    analysis: &CaseAnalysis,
) -> Result<(Vec<u8>, bool, bool)> {
    let case = &*as_stated(case, ctx.today);
    if !has_letter(analysis.route) {
        return Err(Error::invalid(
            Field::Named(Named::Route),
            Invalid::NoLetterForRoute {
                route: analysis.route.as_str(),
            },
        ));
    }
    let competent = competent_office(case)?;
    let input = pdf::LetterInput {
        head: pdf::LetterHead {
            case,
            route: analysis.route,
            recipient: ctx.recipient(&competent),
            place: place(case, &competent),
            date: ctx.today,
        },
        association: ctx.association.as_ref(),
        enclosures: pdf::enclosures(case, &analysis.checklist.items),
        nationality: nationality(case)?,
        registered_mail: ctx.registered_mail,
    };
    let view = pdf::LetterView::build(&input)?;
    Ok((
        pdf::render_letter(&view)?,
        competent.to_verify(),
        view.support_letter_enclosed,
    ))
}

fn support_letter(
    case: &CaseFile,
    ctx: &DocumentContext,
    route: RouteId,
) -> Result<(Vec<u8>, bool)> {
    let association = ctx
        .association
        .as_ref()
        .ok_or(Error::required(Field::Association("$".into())))?;
    crate::db::settings::check_association(association)?;
    let case = &*as_stated(case, ctx.today);
    let competent = competent_office(case)?;
    let view = pdf::SupportLetterView::build(&pdf::SupportInput {
        head: pdf::LetterHead {
            case,
            route,
            recipient: ctx.recipient(&competent),
            place: association.address.city.trim().to_string(),
            date: ctx.today,
        },
        association,
    })?;
    Ok((pdf::render_support_letter(&view)?, competent.to_verify()))
}

/// The bilingual checklist of the analysis' route, with the case's deadlines: `case` as stated
/// ([`as_stated`]), `recorded` as the worker's screen reads it.
fn checklist(
    case: &CaseFile,
    recorded: &CaseFile,
    ctx: &DocumentContext,
    analysis: &CaseAnalysis,
) -> Result<Vec<u8>> {
    // The checklist needs no office, but a person where the CESEDA does not apply must not be
    // handed a CESEDA checklist. An address too vague to find the office is no reason to refuse.
    if let Err(e @ Error::CesedaNotApplicable { .. }) = competent_office(case) {
        return Err(e);
    }
    // An APS that has ended is asked for anew, at the prefect's discretion, not renewed: its
    // renewal window is no longer hers to meet, and « la période pour demander le renouvellement
    // à temps s'est terminée » beside her letter asking for a new one read as a contradiction
    // (letters review, 2026-12-06).
    let aps_ended = analysis.route == RouteId::ApsL4254
        && case
            .current_permit
            .as_ref()
            .is_some_and(|p| p.kind == PermitKind::Aps)
        && !case.holds_aps_on(ctx.today);
    let mut deadlines = analysis.deadlines.clone();
    // She holds a card or an APS: the reflection period is not hers (the assessment says so),
    // and « pendant le délai de réflexion… vous pouvez utiliser ce temps pour décider si vous
    // portez plainte » with its end date would read as her protection ending (legal review,
    // 2026-12-06).
    let holds_title = analysis
        .assessment
        .route(RouteId::ReflectionPeriod)
        .and_then(|r| r.not_applicable_reason.as_deref())
        .is_some_and(|reason| matches!(reason, "holds-residence-card" | "holds-aps"));
    if holds_title {
        deadlines.retain(|d| d.kind != legal::DeadlineKind::ReflectionPeriodEnd);
    }
    // « Dernier jour où ce document est assez récent pour la demande » only of a document her
    // list asks for, or accepts instead (letters audit, 2026-12-06: said of a proof of address
    // under « Aucun document à réunir pour l'instant »).
    let listed = |kind: PieceKind| {
        analysis
            .checklist
            .items
            .iter()
            .any(|i| i.id == kind || i.alternatives.contains(&kind))
    };
    deadlines.retain(|d| !d.freshness || d.document.is_some_and(listed));
    if aps_ended {
        deadlines.retain(|d| {
            !matches!(
                d.kind,
                legal::DeadlineKind::RenewalWindowOpens | legal::DeadlineKind::RenewalWindowCloses
            )
        });
    }
    let items = her_items(case, &analysis.checklist.items);
    let view = pdf::ChecklistView::build(&pdf::ChecklistInput {
        route: analysis.route,
        items: &items,
        deadlines: &deadlines,
        lang: checklist_language(case, ctx),
        date: ctx.today,
        agreement_nationality: pdf::agreement_nationality(case, analysis.route),
        cooperating: case.cooperation.complaint.is_some() || case.cooperation.testimony.is_some(),
        // An APS's renewal only on the APS's paper (not a card's renewal under an APS route);
        // once ended, only its grant (the rest is asked anew).
        renewal: case
            .current_permit
            .as_ref()
            .filter(|p| analysis.route != RouteId::ApsL4254 || p.kind == PermitKind::Aps)
            .and_then(|p| legal::deadlines::renewal_filing(RulePack::active(), case, p, ctx.today))
            .filter(|r| !aps_ended || matches!(r, legal::deadlines::RenewalFiling::Granted { .. })),
        // Read from the case as recorded, as the worker's `title-granted` is: a decision dated
        // before its filing, or to come, left out of the stated case, read there as granted
        // undated (review, 2026-12-07).
        title_granted: legal::assess::title_granted(recorded, analysis.route, ctx.today),
        // Her age on the day the checklist is for (the planned filing day), as its items read
        // it: a girl of 15 who files after her 16th birthday gets the card's list and what the
        // card is (code review, 2026-12-06).
        under_16: analysis
            .checklist
            .notes
            .iter()
            .any(|n| n.id == "minor-under-16-no-permit"),
        // A birth year only, or « vers 2010 »: she may be either side of 16, and is not told
        // what may not be true of her.
        may_be_under_16: legal::dates::ages_of(&case.person, ctx.today)
            .is_some_and(|(youngest, _)| youngest < 16),
        sex: case.person.sex.as_deref().unwrap_or("X"),
        // Nor a route chosen that does not fit her case's stage (PDF review, 2026-12-07: the
        // resident card chosen during the trial, or after an acquittal, read « déposez la demande
        // avant la fin de votre titre de séjour »).
        // A girl of 16 or 17 needs no permit: not « ne remplit pas les conditions ».
        not_eligible: analysis
            .assessment
            .route(analysis.route)
            .is_some_and(|r| match r.outcome {
                legal::Outcome::NotEligible => true,
                legal::Outcome::NotApplicable => {
                    r.not_applicable_reason.as_deref() != Some("minor-no-permit-needed")
                }
                _ => false,
            }),
    });
    pdf::render_checklist(&view)
}

/// The items of her checklist: all, but the association's support letter not in her hands where
/// her refusal, a consent never asked or a closed case rules it out: « l'association la rédige »
/// is not said to her of a letter the association would refuse to write (review, 2026-12-06).
///
/// A stateless person is not offered a consulate's document or a national identity card in
/// place of a passport she does not hold (missing, confiscated, asked for); without one, her
/// passport's line says the association will see with her what replaces it (`stateless`), as
/// the worker's `stateless-identity-documents` warning asks a jurist (review of her papers,
/// 2026-12-06). Only when « apatride » is her one nationality: beside another, the case
/// contradicts itself (`stateless-with-nationality`, which the letters refuse).
fn her_items(case: &CaseFile, items: &[legal::ChecklistItem]) -> Vec<legal::ChecklistItem> {
    let ruled_out = !pdf::view::support_letter::association_may_write(case);
    let stateless = case.person.nationalities() == [crate::countries::STATELESS];
    items
        .iter()
        .filter(|i| {
            !(ruled_out
                && i.id == PieceKind::AssociationLetter
                && i.status != legal::ItemStatus::Ok)
        })
        .map(|i| {
            let mut i = i.clone();
            if stateless
                && i.id == PieceKind::Passport
                && i.status != legal::ItemStatus::Ok
                && i.via.is_none()
            {
                i.alternatives.clear();
                if i.status == legal::ItemStatus::Missing {
                    i.reason = Some("stateless".into());
                }
            }
            i
        })
        .collect()
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// The person's nationality in French, as the letter's « Nationalité : » line writes it: the
/// adjective agrees with « nationalité », feminine whoever she or he is (review, 2026-12-05:
/// « Nationalité : nigérian » for a man, « nigérian(e) » for an unrecorded sex); `None` when the
/// case does not establish it (the letter then prints no nationality line).
fn nationality(case: &CaseFile) -> Result<Option<String>> {
    // Every nationality the case records, as the person signs: the one that decides the route
    // may be the second (an Algerian one, for the 1968 agreement).
    let mut words = Vec::new();
    let first = non_empty(&case.person.nationality);
    let all = case.person.nationalities();
    // A stateless person has no nationality: « apatride et syrienne » is a contradiction to
    // correct, not a line to sign (letters review, 2026-12-06).
    if all.len() > 1 && all.contains(&crate::countries::STATELESS) {
        return Err(Error::invalid(
            Field::case("person.otherNationalities"),
            Invalid::StatelessWithNationality,
        ));
    }
    for (i, code) in all.into_iter().enumerate() {
        let field = if first.as_deref() == Some(code) {
            Field::case("person.nationality")
        } else {
            let n = case
                .person
                .other_nationalities
                .iter()
                .position(|o| o.trim() == code)
                .unwrap_or(i);
            Field::case(format!("person.otherNationalities[{n}]"))
        };
        let word = crate::countries::nationality(code, Some("F")).ok_or_else(|| {
            Error::invalid(
                field,
                match crate::countries::get(code) {
                    Some(_) => Invalid::TerritoryWithoutNationality,
                    None => Invalid::NotACountry,
                },
            )
        })?;
        words.push(word);
    }
    Ok(match words.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} et {last}", rest.join(", "))),
    })
}

/// The town the person writes from: the address's town, else the commune's name.
fn place(case: &CaseFile, office: &CompetentOffice) -> String {
    let geo = crate::geo::Geo::get();
    // « Paris, le … », not « Paris 16e Arrondissement, le … » (verification, 2026-12-05).
    let town = match geo.commune(office.commune_insee) {
        Some(commune) => geo.town(commune).name.to_string(),
        None => office.commune_name.to_string(),
    };
    // Her own town as she wrote it (a lieu-dit, a commune merged into another), but its name as
    // the data spells it when it is that one: « Bobigny, le … » for « bobigny » or « BOBIGNY »
    // typed (PDF review, 2026-12-07: « bobigny, le 10 décembre 2026 »).
    // « Cedex » is the mail's, not a place's: « Bobigny, le … » for « BOBIGNY CEDEX 9 ».
    let typed = case
        .person
        .address
        .as_ref()
        .and_then(|a| non_empty(&a.city))
        .map(|city| office::without_cedex(&city))
        .filter(|city| !city.is_empty());
    match typed {
        Some(typed)
            if crate::geo::key::search_key(&typed) != crate::geo::key::search_key(&town) =>
        {
            typed
        }
        _ => town,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::VariantArray;

    /// The field of the association an error says is required, if it says that.
    fn required_in_association(err: &Error) -> Option<&str> {
        match err {
            Error::Required {
                field: Field::Association(path),
            } => Some(path),
            _ => None,
        }
    }

    fn spec_case() -> CaseFile {
        crate::pdf::samples::spec_case()
    }

    fn day() -> NaiveDate {
        crate::pdf::samples::sample_date()
    }

    #[test]
    fn every_document_of_the_spec_case_renders_with_a_neutral_name() {
        let mut ctx = DocumentContext::new(day());
        ctx.association = Some(crate::pdf::samples::association());
        for &kind in PrintedDocument::VARIANTS {
            let doc = render(kind, &spec_case(), &ctx).unwrap();
            assert!(doc.bytes.starts_with(b"%PDF-"), "{kind:?}");
            assert!(
                doc.file_name.ends_with("-2026-11-26.pdf"),
                "{}",
                doc.file_name
            );
            assert!(!doc.file_name.to_lowercase().contains("okafor"));
        }
    }

    /// The field an [`Invalid::AfterDocumentDay`] names, if that is the error.
    fn after_day(result: Result<RenderedDocument>) -> Option<String> {
        match result {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::AfterDocumentDay,
            }) => Some(path),
            _ => None,
        }
    }

    #[test]
    fn no_document_states_as_past_a_day_after_its_own() {
        let mut ctx = DocumentContext::new(day());
        ctx.association = Some(crate::pdf::samples::association());
        let later = day().succ_opt().unwrap();
        let render_all = |c: &CaseFile| {
            [PrintedDocument::Letter, PrintedDocument::SupportLetter]
                .map(|kind| after_day(render(kind, c, &ctx)))
        };
        let mut c = spec_case();
        assert_eq!(render_all(&c), [None, None], "the spec case is printed");
        c.cooperation.complaint.as_mut().unwrap().date = Some(later);
        let field = Some("cooperation.complaint.date".to_string());
        assert_eq!(render_all(&c), [field.clone(), field]);
        // The case page is told before anyone clicks.
        assert!(
            missing_facts(&c, RouteId::CstL4251, PrintedDocument::Letter, day())
                .iter()
                .any(|e| matches!(
                    e,
                    Error::InvalidField {
                        reason: Invalid::AfterDocumentDay,
                        ..
                    }
                ))
        );
        // The day itself is not after it.
        c.cooperation.complaint.as_mut().unwrap().date = Some(day());
        assert_eq!(render_all(&c), [None, None]);
        let mut c = spec_case();
        c.accompaniment.get_or_insert_with(Default::default).since = Some(later);
        assert_eq!(
            after_day(render(PrintedDocument::SupportLetter, &c, &ctx)),
            Some("accompaniment.since".into())
        );
        let mut c = spec_case();
        c.documents.push(crate::model::case::Document {
            kind: crate::model::case::PieceKind::ComplaintReceipt,
            status: crate::model::case::DocumentStatus::Have,
            date: Some(later),
            number: None,
            expires: None,
        });
        let at = c.documents.len() - 1;
        assert_eq!(
            after_day(render(PrintedDocument::Letter, &c, &ctx)),
            Some(format!("documents[{at}].date"))
        );
        // A renewal recorded as filed on a day to come (letters review, 2026-12-05: « Ma demande
        // ayant été déposée dans les délais » before it was).
        let mut c = spec_case();
        c.current_permit = Some(crate::model::case::Permit {
            kind: crate::model::case::PermitKind::CstVpf,
            issued: None,
            expires: None,
            renewal_count: None,
            renewal_filed_on: Some(later),
        });
        assert_eq!(
            after_day(render(PrintedDocument::Letter, &c, &ctx)),
            Some("currentPermit.renewalFiledOn".into())
        );
        // Her consent, given « on » a day to come, is not recorded as given.
        let mut c = spec_case();
        c.consent = Some(crate::model::case::Consent {
            share_with_prefecture: Some(crate::model::case::ConsentDecision {
                status: crate::model::case::ConsentStatus::Given,
                date: Some(later),
            }),
            notice_language: Some("fr".into()),
            ..Default::default()
        });
        assert_eq!(
            after_day(render(PrintedDocument::Consent, &c, &ctx)),
            Some("consent.shareWithPrefecture.date".into())
        );
    }

    /// Nor a day of hers before she was born (review, 2026-12-05: « Le 10 janvier 1990, j'ai
    /// déposé plainte » for a woman born in 1998); a birth known to the year alone counts from
    /// its first day.
    #[test]
    fn no_letter_states_a_day_of_hers_before_her_birth() {
        let mut ctx = DocumentContext::new(day());
        ctx.association = Some(crate::pdf::samples::association());
        let before_birth = |c: &CaseFile, kind| match render(kind, c, &ctx) {
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::BeforeBirth,
            }) => Some(path),
            _ => None,
        };
        let mut c = spec_case();
        c.cooperation.complaint.as_mut().unwrap().date = NaiveDate::from_ymd_opt(1990, 1, 10);
        for kind in [PrintedDocument::Letter, PrintedDocument::SupportLetter] {
            assert_eq!(
                before_birth(&c, kind).as_deref(),
                Some("cooperation.complaint.date")
            );
        }
        // Born « en 1998 »: 1 January 1998 may be her birthday, 31 December 1997 may not.
        c.person.birth_date = NaiveDate::from_ymd_opt(1998, 1, 1);
        c.person.birth_date_precision = Some(crate::model::case::DatePrecision::Year);
        c.cooperation.complaint.as_mut().unwrap().date = NaiveDate::from_ymd_opt(1998, 1, 1);
        assert_eq!(before_birth(&c, PrintedDocument::Letter), None);
        c.cooperation.complaint.as_mut().unwrap().date = NaiveDate::from_ymd_opt(1997, 12, 31);
        assert!(before_birth(&c, PrintedDocument::Letter).is_some());
    }

    #[test]
    fn a_consent_record_in_a_language_the_notice_lacks_is_refused_not_printed_in_english() {
        let mut c = spec_case();
        let ctx = DocumentContext::new(day());
        c.consent = Some(crate::model::case::Consent {
            notice_language: Some("ukrainie".into()),
            ..Default::default()
        });
        assert!(matches!(
            render(PrintedDocument::Consent, &c, &ctx),
            Err(Error::InvalidField {
                field: Field::Named(Named::NoticeLanguage),
                ..
            })
        ));
    }

    /// Review of her papers, 2026-12-06: a notice version this build has no text for printed
    /// her choices under version 1's text.
    #[test]
    fn a_consent_record_of_a_newer_notice_is_refused_not_printed_with_another_text() {
        let mut c = spec_case();
        let ctx = DocumentContext::new(day());
        c.consent = Some(crate::model::case::Consent {
            notice_language: Some("uk".into()),
            notice_version: Some(crate::model::case::CONSENT_NOTICE_VERSION + 1),
            ..Default::default()
        });
        let err = render(PrintedDocument::Consent, &c, &ctx).unwrap_err();
        assert!(
            matches!(
                &err,
                Error::InvalidField {
                    field,
                    reason: Invalid::NoticeVersionUnknown,
                } if *field == Field::case("consent.noticeVersion")
            ),
            "{err:?}"
        );
        c.consent.as_mut().unwrap().notice_version =
            Some(crate::model::case::CONSENT_NOTICE_VERSION);
        assert!(render(PrintedDocument::Consent, &c, &ctx).is_ok());
    }

    #[test]
    fn a_support_letter_needs_an_association() {
        let err = render(
            PrintedDocument::SupportLetter,
            &spec_case(),
            &DocumentContext::new(day()),
        )
        .unwrap_err();
        assert_eq!(required_in_association(&err), Some("$"), "{err:?}");
    }

    #[test]
    fn the_reflection_period_has_a_checklist_but_no_letter() {
        let mut ctx = DocumentContext::new(day());
        ctx.route = Some(RouteId::ReflectionPeriod);
        assert!(render(PrintedDocument::Checklist, &spec_case(), &ctx).is_ok());
        assert!(matches!(
            render(PrintedDocument::Letter, &spec_case(), &ctx),
            Err(Error::InvalidField {
                field: Field::Named(Named::Route),
                ..
            })
        ));
    }

    #[test]
    fn every_document_offered_for_a_route_renders_and_no_other_is_offered() {
        let mut ctx = DocumentContext::new(day());
        ctx.association = Some(crate::pdf::samples::association());
        assert_eq!(
            documents_for(RouteId::ReflectionPeriod),
            [PrintedDocument::SupportLetter, PrintedDocument::Checklist]
        );
        assert_eq!(
            documents_for(RouteId::CstL4251),
            PrintedDocument::APPLICATION
        );
        assert_eq!(
            documents_for(RouteId::CarteResidentL4253Renewal),
            [PrintedDocument::SupportLetter, PrintedDocument::Checklist]
        );
        // Without a complaint yet the reflection period is eligible; with one, the first card;
        // holding the resident card, its renewal.
        let mut waiting = spec_case();
        waiting.cooperation.complaint = None;
        let mut resident = spec_case();
        resident.current_permit = Some(crate::model::case::Permit {
            kind: crate::model::case::PermitKind::ResidentCard,
            issued: NaiveDate::from_ymd_opt(2017, 6, 1),
            expires: NaiveDate::from_ymd_opt(2027, 5, 31),
            renewal_count: None,
            renewal_filed_on: None,
        });
        for (route, case) in [
            (RouteId::ReflectionPeriod, waiting),
            (RouteId::CstL4251, spec_case()),
            (RouteId::CarteResidentL4253Renewal, resident),
        ] {
            ctx.route = Some(route);
            for kind in PrintedDocument::APPLICATION {
                let offered = documents_for(route).contains(&kind);
                let rendered = render(kind, &case, &ctx);
                assert_eq!(
                    offered,
                    rendered.is_ok(),
                    "{route:?} {kind:?}: {rendered:?}"
                );
            }
        }
    }

    #[test]
    fn eu_nationals_and_unknown_codes_get_no_letter() {
        let mut c = spec_case();
        c.person.nationality = Some("DE".into());
        assert!(matches!(
            render(PrintedDocument::Letter, &c, &DocumentContext::new(day())),
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::NotConcerned,
            }) if path == "person.nationality"
        ));
        // French as a second nationality: that one is named, not her first.
        c.person.nationality = Some("NG".into());
        c.person.other_nationalities = vec!["GH".into(), "FR".into()];
        assert!(matches!(
            render(PrintedDocument::Letter, &c, &DocumentContext::new(day())),
            Err(Error::InvalidField {
                field: Field::Case(path),
                reason: Invalid::NotConcerned,
            }) if path == "person.otherNationalities[1]"
        ));
        c.person.other_nationalities.clear();
        c.person.nationality = Some("DE".into());
        c.person.nationality = Some("QQ".into());
        assert!(matches!(
            nationality(&c),
            Err(Error::InvalidField { field: Field::Case(path), reason: Invalid::NotACountry }) if path == "person.nationality"
        ));
        c.person.nationality = Some("stateless".into());
        assert_eq!(nationality(&c).unwrap().as_deref(), Some("apatride"));
        // Letters review, 2026-12-06: « Nationalités : apatride et syrienne » was printed, for
        // her to sign; the contradiction is named for the worker to correct, either way round.
        for (first, other) in [("stateless", "SY"), ("SY", "stateless")] {
            c.person.nationality = Some(first.into());
            c.person.other_nationalities = vec![other.into()];
            assert!(matches!(
                nationality(&c),
                Err(Error::InvalidField {
                    field: Field::Case(path),
                    reason: Invalid::StatelessWithNationality,
                }) if path == "person.otherNationalities"
            ));
            assert!(render(PrintedDocument::Letter, &c, &DocumentContext::new(day())).is_err());
        }
        c.person.other_nationalities.clear();
        c.person.nationality = None;
        assert_eq!(nationality(&c).unwrap(), None, "not established: no line");
    }

    /// Review, 2026-12-06: her checklist listed the association's support letter « À obtenir…
    /// l'association la rédige » where the association could not write it.
    #[test]
    fn her_checklist_promises_no_support_letter_that_cannot_be_written() {
        use crate::model::case::{ConsentDecision, ConsentStatus};
        let mut c = spec_case();
        let items = legal::checklist(&c, RouteId::CstL4251, day()).items;
        let support = |items: &[legal::ChecklistItem]| {
            items.iter().any(|i| i.id == PieceKind::AssociationLetter)
        };
        assert!(support(&items), "the pack lists it for a first card");
        assert!(support(&her_items(&c, &items)), "agreed: listed");
        c.consent.as_mut().unwrap().share_with_prefecture = Some(ConsentDecision {
            status: ConsentStatus::Refused,
            date: None,
        });
        assert!(!support(&her_items(&c, &items)), "refused");
        c.consent = None;
        assert!(!support(&her_items(&c, &items)), "never asked");
        c = spec_case();
        c.closed_on = Some(day());
        assert!(!support(&her_items(&c, &items)), "closed");
        let held: Vec<legal::ChecklistItem> = items
            .iter()
            .cloned()
            .map(|mut i| {
                if i.id == PieceKind::AssociationLetter {
                    i.status = legal::ItemStatus::Ok;
                }
                i
            })
            .collect();
        assert!(support(&her_items(&c, &held)), "in her hands: listed");
    }

    /// Review of her papers, 2026-12-06: a stateless woman's paper had her obtain a passport, or a
    /// consular card or a nationality certificate in its place.
    #[test]
    fn a_stateless_person_is_not_told_to_obtain_a_passport_or_a_consular_document() {
        let mut c = spec_case();
        c.person.nationality = Some(crate::countries::STATELESS.into());
        c.person.other_nationalities.clear();
        // Neither a passport nor any document in its place.
        c.documents.retain(|d| {
            !matches!(
                d.kind,
                PieceKind::Passport
                    | PieceKind::ConsularCertificate
                    | PieceKind::IdCard
                    | PieceKind::ConsularCard
                    | PieceKind::NationalityCertificate
            )
        });
        let items = legal::checklist(&c, RouteId::CstL4251, day()).items;
        let passport = |items: &[legal::ChecklistItem]| {
            items
                .iter()
                .find(|i| i.id == PieceKind::Passport)
                .cloned()
                .expect("the passport's line")
        };
        assert!(!passport(&items).alternatives.is_empty(), "the pack's list");
        let hers = her_items(&c, &items);
        let line = passport(&hers);
        assert!(line.alternatives.is_empty(), "{line:?}");
        let view = pdf::ChecklistView::build(&pdf::ChecklistInput {
            cooperating: true,
            ..pdf::ChecklistInput::plain(RouteId::CstL4251, &hers, "ru", day())
        });
        let entry = view
            .items
            .iter()
            .find(|e| e.label.fr == "Passeport")
            .expect("the passport's entry");
        assert_eq!(entry.status_text.fr, "À voir avec l’association");
        assert_eq!(entry.status_text.other, "Обсудить с ассоциацией");
        assert!(entry.alternatives.is_none());
        let note = entry.note.as_ref().expect("why");
        assert!(
            note.fr.starts_with("Vous n’avez pas de nationalité"),
            "{note:?}"
        );
        // Confiscated: said so, with nothing offered in its place.
        let mut confiscated = items.clone();
        confiscated
            .iter_mut()
            .filter(|i| i.id == PieceKind::Passport)
            .for_each(|i| {
                i.status = legal::ItemStatus::Confiscated;
                i.reason = Some("confiscated".into());
            });
        let line = passport(&her_items(&c, &confiscated));
        assert!(line.alternatives.is_empty(), "{line:?}");
        assert_eq!(line.reason.as_deref(), Some("confiscated"));
        // « apatride » beside a nationality: the case contradicts itself, the pack's list stays.
        let mut both = c.clone();
        both.person.other_nationalities = vec!["SY".into()];
        assert_eq!(passport(&her_items(&both, &items)), passport(&items));
        // A passport of hers in hand (from a nationality she had) stays as it is.
        let mut held = items.clone();
        held.iter_mut()
            .filter(|i| i.id == PieceKind::Passport)
            .for_each(|i| i.status = legal::ItemStatus::Ok);
        assert_eq!(passport(&her_items(&c, &held)).reason, None);
        // With a nationality, the pack's list is hers.
        let c = spec_case();
        assert_eq!(passport(&her_items(&c, &items)), passport(&items));
    }

    #[test]
    fn the_letter_names_every_nationality_the_case_records() {
        let mut c = spec_case();
        c.person.nationality = Some("NG".into());
        c.person.other_nationalities = vec!["DZ".into(), " NG ".into(), "MA".into()];
        assert_eq!(
            nationality(&c).unwrap().as_deref(),
            Some("nigériane, algérienne et marocaine"),
            "each once, the first first"
        );
        // « Nationalité : » takes the feminine, whoever the person is.
        for sex in [Some("M"), Some("X"), None] {
            c.person.sex = sex.map(String::from);
            assert_eq!(
                nationality(&c).unwrap().as_deref(),
                Some("nigériane, algérienne et marocaine"),
                "{sex:?}"
            );
        }
        c.person.other_nationalities = vec!["QQ".into()];
        assert!(matches!(
            nationality(&c),
            Err(Error::InvalidField { field: Field::Case(path), reason: Invalid::NotACountry })
                if path == "person.otherNationalities[0]"
        ));
    }

    #[test]
    fn the_settings_give_the_association_and_the_title_of_the_head_of_the_cases_office() {
        let mut settings = VaultSettings {
            association: Some(crate::pdf::samples::association()),
            ..VaultSettings::default()
        };
        settings.prefect_titles.insert("93".into(), Title::Madame);
        let c = spec_case();
        // Saint-Denis has its sub-prefecture; the prefect issues the permit: her title applies.
        let ctx = DocumentContext::from_settings(day(), &settings, &c);
        assert_eq!(ctx.addressee, Some(Title::Madame));
        assert!(!ctx.sub_prefect_signs);
        assert!(ctx.association.is_some());
        // When the sub-prefect signs, their title, recorded by arrondissement, does.
        let arrondissement = competent_office(&c)
            .unwrap()
            .sub_prefecture()
            .expect("Saint-Denis has a sub-prefecture")
            .to_string();
        settings.sub_prefect_signs.insert(arrondissement.clone());
        let ctx = DocumentContext::from_settings(day(), &settings, &c);
        assert_eq!(ctx.addressee, None, "not recorded for the sub-prefect");
        assert!(ctx.sub_prefect_signs);
        settings
            .sub_prefect_titles
            .insert(arrondissement, Title::Monsieur);
        let ctx = DocumentContext::from_settings(day(), &settings, &c);
        assert_eq!(ctx.addressee, Some(Title::Monsieur));
    }

    #[test]
    fn an_association_file_is_read_and_checked() {
        let json = serde_json::to_vec(&crate::pdf::samples::association()).unwrap();
        assert_eq!(
            parse_association(&json).unwrap(),
            crate::pdf::samples::association()
        );
        let err = parse_association(br#"{"name":"X","address":{},"workerName":"Y","workerRole":"Z","workerTitle":"madame"}"#)
            .unwrap_err();
        assert_eq!(
            required_in_association(&err),
            Some("address.city"),
            "{err:?}"
        );
        let err = parse_association(br#"{"name":"X","workerTitle":"madame"}"#).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Association(path), reason: Invalid::Missing } if path == "address"),
            "{err:?}"
        );
        let err = parse_association(br#"{"name":"X","address":{"city":"Y"},"workerName":"Y","workerRole":"Z","workerTitle":"Secretvalue"}"#)
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Association(path), reason: Invalid::NotAmong { choices } } if path == "workerTitle" && !choices.is_empty())
                && !format!("{err:?}").contains("Secretvalue"),
            "{err:?}"
        );
        // Its address written as a list, of any shape: a group of fields is wanted (its fields
        // have defaults, so an empty list read as one).
        for address in [
            r#"["3 rue de l'Essai", "93000", "Bobigny"]"#,
            r#"[["3 rue de l'Essai"], "93000", "Bobigny"]"#,
        ] {
            let json = format!(
                r#"{{"name":"X","address":{address},"workerName":"Y","workerRole":"Z","workerTitle":"madame"}}"#
            );
            let err = parse_association(json.as_bytes()).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidField { field: Field::Association(path), reason: Invalid::WrongType(crate::error::Expected::Object) } if path == "address"),
                "{address}: {err:?}"
            );
        }
        // Security review, 2026-12-05: a key written twice (the last one won), a letterhead of
        // 300 street lines.
        let err = parse_association(br#"{"name":"Bonne","name":"=1+1","address":{"city":"Y"},"workerName":"Y","workerRole":"Z","workerTitle":"madame"}"#)
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Association(path), reason: Invalid::DuplicateKey } if path == "name"),
            "{err:?}"
        );
        let lines = vec!["Objet : Retrait de la demande"; 5];
        let json = serde_json::json!({"name": "X", "address": {"lines": lines, "postcode": "93000", "city": "Bobigny"},
            "workerName": "Y", "workerRole": "Z", "workerTitle": "madame"});
        let err = parse_association(json.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Association(path), reason: Invalid::TooMany { max: 4 } } if path == "address.lines"),
            "{err:?}"
        );
    }

    #[test]
    fn the_checklist_language_comes_from_the_context_then_the_person() {
        let mut c = spec_case();
        let mut ctx = DocumentContext::new(day());
        c.person.languages = vec!["uk".into(), "ru".into()];
        assert_eq!(checklist_language(&c, &ctx), "uk");
        ctx.checklist_lang = Some("es".into());
        assert_eq!(checklist_language(&c, &ctx), "es");
        ctx.checklist_lang = None;
        c.person.languages.clear();
        assert_eq!(checklist_language(&c, &ctx), "en");
        assert!(!checklist_language_replaced(&c, &ctx), "no language known");
        c.person.languages = vec!["ti".into()];
        assert_eq!(
            checklist_language(&c, &ctx),
            "en",
            "no Tigrinya translation"
        );
        assert!(checklist_language_replaced(&c, &ctx));
        // The first of hers that is translated, not English because the first is not.
        c.person.languages = vec!["ti".into(), "ar".into()];
        assert_eq!(checklist_language(&c, &ctx), "ar");
        assert!(!checklist_language_replaced(&c, &ctx));
        c.person.languages = vec!["ps".into(), "fa".into(), "en".into()];
        assert_eq!(checklist_language(&c, &ctx), "en");
        assert!(!checklist_language_replaced(&c, &ctx));
        // She reads French (Côte d'Ivoire): French alone, no English column beside it.
        c.person.languages = vec!["fr-CI".into()];
        assert_eq!(checklist_language(&c, &ctx), "fr");
        assert!(!checklist_language_replaced(&c, &ctx));
        c.person.languages = vec!["ln".into(), "fr".into()];
        assert_eq!(checklist_language(&c, &ctx), "fr", "Lingala, then French");
        ctx.checklist_lang = Some("fr".into());
        c.person.languages = vec!["uk".into()];
        assert_eq!(checklist_language(&c, &ctx), "fr", "as asked");
    }
}
