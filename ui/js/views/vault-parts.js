// Pieces the vault-operation screens share: secret fields, a progress bar, an inline
// confirmation. No window.confirm: the confirmation is part of the page, translated, testable.

import * as api from '../api.js';
import { h, t, field } from '../dom.js';
import { translate } from '../l10n.js';
import { passphraseMeter } from './parts.js';

/**
 * A secret: a passphrase (typed twice and measured when `confirm`), or the recovery key when
 * `allowRecovery`. value() gives { kind, value }; ready() tells whether it can be used; input()
 * is the field it is typed in (the passphrase's or the recovery key's, as chosen).
 */
export function secretFields(prefix, { allowRecovery = false, confirm = false, labelId = 'secret-passphrase' } = {}) {
  const pass = field({ id: `${prefix}-passphrase`, labelId, type: 'password', attrs: { autocomplete: 'off' } });
  const again = confirm ? field({ id: `${prefix}-passphrase-again`, labelId: 'secret-passphrase-again', type: 'password', attrs: { autocomplete: 'off' } }) : null;
  const meter = again ? passphraseMeter(pass.input, { again: again.input }) : null;
  const recovery = field({ id: `${prefix}-recovery`, labelId: 'secret-recovery-key', hintId: 'unlock-recovery-hint', attrs: { autocomplete: 'off', spellcheck: 'false' } });
  /** @type {import('ipc').SecretInput['kind']} */
  let kind = 'passphrase';
  let strength = { acceptable: !confirm };
  const listeners = [];
  const changed = async () => {
    if (meter && kind === 'passphrase') strength = await meter.update();
    listeners.forEach((f) => f());
  };
  const passWrap = h('div', {}, pass.wrap, meter?.element, again?.wrap);
  const choose = (k) => {
    kind = k;
    passWrap.hidden = k !== 'passphrase';
    recovery.wrap.hidden = k !== 'recovery-key';
    changed();
  };
  recovery.wrap.hidden = true;
  // Named, as every group of choices (keyboard review, 2026-12-06: a nameless radiogroup).
  const radios = allowRecovery ? h('div', { class: 'row', role: 'radiogroup', 'aria-labelledby': `${prefix}-kind-label` },
    t('span', 'secret-kind-label', { id: `${prefix}-kind-label`, class: 'visually-hidden' }),
    h('label', { class: 'check' }, h('input', { type: 'radio', name: `${prefix}-kind`, id: `${prefix}-kind-passphrase`, checked: true, onchange: () => choose('passphrase') }), t('span', 'secret-kind-passphrase')),
    h('label', { class: 'check' }, h('input', { type: 'radio', name: `${prefix}-kind`, id: `${prefix}-kind-recovery`, onchange: () => choose('recovery-key') }), t('span', 'secret-kind-recovery'))) : null;
  for (const f of [pass, again, recovery].filter((f) => f !== null)) f.input.addEventListener('input', changed);
  return {
    element: h('div', {}, radios, passWrap, recovery.wrap),
    value: () => ({ kind, value: kind === 'passphrase' ? pass.input.value : recovery.input.value }),
    ready: () => kind === 'passphrase'
      ? pass.input.value.length > 0 && strength.acceptable && (!again || again.input.value === pass.input.value)
      : recovery.input.value.trim().length > 0,
    /** The field the worker types the secret in, as chosen (for the keyboard after an error). */
    input: () => (kind === 'passphrase' ? pass.input : recovery.input),
    clear: () => { for (const f of [pass, again, recovery].filter((f) => f !== null)) f.input.value = ''; changed(); },
    onChange: (f) => listeners.push(f),
  };
}

/** A progress bar fed by Rust's progress events while `run(fn)` awaits `fn`. */
export function progressBar(id) {
  const bar = h('progress', { id, max: 100, value: 0, hidden: true });
  const stage = h('div', { class: 'muted', id: `${id}-stage`, 'aria-live': 'polite' });
  return {
    element: h('div', { class: 'field' }, stage, bar),
    async run(fn) {
      bar.hidden = false;
      bar.value = 0;
      let lastStage = null;
      const unlisten = await api.onProgress(async (p) => {
        if (p.total > 0) bar.value = Math.round((p.done * 100) / p.total);
        if (p.stage !== lastStage) {
          lastStage = p.stage;
          stage.setAttribute('data-l10n-id', `progress-${p.stage}`);
          await translate(stage);
        }
      });
      try {
        return await fn();
      } finally {
        unlisten();
        bar.hidden = true;
        stage.textContent = '';
        stage.removeAttribute('data-l10n-id');
      }
    },
  };
}

/**
 * An inline confirmation shown in `slot`: a message, a box to tick, a button that stays disabled
 * until it is ticked. `onConfirm` runs on click; its errors go to the confirmation's alert. It is
 * translated before it appears (an alert dialog is announced as it is shown: whole, not a list
 * of names without the sentence saying what happens to them), the keyboard goes to its box, and
 * « Annuler » (or Escape) empties the slot and gives the focus back to the button that opened it.
 * @param {HTMLElement} slot
 * @param {{ id: string, messageId: string, args?: Record<string, string>, checkId: string,
 *   buttonId: string, onConfirm: () => Promise<void>, details?: Node | null }} spec
 *   `details`: what to show under the message.
 */
/** The button hidden while a slot's confirmation is open, by slot: shown again when another
 * confirmation takes the slot (one slot serves several buttons on the team page). */
const hiddenOpeners = new WeakMap();

export async function openConfirmation(slot, spec) {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const box = confirmation({
    ...spec,
    onCancel: () => {
      slot.replaceChildren();
      hiddenOpeners.delete(slot);
      if (opener) { opener.hidden = false; opener.focus(); }
    },
  });
  await translate(box);
  const before = hiddenOpeners.get(slot);
  if (before) before.hidden = false;
  slot.replaceChildren(box);
  // While it is open, the button that opened it is not shown beside its own « Supprimer » (UI
  // review, 2026-12-06: two red delete buttons, one under the other).
  if (opener && opener !== document.body && slot.contains(box)) {
    opener.hidden = true;
    hiddenOpeners.set(slot, opener);
  }
  // The whole of it in view, its sentence first: the keyboard's box alone was, at the foot of the
  // window, with what it confirms above the edge (UI review, 2026-12-05).
  box.querySelector('input')?.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'nearest' });
}

/**
 * @param {{ id: string, messageId: string, args?: Record<string, string>, checkId: string,
 *   buttonId: string, onConfirm: () => Promise<void>, onCancel: () => void,
 *   details?: Node | null }} spec
 */
function confirmation({ id, messageId, args, checkId, buttonId, onConfirm, onCancel, details = null }) {
  const box = h('input', { type: 'checkbox', id: `${id}-check` });
  const go = t('button', buttonId, { class: 'button danger', type: 'button', id: `${id}-confirm`, disabled: true });
  const cancel = t('button', 'action-cancel', { class: 'button secondary', type: 'button', id: `${id}-cancel`, onclick: () => onCancel() });
  const error = h('div', { class: 'alert error', role: 'alert' });
  box.addEventListener('change', () => { go.disabled = !box.checked; });
  go.addEventListener('click', async () => {
    go.disabled = true;
    error.textContent = '';
    try { await onConfirm(); } catch (e) { error.textContent = e.message; go.disabled = !box.checked; }
  });
  // The box's id is not the id of the button that opened it (two elements with one id).
  return h('div', {
    class: 'panel confirm', id: `${id}-box`, role: 'alertdialog', 'aria-labelledby': `${id}-message`,
    onkeydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === 'Escape') { e.stopPropagation(); onCancel(); } },
  },
    t('p', messageId, { id: `${id}-message` }, args),
    details,
    h('label', { class: 'check', for: `${id}-check` }, box, t('span', checkId)),
    error,
    h('div', { class: 'row end' }, cancel, go));
}
