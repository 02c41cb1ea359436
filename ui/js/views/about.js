// About: what Passerelle is, its version, its data and its licence.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { format, translate } from '../l10n.js';

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
    keysSection(),
    await rulesSection(),
    reviewSheetSection(),
    h('section', { class: 'panel', 'aria-labelledby': 'about-data-title' },
      t('h2', 'about-data-title', { id: 'about-data-title' }),
      h('ul', { class: 'small', id: 'about-data' }, app.status.dataAttribution.map((line) => h('li', {}, line)))),
    h('section', { class: 'panel' },
      t('h2', 'about-licence-title'),
      t('p', 'about-licence'),
      t('p', 'about-passphrase-lists', { class: 'small muted' })));
}

// The shortcuts that work on every page. The quick lock (Shift three times) is what a worker
// needs when someone comes into the room: a tooltip alone did not teach it (review, 2026-12-06).
// One row per shortcut, its keys as the worker's keyboard labels them (« Maj », « Échap »).
const KEYS = ['quick-lock', 'reveal', 'lock', 'zoom', 'next', 'step', 'escape'];

function keysSection() {
  return h('section', { class: 'panel', 'aria-labelledby': 'about-keys-title' },
    t('h2', 'about-keys-title', { id: 'about-keys-title' }),
    h('dl', { class: 'answers', id: 'about-keys' }, KEYS.map((key) => h('div', { class: 'answer', 'data-keys': key },
      t('dt', `about-keys-${key}-keys`),
      t('dd', `about-keys-${key}`)))));
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
        ? await format('case-export-saved', { file: result.fileName ?? '', folder: result.folder ?? '' })
        : await format('case-export-cancelled');
    } catch (e) { error.textContent = e.message; }
    button.classList.remove('busy');
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'review-sheet-title' },
    t('h2', 'about-review-sheet-title', { id: 'review-sheet-title' }),
    t('p', 'about-review-sheet'),
    button, status, error);
}

// The rule pack in use, « Mettre à jour les règles… » (a signed file picked in the dialog) and
// « Revenir aux règles précédentes ».
async function rulesSection() {
  const info = await api.rulesShow();
  const status = h('p', { class: 'alert ok', role: 'status', id: 'rules-status' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'rules-error' });
  const act = (button, run) => button.addEventListener('click', async () => {
    status.textContent = '';
    error.textContent = '';
    button.classList.add('busy');
    try {
      const changed = await run();
      if (changed) {
        // Drawn again with the pack now in use (and the rollback it allows), the message kept.
        const fresh = await rulesSection();
        section.replaceWith(fresh);
        await translate(fresh);
        const said = fresh.querySelector('#rules-status');
        if (said) said.textContent = changed.message;
        return;
      }
    } catch (e) { error.textContent = e.message; }
    button.classList.remove('busy');
  });
  const update = t('button', 'about-rules-import', { type: 'button', class: 'button', id: 'rules-import' });
  act(update, api.rulesImport);
  const rollback = info.canRollBack
    ? t('button', 'about-rules-rollback', { type: 'button', class: 'button secondary', id: 'rules-rollback' })
    : null;
  if (rollback) act(rollback, api.rulesRollback);
  const section = h('section', { class: 'panel', 'aria-labelledby': 'rules-title', id: 'rules-section' },
    t('h2', 'about-rules-title', { id: 'rules-title' }),
    t('p', 'about-rules-version', { id: 'rules-version' }, { id: info.id, version: info.version }),
    h('p', { class: 'muted' }, info.origin, ' · ', info.lawAsOf),
    info.changes.length
      ? h('ul', { class: 'small' }, info.changes.map((n) => h('li', {}, n.summaryNotice ? `${n.summaryNotice} ` : '', h('span', { lang: n.summaryLang }, n.summary), ` (${n.articles})`, n.inForce ? ` — ${n.inForce}` : '')))
      : null,
    h('p', { class: 'small muted' }, info.stored),
    h('div', { class: 'row' }, update, rollback),
    status, error);
  return section;
}
