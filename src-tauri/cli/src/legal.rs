//! `assess`, `deadlines`, `checklist`: the legal core's verbs, with the JSON shapes of
//! ../shared/spec/case-file-and-cli.md. `letter` and the checklist PDF belong to the documents
//! issue and answer with a clear "not available" error until the PDF engine is built in.
//!
//! The case file is validated by `CaseDocument::parse` before anything is computed: an invalid
//! file gets the same field-path errors as `import`, and nothing is written.

use passerelle_core::i18n::DEFAULT_LANGUAGE;
use passerelle_core::legal::{self, labels, RouteId};
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::{Error, Result};

use crate::args::Args;
use crate::Output;

pub fn run(args: &Args) -> Result<Output> {
    if args.verb == "letter" {
        return Err(Error::Unavailable { what: "letter-pdf" });
    }
    let case = read_case(args)?;
    let today = args.today();
    let lang = args.lang.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    let value = match args.verb.as_str() {
        "assess" => {
            let mut assessment = legal::assess(&case, today);
            assessment.localize(lang);
            serde_json::to_value(&assessment).map_err(serialisation_failed)?
        }
        "deadlines" => {
            let mut deadlines = legal::deadlines(&case, today);
            labels::localize_deadlines(&mut deadlines, lang);
            serde_json::to_value(&deadlines).map_err(serialisation_failed)?
        }
        "checklist" => {
            if args
                .out
                .as_ref()
                .is_some_and(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
            {
                return Err(Error::Unavailable {
                    what: "checklist-pdf",
                });
            }
            let route = match args.route.as_deref() {
                Some(id) => RouteId::parse(id).ok_or_else(|| Error::InvalidField {
                    path: "--route".into(),
                    reason: "expected reflection-period, cst-l425-1, cst-l425-1-renewal, carte-resident-l425-3 or aps-l425-4".into(),
                })?,
                None => legal::default_route(&case, today),
            };
            let mut list = legal::checklist(&case, route, today);
            list.localize(lang);
            serde_json::to_value(&list).map_err(serialisation_failed)?
        }
        _ => return Err(Error::Internal("not a legal command")),
    };
    Ok(Output::Json(value))
}

fn read_case(args: &Args) -> Result<CaseFile> {
    let path = args.positional("CASE.json")?;
    let bytes = std::fs::read(path)?;
    let (_, case) = CaseDocument::parse(&bytes)?;
    Ok(case)
}

fn serialisation_failed(_: serde_json::Error) -> Error {
    Error::Internal("legal output serialisation")
}
