// About: what Passerelle is, its version, its data and its licence.

import { h, t, mount } from '../dom.js';

export async function render(main, app) {
  mount(main,
    t('h1', 'about-title'),
    h('section', { class: 'panel' },
      t('p', 'about-what'),
      t('p', 'about-offline'),
      t('p', 'about-version', { class: 'muted', id: 'about-version' }, { version: app.status.version })),
    h('section', { class: 'panel' },
      t('h2', 'about-security-title'),
      t('p', 'about-security')),
    h('section', { class: 'panel' },
      t('h2', 'about-licence-title'),
      t('p', 'about-licence'),
      t('p', 'about-passphrase-lists', { class: 'small muted' })));
}
