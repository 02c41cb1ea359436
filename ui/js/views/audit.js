// The audit log: who did what and when, newest first; whether its chain is intact; export.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';

function actor(entry) {
  const a = entry.actor;
  if (a.label) return h('span', {}, a.label);
  if (a.kind === 'recovery') return t('span', 'team-recovery-key');
  if (a.kind === 'passphrase') return t('span', 'team-creator');
  return t('span', 'audit-actor-unknown', { class: 'muted' });
}

function details(entry) {
  // Counts, dates and kinds only: the log never holds case content.
  return Object.entries(entry.detail || {})
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}

export async function render(main) {
  const chain = h('div', { id: 'audit-chain' });
  const tbody = h('tbody');
  const more = t('button', 'audit-more', { class: 'button secondary', type: 'button', id: 'audit-more', hidden: true });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'audit-error' });
  const exported = h('div', { class: 'alert info', role: 'status', id: 'audit-exported' });
  let oldest = null;

  const load = async () => {
    const page = await api.auditList(oldest);
    const c = page.chain;
    mount(chain, c.status === 'intact'
      ? t('div', 'audit-chain-intact', { class: 'alert info' }, { entries: String(c.entries), head: c.head.slice(0, 16) })
      : t('div', 'audit-chain-broken', { class: 'alert error' }, { seq: String(c.seq) }));
    const rows = page.entries.map((e) => h('tr', { 'data-seq': String(e.seq), 'data-action': e.action },
      h('td', { class: 'muted' }, String(e.seq)),
      h('td', {}, e.atLabel),
      h('td', {}, actor(e)),
      h('td', {}, t('span', `audit-action-${e.action}`)),
      h('td', { class: 'muted mono' }, e.caseId ? e.caseId.slice(0, 8) : ''),
      h('td', { class: 'muted' }, details(e))));
    tbody.append(...rows);
    if (page.entries.length) oldest = page.entries[page.entries.length - 1].seq;
    more.hidden = page.entries.length < 100 || oldest <= 1;
    await translate(chain, ...rows);
  };
  more.addEventListener('click', () => load().catch((e) => { error.textContent = e.message; }));

  const exportButton = t('button', 'audit-export', {
    class: 'button', type: 'button', id: 'audit-export',
    onclick: async () => {
      error.textContent = '';
      exported.textContent = '';
      try {
        if (await api.auditExport()) {
          exported.setAttribute('data-l10n-id', 'audit-exported');
          await translate(exported);
        }
      } catch (e) { error.textContent = e.message; }
    },
  });

  mount(main,
    h('div', { class: 'row' }, t('h1', 'audit-title'), h('div', { class: 'spacer' }), exportButton),
    t('p', 'audit-intro', { class: 'muted' }),
    error, exported, chain,
    h('section', { class: 'panel' },
      h('table', { class: 'list', id: 'audit-table' },
        h('thead', {}, h('tr', {},
          t('th', 'audit-col-seq', { scope: 'col' }), t('th', 'audit-col-when', { scope: 'col' }),
          t('th', 'audit-col-who', { scope: 'col' }), t('th', 'audit-col-what', { scope: 'col' }),
          t('th', 'audit-col-case', { scope: 'col' }), t('th', 'audit-col-detail', { scope: 'col' }))),
        tbody),
      h('div', { class: 'row end' }, more)));
  await load();
}
