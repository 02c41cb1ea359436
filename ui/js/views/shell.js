// The unlocked app: top bar (navigation, lock button) and the current page.

import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import * as cases from './cases.js';
import * as settings from './settings.js';
import * as about from './about.js';

const pages = { cases, settings, about };

function pageFromHash() {
  const name = (location.hash || '#/cases').replace(/^#\//, '').split('/')[0];
  return pages[name] ? name : 'cases';
}

let onHash = null;

export const name = 'app';

export async function render(root, app) {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const links = Object.keys(pages).map((name) =>
    t('a', `nav-${name}`, { href: `#/${name}`, id: `nav-${name}` }));
  const lock = h('button', { class: 'button', id: 'lock', type: 'button', onclick: () => app.lock() },
    t('span', 'lock-button'), h('span', { class: 'kbd', 'aria-hidden': 'true' }, 'Ctrl+L'));

  mount(root, h('div', { class: 'shell' },
    h('header', { class: 'topbar' },
      h('div', { class: 'name' }, h('img', { src: 'img/logo.svg', alt: '' }), 'Passerelle'),
      h('nav', { 'aria-label': 'Navigation' }, links),
      h('div', { class: 'spacer' }),
      lock),
    main));

  const show = async () => {
    const name = pageFromHash();
    for (const a of links) a.removeAttribute('aria-current');
    root.querySelector(`#nav-${name}`).setAttribute('aria-current', 'page');
    await pages[name].render(main, app);
    await translate(main);
    main.querySelector('[autofocus]')?.focus();
    document.body.dataset.page = name;
  };
  onHash = () => { show(); };
  window.addEventListener('hashchange', onHash);
  await show();
}

export function unmount() {
  if (onHash) window.removeEventListener('hashchange', onHash);
  onHash = null;
}
