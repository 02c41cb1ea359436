// Fills every [data-l10n-id] under a root with one batched call to Rust, which owns Fluent.
// data-l10n-args: JSON arguments; data-l10n-attrs: attributes to translate from the message's
// attributes (e.g. "placeholder,aria-label" reads `id.placeholder`, `id.aria-label`).
//
// A message without arguments always reads the same in one language: it is asked of Rust once and
// kept here (labels, headings, save states…), until the language changes (`forgetStrings`).

import { keptByCache, l10nFormat } from './api.js';

/** @type {Map<string, string>} argument-less message id → its text in the UI language */
const strings = new Map();

/** @param {Record<string, string>} args */
const argless = (args) => Object.keys(args).length === 0;

/**
 * Formats `items` in the UI language: the argument-less ones already known from the cache, the
 * others in one call to Rust.
 * @param {import('ipc').Message[]} items
 * @returns {Promise<string[]>}
 */
async function formatAll(items) {
  const missing = items.filter(({ id, args }) => !(argless(args) && strings.has(id)));
  if (missing.length === 0) keptByCache();
  const texts = missing.length > 0 ? await l10nFormat(missing) : [];
  /** @type {Map<import('ipc').Message, string>} */
  const fetched = new Map(missing.map((item, i) => [item, texts[i]]));
  for (const [{ id, args }, text] of fetched) if (argless(args)) strings.set(id, text);
  return items.map((item) => fetched.get(item) ?? strings.get(item.id) ?? '');
}

/** Forgets the texts kept so far: the UI language changed. */
export function forgetStrings() {
  strings.clear();
}

/**
 * Fills the messages of each root (one call to Rust for all of them).
 * @param {...Element} roots
 */
export async function translate(...roots) {
  const elements = roots.flatMap((root) => [
    ...(root.matches?.('[data-l10n-id]') ? [root] : []),
    ...root.querySelectorAll('[data-l10n-id]'),
  ]);
  /** @type {import('ipc').Message[]} */
  const items = [];
  /** @type {((text: string) => void)[]} */
  const targets = [];
  for (const el of elements) {
    const id = el.getAttribute('data-l10n-id') ?? '';
    const given = el.hasAttribute('data-l10n-args') ? JSON.parse(el.getAttribute('data-l10n-args') ?? '{}') : {};
    // Rust reads every argument as text: a number passed as such would fail the whole batch and
    // leave the screen untranslated (a list's « Voir toutes les autres (196) » did, 2026-12-05).
    const args = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, String(value)]));
    // A field's text is its value or its options: only its attributes are translated.
    const textless = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
    if (!textless) {
      items.push({ id, args });
      targets.push((text) => { el.textContent = text; });
    }
    for (const attr of (el.getAttribute('data-l10n-attrs') || '').split(',').filter(Boolean)) {
      items.push({ id: `${id}.${attr}`, args });
      targets.push((text) => el.setAttribute(attr, text));
    }
  }
  if (items.length === 0) return;
  const texts = await formatAll(items);
  texts.forEach((text, i) => targets[i](text));
}

/**
 * Formats one message (for values computed in script, e.g. a status line).
 * @param {string} id @param {Record<string, string>} [args]
 */
export async function format(id, args = {}) {
  const [text] = await formatAll([{ id, args }]);
  return text;
}

/**
 * The words to show for `e`, a failure a view caught. Passerelle's errors come worded from Rust
 * (they carry a `messageId`: ui/js/api.js); anything else is a bug in a script (a JavaScript
 * exception), whose own message is the engine's English naming internals (UI review, 2026-12-08):
 * the worker reads « Erreur interne… » in her language, the details go to the console.
 * @param {unknown} e
 * @returns {Promise<string>}
 */
export async function errorText(e) {
  if (e && typeof e === 'object' && 'messageId' in e && 'message' in e && typeof e.message === 'string') return e.message;
  console.error(e);
  // Rust out of reach too: no words rather than English ones.
  return format('error-internal').catch(() => '');
}
