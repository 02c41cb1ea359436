//! `assess`, `deadlines`, `checklist`, `letter`, `support-letter`, `consent`: the legal core's
//! verbs and the documents, with the JSON shapes and arguments of ../shared/spec/case-file-and-cli.md.
//!
//! The case file is validated by `CaseDocument::parse` before anything is computed: an invalid
//! file gets the same field-path errors as `import`, and nothing is written. A PDF is rendered in
//! memory and written to `--out` only, after it is complete.

use std::path::Path;

use passerelle_core::documents::{self, DocumentContext};
use passerelle_core::i18n::DEFAULT_LANGUAGE;
use passerelle_core::legal::{self, labels, RouteId};
use passerelle_core::model::association::Title;
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::model::printed::PrintedDocument;
use passerelle_core::{Error, Result};

use crate::args::Args;
use crate::Output;

pub fn run(args: &Args) -> Result<Output> {
    let case = read_case(args)?;
    let today = args.today();
    let pdf_out = args.out.as_deref().is_some_and(is_pdf);
    match args.verb.as_str() {
        "letter" => return document(PrintedDocument::Letter, &case, args),
        "support-letter" => return document(PrintedDocument::SupportLetter, &case, args),
        "checklist" if pdf_out => return document(PrintedDocument::Checklist, &case, args),
        "consent" => return document(PrintedDocument::Consent, &case, args),
        _ => {}
    }
    let lang = args.lang.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    let value = match args.verb.as_str() {
        "assess" => labels::assessment_json(&legal::assess(&case, today), lang)?,
        "deadlines" => labels::deadlines_json(&legal::deadlines(&case, today), lang)?,
        "checklist" => {
            let route = route(args)?.unwrap_or_else(|| legal::default_route(&case, today));
            labels::checklist_json(&legal::checklist(&case, route, today), lang)?
        }
        _ => return Err(Error::Internal("not a legal command")),
    };
    Ok(Output::Json(value))
}

/// A PDF document of the case, for `--out`.
fn document(kind: PrintedDocument, case: &CaseFile, args: &Args) -> Result<Output> {
    // Checked before rendering: a PDF never goes to a terminal, and no work is wasted.
    let out = args
        .out
        .as_deref()
        .ok_or(Error::Required { field: "--out" })?;
    if !is_pdf(out) {
        return Err(Error::InvalidField {
            path: "--out".into(),
            reason: "expected a file name ending in .pdf".into(),
        });
    }
    let mut ctx = DocumentContext::new(args.today());
    ctx.route = route(args)?;
    ctx.checklist_lang = args.lang.clone();
    if let Some(path) = &args.association {
        ctx.association = Some(documents::parse_association(&std::fs::read(path)?)?);
    }
    if let Some(title) = &args.addressee {
        ctx.addressee = Some(Title::from_id(title).ok_or_else(|| Error::InvalidField {
            path: "--addressee".into(),
            reason: "expected madame or monsieur".into(),
        })?);
    }
    let rendered = documents::render(kind, case, &ctx)?;
    if rendered.office_to_verify {
        // Standard error, no data: the worker must check the office before sending.
        eprintln!(
            "passerelle-cli: the competent office or its address rests on a secondary source or a default: check it before sending (passerelle-cli prefecture)"
        );
    }
    Ok(Output::Pdf(rendered.bytes))
}

fn route(args: &Args) -> Result<Option<RouteId>> {
    args.route
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

fn read_case(args: &Args) -> Result<CaseFile> {
    let path = args.positional("CASE.json")?;
    let bytes = std::fs::read(path)?;
    let (_, case) = CaseDocument::parse(&bytes)?;
    Ok(case)
}
