// Settings: language, idle-lock delay, passphrase change, the association.
//
// Nothing typed here is lost silently: leaving the page (or locking) saves the idle delay and the
// association as they stand; if Rust refuses what was typed (a number out of its range, a required
// line left empty), the worker stays on the page, with the reason beside the form and a button to
// leave without saving. Each confirmation or error appears under the button she clicked.

import * as api from '../api.js';
import { h, t, mount, field, reveal, focusVisible, markFieldAtFault, clearFieldMarks } from '../dom.js';
import { translate, format } from '../l10n.js';
import { passphraseMeter } from './parts.js';
import { newPassphrase } from './recovery.js';

/** Stops following Ctrl + / Ctrl − (the page is left). */
let offZoom = null;
/** @type {null | (() => Promise<boolean>)} */
let leaveGuard = null;

/** Saves what was typed and not saved; false (the worker stays) when Rust refuses it. */
export async function beforeLeave() {
  return leaveGuard ? leaveGuard() : true;
}

export function unmount() {
  offZoom?.();
  offZoom = null;
  leaveGuard = null;
}

export async function render(main, app) {
  const settings = await api.settingsGet();
  const saved = h('div', { class: 'alert info', role: 'status', id: 'settings-saved' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'settings-error' });
  const discardSlot = h('div', { class: 'row end' });
  /** Shows message `id` under the button of `form`. */
  const say = async (id, form) => {
    error.textContent = '';
    clearFieldMarks(error);
    mount(discardSlot);
    // Emptied and put under the form first, then filled at once: a status region is announced
    // when its text changes while it is on the page (even when the same message comes again).
    saved.removeAttribute('data-l10n-id');
    saved.textContent = '';
    form.append(saved);
    saved.textContent = await format(id);
    reveal(saved);
  };
  /** Shows what Rust refused, under the button of `form`. */
  const fail = (e, form) => {
    saved.textContent = '';
    saved.removeAttribute('data-l10n-id');
    error.textContent = e.message;
    form.append(error, discardSlot);
    reveal(error);
    // Under the field at fault, where the keyboard goes (keyboard review, 2026-12-06: the field
    // focused at the top of the form, its message under « Enregistrer », below the window).
    const control = markFieldAtFault(form, error, e);
    const field = control?.closest('.field');
    if (field) { field.after(error); reveal(error, 16); }
  };
  /** Forms changed since they were last saved: name → [save, form]. */
  const dirty = new Map();

  const language = h('select', { id: 'settings-language', 'aria-labelledby': 'settings-language-title' },
    settings.languages.map((code) => t('option', `language-${code}`, { value: code })));
  language.value = settings.language;
  // Applied by its own button, not on the choice: WebKit reports each arrow key on a closed list
  // as a choice, and one key redrew the whole app in English (UI review, 2026-12-05; WCAG 3.2.2).
  const languageApply = t('button', 'settings-language-apply', {
    class: 'button secondary', type: 'button', id: 'settings-language-apply', disabled: true,
  });
  language.addEventListener('change', () => { languageApply.disabled = language.value === settings.language; });
  languageApply.addEventListener('click', async () => {
    // The app is drawn again in the other language: what was typed on this page is saved first,
    // or the worker stays, told why (as when she leaves the page).
    if (!(await beforeLeave())) { language.value = settings.language; languageApply.disabled = true; return; }
    try {
      await app.setLanguage(language.value);
      location.hash = '#/settings';
    } catch (e) {
      language.value = settings.language;
      fail(e, /** @type {HTMLElement} */ (language.closest('section') ?? main));
    }
  });

  // Text size: the whole page zooms at once (Rust), as Ctrl + / Ctrl − / Ctrl 0 do from anywhere.
  const textSize = h('select', { id: 'settings-text-size', 'aria-labelledby': 'settings-text-size-title', 'aria-describedby': 'settings-text-size-hint' },
    settings.textSizes.map((size) => t('option', 'settings-text-size-option', { value: String(size) }, { percent: String(size) })));
  textSize.value = String(settings.textSize);
  const textSizeSection = h('section', { class: 'panel' }, t('h2', 'settings-text-size', { id: 'settings-text-size-title' }), textSize,
    t('p', 'settings-text-size-hint', { class: 'hint muted', id: 'settings-text-size-hint' }));
  textSize.addEventListener('change', async () => {
    try {
      const next = await api.settingsUpdate({ textSize: Number(textSize.value) });
      if (app.status) app.status.textSize = next.textSize;
      await say('settings-saved', textSizeSection);
    } catch (e) { fail(e, textSizeSection); }
  });
  const onZoom = (/** @type {Event} */ e) => { textSize.value = String(/** @type {CustomEvent} */ (e).detail); };
  document.addEventListener('text-size-changed', onZoom);
  offZoom = () => document.removeEventListener('text-size-changed', onZoom);

  const idle = h('input', { type: 'number', id: 'settings-idle', min: 1, max: 60, step: 1, value: settings.idleLockMinutes ?? 5, 'data-field': 'idle-lock-minutes' });
  const saveIdle = t('button', 'action-save', { class: 'button', type: 'submit', id: 'settings-idle-save' });
  // `novalidate`: the range is said in words by Rust, not by the browser's bubble.
  const saveIdleDelay = async () => {
    await api.settingsUpdate({ idleLockMinutes: idle.value.trim() === '' ? -1 : Number(idle.value) });
    dirty.delete('idle');
  };
  const idleForm = h('form', {
    id: 'settings-idle-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        await saveIdleDelay();
        await say('settings-saved', idleForm);
      } catch (e) { fail(e, idleForm); }
    },
  }, t('label', 'settings-idle', { for: 'settings-idle' }),
     h('div', { class: 'row' }, h('div', { class: 'narrow' }, idle), saveIdle),
     t('div', 'settings-idle-hint', { class: 'hint muted' }));

  const current = field({ id: 'pp-current', labelId: 'settings-pp-current', type: 'password', attrs: { autocomplete: 'current-password' } });
  const next = field({ id: 'pp-new', labelId: 'settings-pp-new', type: 'password', attrs: { autocomplete: 'new-password' } });
  const again = field({ id: 'pp-again', labelId: 'settings-pp-again', type: 'password', attrs: { autocomplete: 'new-password' } });
  const meter = passphraseMeter(next.input, { again: again.input });
  const change = t('button', 'settings-pp-change', { class: 'button', type: 'submit', id: 'pp-change', disabled: true });
  const check = async () => {
    const s = await meter.update();
    change.disabled = !(s.acceptable && next.input.value === again.input.value && current.input.value);
  };
  for (const f of [current, next, again]) f.input.addEventListener('input', check);
  const ppForm = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      ppForm.classList.add('busy');
      try {
        await api.sessionChangePassphrase(current.input.value, next.input.value);
        for (const f of [current, next, again]) f.input.value = '';
        await check();
        await say('settings-pp-changed', ppForm);
      } catch (e) { fail(e, ppForm); }
      ppForm.classList.remove('busy');
    },
  }, current.wrap, next.wrap, meter.element, again.wrap, h('div', { class: 'row end' }, change));

  // The association whose support letter Passerelle prints, and the worker who signs it.
  /** @type {Partial<import('ipc').Association>} */
  const association = (await api.associationGet()) || {};
  const a = {
    // `data-field`: the code of the field an error names (markFieldAtFault).
    name: field({ id: 'asso-name', labelId: 'settings-asso-name', attrs: { autocomplete: 'off', 'data-field': 'association.name' } }),
    lines: h('textarea', { id: 'asso-lines', rows: 2, 'aria-describedby': 'asso-lines-hint', 'data-field': 'association.address.lines' }),
    postcode: field({ id: 'asso-postcode', labelId: 'settings-asso-postcode', attrs: { autocomplete: 'off', 'data-field': 'association.address.postcode' } }),
    city: field({ id: 'asso-city', labelId: 'settings-asso-city', attrs: { autocomplete: 'off', 'data-field': 'association.address.city' } }),
    phone: field({ id: 'asso-phone', labelId: 'settings-asso-phone', attrs: { autocomplete: 'off', 'data-field': 'association.phone' } }),
    email: field({ id: 'asso-email', labelId: 'settings-asso-email', attrs: { autocomplete: 'off', 'data-field': 'association.email' } }),
    worker: field({ id: 'asso-worker', labelId: 'settings-asso-worker', attrs: { autocomplete: 'off', 'data-field': 'association.workerName' } }),
    role: field({ id: 'asso-role', labelId: 'settings-asso-role', hintId: 'settings-asso-role-hint', attrs: { autocomplete: 'off', 'data-field': 'association.workerRole' } }),
    title: h('select', { id: 'asso-title', 'data-field': 'association.workerTitle' },
      t('option', 'settings-asso-title-madame', { value: 'madame' }),
      t('option', 'settings-asso-title-monsieur', { value: 'monsieur' })),
  };
  a.name.input.value = association.name || '';
  a.lines.value = (association.address?.lines || []).join('\n');
  a.postcode.input.value = association.address?.postcode || '';
  a.city.input.value = association.address?.city || '';
  a.phone.input.value = association.phone || '';
  a.email.input.value = association.email || '';
  a.worker.input.value = association.workerName || '';
  a.role.input.value = association.workerRole || '';
  a.title.value = association.workerTitle || 'madame';
  const saveAssociation = async () => {
    const empty = (s) => s.trim() || null;
    const stored = await api.associationSave({
      name: a.name.input.value.trim(),
      address: { lines: a.lines.value.split('\n').map((l) => l.trim()).filter(Boolean), postcode: a.postcode.input.value.trim(), city: a.city.input.value.trim() },
      phone: empty(a.phone.input.value),
      email: empty(a.email.input.value),
      workerName: a.worker.input.value.trim(),
      workerRole: a.role.input.value.trim(),
      workerTitle: a.title.value,
    });
    // What was recorded: a pasted phone or e-mail without its invisible wrapping.
    a.phone.input.value = stored?.phone || '';
    a.email.input.value = stored?.email || '';
    dirty.delete('association');
  };
  const assoForm = h('form', {
    id: 'association-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        await saveAssociation();
        await say('settings-asso-saved', assoForm);
      } catch (e) { fail(e, assoForm); }
    },
  },
    a.name.wrap,
    h('div', { class: 'field' }, t('label', 'settings-asso-lines', { for: 'asso-lines' }), a.lines,
      t('div', 'settings-asso-lines-hint', { class: 'hint', id: 'asso-lines-hint' })),
    h('div', { class: 'grid-2' }, a.postcode.wrap, a.city.wrap),
    h('div', { class: 'grid-2' }, a.phone.wrap, a.email.wrap),
    h('div', { class: 'grid-2' }, a.worker.wrap, a.role.wrap),
    h('div', { class: 'field' }, t('label', 'settings-asso-title', { for: 'asso-title' }), a.title),
    h('div', { class: 'row end' }, t('button', 'action-save', { class: 'button', type: 'submit', id: 'association-save' })));

  for (const [name, form, save] of [['idle', idleForm, saveIdleDelay], ['association', assoForm, saveAssociation]]) {
    const changed = () => dirty.set(name, [save, form]);
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
  }
  leaveGuard = async () => {
    const target = location.hash;
    for (const [save, form] of [...dirty.values()]) {
      try { await save(); } catch (e) {
        fail(e, form);
        // Leaving for another page: she may leave without saving, knowingly.
        if (target && !target.startsWith('#/settings')) {
          mount(discardSlot, t('button', 'settings-leave-unsaved', {
            class: 'button secondary', type: 'button', id: 'settings-leave-unsaved',
            onclick: () => { dirty.clear(); location.hash = target; },
          }));
          await translate(discardSlot);
        }
        // The keyboard on the choice, with the error in view: on the form's first field, at its
        // top, both were below a small window and nothing seemed to happen (UI review,
        // 2026-12-05).
        const choice = /** @type {HTMLElement | null} */ (discardSlot.querySelector('button'));
        if (choice) focusVisible(choice);
        else /** @type {HTMLElement | null} */ (form.querySelector('input, textarea, select'))?.focus();
        reveal(error);
        return false;
      }
    }
    return true;
  };

  // Screen captures: the window is left out of them unless allowed (Windows, macOS). Where the
  // system cannot protect it, the page says so instead of offering a box that would do nothing.
  const captureSection = h('div', { class: 'capture', id: 'settings-capture' });
  if (settings.screenCaptureProtectable) {
    const capture = h('input', { type: 'checkbox', id: 'settings-capture-allowed', 'aria-describedby': 'settings-capture-hint' });
    capture.checked = settings.screenCaptureAllowed;
    capture.addEventListener('change', async () => {
      try {
        const next = await api.settingsUpdate({ screenCaptureAllowed: capture.checked });
        capture.checked = next.screenCaptureAllowed;
        await say('settings-saved', captureSection);
      } catch (e) {
        capture.checked = !capture.checked;
        fail(e, captureSection);
      }
    });
    captureSection.append(h('label', { class: 'check', for: 'settings-capture-allowed' }, capture, t('span', 'settings-capture-allowed')),
      t('p', 'settings-capture-hint', { class: 'hint muted', id: 'settings-capture-hint' }));
  } else {
    captureSection.append(t('p', 'settings-capture-unprotected', { class: 'hint muted', id: 'settings-capture-unprotected' }));
  }

  mount(main,
    t('h1', 'settings-title'),
    h('section', { class: 'panel' }, t('h2', 'settings-language', { id: 'settings-language-title' }),
      h('div', { class: 'row' }, language, languageApply)),
    textSizeSection,
    h('section', { class: 'panel', id: 'association' }, t('h2', 'settings-asso-title-section'),
      t('p', 'settings-asso-intro', { class: 'muted' }), assoForm),
    h('section', { class: 'panel' }, t('h2', 'settings-security'), idleForm, captureSection),
    h('section', { class: 'panel' }, t('h2', 'settings-pp-title'),
      // Opened with the recovery key there is no current passphrase to type: the way to a new
      // one is the screen the unlock offered (UI review, 2026-12-06: « Phrase de passe
      // incorrecte » was all this form said to the recovery key).
      settings.openedWithRecoveryKey
        ? h('div', {}, t('p', 'settings-pp-recovery', { class: 'muted', id: 'settings-pp-recovery' }),
          h('div', { class: 'row end' }, t('button', 'settings-pp-recovery-go', { class: 'button', type: 'button', id: 'settings-pp-recovery-go', onclick: () => app.show(newPassphrase) })))
        : h('div', {}, t('p', 'settings-pp-intro', { class: 'muted' }), ppForm)));
}
