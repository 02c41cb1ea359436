// Generated from the Rust types that cross IPC by the shell's contract test
// (src-tauri/src/tests/contract.rs). Do not edit: `cargo test -p passerelle --lib contract`
// rewrites it when a command or a type changes.

/**
 * Every command the page can call: the arguments it sends, by name, and what the promise
 * resolves to. A command that fails rejects with an {@link ErrorView}.
 */
export type Commands = {
  addressee_signer_save: { args: { arrondissement: string, subPrefectSigns: boolean }, result: null },
  addressee_title_save: { args: { head: OfficeHead, title?: Title | null }, result: null },
  app_close: { args: Record<string, never>, result: null },
  app_status: { args: Record<string, never>, result: AppStatus },
  application_delete: { args: { caseId: string, index: number }, result: CaseOverview },
  application_save: { args: { caseId: string, draft: ApplicationDraft }, result: CaseOverview },
  appointment_delete: { args: { caseId: string, appointmentId: string }, result: CaseOverview },
  appointment_save: { args: { caseId: string, draft: AppointmentDraft }, result: CaseOverview },
  association_get: { args: Record<string, never>, result: Association | null },
  association_save: { args: { association?: Association | null }, result: Association | null },
  audit_export: { args: Record<string, never>, result: boolean },
  audit_list: { args: { query: AuditQuery }, result: AuditPage },
  backup_create: { args: { secret: SecretInput }, result: BackupReport | null },
  backup_restore: { args: { secret: SecretInput, newPassphrase: Passphrase }, result: RestoredStore | null },
  backup_status: { args: Record<string, never>, result: BackupState },
  backup_verify: { args: { secret: SecretInput }, result: VerifyReport | null },
  case_addressee: { args: { caseId: string }, result: AddresseeChoice | null },
  case_answer: { args: { caseId: string, questionId: string, answer: Answer }, result: CaseOverview },
  case_create: { args: { familyName: string, givenNames: string }, result: string },
  case_delete: { args: { id: string }, result: null },
  case_get: { args: { id: string }, result: CaseDetail },
  case_list: { args: { query?: string | null, sort?: Sort | null, offset?: number | null }, result: CasePage },
  case_namesakes: { args: { familyName: string, givenNames: string }, result: Array<Namesake> },
  case_overview: { args: { caseId: string }, result: CaseOverview },
  case_reading_language: { args: { caseId: string, language: string }, result: CaseOverview },
  case_set_closed: { args: { id: string, closedOn?: string | null }, result: CaseDetail },
  case_set_consent: { args: { id: string, consent?: ConsentDraft | null }, result: CaseDetail },
  dashboard_get: { args: { lines?: number | null }, result: Dashboard },
  document_export: { args: { caseId: string, kind: string, route?: string | null }, result: Exported },
  document_print: { args: { caseId: string, kind: string, route?: string | null }, result: Printed },
  handover_export: { args: { id: string, passphrase: Passphrase }, result: boolean },
  handover_import: { args: { passphrase: Passphrase }, result: string | null },
  interview_answer: { args: { caseId: string, step: string, questionId: string, answer: Answer }, result: StepView },
  interview_language: { args: { caseId: string, step: string, sideBySide: boolean, language?: string | null }, result: StepView },
  interview_review: { args: { caseId: string }, result: Review },
  interview_step: { args: { caseId: string, step?: string | null }, result: StepView },
  l10n_format: { args: { items: Array<Message>, lang?: string | null }, result: Array<string> },
  note_add: { args: { caseId: string, text: string }, result: CaseOverview },
  note_delete: { args: { caseId: string, noteId: string }, result: CaseOverview },
  note_edit: { args: { caseId: string, noteId: string, text: string }, result: CaseOverview },
  passphrase_generate: { args: Record<string, never>, result: string },
  passphrase_strength: { args: { passphrase: Passphrase }, result: Strength },
  report_period: { args: Record<string, never>, result: PeriodWords },
  report_save: { args: { from: string, to: string, format: ReportFormat }, result: ReportSaved },
  retention_list: { args: Record<string, never>, result: Array<RetentionRow> },
  review_sheet_export: { args: Record<string, never>, result: Exported },
  rules_case_notices: { args: { id: string }, result: Array<CaseNotice> },
  rules_import: { args: Record<string, never>, result: RulesChanged | null },
  rules_mark_seen: { args: { id: string, toVersion: string }, result: null },
  rules_notices: { args: Record<string, never>, result: PackNotices },
  rules_rollback: { args: Record<string, never>, result: RulesChanged },
  rules_show: { args: Record<string, never>, result: RulesInfo },
  session_change_passphrase: { args: { current: Passphrase, new: Passphrase }, result: null },
  session_copied: { args: { copied: boolean }, result: null },
  session_create: { args: { passphrase: Passphrase }, result: Created },
  session_idle_lock: { args: { unsaved: boolean }, result: null },
  session_info: { args: Record<string, never>, result: SessionInfo },
  session_lock: { args: { unsaved: boolean }, result: null },
  session_passphrase_slots: { args: Record<string, never>, result: Array<PassphraseSlot> },
  session_quick_lock: { args: { unsaved: boolean }, result: null },
  session_recovery_key_noted: { args: Record<string, never>, result: null },
  session_reset_passphrase: { args: { slotId: string, new: Passphrase }, result: null },
  session_reveal: { args: Record<string, never>, result: null },
  session_set_aside_database: { args: Record<string, never>, result: string },
  session_touch: { args: Record<string, never>, result: null },
  session_unlock: { args: { passphrase?: Passphrase | null, recoveryKey?: Passphrase | null }, result: Unlocked },
  settings_get: { args: Record<string, never>, result: Settings },
  settings_update: { args: { update: SettingsUpdate }, result: Settings },
  team_add: { args: { label: string, passphrase: Passphrase, role: SlotRole }, result: string },
  team_list: { args: Record<string, never>, result: TeamView },
  team_new_recovery_key: { args: Record<string, never>, result: string },
  team_remove: { args: { slotId: string }, result: null },
  team_rotate_key: { args: Record<string, never>, result: null },
};

/** The events Rust sends the page, by name: their payload. */
export type Events = {
  "vault-progress": Progress,
  "index-progress": IndexProgress,
  "vault-idle": string,
  "close-requested": null,
};

/**
 * The head of a case's office, for the worker to say how the letters address them: both forms
 * as the letter prints them, and the one recorded.
 */
export type AddresseeChoice = { 
/**
 * Who: the key the title is recorded under.
 */
head: OfficeHead, 
/**
 * The title recorded for them; `None` until the worker says (the letters then say
 * « Monsieur »).
 */
title: Title | null, 
/**
 * « Madame la Préfète de la Seine-Saint-Denis ».
 */
madame: string, 
/**
 * « Monsieur le Préfet de la Seine-Saint-Denis ».
 */
monsieur: string, 
/**
 * When the case's file goes to a sub-prefecture: who signs there, as the worker recorded
 * it. `None` for any other office.
 */
subPrefecture: SubPrefectureSigner | null, };

/**
 * An answer given in the interview, as the UI sends it (and as the view gives an answer back to
 * restore it, [`view::ErasedAnswer`]).
 */
export type Answer = { "type": "not-established" } | { "type": "clear" } | { "type": "code", "value": string } | { "type": "codes", "value": Array<string> } | { "type": "text", "value": string };

/**
 * Where a question stands.
 */
export type AnswerState = "unanswered" | "not-established" | "given";

/**
 * What the first screen needs before anything is unlocked.
 */
export type AppStatus = { 
/**
 * A store exists (else: create one, or restore a backup).
 */
storeExists: boolean, 
/**
 * A database is there without its key file: the first screen says so, and offers to move
 * it aside only with the worker's consent (never to delete it).
 */
keyFileMissing: boolean, 
/**
 * A creation or a restore was cut short here (the app killed, a flat battery): the first
 * screen says so above « create » and « restore », either of which goes on from it.
 */
storeUnfinished: boolean, 
/**
 * The vault is open.
 */
unlocked: boolean, 
/**
 * The UI language.
 */
language: string, 
/**
 * Passerelle's version.
 */
version: string, 
/**
 * Where the embedded data comes from and under which licence, in the UI language (the
 * About screen: Etalab, DILA, Licence Ouverte).
 */
dataAttribution: Array<string>, 
/**
 * Failed unlocks since the last success.
 */
failedAttempts: number, 
/**
 * Initials instead of names.
 */
hideNames: boolean, 
/**
 * The interface's text size in percent (the whole page zooms).
 */
textSize: number, 
/**
 * How long a typed text may be: the forms say so as it nears the limit, not only once it
 * is refused (UI review, 2026-12-06: « Lieu » said its 200 characters only after saving).
 */
textLimits: TextLimits, 
/**
 * The unlock of this session found the key file missing, damaged or modified and put back
 * its last good copy: every page says so until the worker closes the notice.
 */
keyFileRestored: KeyFileRestored | null, };

/**
 * Who a recourse is addressed to.
 */
export type AppealKind = "prefect" | "minister" | "court";

/**
 * A residence application as typed in the case page's form.
 */
export type ApplicationDraft = { 
/**
 * The application to change, by its place in the list; `None` for a new one.
 */
index: number | null, 
/**
 * What was applied for.
 */
route: RouteId, 
/**
 * The day it was filed, day/month/year; empty when not known.
 */
filedOn: string, 
/**
 * The prefecture's decision; `None` while it is awaited.
 */
outcome: DecisionOutcome | null, 
/**
 * The day of the decision, day/month/year; empty when not known.
 */
decidedOn: string, 
/**
 * A recourse filed against the refusal; `None` when none is recorded.
 */
appeal: AppealKind | null, 
/**
 * The day the recourse was filed, day/month/year; empty when not known.
 */
appealedOn: string, 
/**
 * Its number on the ANEF; empty when not known or not filed there.
 */
anefNumber: string, };

/**
 * A residence application filed for the person, worded, with the values its edit form needs.
 */
export type ApplicationView = { 
/**
 * Its place in the list: what the edit and delete commands take.
 */
index: number, 
/**
 * What was applied for.
 */
route: RouteId, 
/**
 * « Première carte de séjour (L. 425-1) ».
 */
routeLabel: string, 
/**
 * The filing day as typed in forms (`03/09/2026`), when known.
 */
filedInput: string | null, 
/**
 * The prefecture's decision, when known.
 */
outcome: DecisionOutcome | null, 
/**
 * The decision day as typed in forms, when known.
 */
decidedInput: string | null, 
/**
 * The recourse recorded against its refusal, when any.
 */
appeal: AppealKind | null, 
/**
 * The day of that recourse as typed in forms, when known.
 */
appealedInput: string | null, 
/**
 * Its number on the ANEF, when recorded.
 */
anefNumber: string | null, 
/**
 * « Déposée le 3 septembre 2026 · accordée le 20 novembre 2026 », or « en attente ».
 */
summary: string, };

/**
 * An appointment as typed in the form.
 */
export type AppointmentDraft = { 
/**
 * The appointment to change; `None` for a new one.
 */
id: string | null, 
/**
 * Its kind.
 */
kind: AppointmentKind, 
/**
 * The day, day/month/year.
 */
date: string, 
/**
 * The time as typed (« 9h30 », « 9 h 30 », « 09:30 », see [`parse_time`]), or empty.
 */
time: string, 
/**
 * Where, or empty.
 */
place: string, 
/**
 * A note, or empty.
 */
note: string, };

/**
 * An appointment on the dashboard.
 */
export type AppointmentItem = { 
/**
 * The case.
 */
caseId: string, 
/**
 * Its name, or initials.
 */
name: string, 
/**
 * The day, ISO.
 */
date: string, 
/**
 * Its kind.
 */
kind: AppointmentKind, 
/**
 * « Audience au tribunal ».
 */
kindLabel: string, 
/**
 * « 3 décembre 2026 ».
 */
dateLabel: string, 
/**
 * « 3 décembre 2026 à 14 h 30 », or the day alone.
 */
whenLabel: string, 
/**
 * « dans 7 jours ».
 */
relative: string, 
/**
 * Where the day stands from today.
 */
when: When, 
/**
 * `14:30`, as the form takes it, if known.
 */
time: string | null, 
/**
 * Where, if known.
 */
place: string | null, };

/**
 * Kinds of appointments.
 */
export type AppointmentKind = "police-hearing" | "prefecture" | "court" | "lawyer" | "other";

/**
 * An appointment, worded, with the values its edit form needs.
 */
export type AppointmentView = { 
/**
 * Appointment id.
 */
id: string, 
/**
 * The day as typed in forms (`03/12/2026`).
 */
dateInput: string, 
/**
 * The time as the worker types it, in the interface's language (« 9 h 30 », "09:30"): the
 * edit form gives back what its hint asks for (UI review, 2026-12-06: « 9 h 30 » came back
 * « 09:30 »).
 */
timeInput: string | null, 
/**
 * A note.
 */
note: string | null, 
/**
 * Its kind.
 */
kind: AppointmentKind, 
/**
 * « Audience au tribunal ».
 */
kindLabel: string, 
/**
 * « 3 décembre 2026 ».
 */
dateLabel: string, 
/**
 * « 3 décembre 2026 à 14 h 30 », or the day alone.
 */
whenLabel: string, 
/**
 * « dans 7 jours ».
 */
relative: string, 
/**
 * Where the day stands from today.
 */
when: When, 
/**
 * `14:30`, as the form takes it, if known.
 */
time: string | null, 
/**
 * Where, if known.
 */
place: string | null, };

/**
 * The assessment, worded.
 */
export type AssessmentView = { 
/**
 * False for nationals of France, the EU, the EEA or Switzerland.
 */
concerned: boolean, 
/**
 * Why not concerned, in words.
 */
notConcerned: string | null, 
/**
 * The route the case points to (its checklist is shown).
 */
primaryRoute: string | null, 
/**
 * Its name, with its outcome (« … (L425-1), première demande : Éligible »).
 */
primaryRouteLabel: string | null, 
/**
 * Every route: the one the case points to first, then eligible, incomplete, not eligible,
 * and last those that do not fit the case's stage; the pack's order within each group.
 */
routes: Array<RouteView>, 
/**
 * Warnings, the most serious first.
 */
warnings: Array<NoticeView>, 
/**
 * Related routes worth a look.
 */
seeAlso: Array<NoticeView>, 
/**
 * Something in this assessment needs a jurist.
 */
confirmByJurist: boolean, 
/**
 * Notices about the rule pack (not reviewed, possibly outdated).
 */
packNotices: Array<string>, };

/**
 * The association that accompanies the person, and the worker who signs its letter.
 */
export type Association = { 
/**
 * Its name, without « Association » in front (the letters say « l’association « X » »).
 */
name: string, 
/**
 * Its postal address (the person's « c/o » address when domiciled there).
 */
address: PostalAddress, 
/**
 * Telephone, as it should be printed.
 */
phone: string | null, 
/**
 * E-mail address.
 */
email: string | null, 
/**
 * The worker's name, « Claire Dumont ».
 */
workerName: string, 
/**
 * The worker's role, in French, « travailleuse sociale ».
 */
workerRole: string, 
/**
 * The worker's title, for agreement in French (« Je soussignée »).
 */
workerTitle: Title, };

/**
 * An entry as a person reads it: when, who, what, which case and the details, all in words.
 * The log itself keeps ids and codes (its export is for auditors).
 */
export type AuditLine = { 
/**
 * Its number in the chain.
 */
seq: number, 
/**
 * Its kind, as a code (for the screen's styles and tests, never shown).
 */
action: string, 
/**
 * Day and time, local: « 27 novembre 2026 14:05 ».
 */
atLabel: string, 
/**
 * Who: the member's name, « clé de secours »…
 */
who: string, 
/**
 * What happened: « Dossier consulté ».
 */
what: string, 
/**
 * The case concerned, if any.
 */
case: CaseLink | null, 
/**
 * The details in words: « 2 tentatives, la dernière le 2 décembre 2026 à 15:09 ».
 */
detail: string, };

/**
 * How a backup's audit log compares with the unlocked store's (issue 13, rollback detection).
 */
export type AuditMatch = "continues" | "store-older" | "diverged";

/**
 * A page of the log, newest first, the state of the whole chain and what the filter offers.
 */
export type AuditPage = { entries: Array<AuditLine>, 
/**
 * True if older entries match the query.
 */
more: boolean, chain: ChainStatus, choices: Choices, };

/**
 * A point of the audit log: its number of entries and the hash of the last one.
 */
export type AuditPoint = { 
/**
 * Entries up to this point.
 */
entries: number, 
/**
 * Hash of the last one (hex).
 */
head: string, };

/**
 * What the log screen asks for: the entries a filter lets through, older than `before`.
 */
export type AuditQuery = { 
/**
 * Only this case's entries.
 */
caseId?: string, 
/**
 * Only the entries of this team member (a keyslot id).
 */
actor?: string, 
/**
 * Only this kind of entry (`case-viewed`…).
 */
action?: string, 
/**
 * First day, as typed (day/month/year); empty: no limit.
 */
from?: string, 
/**
 * Last day, included, as typed; empty: no limit.
 */
to?: string, 
/**
 * The entries before this one (the next page).
 */
before?: number, };

/**
 * A backup written and read back intact.
 */
export type BackupReport = { 
/**
 * When it was taken.
 */
createdAt: string, 
/**
 * Cases it holds.
 */
cases: number, 
/**
 * Size of the file, in bytes.
 */
fileBytes: number, 
/**
 * Hash of the last audit entry it holds.
 */
auditHead: string, 
/**
 * Audit entries it holds.
 */
auditEntries: number, };

/**
 * The store's backups: the last verified one, and whether a reminder is due.
 */
export type BackupState = { 
/**
 * The day of the last verified backup, in words.
 */
verifiedLabel: string | null, 
/**
 * The last verified backup, if any.
 */
last: BackupStatus | null, 
/**
 * Whole days since it was verified.
 */
daysSince: number | null, 
/**
 * The reminder delay set for this store.
 */
reminderDays: number, 
/**
 * True if and only if there is no verified backup, or it is older than the delay.
 */
due: boolean, 
/**
 * The audit log now, to show beside the last backup's.
 */
auditNow: AuditPoint, };

/**
 * The last backup that was written and read back intact.
 */
export type BackupStatus = { 
/**
 * When it was verified.
 */
verifiedAt: string, 
/**
 * Cases it holds.
 */
cases: number, 
/**
 * The audit log's head it holds (issue 13: shown beside the current one). `None` for a
 * status recorded before this was kept.
 */
audit?: AuditPoint | null, };

/**
 * The heading of a case and what its Dossier section edits.
 */
export type CaseDetail = { id: string, 
/**
 * The name, or initials when names are hidden.
 */
displayName: string, createdLabel: string, updatedLabel: string, closedOn: string | null, closedLabel: string | null, consent: Consent | null, 
/**
 * The consent decisions' days as the form shows them, day/month/year.
 */
consentDates: ConsentDates, 
/**
 * Today, day/month/year: the closing day proposed.
 */
todayInput: string, languages: Array<string>, 
/**
 * The languages the consent notice is written in, named in the worker's language.
 */
noticeLanguages: Array<OptionView>, 
/**
 * The notice's language the form proposes: the one recorded, else the interview's
 * side-by-side language, else the first of her languages the notice is written in; `None`
 * when the notice is in none of them (the worker chooses).
 */
noticeLanguage: string | null, 
/**
 * The ids of the notice to read to her, title first: of the version recorded (the text she
 * was given, which saving her choices keeps), else the current one.
 */
noticeIds: Array<string>, 
/**
 * That version.
 */
noticeVersion: number, 
/**
 * What tells her apart from a namesake: birth date, nationality, age, languages…, in words.
 */
facts: Array<string>, 
/**
 * Other cases whose person bears the same name ([`namesakes`]).
 */
namesakes: Array<Namesake>, };

/**
 * A case as the log names it.
 */
export type CaseLink = { 
/**
 * Its id, for the link (`#/case/ID`); `None` once the case is deleted.
 */
id: string | null, 
/**
 * Its name, or initials when names are hidden; « dossier supprimé » once deleted.
 */
name: string, };

/**
 * What a change of pack changed for one case: on the dashboard and the case page.
 */
export type CaseNotice = { 
/**
 * The case.
 */
caseId: string, 
/**
 * Her name, or initials when names are hidden.
 */
displayName: string, 
/**
 * The version the change goes to (what [`mark_seen`] takes).
 */
toVersion: string, 
/**
 * « Règles mises à jour : version 2027.1.0 → 2027.1.1 ».
 */
title: string, 
/**
 * What changed, one line each, worded.
 */
lines: Array<string>, 
/**
 * « Articles : CESEDA R433-1 ».
 */
articles: string, 
/**
 * The pack's own notes on the change.
 */
notes: Array<ChangeNoteView>, };

/**
 * Everything the page of a case shows.
 */
export type CaseOverview = { 
/**
 * Case id.
 */
id: string, 
/**
 * The name, or initials.
 */
name: string, 
/**
 * Nationality, age, languages, in words (empty parts left out).
 */
facts: Array<string>, 
/**
 * The competent prefecture or sub-prefecture, from the address, if known.
 */
office: string | null, 
/**
 * The language of the person's checklist (the side-by-side language, else French).
 */
checklistLanguage: string, 
/**
 * That language's name.
 */
checklistLanguageLabel: string, 
/**
 * The languages the checklist can be written in beside French, French alone first, then
 * sorted by their names: the case page lets the worker choose hers.
 */
checklistLanguages: Array<CodeLabel>, 
/**
 * Required interview questions still unanswered.
 */
unanswered: number, 
/**
 * The assessment.
 */
assessment: AssessmentView, 
/**
 * The routes documents can be written for, the one the case points to first; empty when no
 * route fits the case yet.
 */
documentRoutes: Array<DocumentRouteView>, 
/**
 * Why no document can be written, in words, when [`CaseOverview::document_routes`] is empty.
 */
noDocuments: string | null, 
/**
 * Every deadline, in date order.
 */
deadlines: Array<DeadlineLine>, 
/**
 * The checklist.
 */
checklist: ChecklistSection, 
/**
 * The notes, newest first.
 */
notes: Array<NoteView>, 
/**
 * The appointments, in date order.
 */
appointments: Array<AppointmentView>, 
/**
 * The residence applications filed and the prefecture's decisions, in filing order.
 */
applications: Array<ApplicationView>, 
/**
 * What an application can be for, in words (the form's list).
 */
applicationRoutes: Array<CodeLabel>, 
/**
 * She refused, or withdrew, her consent to the association keeping her case: every tab says
 * the case is to be deleted (UI review, 2026-12-06: only the retention page did, and the
 * interview went on as if she had agreed).
 */
storageRefused: boolean, };

/**
 * A page of the list.
 */
export type CasePage = { 
/**
 * The cases of the page, in order.
 */
rows: Array<CaseRow>, 
/**
 * How many cases match, on every page.
 */
total: number, 
/**
 * The position of the page's first case among them (0 for the first page).
 */
offset: number, 
/**
 * How many cases a page holds.
 */
pageSize: number, };

/**
 * A line of the case list.
 */
export type CaseRow = { 
/**
 * Case id.
 */
id: string, 
/**
 * The name (« OKAFOR Amina »), or initials when names are hidden.
 */
displayName: string, 
/**
 * The first deadline on or after today, if any.
 */
nextDeadline: DeadlineLine | null, 
/**
 * A passed deadline of the case still calls for action (it is on the dashboard).
 */
overdue: boolean, 
/**
 * « Clos le 3 mars 2026 » when the case is closed.
 */
closedLabel: string | null, 
/**
 * The stage of the criminal proceedings (« procès en première instance »), if recorded.
 */
stageLabel: string | null, 
/**
 * Last change, as a date in words.
 */
updatedLabel: string, };

/**
 * The result of walking the chain.
 */
export type ChainStatus = { "status": "intact", 
/**
 * Number of entries.
 */
entries: number, 
/**
 * Hash of the last entry ([`GENESIS`] when empty).
 */
head: string, } | { "status": "broken", 
/**
 * The first entry found at fault.
 */
seq: number, };

/**
 * One change note of a pack.
 */
export type ChangeNoteView = { 
/**
 * What changed (the pack's words, French).
 */
summary: string, 
/**
 * The summary's language (`fr`), for the page's `lang` attribute.
 */
summaryLang: string, 
/**
 * In another interface language: « (in French) », said before the French summary (review,
 * 2026-12-04: French text in the English interface, unannounced).
 */
summaryNotice: string | null, 
/**
 * « CESEDA L425-1, R425-2 ».
 */
articles: string, 
/**
 * « En vigueur le 1er janvier 2027 », when the note says.
 */
inForce: string | null, };

/**
 * A document of the checklist, with the answer the interview recorded.
 */
export type ChecklistLine = { 
/**
 * Document kind.
 */
id: string, 
/**
 * Its name.
 */
label: string, 
/**
 * Where it stands on the filing day.
 */
status: ItemStatus, 
/**
 * « Fourni ».
 */
statusLabel: string, 
/**
 * Accepted instead, by name.
 */
alternatives: Array<string>, 
/**
 * The alternative the status comes from, by name.
 */
via: string | null, 
/**
 * « assez récent jusqu'au 3 mars 2027 ».
 */
freshUntil: string | null, 
/**
 * A note for the worker.
 */
note: string | null, 
/**
 * Not required.
 */
optional: boolean, 
/**
 * A jurist must confirm the item.
 */
confirmByJurist: boolean, 
/**
 * The status question (have, missing, requested, confiscated), editable here.
 */
question: QuestionView, 
/**
 * The date question, when the document's date matters and it is in hand.
 */
dateQuestion: QuestionView | null, };

/**
 * The checklist of the route the case points to.
 */
export type ChecklistSection = { 
/**
 * The route.
 */
route: string, 
/**
 * Its name.
 */
routeLabel: string, 
/**
 * The day freshness is judged on, in words.
 */
referenceDate: string, 
/**
 * The documents.
 */
items: Array<ChecklistLine>, 
/**
 * Notes on the whole file.
 */
notes: Array<string>, 
/**
 * A jurist must confirm the list.
 */
confirmByJurist: boolean, };

/**
 * One value a filter offers.
 */
export type Choice = { 
/**
 * What the query sends back.
 */
id: string, 
/**
 * What the person reads.
 */
label: string, };

/**
 * What the log's filter offers: the cases, the people and the kinds of entry.
 */
export type Choices = { cases: Array<Choice>, people: Array<Choice>, actions: Array<Choice>, };

/**
 * A value a form offers: its code and its words.
 */
export type CodeLabel = { 
/**
 * What the form sends back.
 */
code: string, 
/**
 * What the worker reads.
 */
label: string, };

/**
 * Status of a condition.
 */
export type ConditionStatus = "met" | "not-met" | "unknown";

/**
 * One condition of a route.
 */
export type ConditionView = { 
/**
 * Condition id.
 */
id: string, 
/**
 * What it requires.
 */
label: string, 
/**
 * Met, not met, unknown.
 */
status: ConditionStatus, 
/**
 * « Remplie ».
 */
statusLabel: string, 
/**
 * Articles, cited.
 */
legalBasis: Array<string>, 
/**
 * A jurist must confirm the rule.
 */
confirmByJurist: boolean, 
/**
 * When unknown: the fact to establish, in words.
 */
missingFact: string | null, };

/**
 * The person's consent, one decision per purpose, and the notice she was given.
 */
export type Consent = { 
/**
 * Keeping her case file in the association's store.
 */
storage: ConsentDecision | null, 
/**
 * Sending her information to the prefecture.
 */
shareWithPrefecture: ConsentDecision | null, 
/**
 * Sending her information to a lawyer.
 */
shareWithLawyer: ConsentDecision | null, 
/**
 * The language the notice was given in (BCP 47 primary tag).
 */
noticeLanguage: string | null, 
/**
 * The version of the notice text ([`CONSENT_NOTICE_VERSION`]).
 */
noticeVersion: number | null, };

/**
 * The day of each consent decision, typed form (`None`: not asked).
 */
export type ConsentDates = { storage: string | null, shareWithPrefecture: string | null, shareWithLawyer: string | null, };

/**
 * A decision about one purpose.
 */
export type ConsentDecision = { 
/**
 * Given, refused, or withdrawn after being given.
 */
status: ConsentStatus, 
/**
 * The day of the decision.
 */
date: string | null, };

/**
 * A consent decision as chosen in the form: what she said, and the day typed (empty: today).
 */
export type ConsentDecisionDraft = { 
/**
 * Given, refused or withdrawn.
 */
status: ConsentStatus, 
/**
 * The day, day/month/year, or empty for today.
 */
date: string, };

/**
 * The consent form: one decision per purpose (`None`: not asked yet) and the language the notice
 * was read in.
 */
export type ConsentDraft = { 
/**
 * Keeping her file.
 */
storage?: ConsentDecisionDraft | null, 
/**
 * Sending information to the prefecture.
 */
shareWithPrefecture?: ConsentDecisionDraft | null, 
/**
 * Passing her file to a lawyer or another association.
 */
shareWithLawyer?: ConsentDecisionDraft | null, 
/**
 * A language tag (`uk`, `pt-BR`), or empty.
 */
noticeLanguage: string, };

/**
 * Where a consent stands.
 */
export type ConsentStatus = "given" | "refused" | "withdrawn";

/**
 * A store just created.
 */
export type Created = { 
/**
 * Shown once, to be written down; never stored in clear.
 */
recoveryKey: string, 
/**
 * The key derivation's parameters, calibrated on this machine.
 */
kdf: KdfParams, };

/**
 * The dashboard.
 */
export type Dashboard = { 
/**
 * Passed deadlines still calling for action, the oldest first.
 */
overdue: Array<DashboardItem>, 
/**
 * How many there are (more than shown when the section is cut).
 */
overdueTotal: number, 
/**
 * Deadlines from today to the horizon (and open renewal windows), the nearest first.
 */
upcoming: Array<DashboardItem>, 
/**
 * How many there are.
 */
upcomingTotal: number, 
/**
 * Appointments from today to the horizon, the nearest first.
 */
appointments: Array<AppointmentItem>, 
/**
 * How many there are.
 */
appointmentsTotal: number, 
/**
 * The horizon, in days.
 */
horizonDays: number, 
/**
 * Today, in words.
 */
todayLabel: string, 
/**
 * How many cases there are (an empty dashboard means little without cases).
 */
caseCount: number, };

/**
 * A deadline of one case on the dashboard.
 */
export type DashboardItem = { 
/**
 * The case.
 */
caseId: string, 
/**
 * Its name, or initials.
 */
name: string, 
/**
 * The deadline.
 */
deadline: DeadlineLine, };

/**
 * Kinds of deadlines.
 */
export type DeadlineKind = "reflection-period-end" | "permit-expires" | "renewal-window-opens" | "renewal-window-closes" | "document-expires" | "turns-18" | "majority-application-closes" | "asylum-other-grounds-closes" | "planned-filing" | "implicit-rejection";

/**
 * A deadline, worded for the screen.
 */
export type DeadlineLine = { 
/**
 * Which deadline (`renewal-window-closes`…).
 */
kind: DeadlineKind, 
/**
 * The day, ISO (for sorting and tests; the UI shows the labels).
 */
date: string, 
/**
 * « Fin de la période de renouvellement : 16 novembre 2026 ».
 */
label: string, 
/**
 * « 16 novembre 2026 ».
 */
dateLabel: string, 
/**
 * « dans 12 jours ».
 */
relative: string, 
/**
 * Where the day stands from today.
 */
when: When, 
/**
 * The day is before today.
 */
passed: boolean, 
/**
 * Computed from a legal duration because the case does not record the date.
 */
estimated: boolean, 
/**
 * The rule behind it needs a jurist's confirmation.
 */
confirmByJurist: boolean, 
/**
 * The articles behind it, cited the French way (« CESEDA, art. R. 431-5 »).
 */
legalBasis: Array<string>, 
/**
 * For the planned filing, when a window still open closes before it: « Prévu après la fin de
 * la période de renouvellement (16 novembre 2026) : avancez le dépôt. »
 */
caution: string | null, };

/**
 * Granted or refused.
 */
export type DecisionOutcome = "granted" | "refused";

/**
 * A route the case's documents can be written for, and which documents exist for it.
 */
export type DocumentRouteView = { 
/**
 * Route id (`cst-l425-1`), what the export and print commands take.
 */
id: string, 
/**
 * The route and its outcome, in words.
 */
label: string, 
/**
 * The codes of the documents that exist for it (`letter`, `support-letter`, `checklist`), in
 * the order a worker prints them.
 */
documents: Array<string>, 
/**
 * Why it has no cover letter, in words (the reflection period); `None` when it has one.
 */
noLetter: string | null, 
/**
 * The mandatory pieces of its checklist not in hand on the filing day, each with its status
 * in words (« Planche photo avec code e-photo : manquant »): shown before the letter is printed or saved.
 */
missing: Array<string>, 
/**
 * The documents of `documents` that cannot be written yet, each with why (a fact the case
 * does not record): the page shows the reason instead of buttons. Worded by the
 * application layer ([`crate::app::cases::page`]), which words errors.
 */
unavailable: Array<UnavailableDocument>, 
/**
 * For the renewal of the title she holds, not filed yet, while its R431-5 window has not
 * opened: the day it opens, in a sentence shown before the letter is printed or saved
 * (letters review, 2026-12-06: a renewal letter written months early had no word of it).
 */
renewalNotYet: string | null, 
/**
 * For a route filed on the ANEF whose letters leave the case's ANEF number out (it is, or
 * may be, an application's on file: [`crate::pdf::anef_number`]): why, and what to record,
 * in a sentence shown with its documents.
 */
anefNumberLeftOut: string | null, };

/**
 * An answer that another answer would erase: what the confirmation lists, and what « Rétablir »
 * sends back.
 */
export type ErasedAnswer = { 
/**
 * The question.
 */
questionId: string, 
/**
 * The question, in the worker's language.
 */
label: string, 
/**
 * Its answer, in words.
 */
display: string, 
/**
 * The answer that gives it back.
 */
restore: Answer, };

/**
 * An error as a person reads it, and as the UI branches on it.
 */
export type ErrorView = { 
/**
 * The stable code (`vault.locked`…).
 */
code: string, 
/**
 * The Fluent message.
 */
messageId: string, 
/**
 * Its arguments, formatted.
 */
args: { [key in string]: string }, 
/**
 * The message in the language asked.
 */
message: string, 
/**
 * The field at fault, by its code (`appointment-date`, `association.address.city`), when
 * the error is about one: the screen marks it and puts the keyboard on it (`data-field` in
 * `ui/js`), not on the form's first field (UI review, 2026-12-05). Absent otherwise.
 */
field?: string, 
/**
 * For `input.several`: each field at fault, as its own error, in the form's order; the
 * screen says each under its field, and `message` only counts them. Absent otherwise.
 */
problems?: Array<ErrorView>, };

/**
 * What happened to an export.
 */
export type Exported = { 
/**
 * The addressee or its address rests on a secondary source or a default: check it before
 * sending.
 */
officeToVerify: boolean, 
/**
 * Her letter lists the association's support letter among its enclosures: print it too.
 */
supportLetterEnclosed: boolean, 
/**
 * The file name written (never a path: the page has no business knowing the disk).
 */
fileName: string | null, 
/**
 * The name of the folder it was written in (« Documents », a USB stick's « CLE »), not its
 * path: where to find it (UI review, 2026-12-06: « Document enregistré » said no place).
 */
folder: string | null, 
/**
 * False when the worker closed the dialog without choosing.
 */
saved: boolean, };

/**
 * How far a recomputation is.
 */
export type IndexProgress = { 
/**
 * Cases recomputed so far.
 */
done: number, 
/**
 * Cases to recompute in all.
 */
total: number, };

/**
 * Status of a checklist item.
 */
export type ItemStatus = "ok" | "missing" | "expired" | "requested" | "satisfied-by-alternative" | "confiscated";

/**
 * Argon2id cost parameters, as stored in a keyslot.
 */
export type KdfParams = { 
/**
 * Memory cost in KiB.
 */
memKib: number, 
/**
 * Number of passes.
 */
iterations: number, 
/**
 * Lanes.
 */
parallelism: number, };

/**
 * What an unlock found instead of a key file that opens the database, before it put back the
 * last good copy. Stored in the audit log (`key-file-restored`, detail `was`).
 */
export type KeyFileRestored = "missing" | "tampered" | "damaged";

/**
 * How a question is answered.
 */
export type Kind = "yes-no" | "choice" | "multi" | "date" | "text" | "lines" | "paragraph" | "number";

/**
 * A member, with the day the slot was added in words.
 */
export type MemberRow = { sinceLabel: string | null, 
/**
 * Slot id.
 */
id: string, 
/**
 * Passphrase or recovery key.
 */
kind: SlotKind, 
/**
 * Name or initials.
 */
label: string | null, 
/**
 * Role.
 */
role: SlotRole, 
/**
 * When the slot was added (unknown for slots from before this was recorded).
 */
createdAt: string | null, 
/**
 * Who added it: the label of the slot whose session added it (« Clé de secours » is the
 * recovery key's kind, worded by the screen), when that slot is still there.
 */
createdBy: string | null, 
/**
 * The slot that added it was the recovery key.
 */
createdByRecovery: boolean, 
/**
 * True for the slot of the current session.
 */
current: boolean, 
/**
 * The audit log accounts for this slot (created with the store, added, or the recovery key
 * that replaced the last one). False: a slot added behind the app's back; the next key
 * rotation removes it.
 */
accounted: boolean, 
/**
 * The slot's checksum does not match it: damaged, it opens nothing; the next rotation
 * removes it.
 */
damaged: boolean, };

/**
 * A message the UI asks to have formatted: its id and arguments.
 */
export type Message = { id: string, args: { [key in string]: string }, };

/**
 * A case whose person bears the same name as a case being opened or erased, and what tells the
 * two apart.
 */
export type Namesake = { id: string, 
/**
 * The name, or initials when names are hidden.
 */
displayName: string, 
/**
 * Her birth date, nationality, age, languages…, in words (what tells two people apart).
 */
facts: Array<string>, createdLabel: string, updatedLabel: string, closedLabel: string | null, };

/**
 * A note, worded.
 */
export type NoteView = { 
/**
 * Note id.
 */
id: string, 
/**
 * When it was written, and by whom when known, in words.
 */
atLabel: string, 
/**
 * The text.
 */
text: string, 
/**
 * Who wrote it (the team member's label), when known.
 */
author: string | null, };

/**
 * A warning or a related route.
 */
export type NoticeView = { 
/**
 * Its id.
 */
id: string, 
/**
 * The text.
 */
message: string, 
/**
 * How loud (related routes are `info`).
 */
severity: Severity, 
/**
 * « Attention ».
 */
severityLabel: string, 
/**
 * Articles, cited.
 */
legalBasis: Array<string>, 
/**
 * A jurist must confirm it.
 */
confirmByJurist: boolean, };

/**
 * The person at the head of an office, whose title the worker records once for every letter to
 * that office: the prefect of a département (in Paris, the Préfet de police) or the sub-prefect
 * of an arrondissement.
 */
export type OfficeHead = { "kind": "prefect", "code": string } | { "kind": "sub-prefect", "code": string };

/**
 * One possible answer, in both languages.
 */
export type OptionView = { 
/**
 * The language-neutral code sent back with the answer.
 */
code: string, 
/**
 * In the worker's language.
 */
label: string, 
/**
 * In the person's language, when side by side and translated.
 */
personLabel: string | null, 
/**
 * A language's name in that language (« українська »), so that she can point to hers,
 * when it differs from `label` and the interface's fonts draw its script.
 */
ownName: string | null, 
/**
 * Shown first, before the rest of a long list: the languages of her nationality and those
 * most often spoken by the people the associations meet; the nationalities most often met.
 */
common: boolean, };

/**
 * Outcome of a route.
 */
export type Outcome = "eligible" | "not-eligible" | "incomplete" | "not-applicable";

/**
 * The changes of pack not yet seen, for the dashboard.
 */
export type PackNotices = { 
/**
 * How many cases.
 */
count: number, 
/**
 * « 2 dossiers concernés par la mise à jour des règles »; empty when none.
 */
label: string, 
/**
 * One per case.
 */
cases: Array<CaseNotice>, };

/**
 * A passphrase typed in the UI. Zeroed when dropped, never shown by `Debug`; reads as a `&str`
 * where a key is derived from it.
 */
export type Passphrase = string;

/**
 * A passphrase slot a session opened with the recovery key may give a new passphrase.
 */
export type PassphraseSlot = { 
/**
 * The slot's id, what [`reset_passphrase`] takes.
 */
id: string, 
/**
 * Its label (`None`: the store's creator, worded by the screen).
 */
label: string | null, 
/**
 * Its role.
 */
role: SlotRole, };

/**
 * A period, its days in words (« 1er janvier 2026 »).
 */
export type PeriodWords = { 
/**
 * Its first day.
 */
from: string, 
/**
 * Its last day.
 */
to: string, };

/**
 * A French postal address: street lines, then the postcode and the town.
 */
export type PostalAddress = { 
/**
 * Lines above the town, in order (c/o line, building, number and street, post box).
 */
lines: Array<string>, 
/**
 * Postcode, possibly with CEDEX after the town (put CEDEX in `city`).
 */
postcode: string, 
/**
 * Town, as written by La Poste; printed in capitals.
 */
city: string, };

/**
 * A document sent to the printer.
 */
export type Printed = { 
/**
 * The addressee or its address rests on a secondary source or a default: check it before
 * sending.
 */
officeToVerify: boolean, 
/**
 * Her letter lists the association's support letter among its enclosures: print it too.
 */
supportLetterEnclosed: boolean, };

/**
 * Progress of a long operation, reported as it goes.
 */
export type Progress = { 
/**
 * Which step.
 */
stage: Stage, 
/**
 * Bytes done in this step.
 */
done: number, 
/**
 * Bytes in this step.
 */
total: number, };

/**
 * A question, ready to show.
 */
export type QuestionView = { 
/**
 * The question id (`complaint-date`).
 */
id: string, 
/**
 * Its step.
 */
step: Step, 
/**
 * How it is answered.
 */
kind: Kind, 
/**
 * The question, in the worker's language.
 */
label: string, 
/**
 * The question in the person's language (side by side), or the notice that it is for the
 * worker.
 */
personLabel: string | null, 
/**
 * An explanation for the worker (the rule behind the question).
 */
help: string | null, 
/**
 * For the worker, not read to the person.
 */
workerOnly: boolean, 
/**
 * Never flagged when left empty.
 */
optional: boolean, 
/**
 * Holds a name: masked when names are hidden.
 */
sensitive: boolean, 
/**
 * The codes it offers (and special answers of date questions).
 */
options: Array<OptionView>, 
/**
 * Where it stands.
 */
state: AnswerState, 
/**
 * Selected codes.
 */
codes: Array<string>, 
/**
 * The value for a text field: text, lines joined by newlines, a date as `12/04/1998`.
 */
text: string, 
/**
 * The answer in words, in the worker's language (`None` while unanswered).
 */
display: string | null, 
/**
 * How many answers below this one an answer outside `keeps` would erase.
 */
dependentAnswers: number, 
/**
 * Those answers, in words, and how to give each back (« Rétablir »): parents before
 * their children.
 */
erasable: Array<ErasedAnswer>, 
/**
 * The answer that gives this question its present answer back; `None` while unanswered.
 */
restore: Answer | null, 
/**
 * The codes that keep the answers below.
 */
keeps: Array<string>, };

/**
 * The file a report is written as.
 */
export type ReportFormat = "pdf" | "csv";

/**
 * What happened to a report.
 */
export type ReportSaved = { 
/**
 * The period has too few persons to publish safely: the report says so.
 */
tooSmall: boolean, 
/**
 * A report already written over a period that overlaps this one without being it, its
 * days in words ([`overlapping`]).
 */
overlaps: PeriodWords | null, 
/**
 * The file name written (never a path: the page has no business knowing the disk).
 */
fileName: string | null, 
/**
 * The name of the folder it was written in (« Documents », a USB stick's « CLE »), not its
 * path: where to find it (UI review, 2026-12-06: « Document enregistré » said no place).
 */
folder: string | null, 
/**
 * False when the worker closed the dialog without choosing.
 */
saved: boolean, };

/**
 * A store restored from a backup.
 */
export type RestoredStore = { 
/**
 * The new store's recovery key: shown once, to be written down; never stored in clear.
 */
recoveryKey: string, 
/**
 * Cases restored.
 */
cases: number, 
/**
 * When the backup was made.
 */
backupCreatedAt: string, 
/**
 * The backup's schema version.
 */
schemaFrom: number, 
/**
 * The schema version after migration.
 */
schemaTo: number, 
/**
 * Which rule pack is now in use: the one the backup holds, or the embedded one (issue 17),
 * worded: « Règles en service : version 2027.1.0 (Règles mises à jour le …) ».
 */
rules: string, };

/**
 * Why retention proposes a case for deletion.
 */
export type RetentionReason = "closed-long-ago" | "consent-withdrawn";

/**
 * A case retention proposes to delete, its closing day in words.
 */
export type RetentionRow = { closedLabel: string | null, 
/**
 * Case id.
 */
id: string, 
/**
 * "FAMILY Given".
 */
displayName: string, 
/**
 * The day it was closed, if it was.
 */
closedOn: string | null, 
/**
 * Why it is proposed.
 */
reason: RetentionReason, };

/**
 * Every answer, for a check before any document.
 */
export type Review = { 
/**
 * The person's name, or initials when names are hidden.
 */
name: string, 
/**
 * The steps, in order.
 */
steps: Array<ReviewStep>, 
/**
 * Required questions still unanswered.
 */
unanswered: number, 
/**
 * Questions answered "not established".
 */
notEstablished: number, };

/**
 * One step of the review.
 */
export type ReviewStep = { 
/**
 * Which step.
 */
step: Step, 
/**
 * Its title.
 */
label: string, 
/**
 * Its questions, with their answers in words.
 */
questions: Array<QuestionView>, };

/**
 * The routes to a residence document: what the legal pack assesses, and what an application
 * asks for.
 */
export type RouteId = "reflection-period" | "cst-l425-1" | "cst-l425-1-renewal" | "carte-resident-l425-3" | "carte-resident-l425-3-renewal" | "aps-l425-4";

/**
 * One route of the assessment.
 */
export type RouteView = { 
/**
 * Route id (`cst-l425-1`).
 */
id: string, 
/**
 * Its name.
 */
label: string, 
/**
 * The answer.
 */
outcome: Outcome, 
/**
 * « Éligible ».
 */
outcomeLabel: string, 
/**
 * Articles, cited (« CESEDA, art. L. 425-1 »).
 */
legalBasis: Array<string>, 
/**
 * Its conditions.
 */
conditions: Array<ConditionView>, 
/**
 * A jurist must confirm this outcome.
 */
confirmByJurist: boolean, 
/**
 * The prefect may refuse even when every condition is met.
 */
discretionary: boolean, 
/**
 * Why the route does not fit the case now.
 */
notApplicableReason: string | null, 
/**
 * The facts to establish to decide it, in words.
 */
missingFacts: Array<string>, };

/**
 * What an import or a rollback did.
 */
export type RulesChanged = { 
/**
 * The version before.
 */
fromVersion: string, 
/**
 * The version now in use.
 */
toVersion: string, 
/**
 * How many open cases the change concerns.
 */
cases: number, 
/**
 * « Règles mises à jour (version 2027.1.0). 2 dossiers concernés. »
 */
message: string, 
/**
 * The open cases the change concerns, each with what changed for it, as the dashboard
 * lists them (review, 2026-12-07: `rules rollback` said « 2 dossiers concernés » and not
 * which, while it brought a deadline 13 days nearer).
 */
concerned: Array<CaseNotice>, };

/**
 * The pack in use, as the About screen and `rules show` present it.
 */
export type RulesInfo = { 
/**
 * Pack id (`fr-teh`).
 */
id: string, 
/**
 * Its version.
 */
version: string, 
/**
 * True if it is the pack built into this version of Passerelle.
 */
embedded: boolean, 
/**
 * « Règles livrées avec Passerelle » or « Règles importées le 3 décembre 2026 ».
 */
origin: string, 
/**
 * « Droit au 1er octobre 2025 ».
 */
lawAsOf: string, 
/**
 * The version built into this Passerelle (the floor).
 */
embeddedVersion: string, 
/**
 * What changed in this version, as its authors wrote it.
 */
changes: Array<ChangeNoteView>, 
/**
 * True if an imported pack is in use and can be rolled back.
 */
canRollBack: boolean, 
/**
 * Where the pack is kept, in words.
 */
stored: string, };

/**
 * A secret typed in the UI to seal or open a backup: a passphrase, or the recovery key.
 */
export type SecretInput = { 
/**
 * `recovery-key`, or anything else for a passphrase.
 */
kind: "passphrase" | "recovery-key", value: string, };

/**
 * Who holds the current session.
 */
export type SessionInfo = { 
/**
 * The slot that unlocked.
 */
slotId: string, 
/**
 * Passphrase or recovery key.
 */
kind: SlotKind, 
/**
 * The slot's label.
 */
label: string | null, 
/**
 * Its role.
 */
role: SlotRole, 
/**
 * The unlock that opened this session found the key file missing, damaged or modified, and
 * put back its last good copy: the worker is told, since someone may have tried to reach
 * the vault (review, 2026-12-06: the repair was only logged).
 */
keyFileRestored: KeyFileRestored | null, };

/**
 * The settings screen.
 */
export type Settings = { language: string, languages: Array<string>, 
/**
 * `None` while locked: the value lives in the vault.
 */
idleLockMinutes: number | null, 
/**
 * Initials instead of names on every screen.
 */
hideNames: boolean, 
/**
 * The interface's text size in percent (the whole page zooms).
 */
textSize: number, 
/**
 * The text sizes offered, in percent, smallest first.
 */
textSizes: Array<number>, 
/**
 * Other programs may capture the window.
 */
screenCaptureAllowed: boolean, 
/**
 * This system can keep the window out of captures (Windows, macOS; not Linux's X11).
 */
screenCaptureProtectable: boolean, 
/**
 * The vault was opened with the recovery key: there is no current passphrase to type, and
 * the page offers a new one instead ([`super::session::reset_passphrase`]).
 */
openedWithRecoveryKey: boolean, 
/**
 * Retention period in months (0: off); `None` while locked.
 */
retentionMonths: number | null, 
/**
 * Backup reminder delay in days; `None` while locked.
 */
backupReminderDays: number | null, };

/**
 * What the settings screen changes; `None` leaves a value as it is.
 *
 * The numbers are what the worker typed, any number: Rust says when one is not whole or out of
 * its range, in words, rather than the IPC layer refusing `-5` or `2.5` in English.
 */
export type SettingsUpdate = { 
/**
 * The UI language.
 */
language?: string, 
/**
 * The idle-lock delay, 1 to 60 minutes.
 */
idleLockMinutes?: number, 
/**
 * Initials instead of names.
 */
hideNames?: boolean, 
/**
 * The interface's text size in percent, 80 to 200.
 */
textSize?: number, 
/**
 * Let other programs capture the window.
 */
screenCaptureAllowed?: boolean, 
/**
 * Retention period in months, 0 to 120 (0: off).
 */
retentionMonths?: number, 
/**
 * Backup reminder delay in days, 1 to 365.
 */
backupReminderDays?: number, };

/**
 * How loud a warning is.
 */
export type Severity = "info" | "caution" | "danger";

/**
 * What kind of secret opens a slot.
 */
export type SlotKind = "passphrase" | "recovery";

/**
 * What a team member may do.
 */
export type SlotRole = "admin" | "worker";

/**
 * How the list is sorted.
 */
export type Sort = "name" | "next-deadline" | "updated";

/**
 * The steps of a backup or a restore.
 */
export type Stage = "snapshot" | "derive-key" | "write" | "verify" | "read" | "restore";

/**
 * The steps of the interview, in order.
 */
export type Step = "identity" | "situation" | "cooperation" | "ties" | "public-order" | "permit" | "documents";

/**
 * A step in the progress bar.
 */
export type StepSummary = { 
/**
 * Which step.
 */
id: Step, 
/**
 * Its title, in the worker's language.
 */
label: string, 
/**
 * Required questions that apply.
 */
required: number, 
/**
 * Of those, how many are answered.
 */
answered: number, };

/**
 * A step, ready to show.
 */
export type StepView = { 
/**
 * The person's name, or initials when names are hidden.
 */
name: string, 
/**
 * This step.
 */
step: Step, 
/**
 * Its title, in the worker's language.
 */
label: string, 
/**
 * Its title in the person's language, side by side.
 */
personLabel: string | null, 
/**
 * The language of the person column (`lang` attribute), side by side.
 */
personLang: string | null, 
/**
 * Whether side by side is on.
 */
sideBySide: boolean, 
/**
 * The person's language chosen for this case (even while side by side is off).
 */
personLanguage: string | null, 
/**
 * Her language is the interface's: the questions are already in it, and side by side has
 * nothing to show beside them (the switch unticked itself, said only to screen readers).
 */
readsInterfaceLanguage: boolean, 
/**
 * The languages side by side can show, named in the worker's language.
 */
languages: Array<OptionView>, 
/**
 * Every step, for the progress bar.
 */
steps: Array<StepSummary>, 
/**
 * The questions that apply, in order.
 */
questions: Array<QuestionView>, 
/**
 * The "not established" answer, in both languages.
 */
notEstablished: OptionView, 
/**
 * A few words for the person at the start (first step only, until the interview's first
 * answer is recorded: it is read to her once, then leaves its room to the questions, across
 * locks and restarts), in both languages.
 */
welcome: OptionView | null, 
/**
 * What the step is about, for the person, in both languages (`iv-intro-<step>`), if any.
 */
intro: OptionView | null, 
/**
 * The previous step.
 */
previous: Step | null, 
/**
 * The next step (`None` on the last: the review comes next).
 */
next: Step | null, };

/**
 * How strong a passphrase is.
 */
export type Strength = { 
/**
 * 0 (very weak) to 4 (very strong); at most 2 when refused.
 */
score: number, 
/**
 * True if and only if the vault accepts it.
 */
acceptable: boolean, 
/**
 * Fluent ids of what makes it easy to guess (`strength-why-*`), in the passphrase's order;
 * empty when it is accepted.
 */
reasons: Array<string>, 
/**
 * Fluent ids of advice (`strength-hint-*`); empty when it is accepted.
 */
hints: Array<string>, };

/**
 * Who signs the permits a sub-prefecture issues: its prefect (the default) or its own head.
 */
export type SubPrefectureSigner = { 
/**
 * The arrondissement's COG code (`933`), the key the choice is recorded under.
 */
arrondissement: string, 
/**
 * True when the worker recorded that the sub-prefect signs: the letters go to them.
 */
subPrefectSigns: boolean, 
/**
 * The office's name, « Sous-préfecture de Saint-Denis ».
 */
office: string, };

/**
 * What « Équipe » shows: the keyslots, and the backups the old recovery key still opens.
 */
export type TeamView = { 
/**
 * The store's keyslots, the recovery key's included.
 */
members: Array<MemberRow>, 
/**
 * Backups sealed with a recovery key that has since been replaced, in words (« 3 dossiers,
 * sauvegarde du 2 décembre 2026 »): whoever holds that old key still opens them.
 */
oldRecoveryBackups: Array<string>, };

/**
 * The most characters each kind of typed text takes (the limits the core checks).
 */
export type TextLimits = { 
/**
 * A line: an interview answer, an appointment's place ([`crate::interview::MAX_TEXT`]).
 */
line: number, 
/**
 * A paragraph of the interview ([`crate::interview::MAX_PARAGRAPH`]).
 */
paragraph: number, 
/**
 * A note, an appointment's note ([`crate::followup::MAX_NOTE`]).
 */
note: number, };

/**
 * How a person in office is addressed: « Madame la Préfète », « Monsieur le Préfet ». Stored in
 * the vault's settings and given to the CLI as `madame` or `monsieur`.
 */
export type Title = "madame" | "monsieur";

/**
 * A document that cannot be written yet, and why.
 */
export type UnavailableDocument = { 
/**
 * Its code (`letter`, `support-letter`).
 */
document: string, 
/**
 * The facts missing, in words, one sentence each (« À renseigner dans le dossier : date de
 * la condamnation définitive. »).
 */
reason: string, 
/**
 * True when what stands in the way is no answer to complete but a decision recorded in the
 * case's « Dossier » tab (the case closed, her consent refused): the page links there, not
 * to the answers (visual check, 2026-12-05: « Pas encore possible » and « Compléter les
 * réponses manquantes » beside a closed case).
 */
decidedInFile: boolean, 
/**
 * True when what stands in the way is the applications recorded in the « Suivi » tab (one
 * waiting, granted, refused, rejected by silence, or none beside a récépissé): the page
 * links there (review, 2026-12-07: it linked to the answers, where none of it is edited).
 */
inFollowUp: boolean, };

/**
 * The vault just unlocked.
 */
export type Unlocked = { 
/**
 * The recovery key of a store created or restored while the vault was locked (a quick lock
 * pressed meanwhile), never shown yet: shown now, once.
 */
unseenRecoveryKey: string | null, 
/**
 * The store's recovery key was issued but never confirmed as written down (the app quit,
 * or a lock came, before the box was ticked), and this session is an administrator's: the
 * unlock screen asks whether she has it, or offers a new one.
 */
recoveryKeyUnconfirmed: boolean, 
/**
 * Opened with the recovery key: the next screen offers a new passphrase
 * ([`passphrase_slots`], [`reset_passphrase`]).
 */
withRecoveryKey: boolean, 
/**
 * The preferences file, changed outside the app, allowed captures of the window or showed
 * names the log has her hiding: both put back ([`protections_as_logged`]); the window
 * takes its protection again.
 */
protectionsRestored: boolean, };

/**
 * What checking a backup file found.
 */
export type VerifyReport = { 
/**
 * When it was taken.
 */
createdAt: string, 
/**
 * Cases it holds.
 */
cases: number, 
/**
 * Schema version of its image.
 */
schemaVersion: number, 
/**
 * True if it is a backup of the unlocked store.
 */
sameStore: boolean, 
/**
 * For a backup of the unlocked store: how its audit log compares with the store's.
 */
auditMatch: AuditMatch | null, };

/**
 * How far a day is from today, as a selector for the `when` messages.
 */
export type When = "past" | "yesterday" | "today" | "tomorrow" | "future";
