// The audit log: who did what and when, newest first, worded by Rust (names or initials of the
// cases, with a link to each); a filter by case, person, kind and days; whether its chain is
// intact; export (complete, with ids: it is for auditors).

import * as api from '../api.js';
import { h, t, mount, reveal, markFieldAtFault, clearFieldMarks } from '../dom.js';
import { translate } from '../l10n.js';

/** A labelled select of `choices` ({id, label}), « Tous » first. */
function choiceField(id, labelId, choices) {
  const select = h('select', { id },
    t('option', 'audit-filter-all', { value: '' }),
    choices.map((c) => h('option', { value: c.id }, c.label)));
  return { select, field: h('div', { class: 'field' }, t('label', labelId, { for: id }), select) };
}

function dayField(id, labelId) {
  const input = h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 10 });
  return { input, field: h('div', { class: 'field' }, t('label', labelId, { for: id }), input) };
}

function caseCell(line) {
  if (!line.case) return '';
  return line.case.id
    ? h('a', { href: `#/case/${line.case.id}`, class: 'audit-case' }, line.case.name)
    : h('span', { class: 'muted' }, line.case.name);
}

export async function render(main) {
  const chain = h('div', { id: 'audit-chain' });
  const tbody = h('tbody');
  const none = t('p', 'audit-none', { class: 'muted', id: 'audit-none', hidden: true });
  const more = t('button', 'audit-more', { class: 'button secondary', type: 'button', id: 'audit-more', hidden: true });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'audit-error' });
  const exported = h('div', { class: 'alert info', role: 'status', id: 'audit-exported' });
  const filterBox = h('div', { class: 'row', id: 'audit-filter' });
  let oldest = null;
  let filter = {};
  let fields = null;

  const buildFilter = async (choices) => {
    const kase = choiceField('audit-filter-case', 'audit-filter-case', choices.cases);
    const person = choiceField('audit-filter-person', 'audit-filter-person', choices.people);
    const action = choiceField('audit-filter-action', 'audit-filter-action', choices.actions);
    const from = dayField('audit-filter-from', 'audit-filter-from');
    const to = dayField('audit-filter-to', 'audit-filter-to');
    fields = { kase, person, action, from, to };
    // The code of the field an error names (markFieldAtFault).
    from.input.dataset.field = 'audit-from';
    to.input.dataset.field = 'audit-to';
    const apply = t('button', 'audit-filter-apply', { class: 'button', type: 'submit', id: 'audit-filter-apply' });
    const clear = t('button', 'audit-filter-clear', {
      class: 'button secondary', type: 'button', id: 'audit-filter-clear',
      onclick: () => {
        for (const f of [kase.select, person.select, action.select, from.input, to.input]) f.value = '';
        run({}).catch(show);
      },
    });
    const form = h('form', {
      class: 'row', 'aria-labelledby': 'audit-filter-title',
      onsubmit: (e) => {
        e.preventDefault();
        run({
          caseId: kase.select.value || null, actor: person.select.value || null,
          action: action.select.value || null, from: from.input.value, to: to.input.value,
        }).catch(show);
      },
    }, kase.field, person.field, action.field, from.field, to.field, h('div', { class: 'row end' }, apply, clear));
    mount(filterBox, t('h2', 'audit-filter', { id: 'audit-filter-title', class: 'visually-hidden' }), form);
    await translate(filterBox);
  };

  const load = async () => {
    const page = await api.auditList({ ...filter, before: oldest });
    if (!fields) await buildFilter(page.choices);
    const c = page.chain;
    mount(chain, c.status === 'intact'
      ? t('div', 'audit-chain-intact', { class: 'alert info' }, { entries: String(c.entries), head: c.head.slice(0, 16) })
      : t('div', 'audit-chain-broken', { class: 'alert error' }, { seq: String(c.seq) }));
    const rows = page.entries.map((e) => h('tr', { 'data-seq': String(e.seq), 'data-action': e.action },
      h('td', { class: 'muted' }, String(e.seq)),
      h('td', {}, e.atLabel),
      h('td', {}, e.who),
      h('td', {}, e.what),
      h('td', {}, caseCell(e)),
      h('td', { class: 'muted' }, e.detail)));
    tbody.append(...rows);
    if (page.entries.length) oldest = page.entries[page.entries.length - 1].seq;
    more.hidden = !page.more;
    none.hidden = tbody.children.length > 0;
    await translate(chain);
  };
  const run = async (next) => {
    error.textContent = '';
    clearFieldMarks(error);
    filter = next;
    oldest = null;
    tbody.replaceChildren();
    // Nothing of the page before stays beside an error (UI review, 2026-12-05: « Entrées plus
    // anciennes » under an empty table).
    more.hidden = true;
    none.hidden = true;
    await load();
  };
  const show = (e) => { error.textContent = e.message; reveal(error); markFieldAtFault(filterBox, error, e); };
  more.addEventListener('click', () => load().catch(show));

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
      } catch (e) { show(e); }
    },
  });

  mount(main,
    h('div', { class: 'row' }, t('h1', 'audit-title'), h('div', { class: 'spacer' }), exportButton),
    t('p', 'audit-intro', { class: 'muted' }),
    error, exported, chain, filterBox,
    h('section', { class: 'panel' },
      h('table', { class: 'list', id: 'audit-table' },
        h('thead', {}, h('tr', {},
          t('th', 'audit-col-seq', { scope: 'col' }), t('th', 'audit-col-when', { scope: 'col' }),
          t('th', 'audit-col-who', { scope: 'col' }), t('th', 'audit-col-what', { scope: 'col' }),
          t('th', 'audit-col-case', { scope: 'col' }), t('th', 'audit-col-detail', { scope: 'col' }))),
        tbody),
      none,
      h('div', { class: 'row end' }, more)));
  // A page that cannot be read says why, above a table with its headings (the page's words are
  // put in once this returns): never an empty screen.
  await load().catch(show);
}
