//! Cases: the list, a new case or many at once, the page of a case and its heading, closing, consent, deletion,
//! retention, the dashboard across cases, and the case file in and out (`passerelle-cli`).
//!
//! Each operation is recorded in the audit log in the same transaction as what it reads or
//! changes: no screen or verb views, changes, exports or deletes a case without a trace.
//! Deletion erases for real.

use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use super::{Names, Request};
use crate::db::audit::{Action, Event};
use crate::db::cases::{self as table, StoredCase};
use crate::db::settings;
use crate::error::{Field, Named};
use crate::followup;
use crate::i18n::format::date_short;
use crate::interview::view::OptionView;
use crate::legal::RouteId;
use crate::model::case::{CaseDocument, CaseFile, Consent, ConsentDecision};
use crate::model::printed::PrintedDocument;
use crate::overview::case::UnavailableDocument;
use crate::overview::{case as case_page, dashboard, list};
use crate::{Error, Result};

pub use crate::db::cases::{RetentionCandidate, RetentionReason};
pub use crate::followup::{ConsentDecisionDraft, ConsentDraft};
pub use crate::overview::case::CaseOverview;
pub use crate::overview::dashboard::Dashboard;
pub use crate::overview::list::{CasePage, CaseRow, Sort};

/// The page from `offset` of the cases matching `query` (every word the start of a word of a name,
/// other name, reference or phone, spelling variants included; all cases when empty).
pub fn list(req: &Request<'_>, query: &str, sort: Sort, offset: u64) -> Result<CasePage> {
    req.vault()
        .read(|c| list::page(c, query, sort, offset, req.today, req.lang, req.names))
}

/// Opens a new case for a person named so far only by her names; returns its id.
///
/// # Errors
/// [`Error::Required`] when both names are empty.
pub fn create(req: &Request<'_>, family_name: &str, given_names: &str) -> Result<String> {
    let clean = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let (family, given) = (clean(family_name), clean(given_names));
    if family.is_none() && given.is_none() {
        return Err(Error::required(Field::Named(Named::CaseName)));
    }
    import(
        req,
        &CaseDocument::from_case(&CaseFile::new(family, given))?,
    )
}

/// Stores `document` as a new case; returns its id.
pub fn import(req: &Request<'_>, document: &CaseDocument) -> Result<String> {
    let mut ids = import_all(req, std::slice::from_ref(document))?;
    ids.pop().ok_or(Error::Internal("one case imported"))
}

/// Stores every one of `documents` as a new case in one transaction, each recorded in the audit
/// log: all are stored or, on any failure, none. Returns their ids, in order.
pub fn import_all(req: &Request<'_>, documents: &[CaseDocument]) -> Result<Vec<String>> {
    req.vault().write_logged_all(|tx| {
        let mut ids = Vec::with_capacity(documents.len());
        let mut events = Vec::with_capacity(documents.len());
        for document in documents {
            let id = table::insert(tx, document, req.now)?;
            events.push(Event::new(Action::CaseCreated, req.now).case(&id));
            ids.push(id);
        }
        Ok((ids, events))
    })
}

/// A case whose person bears the same name as a case being opened or erased, and what tells the
/// two apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Namesake {
    id: String,
    /// The name, or initials when names are hidden.
    display_name: String,
    /// Her birth date, nationality, age, languages…, in words (what tells two people apart).
    facts: Vec<String>,
    created_label: String,
    updated_label: String,
    closed_label: Option<String>,
}

impl Namesake {
    /// The case's id.
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// The namesakes of case `id`'s person ([`namesakes`]), itself left out: a case just received
/// or imported is said to share its name with another, not refused.
///
/// # Errors
/// [`Error::Locked`], [`Error::NotFound`].
pub fn namesakes_of(req: &Request<'_>, id: &str) -> Result<Vec<Namesake>> {
    let person = req
        .vault()
        .read(|c| table::get(c, id))?
        .document
        .case()?
        .person;
    namesakes(
        req,
        person.family_name.as_deref().unwrap_or(""),
        person.given_names.as_deref().unwrap_or(""),
        Some(id),
    )
}

/// Whether case `id`'s person refused that it be kept, or withdrew her consent
/// ([`crate::model::CaseFile::storage_refused`]): a case just received is said to be one.
/// Nothing is recorded: it is not shown.
///
/// # Errors
/// [`Error::Locked`], [`Error::NotFound`].
pub fn storage_refused(req: &Request<'_>, id: &str) -> Result<bool> {
    let stored = req.vault().read(|c| table::get(c, id))?;
    Ok(stored.document.case()?.storage_refused())
}

/// Most namesakes shown: enough to recognise a duplicate, not a second case list.
pub const MAX_NAMESAKES: u64 = 5;

/// The cases (at most [`MAX_NAMESAKES`], the most recently changed first) whose person has every
/// word of `family_name` and `given_names` among her names and other names, accents, case and
/// transliteration aside (« Тестенко » is « Testenko »), except case `except`: a worker about to
/// open a case twice, or to erase the wrong one of two, sees them. Nothing is recorded: like the
/// list, this only names the cases.
pub fn namesakes(
    req: &Request<'_>,
    family_name: &str,
    given_names: &str,
    except: Option<&str>,
) -> Result<Vec<Namesake>> {
    let Some(query) = crate::search::same_name_query(&format!("{family_name} {given_names}"))
    else {
        return Ok(Vec::new());
    };
    req.vault().read(|c| {
        let (rows, _) = crate::db::index::page(
            c,
            Some(&query),
            crate::db::index::Order::Updated,
            req.today,
            0,
            MAX_NAMESAKES + 1,
        )?;
        rows.into_iter()
            .filter(|row| Some(row.case.case_id.as_str()) != except)
            .take(MAX_NAMESAKES as usize)
            .map(|row| {
                let stored = table::get(c, &row.case.case_id)?;
                let case = stored.document.case()?;
                Ok(namesake(req, &stored, &case))
            })
            .collect()
    })
}

fn namesake(req: &Request<'_>, stored: &StoredCase, case: &CaseFile) -> Namesake {
    let mut facts = Vec::new();
    if let Some(born) = case.person.birth_date {
        let date = match case.person.birth_date_precision {
            Some(p) => crate::i18n::format::approx_date_long(born, p, req.lang),
            None => req.day(born),
        };
        facts.push(req.text("namesake-born", &[("date", date)]));
    }
    facts.extend(case_page::facts(case, req.today, req.lang));
    Namesake {
        id: stored.id.clone(),
        display_name: req.names.of(case, req.lang),
        facts,
        created_label: req.local_day(stored.created_at),
        updated_label: req.local_day(stored.updated_at),
        closed_label: case.closed_on.map(|d| req.day(d)),
    }
}

/// Reads case `id` for display, and records that it was viewed.
pub(super) fn view(req: &Request<'_>, id: &str) -> Result<StoredCase> {
    req.vault().write_logged(|tx| {
        let stored = table::get(tx, id)?;
        Ok((stored, Event::new(Action::CaseViewed, req.now).case(id)))
    })
}

/// Changes case `id` through its typed view with `change`, which may refuse (an answer that is
/// not a date): then nothing is stored and nothing recorded. `what` names the part changed in the
/// audit log (a question id, `notes`, `closedOn`), never its value. Returns what `change` returns
/// and the case as stored; every other key of the case file is kept.
pub(super) fn change<T>(
    req: &Request<'_>,
    id: &str,
    what: &str,
    change: impl FnOnce(&mut CaseFile) -> Result<T>,
) -> Result<(T, CaseFile)> {
    req.vault().write_logged(|tx| {
        let mut stored = table::get(tx, id)?;
        let mut case = stored.document.case()?;
        let out = change(&mut case)?;
        stored.document.apply(&case)?;
        table::update(tx, id, &stored.document, req.now)?;
        let event = Event::new(Action::CaseEdited, req.now)
            .case(id)
            .detail(json!({ "fields": [what] }));
        Ok(((out, case), event))
    })
}

/// The page of case `id`: assessment, deadlines, checklist, notes, appointments (recorded as
/// viewed).
pub fn page(req: &Request<'_>, id: &str) -> Result<CaseOverview> {
    let case = view(req, id)?.document.case()?;
    Ok(page_of(req, id, &case))
}

/// The page of `case`, as it stands after a change (the change is recorded, not a view).
pub(super) fn page_of(req: &Request<'_>, id: &str, case: &CaseFile) -> CaseOverview {
    page_for(id, case, req.today, req.lang, req.names)
}

/// [`page_of`] for `today`, in `lang`, with `names`.
fn page_for(
    id: &str,
    case: &CaseFile,
    today: NaiveDate,
    lang: &'static str,
    names: Names,
) -> CaseOverview {
    let mut page = case_page::overview(id, case, today, lang, names);
    // A document that cannot be written yet says why (worded here, where errors are), instead of
    // a button that fails.
    for route in &mut page.document_routes {
        let Some(route_id) = RouteId::parse(&route.id) else {
            continue;
        };
        route.unavailable = route
            .documents
            .iter()
            .filter_map(|code| {
                let document = PrintedDocument::from_str(code).ok()?;
                let missing = crate::documents::missing_facts(case, route_id, document, today);
                (!missing.is_empty()).then(|| UnavailableDocument {
                    document: code.clone(),
                    reason: missing
                        .iter()
                        .map(|e| super::words::missing_fact_text(e, lang))
                        .collect::<Vec<_>>()
                        .join(" "),
                    decided_in_file: missing.iter().all(super::words::decided_in_file),
                    in_follow_up: missing.iter().all(|e| {
                        e.field().is_some_and(
                            |f| matches!(f, Field::Case(path) if path.starts_with("applications")),
                        )
                    }),
                })
            })
            .collect();
        // Why the letters leave the ANEF number out, only where a letter can be written (review,
        // 2026-12-07: said beside a renewal already filed, whose letter is refused).
        let letters =
            [PrintedDocument::Letter, PrintedDocument::SupportLetter].map(crate::codes::code);
        let writable = route.documents.iter().any(|d| {
            letters.contains(&d.as_str()) && !route.unavailable.iter().any(|u| &u.document == d)
        });
        if !writable {
            route.anef_number_left_out = None;
        }
    }
    page
}

/// The heading of a case and what its Dossier section edits.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseDetail {
    id: String,
    /// The name, or initials when names are hidden.
    display_name: String,
    created_label: String,
    updated_label: String,
    closed_on: Option<NaiveDate>,
    closed_label: Option<String>,
    consent: Option<Consent>,
    /// The consent decisions' days as the form shows them, day/month/year.
    consent_dates: ConsentDates,
    /// Today, day/month/year: the closing day proposed.
    today_input: String,
    languages: Vec<String>,
    /// The languages the consent notice is written in, named in the worker's language.
    notice_languages: Vec<OptionView>,
    /// The notice's language the form proposes: the one recorded, else the interview's
    /// side-by-side language, else the first of her languages the notice is written in; `None`
    /// when the notice is in none of them (the worker chooses).
    notice_language: Option<String>,
    /// The ids of the notice to read to her, title first: of the version recorded (the text she
    /// was given, which saving her choices keeps), else the current one.
    notice_ids: Vec<String>,
    /// That version.
    notice_version: u32,
    /// What tells her apart from a namesake: birth date, nationality, age, languages…, in words.
    facts: Vec<String>,
    /// Other cases whose person bears the same name ([`namesakes`]).
    namesakes: Vec<Namesake>,
}

/// The day of each consent decision, typed form (`None`: not asked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
struct ConsentDates {
    storage: Option<String>,
    share_with_prefecture: Option<String>,
    share_with_lawyer: Option<String>,
}

/// The notice's language the consent form proposes: the one recorded, else the interview's
/// side-by-side language, else the first of her languages the notice is written in.
fn proposed_notice_language(case: &CaseFile) -> Option<String> {
    case.consent
        .as_ref()
        .and_then(|c| c.notice_language.as_deref())
        .into_iter()
        .chain(case.interview.person_language.as_deref())
        .chain(case.person.languages.iter().map(String::as_str))
        .find_map(|l| followup::notice_language(l).ok())
        .map(str::to_string)
}

fn detail(req: &Request<'_>, stored: StoredCase) -> Result<CaseDetail> {
    let case = stored.document.case()?;
    // Typed dates are day/month/year in every language, as in the interview.
    let typed = |d: &Option<ConsentDecision>| {
        d.as_ref()
            .and_then(|d| d.date)
            .map(|day| date_short(day, "fr"))
    };
    let consent = case.consent.clone().unwrap_or_default();
    let notice_version = consent.notice_version;
    let person = &case.person;
    let namesakes = namesakes(
        req,
        person.family_name.as_deref().unwrap_or_default(),
        person.given_names.as_deref().unwrap_or_default(),
        Some(&stored.id),
    )?;
    Ok(CaseDetail {
        facts: namesake(req, &stored, &case).facts,
        namesakes,
        consent_dates: ConsentDates {
            storage: typed(&consent.storage),
            share_with_prefecture: typed(&consent.share_with_prefecture),
            share_with_lawyer: typed(&consent.share_with_lawyer),
        },
        today_input: date_short(req.today, "fr"),
        display_name: req.names.of(&case, req.lang),
        created_label: req.local_day(stored.created_at),
        updated_label: req.local_day(stored.updated_at),
        closed_on: case.closed_on,
        closed_label: case.closed_on.map(|d| req.day(d)),
        notice_languages: crate::followup::NOTICE_LANGUAGES
            .iter()
            .map(|l| OptionView {
                code: l.to_string(),
                label: crate::i18n::L10n::get().language(req.lang, l),
                person_label: None,
                own_name: crate::interview::view::own_name(l).map(str::to_string),
                common: false,
            })
            .collect(),
        notice_language: proposed_notice_language(&case),
        notice_ids: crate::model::case::consent_notice_ids(notice_version)
            .iter()
            .map(|id| id.to_string())
            .collect(),
        notice_version: notice_version.unwrap_or(crate::model::case::CONSENT_NOTICE_VERSION),
        consent: case.consent,
        languages: case.person.languages,
        id: stored.id,
    })
}

/// Opens case `id` (recorded as viewed).
pub fn open(req: &Request<'_>, id: &str) -> Result<CaseDetail> {
    detail(req, view(req, id)?)
}

/// Closes case `id` on the day typed (day/month/year; empty: today), or reopens it with `None`.
///
/// # Errors
/// [`Error::InvalidDate`], [`Error::DateOutOfRange`] for a day to come.
pub fn set_closed(req: &Request<'_>, id: &str, closed_on: Option<&str>) -> Result<CaseDetail> {
    let closed_on = closed_on
        .map(|text| followup::past_day_or_today(text, req.today))
        .transpose()?;
    set(req, id, "closedOn", |c| c.closed_on = closed_on)
}

/// Records the person's consent as the form gives it (days typed day/month/year).
pub fn set_consent(
    req: &Request<'_>,
    id: &str,
    consent: Option<&ConsentDraft>,
) -> Result<CaseDetail> {
    let drafted = |recorded| {
        consent
            .map(|draft| followup::consent_from_draft(draft, recorded, req.today))
            .transpose()
    };
    change(req, id, "consent", |c| {
        let recorded = c.consent.as_ref().and_then(|r| r.notice_version);
        c.consent = drafted(recorded)?;
        crate::interview::adopt_notice_language(c);
        Ok(())
    })?;
    detail(req, req.vault().read(|c| table::get(c, id))?)
}

/// Sets one part of case `id` with `f` (recorded as a change of `what`); returns its heading as
/// it now stands (the change is recorded, showing it is not a new view).
fn set(
    req: &Request<'_>,
    id: &str,
    what: &str,
    f: impl FnOnce(&mut CaseFile),
) -> Result<CaseDetail> {
    change(req, id, what, |c| {
        f(c);
        Ok(())
    })?;
    detail(req, req.vault().read(|c| table::get(c, id))?)
}

/// Erases case `id`: the row, what is derived from it, its full-text tokens, the freed pages
/// (`secure_delete`), then the write-ahead log (checkpoint, TRUNCATE), so that the name is on no
/// page of the database files.
/// The audit log keeps the id and the time, nothing else.
pub fn delete(req: &Request<'_>, id: &str) -> Result<()> {
    req.vault().write_logged(|tx| {
        table::delete(tx, id)?;
        Ok(((), Event::new(Action::CaseDeleted, req.now).case(id)))
    })?;
    req.vault().checkpoint()?;
    log::info!("case deleted");
    Ok(())
}

/// A case retention proposes to delete, its closing day in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RetentionRow {
    #[serde(flatten)]
    candidate: RetentionCandidate,
    closed_label: Option<String>,
}

/// The cases retention proposes to delete today, under the store's retention setting, named as
/// the request shows names. Nothing is deleted here.
pub fn retention(req: &Request<'_>) -> Result<Vec<RetentionRow>> {
    let candidates = req.vault().read(|c| {
        let months = settings::load(c)?.retention_months;
        let mut candidates = table::retention_candidates(c, req.today, months)?;
        for candidate in &mut candidates {
            if req.names == Names::Hidden || candidate.display_name.trim().is_empty() {
                candidate.display_name = req
                    .names
                    .of(&table::get(c, &candidate.id)?.document.case()?, req.lang);
            }
        }
        Ok(candidates)
    })?;
    Ok(candidates
        .into_iter()
        .map(|candidate| RetentionRow {
            closed_label: candidate.closed_on.map(|d| req.day(d)),
            candidate,
        })
        .collect())
}

/// Overdue and coming deadlines and the coming appointments, across every case: the first
/// `lines` of each section (by default [`dashboard::SECTION_LINES`]) and how many there are.
pub fn dashboard(req: &Request<'_>, lines: Option<u64>) -> Result<Dashboard> {
    let lines = lines.unwrap_or(dashboard::SECTION_LINES);
    req.vault()
        .read(|c| dashboard::load(c, req.today, lines, req.lang, req.names))
}

/// Writes the case file of case `id` with `write`, unencrypted, and records the export, in one
/// transaction: if the write fails, nothing is recorded.
pub fn export_file(
    req: &Request<'_>,
    id: &str,
    write: impl FnOnce(&[u8]) -> Result<()>,
) -> Result<()> {
    req.vault().write_logged(|tx| {
        let mut value = table::get(tx, id)?.document.as_value().clone();
        // The rules of the day, so the file says what its answers were computed with.
        let pack = crate::legal::RulePack::active();
        value.insert(
            "assessedWith".into(),
            json!({
                "rulePack": pack.id,
                "version": pack.version,
                "lawAsOf": pack.law_as_of,
                "on": req.today,
            }),
        );
        let mut text =
            serde_json::to_string_pretty(&value).map_err(|_| Error::Internal("case json"))?;
        text.push('\n');
        write(text.as_bytes())?;
        let event = Event::new(Action::CaseExported, req.now)
            .case(id)
            .detail(json!({ "encrypted": false }));
        Ok(((), event))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Why the letters leave the ANEF number out is said only where a letter can be written
    /// (review, 2026-12-07: said beside a renewal already filed, whose letters are refused).
    #[test]
    fn the_anef_number_left_out_is_said_only_beside_a_letter_that_can_be_written() {
        use crate::model::case::DecisionOutcome;
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let said = |case: &CaseFile| {
            page_for("c", case, today, "fr", Names::Shown)
                .document_routes
                .into_iter()
                .filter_map(|r| r.anef_number_left_out.map(|s| (r.id, s)))
                .collect::<Vec<_>>()
        };
        // A refused first card records no number: the new request's letters leave the case's
        // out, and the page says so.
        let mut case =
            crate::pdf::samples::anef_case("ANEF-93-2026-000777", DecisionOutcome::Refused, None);
        let first = said(&case);
        assert!(
            first.iter().any(|(route, _)| route == "cst-l425-1"),
            "{first:?}"
        );
        // Neither letter can be written without her complaint or testimony: nothing said there.
        let mut unfounded = case.clone();
        unfounded.cooperation.complaint = None;
        unfounded.cooperation.testimony = None;
        let page = page_for("c", &unfounded, today, "fr", Names::Shown);
        let route = page
            .document_routes
            .iter()
            .find(|r| r.id == "cst-l425-1")
            .expect("the first card is still a route of hers");
        assert!(route.unavailable.len() >= 2, "{:?}", route.unavailable);
        assert_eq!(route.anef_number_left_out, None);
        // Silence rejected it (filed 3 March, undecided on 26 November): neither letter is written,
        // and the page links to « Suivi », where the rejection is recorded, not to the answers.
        case.applications[0].decision = None;
        let page = page_for("c", &case, today, "fr", Names::Shown);
        let route = page
            .document_routes
            .iter()
            .find(|r| r.id == "cst-l425-1")
            .expect("the first card is a route of hers");
        let letter = route
            .unavailable
            .iter()
            .find(|u| u.document == "letter")
            .expect("her letter is refused");
        assert!(letter.in_follow_up && !letter.decided_in_file, "{letter:?}");
        assert!(
            letter.reason.contains("rejet implicite"),
            "{}",
            letter.reason
        );
        // Waiting for its decision, the first card is the association's letter's request: the
        // case's number is its own, nothing to say.
        case.applications[0].filed_on = NaiveDate::from_ymd_opt(2026, 10, 1);
        case.applications[0].decision = None;
        let pending = said(&case);
        assert!(
            pending.iter().all(|(route, _)| route != "cst-l425-1"),
            "{pending:?}"
        );
    }

    #[test]
    fn the_consent_form_proposes_the_interviews_side_by_side_language() {
        // She speaks Russian and Ukrainian; the interview was side by side in Ukrainian.
        let mut case = CaseFile::new(None, None);
        case.person.languages = vec!["ru".into(), "uk".into()];
        case.interview.person_language = Some("uk".into());
        assert_eq!(proposed_notice_language(&case).as_deref(), Some("uk"));
        // Not side by side: her first language the notice is written in.
        case.interview.person_language = None;
        case.person.languages = vec!["ti".into(), "en".into()];
        assert_eq!(proposed_notice_language(&case).as_deref(), Some("en"));
        // None of hers: nothing proposed, the worker chooses (never English by default).
        case.person.languages = vec!["ti".into()];
        assert_eq!(proposed_notice_language(&case), None);
        // What was recorded stays, unless the notice has no such language.
        case.consent = Some(Consent {
            notice_language: Some("ru".into()),
            ..Consent::default()
        });
        assert_eq!(proposed_notice_language(&case).as_deref(), Some("ru"));
        case.consent = Some(Consent {
            notice_language: Some("ukrainie".into()),
            ..Consent::default()
        });
        assert_eq!(proposed_notice_language(&case), None);
    }
}
