// About: what Passerelle is, its version, its data and its licence.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { format } from '../l10n.js';

export async function render(main, app) {
  mount(main,
    t('h1', 'about-title'),
    h('section', { class: 'panel' },
      t('p', 'about-what'),
      t('p', 'about-offline'),
      t('p', 'about-version', { class: 'muted', id: 'about-version' }, { version: app.status.version })),
    h('section', { class: 'panel' },
      t('h2', 'about-security-title'),
      t('p', 'about-security')),
    reviewSheetSection(),
    h('section', { class: 'panel', 'aria-labelledby': 'about-data-title' },
      t('h2', 'about-data-title', { id: 'about-data-title' }),
      h('ul', { class: 'small', id: 'about-data' }, app.status.dataAttribution.map((line) => h('li', {}, line)))),
    h('section', { class: 'panel' },
      t('h2', 'about-licence-title'),
      t('p', 'about-licence'),
      t('p', 'about-passphrase-lists', { class: 'small muted' })));
}

// The rule pack's review sheet: every rule with its article and tag, for a jurist to tick and sign.
function reviewSheetSection() {
  const status = h('p', { class: 'alert ok', role: 'status', id: 'review-sheet-status' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'review-sheet-error' });
  const button = t('button', 'about-review-sheet-button', { type: 'button', class: 'button secondary', id: 'review-sheet-export' });
  button.addEventListener('click', async () => {
    status.textContent = '';
    error.textContent = '';
    button.classList.add('busy');
    try {
      const result = await api.reviewSheetExport();
      status.textContent = result.saved
        ? await format('case-export-saved', { file: result.fileName ?? '' })
        : await format('case-export-cancelled');
    } catch (e) { error.textContent = e.message; }
    button.classList.remove('busy');
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'review-sheet-title' },
    t('h2', 'about-review-sheet-title', { id: 'review-sheet-title' }),
    t('p', 'about-review-sheet'),
    button, status, error);
}
