// The case list: search by name, other name, reference or phone, sort, each case with its next
// deadline and the stage of its criminal proceedings, a page at a time (a few hundred DOM nodes
// whatever the number of cases), with how many cases match; a new case opens the interview at once.

import * as api from '../api.js';
import { h, t, mount, field, markFieldAtFault, clearFieldMarks, nothingTyped } from '../dom.js';
import { translate } from '../l10n.js';
import { importPanel } from './handover.js';

const SORTS = ['name', 'next-deadline', 'updated'];
let lastSort = 'name';
/**
 * The page of the whole list last shown (its first row), kept for the session: a case opened from
 * page 2, then Back, came back to page 1 (UI review, 2026-12-05). Not for a search, which the
 * list does not keep either.
 */
let lastOffset = 0;
/**
 * The search and the page shown, for the list drawn again in place (« Initiales seulement »), which
 * cleared what was typed (UI review). Only then: a search is not kept once the worker leaves.
 */
let shownSearch = '';
let shownOffset = 0;
/** A message the list shows once, where the worker lands after erasing a case. */
let pendingNotice = '';

/** The list, next shown, says that the case was deleted. */
export function announceDeleted() {
  pendingNotice = 'case-deleted';
}

/**
 * @param {HTMLElement} main @param {any} [app]
 * @param {{ redraw?: boolean, query?: URLSearchParams }} [params] `?new=1`: the new-case form
 *   opens at once (the dashboard's « Ouvrir un premier dossier »)
 */
export async function render(main, app, { redraw = false, query } = {}) {
  const search = /** @type {HTMLInputElement} */ (h('input', {
    type: 'search', id: 'case-search', 'data-l10n-id': 'cases-search', 'data-l10n-attrs': 'placeholder,aria-label',
    autofocus: true, autocomplete: 'off',
  }));
  if (redraw) search.value = shownSearch;
  const sort = h('select', { id: 'case-sort' }, SORTS.map((s) => t('option', `cases-sort-${s}`, { value: s })));
  sort.value = lastSort;
  const table = h('div', { id: 'case-table' });
  const formSlot = h('div');
  const add = t('button', 'cases-new', { class: 'button', id: 'case-new', type: 'button' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'cases-error' });
  const showError = (e) => { error.textContent = e.message; };
  const notice = pendingNotice ? t('div', pendingNotice, { class: 'alert info', role: 'status', id: 'cases-notice' }) : null;
  pendingNotice = '';

  const count = h('p', { class: 'muted', id: 'case-count', 'aria-live': 'polite' });
  const pager = h('div', { class: 'row end', id: 'case-pager' });
  let offset = redraw ? shownOffset : lastOffset;

  const refresh = async () => {
    const page = await api.caseList(search.value.trim(), sort.value, offset);
    offset = page.offset;
    if (!search.value.trim()) lastOffset = offset;
    shownSearch = search.value;
    shownOffset = offset;
    const rows = page.rows;
    // Built and translated aside, then shown at once: the count is a live region, read out whole
    // (and a search that finds nothing says so there too, not only in the table).
    let counted;
    let listed;
    if (rows.length === 0) {
      counted = search.value.trim() ? t('span', 'cases-none-found', { class: 'visually-hidden' }) : null;
      listed = t('p', search.value.trim() ? 'cases-none-found' : 'cases-empty', { class: 'empty' });
    } else {
      counted = t('span', 'cases-count', {}, {
        total: String(page.total), from: String(offset + 1), to: String(offset + rows.length),
      });
      listed = h('table', { class: 'list' },
        h('thead', {}, h('tr', {},
          t('th', 'cases-col-name', { scope: 'col' }),
          t('th', 'cases-col-next', { scope: 'col' }),
          t('th', 'cases-col-stage', { scope: 'col' }),
          t('th', 'cases-col-updated', { scope: 'col' }))),
        h('tbody', {}, rows.map((row) => h('tr', { 'data-case-id': row.id },
          h('td', { class: 'case-name' }, h('a', { href: `#/case/${row.id}` }, row.displayName),
            row.overdue ? [' ', t('span', 'cases-overdue', { class: 'badge danger' })] : null),
          h('td', {}, row.nextDeadline
            ? [h('span', {}, row.nextDeadline.label), ' ', h('span', { class: 'when soon' }, row.nextDeadline.relative)]
            : t('span', 'cases-no-deadline', { class: 'muted' })),
          h('td', { class: 'case-stage' }, row.stageLabel || ''),
          h('td', { class: 'muted' }, row.closedLabel || row.updatedLabel)))));
    }
    const turn = (id, to, enabled) => t('button', id, {
      class: 'button secondary', type: 'button', id, disabled: !enabled,
      onclick: () => {
        offset = to;
        refresh().then(() => {
          table.querySelector('a')?.focus();
          // The new page from its top, « Dossiers 51 à 55 » above it: focusing its first case
          // alone left the window where the button was, the count above it (UI review).
          window.scrollBy(0, count.getBoundingClientRect().top - 16);
        }).catch(showError);
      },
    });
    const turns = page.total > page.pageSize
      ? [turn('cases-previous', Math.max(0, offset - page.pageSize), offset > 0),
        turn('cases-next', offset + page.pageSize, offset + page.pageSize < page.total)]
      : [];
    await translate(listed, ...(counted ? [counted] : []), ...turns);
    mount(table, listed);
    mount(count, counted);
    mount(pager, turns);
  };

  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { offset = 0; refresh().catch(showError); }, 150);
  });
  sort.addEventListener('change', () => { lastSort = sort.value; offset = 0; refresh().catch(showError); });

  const openForm = async () => {
    // `data-field`: the code of the field an error names (markFieldAtFault); a name missing is
    // the family name's first.
    const family = field({ id: 'family-name', labelId: 'case-family-name', attrs: { autocomplete: 'off', 'data-field': 'case-name' } });
    const given = field({ id: 'given-names', labelId: 'case-given-names', attrs: { autocomplete: 'off' } });
    const close = () => { mount(formSlot); add.disabled = false; add.focus(); };
    // A case with the same name (accents, case, transliteration aside) is shown before a second
    // one is opened: the worker opens it, or says that this is someone else.
    const namesakes = h('div', { id: 'case-namesakes' });
    const submit = t('button', 'case-new-start', { class: 'button', type: 'submit', id: 'case-save' });
    let checked = '';
    const typed = () => `${family.input.value.trim()}\u0000${given.input.value.trim()}`;
    const form = h('form', {
      class: 'panel', id: 'case-form',
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        clearFieldMarks(error);
        try {
          if (checked !== typed()) {
            const found = await api.caseNamesakes(family.input.value, given.input.value);
            checked = typed();
            if (found.length) {
              // Translated before it is shown: the alert is read out whole, the moment it appears.
              const box = h('div', { class: 'alert warning', role: 'alert' },
                t('p', 'case-namesakes', {}, { count: String(found.length) }),
                h('ul', { class: 'namesakes' }, found.map((n) => h('li', { 'data-namesake': n.id },
                  h('a', { href: `#/case/${n.id}` }, n.displayName),
                  n.facts.length ? [' — ', n.facts.join(' · ')] : null,
                  h('div', { class: 'muted small' }, t('span', n.closedLabel ? 'case-namesake-closed' : 'case-namesake-dates', {}, {
                    created: n.createdLabel, updated: n.updatedLabel, closed: n.closedLabel || '',
                  }))))),
                t('p', 'case-namesakes-hint', { class: 'small' }));
              submit.setAttribute('data-l10n-id', 'case-new-start-anyway');
              await translate(box, submit);
              mount(namesakes, box);
              namesakes.querySelector('a')?.focus();
              return;
            }
          }
          const id = await api.caseCreate(family.input.value, given.input.value);
          // The interview starts with her consent (the notice, then her choices).
          location.hash = `#/case/${id}/interview/consent`;
        } catch (e) { showError(e); markFieldAtFault(form, error, e); }
      },
    },
      t('h2', 'case-new-title'),
      t('p', 'case-new-intro', { class: 'muted' }),
      h('div', { class: 'grid-2' }, family.wrap, given.wrap),
      namesakes,
      h('div', { class: 'row end' },
        t('button', 'action-cancel', { class: 'button secondary', type: 'button', onclick: close }),
        submit));
    // A changed name is checked again.
    form.addEventListener('input', () => {
      if (checked && checked !== typed()) {
        checked = '';
        mount(namesakes);
        submit.setAttribute('data-l10n-id', 'case-new-start');
        translate(submit).catch(showError);
      }
    });
    // Escape closes it only empty: a name typed stays (one key must not throw it away).
    form.addEventListener('keydown', (e) => { if (e.key === 'Escape' && nothingTyped(form)) close(); });
    add.disabled = true;
    mount(formSlot, form);
    await translate(form);
    // Not if the worker is already typing in the form (its texts come after it is shown).
    if (!form.contains(document.activeElement)) family.input.focus();
  };
  add.addEventListener('click', openForm);

  mount(main,
    h('div', { class: 'row' }, t('h1', 'cases-title'), h('div', { class: 'spacer' }), importPanel().button, add),
    error,
    notice,
    formSlot,
    h('div', { class: 'panel' },
      h('div', { class: 'toolbar' },
        h('div', { class: 'search' }, search),
        h('div', { class: 'field-inline' }, t('label', 'cases-sort', { for: 'case-sort' }), sort)),
      count,
      table,
      pager));
  await refresh().catch(showError);
  // From the dashboard's « Ouvrir un premier dossier »: the form, not a list to look through
  // for its button (security check, 2026-12-06: one click more, on an empty list).
  if (query?.get('new') === '1' && !redraw) {
    await openForm();
    return () => document.getElementById('family-name')?.focus();
  }
  return undefined;
}
