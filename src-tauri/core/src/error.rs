//! The core's one error type.
//!
//! Every failure a user or a caller must tell apart has its own variant. Each variant is declared
//! once, in the `errors!` table below, with everything about it: its `Display` text (for logs and
//! developers: never personal data, only codes, counts and paths inside the store), its stable
//! `code` (what the UI and scripts branch on), its Fluent message id (what a person reads, in their
//! language) and the message's arguments. The table also generates [`ErrorKind`], one value per
//! variant, so a test can check every message without building every error.

mod field;

use std::fmt;

pub use field::{Expected, Field, Invalid, Named, Unit};

/// Result alias used across the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An argument of a localised message: a name and an already formatted value.
pub type MessageArg = (&'static str, String);

/// Declares [`Error`] and [`ErrorKind`] from one table. Each entry is a variant as it would be
/// written in the enum, then `=> "code", "message-id"`, then, if the message has variables, their
/// values from the variant's fields: `{ seconds: retry_after_secs.to_string() }`.
macro_rules! errors {
    ($(
        $(#[$attr:meta])*
        $variant:ident
        $( ( $( $(#[$tuple_attr:meta])* $tuple_ty:ty ),* $(,)? ) )?
        $( { $( $(#[$field_attr:meta])* $field:ident : $field_ty:ty ),* $(,)? } )?
        => $code:literal, $message_id:literal
        $( { $( $arg:ident : $value:expr ),* $(,)? } )?;
    )*) => {
        /// Everything that can go wrong in the core.
        #[derive(Debug, thiserror::Error)]
        #[non_exhaustive]
        pub enum Error {
            $(
                $(#[$attr])*
                $variant
                $( ( $( $(#[$tuple_attr])* $tuple_ty ),* ) )?
                $( { $( $(#[$field_attr])* $field : $field_ty ),* } )?,
            )*
        }

        /// Which [`Error`] a value is, without its details: one kind per variant.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorKind {
            $(
                #[doc = concat!("[`Error::", stringify!($variant), "`]")]
                $variant,
            )*
        }

        impl ErrorKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$variant),*];

            /// The stable code callers branch on (`vault.locked`, `input.invalid-field`…).
            pub fn code(self) -> &'static str {
                match self {
                    $(ErrorKind::$variant => $code,)*
                }
            }

            /// The Fluent message id (in `errors.ftl`) that explains this error to a person.
            pub fn message_id(self) -> &'static str {
                match self {
                    $(ErrorKind::$variant => $message_id,)*
                }
            }

            /// The names of the variables its message is given ([`Error::message_args`]).
            pub fn arg_names(self) -> &'static [&'static str] {
                match self {
                    $(ErrorKind::$variant => &[$($(stringify!($arg)),*)?],)*
                }
            }
        }

        impl Error {
            /// Which error this is.
            pub fn kind(&self) -> ErrorKind {
                match self {
                    $(Error::$variant { .. } => ErrorKind::$variant,)*
                }
            }

            /// The stable code callers branch on (`vault.locked`, `input.invalid-field`…).
            pub fn code(&self) -> &'static str {
                self.kind().code()
            }

            /// The Fluent message id that explains this error to a person.
            pub fn message_id(&self) -> &'static str {
                self.kind().message_id()
            }

            /// The arguments of [`Error::message_id`], already formatted, named as
            /// [`ErrorKind::arg_names`] says.
            // A variant's fields are all bound; its message may not use all of them.
            #[allow(unused_variables)]
            pub fn message_args(&self) -> Vec<MessageArg> {
                match self {
                    $(
                        Error::$variant { $($($field,)*)? .. } => {
                            vec![$($((stringify!($arg), $value)),*)?]
                        }
                    )*
                }
            }
        }
    };
}

errors! {
    /// The vault is locked: no key in memory.
    #[error("the vault is locked")]
    Locked => "vault.locked", "error-locked";
    /// No store exists in the given directory.
    #[error("no store in this directory")]
    StoreMissing => "vault.missing", "error-store-missing";
    /// A store already exists where one was to be created.
    #[error("a store already exists in this directory")]
    StoreExists => "vault.exists", "error-store-exists";
    /// A creation or a restore was cut short here before its key file was written: no store, and
    /// the next creation or restore moves what it wrote aside
    /// ([`crate::vault::Vault::unfinished`]).
    #[error("a store creation or restore was cut short in this directory")]
    StoreUnfinished => "vault.unfinished", "error-store-unfinished";
    /// Another process has the store open (another window of the app, or `passerelle-cli`):
    /// one at a time (`vault::store_lock`).
    #[error("the store is open in another process")]
    StoreInUse => "vault.in-use", "error-store-in-use";
    /// The passphrase does not open any keyslot.
    #[error("wrong passphrase")]
    WrongPassphrase => "vault.wrong-passphrase", "error-wrong-passphrase";
    /// The recovery key is well formed but opens no keyslot.
    #[error("wrong recovery key")]
    WrongRecoveryKey => "vault.wrong-recovery-key", "error-wrong-recovery-key";
    /// The recovery key has a typo: bad characters, length or checksum.
    #[error("recovery key malformed")]
    RecoveryKeyMalformed => "vault.recovery-key-malformed", "error-recovery-key-malformed";
    /// Too many failed unlocks: the next try is allowed after a delay.
    #[error("too many failed attempts; retry in {retry_after_secs} s")]
    TooManyAttempts {
        /// Seconds to wait before the next attempt.
        retry_after_secs: u64,
    } => "vault.too-many-attempts", "error-too-many-attempts" {
        seconds: retry_after_secs.to_string(),
    };
    /// The key derivation needs more memory than the machine can give now.
    #[error("not enough memory for the key derivation ({mib} MiB)")]
    KdfOutOfMemory {
        /// Memory the derivation asks for, in MiB.
        mib: u32,
    } => "vault.kdf-out-of-memory", "error-kdf-out-of-memory" { mib: mib.to_string() };
    /// A new passphrase does not meet the minimum strength.
    #[error("passphrase too weak")]
    PassphraseTooWeak => "vault.passphrase-too-weak", "error-passphrase-too-weak";
    /// A new passphrase holds a control character (a tab, an escape pasted at a terminal): the
    /// app's fields cannot type it, so the store would no longer open there.
    #[error("passphrase holds a control character")]
    PassphraseControlCharacter => "vault.passphrase-control-character", "error-passphrase-control-character";
    /// The new passphrase is the one it would replace: nothing would change but the journal.
    #[error("new passphrase is the current one")]
    PassphraseUnchanged => "vault.passphrase-unchanged", "error-passphrase-unchanged";
    /// The key file cannot be read as a key file.
    #[error("key file damaged: {0}")]
    KeyFileDamaged(&'static str) => "vault.key-file-damaged", "error-key-file-damaged";
    /// The key file parses but its integrity check failed: it was modified.
    #[error("key file was modified")]
    KeyFileTampered => "vault.key-file-tampered", "error-key-file-tampered";
    /// A database is in the store's directory but its key file is not: nothing can open it, and
    /// nothing may delete it (issue 13).
    #[error("database without its key file")]
    KeyFileMissing => "vault.key-file-missing", "error-key-file-missing";
    /// A store was created or restored, but its recovery key could not be shown (the command
    /// line's output could not be written): it stays « to confirm », and the app offers a new
    /// one at the next unlock.
    #[error("store {what}; its recovery key could not be shown")]
    RecoveryKeyNotShown {
        /// `created` or `restored`.
        what: &'static str,
    } => "vault.recovery-key-not-shown", "error-recovery-key-not-shown" {
        what: what.to_string(),
    };
    /// A new secret typed twice at a terminal, differently: nothing was done with either.
    #[error("the two entries of a new secret differ")]
    EntriesDiffer => "input.entries-differ", "error-entries-differ";
    /// A keyslot's checksum does not match it (accidental damage), and no other slot opened.
    #[error("a keyslot is damaged")]
    KeySlotDamaged => "vault.key-slot-damaged", "error-key-slot-damaged";
    /// The key file was written by a newer Passerelle.
    #[error("key file format {found} is newer than supported {supported}")]
    KeyFileTooNew {
        /// Version in the file.
        found: u32,
        /// Highest version this build reads.
        supported: u32,
    } => "vault.key-file-too-new", "error-key-file-too-new" {
        found: found.to_string(),
        supported: supported.to_string(),
    };
    /// The database file is damaged, truncated, or not a Passerelle database.
    #[error("database damaged")]
    DatabaseDamaged => "db.damaged", "error-database-damaged";
    /// The disk holding the vault is full: nothing could be written (not a damaged vault:
    /// « restaurez une sauvegarde » would have sent her to an older copy).
    #[error("disk full")]
    DiskFull => "db.disk-full", "error-disk-full";
    /// The database schema is newer than this build knows.
    #[error("database schema {found} is newer than supported {supported}")]
    SchemaTooNew {
        /// Schema version found in the database.
        found: u32,
        /// Highest schema version this build knows.
        supported: u32,
    } => "db.schema-too-new", "error-schema-too-new" {
        found: found.to_string(),
        supported: supported.to_string(),
    };
    /// A migration failed; the database was left as it was.
    #[error("migration to schema {version} failed; nothing was changed")]
    MigrationFailed {
        /// The migration that failed.
        version: u32,
    } => "db.migration-failed", "error-migration-failed" { version: version.to_string() };
    /// The SQLite library in this build has no encryption: refuse to write anything.
    #[error("this build's SQLite has no encryption (cipher_version missing)")]
    EncryptionUnavailable => "db.encryption-unavailable", "error-encryption-unavailable";
    /// The input is not valid JSON.
    #[error("invalid JSON at line {line}, column {column}")]
    InvalidJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    } => "case.invalid-json", "error-invalid-json" {
        line: line.to_string(),
        column: column.to_string(),
    };
    /// The case file is empty (or holds only spaces): not « invalid JSON at line 1, column 0 ».
    #[error("empty case file")]
    CaseFileEmpty => "case.empty", "error-case-file-empty";
    /// The case file is not UTF-8 (saved as Latin-1 or UTF-16): not « invalid JSON at line 1 ».
    #[error("case file not in UTF-8")]
    CaseFileNotUtf8 => "case.not-utf8", "error-case-file-not-utf8";
    /// A backup or a hand-over bundle given where a case file is read: not « save it in UTF-8 »
    /// (CLI review, 2026-12-07), but the verb that opens it.
    #[error("a sealed {found} given as a case file")]
    CaseFileSealed {
        /// What the file is: `backup` or `handover`.
        found: &'static str,
    } => "case.sealed", "error-case-file-sealed" {
        found: found.to_string(),
    };
    /// The case file nests its values deeper than the parser follows: valid JSON, but no case
    /// is written so.
    #[error("case file nested too deep")]
    CaseFileTooDeep => "case.too-deep", "error-case-file-too-deep";
    /// The case file holds more values than any case (security review, 2026-12-05: 8 million
    /// zeros under an unknown key, within the size limit, took 1.2 GB to read).
    #[error("case file with too many values")]
    CaseFileTooComplex {
        /// The cap.
        max: u32,
    } => "case.too-complex", "error-case-file-too-complex" { max: max.to_string() };
    /// The case file's `format` is not a Passerelle case file.
    #[error("unknown case file format")]
    UnknownFormat {
        /// The `format` value found (not personal data: a format tag).
        found: String,
    } => "case.unknown-format", "error-unknown-format" {
        found: found.clone(),
        // Without any `format`, the message does not quote an empty one.
        given: if found.is_empty() { "no" } else { "yes" }.to_string(),
    };
    /// The case file was written by a newer Passerelle.
    #[error("case file format {found} is newer than supported")]
    NewerFormat {
        /// The `format` value found.
        found: String,
        /// The format this build writes.
        supported: String,
    } => "case.newer-format", "error-newer-format" {
        found: found.clone(),
        supported: supported.clone(),
    };
    /// A field of an input has the wrong type, an unknown value, or a value out of its range.
    #[error("invalid field {}: {}", .field.code(), .reason.code())]
    InvalidField {
        /// Which field (worded by its label, never shown as a path).
        field: Field,
        /// What is wrong (never the value itself).
        reason: Invalid,
    } => "input.invalid-field", "error-invalid-field" {
        field: field.code(),
        fieldKind: field.kind_code().to_string(),
        reason: reason.code().to_string(),
    };
    /// Some files of a batch import were refused (each is reported on its own): none of the
    /// batch was stored.
    #[error("{refused} of {files} case files refused; nothing imported")]
    BatchRefused {
        /// How many files were refused.
        refused: usize,
        /// How many files the batch had.
        files: usize,
    } => "case.batch-refused", "error-batch-refused" {
        refused: refused.to_string(),
        files: files.to_string(),
    };
    /// A required value is missing in a user form.
    #[error("required field missing: {}", .field.code())]
    Required {
        /// Which field (worded by its label).
        field: Field,
    } => "input.required", "error-required" {
        field: field.code(),
        fieldKind: field.kind_code().to_string(),
    };
    /// A text field of a case is longer than its cap (docs/case-file.md).
    #[error("field {} longer than {max} characters", .field.code())]
    FieldTooLong {
        /// Which field (worded by its label, never shown as a path).
        field: Field,
        /// Most characters allowed.
        max: u32,
    } => "case.field-too-long", "error-field-too-long" {
        field: field.code(),
        fieldKind: field.kind_code().to_string(),
        max: max.to_string(),
    };
    /// Several fields of one form are wrong, each its own error, said together: a profile sent
    /// with its required fields empty was refused one field at a time, a round trip each
    /// ([`Error::from_all`]).
    #[error("{} fields at fault", .errors.len())]
    Several {
        /// The errors, in the form's order: two or more, none of them `Several`.
        errors: Vec<Error>,
    } => "input.several", "error-several" {
        count: errors.len().to_string(),
    };
    /// A list of a case has more items than its cap.
    #[error("list {} longer than {max} items", .field.code())]
    TooManyItems {
        /// Which list (worded by its label).
        field: Field,
        /// Most items allowed.
        max: u32,
    } => "case.too-many-items", "error-too-many-items" {
        field: field.code(),
        fieldKind: field.kind_code().to_string(),
        max: max.to_string(),
    };
    /// A name holds bidirectional controls or invisible characters (`model::limits`).
    #[error("field {} holds invisible or direction-changing characters", .field.code())]
    HiddenCharacters {
        /// Which field (worded by its label).
        field: Field,
    } => "case.hidden-characters", "error-hidden-characters" {
        field: field.code(),
        fieldKind: field.kind_code().to_string(),
    };
    /// A case file larger than any real case.
    #[error("case file larger than {max_mib} MiB")]
    CaseFileTooLarge {
        /// The cap, in MiB.
        max_mib: u32,
    } => "case.file-too-large", "error-case-file-too-large" { max: max_mib.to_string() };
    /// The requested record does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for (`case`, …).
        what: &'static str,
    } => "not-found", "error-not-found" { what: what.to_string() };
    /// No commune matches a postcode or name typed by someone (the prefecture finder).
    #[error("no commune matches the query")]
    PlaceNotFound {
        /// What was typed (shown back to the person, never logged: it may be part of an address).
        query: String,
    } => "geo.place-not-found", "error-place-not-found" { query: query.clone() };
    /// A date typed in a form is not a date (`31/02/2020`, `12/04/98`).
    #[error("invalid date")]
    InvalidDate => "input.invalid-date", "error-invalid-date";
    /// A month and year, or a year, typed where the question needs the day (only a birth date
    /// may be approximate).
    #[error("date needs its day")]
    DateNeedsDay => "input.date-needs-day", "error-date-needs-day";
    /// A date typed in a form is impossible for its question (a birth in the future, a year outside 1900–2999).
    #[error("date out of range")]
    DateOutOfRange => "input.date-out-of-range", "error-date-out-of-range";
    /// A time typed in a form is not `HH:MM`.
    #[error("invalid time")]
    InvalidTime => "input.invalid-time", "error-invalid-time";
    /// A number typed in a form is not a whole number in range.
    #[error("invalid number")]
    InvalidNumber => "input.invalid-number", "error-invalid-number";
    /// A text typed in a form is longer than allowed.
    #[error("text longer than {max} characters")]
    TooLong {
        /// Most characters allowed.
        max: u32,
    } => "input.too-long", "error-too-long" { max: max.to_string() };
    /// The case's address does not designate one commune, so no competent office can be named
    /// (documents): the worker must complete or correct the address, never let the app guess.
    #[error("competent office undetermined: {reason}")]
    OfficeUndetermined {
        /// Why: `no-address`, `unknown-commune`, `unknown-postcode`, `ambiguous-postcode`,
        /// `postcode-mismatch` or `malformed-postcode`.
        reason: &'static str,
        /// The postcode at fault, if any (shown to the worker, never logged: part of an address).
        postcode: String,
        /// How many communes the postcode serves (for `ambiguous-postcode`).
        communes: usize,
    } => "documents.office-undetermined", "error-office-undetermined" {
        reason: reason.to_string(),
        postcode: postcode.clone(),
        communes: communes.to_string(),
    };
    /// The town written in the case's address is the name of other communes, never of the one its
    /// commune code or postcode designates: one of the two is wrong, and the letter would go by
    /// the code while its sender block names the other (« 75016 BOBIGNY » written to the Préfet
    /// de police). Both are named, so that the worker sees which to correct.
    #[error("the town written contradicts the address's code")]
    TownMismatch {
        /// The town as written (shown to the worker, never logged: part of an address).
        town: String,
        /// The commune the code designates, with its postcode or département: « Marseille
        /// (13013) ».
        commune: String,
    } => "documents.town-mismatch", "error-town-mismatch" {
        town: town.clone(),
        commune: commune.clone(),
    };
    /// The person lives where the CESEDA does not apply (Wallis-et-Futuna, French Polynesia, New
    /// Caledonia): no letter to a prefecture can be written.
    #[error("the CESEDA does not apply in {territory}")]
    CesedaNotApplicable {
        /// `wallis-et-futuna`, `polynesie-francaise` or `nouvelle-caledonie`.
        territory: String,
    } => "documents.ceseda-not-applicable", "error-ceseda-not-applicable" {
        territory: territory.clone(),
    };
    /// A file could not be read or written.
    #[error("i/o error: {0}")]
    Io(#[source] std::io::Error) => "io", "error-io";
    /// A file the person named (on the command line) could not be read or written: said with
    /// its name and why.
    #[error("file not accessible: {cause}")]
    FileAccess {
        /// The file, as given.
        file: String,
        /// Why: `not-found`, `denied`, `directory`, `not-a-folder` (a file where a folder of
        /// the path should be), `special` (a pipe or a device read), `special-target` (one a
        /// file would replace), `full`, `other`.
        cause: &'static str,
    } => "io.file", "error-file-access" {
        file: file.clone(),
        cause: cause.to_string(),
    };
    /// An unexpected SQLite error (logged; shown to the user as a generic storage error).
    #[error("storage error: {0}")]
    Sql(rusqlite::Error) => "db.error", "error-storage";
    /// A bug: an invariant the program guarantees did not hold.
    #[error("internal error: {0}")]
    Internal(&'static str) => "internal", "error-internal";
    /// The file is not a Passerelle backup or hand-over bundle.
    #[error("not a Passerelle encrypted file")]
    NotSealedFile => "sealed.unknown-format", "error-not-sealed-file";
    /// The backup or bundle was written by a newer Passerelle.
    #[error("encrypted file format {found} is newer than supported {supported}")]
    SealedTooNew {
        /// Version in the file.
        found: u32,
        /// Highest version this build reads.
        supported: u32,
    } => "sealed.too-new", "error-sealed-too-new" {
        found: found.to_string(),
        supported: supported.to_string(),
    };
    /// A backup was given where a bundle was expected, or the reverse.
    #[error("this file is a {found}, not a {expected}")]
    SealedWrongKind {
        /// What was expected: `backup` or `handover`.
        expected: &'static str,
        /// What the file is: `backup` or `handover`.
        found: &'static str,
    } => "sealed.wrong-kind", "error-sealed-wrong-kind" {
        // What the file is says it all: « this is a backup, not a bundle ».
        found: found.to_string(),
    };
    /// The passphrase does not open this backup or bundle.
    #[error("wrong passphrase for this file")]
    WrongFilePassphrase => "sealed.wrong-passphrase", "error-wrong-file-passphrase";
    /// The recovery key does not open this backup.
    #[error("wrong recovery key for this file")]
    WrongFileRecoveryKey => "sealed.wrong-recovery-key", "error-wrong-file-recovery-key";
    /// The file was sealed with the store's recovery key, and a passphrase was given.
    #[error("this file opens with a recovery key")]
    FileNeedsRecoveryKey => "sealed.needs-recovery-key", "error-file-needs-recovery-key";
    /// The file was sealed with a passphrase, and a recovery key was given.
    #[error("this file opens with a passphrase")]
    FileNeedsPassphrase => "sealed.needs-passphrase", "error-file-needs-passphrase";
    /// The backup or bundle is shorter than its header says: the copy was cut.
    #[error("encrypted file truncated")]
    SealedTruncated => "sealed.truncated", "error-sealed-truncated";
    /// The backup or bundle fails its integrity check: damaged or modified.
    #[error("encrypted file damaged or modified")]
    SealedDamaged => "sealed.damaged", "error-sealed-damaged";
    /// The payload a sealed file announces does not fit in this computer's memory (or is larger
    /// than what its kind ever holds: a hand-over carries one case).
    #[error("sealed file too large to open")]
    SealedTooLarge => "sealed.too-large", "error-sealed-too-large";
    /// Only an administrator (or the recovery key) may do this.
    #[error("administrator only")]
    NotAdmin => "team.not-admin", "error-not-admin";
    /// A member's passphrase is given anew only in a session opened with the recovery key: in a
    /// passphrase's session, a worker changes her own, knowing it.
    #[error("not a session opened with the recovery key")]
    NotRecoverySession => "vault.not-recovery-session", "error-not-recovery-session";
    /// This slot cannot be removed: it is the session's own, or the recovery key's.
    #[error("this keyslot cannot be removed")]
    SlotNotRemovable => "team.slot-not-removable", "error-slot-not-removable";
    /// Another slot already has this label.
    #[error("keyslot label already used")]
    SlotLabelTaken => "team.label-taken", "error-slot-label-taken";
    /// A rule-pack file without the signed header: a bare pack, or another file.
    #[error("rule pack file is not signed")]
    RulePackUnsigned => "rules.unsigned", "error-rule-pack-unsigned";
    /// A rule-pack file signed with a key this build does not trust.
    #[error("rule pack signed with an unknown key")]
    RulePackUnknownKey => "rules.unknown-key", "error-rule-pack-unknown-key";
    /// A rule-pack file whose signature does not verify: changed after signing.
    #[error("rule pack signature does not verify")]
    RulePackBadSignature => "rules.bad-signature", "error-rule-pack-bad-signature";
    /// A rule pack written for a newer engine.
    #[error("rule pack needs engine {needed}, this build runs {supported}")]
    RulePackEngineTooNew {
        /// The engine the pack needs.
        needed: u32,
        /// The engine of this build.
        supported: u32,
    } => "rules.engine-too-new", "error-rule-pack-engine-too-new" {
        needed: needed.to_string(),
        supported: supported.to_string(),
    };
    /// A rule pack for another law than the one this build assesses.
    #[error("rule pack {id} is not this build's")]
    RulePackOtherLaw {
        /// The pack's id.
        id: String,
    } => "rules.other-law", "error-rule-pack-other-law";
    /// A rule pack naming a condition, warning or other id this engine does not know.
    #[error("rule pack names an unknown id at {place}")]
    RulePackUnknownId {
        /// Where in the pack (`warnings.3.id`).
        place: String,
    } => "rules.unknown-id", "error-rule-pack-unknown-id" { place: place.clone() };
    /// A rule pack that does not parse or is not consistent.
    #[error("rule pack malformed at {place}")]
    RulePackMalformed {
        /// Where in the pack, if known (empty otherwise).
        place: String,
    } => "rules.malformed", "error-rule-pack-malformed" {
        place: if place.is_empty() { "none".into() } else { place.clone() },
    };
    /// A rule pack older than the one in use.
    #[error("rule pack {found} is older than {in_use}")]
    RulePackDowngrade {
        /// The file's version.
        found: String,
        /// The version in use.
        in_use: String,
    } => "rules.downgrade", "error-rule-pack-downgrade" {
        found: found.clone(),
        in_use: in_use.clone(),
    };
    /// The rule pack in the file is the one in use.
    #[error("rule pack {version} already in use")]
    RulePackAlreadyInUse {
        /// The version.
        version: String,
    } => "rules.already-in-use", "error-rule-pack-already-in-use" { version: version.clone() };
    /// No imported pack to roll back: the pack built into the app is in use.
    #[error("no imported rule pack to roll back")]
    RulePackNothingToRollBack => "rules.nothing-to-roll-back", "error-rule-pack-nothing-to-roll-back";
    /// There is no print service to send a document to (no CUPS `lp`; Windows).
    #[error("no print service")]
    PrintUnavailable => "print.unavailable", "error-print-unavailable";
    /// The print service refused the job (no printer set up, printer stopped).
    #[error("the print service refused the job")]
    PrintFailed => "print.failed", "error-print-failed";
    /// A document would print a character none of its typefaces has (an empty box): the name or
    /// address it is in is to be written in Latin letters.
    #[error("a character no typeface of the documents has")]
    Unprintable {
        /// The character, as typed (one character says where to look, and no more).
        character: String,
    } => "pdf.unprintable", "error-unprintable" {
        character: character.clone(),
    };
    /// A letter to the prefecture, in French, would print a name or an address in a script that
    /// is not Latin (Cyrillic, Arabic, Greek…): it is written as on the passport, in Latin
    /// letters.
    #[error("a letter would print a character that is not a Latin letter")]
    NotLatin {
        /// The character, as typed (one character says where to look, and no more).
        character: String,
    } => "pdf.not-latin", "error-not-latin" {
        character: character.clone(),
    };
    /// A file to save would go in the store's own folder, where it would replace the database
    /// or its keys.
    #[error("a file to save would go in the store's folder")]
    InsideStore => "file.inside-store", "error-inside-store";
    /// A passphrase change failed half-way and the keys as they were could not be written back
    /// (a full disk): which passphrase opens the vault now is not known.
    #[error("passphrase change failed and could not be undone")]
    PassphraseChangeUncertain => "vault.passphrase-change-uncertain", "error-passphrase-change-uncertain";
    /// A file to save would replace a backup or a hand-over bundle (or one written for another
    /// purpose): `export ID --out` onto last week's backup took it without a word.
    #[error("a file to save would replace a sealed file")]
    WouldReplaceSealed {
        /// What the file there holds; `None` when its header cannot be read.
        content: Option<crate::vault::seal::Content>,
    } => "file.would-replace-sealed", "error-would-replace-sealed" {
        kind: content.map_or("other", <&'static str>::from).to_string(),
    };
    /// The passphrase chosen for a backup or a hand-over bundle is the one that opens this
    /// session's slot of the vault ([`crate::vault::Vault::refuse_own_passphrase`]).
    #[error("the passphrase of a sealed file is the vault's")]
    PassphraseOfTheVault {
        /// What is being sealed.
        file: crate::vault::seal::Content,
    } => "vault.passphrase-of-the-vault", "error-passphrase-of-the-vault" {
        kind: <&'static str>::from(*file).to_string(),
    };
}

impl Error {
    /// [`Error::FileAccess`] for `file`, from what the system said.
    pub fn file_access(file: &std::path::Path, e: &std::io::Error) -> Error {
        let cause = match e.kind() {
            _ if is_disk_full(e) => "full",
            std::io::ErrorKind::NotFound => "not-found",
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                "denied"
            }
            std::io::ErrorKind::IsADirectory => "directory",
            std::io::ErrorKind::NotADirectory => "not-a-folder",
            _ => "other",
        };
        Error::FileAccess {
            file: file.display().to_string(),
            cause,
        }
    }

    /// Nothing unless `file` is a file on disk, or is not there (then opening it says so): a
    /// folder, a pipe, a device or a socket is refused as [`Error::FileAccess`] without being
    /// opened. A sealed file is sought and read twice, and opening a pipe no one writes to waits
    /// forever (security review, 2026-12-06: `restore` of a named pipe hung).
    ///
    /// # Errors
    /// [`Error::FileAccess`], its cause `directory` or `special`.
    pub fn refuse_unless_a_file(file: &std::path::Path) -> Result<()> {
        match std::fs::metadata(file) {
            Ok(m) if m.is_dir() => Err(Error::FileAccess {
                file: file.display().to_string(),
                cause: "directory",
            }),
            Ok(m) if !m.is_file() => Err(Error::FileAccess {
                file: file.display().to_string(),
                cause: "special",
            }),
            _ => Ok(()),
        }
    }

    /// [`Error::InvalidField`]: `field` is wrong for `reason`.
    pub fn invalid(field: Field, reason: Invalid) -> Error {
        Error::InvalidField { field, reason }
    }

    /// [`Error::Required`]: `field` is missing.
    pub fn required(field: Field) -> Error {
        Error::Required { field }
    }

    /// What a form's checks found: nothing, one error as it is, or [`Error::Several`] (nested
    /// ones flattened, in order).
    ///
    /// # Errors
    /// Every error in `errors`, as one.
    pub fn from_all(errors: impl IntoIterator<Item = Error>) -> Result<()> {
        let mut all: Vec<Error> = Vec::new();
        for e in errors {
            match e {
                Error::Several { errors } => all.extend(errors),
                e => all.push(e),
            }
        }
        match all.len() {
            0 => Ok(()),
            1 => Err(all.remove(0)),
            _ => Err(Error::Several { errors: all }),
        }
    }

    /// [`Error::from_all`] for checks some of which failed: the error they make together.
    pub fn of_all(errors: impl IntoIterator<Item = Error>) -> Error {
        match Error::from_all(errors) {
            Err(e) => e,
            Ok(()) => Error::Internal("no error among the faults"),
        }
    }

    /// The field this error is about, if it is about one; none for [`Error::Several`], whose
    /// errors each name theirs ([`Error::each`]).
    pub fn field(&self) -> Option<&Field> {
        match self {
            Error::InvalidField { field, .. }
            | Error::Required { field }
            | Error::HiddenCharacters { field }
            | Error::FieldTooLong { field, .. }
            | Error::TooManyItems { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The errors this one stands for: those of [`Error::Several`], or itself.
    pub fn each(&self) -> &[Error] {
        match self {
            Error::Several { errors } => errors,
            e => std::slice::from_ref(e),
        }
    }
}

impl From<std::io::Error> for Error {
    /// A full disk is said as such whichever file met it (the key file, a temporary file, the
    /// audit's copy…): the worker can free space; « impossible de lire ou d'écrire » gives no clue.
    fn from(e: std::io::Error) -> Self {
        if is_disk_full(&e) {
            Error::DiskFull
        } else {
            Error::Io(e)
        }
    }
}

/// True if `e` says the disk (or the user's quota on it) is full: `ENOSPC`/`EDQUOT` on Unix,
/// `ERROR_DISK_FULL`/`ERROR_HANDLE_DISK_FULL` on Windows, as the standard library reads them.
fn is_disk_full(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        // SQLite says « full » for a write to the database or its journal, but growing the WAL's
        // shared-memory index on a full disk is an I/O error of its own (`SQLITE_IOERR_SHMSIZE`,
        // measured on a full tmpfs: `pwrite` of one byte at the new end, `ENOSPC`).
        let shm_not_grown = e
            .sqlite_error()
            .is_some_and(|f| f.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE);
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                Error::DatabaseDamaged
            }
            Some(ErrorCode::DiskFull) => Error::DiskFull,
            _ if shm_not_grown => Error::DiskFull,
            _ => Error::Sql(e),
        }
    }
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
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_error_has_its_own_code_and_message() {
        let codes: HashSet<_> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
        let messages: HashSet<_> = ErrorKind::ALL.iter().map(|k| k.message_id()).collect();
        assert_eq!(codes.len(), ErrorKind::ALL.len(), "two errors share a code");
        assert_eq!(
            messages.len(),
            ErrorKind::ALL.len(),
            "two errors share a message"
        );
    }

    /// A full disk met writing a file (the key file at a store's creation, a temporary file) is
    /// said as a full disk, as SQLite's is, and not as « impossible de lire ou d'écrire »; a file
    /// the worker named on a full disk says so (stop 40's note: the key file's `ENOSPC` read `io`).
    #[test]
    fn a_full_disk_met_writing_a_file_is_said_as_such() {
        use std::io::{Error as IoError, ErrorKind as Io};
        for full in [
            IoError::from(Io::StorageFull),
            IoError::from(Io::QuotaExceeded),
        ] {
            assert!(matches!(Error::from(full), Error::DiskFull));
        }
        #[cfg(unix)]
        assert!(matches!(
            Error::from(IoError::from_raw_os_error(libc::ENOSPC)),
            Error::DiskFull
        ));
        // A file too large for the file system, or a failing disk, is not a full disk.
        for other in [Io::FileTooLarge, Io::Other, Io::PermissionDenied] {
            assert!(matches!(Error::from(IoError::from(other)), Error::Io(_)));
        }
        let on_a_key = std::path::Path::new("/media/usb/sauvegarde.passerelle-backup");
        let said = Error::file_access(on_a_key, &IoError::from(Io::StorageFull));
        assert!(matches!(said, Error::FileAccess { cause: "full", .. }));
        let fr = crate::i18n::L10n::get().format("fr", said.message_id(), &said.message_args());
        assert!(fr.contains("le disque est plein"), "{fr}");
    }

    /// A full disk is its own error, not « erreur d'enregistrement » nor a damaged vault
    /// (data-loss review, 2026-12-05).
    #[test]
    fn a_full_disk_is_said_as_such() {
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert!(matches!(Error::from(full), Error::DiskFull));
        let shm = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR_SHMSIZE),
            None,
        );
        assert!(matches!(Error::from(shm), Error::DiskFull));
        // A failing disk is not a full one (code review, 2026-12-05).
        let failing = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR_WRITE),
            None,
        );
        assert!(matches!(Error::from(failing), Error::Sql(_)));
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert!(matches!(Error::from(busy), Error::Sql(_)));
    }

    /// The errors of a form's checks make one: none, the one alone, or several, flattened.
    #[test]
    fn a_form_s_errors_make_one_error() {
        assert!(Error::from_all([]).is_ok());
        let one = Error::from_all([Error::InvalidDate]).unwrap_err();
        assert!(matches!(one, Error::InvalidDate));
        assert_eq!(one.each().len(), 1);
        let nested = Error::Several {
            errors: vec![Error::InvalidTime, Error::InvalidNumber],
        };
        let all = Error::from_all([Error::InvalidDate, nested]).unwrap_err();
        assert_eq!(all.code(), "input.several");
        let kinds: Vec<ErrorKind> = all.each().iter().map(Error::kind).collect();
        assert_eq!(
            kinds,
            [
                ErrorKind::InvalidDate,
                ErrorKind::InvalidTime,
                ErrorKind::InvalidNumber
            ]
        );
        assert_eq!(all.message_args(), [("count", "3".to_string())]);
        assert!(matches!(Error::of_all([]), Error::Internal(_)));
    }

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
