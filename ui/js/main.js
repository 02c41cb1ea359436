// Start-up and the top-level state machine: setup → recovery key → app, or unlock → app.
// Locking (button, Ctrl+L, idle timeout in Rust) always comes back to the unlock screen and
// drops every case from the page.

import * as api from './api.js';
import { translate } from './l10n.js';
import * as setup from './views/setup.js';
import * as recovery from './views/recovery.js';
import * as unlock from './views/unlock.js';
import * as shell from './views/shell.js';

const root = document.getElementById('app');

const app = {
  status: null,

  async show(view, params = {}) {
    this.current?.unmount?.();
    this.current = view;
    document.documentElement.lang = this.status?.language || 'fr';
    await view.render(root, this, params);
    await translate(root);
    root.querySelector('[autofocus]')?.focus();
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
    await this.start();
  },

  showRecoveryKey(key) {
    return this.show(recovery, { key });
  },
};

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

api.onVaultLocked(() => { app.flush = null; app.start({ reason: 'locked-idle' }); });
window.addEventListener('passerelle:locked', () => {
  app.flush = null;
  if (app.status?.unlocked) app.start({ reason: 'locked-idle' });
});

app.start().catch((e) => {
  root.textContent = e?.message || String(e);
});
