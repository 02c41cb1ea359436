//! The application layer's contract: exports recorded only once written, a locked vault refusing
//! every use case, the request's language and names reaching the view models.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::*;
use crate::db::audit as log_table;
use crate::vault::kdf::KdfParams;
use crate::vault::seal::Content;
use crate::FixedClock;

/// An invented passphrase the strength rule accepts.
const PASSPHRASE: &str = "lanterne violon marée cactus";
/// A backup's or a bundle's: never the vault's.
const SEALING: &str = "péniche horloge framboise tunnel";

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// An app on a new store in `dir`, unlocked, on a fixed day, sealing with the floor parameters.
fn unlocked_app(dir: &Path) -> App {
    let app = App::new(dir.join("store"))
        .with_clock(FixedClock::on(day()))
        .with_kdf(KdfParams::FLOOR);
    session::create(&app.request(), PASSPHRASE).unwrap();
    app
}

/// A front end that answers every "where?" with one path, or cancels, and keeps what it was
/// asked.
struct Chooser {
    path: Option<PathBuf>,
    asked: Vec<FileOffer>,
}

impl Chooser {
    fn at(path: &Path) -> Chooser {
        Chooser {
            path: Some(path.to_path_buf()),
            asked: Vec::new(),
        }
    }

    fn cancelling() -> Chooser {
        Chooser {
            path: None,
            asked: Vec::new(),
        }
    }
}

impl FrontEnd for Chooser {
    fn save_to(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        self.asked.push(offer.clone());
        self.path.clone()
    }
    fn open_from(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        self.save_to(offer)
    }
}

/// [`unlocked_app`] with one case, named `family` (an invented name found nowhere else).
fn app_with_case(dir: &Path, family: &str) -> (App, String) {
    let app = unlocked_app(dir);
    let id = cases::create(&app.request(), family, "Lea").unwrap();
    (app, id)
}

fn actions(app: &App) -> Vec<String> {
    app.vault()
        .read(log_table::all)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

fn exports(app: &App, action: &str) -> usize {
    actions(app).iter().filter(|a| *a == action).count()
}

/// A print service that keeps the jobs it was given in memory, or refuses them.
#[derive(Default)]
struct Spool {
    jobs: std::cell::RefCell<Vec<(String, Vec<u8>)>>,
    refuse: bool,
}

impl crate::print::Spooler for Spool {
    fn submit(&self, title: &str, pdf: &[u8]) -> crate::Result<()> {
        if self.refuse {
            return Err(crate::Error::PrintFailed);
        }
        self.jobs
            .borrow_mut()
            .push((title.to_string(), pdf.to_vec()));
        Ok(())
    }
}

/// The journal page's details, in words, of the entries of `action`, newest first (the page's order).
fn journal_details(req: &Request<'_>, action: &str) -> Vec<String> {
    let page = serde_json::to_value(audit::page(req, &Default::default()).unwrap()).unwrap();
    page["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == action)
        .map(|l| l["detail"].as_str().unwrap().to_string())
        .collect()
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else if !["-wal", "-shm", "-journal"]
            .iter()
            .any(|s| path.to_string_lossy().ends_with(s))
        {
            // SQLite's own companions come and go with its writes.
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn a_printed_document_goes_to_the_spooler_from_memory_and_is_recorded_once_taken() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxprint");
    let req = app.request();
    let before = files_under(dir.path());

    let refusing = Spool {
        refuse: true,
        ..Spool::default()
    };
    assert!(matches!(
        documents::print(&req, &id, "consent", None, &refusing),
        Err(crate::Error::PrintFailed)
    ));
    assert_eq!(
        exports(&app, "case-exported"),
        0,
        "a refused job records nothing"
    );

    let spool = Spool::default();
    documents::print(&req, &id, "consent", None, &spool).unwrap();
    let jobs = spool.jobs.borrow();
    let [(title, pdf)] = &jobs[..] else {
        panic!("one job: {}", jobs.len())
    };
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        title.starts_with("accord-informations-") && !title.contains("Zqxprint"),
        "the job's title names no one: {title}"
    );
    assert_eq!(exports(&app, "case-exported"), 1);
    assert_eq!(files_under(dir.path()), before, "printing writes no file");
    assert!(matches!(
        documents::print(&req, &id, "letter", Some("no-such-route"), &spool),
        Err(crate::Error::InvalidField { .. })
    ));
}

/// The letters do not print the rules they were written with (she signs them): the log says it,
/// in words, for each document the rules make.
#[test]
fn the_log_says_which_rules_a_printed_document_was_written_with() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxrules");
    let req = app.request();
    let spool = Spool::default();
    documents::print(&req, &id, "checklist", None, &spool).unwrap();
    documents::print(&req, &id, "consent", None, &spool).unwrap();
    let details = journal_details(&req, "case-exported");
    let version = crate::legal::RulePack::active().version.clone();
    assert_eq!(
        details,
        [
            "recueil du consentement (PDF), imprimé (aucun fichier écrit)".to_string(),
            format!("liste des pièces (PDF), imprimé (aucun fichier écrit) — règles {version}"),
        ]
    );
}

/// A file saved over the store's own files (the database, its keys) would lose every case: any
/// path into the store's folder is refused, however it is written, and nothing is touched.
#[test]
fn nothing_is_saved_in_the_stores_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxinside");
    let req = app.request();
    let store = dir.path().join("store");
    let before: Vec<(PathBuf, Vec<u8>)> = files_under(&store)
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect();
    let db = store.join("passerelle.db");
    assert!(db.exists());
    // Another store (a copy, the app's own seen from the CLI): any folder holding a store's
    // database or key file.
    let other = dir.path().join("copie-du-coffre");
    std::fs::create_dir_all(other.join("sous-dossier")).unwrap();
    std::fs::write(other.join("passerelle.keys"), b"{}").unwrap();
    for target in [
        db.clone(),
        store.join("passerelle.keys"),
        store.join("nouveau.pdf"),
        dir.path()
            .join("elsewhere")
            .join("..")
            .join("store")
            .join("passerelle.db"),
        other.join("passerelle.db"),
        other.join("sous-dossier").join("lettre.pdf"),
    ] {
        let refused = documents::export(&req, &id, "consent", None, &mut Chooser::at(&target));
        assert!(
            matches!(refused, Err(crate::Error::InsideStore)),
            "{target:?}: {refused:?}"
        );
        assert!(matches!(
            backup::create(
                &req,
                crate::vault::Secret::Passphrase(SEALING),
                &mut Chooser::at(&target)
            ),
            Err(crate::Error::InsideStore)
        ));
    }
    for (path, bytes) in &before {
        assert_eq!(&std::fs::read(path).unwrap(), bytes, "{path:?} untouched");
    }
    assert_eq!(exports(&app, "case-exported"), 0);
    assert!(documents::export(
        &req,
        &id,
        "consent",
        None,
        &mut Chooser::at(&dir.path().join("a.pdf"))
    )
    .is_ok());
}

/// Neither a backup nor a bundle is sealed with the passphrase that opens the vault: refused
/// before any file is written or any dialog opens (security review, 2026-12-06). The recovery
/// key, another passphrase, and the same passphrase with another Unicode form are told apart.
#[test]
fn a_backup_or_a_bundle_never_takes_the_vaults_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxsamekey");
    let req = app.request();
    let saved = dir.path().join("sauvegarde.passerelle");
    let nfd = PASSPHRASE.replace('é', "e\u{301}");
    for typed in [PASSPHRASE, nfd.as_str()] {
        let mut front = Chooser::at(&saved);
        refused_as_the_vaults(
            backup::create(&req, crate::vault::Secret::Passphrase(typed), &mut front),
            Content::Backup,
        );
        assert!(!saved.exists(), "nothing written");
        refused_as_the_vaults(
            handover::export(&req, &id, typed, &mut front),
            Content::Handover,
        );
        assert!(front.asked.is_empty(), "no dialog opened");
    }
    let said = ErrorView::new(
        &Error::PassphraseOfTheVault {
            file: Content::Backup,
        },
        "fr",
    )
    .message;
    assert!(
        said.contains("celle du coffre") && said.contains("clé USB"),
        "{said}"
    );
    let mut front = Chooser::at(&saved);
    backup::create(&req, crate::vault::Secret::Passphrase(SEALING), &mut front)
        .unwrap()
        .unwrap();
    assert!(saved.exists());
    // Its name gives the day and the local time: two backups the same day are two files.
    let name = &front.asked[0].file_name;
    let time = req.now.with_timezone(&chrono::Local).format("%H%M");
    assert_eq!(
        *name,
        format!("sauvegarde-{}-{time}.enc", req.today),
        "{name}"
    );
    // Opened with the recovery key, no passphrase is the session's own: a member's is refused
    // all the same (review, 2026-12-06).
    let key = team::new_recovery_key(&req).unwrap();
    session::lock(&app);
    session::unlock(&app.request(), None, Some(&key)).unwrap();
    refused_as_the_vaults(
        backup::create(
            &app.request(),
            crate::vault::Secret::Passphrase(PASSPHRASE),
            &mut Chooser::at(&saved),
        ),
        Content::Backup,
    );
}

/// Asserts that `result` is the refusal of the vault's own passphrase for sealing `file`.
#[track_caller]
fn refused_as_the_vaults<T: std::fmt::Debug>(result: Result<T>, file: Content) {
    assert!(
        matches!(&result, Err(Error::PassphraseOfTheVault { file: f }) if *f == file),
        "{result:?}"
    );
}

/// Adversarial review, 2026-12-07: a file saved onto a pipe or a device took it away (written
/// beside, renamed over it). The app writes no file through one: each is refused, by name, the
/// pipe left as it was, and nothing is recorded as exported.
#[cfg(unix)]
#[test]
fn nothing_is_saved_over_a_pipe() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxpipe");
    let req = app.request();
    let fifo = dir.path().join("tube");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()));
    let refused = |result: Result<()>| {
        assert!(
            matches!(
                &result,
                Err(Error::FileAccess {
                    cause: "special-target",
                    ..
                })
            ),
            "{result:?}"
        );
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe is still a pipe");
    };
    refused(documents::export(&req, &id, "consent", None, &mut Chooser::at(&fifo)).map(drop));
    refused(
        backup::create(
            &req,
            crate::vault::Secret::Passphrase(SEALING),
            &mut Chooser::at(&fifo),
        )
        .map(drop),
    );
    refused(handover::export(&req, &id, SEALING, &mut Chooser::at(&fifo)).map(drop));
    // Through a link, as `/dev/stdout` is one: the pipe's name all the same.
    let link = dir.path().join("lien");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    let through = documents::export(&req, &id, "consent", None, &mut Chooser::at(&link));
    assert!(
        matches!(
            &through,
            Err(Error::FileAccess {
                cause: "special-target",
                ..
            })
        ),
        "{through:?}"
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(exports(&app, "case-exported"), 0, "nothing was exported");
}

/// A backup stands where a document, a log or a bundle is saved: it is kept and the save is
/// refused (security review, 2026-12-05: `export ID --out sauvegarde.passerelle` took last
/// week's backup). A newer backup over it is what naming it means, and is written.
#[test]
fn a_backup_is_replaced_only_by_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxsealed");
    let req = app.request();
    let secret = || crate::vault::Secret::Passphrase(SEALING);
    let saved = dir.path().join("sauvegarde.passerelle");
    backup::create(&req, secret(), &mut Chooser::at(&saved))
        .unwrap()
        .unwrap();
    let before = std::fs::read(&saved).unwrap();
    let refused = |result: Result<()>| {
        assert!(
            matches!(
                result,
                Err(crate::Error::WouldReplaceSealed {
                    content: Some(crate::vault::seal::Content::Backup)
                })
            ),
            "{result:?}"
        );
        assert_eq!(std::fs::read(&saved).unwrap(), before, "the backup is kept");
    };
    refused(documents::export(&req, &id, "consent", None, &mut Chooser::at(&saved)).map(drop));
    refused(audit::save(&req, &mut Chooser::at(&saved)).map(drop));
    refused(handover::export(&req, &id, SEALING, &mut Chooser::at(&saved)).map(drop));
    assert_eq!(exports(&app, "case-exported"), 0, "nothing was exported");

    backup::create(&req, secret(), &mut Chooser::at(&saved))
        .unwrap()
        .unwrap();
    assert_ne!(
        std::fs::read(&saved).unwrap(),
        before,
        "a newer backup replaces it"
    );
    // A file in clear there is replaced as before: only sealed files are kept this way.
    let letter = dir.path().join("accord.pdf");
    std::fs::write(&letter, b"%PDF-1.7 old").unwrap();
    documents::export(&req, &id, "consent", None, &mut Chooser::at(&letter)).unwrap();
    assert_ne!(std::fs::read(&letter).unwrap(), b"%PDF-1.7 old");
}

/// A file is put in its place only once its export is recorded: a record that fails leaves no
/// file in clear and keeps the one already there (data-loss review and code review, 2026-12-05).
#[test]
fn an_export_whose_record_fails_leaves_no_file_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("accord.pdf");
    let failing = |write: &mut dyn FnMut(&[u8]) -> Result<()>| -> Result<()> {
        write(b"%PDF Zqxclair")?;
        Err(crate::Error::Internal("the commit failed"))
    };
    assert!(placed_once_recorded(&out, failing).is_err());
    assert!(!out.exists());
    placed_once_recorded(&out, |write| write(b"%PDF old")).unwrap();
    assert!(placed_once_recorded(&out, failing).is_err());
    assert_eq!(std::fs::read(&out).unwrap(), b"%PDF old");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing beside it"
    );
}

#[test]
fn a_document_export_is_recorded_only_once_the_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxexport");
    let req = app.request();

    let cancelled =
        documents::export(&req, &id, "consent", None, &mut Chooser::cancelling()).unwrap();
    assert!(!cancelled.file.saved);
    assert_eq!(
        exports(&app, "case-exported"),
        0,
        "a closed dialog records nothing"
    );

    let nowhere = dir.path().join("no-such-folder").join("accord.pdf");
    assert!(documents::export(&req, &id, "consent", None, &mut Chooser::at(&nowhere)).is_err());
    assert!(!nowhere.exists());
    assert_eq!(
        exports(&app, "case-exported"),
        0,
        "a failed write records nothing"
    );

    let target = dir.path().join("accord.pdf");
    let mut front = Chooser::at(&target);
    let saved = documents::export(&req, &id, "consent", None, &mut front).unwrap();
    let [offer] = &front.asked[..] else {
        panic!(
            "the front end is asked once where to save: {:?}",
            front.asked
        )
    };
    assert_eq!(offer.extension, "pdf");
    assert!(
        !offer.file_name.contains("Zqxexport"),
        "a neutral file name: {}",
        offer.file_name
    );
    assert!(saved.file.saved);
    assert_eq!(saved.file.file_name.as_deref(), Some("accord.pdf"));
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF"));
    assert_eq!(
        exports(&app, "case-exported"),
        1,
        "a written file is recorded once"
    );
}

#[test]
fn an_audit_export_shows_itself_and_leaves_no_trace_when_it_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let req = app.request();

    assert!(!audit::save(&req, &mut Chooser::cancelling()).unwrap());
    let nowhere = dir.path().join("no-such-folder").join("journal.json");
    assert!(audit::save(&req, &mut Chooser::at(&nowhere)).is_err());
    assert_eq!(exports(&app, "audit-exported"), 0);

    let target = dir.path().join("journal.json");
    assert!(audit::save(&req, &mut Chooser::at(&target)).unwrap());
    let copy: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    let last = copy["entries"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        last["action"], "audit-exported",
        "the copy shows its own export"
    );
    assert_eq!(copy["chain"]["status"], "intact");
    assert_eq!(exports(&app, "audit-exported"), 1);
}

#[test]
fn a_case_file_export_is_recorded_only_if_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxfile");
    let req = app.request();
    let failed = cases::export_file(&req, &id, |_| Err(Error::Internal("disk full")));
    assert!(failed.is_err());
    assert_eq!(exports(&app, "case-exported"), 0);
    let mut written = Vec::new();
    cases::export_file(&req, &id, |bytes| {
        written.extend_from_slice(bytes);
        Ok(())
    })
    .unwrap();
    assert!(String::from_utf8(written).unwrap().contains("Zqxfile"));
    assert_eq!(exports(&app, "case-exported"), 1);
}

#[test]
fn every_use_case_refuses_a_locked_vault_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxlocked");
    app.lock();
    let req = app.request();
    let out = dir.path().join("out");
    let mut front = Chooser::at(&out);
    let answer = interview::Answer::Code("yes".into());
    let locked = |what: &str, r: Result<()>| {
        assert!(matches!(r, Err(Error::Locked)), "{what}: {r:?}");
    };
    locked(
        "list",
        cases::list(&req, "", cases::Sort::Name, 0).map(drop),
    );
    locked("create", cases::create(&req, "Zqx", "Lea").map(drop));
    locked(
        "namesakes",
        cases::namesakes(&req, "Zqx", "Lea", None).map(drop),
    );
    locked("page", cases::page(&req, &id).map(drop));
    locked("open", cases::open(&req, &id).map(drop));
    locked("close", cases::set_closed(&req, &id, Some("")).map(drop));
    locked("consent", cases::set_consent(&req, &id, None).map(drop));
    locked("delete", cases::delete(&req, &id));
    locked("retention", cases::retention(&req).map(drop));
    locked("dashboard", cases::dashboard(&req, None).map(drop));
    locked("file", cases::export_file(&req, &id, |_| Ok(())));
    locked("step", interview::step(&req, &id, None).map(drop));
    locked(
        "answer",
        interview::answer(&req, &id, "identity", "complaint", &answer).map(drop),
    );
    locked("review", interview::review(&req, &id).map(drop));
    locked("note", followup::add_note(&req, &id, "texte").map(drop));
    locked(
        "document",
        documents::export(&req, &id, "consent", None, &mut front).map(drop),
    );
    locked("addressee", documents::addressee(&req, &id).map(drop));
    locked("signer", documents::save_signer(&req, "933", true));
    locked("association", settings::association(&req).map(drop));
    locked(
        "idle",
        settings::update(
            &req,
            &settings::SettingsUpdate {
                idle_lock_minutes: Some(10.0),
                ..Default::default()
            },
        )
        .map(drop),
    );
    locked("backup status", backup::status(&req).map(drop));
    locked(
        "backup",
        backup::create(&req, Secret::Passphrase(PASSPHRASE), &mut front).map(drop),
    );
    locked(
        "handover",
        handover::export(&req, &id, PASSPHRASE, &mut front).map(drop),
    );
    locked("team", team::list(&req).map(drop));
    locked("audit", audit::page(&req, &Default::default()).map(drop));
    locked("audit export", audit::save(&req, &mut front).map(drop));
    locked("session", session::info(&req).map(drop));
    locked(
        "passphrase",
        session::change_passphrase(&req, PASSPHRASE, "citron bicyclette orage nuage"),
    );
    assert!(
        front.asked.is_empty(),
        "no dialog is opened for a locked vault"
    );
    assert!(!out.exists(), "nothing leaves a locked vault");
}

/// A save dialog answered after the vault was locked behind it (the idle lock, Ctrl+L).
struct LockedWhileAsking<'a> {
    app: &'a App,
    path: PathBuf,
}

impl FrontEnd for LockedWhileAsking<'_> {
    fn save_to(&mut self, _: &FileOffer) -> Option<PathBuf> {
        self.app.lock();
        Some(self.path.clone())
    }
    fn open_from(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        self.save_to(offer)
    }
}

/// Review, 2026-12-04: a lock while the hand-over's save dialog was open left the bundle written
/// and the audit log without its record. Nothing leaves the vault once it is locked.
#[test]
fn a_lock_during_the_save_dialog_writes_nothing_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxdialog");
    let before = actions(&app).len();
    let out = dir.path().join("out.bin");
    let req = app.request();
    let mut front = LockedWhileAsking {
        app: &app,
        path: out.clone(),
    };
    let handover = handover::export(&req, &id, "citron bicyclette orage nuage", &mut front);
    assert!(matches!(handover, Err(Error::Locked)), "{handover:?}");
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
    let backup = backup::create(&req, Secret::Passphrase(SEALING), &mut front);
    assert!(matches!(backup, Err(Error::Locked)), "{:?}", backup.err());
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
    let document = documents::export(&req, &id, "consent", None, &mut front);
    assert!(
        matches!(document, Err(Error::Locked)),
        "{:?}",
        document.err()
    );

    assert!(!out.exists(), "nothing written");
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
    let after = actions(&app);
    assert_eq!(
        after[before..].iter().filter(|a| *a != "unlock").count(),
        0,
        "{:?}",
        &after[before..]
    );
}

#[test]
fn the_request_language_and_names_reach_the_view_models() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxlang");

    let fr = app.request();
    let en = Request {
        lang: "en",
        ..app.request()
    };
    assert_eq!(
        cases::dashboard(&fr, None).unwrap().today_label,
        "26\u{a0}novembre\u{a0}2026"
    );
    assert_eq!(
        cases::dashboard(&en, None).unwrap().today_label,
        "26 November 2026"
    );
    let heading = serde_json::to_value(cases::open(&en, &id).unwrap()).unwrap();
    assert_eq!(heading["createdLabel"], "26 November 2026");
    assert_eq!(
        backup::file(&en).title,
        L10n::get().format("en", "backup-dialog-title", &[])
    );
    let error = ErrorView::new(&Error::Locked, "en");
    assert_eq!(error.message, L10n::get().format("en", "error-locked", &[]));

    let shown = cases::list(&fr, "", cases::Sort::Name, 0).unwrap().rows;
    assert_eq!(shown[0].display_name, "ZQXLANG Lea");
    let hidden = Request {
        names: Names::Hidden,
        ..fr
    };
    let rows = cases::list(&hidden, "", cases::Sort::Name, 0).unwrap().rows;
    assert!(
        !rows[0].display_name.contains("ZQXLANG"),
        "{}",
        rows[0].display_name
    );
    assert!(!cases::page(&hidden, &id).unwrap().name.contains("ZQXLANG"));
    let heading = serde_json::to_value(cases::open(&hidden, &id).unwrap()).unwrap();
    assert!(!heading["displayName"].as_str().unwrap().contains("ZQXLANG"));

    // Retention proposes her case once she refuses that it be kept: by name, or by initials.
    let refused = cases::ConsentDraft {
        storage: Some(cases::ConsentDecisionDraft {
            status: crate::model::case::ConsentStatus::Refused,
            date: String::new(),
        }),
        notice_language: "ru".into(),
        ..Default::default()
    };
    cases::set_consent(&fr, &id, Some(&refused)).unwrap();
    let listed = |req| serde_json::to_string(&cases::retention(req).unwrap()).unwrap();
    assert!(listed(&fr).contains("ZQXLANG"));
    assert!(!listed(&hidden).contains("ZQXLANG"), "{}", listed(&hidden));
}

#[test]
fn settings_change_the_next_request_and_are_saved_with_the_preferences() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path()).with_prefs_in(dir.path());
    let update = settings::SettingsUpdate {
        language: Some("en-GB".into()),
        hide_names: Some(true),
        idle_lock_minutes: Some(12.0),
        ..Default::default()
    };
    settings::update(&app.request(), &update).unwrap();
    let req = app.request();
    assert_eq!((req.lang, req.names), ("en", Names::Hidden));
    assert_eq!(app.idle_lock_minutes(), Some(12));
    let again = App::new(dir.path().join("store")).with_prefs_in(dir.path());
    assert_eq!(
        again.request().lang,
        "en",
        "the language survives a restart"
    );

    for typed in [0.0, -5.0, 2.5, 61.0] {
        let out_of_range = settings::SettingsUpdate {
            idle_lock_minutes: Some(typed),
            retention_months: Some(6.0),
            ..Default::default()
        };
        let err = settings::update(&req, &out_of_range).unwrap_err();
        assert_eq!(
            ErrorView::new(&err, "fr").message,
            "Champ «\u{a0}délai de verrouillage automatique\u{a0}»\u{a0}: choisissez un nombre entier de 1 à 60\u{a0}minutes. Rien n’a été enregistré.",
            "{typed}"
        );
    }
    assert_eq!(app.idle_lock_minutes(), Some(12));
    assert_eq!(
        serde_json::to_value(settings::get(&app.request())).unwrap()["retentionMonths"],
        24,
        "a value out of range changes nothing, not even the valid ones beside it"
    );
}

#[test]
fn the_text_size_is_a_preference_known_before_unlock_and_kept_in_its_range() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path()).with_prefs_in(dir.path());
    assert_eq!(app.text_size(), 100);
    let bigger = settings::SettingsUpdate {
        text_size: Some(150.0),
        ..Default::default()
    };
    let shown = settings::update(&app.request(), &bigger).unwrap();
    let shown = serde_json::to_value(shown).unwrap();
    assert_eq!(shown["textSize"], 150);
    assert_eq!(
        shown["textSizes"],
        serde_json::json!([80, 90, 100, 110, 125, 150, 175, 200])
    );
    app.lock();
    let status = serde_json::to_value(session::status(&app.request())).unwrap();
    assert_eq!(status["textSize"], 150, "the unlock screen opens at it");
    let again = App::new(dir.path().join("store")).with_prefs_in(dir.path());
    assert_eq!(again.text_size(), 150, "kept across a restart");

    for typed in [79.0, 201.0, 112.5] {
        let wrong = settings::SettingsUpdate {
            text_size: Some(typed),
            ..Default::default()
        };
        let err = settings::update(&again.request(), &wrong).unwrap_err();
        assert_eq!(
            ErrorView::new(&err, "fr").message,
            "Champ «\u{a0}taille du texte\u{a0}»\u{a0}: choisissez un nombre entier de 80 à 200\u{a0}%. Rien n’a été enregistré.",
            "{typed}"
        );
        let english = ErrorView::new(&err, "en").message;
        assert!(english.contains("from 80 to 200%"), "{typed}: {english}");
    }
    assert_eq!(again.text_size(), 150);
    // A preferences file edited by hand to a size out of range opens at 100 %.
    std::fs::write(
        crate::prefs::path_in(dir.path()),
        br#"{"language":"fr","hideNames":false,"textSize":900}"#,
    )
    .unwrap();
    assert_eq!(crate::prefs::Prefs::load(dir.path()).text_size, 100);
}

#[test]
fn case_operations_are_recorded_with_the_request_time() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxtime");
    let req = app.request();
    cases::page(&req, &id).unwrap();
    followup::add_note(&req, &id, "Rendez-vous pris").unwrap();
    cases::delete(&req, &id).unwrap();
    let entries = app.vault().read(log_table::all).unwrap();
    let tail: Vec<(&str, &str)> = entries[entries.len() - 4..]
        .iter()
        .map(|e| (e.action.as_str(), e.at.as_str()))
        .collect();
    let noon = "2026-11-26T12:00:00Z";
    assert_eq!(
        tail,
        [
            ("case-created", noon),
            ("case-viewed", noon),
            ("case-edited", noon),
            ("case-deleted", noon),
        ]
    );
}

/// Review, 2026-12-04 (diff review): the lock count was read after the dialog and the
/// calibration, so a lock during them was missed and the restored store opened behind the clock,
/// its recovery key sent to a page thrown away. Read at the use case's start, the lock is seen:
/// the store stays locked and its key is handed over by the next unlock.
#[test]
fn a_lock_during_a_restore_leaves_the_store_locked_and_its_key_for_the_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let (source, _) = app_with_case(&dir.path().join("a"), "Zqxrestore");
    let file = dir.path().join("sauvegarde.passerelle");
    backup::create(
        &source.request(),
        Secret::Passphrase("citron bicyclette orage nuage"),
        &mut Chooser::at(&file),
    )
    .unwrap();

    let fresh = App::new(dir.path().join("b").join("store"))
        .with_clock(FixedClock::on(day()))
        .with_kdf(KdfParams::FLOOR);
    let mut front = LockedWhileAsking {
        app: &fresh,
        path: file,
    };
    let restored = backup::restore(
        &fresh.request(),
        Secret::Passphrase("citron bicyclette orage nuage"),
        PASSPHRASE,
        &mut front,
    );
    assert!(
        matches!(restored, Err(Error::Locked)),
        "{:?}",
        restored.err()
    );
    assert!(fresh.vault().exists() && !fresh.vault().is_unlocked());
    let unlocked = session::unlock(&fresh.request(), Some(PASSPHRASE), None).unwrap();
    assert!(
        unlocked.unseen_recovery_key.is_some(),
        "the key never shown"
    );
}

/// Review, 2026-12-04: weakening a protection left no trace (the idle delay, the names shown, the
/// association's profile), and the names could be shown again while the vault was locked.
#[test]
fn weakening_a_protection_is_recorded_and_showing_names_needs_an_open_vault() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let req = app.request();
    let update = |u: settings::SettingsUpdate| settings::update(&req, &u);
    update(settings::SettingsUpdate {
        idle_lock_minutes: Some(60.0),
        ..Default::default()
    })
    .unwrap();
    update(settings::SettingsUpdate {
        hide_names: Some(false),
        ..Default::default()
    })
    .unwrap();
    settings::save_association(&req, None).unwrap();
    let details = journal_details(&req, "settings-changed");
    assert_eq!(
        details,
        [
            "profil de l’association effacé",
            "noms affichés",
            "verrouillage automatique après 60\u{a0}min d’inactivité",
        ]
    );

    app.lock();
    let shown = update(settings::SettingsUpdate {
        hide_names: Some(false),
        ..Default::default()
    });
    assert!(matches!(shown, Err(Error::Locked)), "{:?}", shown.err());
    let hidden = update(settings::SettingsUpdate {
        hide_names: Some(true),
        ..Default::default()
    });
    assert!(hidden.is_ok(), "hiding them is always allowed");
}

/// The window is kept out of screen captures unless the worker allows them: allowing them is a
/// weakening, so only in an open vault and recorded first; protecting it again is always allowed.
/// The choice is a preference, read before unlock (the window is built then).
#[test]
fn screen_captures_are_allowed_only_unlocked_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::new(dir.path().join("store"))
        .with_prefs_in(dir.path())
        .with_clock(FixedClock::on(day()))
        .with_kdf(KdfParams::FLOOR);
    session::create(&app.request(), PASSPHRASE).unwrap();
    let req = app.request();
    assert!(!app.screen_capture_allowed(), "protected by default");
    let allow = |allowed: bool| {
        settings::update(
            &req,
            &settings::SettingsUpdate {
                screen_capture_allowed: Some(allowed),
                ..Default::default()
            },
        )
    };
    let shown = serde_json::to_value(allow(true).unwrap()).unwrap();
    assert_eq!(shown["screenCaptureAllowed"], true);
    assert!(app.screen_capture_allowed());
    assert_eq!(
        journal_details(&req, "settings-changed"),
        ["captures d’écran de la fenêtre autorisées"]
    );
    assert!(
        crate::prefs::Prefs::load(dir.path()).screen_capture_allowed,
        "kept for the next start"
    );
    app.lock();
    assert!(matches!(allow(true), Err(Error::Locked)));
    assert!(allow(false).is_ok(), "protecting is always allowed");
    assert!(!app.screen_capture_allowed());
}

/// A passphrase change a crash cut short after its key file was replaced is recorded by the next
/// unlock (`vault::settle_key_change`), and the journal says so in words. The crash is set up by
/// hand: the note a change leaves before writing its key files, for the key file as it is.
#[test]
fn a_passphrase_change_recorded_at_the_next_unlock_says_so_in_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let me = session::info(&app.request()).unwrap().slot_id;
    let keys = std::fs::read(dir.path().join("store").join(crate::vault::KEY_FILE)).unwrap();
    let keys = crate::vault::keyfile::KeyFile::parse(&keys).unwrap();
    let pending = crate::db::settings::KeyChangePending {
        check: keys.slot(&me).unwrap().check.clone(),
        slot_id: me,
        at: app.request().now,
        actor: Default::default(),
        detail: serde_json::json!({}),
    };
    app.vault()
        .write(|tx| crate::db::settings::set_key_change_pending(tx, Some(&pending)))
        .unwrap();
    session::lock(&app);
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
    assert_eq!(
        journal_details(&app.request(), "passphrase-changed"),
        ["inscrit au déverrouillage suivant\u{a0}: l’application s’était arrêtée pendant le changement"]
    );
}

/// The passphrase forgotten, the recovery key opens the vault and gives a passphrase slot a new
/// passphrase (UI review, 2026-12-06: nothing did, and she typed the key at every unlock); the old
/// passphrase no longer opens it, the new one does; a passphrase's session can do none of it.
#[test]
fn the_recovery_key_gives_a_forgotten_passphrase_a_new_one() {
    const NEW: &str = "girafe tambour lagune ciboulette";
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let key = team::new_recovery_key(&app.request()).unwrap();
    assert!(session::passphrase_slots(&app.request())
        .unwrap()
        .is_empty());
    let me = session::info(&app.request()).unwrap().slot_id;
    assert!(matches!(
        session::reset_passphrase(&app.request(), &me, NEW),
        Err(Error::NotRecoverySession)
    ));
    session::lock(&app);
    let unlocked = session::unlock(&app.request(), None, Some(&key)).unwrap();
    assert!(unlocked.with_recovery_key);
    let slots = session::passphrase_slots(&app.request()).unwrap();
    assert_eq!(slots.len(), 1, "{slots:?}");
    assert_eq!(slots[0].id, me);
    assert!(matches!(
        session::reset_passphrase(&app.request(), &slots[0].id, "court"),
        Err(Error::PassphraseTooWeak)
    ));
    assert!(matches!(
        session::reset_passphrase(&app.request(), "no-such-slot", NEW),
        Err(Error::NotFound { .. })
    ));
    session::reset_passphrase(&app.request(), &slots[0].id, NEW).unwrap();
    assert_eq!(
        journal_details(&app.request(), "passphrase-changed"),
        ["nouvelle phrase de passe donnée avec la clé de secours à\u{a0}: Créateur ou créatrice du coffre"]
    );
    session::lock(&app);
    assert!(matches!(
        session::unlock(&app.request(), Some(PASSPHRASE), None),
        Err(Error::WrongPassphrase)
    ));
    let unlocked = session::unlock(&app.request(), Some(NEW), None).unwrap();
    assert!(!unlocked.with_recovery_key);
}

/// Review, 2026-12-04: « 15/03/1026 » typed as a closing day was saved, and the case then failed
/// every read (the import's year check ran on stored cases), even the edit that would mend it.
#[test]
fn a_year_outside_1900_2999_is_refused_by_the_forms_and_a_stored_one_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxyear");
    let req = app.request();
    let closed = cases::set_closed(&req, &id, Some("15/03/1026"));
    assert!(
        matches!(closed, Err(Error::DateOutOfRange)),
        "{:?}",
        closed.err()
    );
    // A case stored with such a day (by an earlier version) opens, and can be mended.
    req.vault()
        .write(|tx| {
            let body: String =
                tx.query_row("SELECT body FROM cases WHERE id = ?1", [&id], |r| r.get(0))?;
            let mut v: serde_json::Value = serde_json::from_str(&body).unwrap();
            v["closedOn"] = "1026-03-15".into();
            tx.execute(
                "UPDATE cases SET body = ?1 WHERE id = ?2",
                [v.to_string(), id.clone()],
            )?;
            Ok(())
        })
        .unwrap();
    cases::page(&req, &id).unwrap();
    cases::set_closed(&req, &id, None).unwrap();
    cases::page(&req, &id).unwrap();
}

/// A recovery key shown but never confirmed as written down (the app quit, or a lock came,
/// before the box was ticked) is said at the next unlock, until she confirms it or a new one is
/// made and confirmed; a store made before this was kept says nothing.
#[test]
fn a_recovery_key_never_confirmed_is_said_at_each_unlock_until_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let unlock = || {
        session::lock(&app);
        session::unlock(&app.request(), Some(PASSPHRASE), None)
            .unwrap()
            .recovery_key_unconfirmed
    };
    assert!(unlock(), "the app quit on the recovery screen");
    assert!(unlock(), "and again");
    session::recovery_key_noted(&app.request()).unwrap();
    assert!(!unlock(), "confirmed");
    team::new_recovery_key(&app.request()).unwrap();
    assert!(unlock(), "a new key, not confirmed yet");
    session::recovery_key_noted(&app.request()).unwrap();
    assert!(!unlock());
    // Typed to unlock, the key is in her hands: nothing asked, then or after.
    let key = team::new_recovery_key(&app.request()).unwrap();
    session::lock(&app);
    let with_key = session::unlock(&app.request(), None, Some(&key)).unwrap();
    assert!(!with_key.recovery_key_unconfirmed);
    assert!(!unlock());
    // A store from before: no such record, nothing said.
    app.vault()
        .write(|tx| {
            tx.execute(
                "DELETE FROM settings WHERE key = 'recovery-key-pending'",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    assert!(!unlock());
    session::lock(&app);
    assert!(matches!(
        session::recovery_key_noted(&app.request()),
        Err(Error::Locked)
    ));
}

#[test]
fn the_audit_log_reads_in_words_with_names_links_and_a_filter() {
    let dir = tempfile::tempdir().unwrap();
    let (app, kept) = app_with_case(dir.path(), "Zqxkept");
    let req = app.request();
    let gone = cases::create(&req, "Zqxgone", "Ana").unwrap();
    cases::page(&req, &kept).unwrap();
    cases::set_closed(&req, &kept, Some("")).unwrap();
    cases::delete(&req, &gone).unwrap();
    settings::update(
        &req,
        &settings::SettingsUpdate {
            retention_months: Some(6.0),
            ..Default::default()
        },
    )
    .unwrap();

    let page = serde_json::to_value(audit::page(&req, &Default::default()).unwrap()).unwrap();
    let lines = page["entries"].as_array().unwrap();
    let text = serde_json::to_string(lines).unwrap();
    assert!(
        !text.contains("retentionMonths") && !text.contains("closedOn"),
        "{text}"
    );
    let of = |action: &str| {
        lines
            .iter()
            .find(|l| l["action"] == action)
            .unwrap_or_else(|| panic!("no {action} in {text}"))
    };
    assert_eq!(of("case-viewed")["what"], "Dossier consulté");
    assert_eq!(of("case-viewed")["case"]["name"], "ZQXKEPT Lea");
    assert_eq!(of("case-viewed")["case"]["id"], kept.as_str());
    assert_eq!(of("case-edited")["detail"], "clôture du dossier");
    assert_eq!(
        of("settings-changed")["detail"],
        "conservation\u{a0}: 6\u{a0}mois\u{202f}; rappel de sauvegarde\u{a0}: 7\u{a0}jours"
    );
    let deleted = of("case-deleted");
    assert_eq!(deleted["case"]["name"], "dossier supprimé");
    assert!(deleted["case"]["id"].is_null(), "no link to a deleted case");
    assert!(of("store-created")["atLabel"]
        .as_str()
        .unwrap()
        .contains("novembre\u{a0}2026 à"));
    for line in lines {
        assert!(!line["who"].as_str().unwrap().is_empty(), "{line}");
    }

    // Names hidden: initials only.
    let hidden = Request {
        names: Names::Hidden,
        ..app.request()
    };
    let text = serde_json::to_string(&audit::page(&hidden, &Default::default()).unwrap()).unwrap();
    assert!(!text.contains("ZQXKEPT"), "{text}");

    // The filter: one case, one kind, days.
    let only = |query: audit::AuditQuery| {
        let page = serde_json::to_value(audit::page(&req, &query).unwrap()).unwrap();
        page["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["action"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let of_kept = only(audit::AuditQuery {
        case_id: Some(kept.clone()),
        ..Default::default()
    });
    assert_eq!(of_kept, ["case-edited", "case-viewed", "case-created"]);
    let viewed = only(audit::AuditQuery {
        action: Some("case-viewed".into()),
        ..Default::default()
    });
    assert_eq!(viewed, ["case-viewed"]);
    // The fixed clock's instant is on 26/11/2026 wherever the tests run within a day of UTC.
    let around = |from: &str, to: &str| {
        only(audit::AuditQuery {
            from: Some(from.into()),
            to: Some(to.into()),
            ..Default::default()
        })
        .len()
    };
    assert_eq!(around("25/11/2026", "27/11/2026"), lines.len());
    assert_eq!(around("28/11/2026", ""), 0);
    assert_eq!(around("", "24/11/2026"), 0);
    // A day that is not one is named, and reversed days are said so (UI review, 2026-12-05).
    let refused = |from: &str, to: &str| match audit::page(
        &req,
        &audit::AuditQuery {
            from: Some(from.into()),
            to: Some(to.into()),
            ..Default::default()
        },
    ) {
        Err(Error::InvalidField { field, reason }) => Some((field.code(), reason)),
        _ => None,
    };
    assert_eq!(
        refused("32/13/2026", ""),
        Some((
            "audit-from".to_string(),
            crate::error::Invalid::NotATypedDay
        ))
    );
    assert_eq!(
        refused("27/11/2026", "25/11/2026"),
        Some((
            "audit-to".to_string(),
            crate::error::Invalid::EndBeforeStart
        ))
    );
    assert_eq!(refused("26/11/2026", "26/11/2026"), None, "one day");
    let choices =
        &serde_json::to_value(audit::page(&req, &Default::default()).unwrap()).unwrap()["choices"];
    assert_eq!(choices["cases"].as_array().unwrap().len(), 1);
    assert_eq!(choices["people"].as_array().unwrap().len(), 1);
    assert_eq!(
        choices["actions"].as_array().unwrap().len(),
        log_table::Action::ALL.len()
    );
}

#[test]
fn a_case_with_the_same_name_is_found_in_any_spelling_with_what_tells_them_apart() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let fr = app.request();
    let person = |born: (i32, u32, u32), nationality: &str| {
        let mut case =
            crate::model::case::CaseFile::new(Some("Testenko".into()), Some("Olena".into()));
        case.person.birth_date = NaiveDate::from_ymd_opt(born.0, born.1, born.2);
        case.person.nationality = Some(nationality.into());
        cases::import(
            &fr,
            &crate::model::case::CaseDocument::from_case(&case).unwrap(),
        )
        .unwrap()
    };
    let first = person((1995, 3, 12), "UA");
    cases::create(&fr, "Testenkova", "Olena").unwrap();
    cases::create(&fr, "Testenko", "Maria").unwrap();

    let ids = |family: &str, given: &str, except: Option<&str>| -> Vec<String> {
        cases::namesakes(&fr, family, given, except)
            .unwrap()
            .into_iter()
            .map(|n| {
                serde_json::to_value(n).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    for (family, given) in [
        ("Testenko", "Olena"),
        ("TESTENKO", "olena"),
        ("Testenco", "Olena"),
        ("Тестенко", "Олена"),
        ("  testénko ", "Oléna"),
    ] {
        assert_eq!(
            ids(family, given, None),
            std::slice::from_ref(&first),
            "{family} {given}"
        );
    }
    let mensah = cases::create(&fr, "Mensah", "Akosua").unwrap();
    assert_eq!(ids("mensàh", "AKOSUA", None), [mensah]);
    // Whole words: another name that starts the same is someone else.
    assert!(ids("Testenk", "Olena", None).is_empty());
    assert!(ids("Petrenko", "Olena", None).is_empty());
    assert!(ids("", "", None).is_empty(), "no name, no namesake");
    assert!(ids("Testenko", "Olena", Some(&first)).is_empty());

    // Two of them: each case's page names the other, with what tells them apart.
    let second = person((2001, 7, 4), "MD");
    let found =
        serde_json::to_value(cases::namesakes(&fr, "Testenko", "Olena", None).unwrap()).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 2);
    let detail = serde_json::to_value(cases::open(&fr, &first).unwrap()).unwrap();
    assert_eq!(detail["namesakes"].as_array().unwrap().len(), 1);
    assert_eq!(detail["namesakes"][0]["id"], second.as_str());
    let facts = |v: &serde_json::Value| {
        v.as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().replace('\u{a0}', " "))
            .collect::<Vec<_>>()
    };
    assert!(
        facts(&detail["facts"]).contains(&"Date de naissance : 12 mars 1995".to_string()),
        "{detail}"
    );
    assert!(
        facts(&detail["namesakes"][0]["facts"])
            .contains(&"Date de naissance : 4 juillet 2001".to_string()),
        "{detail}"
    );
    assert_eq!(
        detail["namesakes"][0]["createdLabel"],
        "26\u{a0}novembre\u{a0}2026"
    );

    // Names hidden: initials only.
    let hidden = Request {
        names: Names::Hidden,
        ..fr
    };
    let found =
        serde_json::to_string(&cases::namesakes(&hidden, "Testenko", "Olena", None).unwrap())
            .unwrap();
    assert!(!found.to_lowercase().contains("testenko"), "{found}");
}

/// The checklist's second language chosen on the case page is the language the case keeps for
/// her: the checklist and the interview follow it, side by side stays as it was, and a language
/// the checklist is not written in is refused with nothing changed.
#[test]
fn the_language_she_reads_is_chosen_from_the_case_page() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxlangue");
    let req = app.request();
    let page = followup::set_reading_language(&req, &id, "ar").unwrap();
    assert_eq!(page.checklist_language, "ar");
    assert_eq!(page.checklist_language_label, "arabe");
    assert_eq!(page.checklist_languages[0].code, "fr", "French alone first");
    assert_eq!(page.checklist_languages[0].label, "aucune (français seul)");
    assert_eq!(page.checklist_languages.len(), 12);
    let step = interview::step(&req, &id, None).unwrap();
    assert_eq!(
        step.person_language.as_deref(),
        Some("ar"),
        "the interview's too"
    );
    assert!(!step.side_by_side, "side by side stays off");

    let refused = followup::set_reading_language(&req, &id, "tlh");
    assert!(
        matches!(refused, Err(Error::InvalidField { .. })),
        "{refused:?}"
    );
    let page = followup::set_reading_language(&req, &id, "fr").unwrap();
    assert_eq!(page.checklist_language, "fr", "French alone");
    let spool = Spool::default();
    documents::print(&req, &id, "checklist", None, &spool).unwrap();
}

#[test]
fn a_note_shows_who_wrote_it_when_her_slot_has_a_label() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxnote");
    let req = app.request();
    // The first slot has no label: no author.
    let page = followup::add_note(&req, &id, "Premier contact").unwrap();
    assert_eq!(page.notes[0].author, None);
    assert!(
        !page.notes[0].at_label.contains(" par "),
        "{}",
        page.notes[0].at_label
    );
    // A team member writes the next one; a name with an invisible character is refused first.
    const MEMBER: &str = "orage pivoine lanterne falaise";
    let hidden = team::add(&req, "Claire\u{200b}D", MEMBER, team::SlotRole::Worker);
    assert!(
        matches!(hidden, Err(Error::HiddenCharacters { .. })),
        "{hidden:?}"
    );
    team::add(&req, "Claire (accueil)", MEMBER, team::SlotRole::Worker).unwrap();
    app.lock();
    session::unlock(&app.request(), Some(MEMBER), None).unwrap();
    let page = followup::add_note(&app.request(), &id, "Rendez-vous pris").unwrap();
    let note = page
        .notes
        .iter()
        .find(|n| n.text == "Rendez-vous pris")
        .unwrap();
    assert_eq!(note.author.as_deref(), Some("Claire (accueil)"));
    assert!(
        note.at_label.ends_with("par Claire (accueil)"),
        "{}",
        note.at_label
    );
}

#[test]
fn a_new_rule_pack_version_makes_the_derived_rows_stale_and_the_background_pass_derives_them_again()
{
    use crate::derived::Derivation;
    use crate::legal::RulePack;
    use crate::model::case::{CaseDocument, CaseFile, ReflectionPeriod};

    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let req = app.request();
    let mut case = CaseFile::new(Some("Fixture".into()), Some("Pack".into()));
    case.reflection_period = Some(ReflectionPeriod {
        recepisse_issued: Some(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()),
    });
    cases::import(&req, &CaseDocument::from_case(&case).unwrap()).unwrap();
    let next = |req: &Request<'_>| {
        let page = cases::list(req, "", cases::Sort::Name, 0).unwrap();
        page.rows[0].next_deadline.as_ref().map(|d| d.date)
    };
    let before = next(&req);
    assert!(!index::pending(&req), "written with the pack in use");
    assert_eq!(index::refresh(&req, |_| {}).unwrap(), 0);

    // A later pack that gives the reflection period 45 days instead of 30.
    let mut json: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
    json["version"] = "2034.1.1".into();
    for rule in json["deadlines"].as_array_mut().unwrap() {
        if rule["kind"] == "reflection-period-end" {
            rule["days"] = 45.into();
        }
    }
    let newer = RulePack::from_json(&json.to_string()).unwrap();
    let rules = Derivation::with(&newer);
    assert_ne!(
        rules.stamp(),
        app.vault().read(Derivation::in_use).unwrap().stamp()
    );
    let stale = app
        .vault()
        .read(|c| crate::db::index::stale_count(c, &rules.stamp()))
        .unwrap();
    assert_eq!(stale, 1, "the row was computed with another pack version");
    // The list keeps showing the previous rows until the background pass has run.
    assert_eq!(next(&req), before);
    let mut progress = Vec::new();
    assert_eq!(
        index::refresh_with(&req, &rules, |p| progress.push(p)).unwrap(),
        1
    );
    assert_eq!(
        progress.last(),
        Some(&index::IndexProgress { done: 1, total: 1 })
    );
    let expected = crate::legal::deadlines::deadlines_with(&newer, &case, day())
        .into_iter()
        .find(|d| !d.passed)
        .map(|d| d.date);
    assert_eq!(next(&req), expected);
    assert_ne!(
        next(&req),
        before,
        "the new pack's reflection period is longer"
    );
    assert_eq!(index::refresh_with(&req, &rules, |_| {}).unwrap(), 0);
}

#[test]
fn the_list_shows_each_cases_stage_of_proceedings_from_the_derived_row() {
    use crate::model::case::{CaseDocument, CaseFile, CriminalCase, CriminalStage};

    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let req = app.request();
    let mut case = CaseFile::new(Some("Fixture".into()), Some("Stage".into()));
    case.criminal_case = Some(CriminalCase {
        stage: Some(CriminalStage::Trial),
        final_conviction_date: None,
        regular_stay_on_final_conviction: None,
    });
    let id = cases::import(&req, &CaseDocument::from_case(&case).unwrap()).unwrap();
    cases::create(&req, "Fixture", "Nostage").unwrap();
    let stages = |req: &Request<'_>| -> Vec<(String, Option<String>)> {
        let page = cases::list(req, "", cases::Sort::Name, 0).unwrap();
        page.rows
            .into_iter()
            .map(|r| (r.display_name, r.stage_label))
            .collect()
    };
    assert_eq!(
        stages(&req),
        [
            ("FIXTURE Nostage".to_string(), None),
            (
                "FIXTURE Stage".to_string(),
                Some("procès en première instance".to_string())
            ),
        ]
    );
    // A change of stage reaches the list with the write that makes it.
    cases::change(&req, &id, "criminalCase", |c| {
        c.criminal_case.as_mut().unwrap().stage = Some(CriminalStage::Appeal);
        Ok(())
    })
    .unwrap();
    assert_eq!(stages(&req)[1].1.as_deref(), Some("en appel"));
}

#[test]
fn a_new_day_changes_the_list_and_the_dashboard_without_recomputing_anything() {
    use crate::model::case::{CaseDocument, CaseFile, ReflectionPeriod};

    // Written on 26 November: the reflection period ends in the coming days.
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    let mut case = CaseFile::new(Some("Fixture".into()), Some("Midnight".into()));
    case.reflection_period = Some(ReflectionPeriod {
        recepisse_issued: Some(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()),
    });
    cases::import(&app.request(), &CaseDocument::from_case(&case).unwrap()).unwrap();
    let before = cases::list(&app.request(), "", cases::Sort::Name, 0).unwrap();
    let board = cases::dashboard(&app.request(), None).unwrap();
    assert!(before.rows[0].next_deadline.is_some() && !before.rows[0].overdue);
    assert_eq!((board.overdue_total, board.upcoming_total), (0, 1));
    app.lock();

    // The same store opened a month later: the rows are as written, nothing is stale, and the
    // screens read the day of the request.
    let later = NaiveDate::from_ymd_opt(2026, 12, 28).unwrap();
    let app = App::new(dir.path().join("store"))
        .with_clock(FixedClock::on(later))
        .with_kdf(KdfParams::FLOOR);
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
    let req = app.request();
    assert!(!index::pending(&req), "a day passing makes no row stale");
    let after = cases::list(&req, "", cases::Sort::Name, 0).unwrap();
    let board = cases::dashboard(&req, None).unwrap();
    assert!(
        after.rows[0].overdue,
        "the reflection period ended without a complaint"
    );
    assert_ne!(after.rows[0].next_deadline, before.rows[0].next_deadline);
    assert_eq!((board.overdue_total, board.upcoming_total), (1, 0));
    assert_eq!(index::refresh(&req, |_| {}).unwrap(), 0);
}

/// A document the case cannot support yet is not offered as a button that fails: the page says
/// which fact is missing, in words; once the case records it, the document is offered.
#[test]
fn a_document_the_case_cannot_support_yet_says_which_fact_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxdoc");
    let req = app.request();
    let page = cases::page(&req, &id).unwrap();
    let first = page
        .document_routes
        .iter()
        .find(|r| r.id == "cst-l425-1")
        .expect("a new case is headed for the first card");
    let reason = |doc: &str| {
        first
            .unavailable
            .iter()
            .find(|u| u.document == doc)
            .map(|u| u.reason.replace(['\u{a0}', '\u{202f}'], " "))
    };
    // Every fact to fill in, each by its label (never a path), and nothing of a failed save.
    assert_eq!(
        reason("letter").as_deref(),
        Some("Impossible de désigner la préfecture compétente : l’adresse de la personne n’a ni code commune (Insee) ni code postal. Complétez son adresse. À renseigner dans le dossier : plainte ou témoignage.")
    );
    assert_eq!(
        reason("support-letter").as_deref(),
        Some("Impossible de désigner la préfecture compétente : l’adresse de la personne n’a ni code commune (Insee) ni code postal. Complétez son adresse. À renseigner dans le dossier : plainte ou témoignage.")
    );
    assert_eq!(reason("checklist"), None, "the checklist needs no fact");

    let json = include_str!("../../../../tests/fixtures/case-spec-example.json");
    let (document, _) = crate::model::case::CaseDocument::parse(json.as_bytes()).unwrap();
    let spec_id = cases::import(&req, &document).unwrap();
    let page = cases::page(&req, &spec_id).unwrap();
    let first = page
        .document_routes
        .iter()
        .find(|r| r.id == "cst-l425-1")
        .unwrap();
    // Every fact recorded; her agreement to the support letter was never asked (the spec's
    // example has no consent): that letter waits for it, a decision of the « Dossier » tab.
    let [waiting] = first.unavailable.as_slice() else {
        panic!("only the support letter waits: {:?}", first.unavailable)
    };
    assert_eq!(waiting.document, "support-letter");
    assert!(waiting.decided_in_file, "{waiting:?}");
    assert!(
        waiting.reason.starts_with(
            "Son accord à la transmission de ses informations à la préfecture n’a pas été demandé"
        ),
        "{waiting:?}"
    );

    // Closed, the support letter is refused as a decision of the « Dossier » tab, worded with
    // no field's name before it (visual check, 2026-12-05: « Date de clôture du dossier :
    // l'association a clos… » and a link to the answers).
    cases::set_closed(&req, &spec_id, Some(&day().to_string())).unwrap();
    let page = cases::page(&req, &spec_id).unwrap();
    let support = page
        .document_routes
        .iter()
        .find(|r| r.id == "cst-l425-1")
        .and_then(|r| {
            r.unavailable
                .iter()
                .find(|u| u.document == "support-letter")
        })
        .expect("the support letter of a closed case is refused");
    assert!(support.decided_in_file, "{support:?}");
    assert!(
        support
            .reason
            .starts_with("L’association a clos ce dossier"),
        "{support:?}"
    );
}

/// An empty passphrase (a field sent empty, an empty standard input) is none: refused as
/// missing, never tried, so never counted among the attempts that slow the store down.
#[test]
fn an_empty_passphrase_is_not_a_failed_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let app = unlocked_app(dir.path());
    app.lock();
    for _ in 0..4 {
        assert!(matches!(
            session::unlock(&app.request(), Some(""), None),
            Err(crate::Error::Required { .. })
        ));
        assert!(matches!(
            session::unlock(&app.request(), Some("  "), Some("")),
            Err(crate::Error::Required { .. })
        ));
    }
    assert_eq!(app.vault().failed_attempts(), 0);
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
}

/// The report form opens on the year a funder asks about: this one to today, or last year whole
/// until the end of March (UI review, 2026-12-05: it opened empty, and an empty day was « Cette
/// date n'existe pas »).
#[test]
fn the_report_form_proposes_the_year_and_an_empty_day_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let on = |y, m, d| {
        App::new(dir.path().join("store"))
            .with_clock(FixedClock::on(NaiveDate::from_ymd_opt(y, m, d).unwrap()))
    };
    let december = report::proposed_period(&on(2026, 12, 5).request());
    assert_eq!(
        (december.from.as_str(), december.to.as_str()),
        ("01/01/2026", "05/12/2026")
    );
    let march = report::proposed_period(&on(2027, 3, 31).request());
    assert_eq!(
        (march.from.as_str(), march.to.as_str()),
        ("01/01/2026", "31/12/2026")
    );
    let april = report::proposed_period(&on(2027, 4, 1).request());
    assert_eq!(
        (april.from.as_str(), april.to.as_str()),
        ("01/01/2027", "01/04/2027")
    );
    let app = unlocked_app(dir.path());
    let err = report::save_typed(
        &app.request(),
        "",
        "31/12/2026",
        report::ReportFormat::Pdf,
        &mut Chooser::cancelling(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::Required { .. }), "{err:?}");
}

/// A refused form names its field to the screen, by the code its control carries in `ui/js`
/// (`data-field`), and says which field in its words; an error about no field names none (UI
/// review, 2026-12-05: the keyboard went to the form's first field, whatever was wrong).
#[test]
fn a_refused_form_names_its_field_at_fault_to_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxfield");
    let req = app.request();
    let typed = crate::followup::AppointmentDraft {
        id: None,
        kind: crate::model::case::AppointmentKind::Court,
        date: "12/03/2027".into(),
        time: "25h".into(),
        place: String::new(),
        note: String::new(),
    };
    let err = followup::save_appointment(&req, &id, &typed).unwrap_err();
    let shown = ErrorView::new(&err, "fr");
    assert_eq!(shown.field.as_deref(), Some("appointment-time"));
    assert_eq!(
        shown.message,
        "Champ «\u{a0}heure du rendez-vous\u{a0}»\u{a0}: écrivez l’heure sous la forme 14 h 30, \
         14h30 ou 14:30. Rien n’a été enregistré."
    );
    let json = serde_json::to_value(&shown).unwrap();
    assert_eq!(json["field"], "appointment-time");
    // A filter saves nothing: its error does not say it saved nothing, and names the field as
    // the screen does (UI walk, 2026-12-06).
    let filter = Error::invalid(
        crate::error::Field::Named(crate::error::Named::AuditTo),
        crate::error::Invalid::EndBeforeStart,
    );
    let shown = ErrorView::new(&filter, "fr");
    assert!(
        shown.message.starts_with("Champ «\u{a0}Au\u{a0}»"),
        "{}",
        shown.message
    );
    assert!(!shown.message.contains("enregistré"), "{}", shown.message);
    assert_eq!(shown.field.as_deref(), Some("audit-to"));
    let locked = serde_json::to_value(ErrorView::new(&Error::Locked, "fr")).unwrap();
    assert!(locked.get("field").is_none(), "{locked}");
    assert!(locked.get("problems").is_none(), "{locked}");
    // Two fields at fault: the count, then each with its field, « Rien n'a été enregistré » said
    // once (a form was refused one field at a time).
    let both = crate::followup::AppointmentDraft {
        date: "31/02/2027".into(),
        ..typed.clone()
    };
    let err = followup::save_appointment(&req, &id, &both).unwrap_err();
    let shown = ErrorView::new(&err, "fr");
    assert_eq!(shown.code, "input.several");
    assert_eq!(
        shown.message,
        "2 champs sont à corriger. Rien n’a été enregistré."
    );
    assert_eq!(shown.field, None);
    let problems = shown.problems.as_deref().unwrap();
    let fields: Vec<Option<&str>> = problems.iter().map(|p| p.field.as_deref()).collect();
    assert_eq!(fields, [Some("appointment-date"), Some("appointment-time")]);
    assert_eq!(
        problems[1].message,
        "Champ «\u{a0}heure du rendez-vous\u{a0}»\u{a0}: écrivez l’heure sous la forme 14 h 30, \
         14h30 ou 14:30."
    );
    assert!(problems.iter().all(|p| !p.message.contains("enregistré")));
    let json = serde_json::to_value(&shown).unwrap();
    assert_eq!(json["problems"][0]["field"], "appointment-date");
    assert!(
        cases::page(&req, &id).unwrap().appointments.is_empty(),
        "nothing was saved"
    );
}

/// A hand-over sends her case to another association or a lawyer: refused once she refused or
/// withdrew that, before any dialog opens, with nothing written or logged; given, or never asked,
/// it goes (security review, 2026-12-06).
#[test]
fn no_hand_over_once_she_refused_that_her_case_be_passed_on() {
    use crate::followup::{ConsentDecisionDraft, ConsentDraft};
    use crate::model::case::ConsentStatus;
    let dir = tempfile::tempdir().unwrap();
    let (app, id) = app_with_case(dir.path(), "Zqxhandover");
    let req = app.request();
    let decided = |status| ConsentDraft {
        share_with_lawyer: Some(ConsentDecisionDraft {
            status,
            date: String::new(),
        }),
        notice_language: "fr".into(),
        ..ConsentDraft::default()
    };
    let out = dir.path().join("dossier.enc");
    for status in [ConsentStatus::Refused, ConsentStatus::Withdrawn] {
        cases::set_consent(&req, &id, Some(&decided(status))).unwrap();
        let mut front = Chooser::at(&out);
        let err = handover::export(&req, &id, PASSPHRASE, &mut front).unwrap_err();
        assert!(
            matches!(
                &err,
                Error::InvalidField {
                    reason: crate::error::Invalid::HandoverNotConsented,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(front.asked.is_empty(), "no dialog opened");
        assert!(!out.exists(), "nothing written");
        assert!(ErrorView::new(&err, "fr")
            .message
            .contains("à une autre association"));
    }
    assert_eq!(exports(&app, "case-handed-over"), 0);
    cases::set_consent(&req, &id, Some(&decided(ConsentStatus::Given))).unwrap();
    assert!(handover::export(&req, &id, SEALING, &mut Chooser::at(&out)).unwrap());
    assert!(out.exists());
    assert_eq!(exports(&app, "case-handed-over"), 1);
}
