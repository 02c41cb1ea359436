//! What the screens show about cases, computed and worded here so that the UI only places text:
//! the case list ([`list`]), the dashboard of deadlines and appointments ([`dashboard`]) and the
//! page of one case ([`case`]).
//!
//! Rust owns time and formatting: every date arrives formatted for the UI language, with how far
//! it is from today ("in 12 days"). Names are replaced by initials when the worker hides names
//! (shared rooms): the names then never reach the page at all.

pub mod case;
pub mod dashboard;
pub mod list;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::format::date_long;
use crate::i18n::L10n;
use crate::legal::labels;
use crate::legal::{Deadline, DeadlineKind};
use crate::model::case::{AppointmentKind, CaseFile};

/// How a person is named on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// « OKAFOR Amina ».
    Shown,
    /// « O. A. ».
    Hidden,
}

impl Names {
    /// Names or initials, from the worker's choice.
    pub fn hidden(hidden: bool) -> Names {
        if hidden {
            Names::Hidden
        } else {
            Names::Shown
        }
    }

    /// The name of `case` as this mode shows it, in `lang`; an unnamed case gets « (sans nom) ».
    pub fn of(self, case: &CaseFile, lang: &str) -> String {
        self.pick(&case.display_name(), &case.initials(), lang)
    }

    /// The name or the initials stored for a case (the derived index), as this mode shows them,
    /// in `lang`; an unnamed case gets « (sans nom) », not a bare « ? » a screen reader reads as
    /// « point d'interrogation ».
    pub fn pick(self, display_name: &str, initials: &str, lang: &str) -> String {
        let unnamed = || L10n::get().format(lang, "case-unnamed", &[]);
        match self {
            _ if display_name.trim().is_empty() => unnamed(),
            // Not derived yet (a store just upgraded: `derived` catches up in the background).
            Names::Hidden if initials.is_empty() => "?".to_string(),
            Names::Hidden => initials.to_string(),
            Names::Shown => display_name.to_string(),
        }
    }
}

/// How far a day is from today, as a selector for the `when` messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum When {
    /// Before yesterday.
    Past,
    /// Yesterday.
    Yesterday,
    /// Today.
    Today,
    /// Tomorrow.
    Tomorrow,
    /// After tomorrow.
    Future,
}

impl When {
    /// Where `date` stands from `today`, and the number of days between them.
    pub fn of(date: NaiveDate, today: NaiveDate) -> (When, i64) {
        let days = (date - today).num_days();
        let when = match days {
            i64::MIN..=-2 => When::Past,
            -1 => When::Yesterday,
            0 => When::Today,
            1 => When::Tomorrow,
            _ => When::Future,
        };
        (when, days.abs())
    }
}

/// « dans 12 jours », « il y a 3 jours », « demain ».
pub fn relative_day(date: NaiveDate, today: NaiveDate, lang: &str) -> String {
    let (when, days) = When::of(date, today);
    L10n::get().format(
        lang,
        "when-day",
        &[
            ("when", crate::codes::code(when).to_string()),
            // Grouped as her language writes numbers (UI review, 2026-12-07: « dans 1500 jours »).
            (
                "days",
                crate::i18n::format::integer(days.unsigned_abs(), lang),
            ),
        ],
    )
}

/// A deadline, worded for the screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DeadlineLine {
    /// Which deadline (`renewal-window-closes`…).
    pub kind: DeadlineKind,
    /// The day, ISO (for sorting and tests; the UI shows the labels).
    pub date: NaiveDate,
    /// « Fin de la période de renouvellement : 16 novembre 2026 ».
    pub label: String,
    /// « 16 novembre 2026 ».
    pub date_label: String,
    /// « dans 12 jours ».
    pub relative: String,
    /// Where the day stands from today.
    pub when: When,
    /// The day is before today.
    pub passed: bool,
    /// Computed from a legal duration because the case does not record the date.
    pub estimated: bool,
    /// The rule behind it needs a jurist's confirmation.
    pub confirm_by_jurist: bool,
    /// The articles behind it, cited the French way (« CESEDA, art. R. 431-5 »).
    pub legal_basis: Vec<String>,
    /// For the planned filing, when a window still open closes before it: « Prévu après la fin de
    /// la période de renouvellement (16 novembre 2026) : avancez le dépôt. »
    pub caution: Option<String>,
}

/// The articles whose number is to be confirmed in the pack in use: the one that derived the
/// index's deadlines, which the dashboard and the list show.
pub(super) fn to_confirm() -> &'static [String] {
    &crate::legal::RulePack::active().article_numbers_to_confirm
}

/// Words every deadline of `list` in `lang`; an article of `to_confirm` is cited with « numéro
/// d’article à confirmer » ([`labels::articles`]).
pub fn deadline_lines(
    list: Vec<Deadline>,
    today: NaiveDate,
    lang: &str,
    to_confirm: &[String],
) -> Vec<DeadlineLine> {
    list.into_iter()
        .map(|d| DeadlineLine {
            label: labels::deadline(lang, &d),
            kind: d.kind,
            date: d.date,
            date_label: date_long(d.date, lang),
            relative: relative_day(d.date, today, lang),
            when: When::of(d.date, today).0,
            passed: d.passed,
            estimated: d.estimated,
            confirm_by_jurist: d.confirm_by_jurist,
            legal_basis: labels::articles(lang, &d.legal_basis, to_confirm, |b| cite(b, lang)),
            caution: labels::planned_filing_caution(lang, &d, today),
        })
        .collect()
}

/// An appointment's kind, day and place, worded: what the case page and the dashboard both show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppointmentLine {
    /// Its kind.
    pub kind: AppointmentKind,
    /// « Audience au tribunal ».
    pub kind_label: String,
    /// « 3 décembre 2026 ».
    pub date_label: String,
    /// « 3 décembre 2026 à 14 h 30 », or the day alone.
    pub when_label: String,
    /// « dans 7 jours ».
    pub relative: String,
    /// Where the day stands from today.
    pub when: When,
    /// `14:30`, as the form takes it, if known.
    pub time: Option<String>,
    /// Where, if known.
    pub place: Option<String>,
}

impl AppointmentLine {
    /// Words the appointment of `kind` on `date` (at `time`, at `place`) for `today`, in `lang`.
    pub fn new(
        kind: AppointmentKind,
        date: NaiveDate,
        time: Option<String>,
        place: Option<String>,
        today: NaiveDate,
        lang: &str,
    ) -> AppointmentLine {
        let when_label = match &time {
            Some(time) => L10n::get().format(
                lang,
                "appointment-when",
                &[
                    ("date", date_long(date, lang)),
                    ("time", crate::i18n::format::time_of_day(time, lang)),
                ],
            ),
            None => date_long(date, lang),
        };
        let kind_label = format!("appointment-kind-{}", crate::codes::code(kind));
        AppointmentLine {
            kind,
            kind_label: L10n::get().format(lang, &kind_label, &[]),
            date_label: date_long(date, lang),
            when_label,
            relative: relative_day(date, today, lang),
            when: When::of(date, today).0,
            time,
            place,
        }
    }
}

/// An article as French lawyers write it: « CESEDA L425-1 » → « CESEDA, art. L. 425-1 »,
/// « Code pénal 225-4-1 » → « Code pénal, art. 225-4-1 ». The other sources the pack cites (a
/// ruling, a circular, a decree, a service-public.fr sheet…) are written by their `legal-source-`
/// message in `lang`, their date as `lang` writes dates (English-mode review, 2026-12-07:
/// « CNDA 30 mars 2017 n° 16015058 » beside an English sentence). Anything else is returned as
/// it is, « n° » keeping its number on the same line.
pub fn cite(basis: &str, lang: &str) -> String {
    const CODES: [&str; 5] = [
        "CESEDA",
        "CASF",
        "Code pénal",
        "Code civil",
        "Code de procédure pénale",
    ];
    for code in CODES {
        let Some(article) = basis.strip_prefix(code).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let mut chars = article.chars();
        let first = chars.next();
        let article = match first {
            Some(letter @ ('L' | 'R' | 'D'))
                if chars.next().is_some_and(|c| c.is_ascii_digit()) =>
            {
                format!("{letter}.\u{a0}{}", &article[1..])
            }
            Some(c) if c.is_ascii_digit() => article.to_string(),
            _ => continue,
        };
        return format!("{code}, art.\u{a0}{article}");
    }
    match source(basis) {
        Some((id, args)) => {
            let args: Vec<(&str, String)> = args
                .into_iter()
                .map(|(name, value)| match value {
                    SourcePart::Date(d) => (name, date_long(d, lang)),
                    SourcePart::Text(t) => (name, t.to_string()),
                })
                .collect();
            L10n::get().format(lang, id, &args)
        }
        None => basis.replace("n° ", "n°\u{a0}"),
    }
}

/// A part of a source's citation: a day, or words kept as written (a number, a court, a
/// paragraph).
enum SourcePart<'a> {
    Date(NaiveDate),
    Text(&'a str),
}

/// The `legal-source-` message and its arguments for a source the pack cites, as the pack
/// writes it (« CE 16 octobre 2019 n° 418328 », « Circulaire du 19 mai 2015 §3.1.4 »,
/// « Décret n° 2024-811 du 8 juillet 2024 », « F32257 (31 juillet 2024) »…); `None` for any
/// other shape.
fn source(basis: &str) -> Option<(&'static str, Vec<(&'static str, SourcePart<'_>)>)> {
    let date = |text: &str| french_date(text).map(SourcePart::Date);
    // « <words> du <date><rest> »: the rest a paragraph, or nothing.
    let dated = |prefix: &str| -> Option<(SourcePart<'_>, &str)> {
        let rest = basis.strip_prefix(prefix)?;
        let (day, rest) = split_french_date(rest)?;
        Some((SourcePart::Date(day), rest))
    };
    if let Some((day, rest)) = dated("Circulaire du ") {
        return Some((
            "legal-source-circular",
            vec![("date", day), ("paragraph", SourcePart::Text(rest))],
        ));
    }
    for (prefix, id) in [
        ("Arrêté du ", "legal-source-order"),
        (
            "Accord franco-algérien du ",
            "legal-source-franco-algerian-agreement",
        ),
    ] {
        if let Some((day, "")) = dated(prefix) {
            return Some((id, vec![("date", day)]));
        }
    }
    for (prefix, id) in [
        ("Décret n° ", "legal-source-decree"),
        ("Ordonnance n° ", "legal-source-ordinance"),
    ] {
        if let Some((number, day)) = basis
            .strip_prefix(prefix)
            .and_then(|r| r.split_once(" du "))
        {
            return Some((
                id,
                vec![("number", SourcePart::Text(number)), ("date", date(day)?)],
            ));
        }
    }
    // A ruling: « CE 16 octobre 2019 n° 418328 ».
    for court in ["CE", "CNDA"] {
        if let Some((day, number)) = basis
            .strip_prefix(court)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| r.split_once(" n° "))
        {
            return Some((
                "legal-source-ruling",
                vec![
                    ("court", SourcePart::Text(court)),
                    ("date", date(day)?),
                    ("number", SourcePart::Text(number)),
                ],
            ));
        }
    }
    // A service-public.fr sheet and the day it was read: « F32257 (31 juillet 2024) ».
    let (sheet, day) = basis.strip_suffix(')')?.split_once(" (")?;
    let is_sheet =
        sheet.len() > 1 && sheet.starts_with('F') && sheet[1..].chars().all(|c| c.is_ascii_digit());
    is_sheet.then_some(())?;
    Some((
        "legal-source-sheet",
        vec![("sheet", SourcePart::Text(sheet)), ("date", date(day)?)],
    ))
}

/// « 1er juillet 2024 », « 8 juillet 2024 » as a day.
fn french_date(text: &str) -> Option<NaiveDate> {
    match split_french_date(text)? {
        (day, "") => Some(day),
        _ => None,
    }
}

/// The French day at the start of `text` (« 19 mai 2015 ») and what follows it.
fn split_french_date(text: &str) -> Option<(NaiveDate, &str)> {
    let mut words = text.splitn(4, ' ');
    let day = words.next()?;
    let day: u32 = if day == "1er" { 1 } else { day.parse().ok()? };
    let month = words.next()?;
    let month = crate::i18n::format::FR_MONTHS
        .iter()
        .position(|m| *m == month)? as u32
        + 1;
    let year: i32 = words.next()?.parse().ok()?;
    let rest = words.next().map_or("", |r| r);
    let rest_at = text.len() - rest.len();
    let rest = if rest.is_empty() {
        ""
    } else {
        &text[rest_at - 1..]
    };
    Some((NaiveDate::from_ymd_opt(year, month, day)?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::d;

    #[test]
    fn a_case_with_no_name_is_said_to_have_none_in_either_mode() {
        let unnamed = CaseFile::new(None, None);
        for names in [Names::Shown, Names::Hidden] {
            assert_eq!(names.of(&unnamed, "fr"), "(sans nom)");
            assert_eq!(names.of(&unnamed, "en"), "(no name)");
            assert_eq!(names.pick("  ", "?", "fr"), "(sans nom)");
            assert_eq!(names.pick("", "", "en"), "(no name)");
        }
        let named = CaseFile::new(Some("OKAFOR".into()), Some("Amina".into()));
        assert_eq!(Names::Hidden.of(&named, "fr"), "O.\u{a0}A.");
        assert_eq!(
            Names::Shown.pick("OKAFOR Amina", "O. A.", "fr"),
            "OKAFOR Amina"
        );
    }

    #[test]
    fn articles_are_cited_the_french_way() {
        let cite = |b: &str| cite(b, "fr");
        assert_eq!(cite("CESEDA L425-1"), "CESEDA, art.\u{a0}L.\u{a0}425-1");
        assert_eq!(
            cite("CESEDA R431-15-1"),
            "CESEDA, art.\u{a0}R.\u{a0}431-15-1"
        );
        assert_eq!(cite("Code pénal 225-4-1"), "Code pénal, art.\u{a0}225-4-1");
        assert_eq!(cite("CASF L121-9"), "CASF, art.\u{a0}L.\u{a0}121-9");
        assert_eq!(cite("Directive 2004/38/CE"), "Directive 2004/38/CE");
        assert_eq!(
            cite("CE 16 octobre 2019 n° 418328"),
            "CE, 16\u{a0}octobre\u{a0}2019, n°\u{a0}418328"
        );
    }

    /// English-mode review, 2026-12-07: « CNDA 30 mars 2017 n° 16015058 » and « Circulaire du
    /// 19 mai 2015 §3.1.4 » stood beside English sentences. Every source the embedded pack cites
    /// is written in English with English dates, and in French as French lawyers write it.
    #[test]
    fn every_source_the_pack_cites_is_written_in_the_ui_language() {
        let en = |b: &str| cite(b, "en");
        assert_eq!(
            en("CNDA 30 mars 2017 n° 16015058"),
            "CNDA, 30 March 2017, no. 16015058"
        );
        assert_eq!(
            en("Circulaire du 19 mai 2015 §3.1.4"),
            "Circular of 19 May 2015 §3.1.4"
        );
        assert_eq!(
            en("Arrêté du 1er juillet 2024"),
            "Order (arrêté) of 1 July 2024"
        );
        assert_eq!(
            en("Décret n° 2024-811 du 8 juillet 2024"),
            "Decree no. 2024-811 of 8 July 2024"
        );
        assert_eq!(
            en("F32257 (31 juillet 2024)"),
            "service-public.fr sheet F32257 (31 July 2024)"
        );
        assert_eq!(
            cite("Arrêté du 1er juillet 2024", "fr"),
            "Arrêté du 1er\u{a0}juillet\u{a0}2024"
        );
        let months = crate::i18n::format::FR_MONTHS;
        let pack = crate::legal::RulePack::embedded();
        let rules = pack.rules();
        let cited = rules.iter().flat_map(|r| r.legal_basis);
        for basis in cited {
            let english = en(basis);
            assert!(
                !months.iter().any(|m| english.contains(m)) && !english.contains('{'),
                "{basis} → {english}"
            );
            assert!(!cite(basis, "fr").contains('{'), "{basis}");
        }
    }

    #[test]
    fn days_are_told_relative_to_today() {
        let today = d(2026, 11, 26);
        assert_eq!(When::of(d(2026, 12, 8), today), (When::Future, 12));
        assert_eq!(When::of(d(2026, 11, 27), today), (When::Tomorrow, 1));
        assert_eq!(When::of(today, today), (When::Today, 0));
        assert_eq!(When::of(d(2026, 11, 20), today), (When::Past, 6));
        assert_eq!(
            relative_day(d(2026, 12, 8), today, "fr"),
            "dans 12\u{a0}jours"
        );
        assert_eq!(relative_day(d(2026, 11, 20), today, "en"), "6 days ago");
        assert_eq!(relative_day(d(2026, 11, 27), today, "en"), "tomorrow");
        let far = d(2031, 1, 3);
        assert_eq!(When::of(far, today), (When::Future, 1499));
        assert_eq!(
            relative_day(far, today, "fr"),
            "dans 1\u{202f}499\u{a0}jours"
        );
        assert_eq!(relative_day(far, today, "en"), "in 1,499 days");
    }
}
