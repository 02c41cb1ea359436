// One question of the interview, as Rust describes it (QuestionView): its text in the worker's
// language and, side by side, in the person's; its answer controls; its saved state; its error.
// Used by the interview steps and by the checklist of the case page.
//
// Answers leave as language-neutral codes ({type:'code', value:'yes'}); text is sent as typed
// and parsed by Rust (dates are typed day/month/year). Nothing here formats a date.

import { h, t, person, fullChoice } from '../dom.js';
import { translate } from '../l10n.js';
import { charCount } from '../limits.js';

/** How long typing must pause before what was typed is saved. */
const TYPING_PAUSE_MS = 600;

/** Options shown as buttons up to this many; a longer list becomes a select. */
const MAX_BUTTONS = 8;

const domId = (id) => `q-${id.replace(/[^a-z0-9-]/gi, '-')}`;

/** A short signature: a block is rebuilt only when its shape changes, so focus and typing survive. */
export function shape(q, personLang) {
  return JSON.stringify([q.kind, q.options.map((o) => [o.code, o.label, o.personLabel]), q.label, q.personLabel, personLang]);
}

function bilingual(label, personLabel, personLang, cls = 'opt-person') {
  const parts = [h('span', { class: 'opt-worker' }, label)];
  if (personLabel && personLang) parts.push(h('span', { class: cls, ...person(personLang) }, personLabel));
  return parts;
}

/**
 * Builds the block of question `q`.
 * ctx: { personLang, notEstablished: OptionView, answer(q, answer, {tentative}), confirmErase(block, q, n),
 *        heading?: 'h2' | 'h3', latest?: (id) => the question as the page now knows it } — the level of a question's title under the page's headings
 *        (h2 under the interview step's h1, h3 under a section's h2), so that no level is skipped.
 */
export function questionBlock(q, ctx) {
  const id = domId(q.id);
  const labelId = `${id}-label`;
  const inputId = `${id}-input`;
  const textual = ['date', 'text', 'lines', 'paragraph', 'number'].includes(q.kind);
  const status = h('p', { class: 'q-status', id: `${id}-status` });
  const error = h('div', { class: 'q-error alert error', role: 'alert', id: `${id}-error` });
  const labelEl = textual
    ? h('label', { class: 'q-label', id: labelId, for: inputId }, q.label)
    : h(ctx.heading || 'h3', { class: 'q-label', id: labelId }, q.label);
  const texts = h('div', { class: 'q-texts' }, labelEl,
    q.personLabel && ctx.personLang
      ? h('p', { class: `q-person${q.workerOnly ? ' worker-only' : ''}`, ...person(ctx.personLang) }, q.personLabel)
      : null);
  const block = h('section', {
    class: `q${q.workerOnly ? ' q-worker-only' : ''}`,
    id,
    'data-question': q.id,
    'data-state': q.state,
    'aria-labelledby': labelId,
  }, texts);
  block.dataset.shape = shape(q, ctx.personLang);

  const send = (answer, opts = {}) => ctx.answer(q, answer, opts, block);
  const guarded = (answer, code) => {
    // An answer that would erase answers below it asks first: those below as they stand now,
    // not as when the block was drawn (keyboard review, 2026-12-06: a date answered below « Oui »
    // in the same visit was erased by « Non » without a word, the block kept since).
    const now = ctx.latest?.(q.id) ?? q;
    const erases = now.dependentAnswers > 0 && !(code && now.keeps.includes(code));
    return erases ? ctx.confirmErase(block, q, () => send(answer)) : send(answer);
  };

  // « Non établi » is one more choice of a single-choice question (a radio), a switch elsewhere.
  // Its id cannot be an option's: `-not-established` is no option's code.
  const neButton = (radio = false) => {
    const b = h('button', {
      type: 'button', class: 'opt opt-ne', 'data-code': 'not-established', id: `${id}-not-established`,
      role: radio ? 'radio' : null,
      [radio ? 'aria-checked' : 'aria-pressed']: String(q.state === 'not-established'),
    }, bilingual(ctx.notEstablished.label, q.workerOnly ? null : ctx.notEstablished.personLabel, ctx.personLang));
    b.addEventListener('click', () => guarded({ type: 'not-established' }, null));
    return b;
  };
  // An optional question may simply stay empty: "not established" would add nothing.
  const withNotEstablished = (row, radio = false) => { if (!q.optional || q.state === 'not-established') row.append(neButton(radio)); return row; };

  let controls;
  /** The line counting what is left, for a typed text (limits.js). @type {HTMLElement | null} */
  let counter = null;
  if (q.kind === 'yes-no' || (q.kind === 'choice' && q.options.length <= MAX_BUTTONS)) {
    // One answer among a few: a radio group (role=radio buttons, so that each keeps the size of
    // a button and shows both languages), the arrow keys move between its choices.
    const group = h('div', { class: 'options', role: 'radiogroup', 'aria-labelledby': labelId });
    for (const o of q.options) {
      const b = h('button', {
        type: 'button', class: 'opt', role: 'radio', 'data-code': o.code, id: `${id}-opt-${o.code}`,
        'aria-checked': String(q.codes.includes(o.code)),
      }, bilingual(o.label, o.personLabel, ctx.personLang));
      b.addEventListener('click', () => {
        if (b.getAttribute('aria-checked') === 'true') return;
        guarded({ type: 'code', value: o.code }, o.code);
      });
      group.append(b);
    }
    group.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      if (!step || e.altKey || e.ctrlKey) return;
      const radios = [...group.querySelectorAll('[role=radio]')];
      const at = radios.indexOf(/** @type {HTMLElement} */ (e.target));
      if (at < 0) return;
      e.preventDefault();
      radios[(at + step + radios.length) % radios.length].focus();
    });
    controls = withNotEstablished(group, true);
    // One Tab stop per question (roving tabindex): Tab goes to the chosen answer, or the first,
    // then on to the next question; the arrows move between the answers.
    const rove = (/** @type {Element | undefined} */ to) => {
      for (const r of group.querySelectorAll('[role=radio]')) r.setAttribute('tabindex', r === to ? '0' : '-1');
    };
    const radios = [...group.querySelectorAll('[role=radio]')];
    rove(radios.find((r) => r.getAttribute('aria-checked') === 'true') || radios[0]);
    group.addEventListener('focusin', (e) => { if (/** @type {Element} */ (e.target).getAttribute('role') === 'radio') rove(/** @type {Element} */ (e.target)); });
  } else if (q.kind === 'choice') {
    // Side by side, a long list's choices read in both languages too (visual check, 2026-12-05:
    // the person could not read « Quel document de séjour avez-vous ? »'s answers).
    const both = (/** @type {string} */ label, /** @type {string | null | undefined} */ own) =>
      (ctx.personLang && own && !q.workerOnly ? `${label} — ${own}` : label);
    const select = h('select', { id: inputId, 'aria-labelledby': labelId, class: 'q-select' },
      h('option', { value: '' }, '—'),
      q.options.map((o) => h('option', { value: o.code }, both(o.label, o.personLabel))),
      h('option', { value: '__not-established' }, both(ctx.notEstablished.label, ctx.notEstablished.personLabel)));
    select.value = q.state === 'not-established' ? '__not-established' : (q.codes[0] || '');
    // Its column cuts a long choice when closed (components.css): the tooltip says it whole.
    fullChoice(select);
    select.addEventListener('change', () => {
      if (select.value === '') send({ type: 'clear' });
      else if (select.value === '__not-established') guarded({ type: 'not-established' }, null);
      else guarded({ type: 'code', value: select.value }, select.value);
    });
    controls = h('div', { class: 'options' }, select);
  } else if (q.kind === 'multi') {
    const boxes = q.options.map((o) => {
      const box = h('input', { type: 'checkbox', value: o.code, id: `${id}-${o.code}`, checked: q.codes.includes(o.code) });
      const own = o.ownName ? h('span', { class: 'opt-own', ...person(o.code) }, o.ownName) : null;
      return { box, o, el: h('label', { class: 'check', for: `${id}-${o.code}`, 'data-code': o.code }, box, bilingual(o.label, o.personLabel, ctx.personLang), own) };
    });
    const changed = () => send({ type: 'codes', value: boxes.filter((b) => b.box.checked).map((b) => b.box.value) });
    boxes.forEach((b) => b.box.addEventListener('change', changed));
    const many = q.options.length > MAX_BUTTONS;
    const common = boxes.filter((b) => b.o.common);
    const others = boxes.filter((b) => !b.o.common);
    const group = (list, titleId) => h('div', {
      class: many ? 'checks many' : 'checks', role: 'group', id: titleId ? `${id}-${titleId}-list` : null,
      'aria-labelledby': titleId ? `${id}-${titleId}` : labelId,
    }, list.map((b) => b.el));
    // A long list: common ones first under their own heading; the others folded behind a button
    // (two hundred countries were two hundred Tab stops on the way to the next question), and a
    // filter over all of them that keeps what is ticked in view. Accents and case aside, on the
    // name in either language and in itself.
    const folds = common.length > 0 && common.length < boxes.length;
    let unfolded = false;
    const more = folds ? h('button', {
      type: 'button', class: 'button link options-more', 'aria-expanded': 'false', 'aria-controls': `${id}-others-list`,
      'data-l10n-id': 'list-options-more', 'data-l10n-args': JSON.stringify({ count: String(others.length) }),
    }) : null;
    const commonTitle = t('p', 'list-options-common', { class: 'checks-title', id: `${id}-common` });
    const commonGroup = group(common, 'common');
    const othersTitle = t('p', 'list-options-others', { class: 'checks-title', id: `${id}-others` });
    const othersGroup = group(others, 'others');
    const lists = folds ? [commonTitle, commonGroup, more, othersTitle, othersGroup] : [group(boxes, null)];
    let filter = null;
    const none = many ? t('p', 'list-options-none', { class: 'muted small', id: `${id}-filter-none`, hidden: true }) : null;
    const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // What is shown: what is ticked, and what the filter matches, else the common ones (all of
    // them once unfolded).
    const show = () => {
      const typed = filter ? fold(filter.value.trim()) : '';
      let matched = 0;
      for (const b of boxes) {
        const matches = typed
          ? [b.o.label, b.o.personLabel, b.o.ownName, b.o.code].some((name) => name && fold(name).includes(typed))
          : !folds || unfolded || b.o.common;
        b.el.hidden = !(matches || b.box.checked);
        if (matches) matched += 1;
      }
      // What is typed matches nothing (what is ticked stays shown, and is no match).
      if (none) none.hidden = !typed || matched > 0;
      if (folds) {
        // A heading over an empty box says nothing (UI review, 2026-12-05).
        for (const [title, box, list] of [[commonTitle, commonGroup, common], [othersTitle, othersGroup, others]]) {
          const any = list.some((b) => !b.el.hidden);
          title.hidden = !any;
          box.hidden = !any;
        }
        more.hidden = Boolean(typed);
      }
    };
    if (more) {
      more.addEventListener('click', () => {
        unfolded = !unfolded;
        more.setAttribute('aria-expanded', String(unfolded));
        more.setAttribute('data-l10n-id', unfolded ? 'list-options-less' : 'list-options-more');
        translate(more);
        show();
      });
    }
    if (many) {
      // Named with its question: two filters on one step were both « Filtrer la liste ».
      filter = h('input', {
        type: 'search', id: `${id}-filter`, autocomplete: 'off', class: 'options-filter',
        'data-l10n-id': 'list-options-filter', 'data-l10n-attrs': 'aria-label,placeholder',
        'aria-labelledby': `${id}-filter ${labelId}`,
      });
      filter.addEventListener('input', show);
      // Enter in the filter ticks the only language left.
      filter.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        e.stopPropagation();
        const left = boxes.filter((b) => !b.el.hidden && !b.box.checked);
        if (left.length === 1) { left[0].box.checked = true; changed(); filter.value = ''; show(); }
      });
      lists.unshift(filter, none);
    }
    show();
    controls = withNotEstablished(h('div', { class: 'options' }, h('div', { class: 'checks-all' }, lists)));
  } else {
    const attrs = {
      id: inputId, name: inputId, autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': `${id}-status ${id}-error${q.kind === 'date' ? ` ${id}-format` : ''}`,
      'data-sensitive': q.sensitive ? 'true' : null,
    };
    const input = q.kind === 'lines' || q.kind === 'paragraph'
      ? h('textarea', { ...attrs, rows: q.kind === 'paragraph' ? 5 : 3 })
      : h('input', { ...attrs, type: 'text', inputmode: q.kind === 'number' ? 'numeric' : null,
        class: q.kind === 'date' ? 'date' : (q.kind === 'number' ? 'number' : null),
        placeholder: null });
    input.value = q.text;
    // While typing, the answer is saved when the typing pauses (each save is one entry in the
    // audit log, so not one per keystroke); leaving the field, Enter, leaving the step and
    // locking save it at once.
    let pause = null;
    const sendText = (opts) => {
      clearTimeout(pause);
      block.dataset.sent = input.value;
      if (!opts.tentative) block.dataset.final = input.value;
      send({ type: 'text', value: input.value }, opts);
    };
    input.addEventListener('input', () => {
      block.dataset.dirty = 'true';
      clearTimeout(pause);
      pause = setTimeout(() => sendText({ tentative: true }), TYPING_PAUSE_MS);
    });
    // What the field holds when drawn is the saved answer: leaving it unchanged sends nothing.
    block.dataset.final = q.text;
    // Not from a field a redraw took out of the page (WebView2 fires blur and change on it): the
    // field put in its place carries what was typed.
    input.addEventListener('change', () => { if (input.isConnected) sendText({}); });
    // A field a redraw put back (its value set by the page while the worker typed elsewhere or
    // had just finished) fires no change when left, since nothing was typed into it since it got
    // the focus: leaving it still makes what it holds the final answer. Not when the window, not
    // the field, loses the focus (another window looked at: she has not left the field, which
    // stays the page's active element).
    input.addEventListener('blur', () => {
      if (!input.isConnected || document.activeElement === input) return;
      if (block.dataset.dirty === 'true' && input.value !== block.dataset.final) sendText({});
    });
    const row = h('div', { class: 'options' }, input);
    const limit = q.kind === 'text' ? 'line' : (q.kind === 'paragraph' ? 'paragraph' : null);
    if (limit) counter = charCount(input, limit);
    if (q.kind === 'date') row.append(t('span', 'iv-date-format', { class: 'hint', id: `${id}-format` }));
    for (const o of q.options) {
      const b = h('button', { type: 'button', class: 'opt', 'data-code': o.code, id: `${id}-opt-${o.code}`, 'aria-pressed': String(q.codes.includes(o.code)) },
        bilingual(o.label, o.personLabel, ctx.personLang));
      b.addEventListener('click', () => {
        // The code is the answer now: the field's text is neither typed nor to send.
        input.value = '';
        block.dataset.sent = '';
        block.dataset.final = '';
        delete block.dataset.dirty;
        send({ type: 'code', value: o.code });
      });
      row.append(b);
    }
    controls = withNotEstablished(row);
  }
  block.append(controls);
  if (counter) block.append(counter);
  if (q.help) block.append(h('p', { class: 'q-help' }, q.help));
  block.append(status, error);
  return block;
}

/** Brings an existing block up to date with `q` without touching a field being typed in. */
export function refreshBlock(block, q) {
  block.dataset.state = q.state;
  for (const b of block.querySelectorAll('button.opt')) {
    const code = b.dataset.code;
    const pressed = code === 'not-established' ? q.state === 'not-established' : q.codes.includes(code);
    b.setAttribute(b.getAttribute('role') === 'radio' ? 'aria-checked' : 'aria-pressed', String(pressed));
  }
  for (const box of block.querySelectorAll('input[type=checkbox]')) box.checked = q.codes.includes(box.value);
  const select = block.querySelector('select.q-select');
  if (select && document.activeElement !== select) {
    select.value = q.state === 'not-established' ? '__not-established' : (q.codes[0] || '');
  }
  const input = block.querySelector('input[type=text], textarea');
  if (input && document.activeElement !== input && block.dataset.dirty !== 'true') input.value = q.text;
}

/** The first control of a block, to move the focus there. */
export function firstControl(block) {
  // A radio group's Tab stop: its chosen answer, or its first (roving tabindex).
  return block?.querySelector('input, textarea, select, button.opt[tabindex="0"], button.opt:not([role=radio])');
}
