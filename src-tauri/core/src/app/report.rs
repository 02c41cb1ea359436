//! The association's activity report (« Rapport d'activité »): computed in memory from the vault
//! for a period, worded in French, as PDF or CSV, saved where the worker chooses, and recorded in
//! the audit log with its period and format only (docs/activity-report.md).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{placed_once_recorded, FileOffer, FrontEnd, Request};
use crate::db::audit::{self, Action, Event};
use crate::db::settings;
use crate::error::{Field, Invalid, Named};
use crate::pdf::ActivityReportView;
use crate::report::{self, ActivityReport, Period};
use crate::{Error, Result};

/// The file a report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReportFormat {
    /// A4 PDF, to print or send.
    Pdf,
    /// CSV, UTF-8, semicolon-separated.
    Csv,
}

impl ReportFormat {
    /// `pdf`, `csv`: the extension, and the audit log's word.
    pub fn code(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Csv => "csv",
        }
    }

    /// The format of a file named `name` (by its extension, in any case).
    ///
    /// # Errors
    /// [`Error::InvalidField`] for another extension.
    pub fn of_file_name(name: &str) -> Result<ReportFormat> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".pdf") {
            Ok(ReportFormat::Pdf)
        } else if lower.ends_with(".csv") {
            Ok(ReportFormat::Csv)
        } else {
            Err(Error::invalid(
                Field::Named(Named::ReportFormat),
                Invalid::NotAmong {
                    choices: ".pdf, .csv".into(),
                },
            ))
        }
    }
}

/// What happened to a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportSaved {
    /// Where it went, if anywhere.
    #[serde(flatten)]
    pub file: super::documents::SavedFile,
    /// The period has too few persons to publish safely: the report says so.
    pub too_small: bool,
    /// A report already written over a period that overlaps this one without being it, its
    /// days in words ([`overlapping`]).
    pub overlaps: Option<PeriodWords>,
}

/// A period, its days in words (« 1er janvier 2026 »).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PeriodWords {
    /// Its first day.
    pub from: String,
    /// Its last day.
    pub to: String,
}

/// A report already written (the audit log keeps each one's period and a digest of its figures)
/// over a period that overlaps the one from `from` to `to`: two such reports, set side by side,
/// can be subtracted, and what changed between them may be one person (review, 2026-12-04: two
/// reports a day apart gave one person's age band, nationality, exploitation and cooperation).
/// The same period counts too when its figures were different (a case added since), given
/// `figures` ([`figures`]); the most recent such.
///
/// # Errors
/// The vault locked or unreadable; a period that ends before it starts.
pub fn overlapping(
    req: &Request<'_>,
    from: NaiveDate,
    to: NaiveDate,
    figures: Option<&str>,
) -> Result<Option<Period>> {
    let period = Period::new(from, to)?;
    let filter = audit::Filter {
        action: Some(Action::ReportWritten.as_str().into()),
        ..Default::default()
    };
    let written = req
        .vault()
        .read(|c| audit::list_matching(c, &filter, 10_000, None))?;
    Ok(written
        .iter()
        .filter_map(|e| {
            let day = |key: &str| e.detail[key].as_str()?.parse::<NaiveDate>().ok();
            let p = Period {
                from: day("from")?,
                to: day("to")?,
            };
            let overlaps = p.from <= period.to && period.from <= p.to;
            let other_figures = match (e.detail["figures"].as_str(), figures) {
                (Some(then), Some(now)) => then != now,
                _ => false,
            };
            (overlaps && (p != period || other_figures)).then_some(p)
        })
        .next())
}

/// A digest of a report's published figures (16 hexadecimal digits of their SHA-256): two reports
/// of one period with the same digest say the same, and can be compared safely. The figures are
/// already suppressed; the digest names no one.
pub fn figures(facts: &ActivityReport) -> String {
    use sha2::{Digest, Sha256};
    let json = serde_json::to_vec(facts).unwrap_or_default();
    Sha256::digest(&json)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The period from `from` to `to` ([`Period::new`]), refused when it starts after today: it
/// would count every case open today as accompanied in it (review, 2026-12-07: a report of 2030).
fn period(req: &Request<'_>, from: NaiveDate, to: NaiveDate) -> Result<Period> {
    let period = Period::new(from, to)?;
    if period.from > req.today {
        return Err(Error::invalid(
            Field::Named(Named::ReportPeriod),
            Invalid::PeriodNotStarted,
        ));
    }
    Ok(period)
}

/// The report of the period from `from` to `to`, as facts (the CLI prints them as JSON).
/// Nothing is recorded: nothing leaves the vault.
///
/// # Errors
/// [`Error::InvalidField`] when `to` comes before `from`; the vault locked.
pub fn facts(req: &Request<'_>, from: NaiveDate, to: NaiveDate) -> Result<ActivityReport> {
    let period = period(req, from, to)?;
    req.vault().read(|c| report::from_store(c, period))
}

/// The report's bytes in `format`, and its facts. Its title names `association` when given (the
/// command line's `--association`), else the association of the settings.
fn render(
    req: &Request<'_>,
    period: Period,
    format: ReportFormat,
    association: Option<&str>,
) -> Result<(Vec<u8>, ActivityReport)> {
    let (facts, recorded) = req.vault().read(|c| {
        Ok((
            report::from_store(c, period)?,
            settings::association(c)?.map(|a| a.name),
        ))
    })?;
    let association = association.or(recorded.as_deref());
    let view = ActivityReportView::build(&facts, association, req.today);
    let bytes = match format {
        ReportFormat::Pdf => crate::pdf::render_activity_report(&view)?,
        ReportFormat::Csv => report::csv::render(&view),
    };
    Ok((bytes, facts))
}

/// Computes the report of the period from `from` to `to` in `format`, asks the front end where
/// to save it (`None`: cancelled, nothing recorded), writes it there and records it in the audit
/// log (period and format only), in one transaction.
///
/// # Errors
/// [`Error::InvalidField`] when `to` comes before `from`; the vault locked; a write that fails.
pub fn save(
    req: &Request<'_>,
    from: NaiveDate,
    to: NaiveDate,
    format: ReportFormat,
    front: &mut dyn FrontEnd,
) -> Result<ReportSaved> {
    req.require_unlocked()?;
    let period = period(req, from, to)?;
    let (bytes, facts) = render(req, period, format, None)?;
    let offer = FileOffer {
        title: req.text("report-dialog-title", &[]),
        file_name: format!(
            "{}.{}",
            req.text(
                "report-file-name",
                &[("from", from.to_string()), ("to", to.to_string())]
            ),
            format.code()
        ),
        extension: format.code(),
    };
    let Some(path) = req.destination(front.export_to(&offer), None)? else {
        return Ok(ReportSaved {
            file: super::documents::SavedFile::default(),
            too_small: facts.too_small,
            overlaps: None,
        });
    };
    let overlaps = overlapping(req, from, to, Some(&figures(&facts)))?.map(|p| PeriodWords {
        from: req.day(p.from),
        to: req.day(p.to),
    });
    placed_once_recorded(&path, |write| {
        write_and_record(req, period, format, &facts, &bytes, write)
    })?;
    Ok(ReportSaved {
        file: super::documents::SavedFile::at(&path),
        too_small: facts.too_small,
        overlaps,
    })
}

/// The period the report form proposes, typed day/month/year: this year from the 1st of January
/// to today, or, until the end of March, the whole of last year — the year a funder asks about
/// (UI review, 2026-12-05: the form opened empty, and an empty day was « Cette date n'existe
/// pas »).
pub fn proposed_period(req: &Request<'_>) -> PeriodWords {
    use chrono::Datelike;
    let today = req.today;
    let year = if today.month() <= 3 {
        today.year() - 1
    } else {
        today.year()
    };
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let last = NaiveDate::from_ymd_opt(year, 12, 31)
        .unwrap_or(today)
        .min(today);
    let typed = |d| crate::i18n::format::date_short(d, "fr");
    PeriodWords {
        from: typed(first),
        to: typed(last),
    }
}

/// [`save`] for days as the worker typed them (day/month/year, or `YYYY-MM-DD`).
///
/// # Errors
/// [`Error::InvalidDate`] for a day that does not parse; as [`save`].
pub fn save_typed(
    req: &Request<'_>,
    from: &str,
    to: &str,
    format: ReportFormat,
    front: &mut dyn FrontEnd,
) -> Result<ReportSaved> {
    let day = |typed: &str, named| {
        if typed.trim().is_empty() {
            return Err(Error::required(Field::Named(named)));
        }
        crate::interview::parse_date(typed.trim())
            .or_else(|| typed.trim().parse().ok())
            .ok_or(Error::InvalidDate)
    };
    save(
        req,
        day(from, Named::ReportPeriod)?,
        day(to, Named::ReportPeriod)?,
        format,
        front,
    )
}

/// Computes the report and gives its bytes to `write` (the CLI's `--out`), recording it in the
/// same transaction: if the write fails, nothing is recorded. The title names `association` when
/// given (review, 2026-12-04: from the command line, where the settings' profile cannot be
/// recorded, the title always asked for it), else the settings' association.
///
/// # Errors
/// As [`save`].
pub fn write(
    req: &Request<'_>,
    (from, to): (NaiveDate, NaiveDate),
    format: ReportFormat,
    association: Option<&str>,
    write: impl FnOnce(&[u8]) -> Result<()>,
) -> Result<ActivityReport> {
    req.require_unlocked()?;
    let period = period(req, from, to)?;
    let (bytes, facts) = render(req, period, format, association)?;
    write_and_record(req, period, format, &facts, &bytes, write)?;
    Ok(facts)
}

fn write_and_record(
    req: &Request<'_>,
    period: Period,
    format: ReportFormat,
    facts: &ActivityReport,
    bytes: &[u8],
    write: impl FnOnce(&[u8]) -> Result<()>,
) -> Result<()> {
    req.vault().write_logged(|_| {
        write(bytes)?;
        let event = Event::new(Action::ReportWritten, req.now).detail(json!({
            "from": period.from.to_string(),
            "to": period.to.to_string(),
            "format": format.code(),
            "figures": figures(facts),
        }));
        Ok(((), event))
    })?;
    log::info!("activity report written ({})", format.code());
    Ok(())
}
