// How long a typed text may be, said under its field as it nears the limit: the core refuses a
// longer text when it is saved, and the worker should see that coming (UI review, 2026-12-06:
// « Lieu » said its 200 characters only once refused).

import { h } from './dom.js';
import { format } from './l10n.js';

/** The core's limits, from the app's status (`textLimits`). @type {Record<string, number> | null} */
let limits = null;

/** Takes the limits of each new app status. @param {{ line: number, paragraph: number, note: number }} l */
export function setTextLimits(l) { limits = l; }

/**
 * The line under `input` that counts what is left once it holds 80 % of what `kind` allows, and
 * by how much it is over; hidden below that. Counted as the core counts (characters, not UTF-16
 * units). Read again on each keystroke and when the field gets the focus (a form emptied or
 * filled by the page fires no `input`). Added to the field's description.
 * @param {HTMLInputElement | HTMLTextAreaElement} input
 * @param {'line' | 'paragraph' | 'note'} kind
 */
export function charCount(input, kind) {
  const line = h('p', { class: 'hint char-count', id: `${input.id}-count`, hidden: true });
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  input.setAttribute('aria-describedby', [...described, line.id].join(' '));
  let latest = 0;
  const update = async () => {
    const seq = ++latest;
    const max = limits?.[kind];
    // As the core counts: the text without the spaces around it.
    const count = [...input.value.trim()].length;
    if (!max || count < max * 0.8) {
      line.hidden = true;
      line.textContent = '';
      return;
    }
    const over = count > max;
    const text = await format(over ? 'text-limit-over' : 'text-limit-left',
      { count: String(Math.abs(max - count)), max: String(max) });
    // A later keystroke's line wins over an earlier one's that came back late.
    if (seq !== latest) return;
    line.textContent = text;
    line.classList.toggle('over', over);
    line.hidden = false;
  };
  input.addEventListener('input', update);
  input.addEventListener('focus', update);
  update();
  return line;
}
