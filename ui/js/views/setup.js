// First run: choose the passphrase (twice), see how strong it is, create the vault.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import { languageSwitch, brand, newPassphraseFields } from './parts.js';

export const name = 'setup';

export async function render(root, app, params = {}) {
  const error = h('div', { class: 'alert error', role: 'alert', id: 'setup-error' });
  const create = t('button', 'setup-create', { class: 'button', type: 'submit', id: 'setup-create', disabled: true });
  const passphrase = newPassphraseFields(create, error);

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      if (create.disabled) return;
      form.classList.add('busy');
      create.setAttribute('data-l10n-id', 'setup-creating');
      await translate(create);
      try {
        const { recoveryKey } = await api.sessionCreate(passphrase.value());
        passphrase.clear();
        await app.showRecoveryKey(recoveryKey);
      } catch (e) {
        form.classList.remove('busy');
        create.setAttribute('data-l10n-id', 'setup-create');
        await translate(create);
        error.textContent = e.message;
      }
    },
  },
    ...passphrase.elements, error,
    h('div', { class: 'row end' }, create),
  );

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    h('div', { class: 'row' }, brand(), h('div', { class: 'spacer' }), languageSwitch(app)),
    t('h1', 'setup-title'),
    params.setAsideAs ? t('p', 'setup-set-aside', { class: 'alert info', id: 'setup-set-aside' }, { file: params.setAsideAs }) : null,
    app.status.storeUnfinished ? t('p', 'setup-unfinished', { class: 'alert warning', id: 'setup-unfinished' }) : null,
    t('p', 'setup-intro', { class: 'lead' }),
    t('p', 'setup-warning', { class: 'alert info' }),
    form,
    t('p', 'setup-disk-encryption', { class: 'hint', id: 'setup-disk-encryption' }),
    h('p', { class: 'muted' }, t('span', 'setup-restore-intro'), ' ',
      t('button', 'setup-restore', { class: 'button link', type: 'button', id: 'setup-restore', onclick: () => app.showRestore() })),
  )));
}
