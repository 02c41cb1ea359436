// Retention: how long closed cases are kept, and the cases it proposes to erase (closed too long
// ago, or whose person withdrew her consent to keeping them). Nothing is erased without a click
// and a confirmation.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import { openConfirmation } from './vault-parts.js';

export async function render(main) {
  const [settings, rows] = await Promise.all([api.settingsGet(), api.retentionList()]);
  const confirmSlot = h('div');
  const notice = h('div', { class: 'alert info', role: 'status', id: 'retention-notice' });
  const refused = h('div', { class: 'alert error', role: 'alert', id: 'retention-error' });
  const rerender = async (messageId) => {
    await render(main);
    await translate(main);
    if (messageId) {
      const n = main.querySelector('#retention-notice');
      n.setAttribute('data-l10n-id', messageId);
      await translate(n);
    }
  };

  const months = h('input', { type: 'number', id: 'retention-months', min: 0, max: 120, step: 1, value: settings.retentionMonths ?? 24 });
  // `novalidate`: the range is said in words by Rust, not by the browser's bubble.
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        // An emptied field is no delay, not 0 months (which proposes every closed case for
        // erasure): sent out of range, as the settings' idle delay is, Rust refuses it in words.
        await api.settingsUpdate({ retentionMonths: months.value.trim() === '' ? -1 : Number(months.value) });
        await rerender('settings-saved');
      } catch (e) { refused.textContent = e.message; months.focus(); }
    },
  }, t('label', 'retention-months', { for: 'retention-months' }),
     h('div', { class: 'row' }, h('div', { class: 'narrow' }, months), t('button', 'action-save', { class: 'button', type: 'submit', id: 'retention-save' })),
     t('div', 'retention-months-hint', { class: 'hint muted' }), refused);

  const list = rows.length === 0
    ? t('p', 'retention-none', { class: 'empty', id: 'retention-none' })
    : h('table', { class: 'list', id: 'retention-table' },
      h('thead', {}, h('tr', {},
        t('th', 'cases-col-name', { scope: 'col' }), t('th', 'retention-col-reason', { scope: 'col' }), h('th', { scope: 'col' }))),
      h('tbody', {}, rows.map((r) => h('tr', { 'data-case-id': r.id },
        h('td', {}, h('a', { href: `#/case/${r.id}` }, r.displayName)),
        h('td', {}, r.reason === 'consent-withdrawn'
          ? t('span', 'retention-reason-consent')
          : t('span', 'retention-reason-closed', {}, { date: r.closedLabel || '' })),
        h('td', {}, t('button', 'case-delete', {
          class: 'button secondary', type: 'button',
          onclick: async () => {
            await openConfirmation(confirmSlot, {
              id: 'retention-delete', messageId: 'case-delete-confirm', args: { name: r.displayName },
              checkId: 'case-delete-check', buttonId: 'case-delete-final',
              onConfirm: async () => { await api.caseDelete(r.id); await rerender('retention-deleted'); },
            });
          },
        }))))));

  mount(main,
    t('h1', 'retention-title'),
    t('p', 'retention-intro', { class: 'muted' }),
    notice, confirmSlot,
    h('section', { class: 'panel' }, t('h2', 'retention-candidates-title'), list),
    h('section', { class: 'panel' }, t('h2', 'retention-setting-title'), form));
}
