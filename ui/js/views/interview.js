// The guided interview, one step at a time. Each answer is saved as it is given (see save.js);
// the step comes back from Rust after each answer, and only what changed is redrawn, so a field
// being typed in keeps its focus. Side by side, each question also shows in the person's language.
//
// The first step, her consent, is consent-step.js.
//
// Keyboard: Tab moves through the answers; Enter in a text field goes to the next question;
// Alt+→ / Alt+← go to the next / previous step; Escape closes a confirmation.

import * as api from '../api.js';
import { h, t, mount, focusVisible, person, languageName } from '../dom.js';
import { charCount } from '../limits.js';
import { translate, format } from '../l10n.js';
import { saveQueue } from '../save.js';
import { questionBlock, refreshBlock, firstControl, shape } from './questions.js';
import * as consentStep from './consent-step.js';
import { stepItems } from './steps.js';

let page = null;

/**
 * The cases whose welcome (« Cet entretien est confidentiel… ») was shown on this page: it is read
 * to the person once, at the start, and then leaves its room to the questions (on a small screen
 * the first question must show without scrolling). Rust stops sending it once the interview's
 * first answer is recorded, which holds across locks and restarts; this set covers the moments
 * before that answer.
 */
const welcomed = new Set();
/** A note begun in the interview and not added yet, by case. @type {Map<string, string>} */
const noteDrafts = new Map();

/**
 * The note « Ajouter au dossier » is sending: a lock meanwhile waits for it rather than adding
 * the same text again (review, 2026-12-06).
 * @type {null | { caseId: string, text: string, done: Promise<boolean> }}
 */
let noteSending = null;

export async function render(main, app, { caseId, step, query }) {
  // Her consent comes first: the notice side by side, then her choices (consent-step.js).
  if (step === 'consent') return consentStep.render(main, app, { caseId, query });
  const view = await api.interviewStep(caseId, step);
  const error = h('div', { class: 'alert error', role: 'alert', id: 'interview-error' });
  const live = h('div', { class: 'visually-hidden', role: 'status', id: 'interview-live' });
  const list = h('div', { class: 'questions', id: 'questions' });
  let current = view;

  const queue = saveQueue(
    (questionId, answer) => api.interviewAnswer(caseId, current.step, questionId, answer),
    {
      onSaved: (_, next) => apply(next),
      onError: (questionId, e) => showError(questionId, e),
      onState: (questionId, state) => setState(questionId, state),
    },
  );

  const blockOf = (questionId) => list.querySelector(`[data-question="${CSS.escape(questionId)}"]`);

  async function setState(questionId, state) {
    const block = blockOf(questionId);
    if (!block) return;
    block.dataset.save = state;
    if (state === 'saved') {
      // Clean only if what was saved is what the field holds now.
      const input = block.querySelector('input[type=text], textarea');
      if (!input || input.value === block.dataset.sent) block.dataset.dirty = 'false';
      block.querySelector('.q-error').textContent = '';
    }
    const status = block.querySelector('.q-status');
    const id = { saving: 'iv-saving', waiting: 'iv-saving', saved: 'iv-saved', unsaved: 'iv-unsaved', failed: 'iv-unsaved' }[state];
    status.setAttribute('data-l10n-id', id);
    await translate(status);
  }

  function showError(questionId, e) {
    const block = blockOf(questionId);
    if (block) block.querySelector('.q-error').textContent = e.message;
    else error.textContent = e.message;
  }

  const ctx = () => ({
    heading: 'h2',
    personLang: current.personLang,
    notEstablished: current.notEstablished,
    answer: (q, answer, opts, block) => {
      if (block) block.querySelector('.q-error').textContent = '';
      return queue.put(q.id, answer, opts).catch(() => {});
    },
    confirmErase: (block, q, proceed) => confirmErase(block, q, proceed),
    latest: (/** @type {string} */ id) => current.questions.find((x) => x.id === id),
  });

  // An answer that would erase others: the confirmation lists them, the focus is on « Annuler »
  // (the safe choice), and once erased, « Rétablir » gives the previous answers back.
  async function confirmErase(block, stale, proceed) {
    // The block keeps the question as first drawn: its answers now are in `current`.
    const q = current.questions.find((x) => x.id === stale.id) || stale;
    const previous = { restore: q.restore, erasable: q.erasable };
    block.querySelector('.q-confirm')?.remove();
    block.querySelector('.q-undo')?.remove();
    const yes = t('button', 'iv-erase-confirm', { type: 'button', class: 'button danger', id: `${block.id}-erase` });
    const no = t('button', 'action-cancel', { type: 'button', class: 'button secondary', id: `${block.id}-keep` });
    const box = h('div', { class: 'q-confirm alert warning', role: 'alertdialog', 'aria-labelledby': `${block.id}-confirm` },
      t('p', 'iv-erase-warning', { id: `${block.id}-confirm` }, { count: String(q.dependentAnswers) }),
      h('ul', { class: 'erased', id: `${block.id}-erased` }, q.erasable.map((e) => h('li', {}, h('span', {}, e.label), ' — ', h('strong', {}, e.display)))),
      h('div', { class: 'row' }, no, yes));
    // Kept: the control shows the answer saved again (a select or a box would keep the choice
    // that was not sent), and the keyboard goes back to the question.
    const close = () => {
      box.remove();
      refreshBlock(block, current.questions.find((x) => x.id === q.id) || q);
      firstControl(block)?.focus();
    };
    yes.addEventListener('click', async () => {
      box.remove();
      firstControl(block)?.focus();
      await proceed();
      if (previous.restore) offerUndo(block, q, previous);
    });
    no.addEventListener('click', close);
    box.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } });
    // Translated before it is shown: an alert dialog is announced as it appears, whole (the list
    // of answers without the sentence that says they will be erased would mislead).
    await translate(box);
    block.querySelector('.q-confirm')?.remove();
    block.querySelector('.q-status').before(box);
    no.focus();
  }

  async function offerUndo(block, q, previous) {
    const undo = t('button', 'iv-erase-undo', { type: 'button', class: 'button secondary', id: `${block.id}-undo` });
    // The status is on the page, empty, before its words come: a status region is announced when
    // its text changes while it is shown.
    const said = h('span', { role: 'status' });
    const bar = h('div', { class: 'q-undo alert info' }, said, ' ', undo);
    undo.addEventListener('click', async () => {
      bar.remove();
      // The question first (it opens the others again), then each answer, parents first.
      await queue.put(q.id, previous.restore).catch(() => {});
      for (const e of previous.erasable) await queue.put(e.questionId, e.restore).catch(() => {});
      firstControl(blockOf(q.id))?.focus();
    });
    await translate(bar);
    block.querySelector('.q-status').before(bar);
    said.textContent = await format('iv-erased', { count: String(previous.erasable.length) });
  }

  // Redraws what changed: questions that appeared or went away with branching, answer states,
  // progress. Blocks of the same shape are kept, so focus and typing survive.
  function apply(next) {
    const sideBySideChanged = next.personLang !== current.personLang;
    current = next;
    if (sideBySideChanged) return renderAll();
    // Her column's welcome and intro follow what was just answered (in Arabic, « homme » turns
    // them to the masculine), in place: a redraw would take the focus from the answer.
    const intros = [[main.querySelector('.intro.welcome .q-person'), next.welcome],
      [main.querySelector('.intro:not(.welcome) .q-person'), next.intro]];
    for (const [el, m] of intros) if (el && m?.personLabel) el.textContent = m.personLabel;
    const wanted = next.questions.map((q) => q.id);
    for (const block of [...list.children]) {
      if (!wanted.includes(block.dataset.question)) block.remove();
    }
    next.questions.forEach((q, i) => {
      let block = blockOf(q.id);
      if (block && block.dataset.shape !== shape(q, next.personLang) && !block.contains(document.activeElement)) {
        block.remove();
        block = null;
      }
      if (block) {
        refreshBlock(block, q);
      } else {
        block = questionBlock(q, ctx());
        translate(block);
      }
      if (list.children[i] !== block) list.insertBefore(block, list.children[i] || null);
    });
    updateProgress();
  }

  const progress = h('ol', { class: 'steps', id: 'steps' });
  function updateProgress() {
    // Her consent is the first step (consent-step.js); the questions' steps follow it.
    mount(progress, stepItems(caseId, current.steps, current.step));
    translate(progress).then(() => {
      // The bar does not wrap: it scrolls sideways, the current step in view.
      const here = progress.querySelector('[aria-current=step]');
      if (here) progress.scrollLeft = Math.max(0, here.offsetLeft - progress.clientWidth / 2 + here.offsetWidth / 2);
    });
  }

  // Side by side: a switch and the person's language, saved with the case.
  const sbs = h('input', { type: 'checkbox', id: 'side-by-side', checked: view.sideBySide });
  const language = h('select', { id: 'person-language', 'aria-labelledby': 'person-language-label' },
    h('option', { value: '' }, '—'),
    view.languages.map((l) => h('option', { value: l.code }, languageName(l))));
  language.value = view.personLanguage || '';
  // Her language is the interface's: nothing to show beside the questions, and the page says so.
  const sameLanguage = t('p', 'iv-side-by-side-same', { class: 'hint muted small', id: 'side-by-side-same' });
  const showSameLanguage = (v) => {
    sameLanguage.hidden = !v.readsInterfaceLanguage;
    sbs.disabled = v.readsInterfaceLanguage;
    if (v.readsInterfaceLanguage) sbs.setAttribute('aria-describedby', 'side-by-side-same');
    else sbs.removeAttribute('aria-describedby');
  };
  showSameLanguage(view);
  /** True when saved; false with the reason on screen. */
  const setLanguage = async () => {
    error.textContent = '';
    try {
      await queue.flush();
      const next = await api.interviewLanguage(caseId, current.step, sbs.checked, language.value);
      // The page may have been left meanwhile (a quick lock): nothing to draw.
      if (page === null) return true;
      sbs.checked = next.sideBySide;
      language.value = next.personLanguage || '';
      showSameLanguage(next);
      apply(next);
      live.textContent = await format(next.readsInterfaceLanguage ? 'iv-side-by-side-same'
        : next.sideBySide ? 'iv-side-by-side-on' : 'iv-side-by-side-off');
      return true;
    } catch (e) {
      error.textContent = e.message;
      return false;
    }
  };
  /** @type {Promise<boolean>} */
  let languageSaving = Promise.resolve(true);
  const saveLanguage = () => { languageSaving = languageSaving.then(setLanguage); return languageSaving; };
  sbs.addEventListener('change', saveLanguage);
  // Arrow keys on the closed list change it at each press (WebKitGTK): her language is saved once
  // the worker stops on one (UI review, 2026-12-05: four presses wrote four entries in the log,
  // and their answers could come back out of order). Leaving the step saves it at once.
  /** @type {ReturnType<typeof setTimeout> | null} */
  let languageTimer = null;
  // Whatever is waiting saved now, and what is under way finished; false if it failed.
  const saveLanguageNow = async () => {
    if (languageTimer !== null) {
      clearTimeout(languageTimer);
      languageTimer = null;
      saveLanguage();
    }
    return languageSaving;
  };
  language.addEventListener('change', () => {
    if (language.value) sbs.checked = true;
    if (languageTimer !== null) clearTimeout(languageTimer);
    languageTimer = setTimeout(saveLanguageNow, 400);
  });

  const header = h('div', { class: 'interview-head' });
  const nav = h('div', { class: 'row step-nav' });

  // A note for the case without leaving the interview (the worker's, not read to the person:
  // folded, and never side by side). It joins the case's notes, with its author.
  const noteText = h('textarea', { id: 'iv-note-text', rows: 3, 'aria-labelledby': 'iv-note-label' });
  const noteStatus = h('p', { class: 'muted small', role: 'status', id: 'iv-note-status' });
  const noteError = h('div', { class: 'alert error', role: 'alert', id: 'iv-note-error' });
  const noteForm = h('form', { class: 'iv-note', id: 'iv-note-form' },
    t('label', 'iv-note-label', { for: 'iv-note-text', id: 'iv-note-label' }), noteText, charCount(noteText, 'note'),
    h('div', { class: 'row end' }, t('button', 'case-note-add', { type: 'submit', class: 'button secondary', id: 'iv-note-add' })),
    noteStatus, noteError);
  // A note begun and not added is kept for this case across steps and pages (UI review,
  // 2026-12-05: the next step emptied it), in this page's memory only.
  noteText.value = noteDrafts.get(caseId) ?? '';
  noteText.addEventListener('input', () => noteDrafts.set(caseId, noteText.value));
  noteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    noteError.textContent = '';
    noteStatus.removeAttribute('data-l10n-id');
    noteStatus.textContent = '';
    const text = noteText.value;
    const done = api.noteAdd(caseId, text).then(() => true, (err) => { noteError.textContent = err.message; return false; });
    // A lock meanwhile adds nothing a second time (beforeLeave waits for this one).
    noteSending = { caseId, text, done };
    if (await done) {
      noteDrafts.delete(caseId);
      noteText.value = '';
      noteStatus.setAttribute('data-l10n-id', 'iv-note-added');
      await translate(noteStatus);
    }
    if (noteSending?.done === done) noteSending = null;
  });
  const notePanel = h('details', { class: 'panel iv-note-panel worker-only', id: 'iv-note', open: noteText.value !== '' },
    t('summary', 'iv-note-summary'), noteForm);

  function renderAll() {
    const v = current;
    document.body.classList.toggle('side-by-side', Boolean(v.personLang));
    mount(header,
      h('p', { class: 'eyebrow' }, h('a', { href: `#/case/${caseId}`, id: 'case-link' }, v.name), ' · ', t('span', 'iv-title')),
      h('h1', { id: 'step-title' }, v.label,
        v.personLabel ? h('span', { class: 'h-person', ...person(v.personLang) }, v.personLabel) : null));
    const welcome = v.welcome && (!welcomed.has(caseId) || main.querySelector('.intro.welcome')) ? v.welcome : null;
    // Read to her once it is in her language too (or hers is the interface's): a look at the step
    // before her language is chosen leaves it for when it is (UI review, 2026-12-05: gone for
    // good after a first look).
    if (welcome && (v.personLang || v.readsInterfaceLanguage)) welcomed.add(caseId);
    const intro = [welcome, v.intro].filter((m) => m !== null).map((m) => h('div', { class: m === welcome ? 'intro welcome' : 'intro', id: m === welcome ? 'welcome' : null },
      h('p', {}, m.label),
      m.personLabel ? h('p', { class: 'q-person', ...person(v.personLang) }, m.personLabel) : null));
    mount(list, v.questions.map((q) => questionBlock(q, ctx())));
    list.before(...intro);
    main.querySelectorAll('.intro').forEach((el) => { if (!intro.includes(el)) el.remove(); });
    const fromReview = query.get('from') === 'review';
    mount(nav,
      // Before the first step of questions: her consent.
      t('a', 'iv-previous', { class: 'button secondary', href: `#/case/${caseId}/interview/${v.previous ?? 'consent'}`, id: 'step-previous' }),
      h('div', { class: 'spacer' }),
      fromReview ? t('a', 'iv-back-to-review', { class: 'button secondary', href: `#/case/${caseId}/review` }) : null,
      v.next
        ? t('a', 'iv-next', { class: 'button', href: `#/case/${caseId}/interview/${v.next}`, id: 'step-next' })
        : t('a', 'iv-to-review', { class: 'button', href: `#/case/${caseId}/review`, id: 'step-next' }));
    updateProgress();
    // Redrawn after the first paint (a language switch): translate what was just built.
    translate(main);
  }

  mount(main,
    h('div', { class: 'interview' },
      header,
      h('nav', { class: 'steps-nav', 'aria-labelledby': 'steps-label' },
        t('span', 'iv-steps', { class: 'visually-hidden', id: 'steps-label' }), progress),
      h('div', { class: 'side-by-side-bar' },
        h('label', { class: 'check', for: 'side-by-side' }, sbs, t('span', 'iv-side-by-side')),
        h('div', { class: 'field-inline' },
          t('span', 'iv-person-language', { id: 'person-language-label', class: 'label' }), language),
        sameLanguage),
      error, live,
      list,
      notePanel,
      nav,
      // The keys, under the questions: the worker reads them once; the questions come first.
      t('p', 'iv-keys', { class: 'hint muted keys' })));
  renderAll();

  // Enter in a one-line field: the next question. Alt+arrows: the next or previous step.
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.target.tagName !== 'INPUT' || e.target.type === 'checkbox') return;
    e.preventDefault();
    e.target.dispatchEvent(new Event('change'));
    const block = e.target.closest('.q');
    const next = block?.nextElementSibling;
    (firstControl(next) || nav.querySelector('#step-next'))?.focus();
  });
  const onKey = (e) => {
    if (!e.altKey || e.ctrlKey) return;
    const target = e.key === 'ArrowRight' ? '#step-next' : e.key === 'ArrowLeft' ? '#step-previous' : null;
    const link = target && nav.querySelector(target);
    if (link) { e.preventDefault(); location.hash = link.getAttribute('href'); }
  };
  document.addEventListener('keydown', onKey);

  page = {
    queue,
    saveLanguageNow,
    caseId,
    cleanup: () => {
      if (languageTimer !== null) clearTimeout(languageTimer);
      document.removeEventListener('keydown', onKey);
      document.body.classList.remove('side-by-side');
    },
    list,
    error,
  };
  document.title = 'Passerelle';
  const focus = query.get('focus');
  const target = focus ? blockOf(focus) : null;
  // After translation (shell), the page puts the focus where the worker left off: a question
  // chosen on the review screen, else the first answer of the step.
  return () => {
    if (target) {
      firstControl(target)?.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    } else {
      const first = /** @type {HTMLElement | null} */ (list.firstElementChild);
      focusVisible(firstControl(first));
      // The question she reads out, not only its answer: the whole block when it fits the window
      // (at 200 % on a 1024×600 laptop the answer came against the window's top or bottom edge,
      // its question out of sight, UI review).
      if (first) {
        const r = first.getBoundingClientRect();
        if (r.height <= window.innerHeight && (r.top < 0 || r.bottom > window.innerHeight)) first.scrollIntoView({ block: 'nearest' });
      }
    }
  };
}

/**
 * Saves what is waiting; false (with the field focused and its error shown) if an answer was
 * refused. Locking, the note for the case being written is added to it, as « Ajouter au
 * dossier » does: the draft lives in this page's memory, which the lock ends (UI review,
 * 2026-12-06: it survived the steps, not a lock); if it cannot be, the unlock screen says so.
 * @param {{ locking?: boolean }} [how]
 */
export async function beforeLeave({ locking = false } = {}) {
  // The page may be unmounted while this waits (a quick lock): keep hold of it.
  const p = page;
  // On the consent step: its choices are saved there.
  if (!p) return consentStep.beforeLeave();
  if (!(await p.saveLanguageNow())) return false;
  // A field still being typed in (no blur yet) is sent as a final answer now.
  for (const input of p.list.querySelectorAll('[data-dirty="true"] input, [data-dirty="true"] textarea')) {
    input.dispatchEvent(new Event('change'));
  }
  await p.queue.flush();
  const failed = p.queue.failed();
  // After the answers, which a note refused must not keep from being sent (review, 2026-12-06).
  const noteKept = locking ? await addNoteDraft(p.caseId) : true;
  if (failed.length === 0) return noteKept;
  const [questionId] = failed[0];
  const block = p.list.querySelector(`[data-question="${CSS.escape(questionId)}"]`);
  // Text, not a data-l10n-id: the next translation of the page would bring this message back
  // over a later one.
  p.error.textContent = await format('iv-unsaved-answer');
  firstControl(block)?.focus();
  return false;
}

/**
 * Adds the note for case `caseId` being written, once: the one « Ajouter au dossier » is sending
 * is waited for, not sent again. False if it could not be added.
 * @param {string} caseId
 */
async function addNoteDraft(caseId) {
  const note = noteDrafts.get(caseId) ?? '';
  if (!note.trim()) return true;
  const sending = noteSending;
  if (sending && sending.caseId === caseId && sending.text === note && await sending.done) return true;
  try {
    await api.noteAdd(caseId, note);
    noteDrafts.delete(caseId);
    return true;
  } catch { return false; }
}

export function unmount() {
  page?.cleanup();
  page = null;
  consentStep.unmount();
}
