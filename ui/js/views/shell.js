// The unlocked app: top bar (skip link, navigation, hide-names switch, quick lock, lock), the
// backup reminder, and the current page.
//
// Routes (hash):
//   #/dashboard                            deadlines and appointments across cases (the landing page)
//   #/cases                                the case list
//   #/case/ID[/checklist|/followup|/file]  the page of a case (file: status, consent, hand-over, erasure)
//   #/case/ID/interview/STEP               the interview (?focus=QUESTION&from=review)
//   #/case/ID/review                       every answer, before any document
//   #/report                               the association's activity report
//   #/retention, #/backup, #/team, #/audit, #/settings, #/about
// A page may export beforeLeave(): leaving is refused (the hash is put back) when it answers false.

import * as api from '../api.js';
import { h, t, mount, focusVisible } from '../dom.js';
import { translate, errorText } from '../l10n.js';
import { logo } from './parts.js';
import * as dashboard from './dashboard.js';
import * as cases from './cases.js';
import * as casePage from './case.js';
import * as interview from './interview.js';
import * as review from './review.js';
import * as settings from './settings.js';
import * as about from './about.js';
import * as retention from './retention.js';
import * as backup from './backup.js';
import * as team from './team.js';
import * as audit from './audit.js';
import * as report from './report.js';

// The activity report is once a year: it opens from the dashboard, not from a ninth link that
// would push the others out of the bar on a 13-inch screen.
const navPages = ['dashboard', 'cases', 'retention', 'backup', 'team', 'audit', 'settings', 'about'];

/** The route of a hash: { name, view, params }. */
function route(hash) {
  const [path, search = ''] = (hash || '').replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  if (parts[0] === 'case' && parts[1]) {
    const caseId = parts[1];
    if (parts[2] === 'interview') return { name: 'interview', nav: 'cases', view: interview, params: { caseId, step: parts[3] || null, query } };
    if (parts[2] === 'review') return { name: 'review', nav: 'cases', view: review, params: { caseId, query } };
    return { name: 'case', nav: 'cases', view: casePage, params: { caseId, section: parts[2] || 'assessment', query } };
  }
  const pages = { dashboard, cases, report, retention, backup, team, audit, settings, about };
  const name = pages[parts[0]] ? parts[0] : 'dashboard';
  return { name, nav: name === 'report' ? 'dashboard' : name, view: pages[name], params: { query } };
}

/** Until the app is locked: the worker closed the backup reminder (it comes back at the next unlock). */
let reminderClosed = false;

/**
 * A reminder under the top bar when the last verified backup is too old (or there is none), with
 * a button that closes it until the next unlock. In a small window or at a large text size it is
 * one short line (« Aucune sauvegarde. Faire une sauvegarde ✕ »), its whole sentence still read
 * by screen readers: at 200 % on a 1024×600 laptop the bar and the reminder's four lines filled
 * the window, and no question showed until it was closed (UI review). It is drawn once the page
 * is there: the page does not move under the worker when it comes (`steady`).
 */
async function backupReminder(slot) {
  try {
    const s = await api.backupStatus();
    const days = { days: String(s.reminderDays) };
    const box = s.due && !reminderClosed
      ? notice(slot, {
        id: 'backup-reminder', tone: 'info', href: '#/backup',
        text: s.last ? t('span', 'backup-due', {}, days) : t('span', 'backup-due-never'),
        short: s.last ? t('span', 'backup-due-short') : t('span', 'backup-due-never-short'),
        onClose: () => { reminderClosed = true; },
      })
      : null;
    // Translated before it is shown: its height is then its own, and nothing is read half-worded.
    if (box) await translate(box);
    if (!box && slot.childElementCount === 0) return;
    steady(() => slot.replaceChildren(...(box ? [box] : [])));
  } catch { /* the reminder is a courtesy: never block the app on it */ }
}

/** @param {Element} el */
function inView(el) {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
}

/**
 * Runs `change` (something above the page shown or taken away) without moving the page under the
 * worker: when the window was scrolled into the page, or when the control she is on would leave
 * the window, the page stays where it was on screen (what came scrolls with the page above it).
 * The reminder is drawn after the page (its status is asked once the page is shown): coming
 * above an answer the keyboard was just put on, it could push that answer below the window's edge.
 * @param {() => void} change
 */
function steady(change) {
  const main = document.getElementById('main');
  if (!main) { change(); return; }
  const there = document.activeElement;
  const on = there instanceof HTMLElement && there !== main && main.contains(there) ? there : null;
  const scrolled = window.scrollY > 0;
  const seen = on !== null && inView(on);
  const top = main.getBoundingClientRect().top;
  change();
  const moved = main.getBoundingClientRect().top - top;
  if (moved !== 0 && (scrolled || (seen && on !== null && !inView(on)))) window.scrollBy(0, moved);
}

/**
 * The background recomputation of the case index (after an upgrade or a restore of an older
 * backup), while it runs: the lists show the previous rows meanwhile.
 */
function indexProgress(slot) {
  // Each line is translated before it is shown (the slot is a live region, read out whole); a
  // line whose translation comes back after a later event is dropped, so that the last word,
  // the end of the work, is never overwritten by an older count.
  let latest = 0;
  return api.onIndexProgress(async ({ done, total }) => {
    const seq = ++latest;
    if (done >= total) { slot.replaceChildren(); return; }
    const line = t('div', 'index-progress', { class: 'alert info', id: 'index-progress' },
      { done: String(done), total: String(total) });
    await translate(line);
    if (seq === latest) slot.replaceChildren(line);
  });
}

/**
 * The key file this session's unlock put back from its last good copy (missing, damaged or
 * changed outside Passerelle): said on every page until closed, since someone may have tried to
 * reach the vault (review, 2026-12-06: only the log knew).
 * @param {HTMLElement} slot
 * @param {import('ipc').KeyFileRestored | null} was
 */
function keyFileNotice(slot, was) {
  // Closed, it stays closed for the session (a language change draws the shell again); the
  // next session's unlock says it anew if it had to put the copy back again.
  if (!was) keyFileNoticeClosed = false;
  if (!was || keyFileNoticeClosed) return;
  slot.append(notice(slot, {
    id: 'key-file-restored', tone: 'warning', role: 'alert', href: '#/audit',
    text: t('span', 'key-file-restored', {}, { was }),
    onClose: () => { keyFileNoticeClosed = true; },
  }));
}

/**
 * A notice under the top bar, for `slot`: its text, a link (to `href`) and a button that closes
 * it (`<id>-dismiss`, which is also its element's id), the keyboard then on the page. With
 * `short`, a small window or a large text size shows those few words in place of the text, and
 * the button shows « ✕ » (its name is still « Fermer ce rappel »): one line (components.css);
 * screen readers read the whole text either way.
 * @param {HTMLElement} slot
 * @param {{ id: string, tone: string, role?: string, href: string, text: HTMLElement, short?: HTMLElement, onClose: () => void }} what
 */
function notice(slot, { id, tone, role, href, text, short, onClose }) {
  const close = h('button', {
    type: 'button', class: 'button link small', id: `${id}-dismiss`,
    onclick: () => { onClose(); slot.replaceChildren(); document.getElementById('main')?.focus(); },
  }, t('span', `${id}-dismiss`, { class: 'reminder-close-text' }), h('span', { class: 'reminder-close-icon', 'aria-hidden': 'true' }, '✕'));
  text.classList.add('reminder-long');
  short?.classList.add('reminder-short');
  short?.setAttribute('aria-hidden', 'true');
  return h('div', { class: `alert ${tone} reminder${short ? ' compact' : ''}`, id, role },
    h('span', { class: 'reminder-text' }, text, short ?? null, ' ', t('a', `${id}-link`, { href })),
    close);
}
let keyFileNoticeClosed = false;

/**
 * The page's own heading, focusable by script only: after a page change a screen reader says
 * « Sauvegarde, titre 1 » where it read out the whole page (review, 2026-12-06). Tab goes on from
 * the heading; what stands above it (a link back) is one Shift+Tab away.
 * @param {HTMLElement} main
 */
function pageHeading(main) {
  const heading = /** @type {HTMLElement | null} */ (main.querySelector('h1'));
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

let onHash = null;
let onBackup = null;
let offIndex = null;
let current = null;
let shown = '';

export const name = 'app';

export async function render(root, app) {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const skip = t('a', 'skip-to-content', { class: 'skip-link', href: '#main', id: 'skip-link' });
  // The hash belongs to the router: the skip link moves the focus without touching it, to the
  // page's first answer when it has questions (the interview), else to the page.
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    const first = main.querySelector('#questions .q :is(input, textarea, select, button.opt)');
    focusVisible(first || main);
  });
  const links = navPages.map((page) => t('a', `nav-${page}`, { href: `#/${page}`, id: `nav-${page}` }));
  // In a narrow window (200 % on a 1024×600 laptop leaves 512 CSS pixels) the pages fold behind
  // « Menu », the current one still shown: spread over six lines, the bar took 420 of 600 pixels
  // before any content (UI review, 2026-12-06). Wide, the button is not shown and nothing folds.
  const menu = h('button', {
    class: 'button ghost nav-toggle', id: 'nav-toggle', type: 'button',
    'aria-expanded': 'false', 'aria-controls': 'site-nav',
  }, t('span', 'nav-menu'));
  const fold = (/** @type {boolean} */ open) => {
    nav.classList.toggle('open', open);
    nav.parentElement?.classList.toggle('nav-open', open);
    menu.setAttribute('aria-expanded', String(open));
  };
  menu.addEventListener('click', () => {
    const open = menu.getAttribute('aria-expanded') !== 'true';
    fold(open);
    if (open) /** @type {HTMLElement | undefined} */ (nav.querySelector('a'))?.focus();
  });
  const nav = h('nav', { 'aria-labelledby': 'nav-label', id: 'site-nav' }, t('span', 'nav-label', { id: 'nav-label', class: 'visually-hidden' }), links);
  nav.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && nav.classList.contains('open')) { fold(false); menu.focus(); }
  });
  // A page chosen: the menu folds again.
  nav.addEventListener('click', (e) => { if (e.target instanceof HTMLAnchorElement) fold(false); });
  const hide = h('button', {
    class: 'button ghost', id: 'hide-names', type: 'button', 'aria-pressed': String(Boolean(app.status.hideNames)),
  }, t('span', 'hide-names'));
  hide.addEventListener('click', async () => {
    const next = hide.getAttribute('aria-pressed') !== 'true';
    // The page is drawn again: an answer it refused stays on screen with its error instead.
    if (!(await leaveCurrent())) return;
    let saved;
    try { saved = await api.settingsUpdate({ hideNames: next }); } catch (e) {
      shellError.textContent = e.message;
      return;
    }
    shellError.textContent = '';
    app.status.hideNames = saved.hideNames;
    hide.setAttribute('aria-pressed', String(saved.hideNames));
    document.body.classList.toggle('hide-names', saved.hideNames);
    await show(true);
    hide.focus();
  });
  const lock = h('button', { class: 'button', id: 'lock', type: 'button', title: 'Ctrl+L', 'aria-keyshortcuts': 'Control+L', onclick: () => app.lock() },
    t('span', 'lock-button'));
  const quick = h('button', {
    class: 'button', id: 'quick-lock', type: 'button', 'data-l10n-id': 'quick-lock-button',
    'data-l10n-attrs': 'title', onclick: () => app.quickLock(),
  });
  const reminder = h('div', { id: 'reminder-slot' });
  const keyFile = h('div', { id: 'key-file-slot' });
  keyFileNotice(keyFile, app.status.keyFileRestored ?? null);
  const indexing = h('div', { id: 'index-slot', role: 'status' });
  // What the top bar's own buttons could not do (the pages have their own alerts).
  const shellError = h('div', { class: 'alert error', role: 'alert', id: 'shell-error' });

  mount(root, h('div', { class: 'shell' },
    skip,
    h('header', { class: 'topbar' },
      h('div', { class: 'name' }, logo(), h('span', { class: 'name-text' }, 'Passerelle')),
      menu,
      nav,
      h('div', { class: 'spacer' }),
      // One group: in a narrow window the three go to a second line together (at 560 px
      // « Verrouiller » went there alone, apart from the other lock).
      h('div', { class: 'topbar-actions' }, hide, quick, lock)),
    keyFile,
    reminder,
    indexing,
    shellError,
    main));
  offIndex = indexProgress(indexing);

  document.body.classList.toggle('hide-names', Boolean(app.status.hideNames));
  // Locking saves what is waiting first (an answer typed a second ago is not lost); false when
  // Rust refused what the page held (the lock then drops it and says so).
  app.flush = async () => (await current?.view.beforeLeave?.({ locking: true }).catch(() => true)) ?? true;

  async function leaveCurrent() {
    if (!current?.view.beforeLeave) return true;
    return current.view.beforeLeave();
  }

  // One page change at a time: a click during a redraw waits for it, so two renders never
  // interleave in <main>.
  let queue = Promise.resolve();
  function show(force = false) {
    queue = queue.then(() => showNow(force)).catch((e) => console.error(e));
    return queue;
  }

  async function showNow(force) {
    if (!force && current && location.hash === shown) return;
    const next = route(location.hash);
    if (!force && current) {
      if (!(await leaveCurrent())) {
        // Refused: the worker stays on the page, whose error says why.
        history.replaceState(null, '', shown);
        return;
      }
    }
    // The same page drawn again in place (« Initiales seulement »): it may keep what the worker
    // had typed in it (the case list its search).
    const again = force && current !== null && location.hash === shown;
    current?.view.unmount?.();
    current = next;
    shown = location.hash;
    // Tests and assistive tech can tell when the new page is complete.
    delete document.body.dataset.page;
    for (const a of links) a.removeAttribute('aria-current');
    root.querySelector(`#nav-${next.nav}`)?.setAttribute('aria-current', 'page');
    let focus = null;
    try {
      focus = await next.view.render(main, app, again ? { ...next.params, redraw: true } : next.params);
    } catch (e) {
      mount(main, h('div', { class: 'alert error', role: 'alert', id: 'page-error' }, await errorText(e)));
    }
    await translate(main);
    // A new page starts at its top, top bar included; the focused control is then scrolled into
    // view if it is below the window (focusVisible).
    window.scrollTo(0, 0);
    // Where the worker already is in the new page (she went into a field while its texts came
    // and may be typing), the focus stays: moving it would send her next keys elsewhere.
    const there = document.activeElement;
    const working = there !== null && there !== main && main.contains(there) && !there.matches('[autofocus]');
    if (working) /** @type {HTMLElement} */ (there).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    else if (typeof focus === 'function') focus();
    else focusVisible(main.querySelector('[autofocus]') || pageHeading(main) || main);
    document.body.dataset.page = next.name;
    document.body.dataset.route = shown;
  }
  onHash = () => { show(); };
  window.addEventListener('hashchange', onHash);
  if (!location.hash || location.hash === '#' || location.hash === '#/') history.replaceState(null, '', '#/dashboard');
  await show(true);
  await backupReminder(reminder);
  onBackup = () => { backupReminder(reminder); };
  document.addEventListener('backup-changed', onBackup);
}

export function unmount() {
  reminderClosed = false;
  document.body.classList.remove('hide-names', 'side-by-side');
  if (onHash) window.removeEventListener('hashchange', onHash);
  onHash = null;
  if (onBackup) document.removeEventListener('backup-changed', onBackup);
  onBackup = null;
  offIndex?.then((off) => off());
  offIndex = null;
  current?.view.unmount?.();
  current = null;
  shown = '';
}
