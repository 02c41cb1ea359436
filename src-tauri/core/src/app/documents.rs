//! A case's documents as PDF (cover letter, support letter, bilingual checklist, consent record),
//! saved to a file or printed from memory, and how its letters address the head of its office.
//!
//! An export is rendered first (the vault is read, nothing recorded), then the front end is asked
//! where to save it (its dialog, while the vault is not held), then the file is written and the
//! export recorded in one transaction. Closing the dialog, a write that fails, or a vault locked
//! meanwhile (idle lock while the dialog was open) leaves no record and no file.

use serde::Serialize;
use serde_json::json;

use super::{placed_once_recorded, to_file, FileOffer, FrontEnd, Request};
use crate::codes::code;
use crate::db::audit::{Action, Event};
use crate::db::settings;
use crate::documents::stored;
use crate::legal::RulePack;
use crate::model::printed::PrintedDocument;
use crate::pdf::ReviewSheetView;
use crate::print::Spooler;
use crate::Result;

pub use crate::db::settings::OfficeHead;
pub use crate::documents::{AddresseeChoice, SubPrefectureSigner};
pub use crate::model::association::Title;

/// Where a file the worker was asked for went: its name and its folder's, or nowhere (the dialog
/// closed). The same for every document, report and log saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SavedFile {
    /// The file name written (never a path: the page has no business knowing the disk).
    pub file_name: Option<String>,
    /// The name of the folder it was written in (« Documents », a USB stick's « CLE »), not its
    /// path: where to find it (UI review, 2026-12-06: « Document enregistré » said no place).
    pub folder: Option<String>,
    /// False when the worker closed the dialog without choosing.
    pub saved: bool,
}

impl SavedFile {
    /// Written to `path`.
    pub(crate) fn at(path: &std::path::Path) -> SavedFile {
        SavedFile {
            file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
            folder: folder_name(path),
            saved: true,
        }
    }
}

/// The name of the folder `path` is in; a drive's root (« C:\ ») as it is written.
fn folder_name(path: &std::path::Path) -> Option<String> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    Some(
        parent
            .file_name()
            .unwrap_or(parent.as_os_str())
            .to_string_lossy()
            .into_owned(),
    )
}

/// What happened to an export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Exported {
    /// Where it went, if anywhere.
    #[serde(flatten)]
    pub file: SavedFile,
    /// The addressee or its address rests on a secondary source or a default: check it before
    /// sending.
    pub office_to_verify: bool,
    /// Her letter lists the association's support letter among its enclosures: print it too.
    pub support_letter_enclosed: bool,
}

impl Exported {
    /// Written to `path`.
    fn saved_to(path: &std::path::Path) -> Exported {
        Exported {
            file: SavedFile::at(path),
            ..Exported::default()
        }
    }
}

/// Document `kind` (a code) of case `id`, rendered for `route` (a code; `None`: the case's).
fn render(
    req: &Request<'_>,
    id: &str,
    kind: &str,
    route: Option<&str>,
) -> Result<(PrintedDocument, crate::documents::RenderedDocument)> {
    let kind = stored::kind(kind)?;
    let route = route.map(stored::route).transpose()?;
    let rendered = req
        .vault()
        .read(|c| stored::render_case(c, id, kind, route, req.today))?;
    Ok((kind, rendered))
}

/// The version of the rules a document is written with, recorded with its export: the letters
/// do not print it (she signs them), and a letter printed last month is so traced to the rules
/// of its day. The consent record owes nothing to them.
fn rules_version(kind: PrintedDocument) -> Option<String> {
    (kind != PrintedDocument::Consent).then(|| RulePack::active().version.clone())
}

/// Renders document `kind` (`letter`, `support-letter`, `checklist`, `consent`) of case `id` for
/// `route` (a route code; `None`: the one the case points to), asks the front end where to save
/// it (`None`: cancelled), writes it there and records the export (unencrypted, which document).
///
/// # Errors
/// [`crate::Error::InvalidField`] for an unknown kind or route, what the document cannot do
/// without (see [`crate::documents::render`]), and a write that fails.
pub fn export(
    req: &Request<'_>,
    id: &str,
    kind: &str,
    route: Option<&str>,
    front: &mut dyn FrontEnd,
) -> Result<Exported> {
    let (kind, rendered) = render(req, id, kind, route)?;
    let offer = FileOffer {
        title: req.text("case-export-dialog-title", &[]),
        file_name: rendered.file_name.clone(),
        extension: "pdf",
    };
    let Some(path) = req.destination(front.export_to(&offer), None)? else {
        return Ok(Exported::default());
    };
    placed_once_recorded(&path, |write| {
        req.vault().write_logged(|_| {
            write(&rendered.bytes)?;
            let event = Event::new(Action::CaseExported, req.now).case(id).detail(
                json!({ "encrypted": false, "document": code(kind), "rules": rules_version(kind) }),
            );
            Ok(((), event))
        })
    })?;
    log::info!("document exported ({})", code(kind));
    Ok(Exported {
        office_to_verify: rendered.office_to_verify,
        support_letter_enclosed: rendered.support_letter_enclosed,
        ..Exported::saved_to(&path)
    })
}

/// Renders document `kind` of case `id` for `route` (as [`export`]) and sends it to the printer
/// through `spooler`, from memory: no file is written. The print is recorded (unencrypted, which
/// document, printed) once the print service took the job.
///
/// # Errors
/// Those of [`export`]'s rendering, and [`crate::Error::PrintUnavailable`] /
/// [`crate::Error::PrintFailed`] from the print service.
pub fn print(
    req: &Request<'_>,
    id: &str,
    kind: &str,
    route: Option<&str>,
    spooler: &dyn Spooler,
) -> Result<Printed> {
    let (kind, rendered) = render(req, id, kind, route)?;
    req.vault().write_logged(|_| {
        spooler.submit(&rendered.file_name, &rendered.bytes)?;
        let event = Event::new(Action::CaseExported, req.now)
            .case(id)
            .detail(json!({ "encrypted": false, "document": code(kind), "printed": true, "rules": rules_version(kind) }));
        Ok(((), event))
    })?;
    log::info!("document printed ({})", code(kind));
    Ok(Printed {
        office_to_verify: rendered.office_to_verify,
        support_letter_enclosed: rendered.support_letter_enclosed,
    })
}

/// A document sent to the printer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Printed {
    /// The addressee or its address rests on a secondary source or a default: check it before
    /// sending.
    pub office_to_verify: bool,
    /// Her letter lists the association's support letter among its enclosures: print it too.
    pub support_letter_enclosed: bool,
}

/// The rule pack's review sheet for a jurist (`passerelle-cli rules review-sheet`): rendered,
/// then saved where the worker chooses. It holds no personal data: nothing is recorded.
///
/// # Errors
/// [`Error::Locked`]; a write that fails.
pub fn export_review_sheet(req: &Request<'_>, front: &mut dyn FrontEnd) -> Result<Exported> {
    // No personal data, but a file chooser: not over the unlock screen (security review,
    // 2026-12-08; `backup::verify` likewise).
    req.require_unlocked()?;
    let view = ReviewSheetView::build(RulePack::active(), req.today);
    let bytes = crate::pdf::render_review_sheet(&view)?;
    let offer = FileOffer {
        title: req.text("about-review-sheet-dialog-title", &[]),
        file_name: format!("fiche-de-relecture-{}.pdf", req.today),
        extension: "pdf",
    };
    let Some(path) = req.destination(front.export_to(&offer), None)? else {
        return Ok(Exported::default());
    };
    to_file(&path)(&bytes)?;
    Ok(Exported::saved_to(&path))
}

/// How the letters of case `id` address the head of its office: both forms, and the one
/// recorded; `None` while its address designates no office.
pub fn addressee(req: &Request<'_>, id: &str) -> Result<Option<AddresseeChoice>> {
    req.vault().read(|c| stored::addressee(c, id))
}

/// Records how the head of an office is addressed, for every letter sent there; `None` forgets
/// it.
pub fn save_title(req: &Request<'_>, head: &OfficeHead, title: Option<Title>) -> Result<()> {
    req.vault()
        .write(|tx| settings::set_head_title(tx, head, title))
}

/// Records whether the sub-prefect of `arrondissement` signs the permits its sub-prefecture
/// issues: the letters of every case filed there then go to the sub-prefect instead of the
/// prefect of the département.
pub fn save_signer(req: &Request<'_>, arrondissement: &str, sub_prefect_signs: bool) -> Result<()> {
    req.vault()
        .write(|tx| settings::set_sub_prefect_signs(tx, arrondissement, sub_prefect_signs))
}
