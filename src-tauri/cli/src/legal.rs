//! `assess`, `deadlines`, `checklist`, `letter`, `support-letter`, `consent`: the legal core's
//! verbs and the documents, on a case file, with the JSON shapes and arguments of
//! ../shared/spec/case-file-and-cli.md; `rules review-sheet`, the rule pack for a jurist to review.
//! Nothing here touches a store.
//!
//! The case file is validated by `CaseDocument::parse` before anything is computed: an invalid
//! file gets the same field-path errors as `import`, and nothing is written. A PDF is rendered in
//! memory and written to `--out` only, after it is complete.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use passerelle_core::documents::{self, DocumentContext};
use passerelle_core::error::{Field, Invalid, Named};
use passerelle_core::legal::{self, labels, RouteId};
use passerelle_core::model::association::{Association, Title};
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::model::printed::PrintedDocument;
use passerelle_core::pdf::{self, view::CHECKLIST_LANGUAGES};
use passerelle_core::{Clock, Error, Result, SystemClock};

use crate::args::{Cli, DocumentArgs, Rules, Verb};
use crate::words::{primary, Words};
use crate::Output;

pub fn run(cli: &Cli, words: &Words) -> Result<Output> {
    let today = cli.today.unwrap_or_else(|| SystemClock.today());
    match &cli.verb {
        Verb::Assess(arg) => {
            let lang = words.labels(cli)?;
            let case = read_case(&arg.case)?;
            labels::assessment_json(&legal::assess(&case, today), lang).map(Output::Json)
        }
        Verb::Deadlines(arg) => {
            let lang = words.labels(cli)?;
            let case = read_case(&arg.case)?;
            labels::deadlines_json(&legal::deadlines(&case, today), lang, today).map(Output::Json)
        }
        Verb::Checklist(doc) if !cli.out.as_deref().is_some_and(is_pdf) => {
            // `--lang uk` is a PDF's second column; the JSON's labels are French or English.
            let lang = words.labels(cli).map_err(|e| match cli.lang.as_deref() {
                Some(l) if CHECKLIST_LANGUAGES.contains(&l) => {
                    Error::invalid(Field::Named(Named::CliLang), Invalid::ColumnNeedsPdf)
                }
                _ => e,
            })?;
            let case = read_case(&doc.case)?;
            documents::require_concerned(&case, &legal::assess(&case, today))?;
            let route = route(doc)?.unwrap_or_else(|| legal::default_route(&case, today));
            labels::checklist_json(&legal::checklist(&case, route, today), lang).map(Output::Json)
        }
        Verb::Checklist(doc) => document(PrintedDocument::Checklist, doc, cli, words, today),
        Verb::Letter(doc) => document(PrintedDocument::Letter, doc, cli, words, today),
        Verb::SupportLetter(doc) => {
            document(PrintedDocument::SupportLetter, doc, cli, words, today)
        }
        Verb::Consent(doc) => document(PrintedDocument::Consent, doc, cli, words, today),
        Verb::Rules {
            action: Some(Rules::ReviewSheet),
        } => {
            // The sheet is in French, for the jurist; a language the CLI does not know is
            // refused all the same rather than passed over.
            words.labels(cli)?;
            pdf_out(cli)?;
            // The rules built into this Passerelle, not those a store may use since an import:
            // said when a store is named (review, 2026-12-07: a jurist could sign off the wrong
            // version). The app's sheet is of the rules its store uses.
            if cli.store.is_some() {
                let version = legal::RulePack::embedded().version.clone();
                words.say("cli-review-sheet-embedded", &[("version", version)]);
            }
            let view = pdf::ReviewSheetView::build(legal::RulePack::embedded(), today);
            pdf::render_review_sheet(&view).map(Output::Pdf)
        }
        Verb::Rules { action: None } => Err(Error::required(Field::Named(Named::CliRulesAction))),
        _ => Err(Error::Internal("not a legal command")),
    }
}

/// `--lang` as the second language of a checklist or a consent record: one the documents are
/// translated into, never a silent fallback.
fn document_language(cli: &Cli) -> Result<Option<String>> {
    let Some(asked) = &cli.lang else {
        return Ok(None);
    };
    let lang = primary(asked);
    if CHECKLIST_LANGUAGES.contains(&lang.as_str()) {
        Ok(Some(lang))
    } else {
        Err(Error::invalid(
            Field::Named(Named::CliLang),
            Invalid::NotAmong {
                choices: CHECKLIST_LANGUAGES.join(", "),
            },
        ))
    }
}

/// A PDF document of the case, for `--out`.
fn document(
    kind: PrintedDocument,
    doc: &DocumentArgs,
    cli: &Cli,
    words: &Words,
    today: NaiveDate,
) -> Result<Output> {
    // Two JSON files may be given (the case, the association): a broken one is named.
    let case = read_case(&doc.case).inspect_err(|e| {
        if let (Some(path), Some(_), false) = (
            &doc.case,
            &doc.association,
            matches!(e, Error::FileAccess { .. }),
        ) {
            words.say("cli-in-file", &[("file", path.display().to_string())]);
        }
    })?;
    pdf_out(cli)?;
    let mut ctx = DocumentContext::new(today);
    ctx.route = route(doc)?;
    let asked = match kind {
        PrintedDocument::Checklist | PrintedDocument::Consent => document_language(cli)?,
        // The letters are in French only: `--lang` is the interface's.
        _ => words.labels(cli).map(|_| None)?,
    };
    // The consent record is in the language her notice was given in: another `--lang` is
    // refused (naming that language), never passed over.
    if let (PrintedDocument::Consent, Some(asked)) = (kind, &asked) {
        let given = case
            .consent
            .as_ref()
            .and_then(|c| c.notice_language.as_deref())
            .map(primary);
        // A notice language the record cannot be printed in is the record's own error, given
        // below with or without `--lang` (second verification, 2026-12-05: « donnez --lang xx »).
        let printable = |g: &String| g == "fr" || CHECKLIST_LANGUAGES.contains(&g.as_str());
        if let Some(given) = given.filter(|g| g != asked && printable(g)) {
            // Said why (review, 2026-12-05: « choose one of: en » with eleven languages in
            // the help).
            return Err(Error::invalid(
                Field::Named(Named::CliLang),
                Invalid::NoticeGivenIn { lang: given },
            ));
        }
    }
    // Without `--lang`, the language she reads in the interview, as the app's documents take it
    // (review, 2026-12-05: the CLI went by her first language and printed English beside
    // Ukrainian read in the interview).
    ctx.checklist_lang = match kind {
        PrintedDocument::Checklist | PrintedDocument::Consent => {
            asked.or_else(|| documents::interview_language(&case))
        }
        _ => None,
    };
    if let Some(path) = &doc.association {
        // An error that names the file already says which (review, 2026-12-07: « dans le
        // fichier « x » : » then « Impossible d'accéder au fichier « x » »).
        ctx.association = Some(read_association(path).inspect_err(|e| {
            if !matches!(e, Error::FileAccess { .. }) {
                words.say("cli-in-file", &[("file", path.display().to_string())]);
            }
        })?);
    }
    // The association's letter needs its profile: named as the command line takes it, not as
    // the app's settings (review, 2026-12-04: « le profil de l'association (Réglages) »).
    if kind == PrintedDocument::SupportLetter && ctx.association.is_none() {
        return Err(Error::required(Field::Named(Named::CliAssociation)));
    }
    if let Some(title) = &doc.addressee {
        ctx.addressee = Some(title.parse::<Title>().map_err(|_| {
            Error::invalid(
                Field::Named(Named::CliAddressee),
                Invalid::NotAmong {
                    choices: "madame, monsieur".into(),
                },
            )
        })?);
    }
    ctx.sub_prefect_signs = doc.sub_prefect_signs;
    // A route that does not fit, chosen with `--route`, is said of that option (review,
    // 2026-12-05: « Champ « démarche » »); the best-fitting one, of the case's route.
    let rendered = documents::render(kind, &case, &ctx).map_err(|e| match e {
        Error::InvalidField {
            field: Field::Named(Named::Route),
            reason,
        } if doc.route.is_some() => Error::invalid(Field::Named(Named::CliRoute), reason),
        e => e,
    })?;
    let second_column = matches!(kind, PrintedDocument::Checklist)
        || (kind == PrintedDocument::Consent
            && case
                .consent
                .as_ref()
                .is_none_or(|c| c.notice_language.is_none()));
    if second_column && documents::checklist_language_replaced(&case, &ctx) {
        // Standard error, no data: none of her languages is translated, English stands in.
        words.say("cli-second-column-english", &[]);
    } else if second_column && ctx.checklist_lang.is_none() && case.person.languages.is_empty() {
        // Nor when none is recorded (review, 2026-12-05: English, without a word).
        words.say("cli-second-column-english-no-language", &[]);
    }
    if rendered.support_letter_enclosed {
        // Standard error, no data: her letter names a letter the worker prints next.
        words.say("cli-support-letter-enclosed", &[]);
    }
    if let Some((route, facts)) = &rendered.incomplete {
        // Standard error, no data: the facts the route lacks, by their labels, small inside
        // the sentence (English-mode review, 2026-12-07: « …to be made precise: Ties with the
        // perpetrators broken, Threat to public order »).
        let facts: Vec<String> = facts
            .iter()
            .map(|f| labels::format(words.lang, &labels::fact_message_id(f), &Default::default()))
            .map(|label| passerelle_core::text::lower_initial(&label))
            .collect();
        // Nothing to ask (born on 29 February, her day exact): an empty list read « il manque :
        // . » (review, 2026-12-07).
        let id = if facts.is_empty() {
            "cli-route-incomplete-jurist"
        } else {
            "cli-route-incomplete"
        };
        words.say(
            id,
            &[
                ("route", labels::route(words.lang, *route)),
                ("facts", facts.join(", ")),
            ],
        );
    }
    if let Some((route, failed)) = &rendered.not_eligible {
        // Standard error, no data: a route chosen that the assessment refuses, and on what.
        let conditions: Vec<String> = failed
            .iter()
            .map(|c| passerelle_core::text::lower_initial(&labels::condition(words.lang, *c)))
            .collect();
        words.say(
            "cli-route-not-eligible",
            &[
                ("route", labels::route(words.lang, *route)),
                // A selector, not a number: the message's two forms.
                (
                    "count",
                    if conditions.len() == 1 {
                        "one"
                    } else {
                        "other"
                    }
                    .to_string(),
                ),
                ("conditions", conditions.join(", ")),
            ],
        );
    }
    for caveat in &rendered.caveats {
        // Standard error, no data: what qualifies the route's outcome, as `assess` says it.
        words.say(
            "cli-route-caveat",
            &[("warning", labels::warning(words.lang, caveat))],
        );
    }
    if let Some(left_out) = rendered.anef_number_left_out {
        // Standard error, no personal data: the ANEF number on file is, or may be, an earlier
        // request's, named as the case page names it (review, 2026-12-07: it named none).
        let args = passerelle_core::overview::case::anef_left_out_args(left_out, words.lang);
        words.say("cli-anef-number-left-out", &args);
    }
    if rendered.office_to_verify {
        // Standard error, no data: the worker must check the office before sending.
        words.say("cli-office-to-verify", &[]);
    }
    // Whether the prefect is a woman or a man is in no open data: without `--addressee` the
    // letter says « Monsieur le Préfet », which the app shows as « À vérifier » (letters audit,
    // 2026-12-06: the command line said nothing).
    if matches!(
        kind,
        PrintedDocument::Letter | PrintedDocument::SupportLetter
    ) && doc.addressee.is_none()
    {
        words.say("cli-addressee-default", &[]);
    }
    Ok(Output::Pdf(rendered.bytes))
}

fn route(doc: &DocumentArgs) -> Result<Option<RouteId>> {
    doc.route
        .as_deref()
        .map(|id| {
            RouteId::parse(id).ok_or_else(|| {
                Error::invalid(
                    Field::Named(Named::CliRoute),
                    Invalid::NotAmong {
                        choices: RouteId::ALL.map(RouteId::as_str).join(", "),
                    },
                )
            })
        })
        .transpose()
}

/// `--out`, required and named `….pdf`: checked before rendering, so that a PDF never goes to a
/// terminal or into a file named for something else, and no work is wasted.
fn pdf_out(cli: &Cli) -> Result<&Path> {
    let out = cli
        .out
        .as_deref()
        .ok_or(Error::required(Field::Named(Named::CliOut)))?;
    if is_pdf(out) {
        Ok(out)
    } else {
        Err(Error::invalid(
            Field::Named(Named::CliOut),
            Invalid::NotAPdfName,
        ))
    }
}

fn is_pdf(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// The case file at `path`, validated: the document as stored, and its typed view.
pub fn read_case_file(path: &Path) -> Result<(CaseDocument, CaseFile)> {
    CaseDocument::parse(&read_at_most_a_case_file(path)?)
}

/// The association's profile in the file at `path`.
pub fn read_association(path: &Path) -> Result<Association> {
    documents::parse_association(&read_at_most_a_case_file(path)?)
}

/// The bytes of the file at `path`, read no further than a case file may be: a pipe, a device or
/// `/dev/zero` has no size to check beforehand (review, 2026-12-04: `assess /dev/zero` took
/// 7 GB of memory in 8 s).
pub fn read_at_most_a_case_file(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let max = passerelle_core::model::limits::MAX_FILE_BYTES_WITH_LAYOUT;
    let file = std::fs::File::open(path).map_err(|e| Error::file_access(path, &e))?;
    let mut bytes = Vec::new();
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::file_access(path, &e))?;
    if bytes.len() > max {
        return Err(Error::CaseFileTooLarge {
            max_mib: (passerelle_core::model::limits::MAX_FILE_BYTES >> 20) as u32,
        });
    }
    Ok(bytes)
}

fn read_case(path: &Option<PathBuf>) -> Result<CaseFile> {
    let path = path
        .as_ref()
        .ok_or(Error::required(Field::Named(Named::CliCase)))?;
    Ok(read_case_file(path)?.1)
}
