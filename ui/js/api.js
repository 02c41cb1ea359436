// The only module that talks to Rust. One function per command; rejections become UiError
// objects { code, messageId, args, message } that views can branch on.
//
// Every command's arguments and result are typed by the IPC contract generated from the Rust
// types (src-tauri/bindings/ipc.d.ts, `Commands`): `tsc --checkJs` (scripts/test.sh) checks each
// call below and what the views read from its result.

/** @typedef {import('ipc').Commands} Commands */
/** @typedef {import('ipc').Events} Events */
/** @typedef {import('ipc').ErrorView} UiError */

const tauri = window.__TAURI__;

/**
 * IPC calls made since start-up, by command (and event listeners, as `listen:<event>`), and how
 * many are still waiting for Rust: the end-to-end tests count the calls of each screen. Names
 * only, never an argument.
 */
const ipc = { total: 0, pending: 0, kept: 0, /** @type {Record<string, number>} */ byName: {} };
window.passerelleIpc = ipc;

/** A call the page did not make: l10n.js already had every text it needed (`kept` counts them). */
export const keptByCache = () => { ipc.kept += 1; };

/** @param {string} name */
function counted(name) {
  ipc.total += 1;
  ipc.byName[name] = (ipc.byName[name] ?? 0) + 1;
}

/**
 * @template {keyof Commands} C
 * @param {C} command
 * @param {Commands[C]['args']} args
 * @returns {Promise<Commands[C]['result']>}
 */
async function call(command, args) {
  counted(command);
  ipc.pending += 1;
  try {
    return /** @type {Commands[C]['result']} */ (await tauri.core.invoke(command, args));
  } catch (raw) {
    if (raw && typeof raw === 'object' && 'code' in raw) {
      // Whatever screen asked, a locked vault sends the UI back to the unlock screen.
      if (raw.code === 'vault.locked') window.dispatchEvent(new CustomEvent('passerelle:locked'));
      throw raw;
    }
    // Not one of Passerelle's errors (Tauri's own, in English, naming internal fields): the worker
    // reads « Erreur interne… » in her language, never that text.
    let message = '';
    try {
      [message] = /** @type {string[]} */ (await tauri.core.invoke('l10n_format', { items: [{ id: 'error-internal', args: {} }], lang: null }));
    } catch { /* the message stays empty rather than English */ }
    /** @type {UiError} */
    const error = { code: 'internal', messageId: 'error-internal', args: {}, message };
    throw error;
  } finally {
    ipc.pending -= 1;
  }
}

/**
 * Calls `handler` with the payload of each `event` Rust sends; resolves to the function that
 * stops listening.
 * @template {keyof Events} E
 * @param {E} event
 * @param {(payload: Events[E]) => void} handler
 * @returns {Promise<() => void>}
 */
function listen(event, handler) {
  counted(`listen:${event}`);
  return tauri.event.listen(event, (e) => handler(/** @type {Events[E]} */ (e.payload)));
}

export const appStatus = () => call('app_status', {});
/** @param {string} passphrase */
export const passphraseStrength = (passphrase) => call('passphrase_strength', { passphrase });
export const passphraseGenerate = () => call('passphrase_generate', {});
/** @param {string} passphrase */
export const sessionCreate = (passphrase) => call('session_create', { passphrase });
/** A database found without its key file, renamed aside (never deleted); answers its new name. */
export const sessionSetAsideDatabase = () => call('session_set_aside_database', {});
/** @param {{ passphrase?: string, recoveryKey?: string }} secret */
export const sessionUnlock = ({ passphrase, recoveryKey }) =>
  call('session_unlock', { passphrase: passphrase ?? null, recoveryKey: recoveryKey ?? null });
/** The recovery key is written down: the next unlock no longer asks. */
export const sessionRecoveryKeyNoted = () => call('session_recovery_key_noted', {});
/** `unsaved`: the page dropped a value Rust refused; the unlock screen says so. */
export const sessionLock = (unsaved = false) => call('session_lock', { unsaved });
export const sessionTouch = () => call('session_touch', {});
/** @param {boolean} copied true for a copy, false for a selection only */
export const sessionCopied = (copied) => call('session_copied', { copied });
/** @param {string} current @param {string} next */
export const sessionChangePassphrase = (current, next) =>
  call('session_change_passphrase', { current, new: next });
/** Opened with the recovery key: the passphrase slots that can be given a new passphrase. */
export const sessionPassphraseSlots = () => call('session_passphrase_slots', {});
/** Opened with the recovery key: gives the slot `slotId` the passphrase `next`. @param {string} slotId @param {string} next */
export const sessionResetPassphrase = (slotId, next) => call('session_reset_passphrase', { slotId, new: next });

/** @param {string} query @param {import('ipc').Sort} sort @param {number} [offset] */
export const caseList = (query, sort, offset) =>
  call('case_list', { query: query || null, sort: sort || null, offset: offset || 0 });
/** @param {string} familyName @param {string} givenNames */
export const caseCreate = (familyName, givenNames) => call('case_create', { familyName, givenNames });
/** @param {string} familyName @param {string} givenNames */
export const caseNamesakes = (familyName, givenNames) => call('case_namesakes', { familyName, givenNames });
/** @param {string} caseId */
export const caseOverview = (caseId) => call('case_overview', { caseId });
/** @param {string} caseId @param {string} questionId @param {import('ipc').Answer} answer */
export const caseAnswer = (caseId, questionId, answer) => call('case_answer', { caseId, questionId, answer });
export const dashboardGet = () => call('dashboard_get', { lines: null });

/** @param {string} caseId @param {string | null} step */
export const interviewStep = (caseId, step) => call('interview_step', { caseId, step: step || null });
/** @param {string} caseId @param {string} step @param {string} questionId @param {import('ipc').Answer} answer */
export const interviewAnswer = (caseId, step, questionId, answer) =>
  call('interview_answer', { caseId, step, questionId, answer });
/** @param {string} caseId @param {string} step @param {boolean} sideBySide @param {string} language */
export const interviewLanguage = (caseId, step, sideBySide, language) =>
  call('interview_language', { caseId, step, sideBySide, language: language || null });
/** @param {string} caseId */
export const interviewReview = (caseId) => call('interview_review', { caseId });

/** @param {string} caseId @param {string} language */
export const caseReadingLanguage = (caseId, language) => call('case_reading_language', { caseId, language });
/** @param {string} caseId @param {string} text */
export const noteAdd = (caseId, text) => call('note_add', { caseId, text });
/** @param {string} caseId @param {string} noteId @param {string} text */
export const noteEdit = (caseId, noteId, text) => call('note_edit', { caseId, noteId, text });
/** @param {string} caseId @param {string} noteId */
export const noteDelete = (caseId, noteId) => call('note_delete', { caseId, noteId });
/** @param {string} caseId @param {import('ipc').AppointmentDraft} draft */
export const appointmentSave = (caseId, draft) => call('appointment_save', { caseId, draft });
/** @param {string} caseId @param {string} appointmentId */
export const appointmentDelete = (caseId, appointmentId) => call('appointment_delete', { caseId, appointmentId });
/** @param {string} caseId @param {import('ipc').ApplicationDraft} draft */
export const applicationSave = (caseId, draft) => call('application_save', { caseId, draft });
/** @param {string} caseId @param {number} index */
export const applicationDelete = (caseId, index) => call('application_delete', { caseId, index });

/**
 * Renders a document and saves it where the worker chooses (dialog opened by Rust).
 * @param {string} caseId @param {string} kind `letter`, `support-letter`, `checklist` or `consent`
 * @param {string | null} [route] the route the document is for (`null`: the case's own)
 */
export const documentExport = (caseId, kind, route = null) => call('document_export', { caseId, kind, route });
/**
 * Renders a document and sends it to the printer from memory: no file is written.
 * @param {string} caseId @param {string} kind `letter`, `support-letter`, `checklist` or `consent`
 * @param {string | null} [route] the route the document is for (`null`: the case's own)
 */
export const documentPrint = (caseId, kind, route = null) => call('document_print', { caseId, kind, route });
/** The rule pack's review sheet for a jurist, saved where the worker chooses. */
export const reviewSheetExport = () => call('review_sheet_export', {});
/** How the letters address the head of the case's office: both forms, and the one recorded. @param {string} caseId */
export const caseAddressee = (caseId) => call('case_addressee', { caseId });
/**
 * Records the title of an office's head (`null` forgets it).
 * @param {import('ipc').OfficeHead} head @param {import('ipc').Title | null} title
 */
export const addresseeTitleSave = (head, title) => call('addressee_title_save', { head, title });
export const addresseeSignerSave = (arrondissement, subPrefectSigns) =>
  call('addressee_signer_save', { arrondissement, subPrefectSigns });

export const settingsGet = () => call('settings_get', {});
/** @param {import('ipc').SettingsUpdate} update */
export const settingsUpdate = (update) => call('settings_update', { update });
export const associationGet = () => call('association_get', {});
/** @param {import('ipc').Association | null} association */
export const associationSave = (association) => call('association_save', { association });

/**
 * @param {import('ipc').Message[]} items
 * @param {string | null} [lang] the UI language when left out
 */
export const l10nFormat = (items, lang) => call('l10n_format', { items, lang: lang ?? null });

/** Calls `handler` when the window is asked to close while the vault is open. @param {() => void} handler */
export const onCloseRequested = (handler) => listen('close-requested', handler);
export const appClose = () => call('app_close', {});

/**
 * The idle lock, by phase: `locking` when the idle delay is up (save what the page holds, then
 * `sessionIdleLock`), `locked` when Rust locked the vault on its own.
 * @param {(phase: string) => void} handler
 */
export const onIdleLock = (handler) => listen('vault-idle', handler);
export const sessionIdleLock = (unsaved = false) => call('session_idle_lock', { unsaved });

// Vault operations (docs/vault-operations.md). File paths never come from here: the commands open
// their save/open dialogs in Rust and return null when the person cancels.
// A secret is { kind: 'passphrase' | 'recovery-key', value }.
export const sessionQuickLock = (unsaved = false) => call('session_quick_lock', { unsaved });
export const sessionReveal = () => call('session_reveal', {});
export const sessionInfo = () => call('session_info', {});

/** @param {string} id */
export const caseGet = (id) => call('case_get', { id });
/** Closes a case on the day typed (empty: today); `null` reopens it. @param {string} id @param {string | null} closedOn */
export const caseSetClosed = (id, closedOn) => call('case_set_closed', { id, closedOn: closedOn ?? null });
/** @param {string} id @param {import('ipc').ConsentDraft} consent */
export const caseSetConsent = (id, consent) => call('case_set_consent', { id, consent });
/** @param {string} id */
export const caseDelete = (id) => call('case_delete', { id });
export const retentionList = () => call('retention_list', {});

export const backupStatus = () => call('backup_status', {});
/** @param {import('ipc').SecretInput} secret */
export const backupCreate = (secret) => call('backup_create', { secret });
/** @param {import('ipc').SecretInput} secret */
export const backupVerify = (secret) => call('backup_verify', { secret });
/** @param {import('ipc').SecretInput} secret @param {string} newPassphrase */
export const backupRestore = (secret, newPassphrase) => call('backup_restore', { secret, newPassphrase });

/** @param {string} id @param {string} passphrase */
export const handoverExport = (id, passphrase) => call('handover_export', { id, passphrase });
/** @param {string} passphrase */
export const handoverImport = (passphrase) => call('handover_import', { passphrase });

export const teamList = () => call('team_list', {});
/** « Générer une nouvelle clé de secours »: answers the new key, to show once. */
export const teamNewRecoveryKey = () => call('team_new_recovery_key', {});
/** @param {string} label @param {string} passphrase @param {import('ipc').SlotRole} role */
export const teamAdd = (label, passphrase, role) => call('team_add', { label, passphrase, role });
/** @param {string} slotId */
export const teamRemove = (slotId) => call('team_remove', { slotId });
export const teamRotateKey = () => call('team_rotate_key', {});

/** One page of the log: `query` is { caseId, actor, action, from, to, before }, each optional. @param {import('ipc').AuditQuery} query */
export const auditList = (query) => call('audit_list', { query });
export const auditExport = () => call('audit_export', {});

/** The activity report of the days `from` to `to` (as typed), saved through the dialog. @param {string} from @param {string} to @param {import('ipc').ReportFormat} format */
export const reportSave = (from, to, format) => call('report_save', { from, to, format });
/** The period the report form proposes, day/month/year. @returns {Promise<import('ipc').PeriodWords>} */
export const reportPeriod = () => call('report_period', {});

/** The rule pack in use. */
export const rulesShow = () => call('rules_show', {});
/** Imports the signed rule pack picked in the dialog (null if cancelled). */
export const rulesImport = () => call('rules_import', {});
/** Goes back to the rule pack in use before the last import. */
export const rulesRollback = () => call('rules_rollback', {});
/** The open cases a change of rule pack concerns, not yet seen. */
export const rulesNotices = () => call('rules_notices', {});
/** The unseen changes of rule pack of case `id`. @param {string} id */
export const rulesCaseNotices = (id) => call('rules_case_notices', { id });
/** Marks the change of case `id` to `toVersion` seen. @param {string} id @param {string} toVersion */
export const rulesMarkSeen = (id, toVersion) => call('rules_mark_seen', { id, toVersion });

/** Calls `handler(progress)` for each step of a long operation. @param {(progress: import('ipc').Progress) => void} handler */
export const onProgress = (handler) => listen('vault-progress', handler);
/** The background recomputation of the case index. @param {(progress: import('ipc').IndexProgress) => void} handler */
export const onIndexProgress = (handler) => listen('index-progress', handler);
