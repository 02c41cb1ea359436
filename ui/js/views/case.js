// The page of a case: who, the interview's state, and three sections reached by links (so the
// keyboard and the back button work as everywhere):
//   assessment — routes, conditions and the article behind each, warnings, related routes,
//                deadlines, and the documents to export;
//   checklist  — the documents of the route, each with its answer (have, missing…) and date;
//   followup   — appointments, applications to the prefecture and notes;
//   file       — open or closed, consent, hand-over, erasure (case-file.js).
// Every text comes worded from Rust (CaseOverview); this file only places it.

import * as api from '../api.js';
import { notice } from './rule-changes.js';
import { h, t, mount, reveal, focusVisible, fullChoice, markFieldAtFault, clearFieldMarks } from '../dom.js';
import { translate, format } from '../l10n.js';
import { questionBlock } from './questions.js';
import * as caseFile from './case-file.js';
import { saveQueue } from '../save.js';
import { charCount } from '../limits.js';
import { takeReceived } from './handover.js';

const SECTIONS = ['assessment', 'checklist', 'followup', 'file'];

function badge(id, cls) {
  return t('span', id, { class: `badge ${cls}` });
}

function jurist(flag) {
  return flag ? t('span', 'case-confirm-by-jurist', { class: 'badge caution' }) : null;
}

// Sources are separated by a semicolon, spaced as the UI language writes it (« ; » after a
// narrow no-break space in French, « ; » alone in English: review of the English UI).
function basis(list) {
  const semicolon = document.documentElement.lang === 'fr' ? '\u202F; ' : '; ';
  return list.length ? h('span', { class: 'basis' }, list.join(semicolon)) : null;
}

function outcomeClass(outcome) {
  return { eligible: 'ok', 'not-eligible': 'danger', incomplete: 'caution', 'not-applicable': 'neutral' }[outcome];
}

function assessmentSection(o, caseId) {
  const a = o.assessment;
  if (!a.concerned) {
    return [h('section', { class: 'panel' }, t('h2', 'case-assessment'), h('p', { class: 'alert info' }, a.notConcerned))];
  }
  const routeCard = (r) => {
    const primary = r.id === a.primaryRoute;
    return h('article', {
      class: `route ${outcomeClass(r.outcome)}${primary ? ' primary' : ''}`,
      id: `route-${r.id}`, 'data-route': r.id, 'data-outcome': r.outcome,
      'aria-labelledby': `route-${r.id}-title`,
    },
      h('div', { class: 'route-head' },
        h('h3', { id: `route-${r.id}-title` }, r.label),
        h('span', { class: `outcome ${outcomeClass(r.outcome)}` }, r.outcomeLabel),
        primary ? badge('case-primary-route', 'info') : null,
        jurist(r.confirmByJurist)),
      h('p', { class: 'basis-line' }, basis(r.legalBasis)),
      r.discretionary ? t('p', 'case-discretionary', { class: 'muted' }) : null,
      r.notApplicableReason ? h('p', { class: 'muted' }, r.notApplicableReason) : null,
      r.conditions.length ? h('table', { class: 'list conditions' },
        h('thead', {}, h('tr', {},
          t('th', 'case-col-condition', { scope: 'col' }),
          t('th', 'case-col-status', { scope: 'col' }),
          t('th', 'case-col-basis', { scope: 'col' }))),
        h('tbody', {}, r.conditions.map((c) => h('tr', { 'data-status': c.status },
          h('td', {}, c.label, c.missingFact ? h('div', { class: 'muted small' }, t('span', 'case-missing-fact'), ' ', c.missingFact) : null),
          h('td', {}, h('span', { class: `status ${c.status}` }, c.statusLabel)),
          h('td', {}, basis(c.legalBasis), jurist(c.confirmByJurist)))))) : null,
      r.missingFacts.length && r.outcome === 'incomplete'
        ? h('p', {}, t('a', 'case-fill-missing', { href: `#/case/${caseId}/review` }))
        : null);
  };
  // Routes that do not fit the case's stage stay one click away, folded.
  const fitting = a.routes.filter((r) => r.outcome !== 'not-applicable').map(routeCard);
  const folded = a.routes.filter((r) => r.outcome === 'not-applicable');
  const routes = [...fitting, folded.length ? h('details', { class: 'folded-routes' },
    t('summary', 'case-routes-not-applicable', {}, { count: String(folded.length) }),
    folded.map(routeCard)) : null];
  const notices = (list, titleId) => list.length ? h('section', { class: 'panel' },
    t('h2', titleId),
    h('ul', { class: 'notices' }, list.map((w) => h('li', { class: `notice ${w.severity}`, 'data-notice': w.id },
      h('span', { class: `badge ${w.severity}` }, w.severityLabel), ' ',
      h('span', {}, w.message), ' ', basis(w.legalBasis), ' ', jurist(w.confirmByJurist))))) : null;
  return [
    notices(a.warnings, 'case-warnings'),
    h('section', { class: 'panel', 'aria-labelledby': 'assessment-title' },
      h('div', { class: 'row' }, t('h2', 'case-assessment', { id: 'assessment-title' }), h('div', { class: 'spacer' }),
        a.confirmByJurist ? t('span', 'case-assessment-jurist', { class: 'badge caution' }) : null),
      a.packNotices.map((n) => h('p', { class: 'muted small' }, n)),
      h('div', { class: 'routes', id: 'routes' }, routes)),
    notices(a.seeAlso, 'case-see-also'),
  ];
}

function deadlinesSection(o) {
  return h('section', { class: 'panel', id: 'deadlines', 'aria-labelledby': 'deadlines-title' },
    t('h2', 'case-deadlines', { id: 'deadlines-title' }),
    o.deadlines.length === 0 ? t('p', 'case-no-deadline', { class: 'empty' }) :
      h('ul', { class: 'deadlines' }, o.deadlines.map((d) => h('li', { class: d.passed ? 'passed' : null, 'data-kind': d.kind },
        h('span', { class: 'when' }, d.relative), ' ',
        h('span', {}, d.label), ' ',
        d.estimated ? t('span', 'case-estimated', { class: 'badge caution' }) : null, ' ',
        basis(d.legalBasis), ' ', jurist(d.confirmByJurist),
        d.caution ? h('p', { class: 'alert warning planned-too-late' }, d.caution) : null))));
}

/**
 * The checklist's second language, chosen where the checklist is printed (UI review, 2026-12-06:
 * only the interview's side-by-side menu could change it). One fact of the case, the language she
 * reads: the interview shows it too. Said once saved, the keyboard kept on the menu.
 * @param {import('ipc').CaseOverview} o
 * @param {string} caseId
 * @param {(next: import('ipc').CaseOverview, focus?: string | null, afterMount?: (() => void) | null) => unknown} rerender
 * @param {HTMLElement} error
 */
function readingLanguage(o, caseId, rerender, error) {
  const select = h('select', { id: 'checklist-language', 'aria-describedby': 'checklist-language-hint' },
    o.checklistLanguages.map((l) => h('option', { value: l.code }, l.label)));
  select.value = o.checklistLanguage;
  // Saved once the worker stops on a language (an arrow key on the closed list changes it at
  // each press: one save, one journal entry, not one each), or leaves the list.
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  // One save at a time, in the order chosen; only the last one's answer is drawn (review,
  // 2026-12-06: two saves at once, the first redraw left the second unseen).
  /** @type {Promise<void>} */
  let saving = Promise.resolve();
  let asked = o.checklistLanguage;
  // What the store holds: an earlier choice saved but not drawn (a later one was on its way).
  let confirmed = o.checklistLanguage;
  let latest = 0;
  const save = () => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    if (select.value === asked) return saving;
    asked = select.value;
    const seq = ++latest;
    const language = select.value;
    const name = select.selectedOptions[0]?.textContent ?? '';
    saving = saving.then(() => send(language, name, seq));
    return saving;
  };
  // A lock, a page change or a print within the pause saves the choice first, and waits for it
  // (review, 2026-12-06: Ctrl+L within 600 ms dropped it; « Imprimer » printed the old language).
  languagePending = () => (timer !== null ? save() : saving);
  /** @param {string} language @param {string} name @param {number} seq */
  const send = async (language, name, seq) => {
    error.textContent = '';
    try {
      const next = await api.caseReadingLanguage(caseId, language);
      confirmed = language;
      const said = await format('case-checklist-language-saved', { language: name });
      // The page the worker has left is not drawn again (code review, 2026-12-06), nor an
      // answer a later choice will replace.
      if (!select.isConnected || seq !== latest) return;
      rerender(next, 'checklist-language', () => {
        // After the status is in the page: a live region filled as it appears is not read out.
        requestAnimationFrame(() => {
          const status = document.getElementById('export-status');
          if (status) status.textContent = said;
        });
      });
    } catch (e) {
      if (seq !== latest) return;
      select.value = confirmed;
      asked = confirmed;
      error.textContent = e.message;
    }
  };
  select.addEventListener('change', () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, 600);
  });
  select.addEventListener('blur', () => { if (timer !== null) save(); });
  return h('div', { class: 'field doc-language' },
    t('label', 'case-checklist-language', { for: 'checklist-language' }), select,
    t('p', 'case-checklist-language-hint', { class: 'hint muted', id: 'checklist-language-hint' }));
}

/**
 * The checklist language chosen in the menu: saves it now if its pause is not over, and resolves
 * once every choice is saved ([`readingLanguage`]).
 * @type {null | (() => Promise<void>)}
 */
let languagePending = null;

// The route the worker chose the documents for, kept while the page redraws.
const chosenRoute = new Map();

const DOCUMENT_NAMES = { letter: 'case-doc-letter', 'support-letter': 'case-doc-support-letter', checklist: 'case-doc-checklist' };

// The documents of the route shown, each printed from memory (« Imprimer ») or saved as a PDF.
// Only the documents that exist for the route are offered; when several routes fit the case the
// worker chooses one; when none does, a sentence says why. Before the letter, the mandatory pieces
// not in hand are listed (the letter encloses only what she has).
function exportsSection(o, caseId, rerender) {
  const status = h('p', { class: 'alert ok', role: 'status', id: 'export-status' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'export-error' });
  const panel = (...children) => h('section', { class: 'panel', id: 'exports', 'aria-labelledby': 'exports-title' },
    t('h2', 'case-documents', { id: 'exports-title' }), ...children);
  const routes = o.documentRoutes;
  if (routes.length === 0) {
    return panel(h('p', { class: 'alert info', id: 'no-documents' }, o.noDocuments ?? ''));
  }
  let current = routes.find((r) => r.id === chosenRoute.get(caseId)) || routes[0];
  const list = h('div', { id: 'document-list' });
  const warning = h('div', { id: 'missing-warning' });

  const perform = async (kind, action, b) => {
    b.classList.add('busy');
    try {
      // The checklist in the language just chosen.
      await languagePending?.();
      // The status is written once, whole: a live region filled in two steps is announced in two.
      const said = [];
      let officeToVerify = false;
      let supportLetter = false;
      if (action === 'print') {
        const printed = await api.documentPrint(caseId, kind, current.id);
        officeToVerify = printed.officeToVerify;
        supportLetter = printed.supportLetterEnclosed;
        said.push(await format('case-printed'));
      } else {
        const result = await api.documentExport(caseId, kind, current.id);
        officeToVerify = result.officeToVerify;
        supportLetter = result.supportLetterEnclosed && result.saved;
        said.push(result.saved
          ? await format('case-export-saved', { file: result.fileName ?? '', folder: result.folder ?? '' })
          : await format('case-export-cancelled'));
      }
      if (officeToVerify) said.push(await format('case-export-verify-office'));
      // She signs a list that names the association's letter: it goes with hers.
      if (supportLetter) said.push(await format('case-export-support-letter'));
      status.textContent = said.join(' ');
      // In view, the keyboard left on the button (keyboard review, 2026-12-06: « Enregistrement
      // annulé » below the window at 1024×600).
      reveal(status, 16);
    } catch (e) { error.textContent = e.message; reveal(error, 16); }
    b.classList.remove('busy');
  };

  // What to know before the letter: the mandatory pieces not in hand, and a renewal whose
  // window has not opened yet.
  async function warnBefore(kind, action, b) {
    const goOn = t('button', 'case-missing-go-on', { type: 'button', class: 'button secondary', id: 'missing-go-on' });
    const cancel = t('button', 'action-cancel', { type: 'button', class: 'button secondary', id: 'missing-cancel' });
    const missing = current.missing.length > 0;
    const box = h('div', { class: 'alert warning', role: 'alertdialog', id: 'missing-pieces', 'aria-labelledby': 'missing-title' },
      t('h3', missing ? 'case-missing-title' : 'case-renewal-not-yet-title', { id: 'missing-title' }),
      current.renewalNotYet ? h('p', { id: 'renewal-not-yet' }, current.renewalNotYet) : null,
      missing ? t('p', 'case-missing-intro', {}, { count: String(current.missing.length) }) : null,
      missing ? h('ul', { id: 'missing-list' }, current.missing.map((m) => h('li', {}, m))) : null,
      h('div', { class: 'row' }, goOn, cancel,
        t('a', 'case-missing-checklist', { href: `#/case/${caseId}/checklist`, class: 'button link' })));
    const close = () => { mount(warning); b.focus(); };
    goOn.addEventListener('click', () => { close(); perform(kind, action, b); });
    cancel.addEventListener('click', close);
    box.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
    // Translated before it is shown: an alert dialog is announced as it appears, whole.
    await translate(box);
    mount(warning, box);
    // The whole warning, its buttons clear of the window's edge: focusing « Continuer quand même »
    // alone scrolled only that far, and the box was cut under it (UI review, both window sizes).
    reveal(box, 16);
    goOn.focus();
  }

  const button = (kind, action) => {
    const id = action === 'print' ? `print-${kind}` : `export-${kind}`;
    const b = t('button', action === 'print' ? 'case-print' : 'case-save-pdf', {
      type: 'button', class: action === 'print' ? 'button' : 'button secondary', id,
      'aria-describedby': `doc-${kind}-name`,
    });
    b.addEventListener('click', async () => {
      status.textContent = '';
      error.textContent = '';
      if (kind === 'letter' && (current.missing.length > 0 || current.renewalNotYet)) await warnBefore(kind, action, b);
      else await perform(kind, action, b);
    });
    return b;
  };

  // The first drawing is translated with the page (one call); a route chosen later, here.
  const drawList = async (translateNow) => {
    mount(warning);
    mount(list,
      current.noLetter ? h('p', { class: 'alert info', id: 'no-letter' }, current.noLetter) : null,
      current.anefNumberLeftOut ? h('p', { class: 'alert info', id: 'anef-number-left-out' }, current.anefNumberLeftOut) : null,
      h('ul', { class: 'documents' }, current.documents.map((kind) => {
        // A person who reads French gets her checklist in French alone.
        const frenchOnly = kind === 'checklist' && o.checklistLanguage === 'fr';
        const name = t('span', frenchOnly ? 'case-doc-checklist-french' : DOCUMENT_NAMES[kind] ?? kind,
          { class: 'doc-name', id: `doc-${kind}-name` },
          kind === 'checklist' ? { language: o.checklistLanguageLabel } : undefined);
        // A document the case cannot support yet (a fact it does not record) says why and where
        // to fill it in, instead of buttons that would fail.
        const unavailable = current.unavailable.find((u) => u.document === kind);
        // A decision recorded in the « Dossier » tab (the case closed, her consent refused) is
        // no answer to complete: said as it is, with a link to that tab.
        if (unavailable?.decidedInFile) {
          return h('li', { 'data-document': kind, class: 'unavailable' }, name,
            h('p', { class: 'muted small', id: `doc-${kind}-unavailable` },
              unavailable.reason, ' ',
              t('a', 'case-go-to-file', { href: `#/case/${caseId}/file` })));
        }
        // The applications recorded in « Suivi » (one waiting, granted, rejected by silence):
        // a link there, where they are edited.
        if (unavailable?.inFollowUp) {
          return h('li', { 'data-document': kind, class: 'unavailable' }, name,
            h('p', { class: 'muted small', id: `doc-${kind}-unavailable` },
              unavailable.reason, ' ',
              t('a', 'case-go-to-followup', { href: `#/case/${caseId}/followup` })));
        }
        if (unavailable) {
          return h('li', { 'data-document': kind, class: 'unavailable' }, name,
            h('p', { class: 'muted small', id: `doc-${kind}-unavailable` },
              t('span', 'case-document-unavailable'), ' ', unavailable.reason, ' ',
              t('a', 'case-fill-missing', { href: `#/case/${caseId}/review` })));
        }
        return h('li', { 'data-document': kind }, name, h('span', { class: 'spacer' }),
          button(kind, 'print'), button(kind, 'save'),
          kind === 'checklist' ? readingLanguage(o, caseId, rerender, error) : null);
      })));
    if (translateNow) await translate(list);
  };

  let choice = null;
  if (routes.length > 1) {
    const select = h('select', { id: 'document-route', 'aria-describedby': 'document-route-hint' },
      routes.map((r) => h('option', { value: r.id }, r.label)));
    select.value = current.id;
    fullChoice(select);
    select.addEventListener('change', () => {
      current = routes.find((r) => r.id === select.value) || routes[0];
      chosenRoute.set(caseId, current.id);
      status.textContent = '';
      error.textContent = '';
      drawList(true);
    });
    choice = h('div', { class: 'field' },
      t('label', 'case-documents-route', { for: 'document-route' }), select,
      t('p', 'case-documents-route-hint', { class: 'hint muted', id: 'document-route-hint' }));
  } else {
    choice = h('p', {}, t('span', 'case-documents-for'), ' ', h('strong', { id: 'primary-route' }, current.label));
  }
  drawList(false);
  return panel(
    choice,
    o.unanswered > 0
      ? h('p', { class: 'alert warning' }, t('span', 'case-review-first', {}, { count: String(o.unanswered) }), ' ',
        t('a', 'case-review-link', { href: `#/case/${caseId}/review` }))
      : null,
    h('div', { id: 'addressee' }),
    list,
    warning,
    t('p', 'case-print-hint', { class: 'hint muted' }),
    status, error);
}

// Whether a prefect is a woman or a man is in no open data: the worker says it once per office
// (the prefect of a département, the sub-prefect of an arrondissement), for every case sent there.
// Until then the letters say « Monsieur le Préfet », and the choice shows it is unverified.
// A file filed at a sub-prefecture is addressed to the prefect, who issues the permit, unless the
// worker says the sub-prefect signs there (recorded by arrondissement): the title then asked is
// the sub-prefect's, so the block is drawn again after that choice.
/**
 * @param {HTMLElement} slot
 * @param {string} caseId
 * @param {string | null} [savedFrom] the control just saved, focused again once redrawn
 */
async function renderAddressee(slot, caseId, savedFrom = null) {
  const choice = await api.caseAddressee(caseId);
  if (!choice) return;
  const saved = h('p', { class: 'alert ok', role: 'status', id: 'addressee-saved' });
  const error = h('div', { class: 'alert error', role: 'alert', id: 'addressee-error' });
  /** @param {() => Promise<unknown>} call @param {HTMLSelectElement} select @param {string} previous */
  const save = async (call, select, previous) => {
    saved.textContent = '';
    error.textContent = '';
    try {
      await call();
      saved.textContent = await format('case-addressee-saved');
      return true;
    } catch (e) {
      // Nothing was recorded: the list shows what is.
      select.value = previous;
      error.textContent = e.message;
      return false;
    }
  };
  let signerField = null;
  const sub = choice.subPrefecture;
  if (sub) {
    const signer = h('select', { id: 'addressee-signer', 'aria-describedby': 'addressee-signer-hint' },
      t('option', 'case-addressee-signer-prefect', { value: 'prefect' }),
      t('option', 'case-addressee-signer-sub-prefect', { value: 'sub-prefect' }));
    const recorded = sub.subPrefectSigns ? 'sub-prefect' : 'prefect';
    signer.value = recorded;
    signer.addEventListener('change', async () => {
      const ok = await save(() => api.addresseeSignerSave(sub.arrondissement, signer.value === 'sub-prefect'),
        signer, recorded);
      if (ok) await renderAddressee(slot, caseId, 'addressee-signer');
    });
    signerField = h('div', { class: 'field' },
      t('label', 'case-addressee-signer', { for: 'addressee-signer' }), signer,
      t('p', 'case-addressee-signer-hint', { class: 'hint muted', id: 'addressee-signer-hint' },
        { office: sub.office }));
  }
  const select = h('select', { id: 'addressee-title', 'aria-describedby': 'addressee-hint' },
    t('option', 'case-addressee-unverified', { value: '' }, { addressee: choice.monsieur }),
    h('option', { value: 'madame' }, choice.madame),
    h('option', { value: 'monsieur' }, choice.monsieur));
  select.value = choice.title ?? '';
  let title = select.value;
  const hint = t('p', 'case-addressee-hint', { class: 'hint muted', id: 'addressee-hint' });
  select.addEventListener('change', async () => {
    if (await save(() => api.addresseeTitleSave(choice.head, select.value || null), select, title)) title = select.value;
  });
  mount(slot, signerField,
    h('div', { class: 'field' }, t('label', 'case-addressee', { for: 'addressee-title' }), select, hint),
    saved, error);
  await translate(slot);
  for (const list of slot.querySelectorAll('select')) fullChoice(list);
  if (savedFrom) {
    saved.textContent = await format('case-addressee-signer-saved');
    /** @type {HTMLElement | null} */ (slot.querySelector(`#${savedFrom}`))?.focus();
  }
}

/**
 * The text fields of the checklist holding what the last redraw did not come from: typed and not
 * sent (typed again since it was sent, in the row that just saved too), sent and not answered
 * yet, or sent and refused (its reason is shown).
 */
function unsentTyping() {
  const kept = [];
  for (const block of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('#checklist section.q'))) {
    const input = /** @type {HTMLInputElement | null} */ (block.querySelector('input[type=text], textarea'));
    if (!input || block.dataset.dirty !== 'true') continue;
    const error = block.querySelector('.q-error')?.textContent ?? '';
    // Compared with the last final answer: the checklist saves no tentative one (a pause in the
    // typing), so what was only typed is kept however long ago the typing paused.
    if (input.value !== block.dataset.final || error || block.dataset.pending === 'true') {
      kept.push({ id: block.id, value: input.value, sent: block.dataset.sent, final: block.dataset.final, error, pending: block.dataset.pending === 'true' });
    }
  }
  return kept;
}

/**
 * The checklist's answers, sent one after the other (two rows answered in quick succession, or
 * a field cleared then typed again, must reach Rust in the order given, or the older would be
 * saved last), per case.
 * @type {null | { caseId: string, queue: ReturnType<typeof saveQueue> }}
 */
let checklistSaves = null;

function checklistQueue(caseId) {
  if (checklistSaves === null || checklistSaves.caseId !== caseId) {
    checklistSaves = { caseId, queue: saveQueue((id, answer) => api.caseAnswer(caseId, id, answer)) };
  }
  return checklistSaves.queue;
}

function checklistSection(o, caseId, rerender) {
  const c = o.checklist;
  const error = h('div', { class: 'alert error', role: 'alert', id: 'checklist-error' });
  const ctx = {
    personLang: null,
    notEstablished: { label: '', personLabel: null },
    answer: async (q, answer, opts, block) => {
      if (opts.tentative) return;
      error.textContent = '';
      // Marked while its answer is on its way: a redraw another row's answer makes meanwhile
      // keeps what it holds, in case this one is refused.
      const sending = /** @type {HTMLElement | null} */ (document.getElementById(block.id));
      if (sending) {
        sending.dataset.pending = 'true';
        // A reason given for an earlier value no longer stands.
        const stale = sending.querySelector('.q-error');
        if (stale) stale.textContent = '';
      }
      const settled = () => { const now = document.getElementById(block.id); if (now) delete now.dataset.pending; };
      try {
        const next = await checklistQueue(caseId).put(q.id, answer);
        settled();
        // Read once the call is back: the list is drawn again, and what a row holds that the
        // saved case does not (typed since, this row's too; on its way; refused with its reason)
        // is put back as soon as the new rows are in the page.
        const kept = unsentTyping();
        await rerender(next, null, () => {
          for (const k of kept) {
            const now = document.getElementById(k.id);
            const input = /** @type {HTMLInputElement | null} */ (now?.querySelector('input[type=text], textarea') ?? null);
            if (!now || !input) continue;
            input.value = k.value;
            now.dataset.dirty = 'true';
            if (k.sent !== undefined) now.dataset.sent = k.sent;
            if (k.final !== undefined) now.dataset.final = k.final;
            if (k.pending) now.dataset.pending = 'true';
            const shown = now.querySelector('.q-error');
            if (shown) shown.textContent = k.error;
          }
        });
      } catch (e) {
        settled();
        // The block on the page now: a redraw may have replaced the one that sent.
        (document.getElementById(block.id)?.querySelector('.q-error') || error).textContent = e.message;
      }
    },
    confirmErase: (_block, _q, proceed) => proceed(),
  };
  const rows = c.items.map((item) => {
    const status = questionBlock({ ...item.question, label: item.label }, ctx);
    status.querySelector('.opt-ne')?.remove();
    const date = item.dateQuestion ? questionBlock(item.dateQuestion, ctx) : null;
    date?.querySelector('.opt-ne')?.remove();
    return h('li', { class: `doc ${item.status}`, 'data-document': item.id },
      h('div', { class: 'doc-head' },
        h('span', { class: `status ${item.status}` }, item.statusLabel),
        item.optional ? t('span', 'case-optional', { class: 'badge neutral' }) : null,
        jurist(item.confirmByJurist)),
      status,
      date,
      item.via ? h('p', { class: 'muted small' }, t('span', 'case-via'), ' ', item.via) : null,
      item.alternatives.length ? h('p', { class: 'muted small' }, t('span', 'case-alternatives'), ' ', item.alternatives.join(', ')) : null,
      item.freshUntil ? h('p', { class: 'muted small' }, item.freshUntil) : null,
      item.note ? h('p', { class: 'small' }, item.note) : null);
  });
  return [h('section', { class: 'panel', 'aria-labelledby': 'checklist-title' },
    h('h2', { id: 'checklist-title' }, c.routeLabel),
    t('p', 'case-checklist-reference', { class: 'muted' }, { date: c.referenceDate }),
    c.confirmByJurist ? t('p', 'case-checklist-jurist', { class: 'alert warning' }) : null,
    error,
    h('ul', { class: 'checklist', id: 'checklist' }, rows),
    c.notes.map((n) => h('p', { class: 'muted small' }, n)))];
}

/**
 * What was typed in the follow-up's forms and not saved, by case: carried over a redraw (saving a
 * note redraws the section, and must not empty a half-filled appointment or application, nor the
 * other way round) and over leaving the section or the case and coming back (UI review,
 * 2026-12-05: a note typed, another tab clicked, and the note was gone). Kept in this page's
 * memory only: never written anywhere, and gone with the web process when the vault locks.
 * An appointment or application opened with « Modifier » carries what its form showed once
 * opened (`saved`): what differs from it is what a lock loses.
 * @type {Map<string, { note: string | null, noteEdits: { id: string, text: string }[],
 *   appt: null | { editing: string | null, values: Record<string, string>, saved: Record<string, string> | null },
 *   app: null | { editing: number | null, values: Record<string, string>, saved: Record<string, string> | null } }>}
 */
const followupDrafts = new Map();

/** The case whose page is shown (for beforeLeave). */
let shownCase = /** @type {string | null} */ (null);

/**
 * The note « Ajouter la note » is sending: its text stays in the field until Rust answers, and a
 * lock or a page change meanwhile must not add it a second time (code review, 2026-12-05).
 * @type {null | { caseId: string, text: string, done: Promise<boolean> }}
 */
let noteSending = null;

/**
 * Before the case page goes (another page, a lock, a quick lock): a new note being written, in
 * the follow-up's form or kept from it, is added to the case as « Ajouter la note » does, and a
 * note opened with « Modifier » and changed is saved as « Enregistrer » does. The draft was kept
 * only in this page's memory, and a lock (Shift ×3, Ctrl+L) dropped it silently while the
 * interview's answers were saved (UI review, 2026-12-05). Another section of the same case keeps
 * them as drafts (followupDrafts), as a redraw does. Before any section goes, the checklist's
 * dates typed are saved (leaveChecklist) and the consent choices changed and not saved keep the
 * worker there (case-file.js). Read at once, before any wait: the quick lock empties the page
 * right after asking.
 * @param {{ locking?: boolean }} [how] `locking`: the vault is being locked, the page stays put
 * @returns {Promise<boolean>} true when nothing is lost; false: the worker stays, the error
 *   beside the note (or, when locking, the unlock screen says that something was not saved)
 */
export async function beforeLeave(how = {}) {
  // Started now, like the note: the quick lock empties the page right after asking.
  const language = languagePending?.().catch(() => {});
  if (how.locking) {
    // Each one reads the page as it is called, all before the first wait.
    const kept = await Promise.all([caseFile.beforeLeave(how), leaveChecklist(how), leaveNote(how)]);
    await language;
    return kept.every(Boolean);
  }
  // The worker stays where something was refused or is not saved: the note she may be writing
  // elsewhere in the case is not added meanwhile.
  const stays = !(await caseFile.beforeLeave(how)) || !(await leaveChecklist(how));
  const kept = stays ? false : await leaveNote(how);
  await language;
  return kept;
}

/**
 * The checklist's dates typed and not yet left (a row's answer is sent only once final: its
 * field left, Enter): sent now, as the interview does when its step is left, and waited for.
 * A lock or a page change dropped them (UI review, 2026-12-08). False when Rust refused one: the
 * worker stays, the reason beside it (locking: the unlock screen says something was lost).
 * @param {{ locking?: boolean }} how
 * @returns {Promise<boolean>}
 */
async function leaveChecklist({ locking = false }) {
  const list = document.getElementById('checklist');
  const caseId = shownCase;
  if (!list || !caseId) return true;
  for (const block of /** @type {NodeListOf<HTMLElement>} */ (list.querySelectorAll('section.q[data-dirty="true"]'))) {
    const input = /** @type {HTMLInputElement | null} */ (block.querySelector('input[type=text], textarea'));
    // Typed since its last final answer: that answer now (a refused one stays refused).
    if (input && input.value !== block.dataset.final) input.dispatchEvent(new Event('change'));
  }
  const queue = checklistQueue(caseId);
  await queue.flush();
  // A row no longer in the list (its document's answer changed) has nothing left to correct.
  // The list as drawn now: an answer saved meanwhile drew it again (a quick lock emptied it).
  const now = document.getElementById('checklist') ?? list;
  const failed = queue.failed().filter(([id]) => {
    if (now.querySelector(`[data-question="${CSS.escape(id)}"]`)) return true;
    queue.forget(id);
    return false;
  });
  if (failed.length === 0) return true;
  if (locking) return false;
  const [questionId, error] = failed[0];
  // The rows drawn now (an answer's redraw may have replaced them).
  const block = now.querySelector(`[data-question="${CSS.escape(questionId)}"]`);
  const reason = block?.querySelector('.q-error');
  if (reason && !reason.textContent) reason.textContent = error?.message ?? '';
  const said = document.getElementById('checklist-error');
  // Text, not a data-l10n-id: the next translation of the page would bring it back over a
  // later message.
  if (said) said.textContent = await format('case-checklist-unsaved');
  focusVisible(/** @type {HTMLElement | null} */ (block?.querySelector('input, textarea') ?? null));
  return false;
}

/** @param {{ locking?: boolean }} how @returns {Promise<boolean>} */
async function leaveNote({ locking = false }) {
  const caseId = shownCase;
  if (!caseId) return true;
  if (!locking && sameCasePage(location.hash, caseId)) return true;
  const area = document.getElementById('note-text');
  const shown = area instanceof HTMLTextAreaElement ? area : null;
  const text = shown ? shown.value : (followupDrafts.get(caseId)?.note ?? '');
  const edits = noteEditsTyped(caseId, shown !== null);
  const dropped = locking && followupTyped(caseId);
  const added = await addNote(caseId, text, shown, locking);
  // Leaving, the worker stays with the note refused; locking, the edits are saved all the same.
  if (!added && !locking) return false;
  const edited = await saveNoteEdits(caseId, edits, locking);
  return added && edited && !dropped;
}

/**
 * Adds `text`, the new note of case `caseId` (in `shown`, the follow-up's field, when on the
 * page); false when it could not be and the worker stays (or, locking, it is lost).
 * @param {string} caseId @param {string} text @param {HTMLTextAreaElement | null} shown @param {boolean} locking
 */
async function addNote(caseId, text, shown, locking) {
  if (!text.trim()) return true;
  // The same text already on its way: added once, by the button (or tried again here if that
  // failed).
  const sending = noteSending;
  if (sending && sending.caseId === caseId && sending.text === text && await sending.done) return true;
  try {
    await api.noteAdd(caseId, text);
  } catch (e) {
    if (locking) return false;
    // Said above the note, the keyboard back in it; without the form on the page, the draft
    // stays kept for the return (as before), and the worker goes.
    return !sayNear(shown, e);
  }
  const kept = followupDrafts.get(caseId);
  if (kept) kept.note = null;
  if (shown) shown.value = '';
  return true;
}

/**
 * Says `e` at the top of the form of `field`, the keyboard back in it; false when that form is
 * not on the page (nothing said).
 * @param {HTMLTextAreaElement | null} field @param {any} e
 */
function sayNear(field, e) {
  const form = field?.closest('form');
  const error = document.getElementById('followup-error');
  if (!form || !error || !field) return false;
  form.prepend(error);
  error.textContent = e.message;
  reveal(error);
  focusVisible(field);
  return true;
}

/**
 * The notes of case `caseId` opened with « Modifier » whose text differs from the saved one: on
 * the page (`onPage`: the follow-up is shown), else kept from it. A lock dropped them with the
 * page's memory, without a word (UI review, 2026-12-08): they are saved as a new note is added.
 * @param {string} caseId @param {boolean} onPage
 * @returns {{ id: string, text: string, area: HTMLTextAreaElement | null }[]}
 */
function noteEditsTyped(caseId, onPage) {
  const saved = savedNotes.get(caseId);
  const open = onPage
    ? /** @type {HTMLTextAreaElement[]} */ ([...document.querySelectorAll('li.note[data-note] form textarea')])
      .map((area) => ({ id: /** @type {HTMLElement} */ (area.closest('li.note')).dataset.note ?? '', text: area.value, area }))
    : (followupDrafts.get(caseId)?.noteEdits ?? []).map((e) => ({ ...e, area: null }));
  return open.filter((e) => saved?.has(e.id) && saved.get(e.id) !== e.text);
}

/**
 * Saves `edits` (noteEditsTyped) as « Enregistrer » does; false when one could not be and the
 * worker stays, told why (or, locking, it is lost).
 * @param {string} caseId @param {ReturnType<typeof noteEditsTyped>} edits @param {boolean} locking
 */
async function saveNoteEdits(caseId, edits, locking) {
  for (const edit of edits) {
    try {
      await api.noteEdit(caseId, edit.id, edit.text);
    } catch (e) {
      if (locking) return false;
      if (sayNear(edit.area, e)) return false;
      continue;
    }
    savedNotes.get(caseId)?.set(edit.id, edit.text);
    const kept = followupDrafts.get(caseId);
    if (kept) kept.noteEdits = kept.noteEdits.filter((k) => k.id !== edit.id);
  }
  return true;
}

/** The follow-up's fields whose text says an appointment or an application is being typed. */
const TYPED_FOLLOWUP = ['appt-date', 'appt-time', 'appt-place', 'appt-note', 'app-route', 'app-filed', 'app-anef', 'app-decided', 'app-appealed'];

/**
 * True when an appointment or an application of case `caseId` is typed and not saved, on the page
 * or kept from it: a lock drops it with the page's memory, and the unlock screen then says that
 * what was being typed was not saved (UI review, 2026-12-06: it went without a word).
 */
function followupTyped(caseId) {
  const typed = (/** @type {Record<string, string> | undefined} */ values) =>
    Boolean(values && TYPED_FOLLOWUP.some((id) => (values[id] ?? '').trim() !== ''));
  // A new one is lost when anything is typed in it; one opened with « Modifier » holds what is
  // saved, and only its changes are lost (review, 2026-12-06: « perdu » was said of a form only
  // opened; UI review, 2026-12-08: its changes went without a word).
  const unsaved = (/** @type {FollowupForm | null | undefined} */ form) => Boolean(form)
    && (form?.saved ? changedFrom(form.values, form.saved) : typed(form?.values));
  const shown = ['appt-form', 'app-form'].map((id) => document.getElementById(id));
  if (shown.some((form) => form !== null)) {
    return shown.some((form) => form !== null && unsaved({ values: formValues(form), saved: editSaved.get(form) ?? null }));
  }
  const kept = followupDrafts.get(caseId);
  return unsaved(kept?.appt) || unsaved(kept?.app);
}

/**
 * @typedef {{ values: Record<string, string>, saved: Record<string, string> | null }} FollowupForm
 *   what a follow-up form holds, and (opened with « Modifier ») what it held once opened
 */

/** The fields of `form` by id (an appointment's, an application's). @param {Element} form */
function formValues(form) {
  return Object.fromEntries([.../** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('input[id], select[id], textarea[id]'))]
    .map((f) => [f.id, f.value]));
}

/** Whether `values` differ from `saved` in any field. @param {Record<string, string>} values @param {Record<string, string>} saved */
function changedFrom(values, saved) {
  return Object.keys(saved).some((id) => (values[id] ?? '') !== saved[id]);
}

/**
 * What the appointment's or the application's form showed once filled with the saved item by
 * « Modifier » (no entry: a new one): its changes are what a lock or Escape would lose.
 * @type {WeakMap<Element, Record<string, string>>}
 */
const editSaved = new WeakMap();

/**
 * The saved text of each note, by case then note: a note's edit that differs from it is saved at
 * a lock, and Escape closes one only when nothing differs.
 * @type {Map<string, Map<string, string>>}
 */
const savedNotes = new Map();

/** Whether `hash` is a section of the page of case `caseId` (not its interview or review). */
function sameCasePage(hash, caseId) {
  const parts = (hash || '').replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
  return parts[0] === 'case' && parts[1] === caseId && (parts.length === 2 || SECTIONS.includes(parts[2]));
}

function followupSection(o, caseId, rerender) {
  const error = h('div', { class: 'alert error', role: 'alert', id: 'followup-error' });
  /** @param {'note' | 'note-edit' | 'appt' | 'app' | null} [saved] */
  /** What the forms hold now, but for the one whose content was just `saved`. */
  const draft = (/** @type {'note' | 'note-edit' | 'appt' | 'app' | null} */ saved = null) => {
    const values = (/** @type {(HTMLInputElement | HTMLSelectElement)[]} */ fields) => Object.fromEntries(fields.map((f) => [f.id, f.value]));
    // Every note open for editing (two may be), but the one just saved.
    const open = /** @type {HTMLTextAreaElement[]} */ ([...document.querySelectorAll('li.note[data-note] form textarea')]);
    const edits = open.map((area) => ({ id: /** @type {HTMLElement} */ (area.closest('li.note')).dataset.note ?? '', text: area.value }));
    return {
      note: saved === 'note' ? null : noteText.value,
      noteEdits: edits.filter((e) => !(saved === 'note-edit' && e.id === savedNote)),
      appt: saved === 'appt' ? null : { editing, values: values([kind, date, time, place, note]), saved: editSaved.get(apptForm) ?? null },
      app: saved === 'app' ? null : { editing: editingApp, values: values([route, filedOn, anefNumber, outcome, decidedOn, appeal, appealedOn]), saved: editSaved.get(appForm) ?? null },
    };
  };
  /** @param {'note' | 'note-edit' | 'appt' | 'app' | null} [saved] */
  const run = async (call, focusId, saved = null) => {
    error.textContent = '';
    clearFieldMarks(error);
    try {
      const next = await call();
      // Read once the call is back: what was typed while it ran is kept too.
      followupDrafts.set(caseId, draft(saved));
      rerender(next, focusId);
      return true;
    } catch (e) {
      // Said where it was asked: at the top of the form (or the item) that was sent, not a screen
      // above it with the keyboard left on a button out of view (UI review, 2026-12-05).
      const near = document.activeElement instanceof HTMLElement ? document.activeElement.closest('form, li') : null;
      if (near) near.prepend(error);
      error.textContent = e.message;
      reveal(error);
      // The keyboard on the field at fault, marked as such; or back in the form, under the error,
      // not on a button below the window.
      if (near instanceof HTMLFormElement && !markFieldAtFault(near, error, e)) {
        focusVisible(/** @type {HTMLElement | null} */ (near.querySelector('input, select, textarea')));
      }
      return false;
    }
  };

  // Notes: newest first; each can be edited or deleted.
  savedNotes.set(caseId, new Map(o.notes.map((/** @type {import('ipc').NoteView} */ n) => [n.id, n.text])));
  const noteText = h('textarea', { id: 'note-text', rows: 3, 'aria-labelledby': 'note-new-label', 'data-field': 'note-text' });
  const noteForm = h('form', { class: 'note-form' },
    t('label', 'case-note-new', { for: 'note-text', id: 'note-new-label' }),
    noteText, charCount(noteText, 'note'),
    h('div', { class: 'row end' }, t('button', 'case-note-add', { type: 'submit', class: 'button', id: 'note-add' })));
  noteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = noteText.value;
    const done = run(() => api.noteAdd(caseId, text), 'note-text', 'note');
    noteSending = { caseId, text, done };
    await done;
    if (noteSending?.done === done) noteSending = null;
  });
  /** Opens a note's edit form holding `held` (the note's text by default); resolves to its text
   * area. @type {Map<string, (held?: string) => Promise<HTMLTextAreaElement>>} */
  const noteEdits = new Map();
  /** The note whose edit is being saved: its form closes, the others stay open. */
  let savedNote = '';
  const notes = o.notes.map((n) => {
    const text = h('p', { class: 'note-text' }, n.text);
    const edit = t('button', 'action-edit', { type: 'button', class: 'button link', id: `note-edit-${n.id}` });
    const del = t('button', 'action-delete', { type: 'button', class: 'button link danger' });
    const actions = h('div', { class: 'row' }, edit, del);
    const item = h('li', { class: 'note', 'data-note': n.id }, h('p', { class: 'muted small' }, n.atLabel), text, actions);
    const startEdit = async (held = n.text) => {
      // An id: a redraw while it is open gives it the keyboard back (draw keeps the focus by id).
      const area = h('textarea', { rows: 3, 'aria-label': n.atLabel, id: `note-edit-text-${n.id}`, 'data-field': 'note-text' });
      // Set at once, not once translated: a key typed meanwhile is not overwritten.
      area.value = held;
      const save = t('button', 'action-save', { type: 'submit', class: 'button' });
      const cancel = t('button', 'action-cancel', { type: 'button', class: 'button secondary' });
      const form = h('form', {}, area, charCount(area, 'note'), h('div', { class: 'row end' }, cancel, save));
      form.addEventListener('submit', async (e) => { e.preventDefault(); savedNote = n.id; await run(() => api.noteEdit(caseId, n.id, area.value), `note-edit-${n.id}`, 'note-edit'); });
      // Left unchanged: the note comes back as it was, nothing else is redrawn (what is typed in
      // the other forms stays), the keyboard on its « Modifier ».
      const close = () => { form.replaceWith(text); actions.hidden = false; edit.focus(); };
      cancel.addEventListener('click', close);
      // Escape only when nothing differs from the saved note: one key must not throw away what
      // was typed (UI review, 2026-12-08); « Annuler » still does, pressed knowingly.
      form.addEventListener('keydown', (e) => { if (e.key === 'Escape' && area.value === n.text) close(); });
      // While it is edited, its own « Modifier » and « Supprimer » are out of the way (UI review,
      // 2026-12-05: both stayed under the form, beside « Annuler » and « Enregistrer »).
      text.replaceWith(form);
      actions.hidden = true;
      await translate(form);
      return area;
    };
    edit.addEventListener('click', async () => { (await startEdit()).focus(); });
    noteEdits.set(n.id, startEdit);
    del.addEventListener('click', () => confirmInline(item, 'case-note-delete-confirm', () => run(() => api.noteDelete(caseId, n.id), 'note-text')));
    return item;
  });

  // Appointments: a form that adds or, with an id, changes one.
  const kinds = ['police-hearing', 'prefecture', 'court', 'lawyer', 'other'];
  const kind = h('select', { id: 'appt-kind' }, kinds.map((k) => t('option', `appointment-kind-${k}`, { value: k })));
  // `data-field`: the code of the field an error names (markFieldAtFault).
  const date = h('input', { type: 'text', id: 'appt-date', autocomplete: 'off', 'aria-describedby': 'appt-date-hint', 'data-field': 'appointment-date' });
  const time = h('input', { type: 'text', id: 'appt-time', autocomplete: 'off', class: 'number', 'aria-describedby': 'appt-time-hint', 'data-field': 'appointment-time' });
  const place = h('input', { type: 'text', id: 'appt-place', autocomplete: 'off', 'data-field': 'appointment-place' });
  const note = h('input', { type: 'text', id: 'appt-note', autocomplete: 'off', 'data-field': 'appointment-note' });
  // Editing an appointment says so: the form's title names it, the item is marked, the button
  // says « Enregistrer les modifications », and « Annuler » (or Escape) leaves it unchanged.
  let editing = null;
  const formTitle = t('h3', 'case-appt-new', { id: 'appt-form-title' });
  const save = t('button', 'case-appt-save', { type: 'submit', class: 'button', id: 'appt-save' });
  const cancel = t('button', 'action-cancel', { type: 'button', class: 'button secondary', id: 'appt-cancel', hidden: true });
  const apptForm = h('form', { class: 'appt-form', id: 'appt-form', 'aria-labelledby': 'appt-form-title' },
    formTitle,
    h('div', { class: 'grid-3' },
      h('div', { class: 'field' }, t('label', 'case-appt-kind', { for: 'appt-kind' }), kind),
      h('div', { class: 'field' }, t('label', 'case-appt-date', { for: 'appt-date' }), date, t('div', 'iv-date-format', { class: 'hint', id: 'appt-date-hint' })),
      h('div', { class: 'field' }, t('label', 'case-appt-time', { for: 'appt-time' }), time, t('div', 'case-appt-time-hint', { class: 'hint', id: 'appt-time-hint' }))),
    h('div', { class: 'grid-2' },
      h('div', { class: 'field' }, t('label', 'case-appt-place', { for: 'appt-place' }), place, charCount(place, 'line')),
      h('div', { class: 'field' }, t('label', 'case-appt-note', { for: 'appt-note' }), note, charCount(note, 'note'))),
    h('div', { class: 'row end' }, cancel, save));
  const setEditing = async (a, item) => {
    editing = a ? a.id : null;
    apptForm.querySelectorAll('input').forEach((i) => { i.value = ''; });
    kind.selectedIndex = 0;
    document.querySelectorAll('.appointment.editing').forEach((li) => { li.classList.remove('editing'); li.removeAttribute('aria-current'); });
    if (a) {
      kind.value = a.kind; date.value = a.dateInput; time.value = a.timeInput || ''; place.value = a.place || ''; note.value = a.note || '';
      item.classList.add('editing');
      item.setAttribute('aria-current', 'true');
      formTitle.setAttribute('data-l10n-id', 'case-appt-editing');
      formTitle.setAttribute('data-l10n-args', JSON.stringify({ kind: a.kindLabel, date: a.dateLabel }));
      save.setAttribute('data-l10n-id', 'case-appt-save-changes');
    } else {
      formTitle.setAttribute('data-l10n-id', 'case-appt-new');
      formTitle.removeAttribute('data-l10n-args');
      save.setAttribute('data-l10n-id', 'case-appt-save');
    }
    if (a) editSaved.set(apptForm, formValues(apptForm));
    else editSaved.delete(apptForm);
    apptForm.dataset.editing = a ? a.id : '';
    cancel.hidden = !a;
    await translate(apptForm);
  };
  cancel.addEventListener('click', async () => { const id = editing; await setEditing(null); /** @type {HTMLElement | null} */ (document.querySelector(`[data-appointment="${id}"] button`))?.focus(); });
  // Escape leaves the appointment only when nothing differs from what is saved (as a note's edit).
  const apptUnchanged = () => !changedFrom(formValues(apptForm), editSaved.get(apptForm) ?? {});
  apptForm.addEventListener('keydown', (e) => { if (e.key === 'Escape' && editing && apptUnchanged()) { e.preventDefault(); cancel.click(); } });
  apptForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const draft = { id: editing, kind: kind.value, date: date.value, time: time.value, place: place.value, note: note.value };
    await run(() => api.appointmentSave(caseId, draft), 'appt-kind', 'appt');
  });
  const appointments = o.appointments.map((a) => {
    const edit = t('button', 'action-edit', { type: 'button', class: 'button link' });
    const del = t('button', 'action-delete', { type: 'button', class: 'button link danger' });
    const item = h('li', { class: `appointment ${a.when}`, 'data-appointment': a.id },
      h('strong', {}, a.kindLabel), ' — ', a.whenLabel, ' ',
      h('span', { class: 'when' }, `(${a.relative})`),
      a.place ? h('div', {}, a.place) : null,
      a.note ? h('div', { class: 'muted small' }, a.note) : null,
      h('div', { class: 'row' }, edit, del));
    edit.addEventListener('click', async () => {
      await setEditing(a, item);
      kind.focus();
    });
    del.addEventListener('click', () => confirmInline(item, 'case-appt-delete-confirm', () => run(() => api.appointmentDelete(caseId, a.id), 'appt-kind')));
    return item;
  });

  // Applications to the prefecture and their decisions: a list, and a form that adds one or,
  // with an index, changes it (the activity report counts them).
  // No route chosen for her: an empty form saved by a stray Enter is refused, not counted in the
  // activity report as a reflection-period application (UI review, 2026-12-05).
  const route = fullChoice(h('select', { id: 'app-route', 'data-field': 'application-route' },
    t('option', 'case-application-route-choose', { value: '' }),
    o.applicationRoutes.map((r) => h('option', { value: r.code }, r.label))));
  const filedOn = h('input', { type: 'text', id: 'app-filed', autocomplete: 'off', 'aria-describedby': 'app-date-hint', 'data-field': 'application-filed-on' });
  // Each request on the ANEF has its own number: the letters print the case's only when it is
  // none of these (a first card's number stood on its renewal's letter).
  const anefNumber = h('input', { type: 'text', id: 'app-anef', autocomplete: 'off', spellcheck: 'false', 'data-field': 'application-anef-number' });
  const outcome = h('select', { id: 'app-outcome', 'data-field': 'application-decision' },
    ['pending', 'granted', 'refused'].map((c) => t('option', `case-application-outcome-${c}`, { value: c })));
  const decidedOn = h('input', { type: 'text', id: 'app-decided', autocomplete: 'off', 'aria-describedby': 'app-date-hint', 'data-field': 'application-decided-on' });
  // A recourse against a refusal (UI review, 2026-12-05: it had no place but the notes): asked
  // only once the decision is a refusal.
  const appeal = h('select', { id: 'app-appeal', 'data-field': 'application-appeal' },
    ['none', 'prefect', 'minister', 'court'].map((c) => t('option', `case-application-appeal-${c}`, { value: c })));
  const appealedOn = h('input', { type: 'text', id: 'app-appealed', autocomplete: 'off', 'aria-describedby': 'app-date-hint', 'data-field': 'application-appealed-on' });
  const appealRow = h('div', { class: 'grid-2', id: 'app-appeal-row' },
    h('div', { class: 'field' }, t('label', 'case-application-appeal', { for: 'app-appeal' }), appeal),
    h('div', { class: 'field' }, t('label', 'case-application-appealed', { for: 'app-appealed' }), appealedOn));
  // Shown beside a refusal, and whenever one is chosen: a decision changed by mistake does not
  // hide, nor drop, a recourse recorded (code review, 2026-12-05); saving it beside another
  // decision is refused in words.
  const showAppeal = () => { appealRow.hidden = outcome.value !== 'refused' && appeal.value === 'none' && appealedOn.value === ''; };
  outcome.addEventListener('change', showAppeal);
  appeal.addEventListener('change', showAppeal);
  showAppeal();
  let editingApp = null;
  const appTitle = t('h3', 'case-application-new', { id: 'app-form-title' });
  const appSave = t('button', 'case-application-save', { type: 'submit', class: 'button', id: 'app-save' });
  const appCancel = t('button', 'action-cancel', { type: 'button', class: 'button secondary', id: 'app-cancel', hidden: true });
  const appForm = h('form', { class: 'app-form', id: 'app-form', 'aria-labelledby': 'app-form-title' },
    appTitle,
    h('div', { class: 'grid-2' },
      h('div', { class: 'field' }, t('label', 'case-application-route', { for: 'app-route' }), route),
      h('div', { class: 'field' }, t('label', 'case-application-filed', { for: 'app-filed' }), filedOn)),
    h('div', { class: 'field' }, t('label', 'case-application-anef', { for: 'app-anef' }), anefNumber),
    h('div', { class: 'grid-2' },
      h('div', { class: 'field' }, t('label', 'case-application-outcome', { for: 'app-outcome' }), outcome),
      h('div', { class: 'field' }, t('label', 'case-application-decided', { for: 'app-decided' }), decidedOn)),
    appealRow,
    t('p', 'case-application-date-hint', { class: 'hint', id: 'app-date-hint' }),
    h('div', { class: 'row end' }, appCancel, appSave));
  const setEditingApp = async (a, item) => {
    editingApp = a ? a.index : null;
    document.querySelectorAll('.application.editing').forEach((li) => { li.classList.remove('editing'); li.removeAttribute('aria-current'); });
    route.selectedIndex = 0; outcome.value = 'pending'; filedOn.value = ''; decidedOn.value = '';
    appeal.value = 'none'; appealedOn.value = ''; anefNumber.value = '';
    if (a) {
      route.value = a.route; filedOn.value = a.filedInput || ''; outcome.value = a.outcome || 'pending'; decidedOn.value = a.decidedInput || '';
      appeal.value = a.appeal || 'none'; appealedOn.value = a.appealedInput || ''; anefNumber.value = a.anefNumber || '';
      item.classList.add('editing');
      item.setAttribute('aria-current', 'true');
      appTitle.setAttribute('data-l10n-id', 'case-application-editing');
      appTitle.setAttribute('data-l10n-args', JSON.stringify({ route: a.routeLabel }));
      appSave.setAttribute('data-l10n-id', 'case-application-save-changes');
    } else {
      appTitle.setAttribute('data-l10n-id', 'case-application-new');
      appTitle.removeAttribute('data-l10n-args');
      appSave.setAttribute('data-l10n-id', 'case-application-save');
    }
    if (a) editSaved.set(appForm, formValues(appForm));
    else editSaved.delete(appForm);
    appCancel.hidden = !a;
    showAppeal();
    await translate(appForm);
  };
  // Back to the « Modifier » of the application that was edited: the field that had the
  // keyboard may be hidden with the empty form (UI review, 2026-12-05).
  appCancel.addEventListener('click', async () => {
    const index = editingApp;
    await setEditingApp(null);
    /** @type {HTMLElement | null} */ (document.querySelector(`[data-application="${index}"] button`))?.focus();
  });
  // Escape leaves the application only when nothing differs from what is saved (as above).
  const appUnchanged = () => !changedFrom(formValues(appForm), editSaved.get(appForm) ?? {});
  appForm.addEventListener('keydown', (e) => { if (e.key === 'Escape' && editingApp !== null && appUnchanged()) { e.preventDefault(); appCancel.click(); } });
  appForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const draft = {
      index: editingApp,
      route: /** @type {import('ipc').RouteId} */ (route.value),
      filedOn: filedOn.value,
      outcome: outcome.value === 'pending' ? null : /** @type {import('ipc').DecisionOutcome} */ (outcome.value),
      decidedOn: decidedOn.value,
      appeal: appeal.value === 'none' ? null : /** @type {import('ipc').AppealKind} */ (appeal.value),
      appealedOn: appealedOn.value,
      anefNumber: anefNumber.value,
    };
    await run(async () => {
      if (!route.value) throw Object.assign(new Error(await format('case-application-route-required')), { field: 'application-route', messageId: 'case-application-route-required' });
      return api.applicationSave(caseId, draft);
    }, 'app-route', 'app');
  });
  const applications = o.applications.map((a) => {
    const edit = t('button', 'action-edit', { type: 'button', class: 'button link' });
    const del = t('button', 'action-delete', { type: 'button', class: 'button link danger' });
    const item = h('li', { class: 'application', 'data-application': String(a.index) },
      h('strong', {}, a.routeLabel), h('div', {}, a.summary),
      h('div', { class: 'row' }, edit, del));
    edit.addEventListener('click', async () => { await setEditingApp(a, item); route.focus(); });
    // Applications are named by their place in the list: deleting one at or before the one being
    // edited would carry its draft onto another; that draft is dropped instead.
    del.addEventListener('click', () => confirmInline(item, 'case-application-delete-confirm', () => run(() => api.applicationDelete(caseId, a.index), 'app-route',
      editingApp !== null && a.index <= editingApp ? 'app' : null)));
    return item;
  });

  // Put back what was typed before the redraw (an item being edited stays in edit, unless it
  // was just deleted).
  const carried = followupDrafts.get(caseId);
  if (carried) {
    const restore = (/** @type {Record<string, string>} */ values, /** @type {HTMLElement} */ form) => {
      for (const [id, value] of Object.entries(values)) {
        const f = /** @type {HTMLInputElement | null} */ (form.querySelector(`#${CSS.escape(id)}`));
        if (f) f.value = value;
      }
    };
    if (carried.note !== null) noteText.value = carried.note;
    for (const edit of carried.noteEdits ?? []) noteEdits.get(edit.id)?.(edit.text);
    const appt = carried.appt;
    if (appt) {
      const at = appt.editing === null ? -1 : o.appointments.findIndex((a) => a.id === appt.editing);
      if (appt.editing === null || at >= 0) {
        (at >= 0 ? setEditing(o.appointments[at], appointments[at]) : Promise.resolve()).then(() => restore(appt.values, apptForm));
      }
    }
    const app = carried.app;
    if (app) {
      const at = app.editing === null ? -1 : o.applications.findIndex((a) => a.index === app.editing);
      if (app.editing === null || at >= 0) {
        (at >= 0 ? setEditingApp(o.applications[at], applications[at]) : Promise.resolve()).then(() => { restore(app.values, appForm); showAppeal(); });
      }
    }
  }

  const sections = [
    h('section', { class: 'panel', 'aria-labelledby': 'appts-title' },
      t('h2', 'case-appointments', { id: 'appts-title' }),
      appointments.length ? h('ul', { class: 'appointments', id: 'appointments' }, appointments) : t('p', 'case-no-appointment', { class: 'empty' }),
      apptForm),
    h('section', { class: 'panel', 'aria-labelledby': 'apps-title', id: 'applications-section' },
      t('h2', 'case-applications', { id: 'apps-title' }),
      t('p', 'case-applications-intro', { class: 'muted small' }),
      applications.length ? h('ul', { class: 'applications', id: 'applications' }, applications) : t('p', 'case-no-application', { class: 'empty' }),
      appForm),
    h('section', { class: 'panel', 'aria-labelledby': 'notes-title' },
      t('h2', 'case-notes', { id: 'notes-title' }),
      noteForm,
      notes.length ? h('ul', { class: 'notes', id: 'notes' }, notes) : t('p', 'case-no-note', { class: 'empty' })),
  ];
  // Every keystroke and choice is kept at once: leaving the section, the case or the page keeps
  // them for the return.
  const keep = () => followupDrafts.set(caseId, draft());
  for (const section of sections) {
    section.addEventListener('input', keep);
    section.addEventListener('change', keep);
    // « Modifier » and « Annuler » change what the form edits: read once their handler ran.
    section.addEventListener('click', () => setTimeout(keep, 0));
  }
  return [error, ...sections];
}

/** Confirmations asked so far: each question's element gets an id of its own. */
let confirmsAsked = 0;

async function confirmInline(item, messageId, proceed) {
  item.querySelector('.inline-confirm')?.remove();
  const yes = t('button', 'action-delete', { type: 'button', class: 'button danger' });
  const no = t('button', 'action-cancel', { type: 'button', class: 'button secondary' });
  // Named by its question, so that a screen reader says it with « Annuler » (keyboard review,
  // 2026-12-06: only « Annuler » was announced).
  const questionId = `inline-confirm-${++confirmsAsked}`;
  const box = h('div', { class: 'inline-confirm alert warning', role: 'alertdialog', 'aria-labelledby': questionId },
    t('p', messageId, { id: questionId }), h('div', { class: 'row' }, yes, no));
  // Back to the button that asked, so that the keyboard does not fall to the top of the page.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // The item's own « Modifier » and « Supprimer » step aside while it asks (UI review,
  // 2026-12-05: two « Supprimer » side by side).
  const actions = /** @type {HTMLElement | null} */ (opener && item.contains(opener) ? opener.closest('.row') : null);
  const close = () => { box.remove(); if (actions) actions.hidden = false; opener?.focus(); };
  yes.addEventListener('click', () => proceed());
  no.addEventListener('click', close);
  box.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  await translate(box);
  item.querySelector('.inline-confirm')?.remove();
  item.append(box);
  if (actions) actions.hidden = true;
  no.focus();
}

export async function render(main, app, { caseId, section }) {
  shownCase = caseId;
  const current = SECTIONS.includes(section) ? section : 'assessment';
  const body = h('div', { id: 'case-section' });
  const head = h('div', { class: 'case-head' });

  /**
   * @param {any} o the case page's view
   * @param {string | null} [focusId] where the keyboard goes when it was nowhere
   * @param {(() => void) | null} [afterMount] run as soon as the new content is in the page,
   *   before anything waits: what was typed is put back before another key lands
   */
  const draw = async (o, focusId = null, afterMount = null, redraw = false) => {
    // Redrawing keeps the focus where it was (controls have stable ids).
    const active = document.activeElement?.id;
    // And the page where it was: the new content is empty until translated, and the browser,
    // finding the page shorter, scrolled it up (UI review, 2026-12-05: adding a note put the
    // notes some 550 px above the window).
    const scroller = document.scrollingElement;
    const top = scroller ? scroller.scrollTop : 0;
    mount(head,
      h('div', { class: 'row' },
        h('div', {},
          h('h1', { id: 'case-name' }, o.name),
          h('p', { class: 'muted', id: 'case-facts' }, o.facts.join(' · ')),
          o.office ? h('p', { class: 'muted small' }, t('span', 'case-office'), ' ', o.office) : null),
        h('div', { class: 'spacer' }),
        h('div', { class: 'row' },
          t('a', 'case-interview', { class: 'button', href: `#/case/${caseId}/interview`, id: 'case-interview' }),
          t('a', 'case-review', { class: 'button secondary', href: `#/case/${caseId}/review`, id: 'case-review' }, { count: String(o.unanswered) }))),
      // She refused that the association keep her case: said on every tab, with the way to the
      // deletion (the « Dossier » tab), never done for the worker.
      o.storageRefused
        ? h('div', { class: 'alert error', id: 'case-storage-refused' },
          t('span', 'consent-storage-withdrawn'), ' ',
          t('a', 'case-storage-refused-go', { href: `#/case/${caseId}/file` }))
        : null,
      h('nav', { class: 'tabs', 'aria-labelledby': 'case-sections-label' },
        t('span', 'case-sections', { id: 'case-sections-label', class: 'visually-hidden' }),
        SECTIONS.map((s) => t('a', `case-section-${s}`, {
          href: s === 'assessment' ? `#/case/${caseId}` : `#/case/${caseId}/${s}`,
          id: `section-${s}`, 'aria-current': s === current ? 'page' : null,
        }))));
    const rerender = (next, focus = null, afterMount = null) => draw(next, focus, afterMount, true);
    const fileSlot = h('div', { id: 'case-file' });
    const content = current === 'checklist' ? checklistSection(o, caseId, rerender)
      : current === 'followup' ? followupSection(o, caseId, rerender)
        : current === 'file' ? [fileSlot]
          : [ruleChangesOf(caseId), exportsSection(o, caseId, rerender), ...assessmentSection(o, caseId), deadlinesSection(o)];
    mount(body, content);
    afterMount?.();
    // At once, not only after the translations: a key typed meanwhile goes to the new field.
    /** @type {HTMLElement | null} */ (active ? document.getElementById(active) : null)?.focus();
    const focusedAtMount = document.activeElement;
    if (current === 'file') await caseFile.render(fileSlot, app, caseId);
    const addressee = body.querySelector('#addressee');
    if (addressee) await renderAddressee(addressee, caseId);
    await translate(head);
    await translate(body);
    // Not if the worker moved on while the translations came (clicked an answer, then went
    // into another field and typed): the keys typed next are for the field she chose.
    const moved = document.activeElement !== focusedAtMount
      && document.activeElement !== document.body && document.activeElement !== null;
    if (redraw && scroller) scroller.scrollTop = top;
    // The field that had the keyboard, unless the redraw hid it (a recourse's day, once its
    // application is saved and the form empty): then where the caller says.
    const again = active ? document.getElementById(active) : null;
    const shown = again !== null && again.getClientRects().length > 0;
    const el = shown ? again : (focusId ? document.getElementById(focusId) : null);
    if (!moved) el?.focus();
    document.body.dataset.caseSection = current;
  };

  // The case's changes of rule pack not yet seen: asked once, on the assessment section only.
  let changes = current === 'assessment' ? await api.rulesCaseNotices(caseId) : [];
  const ruleChangesOf = (id) => (changes.length
    ? h('section', { class: 'panel', id: 'case-rule-changes', 'aria-labelledby': 'case-rule-changes-title' },
      t('h2', 'rules-case-heading', { id: 'case-rule-changes-title' }),
      h('ul', { class: 'rule-changes' }, changes.map((n, i) => notice(n, false, (item) => {
        // Only this notice goes; the keyboard moves to the next one, or to the page.
        changes = changes.filter((c) => c !== n);
        const next = /** @type {HTMLElement | null} */ ((item.nextElementSibling ?? item.previousElementSibling)?.querySelector('button') ?? null);
        item.remove();
        if (changes.length === 0) document.getElementById('case-rule-changes')?.remove();
        (next ?? main).focus();
      }, i === 0 ? 'rules-mark-seen' : null))))
    : null);

  // A case just received from another Passerelle: said where the worker lands. Put on the page
  // empty, then filled: a status region is announced when its text changes.
  const received = takeReceived() ? h('div', { class: 'alert info', role: 'status', id: 'case-received' }) : null;
  mount(main, head, received, body);
  await draw(await api.caseOverview(caseId));
  if (received) received.textContent = await format('handover-received');
}

export function unmount() {
  shownCase = null;
  delete document.body.dataset.caseSection;
}
