// Settings: language, idle-lock delay, passphrase change.

import * as api from '../api.js';
import { h, t, mount, field } from '../dom.js';
import { translate } from '../l10n.js';
import { passphraseMeter } from './parts.js';

export async function render(main, app) {
  const settings = await api.settingsGet();
  const saved = h('div', { class: 'alert info', role: 'status', id: 'settings-saved' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'settings-error' });
  const say = async (id) => { saved.setAttribute('data-l10n-id', id); await translate(saved); };

  const language = h('select', { id: 'settings-language' },
    settings.languages.map((code) => t('option', `language-${code}`, { value: code })));
  language.value = settings.language;
  language.addEventListener('change', () => app.setLanguage(language.value).then(() => { location.hash = '#/settings'; }));

  const idle = h('input', { type: 'number', id: 'settings-idle', min: 1, max: 60, step: 1, value: settings.idleLockMinutes ?? 5 });
  const saveIdle = t('button', 'action-save', { class: 'button', type: 'submit', id: 'settings-idle-save' });
  const idleForm = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      try {
        await api.settingsUpdate({ idleLockMinutes: Number(idle.value) });
        await say('settings-saved');
      } catch (e) { error.textContent = e.message; }
    },
  }, t('label', 'settings-idle', { for: 'settings-idle' }),
     h('div', { class: 'row' }, h('div', { class: 'narrow' }, idle), saveIdle),
     t('div', 'settings-idle-hint', { class: 'hint muted' }));

  const current = field({ id: 'pp-current', labelId: 'settings-pp-current', type: 'password', attrs: { autocomplete: 'current-password' } });
  const next = field({ id: 'pp-new', labelId: 'settings-pp-new', type: 'password', attrs: { autocomplete: 'new-password' } });
  const again = field({ id: 'pp-again', labelId: 'settings-pp-again', type: 'password', attrs: { autocomplete: 'new-password' } });
  const meter = passphraseMeter(next.input);
  const change = t('button', 'settings-pp-change', { class: 'button', type: 'submit', id: 'pp-change', disabled: true });
  const check = async () => {
    const s = await meter.update();
    change.disabled = !(s.acceptable && next.input.value === again.input.value && current.input.value);
  };
  for (const f of [current, next, again]) f.input.addEventListener('input', check);
  const ppForm = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      ppForm.classList.add('busy');
      try {
        await api.sessionChangePassphrase(current.input.value, next.input.value);
        for (const f of [current, next, again]) f.input.value = '';
        await check();
        await say('settings-pp-changed');
      } catch (e) { error.textContent = e.message; }
      ppForm.classList.remove('busy');
    },
  }, current.wrap, next.wrap, meter.element, again.wrap, h('div', { class: 'row end' }, change));

  mount(main,
    t('h1', 'settings-title'),
    saved, error,
    h('section', { class: 'panel' }, t('h2', 'settings-language'), language),
    h('section', { class: 'panel' }, t('h2', 'settings-security'), idleForm),
    h('section', { class: 'panel' }, t('h2', 'settings-pp-title'), t('p', 'settings-pp-intro', { class: 'muted' }), ppForm));
  saved.textContent = '';
}
