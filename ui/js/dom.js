// Building elements without innerHTML: text goes in as textContent, always. In Tauri an injected
// script would reach the IPC and the decrypted cases, so no data ever becomes markup.

/**
 * h('button', { class: 'button', onclick: fn, 'data-l10n-id': 'x' }, child, 'text', …)
 * Attributes starting with "on" become listeners; `false`/`null` attributes are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * An element whose text is the Fluent message `id` (filled by l10n.translate).
 * @param {string} tag
 * @param {string} id
 * @param {Record<string, any>} [attrs]
 * @param {Record<string, string>} [args] strings only: Rust reads each as text (a number as
 *   digits), and a translation whose arguments do not parse leaves the whole screen untranslated
 */
export function t(tag, id, attrs = {}, args) {
  const el = h(tag, { ...attrs, 'data-l10n-id': id });
  if (args) el.setAttribute('data-l10n-args', JSON.stringify(args));
  return el;
}

/** Replaces the children of `root`. */
export function mount(root, ...children) {
  root.replaceChildren(...children.flat().filter(Boolean));
}

/**
 * A labelled input; returns { wrap, input }.
 * @param {{ id: string, labelId: string, type?: string, hintId?: string, attrs?: Record<string, unknown> }} spec
 */
export function field({ id, labelId, type = 'text', hintId, attrs = {} }) {
  const input = h('input', { id, name: id, type, ...attrs });
  const label = t('label', labelId, { for: id });
  const hint = hintId ? t('div', hintId, { class: 'hint', id: `${id}-hint` }) : null;
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return { wrap: h('div', { class: 'field' }, label, input, hint), input };
}

/**
 * After a form was refused: marks the control the error is about (the one whose `data-field` is
 * the error's `field`, a code Rust gives) as invalid, described by the error's message, and puts
 * the keyboard on it, not on the form's first field (UI review, 2026-12-05). An error about
 * several fields (`problems`, code `input.several`) writes each one's message on a line of its own
 * under the count, marks each field, described by its own line, and puts the keyboard on the
 * first. A mark leaves when its control is changed (its line with it), or when the form is
 * refused again. Returns the first control marked, or null when the error is about none of the
 * form's fields (the caller then focuses as it did).
 * @param {ParentNode} form
 * @param {HTMLElement} error the element that shows the message; it has an id
 * @param {{ field?: string, message?: string, problems?: { field?: string, message: string }[] }} e
 * @returns {HTMLElement | null}
 */
export function markFieldAtFault(form, error, e) {
  clearFieldMarks(error);
  // This refusal's number: a line is taken off only by a change made since it was said (its
  // ids are those of the refusal before, which may have named other fields).
  const refusal = String(Number(error.dataset.refusal ?? 0) + 1);
  error.dataset.refusal = refusal;
  const problems = e.problems?.length ? e.problems : null;
  if (problems) {
    error.replaceChildren(h('p', {}, e.message ?? ''),
      h('ul', { class: 'problems' }, ...problems.map((p, i) => h('li', { id: `${error.id}-${i}` }, p.message))));
  }
  /** @type {HTMLElement[]} */
  const marked = [];
  (problems ?? [e]).forEach((p, i) => {
    const control = controlFor(form, p.field);
    if (!control || marked.includes(control)) return;
    markField(control, error, problems ? `${error.id}-${i}` : null, refusal);
    marked.push(control);
  });
  const first = marked[0] ?? null;
  // Room around it for its focus ring and red border: at 1024×600 a field scrolled only as far
  // as needed sat on the window's bottom edge, its ring cut (UI review, 2026-12-06).
  first?.focus({ preventScroll: true });
  if (first) reveal(first, 12);
  return first;
}

/** The control of `form` whose `data-field` is `code`: `address.lines[2]` is the one control
 * that holds every line. */
function controlFor(/** @type {ParentNode} */ form, /** @type {string | undefined} */ code) {
  const codes = code ? [code, code.replace(/\[\d+\]/g, '')] : [];
  return codes.map((c) => /** @type {HTMLElement | null} */ (form.querySelector(`[data-field="${CSS.escape(c)}"]`))).find(Boolean) ?? null;
}

/**
 * Marks `control` invalid, described by `error` (or by its own `line` of it, for one of several
 * fields). Changed, it is no longer marked, and what was said of it goes: the message was about
 * what the field held (UI review, 2026-12-06: it stayed until the form was sent again). A newer
 * message in its place stays.
 * @param {HTMLElement} control
 * @param {HTMLElement} error
 * @param {string | null} line
 * @param {string} refusal the refusal that marked it (markFieldAtFault)
 */
function markField(control, error, line, refusal) {
  control.setAttribute('aria-invalid', 'true');
  control.dataset.markedBy = error.id;
  const by = line ?? error.id;
  const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  control.setAttribute('aria-describedby', [by, ...described.filter((id) => id !== by)].join(' '));
  const shown = error.textContent;
  control.addEventListener('input', () => {
    unmarkField(control, error.id);
    if (!line) {
      if (error.textContent === shown) error.textContent = '';
      return;
    }
    const own = error.dataset.refusal === refusal ? error.querySelector(`#${CSS.escape(line)}`) : null;
    if (!own) return;
    own.remove();
    if (!error.querySelector('li')) error.textContent = '';
  }, { once: true });
}

/**
 * Takes every mark `error` put (markFieldAtFault) off, wherever its control is: when the form is
 * sent again, or saved, or another form's error takes the message's place (code review,
 * 2026-12-06: a field stayed marked, described by an empty message).
 * @param {HTMLElement} error
 */
export function clearFieldMarks(error) {
  for (const marked of document.querySelectorAll(`[aria-invalid="true"][data-marked-by="${CSS.escape(error.id)}"]`)) {
    unmarkField(/** @type {HTMLElement} */ (marked), error.id);
  }
}

/** Takes the mark of markFieldAtFault off `control`: its invalid state, and its description by
 * the error or by one of the error's lines. */
function unmarkField(/** @type {HTMLElement} */ control, /** @type {string} */ errorId) {
  control.removeAttribute('aria-invalid');
  delete control.dataset.markedBy;
  const ours = (/** @type {string} */ id) => id === errorId || id.startsWith(`${errorId}-`);
  const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && !ours(id));
  if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
  else control.removeAttribute('aria-describedby');
}

/**
 * Focuses `el` and makes sure it can be seen: scrolled into view only as far as needed (a page
 * starts at its top, so usually not at all). Never `preventScroll` alone: on a small screen the
 * focused answer would be below the window.
 */
export function focusVisible(el) {
  if (!el) return;
  el.focus({ preventScroll: true });
  if (el !== document.getElementById('main')) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Brings a message just shown into view, only as far as needed: a confirmation placed under a
 * form's button came below the edge of a 1024×600 window, and nothing seemed to happen (UI
 * review, 2026-12-05). Called by the page that shows it, never by a watcher of the whole page: a
 * scroll the worker did not cause, in the middle of a click or a keystroke, moves the control
 * from under it.
 * With `room`, that many pixels are left between it and the window's edge (its buttons' focus
 * ring needs some), its top kept in view first when it is taller than the window.
 * @param {HTMLElement} el
 * @param {number} [room]
 */
export function reveal(el, room = 0) {
  const r = el.getBoundingClientRect();
  if (room === 0) {
    if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
    return;
  }
  const below = r.bottom + room - window.innerHeight;
  if (r.top < room) window.scrollBy(0, r.top - room);
  else if (below > 0) window.scrollBy(0, Math.min(below, r.top - room));
}

/**
 * Gives `select` the whole text of its chosen option as a tooltip: a list never wider than its
 * column (components.css) cuts a long choice when closed (UI review: « À vérifier (le courrier dit
 * « Monsieur le Préfet de la Seine-Saint-Denis ») » at 200 %). Read again when the pointer comes
 * over it, so that a value set by a script or a translation that came later is what it says.
 * @param {HTMLSelectElement} select
 */
export function fullChoice(select) {
  const sync = () => { select.title = select.selectedOptions[0]?.textContent ?? ''; };
  select.addEventListener('change', sync);
  select.addEventListener('mouseenter', sync);
  sync();
  return select;
}

// Languages written right to left, by their primary subtag (the same list as core::i18n::is_rtl).
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'ckb', 'he']);

/**
 * The attributes of an element in the person's language `code`: its `lang` (Chinese as `zh-Hans`,
 * so that the Simplified Chinese face is chosen) and its direction, so that an Arabic column runs
 * right to left, mirrored, while the worker's French column stays left to right.
 * @param {string | null | undefined} code
 */
export function person(code) {
  if (!code) return {};
  const primary = code.split(/[-_]/)[0];
  return { lang: primary === 'zh' ? 'zh-Hans' : code, dir: RTL.has(primary) ? 'rtl' : 'ltr' };
}

/**
 * A language in a list: its name in the worker's language, then in itself (« arabe — العربية »),
 * so that the person can point to hers; the own name is isolated, whatever its direction.
 * @param {{ label: string, ownName?: string | null }} option
 */
export function languageName(option) {
  return option.ownName && option.ownName !== option.label ? `${option.label} — \u2068${option.ownName}\u2069` : option.label;
}

/**
 * Whether nothing is typed in `form`'s text fields (passphrases included): Escape closes a form
 * only then. One key press must not throw away what was typed (UI review, 2026-12-08); « Annuler »
 * still does, a button pressed knowingly.
 * @param {Element} form
 */
export function nothingTyped(form) {
  return [...form.querySelectorAll('input, textarea')]
    .filter((f) => !['checkbox', 'radio', 'button', 'submit', 'hidden'].includes(/** @type {HTMLInputElement} */ (f).type))
    .every((f) => /** @type {HTMLInputElement | HTMLTextAreaElement} */ (f).value === '');
}
