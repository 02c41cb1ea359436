// The association's activity report (« Rapport d'activité »): a period typed day/month/year, PDF
// or CSV, saved through the dialog. The figures are computed by Rust inside the vault; this page
// never sees them, only the name of the file written.

import * as api from '../api.js';
import { h, t, mount } from '../dom.js';
import { translate } from '../l10n.js';

function dayField(id, labelId) {
  const input = h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 10, required: true });
  return { input, field: h('div', { class: 'field' }, t('label', labelId, { for: id }), input) };
}

export async function render(main) {
  const from = dayField('report-from', 'report-from');
  const to = dayField('report-to', 'report-to');
  // « Les chiffres de l'année »: the year a funder asks about, filled in (Rust owns the day).
  const proposed = await api.reportPeriod();
  from.input.value = proposed.from;
  to.input.value = proposed.to;
  const format = h('select', { id: 'report-format' },
    t('option', 'report-format-pdf', { value: 'pdf' }),
    t('option', 'report-format-csv', { value: 'csv' }));
  const error = h('div', { class: 'alert error', role: 'alert', id: 'report-error' });
  const result = h('div', { class: 'alert info', role: 'status', id: 'report-result' });
  const overlap = h('div', { class: 'alert warning', role: 'status', id: 'report-overlap', hidden: true });
  const save = t('button', 'report-save', { class: 'button', type: 'submit', id: 'report-save' });
  // `novalidate`: a missing day is said in words by Rust, not by the browser's bubble
  // (`required` stays, for assistive technology).
  const form = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      result.textContent = '';
      overlap.hidden = true;
      overlap.textContent = '';
      form.classList.add('busy');
      try {
        const saved = await api.reportSave(from.input.value, to.input.value, /** @type {import('ipc').ReportFormat} */ (format.value));
        if (saved.saved) {
          result.setAttribute('data-l10n-id', saved.tooSmall ? 'report-saved-too-small' : 'report-saved');
          result.setAttribute('data-l10n-args', JSON.stringify({ file: saved.fileName || '', folder: saved.folder || '' }));
        } else {
          result.setAttribute('data-l10n-id', 'report-cancelled');
          result.removeAttribute('data-l10n-args');
        }
        await translate(result);
        // Two reports over overlapping periods can be subtracted: said after saving.
        if (saved.overlaps) {
          overlap.setAttribute('data-l10n-id', 'report-saved-overlap');
          overlap.setAttribute('data-l10n-args', JSON.stringify(saved.overlaps));
          await translate(overlap);
          overlap.hidden = false;
        }
      } catch (e) { error.textContent = e.message; }
      form.classList.remove('busy');
    },
  },
  h('div', { class: 'row' }, from.field, to.field,
    h('div', { class: 'field' }, t('label', 'report-format', { for: 'report-format' }), format)),
  error, result, overlap, h('div', { class: 'row end' }, save));

  mount(main,
    t('h1', 'report-screen-title'),
    t('p', 'report-screen-intro', { class: 'muted' }),
    h('section', { class: 'panel' }, form));
  await translate(main);
}
