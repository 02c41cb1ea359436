// The interview's step bar, the same on her consent (the first step) and on each step of
// questions: a number, a name and how many answers each step has.

import { h, t } from '../dom.js';

/**
 * The items of the step bar of case `caseId`, `here` being the step shown (`consent` or a step
 * id). A step not shown has its name as a tooltip: on a small screen the bar shows numbers only.
 * @param {string} caseId
 * @param {{ id: string, label: string, answered: number, required: number }[]} steps
 * @param {string} here
 */
export function stepItems(caseId, steps, here) {
  const consentHere = here === 'consent';
  const consent = h('li', {}, h('a', { href: `#/case/${caseId}/interview/consent`, 'aria-current': consentHere ? 'step' : null },
    // Its name as a tooltip too (UI review, 2026-12-05: the other steps had one, not this).
    h('span', { class: 'step-number', 'aria-hidden': 'true', 'data-l10n-id': 'iv-step-consent-number', 'data-l10n-attrs': 'title' }, '1.'),
    t('span', 'iv-step-consent', { class: 'step-label' })));
  return [consent, ...steps.map((s, i) => {
    const current = s.id === here;
    const done = s.required > 0 && s.answered === s.required;
    return h('li', { class: done ? 'done' : null },
      h('a', { href: `#/case/${caseId}/interview/${s.id}`, 'aria-current': current ? 'step' : null, title: current ? null : s.label },
        h('span', { class: 'step-number', 'aria-hidden': 'true' }, `${i + 2}.`),
        // A space between them: read « Identité et langues2/10 » as one word otherwise.
        h('span', { class: 'step-label' }, s.label), ' ',
        t('span', 'iv-step-count', { class: 'step-count' }, { answered: String(s.answered), required: String(s.required) })));
  })];
}
