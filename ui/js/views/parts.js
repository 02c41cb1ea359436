// Pieces several screens share.

import * as api from '../api.js';
import { h, t } from '../dom.js';
import { translate } from '../l10n.js';

export function brand() {
  return h('div', { class: 'brand' }, h('img', { src: 'img/logo.svg', alt: '' }), h('strong', {}, 'Passerelle'));
}

/** FR / EN switch for the screens before unlock. */
export function languageSwitch(app) {
  const select = h('select', {
    id: 'language', 'data-l10n-id': 'language-switch-label', 'data-l10n-attrs': 'aria-label',
    onchange: () => app.setLanguage(select.value),
  },
    h('option', { value: 'fr' }, 'Français'),
    h('option', { value: 'en' }, 'English'),
  );
  select.value = app.status?.language || 'fr';
  return h('div', { class: 'language-switch' }, select);
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
      const phrase = await api.passphraseGenerate();
      input.value = phrase;
      words.textContent = phrase;
      generated.hidden = false;
      if (again) again.value = '';
      input.dispatchEvent(new Event('input'));
      (again || input).focus();
    },
  });
  input.addEventListener('input', () => { if (input.value !== words.textContent) forget(); });
  const element = h('div', { class: 'field' }, bar, label, h('div', { class: 'row' }, suggest), generated);
  /** @type {import('ipc').Strength} */
  let last = { score: 0, acceptable: false, reasons: [], hints: [] };
  let asked = 0;
  let newest = Promise.resolve(last);
  /** @param {number} mine */
  const measure = async (mine) => {
    const strength = await api.passphraseStrength(input.value);
    // Rust answers async commands in any order: an older answer shown last left the meter on a
    // passphrase no longer typed (vault_flow caught it). The newest measure shows and answers.
    if (mine !== asked) return newest;
    last = strength;
    bar.dataset.score = input.value ? String(Math.max(1, last.score)) : '0';
    label.replaceChildren();
    if (input.value) {
      label.append(t('span', `strength-${last.score}`));
      if (last.reasons.length) {
        label.append(' ', t('span', 'strength-why-title'),
          h('ul', { class: 'reasons' }, last.reasons.map((id) => t('li', id))));
      }
      for (const hint of last.hints) label.append(' ', t('span', hint));
    }
    await translate(label);
    return last;
  };
  return {
    element,
    update() {
      newest = measure(++asked);
      return newest;
    },
  };
}
