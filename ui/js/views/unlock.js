// The unlock screen: passphrase, or the recovery key when the passphrase is lost.

import * as api from '../api.js';
import { h, t, mount, field } from '../dom.js';
import { translate, format } from '../l10n.js';
import { brand, languageSwitch } from './parts.js';
import { unconfirmed, newPassphrase } from './recovery.js';

export const name = 'unlock';

/**
 * Until when Rust refuses another try (too many failed ones), as this page last heard: kept
 * across a switch to the recovery key and back, which draws the screen again.
 */
let throttledUntil = 0;
/** @type {ReturnType<typeof setInterval> | null} */
let ticking = null;

export function unmount() {
  if (ticking !== null) clearInterval(ticking);
  ticking = null;
}

/** @param {HTMLElement} root @param {any} app @param {{ reason?: string, useRecovery?: boolean }} [params] */
export async function render(root, app, { reason, useRecovery = false } = {}) {
  const secret = useRecovery
    ? field({ id: 'recovery-key-input', labelId: 'unlock-recovery-key', hintId: 'unlock-recovery-hint', attrs: { autocomplete: 'off', spellcheck: 'false', autofocus: true } })
    : field({ id: 'passphrase', labelId: 'unlock-passphrase', type: 'password', attrs: { autocomplete: 'current-password', autofocus: true } });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'unlock-error' });
  const notice = reason ? t('div', `unlock-reason-${reason}`, { class: 'alert info', id: 'unlock-notice' }) : null;
  const submit = t('button', 'unlock-submit', { class: 'button', type: 'submit', id: 'unlock-submit' });
  const toggle = t('button', useRecovery ? 'unlock-use-passphrase' : 'unlock-use-recovery', {
    class: 'button link', type: 'button', id: 'unlock-toggle',
    onclick: () => app.show(unlockView, { useRecovery: !useRecovery }),
  });

  // Too many failed tries: « Réessayez dans 4 secondes » counts down, and « Déverrouiller » waits
  // with it (UI review: the message stood still and the button, pressed, was refused again).
  // The first message is announced; its countdown, every second, is not (aria-live off).
  const tick = async () => {
    const left = Math.ceil((throttledUntil - Date.now()) / 1000);
    if (left <= 0) {
      unmount();
      submit.disabled = false;
      error.textContent = '';
      error.removeAttribute('aria-live');
      return;
    }
    submit.disabled = true;
    const text = await format('error-too-many-attempts', { seconds: String(left) });
    if (throttledUntil <= Date.now()) return;
    error.setAttribute('aria-live', 'off');
    error.textContent = text;
  };
  const countDown = () => {
    unmount();
    submit.disabled = true;
    ticking = setInterval(() => { tick().catch(() => {}); }, 1000);
  };

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      form.classList.add('busy');
      error.textContent = '';
      secret.input.removeAttribute('aria-invalid');
      try {
        const value = secret.input.value;
        const { unseenRecoveryKey, recoveryKeyUnconfirmed, withRecoveryKey } = await api.sessionUnlock(useRecovery ? { recoveryKey: value } : { passphrase: value });
        secret.input.value = '';
        throttledUntil = 0;
        // A store created or restored while a lock came: its recovery key was never shown.
        if (unseenRecoveryKey) await app.showRecoveryKey(unseenRecoveryKey, null, true);
        // Shown once, but never confirmed as written down: she has it, or a new one is made.
        else if (recoveryKeyUnconfirmed) await app.show(unconfirmed);
        // The passphrase forgotten: a new one, now (« Plus tard » goes on).
        else if (withRecoveryKey) await app.show(newPassphrase);
        else await app.start();
      } catch (e) {
        form.classList.remove('busy');
        error.removeAttribute('aria-live');
        error.textContent = e.message;
        const seconds = Number(e.args?.seconds);
        if (e.code === 'vault.too-many-attempts' && seconds > 0) {
          throttledUntil = Date.now() + seconds * 1000;
          countDown();
        }
        // A recovery key is not selected: a selection becomes X11's primary selection, which
        // any program can read (a passphrase field is never put there).
        if (!useRecovery) secret.input.select();
        // The refusal belongs to the field: said with it when the keyboard comes back (keyboard
        // review, 2026-12-06), until the next try.
        secret.input.setAttribute('aria-invalid', 'true');
        secret.input.setAttribute('aria-describedby', [...new Set([...(secret.input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean), 'unlock-error'])].join(' '));
        secret.input.focus();
      }
    },
  }, secret.wrap, error, h('div', { class: 'row unlock-actions' }, toggle, h('div', { class: 'spacer' }), submit));

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    h('div', { class: 'row' }, brand(), h('div', { class: 'spacer' }), languageSwitch(app)),
    t('h1', 'unlock-title'),
    notice,
    form,
  )));
  await translate(root);
  // Drawn again while Rust still refuses (the recovery key chosen meanwhile): still counting.
  if (throttledUntil > Date.now()) {
    countDown();
    await tick();
  }
}

const unlockView = { name, render, unmount };
