// Start-up and the top-level state machine: setup → recovery key → app, or unlock → app.
// Locking (button, Ctrl+L, idle timeout in Rust) always comes back to the unlock screen and
// drops every case from the page.

import * as api from './api.js';
import { forgetStrings, translate, format, errorText } from './l10n.js';
import { setTextLimits } from './limits.js';
import * as setup from './views/setup.js';
import * as recovery from './views/recovery.js';
import * as unlock from './views/unlock.js';
import * as neutral from './views/neutral.js';
import * as restore from './views/restore.js';
import * as missingKeys from './views/missing-keys.js';

const root = /** @type {HTMLElement} */ (document.getElementById('app'));

// The screens behind the unlock (every view of the open vault, some thirty modules) are loaded
// while the worker types her passphrase, not before the first screen: it needs only the modules
// index.html preloads (issue 11, docs/benchmarks.md).
const loadShell = () => import('./views/shell.js');

const app = {
  /** @type {import('ipc').AppStatus | null} */
  status: null,

  async show(view, params = {}) {
    this.current?.unmount?.();
    this.current = view;
    document.documentElement.lang = this.status?.language || 'fr';
    await view.render(root, this, params);
    await translate(root);
    root.querySelector(/** @type {'input'} */ ('[autofocus]'))?.focus();
    // Tests (and assistive tech) can tell when a screen is complete, translated text included.
    document.body.dataset.screen = view.name;
  },

  async start(params = {}) {
    this.status = await api.appStatus();
    setTextLimits(this.status.textLimits);
    // A database without its key file is never offered the first-run screen (issue 13).
    if (this.status.keyFileMissing) return this.show(missingKeys, params);
    if (!this.status.storeExists) return this.show(setup, params);
    if (!this.status.unlocked) return this.show(unlock, params);
    return this.show(await loadShell(), params);
  },

  /** Locks now; `reason` is shown on the unlock screen. */
  async lock(reason = 'locked-by-user') {
    // What the page still has to save is saved before the key goes; a value Rust refused (a
    // setting) cannot be, and the unlock screen says it was dropped.
    const kept = await this.flush?.();
    this.flush = null;
    await api.sessionLock(kept === false);
    await this.start({ reason: kept === false ? 'locked-unsaved' : reason });
  },

  /**
   * Text size: `step` +1 / -1 moves through the sizes the settings offer, 0 comes back to 100 %.
   * Rust zooms the whole page (the layout reflows as in a narrower window) and remembers it.
   */
  async zoom(step) {
    const settings = await api.settingsGet();
    const sizes = settings.textSizes;
    const at = sizes.indexOf(settings.textSize);
    const next = step === 0 ? 100 : sizes[Math.min(sizes.length - 1, Math.max(0, (at < 0 ? sizes.indexOf(100) : at) + step))];
    if (next === settings.textSize) return settings;
    const saved = await api.settingsUpdate({ textSize: next });
    if (this.status) this.status.textSize = saved.textSize;
    document.dispatchEvent(new CustomEvent('text-size-changed', { detail: saved.textSize }));
    return saved;
  },

  /**
   * Changes the interface language and translates the screen where it stands, without drawing it
   * again: a screen before unlock keeps what was typed in it (passphrases) and stays where it is.
   * @param {string} language
   */
  async relabel(language) {
    const saved = await api.settingsUpdate({ language });
    forgetStrings();
    if (this.status) this.status.language = saved.language;
    document.documentElement.lang = saved.language;
    await translate(root);
  },

  async setLanguage(language) {
    await api.settingsUpdate({ language });
    forgetStrings();
    await this.start();
  },

  /** @param {string} key @param {import('ipc').RestoredStore | null} [restored] */
  showRecoveryKey(key, restored = null, unseen = false) {
    return this.show(recovery, { key, restored, unseen });
  },

  showRestore() {
    return this.show(restore);
  },

  /**
   * Quick lock: the page is emptied first, synchronously, so nothing stays on screen while Rust
   * locks; then the neutral screen. Nothing on it names the app.
   */
  async quickLock() {
    // From here, the idle lock (its save may end first) must not ask Rust for the unlock
    // screen, which names the app, in place of this neutral one (review, 2026-12-06).
    this.quickLocking = true;
    this.neutralReason = 'locked-by-user';
    // Answers still on their way are sent while the screen goes blank (at most a moment).
    const saving = this.flush?.() ?? Promise.resolve(true);
    this.flush = null;
    this.current?.unmount?.();
    this.current = null;
    root.replaceChildren();
    // A title that names nothing (the same as the window's, set by Rust); never an empty one.
    document.title = '\u00a0';
    format('neutral-window-title').then((title) => { if (this.current === neutral || !this.current) document.title = title; }).catch(() => {});
    if (this.status) this.status.unlocked = false;
    const kept = await Promise.race([saving.catch(() => true), new Promise((r) => setTimeout(() => r(true), 1500))]);
    if (kept === false) this.neutralReason = 'locked-unsaved';
    const locked = api.sessionQuickLock(kept === false);
    await this.drawNeutral();
    await locked.finally(() => { this.quickLocking = false; });
  },

  /** A quick lock is under way (its save, then Rust): the idle lock leaves it the screen. */
  quickLocking: false,

  /** The neutral screen (a clock), drawn in this page. */
  async drawNeutral() {
    this.current = neutral;
    await neutral.render(root, this);
    document.body.dataset.screen = neutral.name;
  },

  /** Why the neutral screen shows: the unlock screen after it says so. */
  neutralReason: 'locked-by-user',

  /** From the neutral screen to the unlock screen. */
  async reveal() {
    if (this.current !== neutral) return;
    await api.sessionReveal();
    document.title = 'Passerelle';
    await this.start({ reason: this.neutralReason });
  },
};

// Quick lock: Shift pressed three times in a row, from anywhere, even in a text field (the
// "exit this page" gesture of GOV.UK's design system). Ctrl+U leaves the neutral screen.
let shifts = [];
document.addEventListener('keydown', (event) => {
  if (event.key === 'Shift' && !event.repeat) {
    const now = Date.now();
    shifts = shifts.filter((t) => now - t < 1200).concat(now);
    if (shifts.length >= 3 && app.current !== neutral) {
      shifts = [];
      event.preventDefault();
      app.quickLock();
    }
    return;
  }
  shifts = [];
  if (app.current === neutral && event.ctrlKey && (event.key === 'u' || event.key === 'U')) {
    event.preventDefault();
    app.reveal();
  }
}, true);

// Ctrl + / Ctrl − / Ctrl 0: the text size, from anywhere (the numeric keypad's keys too).
document.addEventListener('keydown', (event) => {
  if (!event.ctrlKey || event.altKey || event.metaKey || app.current === neutral) return;
  // The top row's 0 is « à » on a French keyboard: its key, not its character, says 0.
  const step = event.code === 'Digit0' || event.code === 'Numpad0' ? 0 : { '+': 1, '=': 1, '-': -1, '_': -1, '0': 0 }[event.key];
  if (step === undefined) return;
  event.preventDefault();
  app.zoom(step).catch(() => {});
});

// Whatever gets the focus is in the window: scrolled into view, only as far as needed, when it
// is not (a small screen, a large text size). Moved to with the keyboard (Tab), it also keeps
// room around it: one sitting against the window's top or bottom edge is scrolled until EDGE
// pixels show above it and ROOM below, for its hint and its « ✓ Enregistré » (UI review,
// 2026-12-05, at 1024×600). Only then: a scroll between a pointer's press and release, or while
// a script is typing, would move the control from under them. (Not CSS `scroll-margin`: WebKit's
// WebDriver then finds fields below the window « not interactable ».)
const EDGE = 48;
const ROOM = 72;
/** @param {Element} el */
function outOfView(el, edge = 0) {
  const r = el.getBoundingClientRect();
  return r.top < edge || r.bottom > window.innerHeight - edge || r.left < 0 || r.right > window.innerWidth;
}
let tabbedAt = -Infinity;
let pressedAt = -Infinity;
document.addEventListener('keydown', (event) => {
  // WebKitGTK gives Shift+Tab as `key: "Unidentified"`, `code: "Tab"` (keyboard review,
  // 2026-12-06: backwards, the field landed against the window's top, its label above it).
  if (event.key === 'Tab' || event.code === 'Tab') tabbedAt = performance.now();
}, true);
for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
  document.addEventListener(type, () => { pressedAt = performance.now(); }, { capture: true, passive: true });
}
document.addEventListener('focusin', (event) => {
  const el = event.target;
  if (!(el instanceof HTMLElement) || el.id === 'main' || el.getAttribute('tabindex') === '-1') return;
  if (outOfView(el)) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  // The last thing done was Tab, just now: not a press (a Tab, then a click at once).
  if (pressedAt > tabbedAt || performance.now() - tabbedAt > 500) return;
  // Its whole question (label, hint of three lines, « ✓ Enregistré ») when it fits in the
  // window, else the control with ROOM below it (UI review, 2026-12-05: a long hint still ended
  // against the edge).
  const block = el.closest('.q, .field');
  const fits = block && block.getBoundingClientRect().height < window.innerHeight - 2 * EDGE;
  const r = (fits ? block : el).getBoundingClientRect();
  const room = fits ? 16 : ROOM;
  const below = r.bottom + room - window.innerHeight;
  const above = r.top - EDGE;
  if (below > 0) window.scrollBy(0, Math.min(below, Math.max(above, 0)));
  else if (above < 0) window.scrollBy(0, above);
});

// Ctrl+L locks from anywhere once unlocked.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey && !event.altKey && (event.key === 'l' || event.key === 'L')) {
    if (app.status?.unlocked) {
      event.preventDefault();
      app.lock();
    }
  }
});

// Text copied from a case, or only selected (the X11 primary selection, pasted with a middle
// click), must not outlive the lock: Rust is told once of each, and the next lock empties what was
// touched (src-tauri/src/clipboard.rs). A selection inside a field is the field's own, not the
// document's: its `select` event says it (security check, 2026-12-06). The page is replaced at
// each lock, so each unlock tells it again.
const told = { copied: false, selected: false };
/** @param {'copied' | 'selected'} what */
const tell = (what) => {
  if (told[what] || !app.status?.unlocked) return;
  told[what] = true;
  if (what === 'copied') told.selected = true;
  api.sessionCopied(what === 'copied').catch(() => { told[what] = false; });
};
// The engine's own right-click menu copies without a `copy` event (« Copy Link Location », an
// image's address): that copy escaped the clearing at the lock (UI review, 2026-12-08). It stays
// only in what the worker types into (paste, spelling), where copying fires `copy` as above.
document.addEventListener('contextmenu', (event) => {
  const el = event.target instanceof Element ? event.target : null;
  const editable = el !== null && (el.closest('input, textarea') !== null
    || (el instanceof HTMLElement && el.isContentEditable));
  if (!editable) event.preventDefault();
}, true);
document.addEventListener('copy', () => tell('copied'), true);
document.addEventListener('cut', () => tell('copied'), true);
document.addEventListener('select', () => tell('selected'), true);
document.addEventListener('selectionchange', () => {
  const selected = document.getSelection();
  if (selected && !selected.isCollapsed && selected.toString().trim() !== '') tell('selected');
});

// Activity pings keep the idle lock (owned by Rust) from firing while someone works.
let lastPing = 0;
const ping = () => {
  const now = Date.now();
  if (app.status?.unlocked && now - lastPing > 10_000) {
    lastPing = now;
    api.sessionTouch().catch(() => {});
  }
};
for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel']) {
  document.addEventListener(type, ping, { passive: true });
}

// The idle lock must not bring the unlock screen (which names the app) over the neutral screen.
// « Entretien en cours »: during an interview (or its review) the person may be in front of the
// screen, so the idle lock shows the neutral screen too, not the passphrase prompt; the worker
// leaves it as after a quick lock (double click on the clock, Ctrl+U).
const interviewing = () => document.body.dataset.screen === 'app'
  && ['interview', 'review'].includes(document.body.dataset.page ?? '');
function lockedByIdle() {
  app.flush = null;
  if (app.current === neutral) return;
  if (interviewing()) app.quickLock();
  else app.start({ reason: 'locked-idle' });
}
// The idle delay is up: what the page holds is saved as at a lock the worker asks for (a note
// being written is added to the case), then Rust locks; a page that does not answer is locked
// without it (keyboard review, 2026-12-06: such a note was lost at the idle lock).
async function idleLocking() {
  if (app.quickLocking) return;
  const kept = await app.flush?.().catch(() => false);
  // Shift pressed three times while this page saved: the quick lock's neutral screen stands.
  if (app.quickLocking) return;
  await api.sessionIdleLock(kept === false).catch(() => {});
}
// The idle lock from Rust: Rust throws this page away at once and loads a fresh one, the neutral
// screen during an interview (fresh_page.rs decides, from this page's address), the unlock screen
// elsewhere; this page only empties itself meanwhile (locking again or drawing a screen would race
// with that navigation).
function idleLocked() {
  app.flush = null;
  if (app.current === neutral) return;
  const wasInterviewing = interviewing();
  app.current?.unmount?.();
  app.current = null;
  // A call refused as locked meanwhile must not lock again (passerelle:locked below).
  if (app.status) app.status.unlocked = false;
  root.replaceChildren();
  // Should the fresh page never come (a navigation that failed), this page draws the screen
  // itself rather than stay blank: it is still here only in that case.
  setTimeout(() => {
    if (app.current !== null) return;
    if (wasInterviewing) {
      app.neutralReason = 'locked-idle';
      document.title = '\u00a0';
      app.drawNeutral().catch(() => {});
    } else {
      app.start({ reason: 'locked-idle' }).catch(() => {});
    }
  }, 5000);
}
api.onIdleLock((phase) => (phase === 'locking' ? idleLocking() : idleLocked()));
window.addEventListener('passerelle:locked', () => {
  if (app.status?.unlocked) lockedByIdle();
});

// Closing the window: what the page still has to save is sent, then the app closes.
api.onCloseRequested(async () => {
  try { await app.flush?.(); } finally { await api.appClose(); }
});

// After a lock, Rust loads a fresh page with `?after=` (on Linux, in a new web process: the one
// that held the session is ended): the unlock screen with its reason, or the quick lock's neutral
// screen (fresh_page.rs). Nothing of the locked session is left in this page's memory.
async function boot() {
  const after = new URLSearchParams(window.location.search).get('after');
  if (after) window.history.replaceState(null, '', window.location.pathname + window.location.hash);
  if (after === 'neutral' || after === 'neutral-idle' || after === 'neutral-unsaved' || after === 'neutral-idle-unsaved') {
    if (after === 'neutral-idle') app.neutralReason = 'locked-idle';
    if (after === 'neutral-unsaved') app.neutralReason = 'locked-unsaved';
    if (after === 'neutral-idle-unsaved') app.neutralReason = 'locked-idle-unsaved';
    // The same neutral title as the window's (Rust set it): a clock's, never the app's name.
    document.title = '\u00a0';
    document.title = await format('neutral-window-title').catch(() => '\u00a0');
    app.status = await api.appStatus();
    await app.drawNeutral();
    return;
  }
  const reasons = ['locked-by-user', 'locked-idle', 'locked-unsaved', 'locked-idle-unsaved'];
  await app.start(after && reasons.includes(after) ? { reason: after } : {});
  // Fetched once the worker starts typing (her passphrase), not before the first screen is
  // painted: loading them right after the first screen delayed its paint by some 200 ms.
  document.addEventListener('keydown', () => { loadShell(); }, { once: true });
}

boot().catch(async (e) => {
  root.textContent = await errorText(e);
});
