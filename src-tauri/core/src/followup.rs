//! The follow-up of a case between interviews: the worker's notes, the person's appointments
//! (police hearing, prefecture, court, lawyer), her consent and the day the case is closed. All
//! live in the case file, so they travel with an export or a hand-over.
//!
//! The app sets ids and note times; the UI sends only what a person typed. Dates are typed
//! day/month/year and parsed here, like the interview's.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use crate::error::{Field, Invalid, Named};
use crate::interview::{parse_date, MAX_TEXT};
use crate::model::case::{day_in_range, DAY_YEARS};
use crate::model::case::{
    Appeal, AppealKind, Application, ApplicationDecision, Appointment, AppointmentKind, CaseFile,
    Consent, ConsentDecision, ConsentStatus, DecisionOutcome, Note, RouteId,
    CONSENT_NOTICE_VERSION,
};
use crate::{Error, Result};

/// Longest note, in characters: a page of text. Longer accounts belong in a document.
pub const MAX_NOTE: usize = 4000;

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn note_text(text: &str) -> Result<String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Error::required(Field::Named(Named::NoteText)));
    }
    if t.chars().count() > MAX_NOTE {
        return Err(Error::FieldTooLong {
            field: Field::Named(Named::NoteText),
            max: MAX_NOTE as u32,
        });
    }
    Ok(t.to_string())
}

/// Adds a note written `now`; returns its id.
///
/// # Errors
/// [`Error::Required`] for an empty note, [`Error::FieldTooLong`].
pub fn add_note(
    case: &mut CaseFile,
    text: &str,
    now: DateTime<Utc>,
    author: Option<String>,
) -> Result<String> {
    let id = new_id();
    case.notes.push(Note {
        id: id.clone(),
        at: now,
        text: note_text(text)?,
        author,
    });
    Ok(id)
}

/// Replaces the text of note `id` (its time stays: it is when the note was first written).
///
/// # Errors
/// [`Error::NotFound`], [`Error::Required`], [`Error::FieldTooLong`].
pub fn edit_note(case: &mut CaseFile, id: &str, text: &str) -> Result<()> {
    let text = note_text(text)?;
    let note = case
        .notes
        .iter_mut()
        .find(|n| n.id == id)
        .ok_or(Error::NotFound { what: "note" })?;
    note.text = text;
    Ok(())
}

/// Removes note `id`.
///
/// # Errors
/// [`Error::NotFound`].
pub fn delete_note(case: &mut CaseFile, id: &str) -> Result<()> {
    // One note, never every note with that id (a case file written elsewhere may repeat one:
    // security review, 2026-12-05; the import refuses that now).
    let at = case
        .notes
        .iter()
        .position(|n| n.id == id)
        .ok_or(Error::NotFound { what: "note" })?;
    case.notes.remove(at);
    Ok(())
}

/// An appointment as typed in the form.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppointmentDraft {
    /// The appointment to change; `None` for a new one.
    pub id: Option<String>,
    /// Its kind.
    pub kind: AppointmentKind,
    /// The day, day/month/year.
    pub date: String,
    /// The time as typed (« 9h30 », « 9 h 30 », « 09:30 », see [`parse_time`]), or empty.
    #[serde(default)]
    pub time: String,
    /// Where, or empty.
    #[serde(default)]
    pub place: String,
    /// A note, or empty.
    #[serde(default)]
    pub note: String,
}

fn optional_text(s: &str, max: usize, field: Named) -> Result<Option<String>> {
    let t = s.trim();
    if t.chars().count() > max {
        return Err(Error::FieldTooLong {
            field: Field::Named(field),
            max: max as u32,
        });
    }
    Ok(Some(t.to_string()).filter(|t| !t.is_empty()))
}

/// A day typed in a form's `field`, day/month/year, its year within [`DAY_YEARS`]: refused in
/// words that name the field, so that the message says which of a form's days is wrong and the
/// screen puts the keyboard on it (`app::ErrorView::field`).
fn typed_day(text: &str, field: Named) -> Result<NaiveDate> {
    let day = parse_date(text)
        .ok_or_else(|| Error::invalid(Field::Named(field), Invalid::NotATypedDay))?;
    if !day_in_range(day) {
        return Err(Error::invalid(
            Field::Named(field),
            Invalid::YearOutOfRange {
                min: *DAY_YEARS.start(),
                max: *DAY_YEARS.end(),
            },
        ));
    }
    Ok(day)
}

/// A time of day as a worker types it, written `HH:MM`: « 9h30 », « 9 h 30 », « 09:30 »,
/// « 9:30 », « 9.30 », « 14h », « 14 H » (spaces of any kind ignored, the minutes two digits when
/// given). `None` for anything else, an hour past 23 or minutes past 59 included.
pub fn parse_time(typed: &str) -> Option<String> {
    let s: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let (hours, minutes) = match s.find([':', 'h', '.']) {
        Some(at) => {
            let (hours, rest) = s.split_at(at);
            let minutes = &rest[1..];
            // « 9: » or « 9. » is unfinished; « 9h » is nine o'clock.
            if minutes.is_empty() && !rest.starts_with('h') {
                return None;
            }
            (hours, minutes)
        }
        None => (s.as_str(), ""),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours)
        || hours.len() > 2
        || !(minutes.is_empty() || minutes.len() == 2 && digits(minutes))
    {
        return None;
    }
    let h: u32 = hours.parse().ok()?;
    let m: u32 = if minutes.is_empty() {
        0
    } else {
        minutes.parse().ok()?
    };
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// Adds or changes an appointment; returns its id. Appointments stay sorted by day and time.
///
/// # Errors
/// [`Error::Required`] without a date; [`Error::InvalidField`] of the field at fault for a day
/// that is not one or out of [`DAY_YEARS`], or a time [`parse_time`] does not read;
/// [`Error::FieldTooLong`]; [`Error::NotFound`] for an unknown id.
pub fn save_appointment(case: &mut CaseFile, draft: &AppointmentDraft) -> Result<String> {
    let date = match draft.date.trim() {
        "" => Err(Error::required(Field::Named(Named::AppointmentDate))),
        _ => typed_day(&draft.date, Named::AppointmentDate),
    };
    let time = match draft.time.trim() {
        "" => Ok(None),
        typed => parse_time(typed).map(Some).ok_or_else(|| {
            Error::invalid(Field::Named(Named::AppointmentTime), Invalid::NotATypedTime)
        }),
    };
    // Each field at fault is said at once, in the form's order.
    let (date, time, place, note) = match (
        date,
        time,
        optional_text(&draft.place, MAX_TEXT, Named::AppointmentPlace),
        optional_text(&draft.note, MAX_NOTE, Named::AppointmentNote),
    ) {
        (Ok(date), Ok(time), Ok(place), Ok(note)) => (date, time, place, note),
        (d, t, p, n) => {
            return Err(Error::of_all(
                [d.err(), t.err(), p.err(), n.err()].into_iter().flatten(),
            ))
        }
    };
    let appointment = Appointment {
        id: draft.id.clone().unwrap_or_else(new_id),
        kind: draft.kind,
        date,
        time,
        place,
        note,
    };
    let id = appointment.id.clone();
    match &draft.id {
        Some(existing) => {
            let slot = case
                .appointments
                .iter_mut()
                .find(|a| &a.id == existing)
                .ok_or(Error::NotFound {
                    what: "appointment",
                })?;
            *slot = appointment;
        }
        None => case.appointments.push(appointment),
    }
    case.appointments
        .sort_by(|a, b| (a.date, &a.time).cmp(&(b.date, &b.time)));
    Ok(id)
}

/// Removes appointment `id`.
///
/// # Errors
/// [`Error::NotFound`].
pub fn delete_appointment(case: &mut CaseFile, id: &str) -> Result<()> {
    // One appointment, never every one with that id (as `delete_note`).
    let at = case
        .appointments
        .iter()
        .position(|a| a.id == id)
        .ok_or(Error::NotFound {
            what: "appointment",
        })?;
    case.appointments.remove(at);
    Ok(())
}

/// A residence application as typed in the case page's form.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ApplicationDraft {
    /// The application to change, by its place in the list; `None` for a new one.
    pub index: Option<usize>,
    /// What was applied for.
    pub route: RouteId,
    /// The day it was filed, day/month/year; empty when not known.
    #[serde(default)]
    pub filed_on: String,
    /// The prefecture's decision; `None` while it is awaited.
    pub outcome: Option<DecisionOutcome>,
    /// The day of the decision, day/month/year; empty when not known.
    #[serde(default)]
    pub decided_on: String,
    /// A recourse filed against the refusal; `None` when none is recorded.
    #[serde(default)]
    pub appeal: Option<AppealKind>,
    /// The day the recourse was filed, day/month/year; empty when not known.
    #[serde(default)]
    pub appealed_on: String,
    /// Its number on the ANEF; empty when not known or not filed there.
    #[serde(default)]
    pub anef_number: String,
}

/// A day typed for something that happened, or nothing when left empty.
fn optional_past_day(text: &str, today: NaiveDate, field: Named) -> Result<Option<NaiveDate>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let day = typed_day(text, field)?;
    if day > today {
        return Err(Error::invalid(Field::Named(field), Invalid::FutureDay));
    }
    Ok(Some(day))
}

/// The recourse a draft records against its refusal: only beside a refusal, on or after the
/// decision's day.
///
/// # Errors
/// [`Error::InvalidField`] for a day that is not one or is to come, a day without its recourse, a recourse beside a decision that is not a refusal, or one dated before the
/// decision.
fn recourse(
    draft: &ApplicationDraft,
    decided_on: Option<NaiveDate>,
    filed_on: Option<NaiveDate>,
) -> Result<Option<Appeal>> {
    let Some(kind) = draft.appeal else {
        return match filed_on {
            None => Ok(None),
            Some(_) => Err(Error::invalid(
                Field::Named(Named::ApplicationAppeal),
                Invalid::Missing,
            )),
        };
    };
    if draft.outcome != Some(DecisionOutcome::Refused) {
        return Err(Error::invalid(
            Field::Named(Named::ApplicationAppeal),
            Invalid::AppealNeedsRefusal,
        ));
    }
    if let (Some(decided), Some(appealed)) = (decided_on, filed_on) {
        if appealed < decided {
            return Err(Error::invalid(
                Field::Named(Named::ApplicationAppealedOn),
                Invalid::AppealBeforeDecision,
            ));
        }
    }
    Ok(Some(Appeal { kind, filed_on }))
}

/// Records an application, or changes the one the draft names; applications stay in the order
/// they were filed (those without a day last, in the order entered).
///
/// # Errors
/// [`Error::InvalidField`] of the field at fault for a day that is not one or is after `today`,
/// a decision day before the filing day, or a decision day without a decision;
/// [`Error::NotFound`] for an index past the list.
pub fn save_application(
    case: &mut CaseFile,
    draft: &ApplicationDraft,
    today: NaiveDate,
) -> Result<()> {
    // Every day typed is read first, and each one at fault is said at once (a form refused one
    // field at a time, a round trip each).
    let day = |text: &str, field| optional_past_day(text, today, field);
    let number = Some(draft.anef_number.trim())
        .filter(|n| !n.is_empty())
        .map(|n| {
            crate::model::limits::check_line(Field::Named(Named::ApplicationAnefNumber), n)
                .map(|()| n.to_string())
        })
        .transpose();
    let (filed_on, decided_on, appealed_on, anef_number) = match (
        day(&draft.filed_on, Named::ApplicationFiledOn),
        day(&draft.decided_on, Named::ApplicationDecidedOn),
        day(&draft.appealed_on, Named::ApplicationAppealedOn),
        number,
    ) {
        (Ok(filed), Ok(decided), Ok(appealed), Ok(number)) => (filed, decided, appealed, number),
        (f, d, a, n) => {
            return Err(Error::of_all(
                [f.err(), n.err(), d.err(), a.err()].into_iter().flatten(),
            ))
        }
    };
    let appeal = recourse(draft, decided_on, appealed_on)?;
    let decision = match (draft.outcome, decided_on) {
        (Some(outcome), date) => Some(ApplicationDecision {
            outcome,
            date,
            appeal,
        }),
        (None, None) => None,
        (None, Some(_)) => {
            return Err(Error::invalid(
                Field::Named(Named::ApplicationDecision),
                Invalid::Missing,
            ))
        }
    };
    if let (Some(filed), Some(decided)) = (filed_on, decided_on) {
        if decided < filed {
            return Err(Error::invalid(
                Field::Named(Named::ApplicationDecidedOn),
                Invalid::DecisionBeforeFiling,
            ));
        }
    }
    let application = Application {
        route: draft.route,
        filed_on,
        decision,
        anef_number,
    };
    match draft.index {
        Some(i) => {
            let slot = case.applications.get_mut(i).ok_or(Error::NotFound {
                what: "application",
            })?;
            *slot = application;
        }
        None => case.applications.push(application),
    }
    // Stable: applications filed the same day, or without a day, keep the order they were given.
    case.applications
        .sort_by_key(|a| (a.filed_on.is_none(), a.filed_on));
    Ok(())
}

/// Removes the application at `index`.
///
/// # Errors
/// [`Error::NotFound`] for an index past the list.
pub fn delete_application(case: &mut CaseFile, index: usize) -> Result<()> {
    if index >= case.applications.len() {
        return Err(Error::NotFound {
            what: "application",
        });
    }
    case.applications.remove(index);
    Ok(())
}

/// A day typed day/month/year for something that happened: empty means `today`; a later day is
/// refused.
///
/// # Errors
/// [`Error::InvalidDate`], [`Error::DateOutOfRange`] for a day after `today`.
pub fn past_day_or_today(text: &str, today: NaiveDate) -> Result<NaiveDate> {
    if text.trim().is_empty() {
        return Ok(today);
    }
    let day = parse_date(text).ok_or(Error::InvalidDate)?;
    if day > today || !day_in_range(day) {
        return Err(Error::DateOutOfRange);
    }
    Ok(day)
}

/// A consent decision as chosen in the form: what she said, and the day typed (empty: today).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsentDecisionDraft {
    /// Given, refused or withdrawn.
    pub status: ConsentStatus,
    /// The day, day/month/year, or empty for today.
    #[serde(default)]
    pub date: String,
}

/// The consent form: one decision per purpose (`None`: not asked yet) and the language the notice
/// was read in.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct ConsentDraft {
    /// Keeping her file.
    pub storage: Option<ConsentDecisionDraft>,
    /// Sending information to the prefecture.
    pub share_with_prefecture: Option<ConsentDecisionDraft>,
    /// Passing her file to a lawyer or another association.
    pub share_with_lawyer: Option<ConsentDecisionDraft>,
    /// A language tag (`uk`, `pt-BR`), or empty.
    #[serde(default)]
    pub notice_language: String,
}

/// The languages the consent notice can be given in, as codes: French (many West and Central
/// African women read it; the record is then in French alone, as her checklist), then the
/// languages it is translated into beside French: those of the checklist.
pub const NOTICE_LANGUAGES: &[&str] = crate::pdf::view::CHECKLIST_LANGUAGES;

/// The notice's language `tag` names (`UK` and `uk` alike). French of any region (`fr-CI`,
/// `fr-CD`) is French: the notice is the French text itself, as her checklist is for a
/// `person.languages` of `fr-CI`. A translation is named exactly: `pt-BR` is refused, the notice
/// being in the Portuguese of Portugal.
///
/// # Errors
/// [`Error::InvalidField`] `noticeLanguage` for a language the notice is not written in.
pub fn notice_language(tag: &str) -> Result<&'static str> {
    let mut tag = tag.trim().to_ascii_lowercase();
    if crate::i18n::primary_language(&tag) == "fr" && tag.len() > 3 && tag.as_bytes()[2] == b'-' {
        tag.truncate(2);
    }
    NOTICE_LANGUAGES
        .iter()
        .find(|l| **l == tag)
        .copied()
        .ok_or_else(|| {
            Error::invalid(
                Field::Named(Named::NoticeLanguage),
                Invalid::NotAmong {
                    choices: NOTICE_LANGUAGES.join(", "),
                },
            )
        })
}

/// The consent record a form describes, on `today`: with the notice version of the record it
/// replaces (`recorded`), the text she was given and the consent step shows again, else the
/// current one (review, 2026-12-07: re-saved on the « Dossier » tab, a version-1 record became
/// version 2 and printed a notice she was never given).
///
/// # Errors
/// [`Error::InvalidDate`], [`Error::DateOutOfRange`] for a decision dated after `today`;
/// [`Error::InvalidField`] `noticeLanguage` for something that is not a language tag or a
/// language the notice is not written in (never replaced by another);
/// [`Error::Required`] `noticeLanguage` when a decision is recorded without it.
pub fn consent_from_draft(
    draft: &ConsentDraft,
    recorded: Option<u32>,
    today: NaiveDate,
) -> Result<Consent> {
    let decision = |d: &Option<ConsentDecisionDraft>| -> Result<Option<ConsentDecision>> {
        d.as_ref()
            .map(|d| {
                Ok(ConsentDecision {
                    status: d.status,
                    date: Some(past_day_or_today(&d.date, today)?),
                })
            })
            .transpose()
    };
    let tag = draft.notice_language.trim();
    let is_tag = tag.len() <= 12
        && tag.split('-').all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
    if !tag.is_empty() && !is_tag {
        return Err(Error::invalid(
            Field::Named(Named::NoticeLanguage),
            Invalid::NotALanguage,
        ));
    }
    // A language the notice is not written in would print in another one: refused, never
    // replaced.
    let tag = if tag.is_empty() {
        None
    } else {
        Some(notice_language(tag)?)
    };
    let decided = [
        &draft.storage,
        &draft.share_with_prefecture,
        &draft.share_with_lawyer,
    ]
    .iter()
    .any(|d| d.is_some());
    if decided && tag.is_none() {
        return Err(Error::required(Field::Named(Named::NoticeLanguage)));
    }
    Ok(Consent {
        storage: decision(&draft.storage)?,
        share_with_prefecture: decision(&draft.share_with_prefecture)?,
        share_with_lawyer: decision(&draft.share_with_lawyer)?,
        notice_language: tag.map(str::to_string),
        notice_version: Some(recorded.unwrap_or(CONSENT_NOTICE_VERSION)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-26T10:00:00Z".parse().unwrap()
    }

    fn draft(date: &str, time: &str) -> AppointmentDraft {
        AppointmentDraft {
            id: None,
            kind: AppointmentKind::Court,
            date: date.into(),
            time: time.into(),
            place: "Tribunal judiciaire de Bobigny".into(),
            note: String::new(),
        }
    }

    fn application(
        filed: &str,
        outcome: Option<DecisionOutcome>,
        decided: &str,
    ) -> ApplicationDraft {
        ApplicationDraft {
            index: None,
            route: RouteId::CstL4251,
            filed_on: filed.into(),
            outcome,
            decided_on: decided.into(),
            appeal: None,
            appealed_on: String::new(),
            anef_number: String::new(),
        }
    }

    /// The notice can be given in French; every language it is translated into is offered too,
    /// and nothing else (issue 14).
    #[test]
    fn the_notice_is_given_in_french_or_a_language_it_is_translated_into() {
        assert_eq!(notice_language("FR").unwrap(), "fr");
        for lang in crate::pdf::view::CHECKLIST_LANGUAGES {
            assert_eq!(notice_language(lang).unwrap(), *lang);
        }
        assert!(notice_language("ti").is_err());
        assert!(notice_language("ukrainie").is_err());
        // French of any region is the French notice (stop 40's note: `fr-CI` was refused while
        // her languages `["fr-CI"]` gave her checklist in French); a translation is named exactly.
        for french in ["fr-CI", "FR-cd", " fr-FR "] {
            assert_eq!(notice_language(french).unwrap(), "fr", "{french}");
        }
        for other in ["pt-BR", "fra", "fr_", "fr-"] {
            assert!(notice_language(other).is_err(), "{other}");
        }
    }

    #[test]
    fn applications_are_recorded_in_filing_order_changed_and_removed() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut case = CaseFile::new(None, None);
        save_application(&mut case, &application("", None, ""), today).unwrap();
        save_application(&mut case, &application("03/09/2026", None, ""), today).unwrap();
        let mut reflection =
            application("12/03/2026", Some(DecisionOutcome::Granted), "12/03/2026");
        reflection.route = RouteId::ReflectionPeriod;
        save_application(&mut case, &reflection, today).unwrap();
        let days: Vec<_> = case.applications.iter().map(|a| a.filed_on).collect();
        assert_eq!(
            days,
            [
                NaiveDate::from_ymd_opt(2026, 3, 12),
                NaiveDate::from_ymd_opt(2026, 9, 3),
                None
            ]
        );
        // The card is refused; the application without a day is removed.
        let mut decided = application("03/09/2026", Some(DecisionOutcome::Refused), "20/11/2026");
        decided.index = Some(1);
        save_application(&mut case, &decided, today).unwrap();
        assert_eq!(
            case.applications[1].decision,
            Some(ApplicationDecision {
                outcome: DecisionOutcome::Refused,
                date: NaiveDate::from_ymd_opt(2026, 11, 20),
                appeal: None,
            })
        );
        delete_application(&mut case, 2).unwrap();
        assert_eq!(case.applications.len(), 2);
        assert!(matches!(
            delete_application(&mut case, 2),
            Err(Error::NotFound { .. })
        ));
    }

    /// A recourse against a refusal is recorded with it (UI review, 2026-12-05: « recours » had
    /// no place in the follow-up, the refusal stayed « without a sequel »); beside anything but a
    /// refusal, or dated before the decision, it is refused.
    #[test]
    fn a_recourse_is_recorded_against_a_refusal_only() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut case = CaseFile::new(None, None);
        let mut refused = application("03/09/2026", Some(DecisionOutcome::Refused), "02/10/2026");
        refused.appeal = Some(AppealKind::Court);
        refused.appealed_on = "20/10/2026".into();
        save_application(&mut case, &refused, today).unwrap();
        let appeal = case.applications[0]
            .decision
            .as_ref()
            .and_then(|d| d.appeal.clone());
        assert_eq!(
            appeal,
            Some(Appeal {
                kind: AppealKind::Court,
                filed_on: NaiveDate::from_ymd_opt(2026, 10, 20),
            })
        );
        let reason = |draft: &ApplicationDraft| match save_application(
            &mut CaseFile::new(None, None),
            draft,
            today,
        ) {
            Err(Error::InvalidField { reason, .. }) => Some(reason),
            _ => None,
        };
        let mut granted = refused.clone();
        granted.outcome = Some(DecisionOutcome::Granted);
        assert_eq!(reason(&granted), Some(Invalid::AppealNeedsRefusal));
        let mut early = refused.clone();
        early.appealed_on = "01/10/2026".into();
        assert_eq!(reason(&early), Some(Invalid::AppealBeforeDecision));
        let mut day_alone = refused.clone();
        day_alone.appeal = None;
        assert_eq!(reason(&day_alone), Some(Invalid::Missing));
        let mut undated = refused.clone();
        undated.appealed_on = String::new();
        let saved = save_application(&mut CaseFile::new(None, None), &undated, today);
        assert!(saved.is_ok(), "its day may be unknown: {saved:?}");
    }

    /// Each request on the ANEF has its own number, recorded with it (trimmed; empty: none); one
    /// that a letter could not print is refused on its own field, with a day at fault beside it.
    #[test]
    fn an_application_keeps_its_own_anef_number() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut case = CaseFile::new(None, None);
        let mut draft = application("03/09/2026", None, "");
        draft.anef_number = "  ANEF-93-2026-000123 ".into();
        save_application(&mut case, &draft, today).unwrap();
        assert_eq!(
            case.applications[0].anef_number.as_deref(),
            Some("ANEF-93-2026-000123")
        );
        draft.index = Some(0);
        draft.anef_number = "   ".into();
        save_application(&mut case, &draft, today).unwrap();
        assert_eq!(case.applications[0].anef_number, None);
        let mut bad = application("31/02/2026", None, "");
        bad.anef_number = "ANEF-93\n2026".into();
        let err = save_application(&mut case, &bad, today).unwrap_err();
        let fields: Vec<Option<&Field>> = err.each().iter().map(Error::field).collect();
        assert_eq!(
            fields,
            [
                Some(&Field::Named(Named::ApplicationFiledOn)),
                Some(&Field::Named(Named::ApplicationAnefNumber)),
            ]
        );
        bad.filed_on = String::new();
        bad.anef_number = "9".repeat(1000);
        assert!(matches!(
            save_application(&mut case, &bad, today),
            Err(Error::FieldTooLong {
                field: Field::Named(Named::ApplicationAnefNumber),
                ..
            })
        ));
        assert_eq!(case.applications.len(), 1, "nothing refused is recorded");
    }

    #[test]
    fn an_impossible_application_is_refused_and_changes_nothing() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut case = CaseFile::new(None, None);
        // Each refusal names the field at fault: the message says which of the form's three days
        // is wrong, and the screen puts the keyboard on it.
        let refused = [
            (
                application("27/11/2026", None, ""),
                Named::ApplicationFiledOn,
                Invalid::FutureDay,
            ),
            (
                application("03/09/2026", Some(DecisionOutcome::Granted), "02/09/2026"),
                Named::ApplicationDecidedOn,
                Invalid::DecisionBeforeFiling,
            ),
            (
                application("03/09/2026", None, "20/11/2026"),
                Named::ApplicationDecision,
                Invalid::Missing,
            ),
            (
                application("31/02/2026", None, ""),
                Named::ApplicationFiledOn,
                Invalid::NotATypedDay,
            ),
            (
                application("03/09/2026", Some(DecisionOutcome::Granted), "3/9/1026"),
                Named::ApplicationDecidedOn,
                Invalid::YearOutOfRange {
                    min: 1900,
                    max: 2999,
                },
            ),
        ];
        for (draft, field, why) in refused {
            match save_application(&mut case, &draft, today) {
                Err(Error::InvalidField {
                    field: Field::Named(at),
                    reason,
                }) => assert_eq!((at, reason), (field, why), "{draft:?}"),
                other => panic!("{draft:?}: refused with its field, not {other:?}"),
            }
        }
        // Two days at fault, both named at once, in the form's order (they were refused one a
        // round trip); the day that is right is not.
        let mut two = application("31/02/2026", Some(DecisionOutcome::Refused), "27/11/2026");
        two.appealed_on = "20/11/2026".into();
        let err = save_application(&mut case, &two, today).unwrap_err();
        let fields: Vec<Option<&Field>> = err.each().iter().map(Error::field).collect();
        assert_eq!(
            fields,
            [
                Some(&Field::Named(Named::ApplicationFiledOn)),
                Some(&Field::Named(Named::ApplicationDecidedOn)),
            ]
        );
        assert_eq!(err.code(), "input.several");
        // And an appointment's date and time alike.
        let err = save_appointment(&mut case, &draft("", "25:00")).unwrap_err();
        let fields: Vec<Option<&Field>> = err.each().iter().map(Error::field).collect();
        assert_eq!(
            fields,
            [
                Some(&Field::Named(Named::AppointmentDate)),
                Some(&Field::Named(Named::AppointmentTime)),
            ]
        );
        assert!(case.appointments.is_empty());
        let mut unknown = application("", None, "");
        unknown.index = Some(0);
        assert!(matches!(
            save_application(&mut case, &unknown, today),
            Err(Error::NotFound { .. })
        ));
        assert!(case.applications.is_empty());
    }

    #[test]
    fn notes_are_added_edited_and_deleted_by_id() {
        let mut case = CaseFile::new(None, None);
        let id = add_note(&mut case, "  Interprète à prévoir.  ", now(), None).unwrap();
        assert_eq!(case.notes[0].text, "Interprète à prévoir.");
        assert_eq!(case.notes[0].at, now(), "the app sets the time");
        edit_note(&mut case, &id, "Interprète russe à prévoir.").unwrap();
        assert_eq!(case.notes[0].text, "Interprète russe à prévoir.");
        assert!(matches!(
            add_note(&mut case, "   ", now(), None),
            Err(Error::Required { .. })
        ));
        delete_note(&mut case, &id).unwrap();
        assert!(case.notes.is_empty());
        assert!(matches!(
            delete_note(&mut case, &id),
            Err(Error::NotFound { .. })
        ));
    }

    /// A case stored with two notes of one id (before the import refused it): « delete » takes
    /// one, never both (security review, 2026-12-05).
    #[test]
    fn deleting_by_an_id_two_entries_share_removes_one() {
        let mut case = CaseFile::new(None, None);
        let id = add_note(&mut case, "Première.", now(), None).unwrap();
        add_note(&mut case, "Seconde.", now(), None).unwrap();
        case.notes[1].id = id.clone();
        delete_note(&mut case, &id).unwrap();
        assert_eq!(case.notes.len(), 1);
        assert_eq!(case.notes[0].text, "Seconde.");
        let a = save_appointment(&mut case, &draft("15/01/2027", "")).unwrap();
        save_appointment(&mut case, &draft("16/01/2027", "")).unwrap();
        case.appointments[1].id = a.clone();
        delete_appointment(&mut case, &a).unwrap();
        assert_eq!(case.appointments.len(), 1);
    }

    #[test]
    fn appointments_stay_in_date_order_and_check_what_was_typed() {
        let mut case = CaseFile::new(None, None);
        save_appointment(&mut case, &draft("15/01/2027", "")).unwrap();
        let id = save_appointment(&mut case, &draft("03/12/2026", "14:30")).unwrap();
        assert_eq!(case.appointments[0].id, id);
        assert_eq!(case.appointments[0].time.as_deref(), Some("14:30"));
        assert_eq!(case.appointments[1].time, None, "an empty time is none");
        let mut moved = draft("20/01/2027", "09:00");
        moved.id = Some(id.clone());
        save_appointment(&mut case, &moved).unwrap();
        assert_eq!(case.appointments[1].id, id, "moved after the other one");
        // Each refusal names its field: the message says which, the screen focuses it.
        let refused = |d: &AppointmentDraft| {
            let mut case = case.clone();
            match save_appointment(&mut case, d) {
                Err(Error::InvalidField {
                    field: Field::Named(field),
                    reason,
                }) => (field, reason),
                other => panic!("refused with its field, not {other:?}"),
            }
        };
        assert_eq!(
            refused(&draft("31/02/2027", "")),
            (Named::AppointmentDate, Invalid::NotATypedDay)
        );
        assert_eq!(refused(&draft("12/03/1026", "")).0, Named::AppointmentDate);
        assert_eq!(
            refused(&draft("01/02/2027", "9h75")),
            (Named::AppointmentTime, Invalid::NotATypedTime)
        );
        let mut long = draft("01/02/2027", "");
        long.place = "x".repeat(MAX_TEXT + 1);
        assert!(matches!(
            save_appointment(&mut case, &long),
            Err(Error::FieldTooLong {
                field: Field::Named(Named::AppointmentPlace),
                ..
            })
        ));
        assert_eq!(case.appointments.len(), 2, "refused drafts change nothing");
        delete_appointment(&mut case, &id).unwrap();
        assert_eq!(case.appointments.len(), 1);
    }

    #[test]
    fn a_time_is_read_as_a_french_worker_writes_it() {
        for (typed, time) in [
            ("9h30", "09:30"),
            ("9 h 30", "09:30"),
            ("9\u{202f}h\u{202f}30", "09:30"),
            ("09:30", "09:30"),
            ("9:30", "09:30"),
            ("9.30", "09:30"),
            ("14h", "14:00"),
            ("14 H", "14:00"),
            ("14H05", "14:05"),
            ("0h00", "00:00"),
            ("23:59", "23:59"),
            (" 8 ", "08:00"),
        ] {
            assert_eq!(parse_time(typed).as_deref(), Some(time), "{typed}");
        }
        // What the edit form gives back, in either language, is read as the time it stands for.
        for time in ["09:30", "14:00", "00:05", "23:59"] {
            for lang in ["fr", "en"] {
                let shown = crate::i18n::format::time_of_day(time, lang);
                assert_eq!(parse_time(&shown).as_deref(), Some(time), "{shown}");
            }
        }
        for bad in [
            "",
            "h",
            "9:",
            "9.",
            "24h",
            "9h60",
            "9h5",
            "930",
            "0930",
            "9h30h",
            "neuf heures",
            "9:30:00",
            "-1h",
            "9h3a",
            "１０h",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        let mut case = CaseFile::new(None, None);
        save_appointment(&mut case, &draft("03/12/2026", "9 h 30")).unwrap();
        assert_eq!(case.appointments[0].time.as_deref(), Some("09:30"));
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn a_typed_day_or_today_and_never_a_day_to_come() {
        assert_eq!(past_day_or_today("  ", today()).unwrap(), today());
        assert_eq!(
            past_day_or_today("02/10/2026", today()).unwrap(),
            NaiveDate::from_ymd_opt(2026, 10, 2).unwrap()
        );
        assert!(matches!(
            past_day_or_today("27/11/2026", today()),
            Err(Error::DateOutOfRange)
        ));
        assert!(matches!(
            past_day_or_today("31/02/2026", today()),
            Err(Error::InvalidDate)
        ));
    }

    #[test]
    fn the_consent_form_becomes_a_record_of_the_current_notice() {
        let draft: ConsentDraft = serde_json::from_str(
            r#"{"storage": {"status": "given", "date": ""},
                "shareWithPrefecture": {"status": "refused", "date": "02/10/2026"},
                "shareWithLawyer": null,
                "noticeLanguage": " UK "}"#,
        )
        .unwrap();
        let consent = consent_from_draft(&draft, None, today()).unwrap();
        assert_eq!(
            consent.storage,
            Some(ConsentDecision {
                status: ConsentStatus::Given,
                date: Some(today())
            })
        );
        assert_eq!(
            consent.share_with_prefecture.unwrap().date,
            NaiveDate::from_ymd_opt(2026, 10, 2)
        );
        assert_eq!(consent.share_with_lawyer, None);
        assert_eq!(consent.notice_language.as_deref(), Some("uk"));
        assert_eq!(consent.notice_version, Some(CONSENT_NOTICE_VERSION));
        // Choices changed on a record of version 1 (a withdrawal on the « Dossier » tab) keep the
        // notice she was given (review, 2026-12-07).
        let kept = consent_from_draft(&draft, Some(1), today()).unwrap();
        assert_eq!(kept.notice_version, Some(1));
        let mut bad = draft.clone();
        bad.notice_language = "ukrainien <b>".into();
        assert!(matches!(
            consent_from_draft(&bad, None, today()),
            Err(Error::InvalidField {
                field: Field::Named(Named::NoticeLanguage),
                ..
            })
        ));
        // « ukrainien » cut to eight letters, or a language the notice is not written in:
        // refused, never printed in English instead.
        for tag in ["ukrainie", "ti", "pt-BR"] {
            let mut other = draft.clone();
            other.notice_language = tag.into();
            assert!(
                matches!(
                    consent_from_draft(&other, None, today()),
                    Err(Error::InvalidField {
                        field: Field::Named(Named::NoticeLanguage),
                        reason: Invalid::NotAmong { .. },
                    })
                ),
                "{tag}"
            );
        }
        let mut silent = draft.clone();
        silent.notice_language = String::new();
        assert!(
            matches!(
                consent_from_draft(&silent, None, today()),
                Err(Error::Required {
                    field: Field::Named(Named::NoticeLanguage)
                })
            ),
            "her choices need the language she was told them in"
        );
        let mut later = draft;
        later.storage = Some(ConsentDecisionDraft {
            status: ConsentStatus::Withdrawn,
            date: "01/12/2026".into(),
        });
        assert!(matches!(
            consent_from_draft(&later, None, today()),
            Err(Error::DateOutOfRange)
        ));
    }
}
