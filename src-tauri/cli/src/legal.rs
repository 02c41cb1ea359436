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
use passerelle_core::i18n::DEFAULT_LANGUAGE;
use passerelle_core::legal::{self, labels, RouteId};
use passerelle_core::model::association::Title;
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::model::printed::PrintedDocument;
use passerelle_core::pdf;
use passerelle_core::{Clock, Error, Result, SystemClock};

use crate::args::{Cli, DocumentArgs, Rules, Verb};
use crate::Output;

pub fn run(cli: &Cli) -> Result<Output> {
    let today = cli.today.unwrap_or_else(|| SystemClock.today());
    let lang = cli.lang.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    match &cli.verb {
        Verb::Assess(arg) => {
            let case = read_case(&arg.case)?;
            labels::assessment_json(&legal::assess(&case, today), lang).map(Output::Json)
        }
        Verb::Deadlines(arg) => {
            let case = read_case(&arg.case)?;
            labels::deadlines_json(&legal::deadlines(&case, today), lang).map(Output::Json)
        }
        Verb::Checklist(doc) if !cli.out.as_deref().is_some_and(is_pdf) => {
            let case = read_case(&doc.case)?;
            let route = route(doc)?.unwrap_or_else(|| legal::default_route(&case, today));
            labels::checklist_json(&legal::checklist(&case, route, today), lang).map(Output::Json)
        }
        Verb::Checklist(doc) => document(PrintedDocument::Checklist, doc, cli, today),
        Verb::Letter(doc) => document(PrintedDocument::Letter, doc, cli, today),
        Verb::SupportLetter(doc) => document(PrintedDocument::SupportLetter, doc, cli, today),
        Verb::Consent(doc) => document(PrintedDocument::Consent, doc, cli, today),
        Verb::Rules {
            action: Some(Rules::ReviewSheet),
        } => {
            cli.out.as_ref().ok_or(Error::Required { field: "--out" })?;
            let view = pdf::ReviewSheetView::build(legal::RulePack::embedded(), today);
            pdf::render_review_sheet(&view).map(Output::Pdf)
        }
        Verb::Rules { action: None } => Err(Error::Required {
            field: "review-sheet",
        }),
        _ => Err(Error::Internal("not a legal command")),
    }
}

/// A PDF document of the case, for `--out`.
fn document(
    kind: PrintedDocument,
    doc: &DocumentArgs,
    cli: &Cli,
    today: NaiveDate,
) -> Result<Output> {
    let case = read_case(&doc.case)?;
    // Checked before rendering: a PDF never goes to a terminal, and no work is wasted.
    let out = cli
        .out
        .as_deref()
        .ok_or(Error::Required { field: "--out" })?;
    if !is_pdf(out) {
        return Err(Error::InvalidField {
            path: "--out".into(),
            reason: "expected a file name ending in .pdf".into(),
        });
    }
    let mut ctx = DocumentContext::new(today);
    ctx.route = route(doc)?;
    ctx.checklist_lang = cli.lang.clone();
    if let Some(path) = &doc.association {
        ctx.association = Some(documents::parse_association(&std::fs::read(path)?)?);
    }
    if let Some(title) = &doc.addressee {
        ctx.addressee = Some(title.parse::<Title>().map_err(|_| Error::InvalidField {
            path: "--addressee".into(),
            reason: "expected madame or monsieur".into(),
        })?);
    }
    let rendered = documents::render(kind, &case, &ctx)?;
    if rendered.office_to_verify {
        // Standard error, no data: the worker must check the office before sending.
        eprintln!(
            "passerelle-cli: the competent office or its address rests on a secondary source or a default: check it before sending (passerelle-cli prefecture)"
        );
    }
    Ok(Output::Pdf(rendered.bytes))
}

fn route(doc: &DocumentArgs) -> Result<Option<RouteId>> {
    doc.route
        .as_deref()
        .map(|id| {
            RouteId::parse(id).ok_or_else(|| Error::InvalidField {
                path: "--route".into(),
                reason: "expected reflection-period, cst-l425-1, cst-l425-1-renewal, carte-resident-l425-3 or aps-l425-4".into(),
            })
        })
        .transpose()
}

fn is_pdf(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// The case file at `path`, validated: the document as stored, and its typed view.
pub fn read_case_file(path: &Path) -> Result<(CaseDocument, CaseFile)> {
    CaseDocument::parse(&std::fs::read(path)?)
}

fn read_case(path: &Option<PathBuf>) -> Result<CaseFile> {
    let path = path
        .as_ref()
        .ok_or(Error::Required { field: "CASE.json" })?;
    Ok(read_case_file(path)?.1)
}
