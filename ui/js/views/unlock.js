// The unlock screen: passphrase, or the recovery key when the passphrase is lost.

import * as api from '../api.js';
import { h, t, mount, field } from '../dom.js';
import { translate } from '../l10n.js';
import { brand, languageSwitch } from './parts.js';
import { unconfirmed } from './recovery.js';

export const name = 'unlock';

/** @param {HTMLElement} root @param {any} app @param {{ reason?: string, useRecovery?: boolean }} [params] */
export async function render(root, app, { reason, useRecovery = false } = {}) {
  const secret = useRecovery
    ? field({ id: 'recovery-key-input', labelId: 'unlock-recovery-key', hintId: 'unlock-recovery-hint', attrs: { autocomplete: 'off', spellcheck: 'false', autofocus: true } })
    : field({ id: 'passphrase', labelId: 'unlock-passphrase', type: 'password', attrs: { autocomplete: 'current-password', autofocus: true } });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'unlock-error' });
  const notice = reason ? t('div', `unlock-reason-${reason}`, { class: 'alert info', id: 'unlock-notice' }) : null;
  const submit = t('button', 'unlock-submit', { class: 'button', type: 'submit', id: 'unlock-submit' });
  const toggle = t('button', useRecovery ? 'unlock-use-passphrase' : 'unlock-use-recovery', {
    class: 'button link', type: 'button', id: 'unlock-toggle',
    onclick: () => app.show(unlockView, { useRecovery: !useRecovery }),
  });

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      form.classList.add('busy');
      error.textContent = '';
      try {
        const value = secret.input.value;
        const { unseenRecoveryKey, recoveryKeyUnconfirmed } = await api.sessionUnlock(useRecovery ? { recoveryKey: value } : { passphrase: value });
        secret.input.value = '';
        // A store created or restored while a lock came: its recovery key was never shown.
        if (unseenRecoveryKey) await app.showRecoveryKey(unseenRecoveryKey, null, true);
        // Shown once, but never confirmed as written down: she has it, or a new one is made.
        else if (recoveryKeyUnconfirmed) await app.show(unconfirmed);
        else await app.start();
      } catch (e) {
        form.classList.remove('busy');
        error.textContent = e.message;
        // A recovery key is not selected: a selection becomes X11's primary selection, which
        // any program can read (a passphrase field is never put there).
        if (!useRecovery) secret.input.select();
        secret.input.focus();
      }
    },
  }, secret.wrap, error, h('div', { class: 'row' }, toggle, h('div', { class: 'spacer' }), submit));

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    h('div', { class: 'row' }, brand(), h('div', { class: 'spacer' }), languageSwitch(app)),
    t('h1', 'unlock-title'),
    notice,
    form,
  )));
  await translate(root);
}

const unlockView = { name, render };
