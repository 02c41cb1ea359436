// The interview's first step: the consent notice, read to her side by side (French and the
// notice's language, by default the interview's side-by-side language), then her choice for each
// use, recorded before any other answer. « Imprimer » prints the notice and her choices from
// memory (no file); « Enregistrer en PDF » saves them.

import * as api from '../api.js';
import { h, t, mount, person, languageName, markFieldAtFault, clearFieldMarks, reveal } from '../dom.js';
import { translate } from '../l10n.js';
import { stepItems } from './steps.js';

const PURPOSES = [
  ['storage', 'consent-storage'],
  ['shareWithPrefecture', 'consent-prefecture'],
  ['shareWithLawyer', 'consent-lawyer'],
];

/**
 * The step on screen: how to save what is waiting, and what to undo when it goes.
 * @type {{ flush: () => Promise<boolean>, cleanup: () => void } | null}
 */
let page = null;

/**
 * Leaving the step (the next step, another page, a lock): a choice not yet saved is saved first;
 * one that cannot be (no notice language yet) keeps the worker here, its reason on screen.
 */
export async function beforeLeave() {
  return page ? page.flush() : true;
}

export function unmount() {
  page?.cleanup();
  page = null;
}

/**
 * The notice in `lang`, its title first: `ids` are the current version's, which Rust names
 * (CaseDetail.noticeIds) and stamps on the choices saved.
 * @param {string[]} ids @param {string} lang @param {string | null} association
 */
async function notice(ids, lang, association) {
  const name = association ?? (await api.l10nFormat([{ id: 'pdf-consent-unnamed-association', args: {} }], lang))[0];
  return api.l10nFormat(ids.map((id) => ({ id, args: { association: name } })), lang);
}

/** @param {HTMLElement} main @param {unknown} app @param {{ caseId: string, query?: URLSearchParams }} params */
export async function render(main, app, { caseId }) {
  const [c, view, association] = await Promise.all([
    api.caseGet(caseId), api.interviewStep(caseId, 'identity'), api.associationGet(),
  ]);
  const error = h('div', { class: 'alert error', role: 'alert', id: 'consent-step-error' });
  const status = h('p', { class: 'alert ok', role: 'status', id: 'consent-step-status' });
  const consent = c.consent || {};

  // The notice, French beside the chosen language.
  // `data-field`: the code of the field an error names (markFieldAtFault).
  const language = h('select', { id: 'consent-step-language', 'aria-describedby': 'consent-step-language-hint', 'data-field': 'notice-language' },
    c.noticeLanguage ? null : t('option', 'consent-language-choose', { value: '' }),
    c.noticeLanguages.map((l) => h('option', { value: l.code }, languageName(l))));
  language.value = c.noticeLanguage || '';
  const columns = h('div', { class: 'notice-columns', id: 'consent-notice' });
  const drawNotice = async () => {
    const name = association?.name?.trim() || null;
    const fr = await notice(c.noticeIds, 'fr', name);
    // Given in French: one column, not the same text twice (keyboard review, 2026-12-06).
    const other = language.value && language.value !== 'fr' ? await notice(c.noticeIds, language.value, name) : null;
    const column = (texts, lang) => h('div', { class: 'notice-column', ...person(lang) },
      h('h2', {}, texts[0]), texts.slice(1).map((p) => h('p', {}, p)));
    mount(columns, column(fr, 'fr'), other ? column(other, language.value) : null);
  };

  // Her choice for each use: yes, no, or not asked yet. « Pas encore demandé » only while nothing
  // is recorded for the use: a decision recorded was asked, and a stray click must not erase it
  // and its day (review, 2026-12-05); the case's « Dossier » section changes it, with its own
  // « Enregistrer ».
  const choices = PURPOSES.map(([key, labelId]) => {
    const current = consent[key]?.status ?? '';
    const statuses = ['given', 'refused', ...(current === 'withdrawn' ? ['withdrawn'] : []), ...(current ? [] : [''])];
    const radios = statuses.map((s) => {
      const id = `consent-step-${key}-${s || 'none'}`;
      const input = h('input', { type: 'radio', name: `consent-step-${key}`, id, value: s, checked: s === current });
      return h('label', { class: 'check', for: id }, input, t('span', s ? `consent-status-${s}` : 'consent-not-asked'));
    });
    return {
      key,
      value: () => /** @type {HTMLInputElement | null} */ (main.querySelector(`input[name="consent-step-${key}"]:checked`))?.value ?? '',
      element: h('fieldset', { class: 'choice', id: `consent-step-${key}` }, t('legend', labelId), h('div', { class: 'row' }, radios)),
    };
  });

  // Each choice is saved as it is made (« Chaque choix est enregistré aussitôt »): the button shows
  // only when something is not saved that a choice does not save, after a save that failed (to
  // try again) or with the notice's language changed alone (her choices then recorded anew,
  // after that notice) (UI review, 2026-12-07: « Enregistrer ses choix » beside « enregistré
  // aussitôt » left the worker unsure whether her choices were kept).
  const save = t('button', 'consent-step-save', { type: 'submit', class: 'button', id: 'consent-step-save', hidden: true });
  let failed = false;
  let savedLanguage = c.noticeLanguage || '';
  const showSave = () => { save.hidden = !failed && language.value === savedLanguage; };
  const form = h('form', { id: 'consent-step-form' },
    choices.map((ch) => ch.element),
    h('div', { class: 'row' }, save));
  // Each choice is saved as soon as it is made, as every answer of the interview is (UI review,
  // 2026-12-05: choices made, then « Étape suivante », were lost without a word), once the worker
  // stops on it (arrow keys move through a group at each press: one save, one log entry). Saves
  // run one after the other, each with the choices as they stand when it runs; `changes` counts
  // the choices made, `saved` those a save has covered.
  let changes = 0;
  let saved = 0;
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  /** @type {Promise<boolean>} */
  let saving = Promise.resolve(true);
  const recordedLanguage = c.noticeLanguage || '';
  const saveChoices = () => {
    saving = saving.then(async () => {
      const covering = changes;
      error.textContent = '';
      clearFieldMarks(error);
      status.textContent = '';
      /** @type {import('ipc').ConsentDraft} */
      const record = { noticeLanguage: language.value };
      for (const ch of choices) {
        const s = ch.value();
        // A decision already recorded keeps its day, unless the notice is now recorded in another
        // language (read again: the record must not say she decided then, after that notice);
        // a new one is today's (Rust's clock).
        const kept = consent[ch.key]?.status === s && language.value === recordedLanguage;
        record[ch.key] = s ? { status: s, date: kept ? (c.consentDates[ch.key] ?? '') : '' } : null;
      }
      try {
        await api.caseSetConsent(caseId, record);
        saved = Math.max(saved, covering);
        failed = false;
        savedLanguage = record.noticeLanguage;
        showSave();
        status.setAttribute('data-l10n-id', 'consent-step-saved');
        await translate(status);
        return true;
      } catch (err) {
        // Said beside the field at fault, the keyboard on it (keyboard review, 2026-12-06: the
        // message sat under the whole section, out of view, the focus left on a radio): the
        // notice's language, at the top of the step; else under her choices.
        error.textContent = err.message;
        failed = true;
        showSave();
        const control = markFieldAtFault(main, error, err);
        if (control) control.closest('.panel')?.append(error);
        else { form.after(error); reveal(error); }
        return false;
      }
    });
    return saving;
  };
  // Whatever is waiting saved now; false when a choice made could not be (its reason on screen).
  const flush = async () => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    await saving;
    return saved < changes ? saveChoices() : true;
  };
  // She refuses that the association keep her case: said at once, under her choices, with what
  // to do (UI review, 2026-12-06: « Ses choix sont enregistrés » and « Étape suivante » only).
  const storageRefused = t('div', 'consent-step-storage-refused', { class: 'alert error', id: 'consent-step-refusal', role: 'alert' });
  // Read from the choice's own radios, not the page's: on coming back to the step, they are not
  // in the page yet when this first runs (review, 2026-12-06).
  const showRefusal = () => {
    const storage = choices.find((ch) => ch.key === 'storage');
    const chosen = /** @type {HTMLInputElement | null} */ (storage?.element.querySelector('input:checked') ?? null);
    storageRefused.hidden = !['refused', 'withdrawn'].includes(chosen?.value ?? '');
  };
  showRefusal();
  for (const ch of choices) {
    ch.element.addEventListener('change', showRefusal);
    ch.element.addEventListener('change', () => {
      changes += 1;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => { timer = null; saveChoices(); }, 400);
    });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    changes += 1;
    flush();
  });

  const documentButton = (id, labelId, run) => {
    const b = t('button', labelId, { type: 'button', class: id === 'consent-step-print' ? 'button secondary' : 'button link', id });
    b.addEventListener('click', async () => {
      error.textContent = '';
      status.textContent = '';
      try { await run(status); await translate(status); } catch (err) { error.textContent = err.message; }
    });
    return b;
  };
  const print = documentButton('consent-step-print', 'consent-print', async (s) => {
    await api.documentPrint(caseId, 'consent');
    s.setAttribute('data-l10n-id', 'case-printed');
    s.removeAttribute('data-l10n-args');
  });
  const savePdf = documentButton('consent-step-export', 'consent-export', async (s) => {
    const result = await api.documentExport(caseId, 'consent');
    s.setAttribute('data-l10n-id', result.saved ? 'case-export-saved' : 'case-export-cancelled');
    s.setAttribute('data-l10n-args', JSON.stringify({ file: result.fileName ?? '', folder: result.folder ?? '' }));
  });

  // What the choice of language means, said for the choice made: none made yet (no language of
  // hers recorded, or none the notice is written in), or the one made (UI review, 2026-12-05:
  // « aucune de ses langues » before any was recorded, and still after one was chosen).
  const hintId = () => (language.value ? 'consent-language-hint'
    : c.languages.length ? 'consent-language-none' : 'consent-language-unknown');
  const hint = t('p', hintId(), { class: 'hint muted', id: 'consent-step-language-hint' });
  language.addEventListener('change', () => {
    showSave();
    hint.setAttribute('data-l10n-id', hintId());
    translate(hint);
    drawNotice().catch((err) => { error.textContent = err.message; });
  });

  const steps = h('ol', { class: 'steps', id: 'steps' }, stepItems(caseId, view.steps, 'consent'));
  const next = t('a', 'iv-next', { class: 'button', href: `#/case/${caseId}/interview/identity`, id: 'step-next' });
  // Alt+→ goes to the next step, as on every step of the interview; Alt+← has none to go to.
  // Neither moves her choices: the native radios took Alt+arrows as arrows, and changed and
  // saved a consent (keyboard review, 2026-12-06).
  const onKey = (/** @type {KeyboardEvent} */ e) => {
    if (!e.altKey || e.ctrlKey) return;
    const onChoice = e.target instanceof HTMLInputElement && e.target.type === 'radio';
    if (e.key === 'ArrowRight') {
      e.preventDefault();
      location.hash = /** @type {string} */ (next.getAttribute('href'));
    } else if (onChoice && ['ArrowLeft', 'ArrowUp', 'ArrowDown'].includes(e.key)) {
      // On her choices only: elsewhere (the language list) Alt+↓ keeps its own meaning.
      e.preventDefault();
    }
  };
  await drawNotice();
  // Once nothing above can fail: a listener left behind would send a later page here.
  document.addEventListener('keydown', onKey, true);
  page = { flush, cleanup: () => document.removeEventListener('keydown', onKey, true) };
  mount(main,
    h('div', { class: 'interview consent-step' },
      h('div', { class: 'interview-head' },
        h('p', { class: 'eyebrow' }, h('a', { href: `#/case/${caseId}`, id: 'case-link' }, view.name), ' · ', t('span', 'iv-title')),
        t('h1', 'iv-step-consent', { id: 'step-title' })),
      h('nav', { class: 'steps-nav', 'aria-labelledby': 'steps-label' },
        t('span', 'iv-steps', { class: 'visually-hidden', id: 'steps-label' }), steps),
      t('p', 'consent-step-intro', { class: 'intro' }),
      h('div', { class: 'panel toolbar' },
        h('div', { class: 'field-inline' }, t('label', 'consent-language', { for: 'consent-step-language' }), language),
        hint),
      columns,
      h('section', { class: 'panel', 'aria-labelledby': 'consent-step-choices' },
        t('h2', 'consent-step-choices', { id: 'consent-step-choices' }),
        form,
        // What a save or a document says, under the choices it is about (keyboard review,
        // 2026-12-06: both sat below the section, out of view at 1024×600).
        status, error,
        storageRefused,
        h('div', { class: 'row' }, print, savePdf),
        t('p', 'consent-export-hint', { class: 'hint muted' })),
      h('div', { class: 'row step-nav' }, h('div', { class: 'spacer' }), next),
      // The keys, as on every step of the interview.
      t('p', 'consent-step-keys', { class: 'hint muted keys' })));
  document.title = 'Passerelle';
  // After translation (shell): the focus on the notice's language, the first thing to settle.
  return () => language.focus({ preventScroll: true });
}
