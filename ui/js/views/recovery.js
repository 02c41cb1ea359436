// The recovery key, shown once, right after creation or a restore (which also says how many
// cases came back and which rules of law are now in use: the backup's pack, or the embedded one).

import * as api from '../api.js';
import { h, t, mount, focusVisible, reveal } from '../dom.js';
import { translate } from '../l10n.js';
import { brand, recoveryKeyBox, newPassphraseFields } from './parts.js';

export const name = 'recovery';

/**
 * @param {HTMLElement} root
 * @param {any} app
 * @param {{ key: string, restored?: import('ipc').RestoredStore | null, unseen?: boolean }} params
 */
export async function render(root, app, { key, restored = null, unseen = false }) {
  // The key is read with the box the keyboard lands on: a screen reader said « J'ai écrit la
  // clé » past the key itself (keyboard review, 2026-12-06).
  const confirm = h('input', { type: 'checkbox', id: 'recovery-written', 'aria-describedby': 'recovery-key' });
  const next = t('button', 'recovery-continue', { class: 'button', id: 'recovery-continue', disabled: true });
  confirm.addEventListener('change', () => { next.disabled = !confirm.checked; });
  next.addEventListener('click', async () => {
    // Whatever was selected on this screen leaves the X11 primary selection with it.
    window.getSelection()?.removeAllRanges();
    // Not recorded (a lock came meanwhile): the next unlock asks again, which is the safe way.
    await api.sessionRecoveryKeyNoted().catch(() => {});
    app.start();
  });

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    brand(),
    t('h1', 'recovery-title'),
    restored ? h('div', { class: 'alert ok', id: 'recovery-restored', role: 'status' },
      t('p', 'recovery-restored-cases', {}, { cases: String(restored.cases) }),
      restored.rules ? h('p', { id: 'recovery-restored-rules' }, restored.rules) : null) : null,
    unseen ? t('p', 'recovery-unseen', { class: 'alert info', id: 'recovery-unseen', role: 'status' }) : null,
    t('p', 'recovery-intro', { class: 'lead' }),
    recoveryKeyBox('recovery-key', key),
    t('p', 'recovery-keep', { class: 'alert info' }),
    h('label', { class: 'check', for: 'recovery-written' }, confirm, t('span', 'recovery-confirm')),
    h('div', { class: 'row end' }, next),
  )));
  // Once its texts are in: focused before, the box was then pushed below a 1024×600 window by
  // the sentences above it (UI review, 2026-12-05). Its button under it comes into view too.
  await translate(root);
  focusVisible(confirm);
  reveal(next);
}

/**
 * The store's recovery key was shown but never confirmed as written down (the app quit, or a
 * lock came, before the box was ticked): she has it, or a new one replaces it.
 * @param {HTMLElement} root
 * @param {any} app
 */
export async function renderUnconfirmed(root, app) {
  const error = h('div', { class: 'alert error', role: 'alert', id: 'recovery-unconfirmed-error' });
  const have = t('button', 'recovery-unconfirmed-have', { class: 'button secondary', type: 'button', id: 'recovery-unconfirmed-have' });
  const renew = t('button', 'recovery-unconfirmed-new', { class: 'button', type: 'button', id: 'recovery-unconfirmed-new' });
  have.addEventListener('click', async () => {
    try {
      await api.sessionRecoveryKeyNoted();
      app.start();
    } catch (e) { error.textContent = e.message; }
  });
  renew.addEventListener('click', async () => {
    renew.disabled = true;
    try {
      const key = await api.teamNewRecoveryKey();
      await app.showRecoveryKey(key);
    } catch (e) {
      renew.disabled = false;
      error.textContent = e.message;
    }
  });
  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    brand(),
    t('h1', 'recovery-unconfirmed-title'),
    t('p', 'recovery-unconfirmed-intro', { class: 'lead' }),
    t('p', 'recovery-unconfirmed-choice'),
    error,
    h('div', { class: 'row end' }, have, renew),
  )));
  await translate(root);
  focusVisible(have);
}

/** The screen of a recovery key never confirmed, for `app.show`. */
export const unconfirmed = { name: 'recovery-unconfirmed', render: renderUnconfirmed };

/**
 * After an unlock with the recovery key: a new passphrase, for the worker who forgot hers (UI
 * review, 2026-12-06: nothing let her choose one, and she typed the 36-character key at every
 * unlock). Which member's, when the store has several; « Plus tard » goes on with the session.
 */
async function renderNewPassphrase(root, app) {
  const slots = await api.sessionPassphraseSlots();
  if (slots.length === 0) return app.start();
  const slotName = (/** @type {import('ipc').PassphraseSlot} */ s) => s.label
    ? h('span', {}, s.label)
    : t('span', 'team-creator');
  const who = h('select', { id: 'new-passphrase-slot', 'aria-labelledby': 'new-passphrase-slot-label' },
    slots.map((s) => h('option', { value: s.id }, slotName(s))));
  const whoField = slots.length > 1
    ? h('div', { class: 'field' }, t('label', 'recovery-new-passphrase-for', { id: 'new-passphrase-slot-label', for: 'new-passphrase-slot' }), who)
    : h('p', { id: 'new-passphrase-slot-label' }, t('span', 'recovery-new-passphrase-for'), ' ', h('strong', {}, slotName(slots[0])));
  const error = h('div', { class: 'alert error', role: 'alert', id: 'new-passphrase-error' });
  const save = t('button', 'recovery-new-passphrase-save', { class: 'button', type: 'submit', id: 'new-passphrase-save', disabled: true });
  const later = t('button', 'recovery-new-passphrase-later', { class: 'button secondary', type: 'button', id: 'new-passphrase-later', onclick: () => app.start() });
  const passphrase = newPassphraseFields(save, error);
  const form = h('form', {
    onsubmit: async (/** @type {Event} */ event) => {
      event.preventDefault();
      if (save.disabled) return;
      form.classList.add('busy');
      try {
        const slotId = slots.length > 1 ? who.value : slots[0].id;
        await api.sessionResetPassphrase(slotId, passphrase.value());
        passphrase.clear();
        await saidSaved(card, app, slots.find((s) => s.id === slotId) ?? slots[0], slotName);
      } catch (e) {
        form.classList.remove('busy');
        error.removeAttribute('data-l10n-id');
        error.textContent = e.message;
        passphrase.focus();
      }
    },
  }, whoField, ...passphrase.elements, error, h('div', { class: 'row end' }, later, save));
  const card = h('div', { class: 'card' },
    brand(),
    t('h1', 'recovery-new-passphrase-title'),
    t('p', 'recovery-new-passphrase-intro', { class: 'lead' }),
    form,
  );
  mount(root, h('div', { class: 'gate' }, card));
  await translate(root);
}

/**
 * Says the new passphrase was saved, and for whom, before the app goes on (UI review,
 * 2026-12-06: the dashboard came at once, and she could not tell whether the passphrase she had
 * just chosen was the one that would open the vault next time).
 * @param {HTMLElement} card
 * @param {{ start: () => Promise<void> }} app
 * @param {import('ipc').PassphraseSlot} slot
 * @param {(s: import('ipc').PassphraseSlot) => HTMLElement} slotName
 */
async function saidSaved(card, app, slot, slotName) {
  const go = t('button', 'recovery-new-passphrase-continue', { class: 'button', type: 'button', id: 'new-passphrase-continue', onclick: () => app.start() });
  mount(card,
    brand(),
    t('h1', 'recovery-new-passphrase-saved-title', { tabindex: '-1', id: 'new-passphrase-saved-title' }),
    h('div', { class: 'alert info', role: 'status', id: 'new-passphrase-saved' },
      t('p', 'recovery-new-passphrase-saved'),
      h('p', {}, t('span', 'recovery-new-passphrase-for'), ' ', h('strong', {}, slotName(slot)))),
    t('p', 'recovery-new-passphrase-saved-key', { class: 'muted' }),
    h('div', { class: 'row end' }, go));
  await translate(card);
  focusVisible(go);
}

/** The new passphrase after an unlock with the recovery key, for `app.show`. */
export const newPassphrase = { name: 'new-passphrase', render: renderNewPassphrase };
