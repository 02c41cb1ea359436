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
export const sessionCreate = (passphrase) => call('session_create', { passphrase });
export const sessionUnlock = ({ passphrase, recoveryKey }) =>
  call('session_unlock', { passphrase: passphrase ?? null, recoveryKey: recoveryKey ?? null });
export const sessionLock = () => call('session_lock');
export const sessionTouch = () => call('session_touch');
export const sessionChangePassphrase = (current, next) =>
  call('session_change_passphrase', { current, new: next });

export const caseList = (query) => call('case_list', { query: query || null });
export const caseCreate = (familyName, givenNames) => call('case_create', { familyName, givenNames });

export const settingsGet = () => call('settings_get');
export const settingsUpdate = (update) => call('settings_update', { update });

export const l10nFormat = (items, lang) => call('l10n_format', { items, lang: lang ?? null });

/** Calls `handler` when Rust locks the vault on its own (idle timeout). */
export const onVaultLocked = (handler) => tauri.event.listen('vault-locked', handler);
