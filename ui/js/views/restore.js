// Restore a backup into this computer's (empty) store, before any unlock: the backup's secret,
// the new store's passphrase, then the file, chosen in a dialog opened by Rust. Ends on the new
// recovery key, shown once.

import * as api from '../api.js';
import { h, t, mount, focusVisible, reveal } from '../dom.js';
import { translate } from '../l10n.js';
import { brand, languageSwitch } from './parts.js';
import { secretFields, progressBar } from './vault-parts.js';

export const name = 'restore';

export async function render(root, app) {
  const secret = secretFields('restore-secret', { allowRecovery: true, labelId: 'backup-passphrase' });
  const fresh = secretFields('restore-new', { confirm: true, labelId: 'restore-new-passphrase' });
  const submit = t('button', 'restore-submit', { class: 'button', type: 'submit', id: 'restore-submit', disabled: true });
  const progress = progressBar('restore-progress');
  const error = h('div', { class: 'alert error', role: 'alert', id: 'restore-error' });
  // The screen opens on its first field (app.show focuses it once translated).
  secret.input().setAttribute('autofocus', '');
  const refresh = () => { submit.disabled = !(secret.ready() && fresh.ready()); };
  secret.onChange(refresh);
  fresh.onChange(refresh);

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      if (submit.disabled) return;
      error.textContent = '';
      form.classList.add('busy');
      try {
        const restored = await progress.run(() => api.backupRestore(secret.value(), fresh.value().value));
        form.classList.remove('busy');
        if (restored) {
          secret.clear();
          fresh.clear();
          await app.showRecoveryKey(restored.recoveryKey, restored);
        }
      } catch (e) {
        form.classList.remove('busy');
        error.textContent = e.message;
        // The keyboard back on the backup's secret, the error under it in view: left on the
        // button, both were out of sight at 1024×600 (UI review, 2026-12-05).
        const field = secret.input();
        focusVisible(field);
        if (field.type === 'password') field.select();
        reveal(error);
      }
    },
  },
    t('h2', 'restore-secret-title'), secret.element, error,
    t('h2', 'restore-new-title'), t('p', 'restore-new-intro', { class: 'muted' }), fresh.element,
    progress.element,
    h('div', { class: 'row' },
      t('button', 'restore-back', { class: 'button link', type: 'button', id: 'restore-back', onclick: () => app.start() }),
      h('div', { class: 'spacer' }), submit));

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    h('div', { class: 'row' }, brand(), h('div', { class: 'spacer' }), languageSwitch(app)),
    t('h1', 'restore-title'),
    t('p', 'restore-intro', { class: 'lead' }),
    form)));
  await translate(root);
}
