// Fills every [data-l10n-id] under a root with one batched call to Rust, which owns Fluent.
// data-l10n-args: JSON arguments; data-l10n-attrs: attributes to translate from the message's
// attributes (e.g. "placeholder,aria-label" reads `id.placeholder`, `id.aria-label`).

import { l10nFormat } from './api.js';

export async function translate(root) {
  const elements = [...root.querySelectorAll('[data-l10n-id]')];
  if (root.matches && root.matches('[data-l10n-id]')) elements.unshift(root);
  const items = [];
  const targets = [];
  for (const el of elements) {
    const id = el.getAttribute('data-l10n-id');
    const args = el.hasAttribute('data-l10n-args') ? JSON.parse(el.getAttribute('data-l10n-args')) : {};
    const textless = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
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
  const texts = await l10nFormat(items);
  texts.forEach((text, i) => targets[i](text));
}

/** Formats one message (for values computed in script, e.g. a status line). */
export async function format(id, args = {}) {
  const [text] = await l10nFormat([{ id, args }]);
  return text;
}
