//! The IPC contract, in one table: for every command, the arguments the page sends (Rust names;
//! the page writes them in camelCase), a value each accepts, and what the command answers.
//!
//! - Each row is checked against its command's Rust signature at compile time ([`signatures`]).
//! - The TypeScript the UI is checked against (`tsc --checkJs`, scripts/test.sh) is generated from
//!   the table and from the types it names: `src-tauri/bindings/ipc.d.ts`, rewritten by
//!   [`the_committed_bindings_are_current`] when it no longer matches (and the test then fails, so
//!   a stale copy never passes CI).
//! - `tests::commands` calls every command through the mock runtime with these names and values.

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use passerelle_core::app::audit::{AuditPage, AuditQuery};
use passerelle_core::app::backup::{
    BackupReport, BackupState, Progress, RestoredStore, VerifyReport,
};
use passerelle_core::app::cases::{
    CaseDetail, CaseOverview, CasePage, ConsentDraft, Dashboard, Namesake, RetentionRow, Sort,
};
use passerelle_core::app::documents::{AddresseeChoice, Exported, OfficeHead, Printed, Title};
use passerelle_core::app::followup::{ApplicationDraft, AppointmentDraft};
use passerelle_core::app::index::IndexProgress;
use passerelle_core::app::interview::{Answer, Review, StepView};
use passerelle_core::app::report::{PeriodWords, ReportFormat, ReportSaved};
use passerelle_core::app::rules::{CaseNotice, PackNotices, RulesChanged, RulesInfo};
use passerelle_core::app::session::{
    AppStatus, Created, PassphraseSlot, SessionInfo, Strength, Unlocked,
};
use passerelle_core::app::settings::{Association, Settings, SettingsUpdate};
use passerelle_core::app::team::{SlotRole, TeamView};
use passerelle_core::app::{ErrorView, Message, Passphrase, SecretInput};
use serde_json::Value;
use tauri::{AppHandle, WebviewWindow};
use ts_rs::{Config, TypeVisitor, TS};

use crate::context::Ctx;
use crate::error::Result;

/// What the page receives from a command returning `Self`: the value of a `Result` (its error
/// rejects the promise as an `ErrorView`), or the value itself.
trait Reply {
    type Ok: TS + 'static;
}

impl<T: TS + 'static> Reply for Result<T> {
    type Ok = T;
}

impl Reply for () {
    type Ok = ();
}

/// An argument of a command.
pub struct Arg {
    /// Its name in Rust (snake_case).
    rust_name: &'static str,
    ts: fn(&Config) -> String,
    /// `Option<_>`: the page may leave it out.
    optional: bool,
    /// A value it accepts.
    pub sample: Value,
}

impl Arg {
    /// Its name on the page: Tauri reads command arguments in camelCase.
    pub fn name(&self) -> String {
        let mut name = String::new();
        let mut upper = false;
        for c in self.rust_name.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                name.extend(c.to_uppercase());
                upper = false;
            } else {
                name.push(c);
            }
        }
        name
    }
}

/// A row of the table.
pub struct Command {
    pub name: &'static str,
    pub args: Vec<Arg>,
    reply: fn(&Config) -> String,
    declare: fn(&mut Declarations),
}

impl Command {
    /// Its arguments, each with the value it accepts, as the page sends them.
    pub fn sample_args(&self) -> serde_json::Map<String, Value> {
        self.args
            .iter()
            .map(|a| (a.name(), a.sample.clone()))
            .collect()
    }
}

/// `module::command(injected types; name: Type = sample, …) -> Reply;` for each command.
macro_rules! contract {
    ($(
        $module:ident :: $command:ident
        ( $($injected:ty),* ; $($arg:ident : $ty:ty = $sample:tt),* ) -> $reply:ty;
    )*) => {
        /// Each row is its command's signature: this does not compile otherwise (the shell's
        /// tests, `cargo clippy --all-targets`).
        #[allow(dead_code)]
        fn signatures() {
            $(let _: fn($($injected,)* $($ty),*) -> $reply = crate::commands::$module::$command;)*
        }

        /// Every row of the table.
        pub fn commands() -> Vec<Command> {
            vec![$(Command {
                name: stringify!($command),
                args: vec![$(Arg {
                    rust_name: stringify!($arg),
                    ts: <$ty as TS>::name,
                    optional: <$ty as TS>::IS_OPTION,
                    sample: serde_json::json!($sample),
                }),*],
                reply: <<$reply as Reply>::Ok as TS>::name,
                declare: |d| {
                    $(d.visit::<$ty>();)*
                    d.visit::<<$reply as Reply>::Ok>();
                },
            }),*]
        }
    };
}

contract! {
    l10n::l10n_format(Ctx<'_>; items: Vec<Message> = [], lang: Option<String> = null)
        -> Result<Vec<String>>;

    session::app_status(Ctx<'_>;) -> Result<AppStatus>;
    session::passphrase_strength(; passphrase: Passphrase = "x") -> Result<Strength>;
    session::passphrase_generate(;) -> Result<String>;
    session::session_create(Ctx<'_>; passphrase: Passphrase = "x") -> Result<Created>;
    session::session_set_aside_database(Ctx<'_>;) -> Result<String>;
    session::session_unlock(
        Ctx<'_>, WebviewWindow;
        passphrase: Option<Passphrase> = "x",
        recovery_key: Option<Passphrase> = null
    ) -> Result<Unlocked>;
    session::session_recovery_key_noted(Ctx<'_>;) -> Result<()>;
    session::session_lock(Ctx<'_>, WebviewWindow; unsaved: bool = false) -> Result<()>;
    session::session_idle_lock(AppHandle; unsaved: bool = false) -> Result<()>;
    session::session_touch(Ctx<'_>;) -> ();
    session::session_copied(tauri::State<'_, crate::state::AppState>; copied: bool = true) -> ();
    session::session_change_passphrase(Ctx<'_>; current: Passphrase = "x", new: Passphrase = "y")
        -> Result<()>;
    session::session_passphrase_slots(Ctx<'_>;) -> Result<Vec<PassphraseSlot>>;
    session::session_reset_passphrase(Ctx<'_>; slot_id: String = "s", new: Passphrase = "y")
        -> Result<()>;
    session::session_quick_lock(Ctx<'_>, WebviewWindow; unsaved: bool = false) -> Result<()>;
    session::session_reveal(Ctx<'_>, WebviewWindow;) -> Result<()>;
    session::session_info(Ctx<'_>;) -> Result<SessionInfo>;
    session::app_close(AppHandle;) -> ();

    cases::case_list(Ctx<'_>; query: Option<String> = "a", sort: Option<Sort> = "name",
        offset: Option<u64> = 0) -> Result<CasePage>;
    cases::case_create(Ctx<'_>; family_name: String = "Okafor", given_names: String = "Amina")
        -> Result<String>;
    cases::case_namesakes(Ctx<'_>; family_name: String = "Okafor", given_names: String = "Amina")
        -> Result<Vec<Namesake>>;
    cases::case_overview(Ctx<'_>; case_id: String = "c") -> Result<CaseOverview>;
    cases::case_get(Ctx<'_>; id: String = "c") -> Result<CaseDetail>;
    cases::case_set_closed(Ctx<'_>; id: String = "c", closed_on: Option<String> = "")
        -> Result<CaseDetail>;
    cases::case_set_consent(Ctx<'_>; id: String = "c", consent: Option<ConsentDraft> = {})
        -> Result<CaseDetail>;
    cases::case_delete(Ctx<'_>; id: String = "c") -> Result<()>;
    cases::retention_list(Ctx<'_>;) -> Result<Vec<RetentionRow>>;
    cases::dashboard_get(Ctx<'_>; lines: Option<u64> = null) -> Result<Dashboard>;

    interview::interview_step(Ctx<'_>; case_id: String = "c", step: Option<String> = "identity")
        -> Result<StepView>;
    interview::interview_answer(
        Ctx<'_>;
        case_id: String = "c",
        step: String = "identity",
        question_id: String = "sex",
        answer: Answer = { "type": "clear" }
    ) -> Result<StepView>;
    interview::interview_language(
        Ctx<'_>;
        case_id: String = "c",
        step: String = "identity",
        side_by_side: bool = true,
        language: Option<String> = "uk"
    ) -> Result<StepView>;
    interview::interview_review(Ctx<'_>; case_id: String = "c") -> Result<Review>;

    followup::case_answer(
        Ctx<'_>;
        case_id: String = "c",
        question_id: String = "sex",
        answer: Answer = { "type": "clear" }
    ) -> Result<CaseOverview>;
    followup::case_reading_language(Ctx<'_>; case_id: String = "c", language: String = "uk")
        -> Result<CaseOverview>;
    followup::note_add(Ctx<'_>; case_id: String = "c", text: String = "t") -> Result<CaseOverview>;
    followup::note_edit(Ctx<'_>; case_id: String = "c", note_id: String = "n", text: String = "t")
        -> Result<CaseOverview>;
    followup::note_delete(Ctx<'_>; case_id: String = "c", note_id: String = "n")
        -> Result<CaseOverview>;
    followup::appointment_save(
        Ctx<'_>;
        case_id: String = "c",
        draft: AppointmentDraft = { "id": null, "kind": "prefecture", "date": "02/03/2027" }
    ) -> Result<CaseOverview>;
    followup::appointment_delete(Ctx<'_>; case_id: String = "c", appointment_id: String = "a")
        -> Result<CaseOverview>;
    followup::application_save(
        Ctx<'_>;
        case_id: String = "c",
        draft: ApplicationDraft = { "index": null, "route": "cst-l425-1", "filedOn": "03/09/2026", "outcome": null }
    ) -> Result<CaseOverview>;
    followup::application_delete(Ctx<'_>; case_id: String = "c", index: usize = 0)
        -> Result<CaseOverview>;

    documents::document_export(
        Ctx<'_>, AppHandle;
        case_id: String = "c",
        kind: String = "letter",
        route: Option<String> = "cst-l425-1"
    ) -> Result<Exported>;
    documents::document_print(
        Ctx<'_>;
        case_id: String = "c",
        kind: String = "letter",
        route: Option<String> = null
    ) -> Result<Printed>;
    documents::review_sheet_export(Ctx<'_>, AppHandle;) -> Result<Exported>;
    documents::case_addressee(Ctx<'_>; case_id: String = "c") -> Result<Option<AddresseeChoice>>;
    documents::addressee_title_save(
        Ctx<'_>;
        head: OfficeHead = { "kind": "prefect", "code": "93" },
        title: Option<Title> = "madame"
    ) -> Result<()>;
    documents::addressee_signer_save(
        Ctx<'_>;
        arrondissement: String = "933",
        sub_prefect_signs: bool = true
    ) -> Result<()>;

    settings::settings_get(Ctx<'_>;) -> Result<Settings>;
    settings::settings_update(Ctx<'_>, WebviewWindow; update: SettingsUpdate = {}) -> Result<Settings>;
    settings::association_get(Ctx<'_>;) -> Result<Option<Association>>;
    settings::association_save(Ctx<'_>; association: Option<Association> = null)
        -> Result<Option<Association>>;

    backup::backup_status(Ctx<'_>;) -> Result<BackupState>;
    backup::backup_create(
        Ctx<'_>, AppHandle;
        secret: SecretInput = { "kind": "passphrase", "value": "x" }
    ) -> Result<Option<BackupReport>>;
    backup::backup_verify(
        Ctx<'_>, AppHandle;
        secret: SecretInput = { "kind": "recovery-key", "value": "x" }
    ) -> Result<Option<VerifyReport>>;
    backup::backup_restore(
        Ctx<'_>, AppHandle;
        secret: SecretInput = { "kind": "passphrase", "value": "x" },
        new_passphrase: Passphrase = "y"
    ) -> Result<Option<RestoredStore>>;

    handover::handover_export(Ctx<'_>, AppHandle; id: String = "c", passphrase: Passphrase = "x")
        -> Result<bool>;
    handover::handover_import(Ctx<'_>, AppHandle; passphrase: Passphrase = "x")
        -> Result<Option<String>>;

    team::team_list(Ctx<'_>;) -> Result<TeamView>;
    team::team_new_recovery_key(Ctx<'_>;) -> Result<String>;
    team::team_add(
        Ctx<'_>;
        label: String = "L",
        passphrase: Passphrase = "x",
        role: SlotRole = "worker"
    ) -> Result<String>;
    team::team_remove(Ctx<'_>; slot_id: String = "s") -> Result<()>;
    team::team_rotate_key(Ctx<'_>;) -> Result<()>;

    audit::audit_list(Ctx<'_>; query: AuditQuery = { "before": 10 }) -> Result<AuditPage>;
    audit::audit_export(Ctx<'_>, AppHandle;) -> Result<bool>;

    report::report_save(
        Ctx<'_>, AppHandle;
        from: String = "01/01/2026",
        to: String = "31/12/2026",
        format: ReportFormat = "pdf"
    ) -> Result<ReportSaved>;
    report::report_period(Ctx<'_>;) -> Result<PeriodWords>;

    rules::rules_show(Ctx<'_>;) -> Result<RulesInfo>;
    rules::rules_import(Ctx<'_>, AppHandle;) -> Result<Option<RulesChanged>>;
    rules::rules_rollback(Ctx<'_>;) -> Result<RulesChanged>;
    rules::rules_notices(Ctx<'_>;) -> Result<PackNotices>;
    rules::rules_case_notices(Ctx<'_>; id: String = "c") -> Result<Vec<CaseNotice>>;
    rules::rules_mark_seen(Ctx<'_>; id: String = "c", to_version: String = "2034.1.0")
        -> Result<()>;
}

/// An event Rust sends the page: its name, its payload's TypeScript, the payload's declarations.
type Event = (&'static str, fn(&Config) -> String, fn(&mut Declarations));

/// The events Rust sends the page.
fn events() -> Vec<Event> {
    vec![
        (crate::dialog::PROGRESS_EVENT, <Progress as TS>::name, |d| {
            d.visit::<Progress>()
        }),
        (
            crate::indexer::INDEX_PROGRESS_EVENT,
            <IndexProgress as TS>::name,
            |d| d.visit::<IndexProgress>(),
        ),
        // The idle lock's phase: `locking` (the page saves, then asks for the lock), `locked`.
        (crate::idle::IDLE_EVENT, <String as TS>::name, |_| {}),
        (
            crate::closing::CLOSE_REQUESTED_EVENT,
            <() as TS>::name,
            |_| {},
        ),
    ]
}

/// The declarations of every type the contract names, by TypeScript name.
struct Declarations {
    cfg: Config,
    seen: HashSet<TypeId>,
    by_name: BTreeMap<String, (&'static str, String)>,
    clashes: Vec<String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        // Types with a declaration of their own (derived), not primitives or wrappers.
        if T::output_path().is_some() {
            let declaration = format!(
                "{}export {}",
                T::docs().unwrap_or_default(),
                T::decl(&self.cfg)
            );
            let rust = std::any::type_name::<T>();
            // ts-rs declares `serde_json::Value` through a type of its own with the same name
            // and text: one name, one declaration, no clash.
            if let Some((other, before)) = self
                .by_name
                .insert(T::ident(&self.cfg), (rust, declaration.clone()))
            {
                if before != declaration {
                    self.clashes.push(format!("{other} and {rust}"));
                }
            }
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// Where the bindings are kept: beside the shell, outside `ui/`, so they are not shipped.
fn bindings_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/bindings/ipc.d.ts")
}

/// The TypeScript declarations of the contract.
fn bindings() -> String {
    let mut d = Declarations {
        // Every integer that crosses IPC is far below 2^53: a JavaScript number, not a bigint.
        cfg: Config::new().with_large_int("number"),
        seen: HashSet::new(),
        by_name: BTreeMap::new(),
        clashes: Vec::new(),
    };
    d.visit::<ErrorView>();
    let mut commands = commands();
    commands.sort_by_key(|c| c.name);
    let mut out = String::from(
        "// Generated from the Rust types that cross IPC by the shell's contract test\n\
         // (src-tauri/src/tests/contract.rs). Do not edit: `cargo test -p passerelle --lib contract`\n\
         // rewrites it when a command or a type changes.\n\n\
         /**\n * Every command the page can call: the arguments it sends, by name, and what the promise\n \
         * resolves to. A command that fails rejects with an {@link ErrorView}.\n */\n\
         export type Commands = {\n",
    );
    for c in &commands {
        (c.declare)(&mut d);
        let args: Vec<String> = c
            .args
            .iter()
            .map(|a| {
                let optional = if a.optional { "?" } else { "" };
                format!("{}{optional}: {}", a.name(), (a.ts)(&d.cfg))
            })
            .collect();
        let args = if args.is_empty() {
            "Record<string, never>".to_string()
        } else {
            format!("{{ {} }}", args.join(", "))
        };
        out += &format!(
            "  {}: {{ args: {args}, result: {} }},\n",
            c.name,
            (c.reply)(&d.cfg)
        );
    }
    out += "};\n\n/** The events Rust sends the page, by name: their payload. */\nexport type Events = {\n";
    for (name, payload, declare) in events() {
        declare(&mut d);
        out += &format!("  \"{name}\": {},\n", payload(&d.cfg));
    }
    out += "};\n";
    assert!(
        d.clashes.is_empty(),
        "two Rust types have the same TypeScript name (give one a #[ts(rename = \"…\")]): {}",
        d.clashes.join("; ")
    );
    for (_, declaration) in d.by_name.values() {
        out += "\n";
        out += declaration;
        out += "\n";
    }
    out
}

#[test]
fn the_committed_bindings_are_current() {
    let path = bindings_path();
    let generated = bindings();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        std::fs::create_dir_all(path.parent().expect("a directory")).expect("create bindings/");
        std::fs::write(&path, &generated).expect("write the bindings");
        panic!(
            "{} did not match the Rust types and commands; it has been rewritten: review the \
             change, run `tsc` (scripts/test.sh), and commit it",
            path.display()
        );
    }
}

/// The name of each command in the handler's list.
macro_rules! names {
    ($($path:path),* $(,)?) => {
        vec![$(stringify!($path).rsplit("::").next().unwrap_or_default().trim()),*]
    };
}

#[test]
fn the_table_has_a_row_for_every_command_of_the_handler_and_no_other() {
    let handler: BTreeSet<&str> = crate::commands::all!(names).into_iter().collect();
    let table: BTreeSet<&str> = commands().iter().map(|c| c.name).collect();
    assert_eq!(
        handler.difference(&table).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "commands the page can call but the contract does not describe"
    );
    assert_eq!(
        table.difference(&handler).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "rows of the contract for commands the handler does not register"
    );
}

#[test]
fn api_js_calls_every_command_and_only_those() {
    let api = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js/api.js"))
        .expect("ui/js/api.js");
    let called: BTreeSet<&str> = api
        .split("call('")
        .skip(1)
        .filter_map(|rest| rest.split('\'').next())
        .collect();
    let table: BTreeSet<&str> = commands().iter().map(|c| c.name).collect();
    assert_eq!(
        called, table,
        "api.js is the page's only way to Rust: one function per command, none left unused"
    );
}
