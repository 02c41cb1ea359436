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
//! Each question is declared once, in `questions.rs`: its id, step, kind, options, when it is
//! asked and where its answer lives. This module is generic over those declarations.
//!
//! Branching is [`applies`]: a question is asked only when the facts make it relevant (the
//! complaint's date once a complaint is recorded, the child-welfare questions for a person under
//! 19, the documents of the route the assessment points to). A question that stops applying
//! because its parent's answer changed ("complaint: no") has its answer erased, so that no stale
//! fact keeps steering the rules; [`QuestionId::parent`] says which answers an answer may erase,
//! and the UI asks before erasing.
//!
//! Which documents are asked about, and which are required, come from the legal analysis of the
//! case: the checklist of the route it points to ([`document_checklist`]). Computing it runs the
//! whole assessment, so a request computes it once and passes it to every function here, none of
//! which assesses anything.
//!
//! [`view`] turns all this into localised screens (worker language, person language side by side).

mod questions;
pub mod stored;
pub mod view;

use std::str::FromStr;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::VariantArray;

use crate::error::{Invalid, Named};
use crate::geo::{CommuneKind, Geo};
use crate::legal::{self, Checklist};
use crate::model::case::{CaseFile, DatePrecision, Document, DocumentStatus, PieceKind};
use crate::{codes, Error, Result};
use questions::{Field, NullMeans, Options, Parent, FIXED};
pub use questions::{Keeps, QuestionId};

use QuestionId as Q;

/// The steps of the interview, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    pub const ALL: &'static [Step] = <Step as VariantArray>::VARIANTS;

    /// The id used in URLs and message ids (`public-order`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Parses a step id.
    pub fn parse(s: &str) -> Option<Step> {
        s.parse().ok()
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

/// The languages the interview can show beside the worker's, from the `interview.ftl` files
/// present. French is one: a worker who chose English interviews a person who reads French
/// (review of the English UI, 2026-12-05: English was offered, French was not). The screens
/// never show a language beside itself ([`view`]).
pub fn person_languages() -> &'static [String] {
    static LANGS: OnceLock<Vec<String>> = OnceLock::new();
    LANGS.get_or_init(|| {
        let mut langs: Vec<String> = crate::i18n::files()
            .into_iter()
            .filter(|(_, f)| *f == "interview.ftl")
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

/// True for a country whose nationals the letters can name (not a territory without a
/// nationality of its own).
fn has_nationality(code: &str) -> bool {
    crate::countries::get(code).is_some_and(|c| c.has_nationality())
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
    /// A date known only to the year or the month (its first day).
    ApproxDate(NaiveDate, DatePrecision),
    /// A number.
    Number(u32),
}

impl Current {
    /// True unless the question is still to be asked.
    pub fn is_answered(&self) -> bool {
        !matches!(self, Current::Unanswered)
    }

    /// One code.
    fn code(code: impl Into<String>) -> Current {
        Current::Codes(vec![code.into()])
    }
}

/// An answer given in the interview, as the UI sends it (and as the view gives an answer back to
/// restore it, [`view::ErasedAnswer`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    /// A date after today is possible (an expiry, a planned filing); other dates are in the past.
    pub future_allowed: bool,
    /// A year (« 1998 ») or a month and year (« 04/1998 ») is accepted, recorded as approximate:
    /// the birth date, which many people do not know to the day.
    pub approximate: bool,
}

impl QuestionId {
    /// The id used by the UI and in the case file's marks (`complaint-date`,
    /// `document-status.passport`).
    pub fn as_string(self) -> String {
        match self.document_kind() {
            Some(kind) => format!("{}.{}", self.message_key(), codes::code(kind)),
            None => self.message_key().to_string(),
        }
    }

    /// The message key of the question (`document-status` for every document kind).
    pub fn message_key(self) -> &'static str {
        self.def().id
    }

    /// Parses a question id.
    pub fn parse(s: &str) -> Option<QuestionId> {
        if let Some((key, kind)) = s.split_once('.') {
            let kind = PieceKind::from_str(kind).ok()?;
            return document_questions(kind).find(|q| q.message_key() == key);
        }
        FIXED.iter().copied().find(|q| q.message_key() == s)
    }

    /// The kind of document a document question is about.
    pub fn document_kind(self) -> Option<PieceKind> {
        match self {
            Q::DocumentStatus(kind)
            | Q::DocumentDate(kind)
            | Q::DocumentNumber(kind)
            | Q::DocumentExpires(kind) => Some(kind),
            _ => None,
        }
    }

    /// Its step, kind and flags.
    pub fn spec(self) -> Spec {
        self.def().spec
    }

    /// The question whose answer decides whether this one is asked, with the test of the codes of
    /// that answer that keep it asked. Answering the parent otherwise erases this answer.
    pub fn parent(self) -> Option<(QuestionId, Keeps)> {
        let (parent, keeps) = self.def().parent?;
        let parent = match parent {
            Parent::Question(q) => q,
            Parent::SameDocument(of) => of(self.document_kind()?),
        };
        Some((parent, keeps))
    }

    /// The codes this question offers (empty for dates, text and numbers unless they have a
    /// special answer, like [`NOT_FILED`]).
    pub fn codes(self, case: &CaseFile) -> Vec<String> {
        match self.def().options {
            Options::None => Vec::new(),
            Options::Codes(codes) => codes().into_iter().map(str::to_string).collect(),
            // Countries with a nationality of their own (UI review, 2026-12-05: Antarctique and
            // Anguilla were offered, and the letters refuse them), and one already recorded.
            Options::Countries => {
                let recorded = case.person.nationality.as_deref();
                country_codes()
                    .iter()
                    .map(|c| c.to_ascii_uppercase())
                    .filter(|c| has_nationality(c) || recorded == Some(c.as_str()))
                    .chain(["stateless".to_string()])
                    .collect()
            }
            // Her first nationality is no other one of hers (UI review, 2026-12-05: offered, and
            // taken twice).
            Options::OtherCountries => {
                let first = case.person.nationality.as_deref();
                let others = &case.person.other_nationalities;
                country_codes()
                    .iter()
                    .map(|c| c.to_ascii_uppercase())
                    .filter(|c| {
                        (has_nationality(c) && first != Some(c.as_str())) || others.contains(c)
                    })
                    .collect()
            }
            Options::Languages => language_codes().to_vec(),
            Options::Communes => communes_of(postcode(case).unwrap_or_default())
                .into_iter()
                .map(|(insee, _)| insee.to_string())
                .collect(),
            Options::DocumentStatuses => {
                let kind = self.document_kind();
                let taken = kind.is_some_and(|k| {
                    k.may_be_confiscated()
                        || document(case, k)
                            .is_some_and(|d| d.status == DocumentStatus::Confiscated)
                });
                codes::all::<DocumentStatus>()
                    .into_iter()
                    .filter(|c| taken || *c != codes::code(DocumentStatus::Confiscated))
                    .map(str::to_string)
                    .collect()
            }
        }
    }

    /// True if and only if the facts of `case` make the question relevant on `today`. A document
    /// question is also only asked for the kinds the checklist lists (see [`applies`]).
    fn asked(self, case: &CaseFile, today: NaiveDate) -> bool {
        match self.def().field {
            Field::Case { asked, .. } => asked(case, today),
            Field::Document { asked, .. } => self.document_kind().is_some_and(|k| asked(case, k)),
        }
    }

    /// The value the case file holds, before the marks are consulted. `None` is `null`.
    fn read(self, case: &CaseFile) -> Option<Current> {
        match self.def().field {
            Field::Case { read, .. } => read(case),
            Field::Document { read, .. } => document(case, self.document_kind()?).and_then(read),
        }
    }

    fn write(self, case: &mut CaseFile, given: Given) {
        match self.def().field {
            Field::Case { write, .. } => write(case, given),
            Field::Document { write, .. } => {
                if let Some(kind) = self.document_kind() {
                    write(case, kind, given)
                }
            }
        }
    }

    /// What `null` means once the question was answered: "no" where the case file reads `null`
    /// as none, an empty list for lists; `None` where `null` only means "not known".
    fn answered_null(self) -> Option<Current> {
        match self.def().null {
            NullMeans::Unknown => None,
            NullMeans::Code(code) => Some(Current::code(code)),
            NullMeans::Empty if self.spec().kind == Kind::Lines => Some(Current::Lines(Vec::new())),
            NullMeans::Empty => Some(Current::Codes(Vec::new())),
        }
    }
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

/// The checklist of the route the case points to: the part of the case's legal analysis the
/// interview reads (which documents to ask about, which are required). Computing it runs the
/// whole assessment: compute it once per request and pass it down.
pub fn document_checklist(case: &CaseFile, today: NaiveDate) -> Checklist {
    legal::checklist(case, legal::default_route(case, today), today)
}

/// The documents the interview asks about: those of `checklist` (with the accepted
/// alternatives), then any other kind the case already records.
pub fn document_kinds(case: &CaseFile, checklist: &Checklist) -> Vec<PieceKind> {
    let mut kinds: Vec<PieceKind> = Vec::new();
    for item in &checklist.items {
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

/// True if and only if `q` is to be asked for `case` on `today`; `checklist` is the case's
/// ([`document_checklist`]).
pub fn applies(q: QuestionId, case: &CaseFile, checklist: &Checklist, today: NaiveDate) -> bool {
    let listed = match q {
        Q::DocumentStatus(k) => document_kinds(case, checklist).contains(&k),
        _ => true,
    };
    listed && q.asked(case, today)
}

/// True if and only if `q` may stay unanswered without being flagged: optional by nature (an
/// alias, a reference), or a document that is only an accepted alternative, or that the route
/// does not require.
pub fn is_optional(q: QuestionId, checklist: &Checklist) -> bool {
    match q.document_kind() {
        Some(kind) => !checklist.items.iter().any(|i| i.id == kind && !i.optional),
        None => q.spec().optional,
    }
}

/// Every question to ask for `case` on `today`, in order.
pub fn questions(case: &CaseFile, checklist: &Checklist, today: NaiveDate) -> Vec<QuestionId> {
    let mut out: Vec<QuestionId> = FIXED
        .iter()
        .copied()
        .filter(|q| q.asked(case, today))
        .collect();
    for k in document_kinds(case, checklist) {
        out.push(Q::DocumentStatus(k));
        out.extend(
            document_questions(k)
                .skip(1)
                .filter(|q| q.asked(case, today)),
        );
    }
    out
}

/// The questions of `step`, in order.
pub fn step_questions(
    case: &CaseFile,
    step: Step,
    checklist: &Checklist,
    today: NaiveDate,
) -> Vec<QuestionId> {
    questions(case, checklist, today)
        .into_iter()
        .filter(|q| q.spec().step == step)
        .collect()
}

/// The required questions still unanswered, in order.
fn unanswered<'a>(
    case: &'a CaseFile,
    checklist: &'a Checklist,
    today: NaiveDate,
) -> impl Iterator<Item = QuestionId> + 'a {
    questions(case, checklist, today)
        .into_iter()
        .filter(move |q| !is_optional(*q, checklist) && !current(*q, case).is_answered())
}

/// The first step with a required question still unanswered, else the last step: where to
/// resume an interview.
pub fn resume_step(case: &CaseFile, checklist: &Checklist, today: NaiveDate) -> Step {
    unanswered(case, checklist, today)
        .next()
        .map_or(Step::Documents, |q| q.spec().step)
}

/// How many required questions are still unanswered (the review's count, without building it).
pub fn unanswered_count(case: &CaseFile, checklist: &Checklist, today: NaiveDate) -> u32 {
    unanswered(case, checklist, today).count() as u32
}

fn document(case: &CaseFile, kind: PieceKind) -> Option<&Document> {
    case.documents.iter().find(|d| d.kind == kind)
}

/// The current answer to `q`: the case file's value if it has one, else what the marks say.
pub fn current(q: QuestionId, case: &CaseFile) -> Current {
    if let Some(v) = q.read(case) {
        return v;
    }
    let id = q.as_string();
    let marks = &case.interview;
    if marks.not_established.contains(&id) {
        return Current::NotEstablished;
    }
    if marks.answered.contains(&id) {
        if let Some(v) = q.answered_null() {
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

/// Parses a date the person may know only in part: a full date as [`parse_date`] reads it, a
/// month and year (`04/1998`, `4/1998`, `04.1998`) or a year (`1998`). A partial date is its first
/// day, with the precision that says so.
pub fn parse_approx_date(text: &str) -> Option<(NaiveDate, Option<DatePrecision>)> {
    if let Some(d) = parse_date(text) {
        return Some((d, None));
    }
    let parts: Vec<&str> = text
        .trim()
        .split(['/', '.', '-', ' '])
        .filter(|s| !s.is_empty())
        .collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if y.len() == 4 && digits(y) => Some((
            NaiveDate::from_ymd_opt(y.parse().ok()?, 1, 1)?,
            Some(DatePrecision::Year),
        )),
        [m, y] if y.len() == 4 && m.len() <= 2 && digits(y) && digits(m) => Some((
            NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?,
            Some(DatePrecision::Month),
        )),
        _ => None,
    }
}

fn invalid(q: QuestionId, reason: Invalid) -> Error {
    Error::invalid(crate::error::Field::Question(q.as_string()), reason)
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

/// What the UI sent, read for its question.
enum Given {
    /// A null answer: "not established", or withdrawn.
    Null,
    Codes(Vec<String>),
    Text(Option<String>),
    Lines(Vec<String>),
    /// A date, and how much of it is known (`None`: the day).
    Date(Option<NaiveDate>, Option<DatePrecision>),
    Number(Option<u32>),
}

impl Given {
    fn text(self) -> Option<String> {
        match self {
            Given::Text(t) => t,
            _ => None,
        }
    }

    fn lines(self) -> Vec<String> {
        match self {
            Given::Lines(l) => l,
            _ => Vec::new(),
        }
    }

    fn codes(self) -> Vec<String> {
        match self {
            Given::Codes(c) => c,
            _ => Vec::new(),
        }
    }

    /// The one code of a choice.
    fn code(&self) -> Option<&str> {
        match self {
            Given::Codes(c) => c.first().map(String::as_str),
            _ => None,
        }
    }

    /// The code of a choice, as the enum value it names.
    fn parsed<T: FromStr>(&self) -> Option<T> {
        self.code().and_then(|c| c.parse().ok())
    }

    fn yes(&self) -> Option<bool> {
        self.code().map(|c| c == "yes")
    }

    fn date(&self) -> Option<NaiveDate> {
        match self {
            Given::Date(d, _) => *d,
            _ => None,
        }
    }

    /// How much of the date is known: `None` for the exact day.
    fn precision(&self) -> Option<DatePrecision> {
        match self {
            Given::Date(_, p) => *p,
            _ => None,
        }
    }

    fn number(&self) -> Option<u32> {
        match self {
            Given::Number(n) => *n,
            _ => None,
        }
    }
}

fn read_answer(q: QuestionId, answer: &Answer, case: &CaseFile, today: NaiveDate) -> Result<Given> {
    let spec = q.spec();
    let allowed = q.codes(case);
    let check = |c: &str| -> Result<String> {
        if allowed.iter().any(|a| a == c) {
            Ok(c.to_string())
        } else {
            Err(invalid(q, Invalid::UnknownValue))
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
            // What the letter prints is what the page shows: a direction override or an
            // invisible character pasted with the text is taken out (line breaks kept).
            let visible = crate::model::limits::without_invisible(t);
            let t = visible.trim();
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
                return Err(invalid(
                    q,
                    Invalid::TooMany {
                        max: MAX_ALIASES as u32,
                    },
                ));
            }
            Given::Lines(lines)
        }
        (Kind::Date, Answer::Text(t)) if t.trim().is_empty() => Given::Date(None, None),
        (Kind::Date, Answer::Text(t)) => {
            let (d, precision) = if spec.approximate {
                parse_approx_date(t).ok_or(Error::InvalidDate)?
            } else {
                // « 09/2026 » is a date without its day, not a date that does not exist (UI
                // review, 2026-12-05).
                let needs_day = || match parse_approx_date(t) {
                    Some((_, Some(_))) => Error::DateNeedsDay,
                    _ => Error::InvalidDate,
                };
                (parse_date(t).ok_or_else(needs_day)?, None)
            };
            if !crate::model::case::day_in_range(d) || (!spec.future_allowed && d > today) {
                return Err(Error::DateOutOfRange);
            }
            Given::Date(Some(d), precision)
        }
        (Kind::Number, Answer::Text(t)) if t.trim().is_empty() => Given::Number(None),
        (Kind::Number, Answer::Text(t)) => {
            let n: u32 = t.trim().parse().map_err(|_| Error::InvalidNumber)?;
            if n > MAX_RENEWALS {
                return Err(Error::InvalidNumber);
            }
            Given::Number(Some(n))
        }
        _ => return Err(invalid(q, Invalid::WrongAnswer)),
    })
}

/// Records `answer` to `q` in `case`, with the marks, and erases the answers that stop applying
/// because of it. Nothing is changed on error. `checklist` is the case's before the answer
/// ([`document_checklist`]).
///
/// # Errors
/// [`Error::InvalidDate`], [`Error::DateOutOfRange`], [`Error::InvalidNumber`],
/// [`Error::TooLong`] for what a person typed; [`Error::InvalidField`] for a code the question
/// does not offer or a question that does not apply (a UI bug).
pub fn answer(
    case: &mut CaseFile,
    q: QuestionId,
    answer: &Answer,
    checklist: &Checklist,
    today: NaiveDate,
) -> Result<()> {
    if !applies(q, case, checklist, today) {
        return Err(invalid(q, Invalid::NotAsked));
    }
    let given = read_answer(q, answer, case, today)?;
    let mut next = case.clone();
    q.write(&mut next, given);
    // A document that ends before it was issued is a slip of the keyboard: refused, the case
    // unchanged (read as written, its renewal window and its end would mislead).
    if matches!(q, QuestionId::PermitIssued | QuestionId::PermitExpires) {
        let dates = next.current_permit.as_ref().map(|p| (p.issued, p.expires));
        if let Some((Some(issued), Some(expires))) = dates {
            if expires < issued {
                // The issue day typed last conflicts with an end already recorded (perhaps the
                // previous document's, kept when its kind changed): say which to type first.
                let reason = match q {
                    QuestionId::PermitIssued => Invalid::StartAfterRecordedEnd,
                    _ => Invalid::EndBeforeStart,
                };
                return Err(invalid(q, reason));
            }
        }
    }
    // A day of her life before her birth is a slip too (« 12/03/1926 » for 2026): the letters
    // refuse it, so it is refused here, where it is typed. A contradiction the case already held
    // (a case file written elsewhere) does not block other answers; the assessment flags it.
    if typed_day_before_birth(case, today).is_none()
        && typed_day_before_birth(&next, today).is_some()
    {
        let reason = match q {
            QuestionId::BirthDate => Invalid::BirthAfterRecordedDay,
            _ => Invalid::BeforeBirth,
        };
        return Err(invalid(q, reason));
    }
    let id = q.as_string();
    let has_value = q.read(&next).is_some() || q.answered_null().is_some();
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

/// The first day of her life before her birth ([`CaseFile::day_before_birth`]) among those the
/// interview shows on `today`: a document's day only where its date question is asked, for the
/// first document of its kind, the one the question reads (review, 2026-12-05: a passport's day
/// from an imported file, never shown, refused a right birth date). The others are the
/// assessment's warning to name.
fn typed_day_before_birth(case: &CaseFile, today: NaiveDate) -> Option<(String, NaiveDate)> {
    let (born, _) = case.person.birth_range()?;
    case.days_after_birth().into_iter().find(|(field, day)| {
        let shown = match case.document_index_of_path(field) {
            Some(i) => {
                let kind = case.documents[i].kind;
                case.documents.iter().position(|d| d.kind == kind) == Some(i)
                    && QuestionId::DocumentDate(kind).asked(case, today)
            }
            None => true,
        };
        shown && *day < born
    })
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
            let kept = child
                .parent()
                .is_some_and(|(_, keeps)| code.is_some_and(keeps));
            !kept && current(*child, case).is_answered()
        })
        .collect()
}

/// The codes of `q` that keep the questions below it asked.
fn codes_keeping_children(q: QuestionId, case: &CaseFile) -> Vec<String> {
    let keeps: Vec<Keeps> = children(q)
        .into_iter()
        .filter_map(|child| child.parent().map(|(_, keeps)| keeps))
        .collect();
    if keeps.is_empty() {
        return Vec::new();
    }
    q.codes(case)
        .into_iter()
        .filter(|c| keeps.iter().any(|keeps| keeps(c)))
        .collect()
}

/// The questions about one kind of document, in order: whether she has it first.
fn document_questions(kind: PieceKind) -> impl Iterator<Item = QuestionId> {
    [
        Q::DocumentStatus(kind),
        Q::DocumentDate(kind),
        Q::DocumentNumber(kind),
        Q::DocumentExpires(kind),
    ]
    .into_iter()
}

/// Every question the interview can ask, whatever the case: the fixed ones in order, then the
/// questions of each kind of document.
pub fn all_questions() -> impl Iterator<Item = QuestionId> {
    FIXED.iter().copied().chain(
        PieceKind::VARIANTS
            .iter()
            .flat_map(|k| document_questions(*k)),
    )
}

fn children(q: QuestionId) -> Vec<QuestionId> {
    all_questions()
        .filter(|c| c.parent().is_some_and(|(p, _)| p == q))
        .collect()
}

/// Children are never document-status questions, the only ones the checklist decides: whether
/// they still apply is a matter of the case's facts alone.
fn erase_stale_children(case: &mut CaseFile, q: QuestionId, today: NaiveDate) {
    for child in children(q) {
        if !child.asked(case, today) {
            child.write(case, Given::Null);
            let id = child.as_string();
            case.interview.answered.retain(|x| *x != id);
            case.interview.not_established.retain(|x| *x != id);
            erase_stale_children(case, child, today);
        }
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
            return Err(Error::invalid(
                crate::error::Field::Named(Named::InterviewLanguage),
                Invalid::UnknownValue,
            ));
        }
    }
    let language = language
        .map(str::to_string)
        .or_else(|| suggested_language(case));
    case.interview.side_by_side = side_by_side && language.is_some();
    case.interview.person_language = language;
    Ok(())
}

/// With no language chosen for the interview yet, takes the one she was given the consent notice
/// in, French aside (the interface's): the questions then show beside French in it, as the
/// notice did (UI review, 2026-12-05: the worker chose it twice, on the first two steps, in front
/// of her). A language already chosen is never replaced.
pub fn adopt_notice_language(case: &mut CaseFile) {
    if case.interview.person_language.is_some() {
        return;
    }
    let notice = case
        .consent
        .as_ref()
        .and_then(|c| c.notice_language.clone());
    if let Some(language) = notice
        .filter(|l| l.as_str() != crate::i18n::DEFAULT_LANGUAGE && person_languages().contains(l))
    {
        case.interview.person_language = Some(language);
        case.interview.side_by_side = true;
    }
}

/// The person's language the interview can show, if any: the chosen one, else the first of the
/// languages she speaks that has a translation, French aside (the interface's own language by
/// default: a worker in English chooses it).
pub fn suggested_language(case: &CaseFile) -> Option<String> {
    case.interview
        .person_language
        .clone()
        .filter(|l| person_languages().contains(l))
        .or_else(|| {
            case.person
                .languages
                .iter()
                .filter(|l| l.as_str() != crate::i18n::DEFAULT_LANGUAGE)
                .find(|l| person_languages().contains(l))
                .cloned()
        })
}

#[cfg(test)]
mod tests;
