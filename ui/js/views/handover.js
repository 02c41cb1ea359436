// Receiving a case handed over by another Passerelle: the passphrase agreed out of band, then the
// file, chosen in a dialog opened by Rust. Opens the new case.

import * as api from '../api.js';
import { h, t, mount, focusVisible, reveal, nothingTyped } from '../dom.js';
import { translate } from '../l10n.js';
import { secretFields, progressBar } from './vault-parts.js';

/** The case page, next drawn, says that the case was received (where the worker lands). */
let received = false;

/** Whether the case page about to be drawn is a case just received (asked once). */
export function takeReceived() {
  const was = received;
  received = false;
  return was;
}

/**
 * A button that opens the import form in a panel placed right after the page title. As
 * « Nouveau dossier »: « Annuler », or Escape while nothing is typed, closes it and gives the
 * keyboard back to the button.
 */
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
    const close = () => { mount(slot); slot.remove(); button.disabled = false; button.focus(); };
    const form = h('form', {
      class: 'panel', id: 'handover-import-form', novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        try {
          const id = await progress.run(() => api.handoverImport(secret.value().value));
          if (id) {
            received = true;
            location.hash = `#/case/${id}`;
          }
        } catch (e) {
          error.textContent = e.message;
          focusVisible(secret.input());
          reveal(error);
        }
      },
    }, t('h2', 'handover-import-title'), t('p', 'handover-import-intro', { class: 'muted' }),
       secret.element, progress.element, error,
       h('div', { class: 'row end' }, t('button', 'action-cancel', { class: 'button secondary', type: 'button', id: 'handover-import-cancel', onclick: close }), go));
    // Escape closes it only empty: a passphrase typed stays (one key must not throw it away).
    form.addEventListener('keydown', (e) => { if (e.key === 'Escape' && nothingTyped(form)) { e.preventDefault(); close(); } });
    mount(slot, form);
    main.firstElementChild?.after(slot);
    button.disabled = true;
    await translate(form);
    // Not if the worker is already typing in the form (its texts come after it is shown).
    if (!form.contains(document.activeElement)) secret.input().focus();
  });
  return { button };
}
