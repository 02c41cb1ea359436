//! The interview as screens: one step at a time, every text already in the worker's language and,
//! side by side, in the person's; and the review of every answer before any document.
//!
//! Message ids (`assets/locales/<lang>/interview.ftl`, the same ids in every language):
//! `iv-step-<step>`, `iv-q-<question>`, `iv-opt-yes`, `iv-opt-no`, `iv-opt-not-established`,
//! `iv-opt-<question>-<code>` for the choices, `iv-welcome`, `iv-worker-only`, `iv-none`. The
//! worker's explanations are `ivh-<question>` in `interview-worker.ftl` (French and English only:
//! they are never shown to the person). Document names come from `legal.ftl` (worker) and
//! `pdf.ftl` (person), country and language names from `names.ftl`.

use chrono::NaiveDate;
use serde::Serialize;

use super::questions::Options;
use super::{
    answers_erased_by, codes_keeping_children, current, is_optional, person_languages, questions,
    Answer, Current, Kind, QuestionId, Step,
};
use crate::codes::code;
use crate::i18n::format::{approx_date_long, approx_date_short, date_long, date_short};
use crate::i18n::L10n;
use crate::legal::Checklist;
use crate::model::case::CaseFile;
use crate::overview::Names;
use crate::text::fold;

/// One possible answer, in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OptionView {
    /// The language-neutral code sent back with the answer.
    pub code: String,
    /// In the worker's language.
    pub label: String,
    /// In the person's language, when side by side and translated.
    pub person_label: Option<String>,
    /// A language's name in that language (« українська »), so that she can point to hers,
    /// when it differs from `label` and the interface's fonts draw its script.
    pub own_name: Option<String>,
    /// Shown first, before the rest of a long list: the languages of her nationality and those
    /// most often spoken by the people the associations meet; the nationalities most often met.
    pub common: bool,
}

/// Languages the associations most often meet, whatever the person's nationality (an estimate
/// from the nationalities of identified victims in France: Nigeria, Romania, China, Bulgaria,
/// Brazil, Ukraine, Morocco, Côte d'Ivoire, Cameroon, Albania, Viet Nam).
const COMMON_LANGUAGES: &[&str] = &[
    "en", "fr", "pcm", "bin", "ro", "zh", "bg", "pt", "es", "ru", "uk", "ar", "sq", "vi",
];

/// Nationalities the associations most often meet (the same estimate), shown first among her
/// other nationalities: two hundred countries were two hundred Tab stops (UI review,
/// 2026-12-05). Her main nationality's neighbours are not guessed.
const COMMON_COUNTRIES: &[&str] = &[
    "NG", "RO", "CN", "BG", "BR", "UA", "MA", "CI", "CM", "AL", "VN", "GH", "DZ",
];

/// The languages of a nationality (ISO 3166 alpha-2), for the nationalities most often met.
fn languages_of(country: &str) -> &'static [&'static str] {
    match country {
        "NG" => &["en", "pcm", "bin", "yo", "ig", "ha"],
        "GH" => &["en", "tw"],
        "UA" => &["uk", "ru"],
        "RU" | "BY" | "KZ" | "KG" | "UZ" | "TJ" | "MD" => &["ru", "ro"],
        "GE" => &["ka", "ru"],
        "AM" => &["hy", "ru"],
        "CN" => &["zh"],
        "RO" => &["ro"],
        "BG" => &["bg"],
        "AL" | "XK" => &["sq"],
        "RS" => &["sr"],
        "BA" => &["bs", "hr", "sr"],
        "MK" => &["mk", "sq"],
        "VN" => &["vi"],
        "BR" | "AO" | "MZ" | "GW" | "CV" | "PT" => &["pt"],
        "MA" | "DZ" | "TN" => &["ar", "tzm", "kab", "fr"],
        "EG" | "LY" | "SY" | "IQ" | "SD" | "LB" | "JO" => &["ar"],
        "CI" | "BF" => &["fr", "dyu"],
        "ML" => &["fr", "bm", "snk"],
        "SN" | "GM" | "MR" => &["fr", "wo", "ff"],
        "GN" => &["fr", "ff"],
        "CM" => &["fr", "en", "pcm"],
        "CD" | "CG" => &["fr", "ln", "kg"],
        "ER" => &["ti"],
        "ET" => &["am", "ti"],
        "SO" => &["so"],
        "AF" => &["prs", "ps"],
        "IR" => &["fa"],
        "PK" => &["ur"],
        "IN" => &["hi"],
        "BD" => &["bn"],
        "NP" => &["ne"],
        "LK" => &["ta"],
        "PH" => &["tl"],
        "TH" => &["th"],
        "MN" => &["mn"],
        "HT" => &["ht", "fr"],
        "TR" => &["tr", "ku"],
        "CO" | "VE" | "PE" | "EC" | "DO" | "BO" | "PY" | "AR" | "MX" | "CU" | "ES" => &["es"],
        _ => &[],
    }
}

/// A language's name in itself, for the scripts the interface's fonts draw (Latin, Cyrillic,
/// Arabic, Chinese, Armenian, Georgian); `None` for the others, rather than empty boxes. Written
/// as the language itself writes it in running text (CLDR's autonyms): a capital where the
/// language gives its name one (« Deutsch », « Kiswahili »), none where it does not
/// (« română », « български », « русский »).
pub(crate) fn own_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "sq" => "shqip",
        "de" => "Deutsch",
        "en" => "English",
        "ar" => "العربية",
        "hy" => "հայերեն",
        "bm" => "bamanankan",
        "bs" => "bosanski",
        "bg" => "български",
        "ht" => "kreyòl ayisyen",
        "hr" => "hrvatski",
        "prs" => "دری",
        "dyu" => "julakan",
        "bin" => "Ẹ̀dó",
        "es" => "español",
        "fr" => "français",
        "ka" => "ქართული",
        "ha" => "Hausa",
        "ig" => "Asụsụ Igbo",
        "it" => "italiano",
        "kab" => "Taqbaylit",
        "kg" => "Kikongo",
        "ku" => "Kurdî",
        "ln" => "lingála",
        "mk" => "македонски",
        "mn" => "монгол",
        "nl" => "Nederlands",
        "ur" => "اردو",
        "ps" => "پښتو",
        "fa" => "فارسی",
        "ff" => "Pulaar",
        "pcm" => "Naijá",
        "pl" => "polski",
        "pt" => "português",
        "ro" => "română",
        "ru" => "русский",
        "sr" => "српски",
        "so" => "Soomaali",
        "snk" => "Sooninkanxanne",
        "sw" => "Kiswahili",
        "tl" => "Tagalog",
        "tzm" => "Tamaziɣt",
        "tr" => "Türkçe",
        "tw" => "Twi",
        "uk" => "українська",
        "vi" => "Tiếng Việt",
        "wo" => "Wolof",
        "yo" => "Yorùbá",
        "zh" => "中文",
        _ => return None,
    })
}

/// Where a question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AnswerState {
    /// To be asked.
    Unanswered,
    /// Answered "not established".
    NotEstablished,
    /// Answered.
    Given,
}

/// A question, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuestionView {
    /// The question id (`complaint-date`).
    pub id: String,
    /// Its step.
    pub step: Step,
    /// How it is answered.
    pub kind: Kind,
    /// The question, in the worker's language.
    pub label: String,
    /// The question in the person's language (side by side), or the notice that it is for the
    /// worker.
    pub person_label: Option<String>,
    /// An explanation for the worker (the rule behind the question).
    pub help: Option<String>,
    /// For the worker, not read to the person.
    pub worker_only: bool,
    /// Never flagged when left empty.
    pub optional: bool,
    /// Holds a name: masked when names are hidden.
    pub sensitive: bool,
    /// The codes it offers (and special answers of date questions).
    pub options: Vec<OptionView>,
    /// Where it stands.
    pub state: AnswerState,
    /// Selected codes.
    pub codes: Vec<String>,
    /// The value for a text field: text, lines joined by newlines, a date as `12/04/1998`.
    pub text: String,
    /// The answer in words, in the worker's language (`None` while unanswered).
    pub display: Option<String>,
    /// How many answers below this one an answer outside `keeps` would erase.
    pub dependent_answers: u32,
    /// Those answers, in words, and how to give each back (« Rétablir »): parents before
    /// their children.
    pub erasable: Vec<ErasedAnswer>,
    /// The answer that gives this question its present answer back; `None` while unanswered.
    pub restore: Option<Answer>,
    /// The codes that keep the answers below.
    pub keeps: Vec<String>,
}

/// An answer that another answer would erase: what the confirmation lists, and what « Rétablir »
/// sends back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErasedAnswer {
    /// The question.
    pub question_id: String,
    /// The question, in the worker's language.
    pub label: String,
    /// Its answer, in words.
    pub display: String,
    /// The answer that gives it back.
    pub restore: Answer,
}

/// The answer that gives `q` its present answer `c` back.
fn restore(q: QuestionId, c: &Current) -> Option<Answer> {
    Some(match c {
        Current::Unanswered => return None,
        Current::NotEstablished => Answer::NotEstablished,
        Current::Codes(codes) if q.spec().kind == Kind::Multi => Answer::Codes(codes.clone()),
        Current::Codes(codes) => match codes.as_slice() {
            [one] => Answer::Code(one.clone()),
            _ => Answer::Codes(codes.clone()),
        },
        Current::Text(s) => Answer::Text(s.clone()),
        Current::Lines(l) => Answer::Text(l.join("\n")),
        Current::Date(date) => Answer::Text(date_short(*date, "fr")),
        Current::ApproxDate(date, p) => Answer::Text(approx_date_short(*date, *p)),
        Current::Number(n) => Answer::Text(n.to_string()),
    })
}

/// The answers below `q` an answer outside its `keeps` would erase, with theirs below them.
fn erasable(case: &CaseFile, q: QuestionId, d: Display<'_>) -> Vec<ErasedAnswer> {
    let mut out = Vec::new();
    let mut below = answers_erased_by(case, q, None);
    while !below.is_empty() {
        let mut next = Vec::new();
        for child in below {
            let c = current(child, case);
            let Some(answer) = restore(child, &c) else {
                continue;
            };
            let options = options(child, case, d.lang, None);
            out.push(ErasedAnswer {
                question_id: child.as_string(),
                label: question_label(child, d.lang, true),
                display: display(child, &c, &options, d).unwrap_or_default(),
                restore: answer,
            });
            next.extend(answers_erased_by(case, child, None));
        }
        below = next;
    }
    out
}

/// A step in the progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepSummary {
    /// Which step.
    pub id: Step,
    /// Its title, in the worker's language.
    pub label: String,
    /// Required questions that apply.
    pub required: u32,
    /// Of those, how many are answered.
    pub answered: u32,
}

/// A step, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepView {
    /// The person's name, or initials when names are hidden.
    pub name: String,
    /// This step.
    pub step: Step,
    /// Its title, in the worker's language.
    pub label: String,
    /// Its title in the person's language, side by side.
    pub person_label: Option<String>,
    /// The language of the person column (`lang` attribute), side by side.
    pub person_lang: Option<String>,
    /// Whether side by side is on.
    pub side_by_side: bool,
    /// The person's language chosen for this case (even while side by side is off).
    pub person_language: Option<String>,
    /// Her language is the interface's: the questions are already in it, and side by side has
    /// nothing to show beside them (the switch unticked itself, said only to screen readers).
    pub reads_interface_language: bool,
    /// The languages side by side can show, named in the worker's language.
    pub languages: Vec<OptionView>,
    /// Every step, for the progress bar.
    pub steps: Vec<StepSummary>,
    /// The questions that apply, in order.
    pub questions: Vec<QuestionView>,
    /// The "not established" answer, in both languages.
    pub not_established: OptionView,
    /// A few words for the person at the start (first step only, until the interview's first
    /// answer is recorded: it is read to her once, then leaves its room to the questions, across
    /// locks and restarts), in both languages.
    pub welcome: Option<OptionView>,
    /// What the step is about, for the person, in both languages (`iv-intro-<step>`), if any.
    pub intro: Option<OptionView>,
    /// The previous step.
    pub previous: Option<Step>,
    /// The next step (`None` on the last: the review comes next).
    pub next: Option<Step>,
}

/// One step of the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReviewStep {
    /// Which step.
    pub step: Step,
    /// Its title.
    pub label: String,
    /// Its questions, with their answers in words.
    pub questions: Vec<QuestionView>,
}

/// Every answer, for a check before any document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Review {
    /// The person's name, or initials when names are hidden.
    pub name: String,
    /// The steps, in order.
    pub steps: Vec<ReviewStep>,
    /// Required questions still unanswered.
    pub unanswered: u32,
    /// Questions answered "not established".
    pub not_established: u32,
}

/// Languages and display choices of a screen.
#[derive(Debug, Clone, Copy)]
pub struct Display<'a> {
    /// The worker's language (the UI language).
    pub lang: &'a str,
    /// Names or initials (shared rooms): hidden names are replaced by dots in answers.
    pub names: Names,
}

fn t(lang: &str, id: &str) -> String {
    L10n::get().format(lang, id, &[])
}

/// The person's column of this case's screens, when side by side is on and her language is not
/// the worker's `own` (French beside French, after the worker went back to French).
fn person_lang<'c>(case: &'c CaseFile, own: &str) -> Option<Reader<'c>> {
    let i = &case.interview;
    let lang = i
        .person_language
        .as_deref()
        .filter(|l| i.side_by_side && *l != own && person_languages().iter().any(|x| x == l))?;
    Some(Reader {
        lang,
        sex: case.person.sex.as_deref().unwrap_or("X"),
    })
}

/// Who the person's column speaks to: her language, and her sex as recorded (`F`, `M`, `X`),
/// passed as `$sex` to every message of her column: Arabic conjugates for the reader (review,
/// 2026-12-06: a man was asked « ما هي اللغات التي تتكلمينها؟ », feminine). Before it is
/// answered, the translations' feminine default.
#[derive(Debug, Clone, Copy)]
struct Reader<'c> {
    lang: &'c str,
    sex: &'c str,
}

impl<'c> Reader<'c> {
    /// The worker's column, or a label out of any column: no agreement to choose.
    fn neutral(lang: &'c str) -> Reader<'c> {
        Reader { lang, sex: "X" }
    }

    /// Message `id` in her language, with `args` isolated for the screen.
    fn say(&self, id: &str, args: &[crate::i18n::Arg<'_>]) -> String {
        L10n::get().format_for_screen_selecting(self.lang, id, args, &[("sex", self.sex.into())])
    }
}

/// The words of question `q` in `lang`: the worker's (`worker`) or the person's, a document
/// question by its document's name.
pub fn question_label(q: QuestionId, lang: &str, worker: bool) -> String {
    words_of(q, Reader::neutral(lang), worker)
}

/// [`question_label`], said to `reader` (her sex chooses the Arabic forms).
fn words_of(q: QuestionId, reader: Reader<'_>, worker: bool) -> String {
    let lang = reader.lang;
    let doc_name = |k| {
        if worker {
            t(lang, &format!("legal-document-{}", code(k)))
        } else {
            t(lang, &format!("pdf-doc-{}", code(k)))
        }
    };
    let id = format!("iv-q-{}", q.message_key());
    match q {
        QuestionId::DocumentStatus(k) => doc_name(k),
        QuestionId::DocumentDate(k)
        | QuestionId::DocumentNumber(k)
        | QuestionId::DocumentExpires(k) => reader.say(&id, &[("document", doc_name(k))]),
        _ => reader.say(&id, &[]),
    }
}

/// The label of choice `code` of `q` said to `reader`: in the worker's column (`worker`), or in
/// hers, where names of places and languages are not shown.
fn option_label(q: QuestionId, code: &str, reader: Reader<'_>, worker: bool) -> Option<String> {
    let lang = reader.lang;
    let id = match q.def().options {
        Options::Countries if code == "stateless" => format!("iv-opt-{}-{code}", q.message_key()),
        // Names of places and languages are the worker's: the person's column shows none.
        Options::Countries | Options::OtherCountries | Options::Languages | Options::Communes
            if !worker =>
        {
            return None
        }
        Options::Countries | Options::OtherCountries => {
            return Some(L10n::get().country(lang, code))
        }
        Options::Languages => return Some(L10n::get().language(lang, code)),
        Options::Communes => {
            let geo = crate::geo::Geo::get();
            return geo
                .commune(code)
                .map(|c| crate::pdf::typography::curly_apostrophes(c.name));
        }
        _ if q.spec().kind == Kind::YesNo => format!("iv-opt-{code}"),
        _ => format!("iv-opt-{}-{}", q.message_key(), code.to_ascii_lowercase()),
    };
    Some(reader.say(&id, &[]))
}

fn options(
    q: QuestionId,
    case: &CaseFile,
    lang: &str,
    person: Option<Reader<'_>>,
) -> Vec<OptionView> {
    let mut out: Vec<OptionView> = q
        .codes(case)
        .into_iter()
        .map(|code| OptionView {
            label: option_label(q, &code, Reader::neutral(lang), true)
                .unwrap_or_else(|| code.clone()),
            person_label: person.and_then(|p| option_label(q, &code, p, false)),
            code,
            ..OptionView::default()
        })
        .collect();
    if matches!(q.def().options, Options::Languages) {
        // The languages of each of her nationalities, the first one's first.
        let hers: Vec<&str> = case
            .person
            .nationalities()
            .into_iter()
            .flat_map(languages_of)
            .copied()
            .collect();
        for o in &mut out {
            o.own_name = own_name(&o.code)
                .filter(|own| fold(own) != fold(&o.label))
                .map(str::to_string);
            o.common =
                hers.contains(&o.code.as_str()) || COMMON_LANGUAGES.contains(&o.code.as_str());
        }
        // Hers first, then the common ones, then the others; each by name in the worker's
        // language.
        out.sort_by_cached_key(|o| (!hers.contains(&o.code.as_str()), !o.common, fold(&o.label)));
    }
    // Long lists are found by their name in the worker's language.
    if matches!(
        q.def().options,
        Options::Countries | Options::OtherCountries
    ) {
        out.sort_by_cached_key(|o| (o.code == "stateless", fold(&o.label)));
    }
    // Her other nationalities: the common ones first (the rest folds behind them).
    if matches!(q.def().options, Options::OtherCountries) {
        for o in &mut out {
            o.common = COMMON_COUNTRIES.contains(&o.code.as_str());
        }
        out.sort_by_key(|o| !o.common);
    }
    out
}

fn display(q: QuestionId, c: &Current, options: &[OptionView], d: Display<'_>) -> Option<String> {
    if d.names == Names::Hidden && q.spec().sensitive && !matches!(c, Current::Unanswered) {
        return Some("•••".into());
    }
    let lang = d.lang;
    let label_of = |code: &String| {
        options
            .iter()
            .find(|o| &o.code == code)
            .map_or_else(|| code.clone(), |o| o.label.clone())
    };
    Some(match c {
        Current::Unanswered => return None,
        Current::NotEstablished => t(lang, "iv-opt-not-established"),
        Current::Codes(codes) if codes.is_empty() => t(lang, "iv-none"),
        Current::Codes(codes) => codes.iter().map(label_of).collect::<Vec<_>>().join(", "),
        Current::Text(s) => s.clone(),
        Current::Lines(l) if l.is_empty() => t(lang, "iv-none"),
        Current::Lines(l) => l.join(crate::i18n::format::semicolon_separator(lang)),
        Current::Date(date) => date_long(*date, lang),
        Current::ApproxDate(date, p) => approx_date_long(*date, *p, lang),
        Current::Number(n) => n.to_string(),
    })
}

/// The view of one question; `checklist` is the case's ([`super::document_checklist`]).
pub fn question_view(
    case: &CaseFile,
    q: QuestionId,
    checklist: &Checklist,
    d: Display<'_>,
) -> QuestionView {
    let spec = q.spec();
    let person = person_lang(case, d.lang);
    // A question for the worker is not read to the person: neither are its answers.
    let options = options(q, case, d.lang, person.filter(|_| !spec.worker_only));
    let c = current(q, case);
    let (state, codes, text) = match &c {
        Current::Unanswered => (AnswerState::Unanswered, Vec::new(), String::new()),
        Current::NotEstablished => (AnswerState::NotEstablished, Vec::new(), String::new()),
        Current::Codes(codes) => (AnswerState::Given, codes.clone(), String::new()),
        Current::Text(s) => (AnswerState::Given, Vec::new(), s.clone()),
        Current::Lines(l) => (AnswerState::Given, Vec::new(), l.join("\n")),
        // Typed as day/month/year whatever the language: the order the hint shows.
        Current::Date(date) => (AnswerState::Given, Vec::new(), date_short(*date, "fr")),
        Current::ApproxDate(date, p) => {
            (AnswerState::Given, Vec::new(), approx_date_short(*date, *p))
        }
        Current::Number(n) => (AnswerState::Given, Vec::new(), n.to_string()),
    };
    let help_id = format!("ivh-{}", q.message_key());
    let l10n = L10n::get();
    let person_label = person.map(|p| {
        if spec.worker_only {
            p.say("iv-worker-only", &[])
        } else {
            words_of(q, p, false)
        }
    });
    let erasable = answers_erased_by(case, q, None).len() as u32;
    QuestionView {
        id: q.as_string(),
        step: spec.step,
        kind: spec.kind,
        // Said to her too, by the worker: agreed with her sex as recorded (UI review,
        // 2026-12-07: « Êtes-vous admis(e) » to a woman, beside the Arabic that agreed).
        label: words_of(
            q,
            Reader {
                lang: d.lang,
                sex: case.person.sex.as_deref().unwrap_or("X"),
            },
            true,
        ),
        person_label,
        help: l10n.has(d.lang, &help_id).then(|| t(d.lang, &help_id)),
        worker_only: spec.worker_only,
        optional: is_optional(q, checklist),
        sensitive: spec.sensitive,
        display: display(q, &c, &options, d),
        options,
        state,
        codes,
        text,
        dependent_answers: erasable,
        erasable: if erasable > 0 {
            self::erasable(case, q, d)
        } else {
            Vec::new()
        },
        restore: restore(q, &c),
        keeps: codes_keeping_children(q, case),
    }
}

fn summaries(
    case: &CaseFile,
    all: &[QuestionId],
    checklist: &Checklist,
    lang: &str,
) -> Vec<StepSummary> {
    Step::ALL
        .iter()
        .map(|s| {
            let required: Vec<&QuestionId> = all
                .iter()
                .filter(|q| q.spec().step == *s && !is_optional(**q, checklist))
                .collect();
            StepSummary {
                id: *s,
                label: t(lang, &format!("iv-step-{}", s.as_str())),
                required: required.len() as u32,
                answered: required
                    .iter()
                    .filter(|q| current(***q, case).is_answered())
                    .count() as u32,
            }
        })
        .collect()
}

/// The screen of `step`; `checklist` is the case's ([`super::document_checklist`]).
pub fn step_view(
    case: &CaseFile,
    step: Step,
    checklist: &Checklist,
    today: NaiveDate,
    d: Display<'_>,
) -> StepView {
    let person = person_lang(case, d.lang);
    let all = questions(case, checklist, today);
    let both = |id: &str| OptionView {
        code: id.to_string(),
        label: t(d.lang, id),
        person_label: person.map(|p| p.say(id, &[])),
        ..OptionView::default()
    };
    // The worker's own language is not offered beside itself (but stays listed when the case
    // chose it, so that the menu shows what the case holds).
    let chosen = case.interview.person_language.as_deref();
    let mut languages: Vec<OptionView> = person_languages()
        .iter()
        .filter(|l| l.as_str() != d.lang || chosen == Some(l.as_str()))
        .map(|l| OptionView {
            code: l.clone(),
            label: L10n::get().language(d.lang, l),
            own_name: own_name(l).map(str::to_string),
            ..OptionView::default()
        })
        .collect();
    languages.sort_by_cached_key(|o| fold(&o.label));
    StepView {
        name: d.names.of(case, d.lang),
        step,
        label: t(d.lang, &format!("iv-step-{}", step.as_str())),
        person_label: person.map(|p| p.say(&format!("iv-step-{}", step.as_str()), &[])),
        person_lang: person.map(|p| p.lang.to_string()),
        side_by_side: person.is_some(),
        person_language: case.interview.person_language.clone(),
        reads_interface_language: chosen.is_some_and(|l| l == d.lang),
        languages,
        steps: summaries(case, &all, checklist, d.lang),
        questions: all
            .iter()
            .filter(|q| q.spec().step == step)
            .map(|q| question_view(case, *q, checklist, d))
            .collect(),
        not_established: OptionView {
            code: "not-established".into(),
            ..both("iv-opt-not-established")
        },
        welcome: (step == Step::Identity && !interview_started(case)).then(|| both("iv-welcome")),
        intro: {
            let id = format!("iv-intro-{}", step.as_str());
            L10n::get().has(d.lang, &id).then(|| both(&id))
        },
        previous: step.previous(),
        next: step.next(),
    }
}

/// Whether the interview has begun: a question was answered or marked « non établi ». Read from
/// the case file, so the welcome is not said twice whatever happened to the page in between.
fn interview_started(case: &CaseFile) -> bool {
    !case.interview.answered.is_empty() || !case.interview.not_established.is_empty()
}

/// Every question that applies, with its answer in words, step by step; `checklist` is the case's
/// ([`super::document_checklist`]).
pub fn review(case: &CaseFile, checklist: &Checklist, today: NaiveDate, d: Display<'_>) -> Review {
    // The review is for the worker: one language, whatever the side-by-side setting.
    let mut worker_only = case.clone();
    worker_only.interview.side_by_side = false;
    let all = questions(&worker_only, checklist, today);
    let steps: Vec<ReviewStep> = Step::ALL
        .iter()
        .map(|s| ReviewStep {
            step: *s,
            label: t(d.lang, &format!("iv-step-{}", s.as_str())),
            questions: all
                .iter()
                .filter(|q| q.spec().step == *s)
                .map(|q| question_view(&worker_only, *q, checklist, d))
                .collect(),
        })
        .collect();
    let count = |pred: &dyn Fn(&QuestionView) -> bool| {
        steps
            .iter()
            .flat_map(|s| &s.questions)
            .filter(|q| pred(q))
            .count() as u32
    };
    Review {
        name: d.names.of(case, d.lang),
        unanswered: count(&|q| !q.optional && q.state == AnswerState::Unanswered),
        not_established: count(&|q| q.state == AnswerState::NotEstablished),
        steps,
    }
}
