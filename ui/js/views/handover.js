// Receiving a case handed over by another Passerelle: the passphrase agreed out of band, then the
// file, chosen in a dialog opened by Rust. Opens the new case.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import { secretFields, progressBar } from './vault-parts.js';

/** A button that opens the import form in a panel placed right after the page title. */
export function importPanel() {
  const button = t('button', 'handover-import-open', { class: 'button secondary', type: 'button', id: 'handover-import-open' });
  button.addEventListener('click', async () => {
    const main = button.closest('main');
    if (!main || main.querySelector('#handover-import-form')) return;
    const secret = secretFields('handover-import', { labelId: 'handover-passphrase' });
    const go = t('button', 'handover-import', { class: 'button', type: 'submit', id: 'handover-import', disabled: true });
    const progress = progressBar('handover-import-progress');
    const error = h('div', { class: 'alert error', role: 'alert', id: 'handover-import-error' });
    secret.onChange(() => { go.disabled = !secret.ready(); });
    const slot = h('div');
    const close = () => { mount(slot); button.disabled = false; };
    const form = h('form', {
      class: 'panel', id: 'handover-import-form',
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        try {
          const id = await progress.run(() => api.handoverImport(secret.value().value));
          if (id) location.hash = `#/case/${id}`;
        } catch (e) { error.textContent = e.message; }
      },
    }, t('h2', 'handover-import-title'), t('p', 'handover-import-intro', { class: 'muted' }),
       secret.element, progress.element, error,
       h('div', { class: 'row end' }, t('button', 'action-cancel', { class: 'button secondary', type: 'button', onclick: close }), go));
    mount(slot, form);
    main.firstElementChild.after(slot);
    button.disabled = true;
    await translate(form);
    form.querySelector('input')?.focus();
  });
  return { button };
}
