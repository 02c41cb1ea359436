// What a change of rule pack changed for open cases: on the dashboard (every case concerned) and
// on the case page (its own), each with the changes worded by Rust, the articles, the pack's own
// notes, and a button to mark it seen.

import * as api from '../api.js';
import { h, t } from '../dom.js';

/**
 * One case's notice. `withName`: the dashboard links to the case. `onSeen` gets the notice's
 * element once it is marked seen. `buttonId`: the button's id, on one notice of a page at most.
 * @param {import('ipc').CaseNotice} n @param {boolean} withName
 * @param {(item: HTMLElement) => void} onSeen @param {string | null} [buttonId]
 */
export function notice(n, withName, onSeen, buttonId = null) {
  const error = h('div', { class: 'alert error', role: 'alert' });
  const seen = t('button', 'rules-mark-seen', { type: 'button', class: 'button secondary', 'data-case-id': n.caseId, id: buttonId });
  seen.addEventListener('click', async () => {
    error.textContent = '';
    try {
      await api.rulesMarkSeen(n.caseId, n.toVersion);
      onSeen(item);
    } catch (e) { error.textContent = e.message; }
  });
  const item = h('li', { class: 'rule-change', 'data-case-id': n.caseId },
    withName ? h('a', { href: `#/case/${n.caseId}`, class: 'case-name' }, n.displayName) : null,
    h('p', { class: 'what' }, n.title),
    h('ul', { class: 'small' }, n.lines.map((l) => h('li', {}, l))),
    h('p', { class: 'small rule-articles' }, n.articles),
    n.notes.length
      ? h('div', { class: 'small' }, t('p', 'rules-notes-heading', { class: 'muted' }),
        h('ul', {}, n.notes.map((note) => h('li', {}, note.summaryNotice ? `${note.summaryNotice} ` : '', h('span', { lang: note.summaryLang }, note.summary), ` (${note.articles})`, note.inForce ? ` — ${note.inForce}` : ''))))
      : null,
    seen, error);
  return item;
}
