// The "file" section of a case page: its status (open or closed), the person's consent, hand-over
// to another Passerelle, and erasure. Opening it is recorded in the audit log. The case page
// (case.js) shows the name and the section links above it.

import * as api from '../api.js';
import { h, t, mount, focusVisible, reveal, markFieldAtFault, clearFieldMarks } from '../dom.js';
import { translate, format } from '../l10n.js';
import { secretFields, progressBar, openConfirmation } from './vault-parts.js';
import { announceDeleted } from './cases.js';

const PURPOSES = [
  ['storage', 'consent-storage'],
  ['shareWithPrefecture', 'consent-prefecture'],
  ['shareWithLawyer', 'consent-lawyer'],
];
const STATUSES = ['given', 'refused', 'withdrawn'];

// Days are typed day/month/year, as everywhere in the app, and Rust reads them (an empty day is
// today, by Rust's clock): a native date picker would follow the system's locale instead.
function dayInput(id, value) {
  return h('input', { type: 'text', id, value: value || '', autocomplete: 'off', inputmode: 'numeric', class: 'day', 'aria-describedby': 'date-format-hint' });
}

/**
 * What tells this case apart from another of the same name: her facts, the case's dates, and the
 * namesakes themselves.
 * @param {import('ipc').CaseDetail} c
 */
function deletionDetails(c) {
  const dates = (n) => t('span', n.closedLabel ? 'case-namesake-closed' : 'case-namesake-dates', {}, {
    created: n.createdLabel, updated: n.updatedLabel, closed: n.closedLabel || '',
  });
  return h('div', { class: 'deletion-details', id: 'case-delete-details' },
    t('p', 'case-delete-who', { class: 'small' }),
    h('ul', {}, h('li', { id: 'case-delete-this' }, h('strong', {}, c.displayName),
      c.facts.length ? [' — ', c.facts.join(' · ')] : null,
      h('div', { class: 'muted small' }, dates({ ...c, closedLabel: c.closedLabel ?? null })))),
    c.namesakes.length ? [
      t('p', 'case-delete-namesakes', { class: 'small alert warning' }, { count: String(c.namesakes.length) }),
      h('ul', { class: 'namesakes' }, c.namesakes.map((n) => h('li', { 'data-namesake': n.id },
        h('a', { href: `#/case/${n.id}/file` }, n.displayName),
        n.facts.length ? [' — ', n.facts.join(' · ')] : null,
        h('div', { class: 'muted small' }, dates(n))))),
    ] : null);
}

/**
 * The consent form shown, checked before it goes: `null` when no file section is drawn.
 * @type {null | ((how: { locking?: boolean }) => boolean | Promise<boolean>)}
 */
let consentGuard = null;

/**
 * Before the file section goes (another tab or page, a lock): consent choices that differ from
 * what is saved are not saved for the worker (a consent is recorded knowingly, with
 * « Enregistrer »), nor dropped without a word (UI review, 2026-12-08: a tab change or a lock lost
 * them silently). Leaving, the worker stays, told so, with « Quitter sans enregistrer »; locking,
 * the unlock screen says that something typed was not saved. Read at once, before any wait: the
 * quick lock empties the page right after asking.
 * @param {{ locking?: boolean }} [how]
 * @returns {Promise<boolean>} true when nothing is lost
 */
export async function beforeLeave(how = {}) {
  return consentGuard ? consentGuard(how) : true;
}

/** `given`: the case as an edit returned it (no new "viewed" entry in the log). */
export async function render(main, app, id, given) {
  const c = given || await api.caseGet(id);
  const error = h('div', { class: 'alert error', role: 'alert', id: 'case-error' });
  const notice = h('div', { class: 'alert info', role: 'status', id: 'case-notice' });
  const say = async (messageId) => { notice.setAttribute('data-l10n-id', messageId); await translate(notice); };
  /**
   * Draws the section again from `updated`; the keyboard goes to `focusId` when given. `kept`:
   * what was typed in the forms the action did not save (closing the case must not undo the
   * consent choices being filled in, nor saving them the closing date being typed).
   * @param {import('ipc').CaseDetail} updated @param {string} messageId @param {string | null} [focusId]
   * @param {Record<string, string>} [kept] field id → value
   */
  const reload = async (updated, messageId, focusId = null, kept = {}) => {
    await render(main, app, id, updated);
    // Consent choices put back that differ from what is saved: « Enregistré » would else read
    // as if they were saved too.
    let consentUnsaved = false;
    for (const [fieldId, value] of Object.entries(kept)) {
      const field = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (main.querySelector(`#${CSS.escape(fieldId)}`));
      if (!field) continue;
      if (field.value !== value && fieldId.startsWith('consent-')) consentUnsaved = true;
      field.value = value;
    }
    await translate(main);
    const n = main.querySelector('#case-notice');
    n.setAttribute('data-l10n-id', consentUnsaved ? 'case-saved-consent-unsaved' : messageId);
    await translate(n);
    const target = /** @type {HTMLElement | null} */ (focusId ? main.querySelector(`#${focusId}`) : null);
    // Said under the button that saved, where the keyboard is (keyboard review, 2026-12-06:
    // « Enregistré. » at the top of the section, above the window).
    target?.closest('.row')?.after(n);
    target?.focus();
    reveal(n, 16);
  };
  // A refused form: its field at fault marked and focused (UI walk, 2026-12-06: the keyboard
  // stayed on « Enregistrer », pushed below a 600-pixel window by the message).
  const guard = (fn) => async (...args) => {
    error.textContent = '';
    clearFieldMarks(error);
    try { await fn(...args); } catch (e) {
      error.textContent = e.message;
      reveal(error);
      const form = args[0]?.target;
      if (form instanceof HTMLFormElement) markFieldAtFault(form, error, e);
    }
  };
  /** The values of a form's fields (never a passphrase's), by id. @param {HTMLElement} form */
  const typedIn = (form) => Object.fromEntries([...form.querySelectorAll('input:not([type=password]), select')]
    .map((f) => [f.id, /** @type {HTMLInputElement | HTMLSelectElement} */ (f).value]));

  // Open or closed.
  const closedDate = dayInput('case-closed-on', c.todayInput);
  const status = c.closedOn
    ? h('div', { class: 'row' },
      t('p', 'case-closed', { id: 'case-status' }, { date: c.closedLabel }),
      h('div', { class: 'spacer' }),
      t('button', 'case-reopen', { class: 'button secondary', type: 'button', id: 'case-reopen', onclick: guard(async () => reload(await api.caseSetClosed(id, null), 'case-saved', 'case-close', typedIn(consentForm))) }))
    : h('div', { class: 'row' },
      t('p', 'case-open', { id: 'case-status' }),
      h('div', { class: 'spacer' }),
      t('label', 'case-closed-on', { for: 'case-closed-on' }), closedDate,
      t('button', 'case-close', { class: 'button secondary', type: 'button', id: 'case-close', onclick: guard(async () => reload(await api.caseSetClosed(id, closedDate.value), 'case-saved', 'case-reopen', typedIn(consentForm))) }));

  // Consent, purpose by purpose.
  const consent = c.consent || {};
  const inputs = PURPOSES.map(([key, labelId]) => {
    const current = consent[key];
    // Each field says which use it is for (and the date field that it is the answer's date).
    const select = h('select', { id: `consent-${key}`, 'aria-labelledby': `consent-${key}-label` },
      t('option', 'consent-not-asked', { value: '' }),
      STATUSES.map((s) => t('option', `consent-status-${s}`, { value: s })));
    select.value = current?.status || '';
    const date = dayInput(`consent-${key}-date`, c.consentDates[key]);
    date.setAttribute('aria-labelledby', `consent-${key}-label consent-date-label`);
    return { key, select, date, row: h('tr', {}, h('td', {}, t('span', labelId, { id: `consent-${key}-label` })), h('td', {}, select), h('td', {}, date)) };
  });
  // The notice exists in a few languages: one of them, the interview's side-by-side language
  // first; when none of hers has it, nothing is chosen for her and the worker picks.
  const language = h('select', { id: 'consent-language', 'aria-describedby': 'consent-language-hint', 'data-field': 'notice-language' },
    c.noticeLanguage ? null : t('option', 'consent-language-choose', { value: '' }),
    c.noticeLanguages.map((l) => h('option', { value: l.code }, l.label)));
  language.value = c.noticeLanguage || '';
  const consentForm = h('form', {
    onsubmit: guard(async (event) => {
      event.preventDefault();
      const record = { noticeLanguage: language.value };
      for (const i of inputs) {
        record[i.key] = i.select.value ? { status: i.select.value, date: i.date.value } : null;
      }
      // The keyboard back on « Enregistrer », not on the page (UI walk, 2026-12-06).
      await reload(await api.caseSetConsent(id, record), 'case-saved', 'consent-save', c.closedOn ? {} : { 'case-closed-on': closedDate.value });
    }),
  },
    t('span', 'consent-date', { id: 'consent-date-label', class: 'visually-hidden' }),
    h('table', { class: 'list' }, h('tbody', {}, inputs.map((i) => i.row))),
    h('div', { class: 'row' }, t('label', 'consent-language', { for: 'consent-language' }), language,
      h('div', { class: 'spacer' }), t('button', 'action-save', { class: 'button', type: 'submit', id: 'consent-save' })),
    t('p', c.noticeLanguage ? 'consent-language-hint' : 'consent-language-none', { class: 'hint muted', id: 'consent-language-hint' }),
    t('p', 'case-file-date-hint', { class: 'hint muted', id: 'date-format-hint' }),
    t('p', 'consent-notice-version', { class: 'muted' }, { version: String(c.noticeVersion) }));
  // What is saved, as the form shows it: what differs from it at a page change or a lock is
  // not saved.
  const consentFields = () => [...inputs.flatMap((i) => [i.select, i.date]), language];
  const shownConsent = () => consentFields().map((f) => f.value);
  const savedConsent = shownConsent();
  // A date without its choice is not recorded (the choice « Non demandé » records nothing).
  const consentChanged = () => inputs.some((i, n) => i.select.value !== savedConsent[2 * n]
    || (i.select.value !== '' && i.date.value !== savedConsent[2 * n + 1]))
    || language.value !== savedConsent[savedConsent.length - 1];
  const unsaved = h('div', { class: 'alert warning', role: 'alert', id: 'consent-unsaved' });
  consentGuard = ({ locking = false } = {}) => {
    // A section drawn again since, or another one: this form is not the page's.
    if (!consentForm.isConnected || !consentChanged()) return true;
    if (locking) return false;
    return refuseLeaving();
  };
  const refuseLeaving = async () => {
    const target = location.hash;
    // Another tab or page: she may go without saving, knowingly (the page drawn again in place,
    // « Initiales seulement », has nowhere else to go).
    const discard = target && target !== `#/case/${id}/file`
      ? t('button', 'settings-leave-unsaved', {
        class: 'button secondary', type: 'button', id: 'consent-leave-unsaved',
        onclick: () => {
          consentFields().forEach((f, n) => { f.value = savedConsent[n]; });
          location.hash = target;
        },
      })
      : null;
    mount(unsaved, t('p', 'case-consent-unsaved'), discard ? h('div', { class: 'row end' }, discard) : null);
    consentForm.append(unsaved);
    await translate(unsaved);
    reveal(unsaved, 16);
    focusVisible(discard ?? /** @type {HTMLElement} */ (main.querySelector('#consent-save')));
    return false;
  };
  // Saved or put back as saved: the warning has said its part.
  consentForm.addEventListener('change', () => { if (!consentChanged()) unsaved.remove(); });

  // The printed record: the notice beside French and the choices as saved (the same export path
  // as the case's other documents: a dialog opened by Rust, an audit entry).
  const printConsent = t('button', 'consent-print', {
    class: 'button', type: 'button', id: 'consent-print',
    onclick: guard(async () => {
      await api.documentPrint(id, 'consent');
      await say('case-printed');
    }),
  });
  const saveConsent = t('button', 'consent-export', {
    class: 'button secondary', type: 'button', id: 'consent-export',
    onclick: guard(async () => {
      const result = await api.documentExport(id, 'consent');
      notice.setAttribute('data-l10n-id', result.saved ? 'case-export-saved' : 'case-export-cancelled');
      notice.setAttribute('data-l10n-args', JSON.stringify({ file: result.fileName ?? '', folder: result.folder ?? '' }));
      await translate(notice);
    }),
  });
  const withdrawn = ['refused', 'withdrawn'].includes(consent.storage?.status)
    ? t('div', 'consent-storage-withdrawn', { class: 'alert error', id: 'consent-withdrawn' })
    : null;

  // Hand-over: not once she refused, or withdrew, that her case go to a lawyer or another
  // association (security review, 2026-12-06).
  const handoverRefused = ['refused', 'withdrawn'].includes(consent.shareWithLawyer?.status ?? '');
  const bundle = secretFields('handover', { confirm: true, labelId: 'handover-passphrase' });
  const send = t('button', 'handover-export', { class: 'button', type: 'submit', id: 'handover-export', disabled: true });
  const progress = progressBar('handover-progress');
  // Said under the button, as on the backup page: at the top of the page it was far above a
  // small window, and the keyboard fell to nothing with the button disabled once the fields are
  // emptied (UI review, 2026-12-05).
  const sent = h('div', { class: 'alert info', role: 'status', id: 'handover-result', tabindex: '-1' });
  const refused = h('div', { class: 'alert error', role: 'alert', id: 'handover-error' });
  bundle.onChange(() => { send.disabled = !bundle.ready(); });
  const handoverForm = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      sent.textContent = '';
      refused.textContent = '';
      try {
        if (await progress.run(() => api.handoverExport(id, bundle.value().value))) {
          bundle.clear();
          sent.textContent = await format('handover-exported');
          focusVisible(sent);
        }
      } catch (e) {
        refused.textContent = e.message;
        focusVisible(bundle.input());
        reveal(refused);
      }
    },
  }, bundle.element, progress.element, h('div', { class: 'row end' }, send), refused, sent);

  // Erasure.
  const confirmSlot = h('div');
  const erase = t('button', 'case-delete', {
    class: 'button danger', type: 'button', id: 'case-delete',
    onclick: async () => {
      await openConfirmation(confirmSlot, {
        id: 'case-delete', messageId: 'case-delete-confirm', args: { name: c.displayName },
        checkId: 'case-delete-check', buttonId: 'case-delete-final',
        details: deletionDetails(c),
        // Gone with its case: nothing of its consent is left to save.
        onConfirm: async () => { await api.caseDelete(id); consentGuard = null; announceDeleted(); location.hash = '#/cases'; },
      });
    },
  });

  mount(main,
    t('p', 'case-dates', { class: 'muted' }, { created: c.createdLabel, updated: c.updatedLabel }),
    error, notice, withdrawn,
    h('section', { class: 'panel' }, t('h2', 'case-status-title'), status, t('p', 'case-closed-hint', { class: 'muted' })),
    h('section', { class: 'panel' }, t('h2', 'consent-title'), t('p', 'consent-intro', { class: 'muted' }), consentForm,
      h('div', { class: 'row' }, printConsent, saveConsent), t('p', 'consent-export-hint', { class: 'hint muted' })),
    h('section', { class: 'panel' }, t('h2', 'handover-title'), handoverRefused ? null : t('p', 'handover-intro', { class: 'muted' }),
      // She refused that her case be passed on: said here, and no form (Rust refuses it too).
      handoverRefused ? t('div', 'handover-refused', { class: 'alert warning', id: 'handover-refused' }) : handoverForm),
    h('section', { class: 'panel danger-zone' }, t('h2', 'case-delete-title'), t('p', 'case-delete-intro', { class: 'muted' }), confirmSlot, h('div', { class: 'row end' }, erase)));
}
