//! The core's one error type.
//!
//! Every failure a user or a caller must tell apart has its own variant. Each variant knows its
//! stable `code` (what the UI and scripts branch on), its Fluent `message_id` (what a person reads,
//! in their language) and the message arguments. The `Display` text is for logs and developers: it
//! never contains personal data, only codes, counts and paths inside the store.

use std::fmt;

/// Result alias used across the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The vault is locked: no key in memory.
    #[error("the vault is locked")]
    Locked,
    /// No store exists in the given directory.
    #[error("no store in this directory")]
    StoreMissing,
    /// A store already exists where one was to be created.
    #[error("a store already exists in this directory")]
    StoreExists,
    /// The passphrase does not open any keyslot.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery key is well formed but opens no keyslot.
    #[error("wrong recovery key")]
    WrongRecoveryKey,
    /// The recovery key has a typo: bad characters, length or checksum.
    #[error("recovery key malformed")]
    RecoveryKeyMalformed,
    /// Too many failed unlocks: the next try is allowed after a delay.
    #[error("too many failed attempts; retry in {retry_after_secs} s")]
    TooManyAttempts {
        /// Seconds to wait before the next attempt.
        retry_after_secs: u64,
    },
    /// The key derivation needs more memory than the machine can give now.
    #[error("not enough memory for the key derivation ({mib} MiB)")]
    KdfOutOfMemory {
        /// Memory the derivation asks for, in MiB.
        mib: u32,
    },
    /// A new passphrase does not meet the minimum strength.
    #[error("passphrase too weak")]
    PassphraseTooWeak,
    /// The key file cannot be read as a key file.
    #[error("key file damaged: {0}")]
    KeyFileDamaged(&'static str),
    /// The key file parses but its integrity check failed: it was modified.
    #[error("key file was modified")]
    KeyFileTampered,
    /// The key file was written by a newer Passerelle.
    #[error("key file format {found} is newer than supported {supported}")]
    KeyFileTooNew {
        /// Version in the file.
        found: u32,
        /// Highest version this build reads.
        supported: u32,
    },
    /// The database file is damaged, truncated, or not a Passerelle database.
    #[error("database damaged")]
    DatabaseDamaged,
    /// The database schema is newer than this build knows.
    #[error("database schema {found} is newer than supported {supported}")]
    SchemaTooNew {
        /// Schema version found in the database.
        found: u32,
        /// Highest schema version this build knows.
        supported: u32,
    },
    /// A migration failed; the database was left as it was.
    #[error("migration to schema {version} failed; nothing was changed")]
    MigrationFailed {
        /// The migration that failed.
        version: u32,
    },
    /// The SQLite library in this build has no encryption: refuse to write anything.
    #[error("this build's SQLite has no encryption (cipher_version missing)")]
    EncryptionUnavailable,
    /// The input is not valid JSON.
    #[error("invalid JSON at line {line}, column {column}")]
    InvalidJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The case file's `format` is not a Passerelle case file.
    #[error("unknown case file format")]
    UnknownFormat {
        /// The `format` value found (not personal data: a format tag).
        found: String,
    },
    /// The case file was written by a newer Passerelle.
    #[error("case file format {found} is newer than supported")]
    NewerFormat {
        /// The `format` value found.
        found: String,
        /// The format this build writes.
        supported: String,
    },
    /// A field of an input has the wrong type or an unknown value.
    #[error("invalid field {path}: {reason}")]
    InvalidField {
        /// JSON path of the field, e.g. `person.birthDate`.
        path: String,
        /// What is wrong (from the parser; never the value itself).
        reason: String,
    },
    /// A required value is missing in a user form.
    #[error("required field missing: {field}")]
    Required {
        /// Which field.
        field: &'static str,
    },
    /// A text field of a case is longer than its cap (docs/case-file.md).
    #[error("field {path} longer than {max} characters")]
    FieldTooLong {
        /// JSON path of the field, e.g. `person.aliases[2]`.
        path: String,
        /// Most characters allowed.
        max: u32,
    },
    /// A list of a case has more items than its cap.
    #[error("list {path} longer than {max} items")]
    TooManyItems {
        /// JSON path of the list, e.g. `notes`.
        path: String,
        /// Most items allowed.
        max: u32,
    },
    /// A name holds bidirectional controls or invisible characters (`model::limits`).
    #[error("field {path} holds invisible or direction-changing characters")]
    HiddenCharacters {
        /// JSON path of the field.
        path: String,
    },
    /// A case file larger than any real case.
    #[error("case file larger than {max_mib} MiB")]
    CaseFileTooLarge {
        /// The cap, in MiB.
        max_mib: u32,
    },
    /// The requested record does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for (`case`, …).
        what: &'static str,
    },
    /// No commune matches a postcode or name typed by someone (the prefecture finder).
    #[error("no commune matches the query")]
    PlaceNotFound {
        /// What was typed (shown back to the person, never logged: it may be part of an address).
        query: String,
    },
    /// A date typed in a form is not a date (`31/02/2020`, `12/04/98`).
    #[error("invalid date")]
    InvalidDate,
    /// A date typed in a form is impossible for its question (a birth in the future, before 1900).
    #[error("date out of range")]
    DateOutOfRange,
    /// A time typed in a form is not `HH:MM`.
    #[error("invalid time")]
    InvalidTime,
    /// A number typed in a form is not a whole number in range.
    #[error("invalid number")]
    InvalidNumber,
    /// A text typed in a form is longer than allowed.
    #[error("text longer than {max} characters")]
    TooLong {
        /// Most characters allowed.
        max: u32,
    },
    /// The case's address does not designate one commune, so no competent office can be named
    /// (documents): the worker must complete or correct the address, never let the app guess.
    #[error("competent office undetermined: {reason}")]
    OfficeUndetermined {
        /// Why: `no-address`, `unknown-commune`, `unknown-postcode` or `ambiguous-postcode`.
        reason: &'static str,
        /// The postcode at fault, if any (shown to the worker, never logged: part of an address).
        postcode: String,
        /// How many communes the postcode serves (for `ambiguous-postcode`).
        communes: usize,
    },
    /// The person lives where the CESEDA does not apply (Wallis-et-Futuna, French Polynesia, New
    /// Caledonia): no letter to a prefecture can be written.
    #[error("the CESEDA does not apply in {territory}")]
    CesedaNotApplicable {
        /// `wallis-et-futuna`, `polynesie-francaise` or `nouvelle-caledonie`.
        territory: String,
    },
    /// A file could not be read or written.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// An unexpected SQLite error (logged; shown to the user as a generic storage error).
    #[error("storage error: {0}")]
    Sql(rusqlite::Error),
    /// A feature this build does not have yet (e.g. a PDF whose engine is not built in).
    #[error("not available in this build: {what}")]
    Unavailable {
        /// Which feature (a fixed name, never data).
        what: &'static str,
    },
    /// A bug: an invariant the program guarantees did not hold.
    #[error("internal error: {0}")]
    Internal(&'static str),
    /// The file is not a Passerelle backup or hand-over bundle.
    #[error("not a Passerelle encrypted file")]
    NotSealedFile,
    /// The backup or bundle was written by a newer Passerelle.
    #[error("encrypted file format {found} is newer than supported {supported}")]
    SealedTooNew {
        /// Version in the file.
        found: u32,
        /// Highest version this build reads.
        supported: u32,
    },
    /// A backup was given where a bundle was expected, or the reverse.
    #[error("this file is a {found}, not a {expected}")]
    SealedWrongKind {
        /// What was expected: `backup` or `handover`.
        expected: &'static str,
        /// What the file is: `backup` or `handover`.
        found: &'static str,
    },
    /// The passphrase does not open this backup or bundle.
    #[error("wrong passphrase for this file")]
    WrongFilePassphrase,
    /// The recovery key does not open this backup.
    #[error("wrong recovery key for this file")]
    WrongFileRecoveryKey,
    /// The backup or bundle is shorter than its header says: the copy was cut.
    #[error("encrypted file truncated")]
    SealedTruncated,
    /// The backup or bundle fails its integrity check: damaged or modified.
    #[error("encrypted file damaged or modified")]
    SealedDamaged,
    /// Only an administrator (or the recovery key) may do this.
    #[error("administrator only")]
    NotAdmin,
    /// This slot cannot be removed: it is the session's own, or the recovery key's.
    #[error("this keyslot cannot be removed")]
    SlotNotRemovable,
    /// Another slot already has this label.
    #[error("keyslot label already used")]
    SlotLabelTaken,
    /// Some slots have not been upgraded to key pairs yet: a new data key cannot reach them.
    #[error("{} keyslot(s) must be opened once before the key can be rotated", slots.len())]
    LegacySlots {
        /// Their labels (`passphrase`/`recovery` when unlabelled).
        slots: Vec<String>,
    },
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                Error::DatabaseDamaged
            }
            _ => Error::Sql(e),
        }
    }
}

/// An argument of a localised message: a name and an already formatted value.
pub type MessageArg = (&'static str, String);

impl Error {
    /// The stable code callers branch on (`vault.locked`, `case.invalid-field`…).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Locked => "vault.locked",
            Error::StoreMissing => "vault.missing",
            Error::StoreExists => "vault.exists",
            Error::WrongPassphrase => "vault.wrong-passphrase",
            Error::WrongRecoveryKey => "vault.wrong-recovery-key",
            Error::RecoveryKeyMalformed => "vault.recovery-key-malformed",
            Error::TooManyAttempts { .. } => "vault.too-many-attempts",
            Error::KdfOutOfMemory { .. } => "vault.kdf-out-of-memory",
            Error::PassphraseTooWeak => "vault.passphrase-too-weak",
            Error::KeyFileDamaged(_) => "vault.key-file-damaged",
            Error::KeyFileTampered => "vault.key-file-tampered",
            Error::KeyFileTooNew { .. } => "vault.key-file-too-new",
            Error::DatabaseDamaged => "db.damaged",
            Error::SchemaTooNew { .. } => "db.schema-too-new",
            Error::MigrationFailed { .. } => "db.migration-failed",
            Error::EncryptionUnavailable => "db.encryption-unavailable",
            Error::InvalidJson { .. } => "case.invalid-json",
            Error::UnknownFormat { .. } => "case.unknown-format",
            Error::NewerFormat { .. } => "case.newer-format",
            Error::InvalidField { .. } => "input.invalid-field",
            Error::Required { .. } => "input.required",
            Error::FieldTooLong { .. } => "case.field-too-long",
            Error::TooManyItems { .. } => "case.too-many-items",
            Error::HiddenCharacters { .. } => "case.hidden-characters",
            Error::CaseFileTooLarge { .. } => "case.file-too-large",
            Error::NotFound { .. } => "not-found",
            Error::PlaceNotFound { .. } => "geo.place-not-found",
            Error::InvalidDate => "input.invalid-date",
            Error::DateOutOfRange => "input.date-out-of-range",
            Error::InvalidNumber => "input.invalid-number",
            Error::InvalidTime => "input.invalid-time",
            Error::TooLong { .. } => "input.too-long",
            Error::OfficeUndetermined { .. } => "documents.office-undetermined",
            Error::CesedaNotApplicable { .. } => "documents.ceseda-not-applicable",
            Error::Io(_) => "io",
            Error::Sql(_) => "db.error",
            Error::Unavailable { .. } => "unavailable",
            Error::Internal(_) => "internal",
            Error::NotSealedFile => "sealed.unknown-format",
            Error::SealedTooNew { .. } => "sealed.too-new",
            Error::SealedWrongKind { .. } => "sealed.wrong-kind",
            Error::WrongFilePassphrase => "sealed.wrong-passphrase",
            Error::WrongFileRecoveryKey => "sealed.wrong-recovery-key",
            Error::SealedTruncated => "sealed.truncated",
            Error::SealedDamaged => "sealed.damaged",
            Error::NotAdmin => "team.not-admin",
            Error::SlotNotRemovable => "team.slot-not-removable",
            Error::SlotLabelTaken => "team.label-taken",
            Error::LegacySlots { .. } => "team.legacy-slots",
        }
    }

    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> &'static str {
        match self {
            Error::Locked => "error-locked",
            Error::StoreMissing => "error-store-missing",
            Error::StoreExists => "error-store-exists",
            Error::WrongPassphrase => "error-wrong-passphrase",
            Error::WrongRecoveryKey => "error-wrong-recovery-key",
            Error::RecoveryKeyMalformed => "error-recovery-key-malformed",
            Error::TooManyAttempts { .. } => "error-too-many-attempts",
            Error::KdfOutOfMemory { .. } => "error-kdf-out-of-memory",
            Error::PassphraseTooWeak => "error-passphrase-too-weak",
            Error::KeyFileDamaged(_) => "error-key-file-damaged",
            Error::KeyFileTampered => "error-key-file-tampered",
            Error::KeyFileTooNew { .. } => "error-key-file-too-new",
            Error::DatabaseDamaged => "error-database-damaged",
            Error::SchemaTooNew { .. } => "error-schema-too-new",
            Error::MigrationFailed { .. } => "error-migration-failed",
            Error::EncryptionUnavailable => "error-encryption-unavailable",
            Error::InvalidJson { .. } => "error-invalid-json",
            Error::UnknownFormat { .. } => "error-unknown-format",
            Error::NewerFormat { .. } => "error-newer-format",
            Error::InvalidField { .. } => "error-invalid-field",
            Error::Required { .. } => "error-required",
            Error::FieldTooLong { .. } => "error-field-too-long",
            Error::TooManyItems { .. } => "error-too-many-items",
            Error::HiddenCharacters { .. } => "error-hidden-characters",
            Error::CaseFileTooLarge { .. } => "error-case-file-too-large",
            Error::NotFound { .. } => "error-not-found",
            Error::PlaceNotFound { .. } => "error-place-not-found",
            Error::InvalidDate => "error-invalid-date",
            Error::DateOutOfRange => "error-date-out-of-range",
            Error::InvalidNumber => "error-invalid-number",
            Error::InvalidTime => "error-invalid-time",
            Error::TooLong { .. } => "error-too-long",
            Error::OfficeUndetermined { .. } => "error-office-undetermined",
            Error::CesedaNotApplicable { .. } => "error-ceseda-not-applicable",
            Error::Io(_) => "error-io",
            Error::Sql(_) => "error-storage",
            Error::Unavailable { .. } => "error-unavailable",
            Error::Internal(_) => "error-internal",
            Error::NotSealedFile => "error-not-sealed-file",
            Error::SealedTooNew { .. } => "error-sealed-too-new",
            Error::SealedWrongKind { .. } => "error-sealed-wrong-kind",
            Error::WrongFilePassphrase => "error-wrong-file-passphrase",
            Error::WrongFileRecoveryKey => "error-wrong-file-recovery-key",
            Error::SealedTruncated => "error-sealed-truncated",
            Error::SealedDamaged => "error-sealed-damaged",
            Error::NotAdmin => "error-not-admin",
            Error::SlotNotRemovable => "error-slot-not-removable",
            Error::SlotLabelTaken => "error-slot-label-taken",
            Error::LegacySlots { .. } => "error-legacy-slots",
        }
    }

    /// The arguments of [`Error::message_id`], already formatted.
    pub fn message_args(&self) -> Vec<MessageArg> {
        match self {
            Error::TooManyAttempts { retry_after_secs } => {
                vec![("seconds", retry_after_secs.to_string())]
            }
            Error::KeyFileTooNew { found, supported }
            | Error::SchemaTooNew { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            Error::MigrationFailed { version } => vec![("version", version.to_string())],
            Error::KdfOutOfMemory { mib } => vec![("mib", mib.to_string())],
            Error::InvalidJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            Error::UnknownFormat { found } => vec![("found", found.clone())],
            Error::NewerFormat { found, supported } => {
                vec![("found", found.clone()), ("supported", supported.clone())]
            }
            Error::InvalidField { path, reason } => {
                vec![("path", path.clone()), ("reason", reason.clone())]
            }
            Error::Required { field } => vec![("field", (*field).to_string())],
            Error::FieldTooLong { path, max } | Error::TooManyItems { path, max } => {
                vec![("field", path.clone()), ("max", max.to_string())]
            }
            Error::HiddenCharacters { path } => vec![("field", path.clone())],
            Error::CaseFileTooLarge { max_mib } => vec![("max", max_mib.to_string())],
            Error::Unavailable { what } => vec![("what", (*what).to_string())],
            Error::NotFound { what } => vec![("what", (*what).to_string())],
            Error::PlaceNotFound { query } => vec![("query", query.clone())],
            Error::TooLong { max } => vec![("max", max.to_string())],
            Error::OfficeUndetermined {
                reason,
                postcode,
                communes,
            } => vec![
                ("reason", (*reason).to_string()),
                ("postcode", postcode.clone()),
                ("communes", communes.to_string()),
            ],
            Error::CesedaNotApplicable { territory } => vec![("territory", territory.clone())],
            Error::SealedTooNew { found, supported } => vec![
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            // What the file is says it all: "this is a backup, not a bundle".
            Error::SealedWrongKind { found, .. } => vec![("found", (*found).to_string())],
            Error::LegacySlots { slots } => vec![("slots", slots.join(", "))],
            _ => Vec::new(),
        }
    }
}

impl Error {
    /// [`Error::message_args`] for a person reading `lang`: a field given by its code or its path
    /// (`association.workerName`, `person.aliases[2]`) is named in words when the errors file
    /// has a label for it (`field-association-workerName`, `field-person-aliases`).
    pub fn localized_args(&self, lang: &str) -> Vec<MessageArg> {
        let l10n = crate::i18n::L10n::get();
        self.message_args()
            .into_iter()
            .map(|(name, value)| {
                let id = field_label_id(&value);
                if name == "field" && l10n.has(lang, &id) {
                    (name, l10n.format(lang, &id, &[]))
                } else {
                    (name, value)
                }
            })
            .collect()
    }

    /// The message a person reads, in `lang`.
    pub fn localized_message(&self, lang: &str) -> String {
        crate::i18n::L10n::get().format(lang, self.message_id(), &self.localized_args(lang))
    }
}

/// `field-` and the path, list indexes dropped, dots and underscores as hyphens.
fn field_label_id(path: &str) -> String {
    let mut id = String::from("field-");
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if in_index => {}
            '.' | '_' => id.push('-'),
            c => id.push(c),
        }
    }
    id
}

/// A short, log-safe description: the code only, never the detail of wrapped errors, which may
/// quote SQL or file content.
pub struct LogSafe<'a>(pub &'a Error);

impl fmt::Display for LogSafe<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Error::Sql(e) => write!(f, "{} (sqlite {:?})", self.0.code(), e.sqlite_error_code()),
            Error::Io(e) => write!(f, "{} ({:?})", self.0.code(), e.kind()),
            other => write!(f, "{}: {}", other.code(), other),
        }
    }
}

/// Runs `f`, turning a panic into [`Error::Internal`] (`internal: panic`), so that a bug in one
/// command ends that command with an error the person sees, instead of a crash (the CLI) or a
/// request that never answers (the app: « Recevoir un dossier » stuck at 0 %, issue 13).
///
/// Call it at the command boundary, once per command. Nothing committed is lost: a database
/// transaction open when the panic started is rolled back as it unwinds. What the panic said is
/// not kept: its message may quote data (a string slicing panic quotes the string); the panic
/// hook ([`install_panic_hook`]) records where it happened.
pub fn catch_panic<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or(Err(Error::Internal("panic")))
}

/// Replaces the default panic hook, which prints the panic's message (possibly personal data) and
/// a backtrace on standard error, by one that logs only the source location.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| match info.location() {
        Some(at) => log::error!("panic at {}:{}", at.file(), at.line()),
        None => log::error!("panic"),
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_and_a_result_passes_through() {
        let caught = catch_panic::<()>(|| {
            let name = String::from("Amina");
            let _ = &name[..2];
            panic!("never shown: {name}")
        });
        assert!(
            matches!(caught, Err(Error::Internal("panic"))),
            "{caught:?}"
        );
        assert_eq!(catch_panic(|| Ok(3)).unwrap(), 3);
        assert!(matches!(
            catch_panic::<()>(|| Err(Error::Locked)),
            Err(Error::Locked)
        ));
    }
}
