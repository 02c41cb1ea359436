//! What an input error is about ([`Field`]) and what is wrong with it ([`Invalid`]), typed.
//!
//! A person never reads a JSON path, a setting's code or a parser's English: every field has a
//! label message and every reason a message of its own, in each UI language (`fields.ftl`),
//! worded by the application layer (`app::ErrorView`). The codes here are what logs and tests
//! see.

/// A field of an input: a case file's, a form's, an interview question, the command line's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A field of a case file, by its JSON path as the parser reports it (`person.birthDate`,
    /// `documents[1].kind`; `$` for the whole file).
    Case(String),
    /// A field of the association's profile, by its JSON path (`workerTitle`, `address.city`).
    Association(String),
    /// An interview question, by its id (`complaint-date`, `document-status.passport`).
    Question(String),
    /// Any other field: a form's, or the command line's.
    Named(Named),
    /// A place in the legal rules built into this version, by its path: a defect of the build,
    /// never what a person typed.
    Rules(String),
}

impl Field {
    /// A field of a case file.
    pub fn case(path: impl Into<String>) -> Field {
        Field::Case(path.into())
    }

    /// The code logs show: the path or the name, never a value.
    pub fn code(&self) -> String {
        match self {
            Field::Case(path) => path.clone(),
            Field::Association(path) => format!("association.{path}"),
            Field::Question(id) => format!("question {id}"),
            Field::Named(named) => named.code().to_string(),
            Field::Rules(path) => format!("rules.{path}"),
        }
    }

    /// What the field is, for messages that word a question differently from a field
    /// (« Réponse à la question « … » » rather than « Champ « la question « … » » »), and the
    /// command line's options and arguments differently again (« Option obligatoire : --out… »,
    /// not « Champ obligatoire : option --out… »: review, 2026-12-04): `question`, `option`,
    /// `argument`, `filter` (a field that saves nothing) or `field`.
    pub fn kind_code(&self) -> &'static str {
        match self {
            Field::Question(_) => "question",
            Field::Named(named) => named.kind_code(),
            _ => "field",
        }
    }

    /// The message that names the field, and the 1-based position of the element it is in when
    /// the path goes through a list (`documents[1].kind`: the second document's kind).
    ///
    /// A case file's `documents[1].kind` is `field-case-documents-kind` with position 2, the
    /// element `person.languages[0]` itself is `field-case-person-languages-item`; a segment the
    /// parser could not name (`?`) ends the path. An interview question is
    /// `field-question` (its words are the question's).
    pub fn label_id(&self) -> (String, Option<usize>) {
        match self {
            Field::Case(path) => path_label("field-case", path),
            Field::Association(path) => path_label("field-association", path),
            Field::Question(_) => ("field-question".to_string(), None),
            Field::Named(named) => (format!("field-{}", named.code()), None),
            Field::Rules(_) => ("field-rules".to_string(), None),
        }
    }
}

/// `prefix-seg-seg[-item]` for a JSON path, and the position of the last list element on it.
fn path_label(prefix: &str, path: &str) -> (String, Option<usize>) {
    let mut id = prefix.to_string();
    let mut position = None;
    let mut ends_in_element = false;
    for segment in path.split('.') {
        // `documents[1]`: a name, then indices.
        let (name, indices) = match segment.find('[') {
            Some(at) => segment.split_at(at),
            None => (segment, ""),
        };
        if name == "?" || name == "$" {
            break;
        }
        if !name.is_empty() {
            id.push('-');
            id.push_str(name);
            ends_in_element = false;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            if let Ok(n) = index.trim_end_matches(']').parse::<usize>() {
                position = Some(n + 1);
                ends_in_element = true;
            }
        }
    }
    if ends_in_element {
        id.push_str("-item");
    }
    (id, position)
}

/// A field named by code: a form's or the command line's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Named {
    /// A new case's name (family or given names).
    CaseName,
    /// A passphrase typed in a form.
    Passphrase,
    /// A team member's name.
    MemberLabel,
    /// A note's text.
    NoteText,
    /// An appointment's day.
    AppointmentDate,
    /// An appointment's time of day.
    AppointmentTime,
    /// An appointment's place.
    AppointmentPlace,
    /// An appointment's note.
    AppointmentNote,
    /// The idle-lock delay (settings).
    IdleLockMinutes,
    /// The retention period (settings).
    RetentionMonths,
    /// The interface's text size (settings).
    TextSize,
    /// The backup reminder delay (settings).
    BackupReminderDays,
    /// The consent notice's language (the case's Dossier section).
    NoticeLanguage,
    /// A département (how a prefect is addressed).
    Departement,
    /// An arrondissement (how a sub-prefect is addressed).
    Arrondissement,
    /// Which document (letter, support letter, checklist, consent record).
    DocumentKind,
    /// An interview step.
    InterviewStep,
    /// An interview question, when the id names none.
    InterviewQuestion,
    /// The language the person reads the interview in.
    InterviewLanguage,
    /// The route a document is for.
    Route,
    /// The person's nationality, as the documents need it.
    Nationality,
    /// Who is addressed (`madame`, `monsieur`).
    Addressee,
    /// The printer a document goes to.
    Printer,
    /// The audit log's filter: its first or last day.
    AuditDay,
    /// `--store DIR`.
    CliStore,
    /// `--out FILE`.
    CliOut,
    /// Standard output (where a command prints without `--out`).
    CliStdout,
    /// `--lang L`.
    CliLang,
    /// `--route ID`.
    CliRoute,
    /// `--addressee madame|monsieur`.
    CliAddressee,
    /// The case file argument (`CASE.json`).
    CliCase,
    /// A case's id argument (`ID`).
    CliId,
    /// A file argument (`FILE`: a backup, a bundle).
    CliFile,
    /// The prefecture finder's query (`QUERY`).
    CliQuery,
    /// `--association ASSOC.json`: the association's profile, which the app keeps in its
    /// settings and the command line takes as a file.
    CliAssociation,
    /// `handover export|import`.
    CliHandoverAction,
    /// The store's passphrase, the command line's first line.
    CliStorePassphrase,
    /// The passphrase a backup is sealed or opened with (the command line's second line).
    CliBackupPassphrase,
    /// The recovery key a backup is opened with (`--recovery-key`).
    CliRecoveryKey,
    /// The new store's passphrase, on restore.
    CliNewPassphrase,
    /// The passphrase that replaces the store's (`passphrase`, the second line).
    CliChangedPassphrase,
    /// The passphrase a hand-over bundle is sealed or opened with.
    CliBundlePassphrase,
    /// `rules review-sheet`.
    CliRulesAction,
    /// `--from YYYY-MM-DD`: the activity report's first day.
    CliFrom,
    /// `--to YYYY-MM-DD`: the activity report's last day.
    CliTo,
    /// The period of the activity report (`--from`, `--to`, the screen's two days).
    ReportPeriod,
    /// The activity report's format (`pdf`, `csv`).
    ReportFormat,
    /// The day a residence application was filed.
    ApplicationFiledOn,
    /// A residence application's decision (granted, refused, awaited).
    ApplicationDecision,
    /// The day of a residence application's decision.
    ApplicationDecidedOn,
    /// The first day of the journal's filter.
    AuditFrom,
    /// The last day of the journal's filter.
    AuditTo,
    /// A recourse against a refused application (to the prefect, the minister, the court).
    ApplicationAppeal,
    /// The day a recourse was filed.
    ApplicationAppealedOn,
    /// A residence application's number on the ANEF.
    ApplicationAnefNumber,
}

impl Named {
    /// Every named field, for the tests that check each has a label.
    pub const ALL: &'static [Named] = <Named as strum::VariantArray>::VARIANTS;

    /// Its code, the suffix of its label `field-<code>`.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// `option` for a command-line option (its label is the option: « --out (le fichier à
    /// écrire) »), `argument` for what else the command line or its standard input gives (its
    /// label has its article: « le fichier du dossier (DOSSIER.json) »), `filter` for the
    /// journal filter's days (they save nothing), `field` for a form's.
    pub fn kind_code(self) -> &'static str {
        match self {
            Named::CliStore
            | Named::CliOut
            | Named::CliLang
            | Named::CliRoute
            | Named::CliAddressee
            | Named::CliAssociation
            | Named::CliFrom
            | Named::CliTo => "option",
            Named::CliCase
            | Named::CliId
            | Named::CliFile
            | Named::CliQuery
            | Named::CliHandoverAction
            | Named::CliStorePassphrase
            | Named::CliBackupPassphrase
            | Named::CliRecoveryKey
            | Named::CliStdout
            | Named::CliNewPassphrase
            | Named::CliChangedPassphrase
            | Named::CliBundlePassphrase
            | Named::CliRulesAction => "argument",
            // A filter saves nothing: its error does not say « Rien n'a été enregistré » (UI
            // walk, 2026-12-06).
            Named::AuditFrom | Named::AuditTo => "filter",
            _ => "field",
        }
    }
}

/// What a value of the JSON type a field holds is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Expected {
    /// Text.
    Text,
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    Number,
    /// A whole number, 0 or more (a count).
    Natural,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// A day and time (RFC 3339).
    DateTime,
    /// A list.
    List,
    /// A group of fields (a JSON object).
    Object,
}

/// The unit of a number a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Unit {
    /// A count of things.
    None,
    /// Minutes.
    Minutes,
    /// Days.
    Days,
    /// Months.
    Months,
    /// Percent.
    Percent,
}

/// What is wrong with a field's value. Never the value itself: it may be personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Not of the JSON type the field holds.
    WrongType(Expected),
    /// A value the field does not offer (a code of a list, an enumerated value).
    UnknownValue,
    /// Absent where the field is needed.
    Missing,
    /// Not a day written `YYYY-MM-DD`.
    NotADate,
    /// Not a day and a time written as RFC 3339 (`2026-03-12T14:30:00Z`).
    NotADateTime,
    /// A key written twice in the same object: which one counts would be a guess.
    DuplicateKey,
    /// An id two entries of the same list share (two notes `n1`): editing or deleting one would
    /// touch the other.
    DuplicateId,
    /// Not a whole number from `min` to `max`.
    OutOfRange {
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
        /// What it counts.
        unit: Unit,
    },
    /// Longer than `max` characters.
    TooLong {
        /// Most characters allowed.
        max: u32,
    },
    /// More than `max` entries.
    TooMany {
        /// Most entries allowed.
        max: u32,
    },
    /// Not a country's two-letter code (ISO 3166-1), nor « stateless ».
    NotACountry,
    /// A line break in a field printed on one line (a name, an address line, a reference).
    LineBreak,
    /// A territory with no nationality of its own: the State's code is needed.
    TerritoryWithoutNationality,
    /// « Stateless » beside a nationality: a letter would say both (letters review, 2026-12-06:
    /// « Nationalités : apatride et syrienne »).
    StatelessWithNationality,
    /// Not a time of day `HH:MM`.
    NotATime,
    /// Not a language code (`uk`, `pt-BR`).
    NotALanguage,
    /// A file name that does not end in `.pdf`.
    NotAPdfName,
    /// A day typed in a form is not one (`32/13/2026`): written day/month/year.
    NotATypedDay,
    /// A time of day typed in a form is not one (`25h`): « 14 h 30 », « 14h30 » or « 14:30 ».
    NotATypedTime,
    /// A day after today typed for something that has happened (a filing, a decision).
    FutureDay,
    /// A report's period that starts after today: nothing has happened in it yet to count.
    PeriodNotStarted,
    /// A French postcode is five digits (CEDEX goes with the town).
    NotAPostcode,
    /// An e-mail address has one « @ » and a domain with a dot.
    NotAnEmail,
    /// A phone number is digits, spaces and « + . - ( ) ».
    NotAPhone,
    /// Not one of the values a person may type there (a language code, a route id on the
    /// command line).
    NotAmong {
        /// The values allowed, as typed: `fr, en`.
        choices: String,
    },
    /// The question is not asked for this case as it stands (a screen out of date).
    NotAsked,
    /// The answer is not of the question's kind (a screen out of date).
    WrongAnswer,
    /// The route has no cover letter (the reflection period, the renewal of the resident card
    /// filed on ANEF): its message says why and what to do instead.
    NoLetterForRoute {
        /// The route's id (`reflection-period`): the message selects its wording on it.
        route: &'static str,
    },
    /// The route does not fit the case's stage (a renewal without a card, a first card for a
    /// card holder).
    RouteDoesNotFit {
        /// The route's id (`cst-l425-1-renewal`), named by its `legal-route-` message.
        route: &'static str,
        /// Why, as the assessment says it: a not-applicable reason, or `not-eligible-unchosen`
        /// (a route no one chose, which she is not eligible for); worded by its `legal-reason-`
        /// message.
        reason: String,
    },
    /// The person is French, or a national of the EU, the EEA or Switzerland: no such permit.
    NotConcerned,
    /// A file asked of a command that shows a recovery key: the key is shown, never written
    /// to a file on this computer.
    RecoveryKeyNeverInAFile,
    /// Standard output goes to a file, where a recovery key would be printed (security review,
    /// 2026-12-05: `init > created.json` wrote it beside the store).
    StdoutIsAFile,
    /// A store is made in a folder of its own: this one holds other files (its access rights
    /// would be narrowed for them too).
    FolderNotEmpty,
    /// A store's folder named where a file is (CLI review, 2026-12-07: « vérifiez l'espace
    /// disque et les droits d'accès » for `--store case.json init`).
    StoreIsAFile,
    /// `--out` names a pipe or a device that another account owns (or reaches through its link):
    /// what is written would be read by it.
    ForeignPipe,
    /// The file to write is the one the command reads: writing would replace it.
    SameAsInput,
    /// Written as a day, but not a day of the calendar (the 30th of February).
    NoSuchDay,
    /// Text that is not UTF-8 (a file saved in another encoding).
    NotUtf8,
    /// A checklist's second language asked of its JSON, whose labels are French or English:
    /// the language is a PDF's column (`--out F.pdf`).
    ColumnNeedsPdf,
    /// The legal rules built into this version contradict themselves (the detail is for the
    /// log).
    RuleDefect(&'static str),
    /// A period whose last day comes before its first.
    EndBeforeStart,
    /// A document's first day typed after the last day already recorded for it (the dates of
    /// the document she held before, kept when its kind changed): the last day is typed first.
    StartAfterRecordedEnd,
    /// A decision dated before the application it decides was filed.
    DecisionBeforeFiling,
    /// A recourse recorded beside a decision that is not a refusal.
    AppealNeedsRefusal,
    /// A recourse dated before the decision it challenges.
    AppealBeforeDecision,
    /// A first-card letter names the offence (trafficking or procuring, L425-1): the case
    /// records neither.
    OffenceNotRecorded,
    /// The person refused, or withdrew, the consent the document needs (the association's
    /// support letter sends her information to the prefecture).
    ConsentNotGiven,
    /// She was never asked for the consent the document needs: the association sends her
    /// information only with her agreement, as her consent record tells her (review,
    /// 2026-12-06: the support letter was written all the same).
    ConsentNotAsked,
    /// She refused, or withdrew, that her case be passed to a lawyer or another association
    /// (`consent.shareWithLawyer`): no hand-over bundle is written.
    HandoverNotConsented,
    /// A day the assessment finds impossible (`case-dates-to-check`), on which a fact a letter
    /// needs rests alone: the letter leaves it out, so it cannot state that fact.
    DayToCheck,
    /// The association closed the case: its letter would attest a follow-up that has ended.
    CaseClosed,
    /// A day of final conviction beside a stage that says otherwise (an appeal, an acquittal):
    /// which is true is for the worker to say.
    StageContradictsConviction,
    /// The proceedings are recorded as ended without a conviction (an acquittal, a dismissal):
    /// the L. 425-1 card is renewed only while they last, and a letter citing that article
    /// would argue against the case (PDF review, 2026-12-07).
    ProceedingsEnded,
    /// A renewal of the L. 425-1 card asked for once the conviction is final: the proceedings it
    /// is renewed for are over, and the resident card (L. 425-3) is what she applies for.
    ConvictionFinal,
    /// A conviction recorded as final on a day after the document's: not final yet.
    ConvictionNotYetFinal,
    /// She is under 16 on the letter's day: the first L. 425-1 card cannot be issued to her then.
    UnderSixteenOnLetterDay,
    /// Her nationality's stay is governed by a bilateral agreement the route's article does not
    /// apply through (the Franco-Algerian agreement of 1968): a jurist chooses the route.
    AgreementNationality,
    /// The renewal the letter would ask for is already recorded as filed and waits for its
    /// decision.
    RenewalAlreadyFiled,
    /// The renewal the letter would ask for is recorded as refused: asking for it again as if
    /// nothing had happened (« déposée dans les délais ») is not what follows a refusal.
    RenewalRefused,
    /// The renewal recorded on the card has had no decision for four months: silence rejected it
    /// (R432-2); a new letter is not what follows.
    RenewalRejectedBySilence,
    /// The application of the letter's route, first card, resident card or APS, has had no
    /// decision for four months: silence rejected it (R432-2); the letter would ask as if it were
    /// still examined.
    RejectedBySilence,
    /// A récépissé of application is her recorded document and no application is recorded: the
    /// first card's letter would ask for what is already applied for.
    RecepisseWithoutApplication,
    /// The resident card the letter would ask for is already applied for (waiting for its
    /// decision) or granted.
    ResidentCardAlreadyApplied,
    /// A day whose year lies outside `min..=max` (a year typed with two digits reads as the first
    /// century).
    YearOutOfRange {
        /// The first year accepted.
        min: i32,
        /// The last year accepted.
        max: i32,
    },
    /// The first card the letter would ask for is already applied for (waiting for its decision)
    /// or granted; or the APS is waiting for its decision.
    AlreadyApplied,
    /// A day the document would state as past (a complaint, a decision of hers) comes after the
    /// document's own.
    AfterDocumentDay,
    /// A day of the person's own (a complaint, a testimony, a card issued to her) before the
    /// earliest day she may have been born.
    BeforeBirth,
    /// A birth date whose earliest day comes after a day of her life already recorded (a
    /// complaint, a card issued to her): one of the two is wrong, and the other is typed first.
    BirthAfterRecordedDay,
    /// The consent record is printed in the language her notice was given in (`lang`, a code):
    /// another is refused, saying which and why.
    NoticeGivenIn {
        /// The language the notice was given in.
        lang: String,
    },
    /// The consent record's notice is of a version this build has no text for (a case from a
    /// newer Passerelle): its choices are not printed beside a text she was not given.
    NoticeVersionUnknown,
}

impl Invalid {
    /// Its code, the suffix of its message `invalid-<code>` (logs show it too).
    pub fn code(&self) -> &'static str {
        match self {
            Invalid::WrongType(_) => "wrong-type",
            Invalid::UnknownValue => "unknown-value",
            Invalid::Missing => "missing",
            Invalid::NotADate => "not-a-date",
            Invalid::NotADateTime => "not-a-date-time",
            Invalid::DuplicateKey => "duplicate-key",
            Invalid::DuplicateId => "duplicate-id",
            Invalid::OutOfRange { .. } => "out-of-range",
            Invalid::TooLong { .. } => "too-long",
            Invalid::TooMany { .. } => "too-many",
            Invalid::NotACountry => "not-a-country",
            Invalid::LineBreak => "line-break",
            Invalid::TerritoryWithoutNationality => "territory-without-nationality",
            Invalid::StatelessWithNationality => "stateless-with-nationality",
            Invalid::NotATime => "not-a-time",
            Invalid::NotALanguage => "not-a-language",
            Invalid::NotAPdfName => "not-a-pdf-name",
            Invalid::NotATypedDay => "not-a-typed-day",
            Invalid::NotATypedTime => "not-a-typed-time",
            Invalid::FutureDay => "future-day",
            Invalid::PeriodNotStarted => "period-not-started",
            Invalid::NotAPostcode => "not-a-postcode",
            Invalid::NotAnEmail => "not-an-email",
            Invalid::NotAPhone => "not-a-phone",
            Invalid::NotAmong { .. } => "not-among",
            Invalid::NotAsked => "not-asked",
            Invalid::WrongAnswer => "wrong-answer",
            Invalid::NoLetterForRoute { .. } => "no-letter-for-route",
            Invalid::RouteDoesNotFit { .. } => "route-does-not-fit",
            Invalid::RecoveryKeyNeverInAFile => "recovery-key-never-in-a-file",
            Invalid::StdoutIsAFile => "stdout-is-a-file",
            Invalid::FolderNotEmpty => "folder-not-empty",
            Invalid::StoreIsAFile => "store-is-a-file",
            Invalid::ForeignPipe => "foreign-pipe",
            Invalid::SameAsInput => "same-as-input",
            Invalid::ColumnNeedsPdf => "column-needs-pdf",
            Invalid::NoSuchDay => "no-such-day",
            Invalid::NotUtf8 => "not-utf8",
            Invalid::NotConcerned => "not-concerned",
            Invalid::RuleDefect(_) => "rule-defect",
            Invalid::EndBeforeStart => "end-before-start",
            Invalid::StartAfterRecordedEnd => "start-after-recorded-end",
            Invalid::DecisionBeforeFiling => "decision-before-filing",
            Invalid::AppealNeedsRefusal => "appeal-needs-refusal",
            Invalid::AppealBeforeDecision => "appeal-before-decision",
            Invalid::OffenceNotRecorded => "offence-not-recorded",
            Invalid::ConsentNotGiven => "consent-not-given",
            Invalid::ConsentNotAsked => "consent-not-asked",
            Invalid::HandoverNotConsented => "handover-not-consented",
            Invalid::DayToCheck => "day-to-check",
            Invalid::CaseClosed => "case-closed",
            Invalid::StageContradictsConviction => "stage-contradicts-conviction",
            Invalid::ProceedingsEnded => "proceedings-ended",
            Invalid::ConvictionFinal => "conviction-final",
            Invalid::ConvictionNotYetFinal => "conviction-not-yet-final",
            Invalid::UnderSixteenOnLetterDay => "under-sixteen-on-letter-day",
            Invalid::AgreementNationality => "agreement-nationality",
            Invalid::RenewalAlreadyFiled => "renewal-already-filed",
            Invalid::RenewalRefused => "renewal-refused",
            Invalid::RenewalRejectedBySilence => "renewal-rejected-by-silence",
            Invalid::RejectedBySilence => "rejected-by-silence",
            Invalid::RecepisseWithoutApplication => "recepisse-without-application",
            Invalid::ResidentCardAlreadyApplied => "resident-card-already-applied",
            Invalid::AfterDocumentDay => "after-document-day",
            Invalid::BeforeBirth => "before-birth",
            Invalid::BirthAfterRecordedDay => "birth-after-recorded-day",
            Invalid::NoticeGivenIn { .. } => "notice-given-in",
            Invalid::NoticeVersionUnknown => "notice-version-unknown",
            Invalid::AlreadyApplied => "already-applied",
            Invalid::YearOutOfRange { .. } => "year-out-of-range",
        }
    }

    /// The message that says what is wrong (`invalid-<code>`, in `fields.ftl`).
    pub fn message_id(&self) -> String {
        format!("invalid-{}", self.code())
    }

    /// The arguments of [`Invalid::message_id`]: codes and numbers, formatted.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            Invalid::WrongType(expected) => vec![("expected", code(*expected))],
            Invalid::OutOfRange { min, max, unit } => vec![
                ("min", min.to_string()),
                ("max", max.to_string()),
                ("unit", code(*unit)),
            ],
            Invalid::TooLong { max } | Invalid::TooMany { max } => {
                vec![("max", max.to_string())]
            }
            Invalid::RouteDoesNotFit { route, reason } => {
                vec![("route", route.to_string()), ("reason", reason.clone())]
            }
            // `which`, not `route`: the message selects on the id, it does not print its name.
            Invalid::NoLetterForRoute { route } => vec![("which", route.to_string())],
            Invalid::NotAmong { choices } => vec![("choices", choices.clone())],
            Invalid::NoticeGivenIn { lang } => vec![("lang", lang.clone())],
            Invalid::YearOutOfRange { min, max } => {
                vec![("min", min.to_string()), ("max", max.to_string())]
            }
            _ => Vec::new(),
        }
    }

    /// One value of each reason (each expected type, each unit), for the tests that word them
    /// all. A reason added to [`Invalid::code`] and not here fails them: its message would be
    /// one no sample uses.
    pub fn samples() -> Vec<Invalid> {
        let mut all: Vec<Invalid> = <Expected as strum::VariantArray>::VARIANTS
            .iter()
            .map(|e| Invalid::WrongType(*e))
            .collect();
        all.extend(<Unit as strum::VariantArray>::VARIANTS.iter().map(|unit| {
            Invalid::OutOfRange {
                min: 1,
                max: 60,
                unit: *unit,
            }
        }));
        all.extend([
            Invalid::UnknownValue,
            Invalid::Missing,
            Invalid::NotADate,
            Invalid::NotADateTime,
            Invalid::DuplicateKey,
            Invalid::DuplicateId,
            Invalid::TooLong { max: 200 },
            Invalid::TooMany { max: 20 },
            Invalid::NotACountry,
            Invalid::LineBreak,
            Invalid::TerritoryWithoutNationality,
            Invalid::StatelessWithNationality,
            Invalid::NotATime,
            Invalid::NotALanguage,
            Invalid::NotAPdfName,
            Invalid::NotATypedDay,
            Invalid::NotATypedTime,
            Invalid::FutureDay,
            Invalid::PeriodNotStarted,
            Invalid::NotAPostcode,
            Invalid::NotAnEmail,
            Invalid::NotAPhone,
            Invalid::NotAmong {
                choices: "fr, en".into(),
            },
            Invalid::NotAsked,
            Invalid::WrongAnswer,
            Invalid::NoLetterForRoute {
                route: "reflection-period",
            },
            Invalid::NoLetterForRoute {
                route: "carte-resident-l425-3-renewal",
            },
            Invalid::NotConcerned,
            Invalid::RecoveryKeyNeverInAFile,
            Invalid::StdoutIsAFile,
            Invalid::FolderNotEmpty,
            Invalid::StoreIsAFile,
            Invalid::ForeignPipe,
            Invalid::SameAsInput,
            Invalid::ColumnNeedsPdf,
            Invalid::NoSuchDay,
            Invalid::NotUtf8,
            Invalid::RuleDefect("sample"),
            Invalid::EndBeforeStart,
            Invalid::StartAfterRecordedEnd,
            Invalid::DecisionBeforeFiling,
            Invalid::AppealNeedsRefusal,
            Invalid::AppealBeforeDecision,
            Invalid::OffenceNotRecorded,
            Invalid::ConsentNotGiven,
            Invalid::ConsentNotAsked,
            Invalid::HandoverNotConsented,
            Invalid::DayToCheck,
            Invalid::CaseClosed,
            Invalid::StageContradictsConviction,
            Invalid::ProceedingsEnded,
            Invalid::ConvictionFinal,
            Invalid::ConvictionNotYetFinal,
            Invalid::UnderSixteenOnLetterDay,
            Invalid::AgreementNationality,
            Invalid::RenewalAlreadyFiled,
            Invalid::RenewalRefused,
            Invalid::RenewalRejectedBySilence,
            Invalid::RejectedBySilence,
            Invalid::RecepisseWithoutApplication,
            Invalid::ResidentCardAlreadyApplied,
            Invalid::AfterDocumentDay,
            Invalid::BeforeBirth,
            Invalid::BirthAfterRecordedDay,
            Invalid::NoticeGivenIn { lang: "uk".into() },
            Invalid::NoticeVersionUnknown,
            Invalid::AlreadyApplied,
            Invalid::YearOutOfRange {
                min: 1900,
                max: 2999,
            },
            Invalid::RouteDoesNotFit {
                route: "cst-l425-1-renewal",
                reason: "no-cst-l425-1".into(),
            },
        ]);
        all
    }

    /// The reason a serde message gives, without the value it may quote: « invalid type:
    /// string "Amina", expected a boolean » is [`Invalid::WrongType`] of a boolean.
    pub fn from_serde(message: &str) -> Invalid {
        if message.starts_with("missing field") {
            return Invalid::Missing;
        }
        // « unknown variant `spaceship`, expected one of `passport`, `id-card`… »: the choices
        // are the case file's own codes, the words a person editing the file writes (review,
        // 2026-12-05: « not one of the possible choices » said none). The value given is never
        // quoted back: it may be personal data.
        if message.starts_with("unknown variant") {
            // The list is after serde's last « , expected »: the value before it is the person's
            // and may hold those words too (code review, 2026-12-05).
            let choices = message
                .rsplit_once(", expected ")
                .map(|(_, list)| {
                    list.split('`')
                        .skip(1)
                        .step_by(2)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            return if choices.is_empty() {
                Invalid::UnknownValue
            } else {
                Invalid::NotAmong { choices }
            };
        }
        let expected = message
            .rfind("expected ")
            .map(|at| &message[at + "expected ".len()..])
            .unwrap_or("");
        // A note's moment (`model::case::date_time`): a day alone, or any text that is not a
        // day and a time, is said as such, not « write YYYY-MM-DD » (review, 2026-12-04).
        if message.starts_with("invalid value") && expected.contains("date and time") {
            return Invalid::NotADateTime;
        }
        // A list where a group of fields is wanted (`"cooperation": []`): serde reads a struct
        // from a list of its values and finds the list too short (review, 2026-12-04: « not one
        // of the possible choices »).
        if message.starts_with("invalid length") && expected.starts_with("struct") {
            return Invalid::WrongType(Expected::Object);
        }
        // A count given below 0 (`"renewalCount": -1`), or beyond what its type holds.
        if message.starts_with("invalid value: integer") {
            let max = match expected {
                "u8" => Some(u32::from(u8::MAX)),
                "u16" => Some(u32::from(u16::MAX)),
                "u32" => Some(u32::MAX),
                _ => None,
            };
            return match max {
                Some(max) if !message.starts_with("invalid value: integer `-") => {
                    Invalid::OutOfRange {
                        min: 0,
                        max,
                        unit: Unit::None,
                    }
                }
                _ => Invalid::WrongType(Expected::Natural),
            };
        }
        // serde's words for an enum of codes (`DocumentStatus`) given `null` or a number: one of
        // its choices is wanted, not « a group of fields ».
        if message.starts_with("invalid type") && expected == "string or map" {
            return Invalid::UnknownValue;
        }
        // An enum of codes given a group of fields (`"status": {"have": 1}`): serde reads the
        // key as the code and wants nothing after it (« expected unit »). One of its choices is
        // wanted (review, 2026-12-05: said « not a whole number, 0 or more »).
        if expected.starts_with("unit") {
            return Invalid::UnknownValue;
        }
        // `null` where a value is required (an association's town): missing, not « not a text ».
        if message.starts_with("invalid type: null") {
            return Invalid::Missing;
        }
        if message.starts_with("invalid type") {
            return Invalid::WrongType(Expected::from_serde(expected));
        }
        // Written as a day, but not one of the calendar (1998-02-30): said as such (review,
        // 2026-12-04: « not written YYYY-MM-DD » for a day written exactly so).
        if message.contains("input is out of range") {
            return Invalid::NoSuchDay;
        }
        // chrono's own messages for a string that is not a day.
        if expected.contains("date")
            || [
                "premature end",
                "input contains invalid characters",
                "input is out of range",
                "trailing input",
                "input is not enough",
            ]
            .iter()
            .any(|m| message.contains(m))
        {
            return Invalid::NotADate;
        }
        Invalid::UnknownValue
    }
}

impl Expected {
    /// What serde's « expected … » names: `a boolean`, `a string`, `u32`, `a sequence`, `struct
    /// Person`, `a formatted date string`…
    fn from_serde(expected: &str) -> Expected {
        let e = expected.to_ascii_lowercase();
        if e.contains("date and time") || e.contains("datetime") {
            Expected::DateTime
        } else if e.contains("date") {
            Expected::Date
        } else if e.contains("bool") {
            Expected::Boolean
        } else if e.contains("sequence") || e.contains("array") || e.contains("list") {
            Expected::List
        } else if e.contains("struct") || e.contains("map") || e.contains("object") {
            Expected::Object
        } else if ["u8", "u16", "u32", "u64", "u128", "usize"].contains(&e.as_str()) {
            // An unsigned type: a count, 0 or more.
            Expected::Natural
        } else if e.starts_with('i') || e.contains("integer") {
            Expected::Number
        } else {
            Expected::Text
        }
    }
}

fn code(value: impl Into<&'static str>) -> String {
    value.into().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_names_its_label_and_the_position_of_its_element() {
        let label = |p: &str| Field::case(p).label_id();
        assert_eq!(
            label("person.birthDate"),
            ("field-case-person-birthDate".into(), None)
        );
        assert_eq!(
            label("documents[1].kind"),
            ("field-case-documents-kind".into(), Some(2))
        );
        assert_eq!(
            label("person.languages[0]"),
            ("field-case-person-languages-item".into(), Some(1))
        );
        assert_eq!(label("$"), ("field-case".into(), None));
        assert_eq!(label("person.?"), ("field-case-person".into(), None));
        assert_eq!(
            Field::Association("address.city".into()).label_id(),
            ("field-association-address-city".into(), None)
        );
        assert_eq!(
            Field::Named(Named::CliOut).label_id(),
            ("field-cli-out".into(), None)
        );
    }

    #[test]
    fn serde_messages_become_reasons_without_the_value() {
        assert_eq!(
            Invalid::from_serde(r#"invalid type: string "Amina", expected a boolean"#),
            Invalid::WrongType(Expected::Boolean)
        );
        assert_eq!(
            Invalid::from_serde("invalid type: integer `3`, expected a formatted date string"),
            Invalid::WrongType(Expected::Date)
        );
        assert_eq!(
            Invalid::from_serde("invalid type: map, expected a sequence"),
            Invalid::WrongType(Expected::List)
        );
        assert_eq!(
            Invalid::from_serde("invalid type: string \"x\", expected u32"),
            Invalid::WrongType(Expected::Natural)
        );
        assert_eq!(
            Invalid::from_serde("invalid value: integer `-1`, expected u32"),
            Invalid::WrongType(Expected::Natural),
            "a count below 0 is not « one of the possible choices »"
        );
        assert_eq!(
            Invalid::from_serde("invalid value: integer `5000000000`, expected u32"),
            Invalid::OutOfRange {
                min: 0,
                max: u32::MAX,
                unit: Unit::None
            }
        );
        assert_eq!(
            Invalid::from_serde(
                "unknown variant `Secretvalue`, expected one of `have`, `missing`, `requested`"
            ),
            Invalid::NotAmong {
                choices: "have, missing, requested".into()
            },
            "a code not among the file's codes names them, never the value given"
        );
        assert_eq!(
            Invalid::from_serde(
                "unknown variant `Secret, expected `Name` here`, expected one of `have`, `missing`"
            ),
            Invalid::NotAmong {
                choices: "have, missing".into()
            },
            "the value's own words are never read as the list"
        );
        assert_eq!(
            Invalid::from_serde("unknown variant `x`, expected `madame` or `monsieur`"),
            Invalid::NotAmong {
                choices: "madame, monsieur".into()
            }
        );
        assert_eq!(
            Invalid::from_serde("invalid type: integer `1`, expected unit"),
            Invalid::UnknownValue,
            "a code given a group of fields is not a count"
        );
        assert_eq!(
            Invalid::from_serde("invalid length 0, expected struct Cooperation with 2 elements"),
            Invalid::WrongType(Expected::Object),
            "a list where a group of fields is wanted"
        );
        assert_eq!(
            Invalid::from_serde(
                "invalid value: string \"2026-03-12\", expected a date and time (2026-03-12T14:30:00Z)"
            ),
            Invalid::NotADateTime,
            "a day where a day and a time are wanted"
        );
        assert_eq!(
            Invalid::from_serde("invalid type: string \"x\", expected struct Person"),
            Invalid::WrongType(Expected::Object)
        );
        assert_eq!(
            Invalid::from_serde("unknown variant `spaceship`, expected one of `a`, `b`"),
            Invalid::NotAmong {
                choices: "a, b".into()
            }
        );
        assert_eq!(
            Invalid::from_serde("invalid type: null, expected string or map"),
            Invalid::UnknownValue,
            "an enum of codes given null"
        );
        assert_eq!(
            Invalid::from_serde("invalid type: null, expected a string"),
            Invalid::Missing,
            "a required text given null is missing, not « not a text »"
        );
        assert_eq!(
            Invalid::from_serde("input contains invalid characters"),
            Invalid::NotADate
        );
        assert_eq!(
            Invalid::from_serde("premature end of input"),
            Invalid::NotADate
        );
        assert_eq!(
            Invalid::from_serde("input is out of range"),
            Invalid::NoSuchDay,
            "1998-02-30 is written as asked: it is the day that does not exist"
        );
        assert_eq!(
            Invalid::from_serde("missing field `kind`"),
            Invalid::Missing
        );
    }
}
