// The dashboard, landing page after unlock: what is overdue across all cases, what falls in the
// next days, the coming appointments; each line leads to its case.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';
import { notice } from './rule-changes.js';

function line(item, cls) {
  const d = item.deadline;
  return h('li', { class: `deadline ${cls}`, 'data-kind': d.kind, 'data-case-id': item.caseId },
    h('a', { href: `#/case/${item.caseId}`, class: 'case-name' }, item.name),
    h('span', { class: 'what' }, d.label),
    h('span', { class: `when ${cls}` }, d.relative),
    d.estimated ? t('span', 'case-estimated', { class: 'badge caution' }) : null,
    d.confirmByJurist ? t('span', 'case-confirm-by-jurist', { class: 'badge caution' }) : null,
    d.caution ? h('span', { class: 'planned-too-late' }, d.caution) : null);
}

// The open cases a change of rule pack concerns, until each is marked seen.
function ruleChanges(notices, main) {
  if (!notices.count) return null;
  // Drawn again without the case marked seen; the keyboard goes to the page, not to nowhere.
  const redraw = async () => { await render(main); await translate(main); main.focus(); };
  return h('section', { class: 'panel', id: 'rule-changes', 'aria-labelledby': 'rule-changes-title' },
    h('h2', { id: 'rule-changes-title' }, notices.label),
    h('ul', { class: 'rule-changes' }, notices.cases.map((n) => notice(n, true, redraw))));
}

export async function render(main) {
  const [board, notices] = await Promise.all([api.dashboardGet(), api.rulesNotices()]);
  // Each section shows its first lines (the oldest or nearest) and says how many more there are.
  const section = (id, titleId, items, total, emptyId, draw) => h('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` },
    t('h2', titleId, { id: `${id}-title` }, { days: String(board.horizonDays) }),
    items.length ? h('ul', { class: 'agenda' }, items.map(draw)) : t('p', emptyId, { class: 'empty compact' }),
    total > items.length ? t('p', 'dashboard-more', { class: 'muted', id: `${id}-more` }, { count: String(total - items.length) }) : null);
  mount(main,
    h('div', { class: 'row' },
      t('h1', 'dashboard-title'),
      h('div', { class: 'spacer' }),
      h('p', { class: 'muted', id: 'dashboard-today' }, board.todayLabel),
      t('a', 'nav-report', { href: '#/report', id: 'dashboard-report', class: 'button secondary' })),
    board.caseCount === 0
      ? h('div', { class: 'panel' }, t('p', 'dashboard-no-case'),
        t('a', 'dashboard-first-case', { href: '#/cases?new=1', class: 'button' }))
      : null,
    ruleChanges(notices, main),
    section('overdue', 'dashboard-overdue', board.overdue, board.overdueTotal, 'dashboard-none-overdue', (i) => line(i, 'late')),
    section('upcoming', 'dashboard-upcoming', board.upcoming, board.upcomingTotal, 'dashboard-none-upcoming', (i) => line(i, 'soon')),
    section('appointments', 'dashboard-appointments', board.appointments, board.appointmentsTotal, 'dashboard-none-appointments',
      (a) => h('li', { class: 'appointment', 'data-case-id': a.caseId },
        h('a', { href: `#/case/${a.caseId}/followup`, class: 'case-name' }, a.name),
        h('span', { class: 'what' }, a.kindLabel, a.place ? ` — ${a.place}` : ''),
        h('span', { class: 'when soon' }, a.whenLabel, ` (${a.relative})`))));
}
