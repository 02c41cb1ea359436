// Pieces several screens share.

import * as api from '../api.js';
import { h, t, field, reveal } from '../dom.js';
import { translate, errorText } from '../l10n.js';

export function brand() {
  return h('div', { class: 'brand' }, logo(), h('strong', {}, 'Passerelle'));
}

const SVG = 'http://www.w3.org/2000/svg';

/** @param {string} tag @param {Record<string, string>} attrs @param {Element[]} children */
function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  el.append(...children);
  return el;
}

/**
 * The logo, drawn in the page (it was ui/img/logo.svg): an <img> would be one more request before
 * the first screen paints (issue 11, docs/benchmarks.md). The app icons (assets/icons) are the
 * same drawing. Decorative: the name beside it says « Passerelle ».
 */
export function logo() {
  const bar = (/** @type {string} */ x, /** @type {string} */ y, /** @type {string} */ w, /** @type {string} */ height) =>
    svg('rect', { x, y, width: w, height, fill: '#f4f1e8' });
  return svg('svg', { viewBox: '0 0 64 64', class: 'logo', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { x: '1', y: '1', width: '62', height: '62', rx: '12', fill: '#1f4e8c' }),
    svg('path', { d: 'M6 50 A27 27 0 0 1 58 50', fill: 'none', stroke: '#f4f1e8', 'stroke-width': '5.5' }),
    bar('7', '38', '50', '4.5'), bar('31', '25', '2.2', '14'), bar('19', '29', '2.2', '10'), bar('43', '29', '2.2', '10'));
}

/**
 * FR / EN switch for the screens before unlock. Applied by its own button, not on the choice:
 * WebKit reports each arrow key on a closed list as a choice, and one key redrew the screen in the
 * other language, emptying the passphrases typed (and the restore screen went back to the setup
 * screen) (UI review, 2026-12-05; WCAG 3.2.2). The screen is translated where it stands
 * (`app.relabel`): nothing typed moves or goes.
 */
export function languageSwitch(app) {
  const select = h('select', { id: 'language', 'data-l10n-id': 'language-switch-label', 'data-l10n-attrs': 'aria-label' },
    h('option', { value: 'fr' }, 'Français'),
    h('option', { value: 'en' }, 'English'),
  );
  const applied = () => app.status?.language || 'fr';
  select.value = applied();
  const apply = t('button', 'language-switch-apply', {
    class: 'button secondary small', type: 'button', id: 'language-apply', disabled: true,
  });
  select.addEventListener('change', () => { apply.disabled = select.value === applied(); });
  apply.addEventListener('click', async () => {
    try {
      await app.relabel(select.value);
    } catch {
      select.value = applied();
    }
    apply.disabled = select.value === applied();
    // The button is disabled once applied: the keyboard stays on the choice.
    select.focus();
  });
  return h('div', { class: 'language-switch row' }, select, apply);
}

/**
 * A strength meter bound to a passphrase input, with « Proposer une phrase de passe »: five words
 * drawn by Rust, put in the input and shown once in clear (not selectable: no copy lands in the
 * X11 primary selection) so the worker learns it and types it in `again`, the confirmation.
 * update() returns the strength from Rust: level, acceptable, and why it is weak.
 * @param {HTMLInputElement} input @param {{ again?: HTMLInputElement }} [options]
 */
export function passphraseMeter(input, { again } = {}) {
  const bar = h('div', { class: 'meter', 'data-score': '0', 'aria-hidden': 'true' },
    h('span'), h('span'), h('span'), h('span'));
  const label = h('div', { class: 'meter-label', id: `${input.id}-strength`, 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${input.id}-strength`.trim());
  const words = h('strong', { class: 'mono' });
  const generated = h('div', { class: 'generated', id: `${input.id}-generated`, 'aria-live': 'polite', hidden: true },
    h('p', {}, t('span', 'passphrase-generated'), ' ', words),
    t('p', 'passphrase-generated-help', { class: 'hint' }));
  const forget = () => { words.textContent = ''; generated.hidden = true; };
  const suggest = t('button', 'passphrase-generate', {
    class: 'button secondary small', type: 'button', id: `${input.id}-generate`,
    onclick: async () => {
      let phrase;
      try { phrase = await api.passphraseGenerate(); } catch (e) {
        // Said where the worker looks: under the meter.
        label.textContent = await errorText(e);
        return;
      }
      input.value = phrase;
      words.textContent = phrase;
      generated.hidden = false;
      if (again) again.value = '';
      input.dispatchEvent(new Event('input'));
      const next = again || input;
      next.focus();
      // Once the meter has said its verdict above it: the field it pushed down is brought back
      // into view, with room (keyboard review, 2026-12-06: half under the window at 1024×600).
      await settle();
      reveal(next, 16);
    },
  });
  input.addEventListener('input', () => { if (input.value !== words.textContent) forget(); });
  const element = h('div', { class: 'field' }, bar, label, h('div', { class: 'row' }, suggest), generated);
  /** @type {import('ipc').Strength} */
  let last = { score: 0, acceptable: false, reasons: [], hints: [] };
  /** What the live region says now, as a key: it is written again only when that changes. */
  let said = '';
  /** The passphrase `last` describes; null before the first answer. */
  let measured = /** @type {string | null} */ (null);
  /** The one request in flight, if any. */
  let running = /** @type {Promise<void> | null} */ (null);
  /** @param {string} value */
  const measure = async (value) => {
    const strength = await api.passphraseStrength(value);
    last = strength;
    measured = value;
    bar.dataset.score = value ? String(Math.max(1, last.score)) : '0';
    // Only a verdict that changed is written: the live region was read out again at every
    // keystroke, 150 characters 21 times for 21 typed (keyboard review, 2026-12-06).
    const verdict = value ? JSON.stringify([last.score, last.reasons, last.hints]) : '';
    if (verdict === said) return;
    said = verdict;
    // Built and translated aside, then put in at once: the live region is read out whole, not
    // as empty pieces filled one after the other.
    const text = h('span');
    if (value) {
      text.append(t('span', `strength-${last.score}`));
      if (last.reasons.length) {
        text.append(' ', t('span', 'strength-why-title'),
          h('ul', { class: 'reasons' }, last.reasons.map((id) => t('li', id))));
      }
      for (const hint of last.hints) text.append(' ', t('span', hint));
      await translate(text);
    }
    label.replaceChildren(...text.childNodes);
  };
  // One request at a time, for the passphrase as it is when the previous answer comes back:
  // one request per keystroke queued dozens of measures (each a dictionary search in Rust) and
  // kept « Créer » disabled for half a minute on a loaded machine (close_flow caught it). Typing
  // in the confirmation field asks nothing when the passphrase itself has not changed.
  const settle = async () => {
    while (measured !== input.value) {
      running ??= measure(input.value).finally(() => { running = null; });
      await running;
    }
    return last;
  };
  return {
    element,
    update: settle,
  };
}

/**
 * A recovery key as the worker copies it by hand: nine groups of four, apart, without their
 * dashes (« MHKJ- YD15- » read as if the dash were a character to copy: UI review, 2026-12-05;
 * typed back, spaces and dashes are ignored). Not selectable (components.css).
 * @param {string} id @param {string} key
 */
export function recoveryKeyBox(id, key) {
  const groups = key.split('-');
  // A group named by the key, its parts read one after the other.
  return h('div', { class: 'recovery-key', id, role: 'group', 'aria-label': groups.join(' ') },
    groups.map((group) => h('span', {}, group)));
}

/**
 * A new passphrase typed twice, with its meter (the first-run screen, and a new one after an
 * unlock with the recovery key): `button` stays disabled until the passphrase is strong enough
 * and typed the same twice, and `error` says when the two differ.
 * @param {HTMLButtonElement} button @param {HTMLElement} error
 */
export function newPassphraseFields(button, error) {
  const pass = field({ id: 'new-passphrase', labelId: 'setup-passphrase', type: 'password', hintId: 'setup-passphrase-hint', attrs: { autocomplete: 'new-password', autofocus: true } });
  const again = field({ id: 'new-passphrase-again', labelId: 'setup-passphrase-again', type: 'password', attrs: { autocomplete: 'new-password' } });
  const meter = passphraseMeter(pass.input, { again: again.input });
  // The two differ once the confirmation is no longer the start of the passphrase (a typo), or
  // once the worker leaves it unfinished; said once when that becomes true, not at every
  // keystroke of a confirmation still being typed (keyboard review, 2026-12-06: the alert was
  // read out 11 times for 11 characters).
  let mismatchSaid = false;
  const refresh = async (/** @type {Event | null} */ event = null) => {
    const strength = await meter.update();
    const typed = again.input.value;
    const same = pass.input.value === typed;
    button.disabled = !(strength.acceptable && same);
    const left = event?.type === 'change' || event?.target === pass.input;
    const mismatch = typed !== '' && !same && (left || !pass.input.value.startsWith(typed));
    if (mismatch === mismatchSaid) {
      // Another message put in the same place (a refusal) goes once the worker types again, as
      // it did before (code review, 2026-12-06: it stayed).
      if (!mismatch && error.textContent) {
        error.removeAttribute('data-l10n-id');
        error.textContent = '';
      }
      return;
    }
    mismatchSaid = mismatch;
    if (mismatch) {
      error.setAttribute('data-l10n-id', 'setup-mismatch');
      await translate(error);
      again.input.setAttribute('aria-invalid', 'true');
      if (error.id) again.input.setAttribute('aria-describedby', error.id);
    } else {
      // Without its id too: the next translation of the screen would bring the message back.
      error.removeAttribute('data-l10n-id');
      error.textContent = '';
      again.input.removeAttribute('aria-invalid');
      again.input.removeAttribute('aria-describedby');
    }
  };
  pass.input.addEventListener('input', refresh);
  again.input.addEventListener('input', refresh);
  again.input.addEventListener('change', refresh);
  return {
    /** The fields and the meter, in order. */
    elements: [pass.wrap, meter.element, again.wrap],
    /** The passphrase typed. */
    value: () => pass.input.value,
    /** Empties both fields (once used). */
    clear: () => { pass.input.value = ''; again.input.value = ''; },
    focus: () => pass.input.focus(),
  };
}
