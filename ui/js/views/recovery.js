// The recovery key, shown once, right after creation.

import { h, t, mount } from '../dom.js';
import { brand } from './parts.js';

export const name = 'recovery';

export async function render(root, app, { key }) {
  const confirm = h('input', { type: 'checkbox', id: 'recovery-written' });
  const next = t('button', 'recovery-continue', { class: 'button', id: 'recovery-continue', disabled: true });
  confirm.addEventListener('change', () => { next.disabled = !confirm.checked; });
  next.addEventListener('click', () => {
    // Whatever was selected on this screen leaves the X11 primary selection with it.
    window.getSelection()?.removeAllRanges();
    app.start();
  });

  mount(root, h('div', { class: 'gate' }, h('div', { class: 'card' },
    brand(),
    t('h1', 'recovery-title'),
    t('p', 'recovery-intro', { class: 'lead' }),
    h('div', { class: 'recovery-key', id: 'recovery-key', 'aria-label': key.split('-').join(' ') },
      key.split('-').map((group, i, all) => h('span', {}, i < all.length - 1 ? `${group}-` : group))),
    t('p', 'recovery-keep', { class: 'alert info' }),
    h('label', { class: 'check', for: 'recovery-written' }, confirm, t('span', 'recovery-confirm')),
    h('div', { class: 'row end' }, next),
  )));
  confirm.focus();
}
