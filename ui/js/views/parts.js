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
    id: 'language', 'aria-label': 'Langue / Language',
    onchange: () => app.setLanguage(select.value),
  },
    h('option', { value: 'fr' }, 'Français'),
    h('option', { value: 'en' }, 'English'),
  );
  select.value = app.status?.language || 'fr';
  return h('div', { class: 'language-switch' }, select);
}

/** A strength meter bound to a passphrase input. update() returns the strength from Rust. */
export function passphraseMeter(input) {
  const bar = h('div', { class: 'meter', 'data-score': '0', 'aria-hidden': 'true' },
    h('span'), h('span'), h('span'), h('span'));
  const label = h('div', { class: 'meter-label', id: `${input.id}-strength`, 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${input.id}-strength`.trim());
  const element = h('div', { class: 'field' }, bar, label);
  /** @type {import('ipc').Strength} */
  let last = { score: 0, acceptable: false, hints: [] };
  return {
    element,
    async update() {
      last = await api.passphraseStrength(input.value);
      bar.dataset.score = input.value ? String(Math.max(1, last.score)) : '0';
      label.replaceChildren();
      if (input.value) {
        label.append(t('span', `strength-${last.score}`));
        for (const hint of last.hints) label.append(' ', t('span', hint));
      }
      await translate(label);
      return last;
    },
  };
}
