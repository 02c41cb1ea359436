// The only module that talks to Rust. One function per command; rejections become UiError
// objects { code, messageId, args, message } that views can branch on.

const tauri = window.__TAURI__;

async function call(command, args = {}) {
  try {
    return await tauri.core.invoke(command, args);
  } catch (raw) {
    if (raw && typeof raw === 'object' && 'code' in raw) {
      // Whatever screen asked, a locked vault sends the UI back to the unlock screen.
      if (raw.code === 'vault.locked') window.dispatchEvent(new CustomEvent('passerelle:locked'));
      throw raw;
    }
    throw { code: 'internal', messageId: 'error-internal', args: {}, message: String(raw) };
  }
}

export const appStatus = () => call('app_status');
export const passphraseStrength = (passphrase) => call('passphrase_strength', { passphrase });
export const passphraseGenerate = () => call('passphrase_generate');
export const sessionCreate = (passphrase) => call('session_create', { passphrase });
export const sessionUnlock = ({ passphrase, recoveryKey }) =>
  call('session_unlock', { passphrase: passphrase ?? null, recoveryKey: recoveryKey ?? null });
export const sessionLock = () => call('session_lock');
export const sessionTouch = () => call('session_touch');
export const sessionChangePassphrase = (current, next) =>
  call('session_change_passphrase', { current, new: next });

export const caseList = (query, sort, offset) =>
  call('case_list', { query: query || null, sort: sort || null, offset: offset || 0 });
export const caseCreate = (familyName, givenNames) => call('case_create', { familyName, givenNames });
export const caseOverview = (caseId) => call('case_overview', { caseId });
export const caseAnswer = (caseId, questionId, answer) => call('case_answer', { caseId, questionId, answer });
export const dashboardGet = () => call('dashboard_get');

export const interviewStep = (caseId, step) => call('interview_step', { caseId, step: step || null });
export const interviewAnswer = (caseId, step, questionId, answer) =>
  call('interview_answer', { caseId, step, questionId, answer });
export const interviewLanguage = (caseId, step, sideBySide, language) =>
  call('interview_language', { caseId, step, sideBySide, language: language || null });
export const interviewReview = (caseId) => call('interview_review', { caseId });

export const noteAdd = (caseId, text) => call('note_add', { caseId, text });
export const noteEdit = (caseId, noteId, text) => call('note_edit', { caseId, noteId, text });
export const noteDelete = (caseId, noteId) => call('note_delete', { caseId, noteId });
export const appointmentSave = (caseId, draft) => call('appointment_save', { caseId, draft });
export const appointmentDelete = (caseId, appointmentId) => call('appointment_delete', { caseId, appointmentId });

/** Renders a document and saves it where the worker chooses (dialog opened by Rust). */
export const documentExport = (caseId, kind) => call('document_export', { caseId, kind });
/** The rule pack's review sheet for a jurist, saved where the worker chooses. */
export const reviewSheetExport = () => call('review_sheet_export');
/** How the letters address the head of the case's office: both forms, and the one recorded. */
export const caseAddressee = (caseId) => call('case_addressee', { caseId });
/** Records the title of an office's head (`madame`, `monsieur`, or null to forget it). */
export const addresseeTitleSave = (head, title) => call('addressee_title_save', { head, title });

export const settingsGet = () => call('settings_get');
export const settingsUpdate = (update) => call('settings_update', { update });
export const associationGet = () => call('association_get');
export const associationSave = (association) => call('association_save', { association });

export const l10nFormat = (items, lang) => call('l10n_format', { items, lang: lang ?? null });

/** Calls `handler` when the window is asked to close while the vault is open. */
export const onCloseRequested = (handler) => tauri.event.listen('close-requested', handler);
export const appClose = () => call('app_close');

/** Calls `handler` when Rust locks the vault on its own (idle timeout). */
export const onVaultLocked = (handler) => tauri.event.listen('vault-locked', handler);

// Vault operations (docs/vault-operations.md). File paths never come from here: the commands open
// their save/open dialogs in Rust and return null when the person cancels.
// A secret is { kind: 'passphrase' | 'recovery-key', value }.
export const sessionQuickLock = () => call('session_quick_lock');
export const sessionReveal = () => call('session_reveal');
export const sessionInfo = () => call('session_info');

export const caseGet = (id) => call('case_get', { id });
/** Closes a case on the day typed (empty: today); `null` reopens it. */
export const caseSetClosed = (id, closedOn) => call('case_set_closed', { id, closedOn: closedOn ?? null });
export const caseSetConsent = (id, consent) => call('case_set_consent', { id, consent });
export const caseDelete = (id) => call('case_delete', { id });
export const retentionList = () => call('retention_list');

export const backupStatus = () => call('backup_status');
export const backupCreate = (secret) => call('backup_create', { secret });
export const backupVerify = (secret) => call('backup_verify', { secret });
export const backupRestore = (secret, newPassphrase) => call('backup_restore', { secret, newPassphrase });

export const handoverExport = (id, passphrase) => call('handover_export', { id, passphrase });
export const handoverImport = (passphrase) => call('handover_import', { passphrase });

export const teamList = () => call('team_list');
export const teamAdd = (label, passphrase, role) => call('team_add', { label, passphrase, role });
export const teamRemove = (slotId) => call('team_remove', { slotId });
export const teamRotateKey = () => call('team_rotate_key');

/** One page of the log: `query` is { caseId, actor, action, from, to, before }, each optional. */
export const auditList = (query) => call('audit_list', { query });
export const auditExport = () => call('audit_export');

/** Calls `handler(progress)` for each step of a long operation ({ stage, done, total }). */
export const onProgress = (handler) => tauri.event.listen('vault-progress', (e) => handler(e.payload));
/** The background recomputation of the case index: { done, total }. */
export const onIndexProgress = (handler) => tauri.event.listen('index-progress', (e) => handler(e.payload));
