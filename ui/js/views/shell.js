// The unlocked app: top bar (navigation, lock button) and the current page.

import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import * as api from '../api.js';
import * as cases from './cases.js';
import * as settings from './settings.js';
import * as about from './about.js';
import * as retention from './retention.js';
import * as backup from './backup.js';
import * as team from './team.js';
import * as audit from './audit.js';
import * as caseView from './case.js';

const pages = { cases, retention, backup, team, audit, settings, about };
// Routes without a nav entry: `#/case/<id>` (highlights "cases").
const hidden = { case: caseView };
const navOf = { case: 'cases' };

function pageFromHash() {
  const name = (location.hash || '#/cases').replace(/^#\//, '').split('/')[0];
  return pages[name] || hidden[name] ? name : 'cases';
}

function paramFromHash() {
  return decodeURIComponent((location.hash || '').replace(/^#\//, '').split('/')[1] || '');
}

/** A reminder under the top bar when the last verified backup is too old (or there is none). */
async function backupReminder(slot) {
  try {
    const s = await api.backupStatus();
    slot.replaceChildren();
    if (s.due) {
      slot.append(h('div', { class: 'alert info reminder', id: 'backup-reminder' },
        t('span', s.last ? 'backup-due' : 'backup-due-never', {}, { days: String(s.reminderDays) }), ' ',
        t('a', 'backup-reminder-link', { href: '#/backup' })));
      await translate(slot);
    }
  } catch { /* the reminder is a courtesy: never block the app on it */ }
}

let onHash = null;
let onBackup = null;

export const name = 'app';

export async function render(root, app) {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const links = Object.keys(pages).map((name) =>
    t('a', `nav-${name}`, { href: `#/${name}`, id: `nav-${name}` }));
  const lock = h('button', { class: 'button', id: 'lock', type: 'button', onclick: () => app.lock() },
    t('span', 'lock-button'), h('span', { class: 'kbd', 'aria-hidden': 'true' }, 'Ctrl+L'));
  const hide = h('button', {
    class: 'button', id: 'quick-lock', type: 'button', 'data-l10n-id': 'quick-lock-button',
    'data-l10n-attrs': 'title', onclick: () => app.quickLock(),
  });
  const reminder = h('div', { id: 'reminder-slot' });

  mount(root, h('div', { class: 'shell' },
    h('header', { class: 'topbar' },
      h('div', { class: 'name' }, h('img', { src: 'img/logo.svg', alt: '' }), 'Passerelle'),
      h('nav', { 'aria-label': 'Navigation' }, links),
      h('div', { class: 'spacer' }),
      hide,
      lock),
    reminder,
    main));

  const show = async () => {
    const name = pageFromHash();
    for (const a of links) a.removeAttribute('aria-current');
    root.querySelector(`#nav-${navOf[name] || name}`).setAttribute('aria-current', 'page');
    await (pages[name] || hidden[name]).render(main, app, paramFromHash());
    await translate(main);
    main.querySelector('[autofocus]')?.focus();
    document.body.dataset.page = name;
  };
  onHash = () => { show(); };
  window.addEventListener('hashchange', onHash);
  await show();
  await backupReminder(reminder);
  onBackup = () => { backupReminder(reminder); };
  document.addEventListener('backup-changed', onBackup);
}

export function unmount() {
  if (onHash) window.removeEventListener('hashchange', onHash);
  onHash = null;
  if (onBackup) document.removeEventListener('backup-changed', onBackup);
  onBackup = null;
}
