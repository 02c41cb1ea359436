//! The application layer: the use cases both front ends call, the Tauri shell's commands and
//! `passerelle-cli`'s store verbs.
//!
//! # Contract
//!
//! - **One request context.** Every use case takes a [`Request`]: the language the person reads,
//!   names shown or hidden, the instant and the day (read once per request from the injected
//!   [`Clock`]), and the [`App`] it runs in. Who acts is the vault's session, the keyslot that
//!   unlocked: the vault stamps it on every record, so no front end can claim to be someone
//!   else.
//! - **View models out.** A use case returns plain serde structs (camelCase, ready to derive a
//!   TypeScript type), every date and label already worded in the request's language: Rust owns
//!   time and formatting. A failure is an [`Error`], worded for a person by [`ErrorView`].
//! - **Traces.** What is done to a case is recorded in the audit log in the same transaction as
//!   the change or the read (viewed, edited, exported, handed over, deleted).
//! - **Files leave the vault after the fact.** A use case that writes a file out of the vault
//!   asks the [`FrontEnd`] where (its dialog, or the path it was given) while the vault is not
//!   held, then writes and records the export in one transaction: a cancelled dialog, a failed
//!   write (rolled back) or a vault locked meanwhile records nothing and writes nothing.
//! - **Front ends do the rest, thinly**: dialogs and progress (through [`FrontEnd`]), window
//!   titles, parsing arguments, printing. The shell imports nothing below this module: the types
//!   that cross IPC are re-exported by the use case modules.
//! - **Layers import downward only**: `app` → `vault`, `db`, `interview`, `legal`, `documents`,
//!   `overview`, `followup`, `i18n` → `model`. Nothing below imports `app`.
//! - **Secrets typed in the UI** arrive as [`Passphrase`] or [`SecretInput`], built on `secrecy`:
//!   zeroed when dropped, never shown by `Debug`, read only where a key is derived.

pub mod audit;
pub mod backup;
pub mod cases;
pub mod documents;
pub mod followup;
pub mod handover;
pub mod index;
pub mod interview;
pub mod report;
pub mod rules;
pub mod session;
pub mod settings;
pub mod team;

#[cfg(test)]
mod tests;
mod words;

use std::collections::BTreeMap;
use std::ops::Deref;
use std::path::{Component, Path, PathBuf};
use std::sync::RwLock;

use chrono::{DateTime, NaiveDate, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::clock::{Clock, SystemClock};
use crate::error::{Field, LogSafe};
use crate::i18n::L10n;
use crate::prefs::Prefs;
use crate::vault::kdf::KdfParams;
use crate::vault::seal::{Content, Progress};
use crate::vault::{Secret, Vault};
use crate::{fsx, Result};

pub use crate::error::Error;
pub use crate::i18n::DEFAULT_LANGUAGE;
pub use crate::overview::Names;

/// What a front end holds for as long as it runs: the vault, the worker's preferences and the
/// clock. One per process.
pub struct App {
    vault: Vault,
    /// The store's folder: no file the worker saves may go there ([`outside_store`]).
    store_dir: PathBuf,
    prefs: RwLock<Prefs>,
    /// Where the preferences are saved; `None`: kept in memory only (the CLI, tests).
    prefs_dir: Option<PathBuf>,
    clock: Box<dyn Clock>,
    /// Argon2id parameters for every new keyslot, backup and bundle; `None`: calibrated on this
    /// machine each time.
    kdf: Option<KdfParams>,
}

impl App {
    /// The store in `store_dir`, locked; default preferences kept in memory; the machine's clock.
    pub fn new(store_dir: impl Into<PathBuf>) -> App {
        let store_dir = store_dir.into();
        App {
            vault: Vault::at(store_dir.clone()),
            store_dir,
            prefs: RwLock::new(Prefs::default()),
            prefs_dir: None,
            clock: Box::new(SystemClock),
            kdf: None,
        }
    }

    /// Reads the preferences saved in `dir` (defaults if there are none), and saves them there
    /// when they change.
    pub fn with_prefs_in(mut self, dir: &Path) -> App {
        self.prefs = RwLock::new(Prefs::load(dir));
        self.prefs_dir = Some(dir.to_path_buf());
        self
    }

    /// Words everything in `lang` (negotiated among the UI languages).
    pub fn with_language(self, lang: &str) -> App {
        if let Ok(mut prefs) = self.prefs.write() {
            prefs.language = L10n::negotiate_ui(lang).to_string();
        }
        self
    }

    /// Reads the time from `clock` (tests, `passerelle-cli --today`).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> App {
        self.clock = Box::new(clock);
        self
    }

    /// Seals with `params` instead of calibrating (tests: the floor, fast and still the real code
    /// path).
    pub fn with_kdf(mut self, params: KdfParams) -> App {
        self.kdf = Some(params);
        self
    }

    /// The context of one request: the preferences as they are now, and the time, read once.
    pub fn request(&self) -> Request<'_> {
        let prefs = self.prefs();
        Request {
            app: self,
            lang: L10n::negotiate_ui(&prefs.language),
            names: Names::hidden(prefs.hide_names),
            now: self.clock.now(),
            today: self.clock.today(),
        }
    }

    /// The vault itself, for what works below the use cases (benchmarks, integration tests of
    /// the vault). Front ends go through the use cases.
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// True if and only if a store exists.
    pub fn store_exists(&self) -> bool {
        self.vault.exists()
    }

    /// True when a database is there without its key file (never deleted: see
    /// [`session::set_aside_database`]).
    pub fn key_file_missing(&self) -> bool {
        self.vault.key_file_missing()
    }

    /// Why no store opens here: [`Error::KeyFileMissing`], [`Error::StoreUnfinished`] or
    /// [`Error::StoreMissing`].
    pub fn why_no_store(&self) -> crate::Error {
        self.vault.why_no_store()
    }

    /// True if and only if the vault is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.vault.is_unlocked()
    }

    /// Locks the vault: the database closes and the key is erased from memory. Idempotent; true
    /// if this call closed the session ([`crate::vault::Vault::lock`]).
    pub fn lock(&self) -> bool {
        self.vault.lock()
    }

    /// The window's title while the neutral screen shows (quick lock, idle lock during an
    /// interview): it names nothing.
    pub fn neutral_title(&self) -> String {
        self.request().text("neutral-window-title", &[])
    }

    /// The interface's text size in percent (preferences: known before unlock, so the unlock
    /// screen opens at the size the worker reads).
    pub fn text_size(&self) -> u32 {
        self.prefs().text_size
    }

    /// Other programs may capture the window ([`Prefs::screen_capture_allowed`]).
    pub fn screen_capture_allowed(&self) -> bool {
        self.prefs().screen_capture_allowed
    }

    /// The idle-lock delay set in the vault, in minutes; `None` while locked.
    pub fn idle_lock_minutes(&self) -> Option<u32> {
        self.vault
            .read(crate::db::settings::load)
            .ok()
            .map(|s| s.idle_lock_minutes)
    }

    /// Runs `f` with the Argon2id parameters new secrets are sealed with: calibrated on this
    /// machine (about 0.5–1 s, never below the floor) unless fixed by [`App::with_kdf`].
    fn calibrated<T>(&self, f: impl FnOnce(KdfParams) -> Result<T>) -> Result<T> {
        let params = match self.kdf {
            Some(params) => params,
            None => KdfParams::calibrate()?,
        };
        log::info!("kdf: {} KiB, {} passes", params.mem_kib, params.iterations);
        f(params)
    }

    fn prefs(&self) -> Prefs {
        self.prefs.read().map(|p| p.clone()).unwrap_or_default()
    }

    /// Changes the preferences with `change`, saves them (when they have a place), then keeps
    /// them: a preference that could not be saved is not shown as saved.
    fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) -> Result<()> {
        let mut prefs = self.prefs();
        change(&mut prefs);
        if let Some(dir) = &self.prefs_dir {
            prefs.save(dir)?;
        }
        if let Ok(mut current) = self.prefs.write() {
            *current = prefs;
        }
        Ok(())
    }
}

/// One request from a front end: the context every use case takes.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    app: &'a App,
    /// The language the person reads (a UI language).
    pub lang: &'static str,
    /// Names or initials on screen.
    pub names: Names,
    /// The instant of the request (what the audit log records).
    pub now: DateTime<Utc>,
    /// The day of the request where the worker is (what deadlines count from).
    pub today: NaiveDate,
}

impl<'a> Request<'a> {
    /// The app the request runs in.
    pub fn app(&self) -> &'a App {
        self.app
    }

    fn vault(&self) -> &'a Vault {
        &self.app.vault
    }

    /// Where the front end said to save a file that `writes` (a sealed file's kind, `None` for a
    /// file in clear), once checked: `None` (cancelled) as it is, a path in the store's own folder
    /// refused ([`outside_store`]), and so are a pipe or a device there
    /// ([`replaces_no_special_file`]) and a backup or a bundle there that this would replace
    /// ([`replaces_no_other_sealed_file`]).
    ///
    /// # Errors
    /// [`Error::InsideStore`], [`Error::FileAccess`], [`Error::WouldReplaceSealed`].
    pub(crate) fn destination(
        &self,
        chosen: Option<PathBuf>,
        writes: Option<Content>,
    ) -> Result<Option<PathBuf>> {
        if let Some(path) = &chosen {
            outside_store(Some(&self.app.store_dir), path)?;
            replaces_no_special_file(path)?;
            replaces_no_other_sealed_file(path, writes)?;
        }
        Ok(chosen)
    }

    /// [`Error::Locked`] unless the vault is open: checked before a dialog is opened, so that a
    /// locked vault asks for no file it would then refuse.
    fn require_unlocked(&self) -> Result<()> {
        if self.app.vault.is_unlocked() {
            Ok(())
        } else {
            Err(Error::Locked)
        }
    }

    /// Message `id` in the request's language.
    fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        L10n::get().format(self.lang, id, args)
    }

    /// A day in words: « 27 novembre 2026 ».
    fn day(&self, day: NaiveDate) -> String {
        crate::i18n::format::date_long(day, self.lang)
    }

    /// The local day of an instant, in words.
    fn local_day(&self, at: DateTime<Utc>) -> String {
        self.day(at.with_timezone(&chrono::Local).date_naive())
    }
}

/// A passphrase typed in the UI. Zeroed when dropped, never shown by `Debug`; reads as a `&str`
/// where a key is derived from it.
#[derive(Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Passphrase(#[cfg_attr(feature = "ts", ts(type = "string"))] SecretString);

impl Deref for Passphrase {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.expose_secret()
    }
}

/// A secret typed in the UI to seal or open a backup: a passphrase, or the recovery key.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SecretInput {
    /// `recovery-key`, or anything else for a passphrase.
    #[cfg_attr(feature = "ts", ts(type = "\"passphrase\" | \"recovery-key\""))]
    kind: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    value: SecretString,
}

impl SecretInput {
    /// The secret, as the vault takes it.
    pub fn secret(&self) -> Secret<'_> {
        match self.kind.as_str() {
            "recovery-key" => Secret::RecoveryKey(self.value.expose_secret()),
            _ => Secret::Passphrase(self.value.expose_secret()),
        }
    }
}

/// What a save or open dialog is for: its title, the file name it suggests, the extension.
/// Suggested names are neutral (no app name, no person's name): a file on a USB stick says
/// nothing to whoever finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileOffer {
    /// The dialog's title, worded.
    pub title: String,
    /// The suggested file name (saves).
    pub file_name: String,
    /// The extension, without the dot.
    pub extension: &'static str,
}

impl FileOffer {
    /// The offer whose title is message `title_id` and whose name is message `name_id` with
    /// today's date.
    fn dated(req: &Request<'_>, title_id: &str, name_id: &str, extension: &'static str) -> Self {
        FileOffer {
            title: req.text(title_id, &[]),
            file_name: req.text(name_id, &[("date", req.today.to_string())]),
            extension,
        }
    }

    /// Like [`FileOffer::dated`], its name also giving the local time (`1432`): two laptops of one
    /// association backing up onto one USB stick the same day, or one laptop twice, are offered
    /// two names, and neither file replaces the other unless the worker picks it (review,
    /// 2026-12-06: the sealed header names no store, so the second backup took the first's name).
    fn timed(req: &Request<'_>, title_id: &str, name_id: &str, extension: &'static str) -> Self {
        let time = req.now.with_timezone(&chrono::Local).format("%H%M");
        FileOffer {
            title: req.text(title_id, &[]),
            file_name: req.text(
                name_id,
                &[("date", req.today.to_string()), ("time", time.to_string())],
            ),
            extension,
        }
    }
}

/// What a use case asks of the front end running it: where a file goes or comes from (a dialog,
/// or the path given on the command line), and how far a long operation is.
pub trait FrontEnd {
    /// Where to save a file like `offer`; `None` if the person cancelled.
    fn save_to(&mut self, offer: &FileOffer) -> Option<PathBuf>;
    /// Which file to open for `offer`; `None` if the person cancelled.
    fn open_from(&mut self, offer: &FileOffer) -> Option<PathBuf>;
    /// Where an exported document goes; by default, where any file is saved.
    fn export_to(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        self.save_to(offer)
    }
    /// How far a long operation (backup, restore, hand-over) is; by default, told nowhere.
    fn progress(&mut self, _progress: Progress) {}
}

/// A file named beforehand (a test, a script) as the answer to every "where?"; progress is not
/// shown.
pub struct GivenFile<'a>(pub &'a Path);

impl FrontEnd for GivenFile<'_> {
    fn save_to(&mut self, _: &FileOffer) -> Option<PathBuf> {
        Some(self.0.to_path_buf())
    }
    fn open_from(&mut self, _: &FileOffer) -> Option<PathBuf> {
        Some(self.0.to_path_buf())
    }
}

/// `path` with its existing part resolved (symbolic links, `..`), made absolute: two names of one
/// place compare equal.
fn resolved(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(dir) => dir.join(path),
            Err(_) => path.to_path_buf(),
        }
    };
    // `..` after a folder that exists goes up from where that folder really is (it may be a
    // link); after one that does not, from where it would be.
    let mut walked = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if let Ok(real) = walked.canonicalize() {
                    walked = real;
                }
                walked.pop();
            }
            other => walked.push(other),
        }
    }
    // The deepest ancestor that exists, resolved, then the rest as written.
    let mut rest = Vec::new();
    let mut at = walked.as_path();
    loop {
        if let Ok(real) = at.canonicalize() {
            return rest.iter().rev().fold(real, |p, name| p.join(name));
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                at = parent;
            }
            _ => return walked,
        }
    }
}

/// Refuses `target` in a store's folder (or below it): saving there would replace the database,
/// its keys or their copies — every case lost — or leave a plaintext document beside the vault.
/// Every file a worker saves, from the app or the CLI, is checked here.
///
/// Two checks. `store_dir` (this session's store, when there is one), compared once resolved.
/// And, whatever the store, any folder on the way that holds a store's database or key file,
/// asked of the system itself with the path as given: it resolves `..`, links, junctions and the
/// case of names as the write will (a path through a Windows junction, or in capitals on a USB
/// key that ignores case, reaches the same files). A link at `target`, which the write would
/// follow, is checked where it leads.
///
/// # Errors
/// [`Error::InsideStore`].
pub fn outside_store(store_dir: Option<&Path>, target: &Path) -> Result<()> {
    outside_store_within(store_dir, target, 0)
}

fn outside_store_within(store_dir: Option<&Path>, target: &Path, links: u8) -> Result<()> {
    if store_dir.is_some_and(|store| resolved(target).starts_with(resolved(store))) {
        return Err(Error::InsideStore);
    }
    let holds_a_store = |dir: &Path| {
        [crate::vault::DB_FILE, crate::vault::KEY_FILE]
            .iter()
            .any(|name| dir.join(name).exists())
    };
    // `ancestors` of a relative `x.pdf` ends with the empty path: the current folder.
    if target.ancestors().skip(1).any(holds_a_store) {
        return Err(Error::InsideStore);
    }
    if let Ok(to) = std::fs::read_link(target) {
        // A loop of links, or a chain too long to be honest, is refused too.
        if links >= 8 {
            return Err(Error::InsideStore);
        }
        let to = match target.parent() {
            Some(dir) => dir.join(to),
            None => to,
        };
        return outside_store_within(store_dir, &to, links + 1);
    }
    Ok(())
}

/// Refuses `target` when what stands there is no file, folder or link: a pipe, a device, a
/// socket. The file is written beside it and renamed over it, which takes it away: `backup --out`
/// onto a device node left a 197 KB file in its place, and run as an administrator onto
/// `/dev/null` it would replace the system's (adversarial review, 2026-12-07). A folder is
/// refused as a folder where the file is opened; a link is replaced, never written through.
///
/// # Errors
/// [`Error::FileAccess`], its cause `special-target`.
pub fn replaces_no_special_file(target: &Path) -> Result<()> {
    let special = |m: &std::fs::Metadata| !(m.is_file() || m.is_dir());
    // A link is replaced, but one that leads to a device is the device's name: `/dev/stdout` is
    // a link on Linux, and a backup renamed over it took the system's (review, 2026-12-07). A
    // link that leads nowhere is replaced as before.
    let refused = match std::fs::symlink_metadata(target) {
        Ok(m) if m.file_type().is_symlink() => std::fs::metadata(target).is_ok_and(|t| special(&t)),
        Ok(m) => special(&m),
        Err(_) => false,
    };
    if refused {
        return Err(Error::FileAccess {
            file: target.display().to_string(),
            cause: "special-target",
        });
    }
    Ok(())
}

/// Refuses `target` when a sealed file stands there (a backup, a hand-over bundle) and what is
/// written is not a sealed file of the same kind: a document or a case file saved onto last
/// week's backup took it without a word (`export ID --out sauvegarde.passerelle`), and the
/// worker asked to delete no backup. A backup written over an older backup, a bundle over a
/// bundle, is what naming it means (a weekly rotation), so it stands. A sealed file whose header
/// cannot be read is kept too: nothing says what it is.
///
/// Only a regular file is read: a pipe would block, and a device is no file to lose.
///
/// # Errors
/// [`Error::WouldReplaceSealed`].
pub fn replaces_no_other_sealed_file(target: &Path, writes: Option<Content>) -> Result<()> {
    use std::io::Read as _;
    if !std::fs::metadata(target).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    let mut magic = [0u8; 16];
    let sealed = std::fs::File::open(target)
        .and_then(|mut file| file.read_exact(&mut magic))
        .is_ok()
        && &magic == crate::vault::seal::MAGIC;
    if !sealed {
        return Ok(());
    }
    let found = crate::vault::seal::peek(target).ok().map(|p| p.content);
    match (found, writes) {
        (Some(found), Some(writes)) if found == writes => Ok(()),
        _ => Err(Error::WouldReplaceSealed { content: found }),
    }
}

/// The writer of a file at `path`, for a use case that records nothing: the bytes are written
/// beside it and renamed, so a failure leaves no half file under that name.
fn to_file(path: &Path) -> impl FnOnce(&[u8]) -> Result<()> + '_ {
    move |bytes| fsx::write_atomically(path, bytes)
}

/// Runs `write_and_record`, a use case that writes a file out of the vault through the writer it
/// is given and records it in the same transaction, and puts the file at `path` only once that
/// returned: the bytes go beside `path` first. A record that fails (a full disk: the file fitted,
/// the log's commit did not) thus leaves neither a file in clear that the log does not show
/// (data-loss review, 2026-12-05) nor a file of that name taken away; one that succeeds and
/// whose file cannot then be put in place is an export recorded and not written — never the
/// reverse.
///
/// # Errors
/// Those of `write_and_record`, and [`Error::FileAccess`] when the file cannot be written.
pub fn placed_once_recorded<T>(
    path: &Path,
    write_and_record: impl FnOnce(&mut dyn FnMut(&[u8]) -> Result<()>) -> Result<T>,
) -> Result<T> {
    let mut staged: Option<PathBuf> = None;
    let result = write_and_record(&mut |bytes| {
        let beside =
            fsx::write_beside(path, "partial", bytes).map_err(|e| Error::file_access(path, &e))?;
        staged = Some(beside);
        Ok(())
    });
    let Some(beside) = staged else {
        return result;
    };
    let placed = result.and_then(|out| fsx::replace(&beside, path).map(|()| out));
    if placed.is_err() {
        let _ = std::fs::remove_file(&beside);
    }
    placed
}

/// An error as a person reads it, and as the UI branches on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorView {
    /// The stable code (`vault.locked`…).
    pub code: &'static str,
    /// The Fluent message.
    pub message_id: &'static str,
    /// Its arguments, formatted.
    pub args: BTreeMap<&'static str, String>,
    /// The message in the language asked.
    pub message: String,
    /// The field at fault, by its code (`appointment-date`, `association.address.city`), when
    /// the error is about one: the screen marks it and puts the keyboard on it (`data-field` in
    /// `ui/js`), not on the form's first field (UI review, 2026-12-05). Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub field: Option<String>,
    /// For `input.several`: each field at fault, as its own error, in the form's order; the
    /// screen says each under its field, and `message` only counts them. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    // Boxed: every command's error carries the field, and most have no problems (a boxed list
    // keeps the error small).
    pub problems: Option<Box<Vec<ErrorView>>>,
}

impl ErrorView {
    /// Words `e` in `lang`, and logs its code (never its detail, which may quote data).
    pub fn new(e: &Error, lang: &str) -> Self {
        match e {
            Error::WrongPassphrase
            | Error::WrongRecoveryKey
            | Error::RecoveryKeyMalformed
            | Error::Locked => log::info!("{}", LogSafe(e)),
            _ => log::warn!("{}", LogSafe(e)),
        }
        ErrorView::worded(e, lang)
    }

    fn worded(e: &Error, lang: &str) -> Self {
        let args = words::error_args(e, lang);
        let problems = matches!(e, Error::Several { .. }).then(|| {
            // « Rien n'a été enregistré » once, after the count, not on every line.
            let nothing_saved =
                format!(" {}", L10n::get().format(lang, "error-nothing-saved", &[]));
            e.each()
                .iter()
                .map(|p| {
                    let mut view = ErrorView::worded(p, lang);
                    if let Some(kept) = view.message.strip_suffix(&nothing_saved) {
                        view.message = kept.to_string();
                    }
                    view
                })
                .collect::<Vec<_>>()
                .into()
        });
        ErrorView {
            code: e.code(),
            message_id: e.message_id(),
            message: L10n::get().format(lang, e.message_id(), &args),
            args: args.into_iter().collect(),
            field: e.field().map(Field::code),
            problems,
        }
    }

    /// The message, then each problem's on a line of its own: what a reader of text alone (the
    /// command line) is told.
    pub fn lines(&self) -> Vec<&str> {
        std::iter::once(self.message.as_str())
            .chain(
                self.problems
                    .iter()
                    .flat_map(|p| p.iter())
                    .map(|p| p.message.as_str()),
            )
            .collect()
    }
}

/// A message the UI asks to have formatted: its id and arguments.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Message {
    id: String,
    #[serde(default)]
    args: BTreeMap<String, String>,
}

/// Formats `messages` in `lang`, or in the request's language: one batched call per screen.
pub fn format_messages(req: &Request<'_>, messages: &[Message], lang: Option<&str>) -> Vec<String> {
    let lang = lang.unwrap_or(req.lang);
    messages
        .iter()
        .map(|m| {
            let args: Vec<(&str, String)> = m
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            L10n::get().format_for_screen(lang, &m.id, &args)
        })
        .collect()
}

/// Process-wide safeguards a front end applies before anything else, and around each command.
pub mod process {
    pub use crate::error::{catch_panic, install_panic_hook};
    pub use crate::fsx::{create_private_dir, open_owner_only};
    pub use crate::hardening::disable_core_dumps;
    pub use crate::zero_on_free::ZeroOnFree;
}
