// The review: every answer of the interview, step by step, each with a link to change it, before
// any document is printed. Unanswered questions stand out; "not established" is an answer.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';

export async function render(main, app, { caseId }) {
  const review = await api.interviewReview(caseId);
  const first = h('button', { type: 'button', class: 'button link', id: 'review-first-open' }, t('span', 'review-first-open'));
  first.addEventListener('click', () => main.querySelector('.answer.open a.edit')?.focus());
  const summary = review.unanswered > 0
    ? h('div', { class: 'alert warning', id: 'review-summary' },
      t('span', 'review-unanswered', {}, { count: String(review.unanswered) }), ' ', first)
    : t('p', 'review-complete', { class: 'alert ok', id: 'review-summary' });
  const steps = review.steps.filter((s) => s.questions.length > 0).map((s) => {
    const stepLink = `#/case/${caseId}/interview/${s.step}`;
    return h('section', { class: 'panel review-step', id: `review-${s.step}`, 'aria-labelledby': `review-${s.step}-title` },
      h('div', { class: 'row' },
        h('h2', { id: `review-${s.step}-title` }, s.label),
        h('div', { class: 'spacer' }),
        t('a', 'review-edit-step', { href: `${stepLink}?from=review`, class: 'button secondary small' })),
      h('dl', { class: 'answers' }, s.questions.map((q) => {
        const open = !q.optional && q.state === 'unanswered';
        return h('div', { class: `answer${open ? ' open' : ''}`, 'data-question': q.id, 'data-state': q.state },
          h('dt', {}, q.label),
          h('dd', {},
            q.display
              ? h('span', { class: q.state === 'not-established' ? 'value not-established' : 'value' }, q.display)
              : t('span', open ? 'review-not-answered' : 'review-optional-empty', { class: open ? 'value missing' : 'value muted' }),
            ' ',
            h('a', {
              href: `${stepLink}?focus=${encodeURIComponent(q.id)}&from=review`,
              class: 'edit',
            }, t('span', 'review-edit'), h('span', { class: 'visually-hidden' }, ` — ${q.label}`))));
      })));
  });
  mount(main,
    h('p', { class: 'eyebrow' }, h('a', { href: `#/case/${caseId}` }, review.name)),
    t('h1', 'review-title', { id: 'review-title' }),
    t('p', 'review-intro', { class: 'lead' }),
    summary,
    steps,
    h('div', { class: 'row end' },
      t('a', 'review-to-case', { class: 'button', href: `#/case/${caseId}`, id: 'review-done' })));
}
