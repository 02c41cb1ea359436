// A database without its key file (issue 13): the first screen says so instead of offering to
// create a store (which used to delete the database). Put the key file back and check again, or,
// only after ticking the box, move the database aside — renamed, never deleted — to create a new
// store or restore a backup.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import { brand, languageSwitch } from './parts.js';

export const name = 'missing-keys';

export async function render(root, app) {
  const error = h('div', { class: 'alert error', role: 'alert', id: 'missing-keys-error' });
  const consent = h('input', { type: 'checkbox', id: 'missing-keys-consent' });
  const setAside = t('button', 'missing-keys-set-aside', { class: 'button danger', type: 'button', id: 'missing-keys-set-aside', disabled: true });
  consent.addEventListener('change', () => { setAside.disabled = !consent.checked; });
  setAside.addEventListener('click', async () => {
    if (!consent.checked) return;
    setAside.disabled = true;
    error.textContent = '';
    try {
      const setAsideAs = await api.sessionSetAsideDatabase();
      await app.start({ setAsideAs });
    } catch (e) {
      error.textContent = e.message;
      setAside.disabled = !consent.checked;
    }
  });
  const retry = t('button', 'missing-keys-retry', { class: 'button', type: 'button', id: 'missing-keys-retry' });
  retry.addEventListener('click', async () => {
    error.textContent = '';
    let status;
    try { status = await api.appStatus(); } catch (e) { error.textContent = e.message; return; }
    if (status.keyFileMissing) {
      error.setAttribute('data-l10n-id', 'missing-keys-still-missing');
      await translate(error);
      return;
    }
    await app.start();
  });

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    h('div', { class: 'row' }, brand(), h('div', { class: 'spacer' }), languageSwitch(app)),
    t('h1', 'missing-keys-title'),
    t('p', 'missing-keys-message', { class: 'alert warning', id: 'missing-keys-message' }),
    t('p', 'missing-keys-explain', { class: 'lead' }),
    t('p', 'missing-keys-put-back'),
    h('div', { class: 'row end' }, retry),
    t('h2', 'missing-keys-other-title'),
    t('p', 'missing-keys-other'),
    h('p', { class: 'check' }, consent, ' ', t('label', 'missing-keys-consent', { for: 'missing-keys-consent' })),
    error,
    h('div', { class: 'row end' }, setAside),
  )));
}
