// Start-up and the top-level state machine: setup → recovery key → app, or unlock → app.
// Locking (button, Ctrl+L, idle timeout in Rust) always comes back to the unlock screen and
// drops every case from the page.

import * as api from './api.js';
import { forgetStrings, translate } from './l10n.js';
import * as setup from './views/setup.js';
import * as recovery from './views/recovery.js';
import * as unlock from './views/unlock.js';
import * as shell from './views/shell.js';
import * as neutral from './views/neutral.js';
import * as restore from './views/restore.js';

const root = /** @type {HTMLElement} */ (document.getElementById('app'));

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
    if (!this.status.storeExists) return this.show(setup, params);
    if (!this.status.unlocked) return this.show(unlock, params);
    return this.show(shell, params);
  },

  /** Locks now; `reason` is shown on the unlock screen. */
  async lock(reason = 'locked-by-user') {
    // What the page still has to save is saved before the key goes.
    await this.flush?.();
    this.flush = null;
    await api.sessionLock();
    await this.start({ reason });
  },

  async setLanguage(language) {
    await api.settingsUpdate({ language });
    forgetStrings();
    await this.start();
  },

  showRecoveryKey(key) {
    return this.show(recovery, { key });
  },

  showRestore() {
    return this.show(restore);
  },

  /**
   * Quick lock: the page is emptied first, synchronously, so nothing stays on screen while Rust
   * locks; then the neutral screen. Nothing on it names the app.
   */
  async quickLock() {
    // Answers still on their way are sent while the screen goes blank (at most a moment).
    const saving = this.flush?.() ?? Promise.resolve();
    this.flush = null;
    this.current?.unmount?.();
    this.current = null;
    root.replaceChildren();
    document.title = '\u00a0';
    if (this.status) this.status.unlocked = false;
    await Promise.race([saving.catch(() => {}), new Promise((r) => setTimeout(r, 1500))]);
    const locked = api.sessionQuickLock();
    this.current = neutral;
    await neutral.render(root, this);
    document.body.dataset.screen = neutral.name;
    await locked;
  },

  /** From the neutral screen to the unlock screen. */
  async reveal() {
    if (this.current !== neutral) return;
    await api.sessionReveal();
    document.title = 'Passerelle';
    await this.start({ reason: 'locked-by-user' });
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

// Ctrl+L locks from anywhere once unlocked.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey && !event.altKey && (event.key === 'l' || event.key === 'L')) {
    if (app.status?.unlocked) {
      event.preventDefault();
      app.lock();
    }
  }
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
api.onVaultLocked(lockedByIdle);
window.addEventListener('passerelle:locked', () => {
  if (app.status?.unlocked) lockedByIdle();
});

// Closing the window: what the page still has to save is sent, then the app closes.
api.onCloseRequested(async () => {
  try { await app.flush?.(); } finally { await api.appClose(); }
});

app.start().catch((e) => {
  root.textContent = e?.message || String(e);
});
