// First run: choose the passphrase (twice), see how strong it is, create the vault.

import * as api from '../api.js';
import { h, t, mount, field } from '../dom.js';
import { translate } from '../l10n.js';
import { languageSwitch, brand, passphraseMeter } from './parts.js';

export const name = 'setup';

export async function render(root, app, params = {}) {
  const pass = field({ id: 'new-passphrase', labelId: 'setup-passphrase', type: 'password', hintId: 'setup-passphrase-hint', attrs: { autocomplete: 'new-password', autofocus: true } });
  const again = field({ id: 'new-passphrase-again', labelId: 'setup-passphrase-again', type: 'password', attrs: { autocomplete: 'new-password' } });
  const meter = passphraseMeter(pass.input, { again: again.input });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'setup-error' });
  const create = t('button', 'setup-create', { class: 'button', type: 'submit', id: 'setup-create', disabled: true });

  const refresh = async () => {
    const strength = await meter.update();
    const same = pass.input.value === again.input.value;
    create.disabled = !(strength.acceptable && same);
    if (again.input.value && !same) {
      error.setAttribute('data-l10n-id', 'setup-mismatch');
      await translate(error);
    } else {
      error.textContent = '';
    }
  };
  pass.input.addEventListener('input', refresh);
  again.input.addEventListener('input', refresh);

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      if (create.disabled) return;
      form.classList.add('busy');
      create.setAttribute('data-l10n-id', 'setup-creating');
      await translate(create);
      try {
        const { recoveryKey } = await api.sessionCreate(pass.input.value);
        pass.input.value = '';
        again.input.value = '';
        await app.showRecoveryKey(recoveryKey);
      } catch (e) {
        form.classList.remove('busy');
        create.setAttribute('data-l10n-id', 'setup-create');
        await translate(create);
        error.textContent = e.message;
      }
    },
  },
    pass.wrap, meter.element, again.wrap, error,
    h('div', { class: 'row end' }, create),
  );

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    h('div', { class: 'row' }, brand(), h('div', { class: 'spacer' }), languageSwitch(app)),
    t('h1', 'setup-title'),
    params.setAsideAs ? t('p', 'setup-set-aside', { class: 'alert info', id: 'setup-set-aside' }, { file: params.setAsideAs }) : null,
    t('p', 'setup-intro', { class: 'lead' }),
    t('p', 'setup-warning', { class: 'alert info' }),
    form,
    t('p', 'setup-disk-encryption', { class: 'hint', id: 'setup-disk-encryption' }),
    h('p', { class: 'muted' }, t('span', 'setup-restore-intro'), ' ',
      t('button', 'setup-restore', { class: 'button link', type: 'button', id: 'setup-restore', onclick: () => app.showRestore() })),
  )));
}
