// Backups: when the last verified one was made, make one onto a USB stick, check a backup file,
// the reminder delay, and what to keep safe. Restoring happens before unlock (restore.js).

import * as api from '../api.js';
import { h, t, mount, focusVisible, reveal } from '../dom.js';
import { translate, format } from '../l10n.js';
import { secretFields, progressBar } from './vault-parts.js';

export async function render(main) {
  const status = h('div', { id: 'backup-status' });
  const settings = await api.settingsGet();

  const showStatus = async () => {
    const s = await api.backupStatus();
    // With no backup, the alert says it and why it matters: « Aucune sauvegarde » said once, not
    // twice (UI review, 2026-12-06); the top bar's reminder is not shown on this page either.
    mount(status,
      s.last
        ? t('p', 'backup-last', { id: 'backup-last' }, { date: s.verifiedLabel ?? '', cases: String(s.last.cases) })
        : s.due ? null : t('p', 'backup-never', { id: 'backup-last' }),
      s.due ? t('div', s.last ? 'backup-due' : 'backup-due-never', { class: 'alert info', id: 'backup-due' }, { days: String(s.reminderDays) }) : null,
      // The audit log's head in the last backup beside today's: a store put back to an older
      // copy shows a last backup the worker knows is not the last, or a head that went back.
      s.last?.audit
        ? t('p', 'backup-audit-then', { class: 'muted', id: 'backup-audit-then' }, { entries: String(s.last.audit.entries), head: s.last.audit.head.slice(0, 16) })
        : null,
      t('p', 'backup-audit-now', { class: 'muted', id: 'backup-audit-now' }, { entries: String(s.auditNow.entries), head: s.auditNow.head.slice(0, 16) }),
      // What the fingerprint is for, in words (review, 2026-12-05: a hash with no explanation).
      t('p', 'backup-audit-hint', { class: 'hint muted', id: 'backup-audit-hint' }));
    await translate(status);
  };

  // Make a backup.
  const makeSecret = secretFields('backup', { allowRecovery: true, confirm: true, labelId: 'backup-passphrase' });
  const make = t('button', 'backup-create', { class: 'button', type: 'submit', id: 'backup-create', disabled: true });
  const makeProgress = progressBar('backup-progress');
  const makeResult = h('div', { class: 'alert info', role: 'status', id: 'backup-result', tabindex: '-1' });
  const makeError = h('div', { class: 'alert error', role: 'alert', id: 'backup-error' });
  makeSecret.onChange(() => { make.disabled = !makeSecret.ready(); });
  const makeForm = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      makeError.textContent = '';
      makeResult.textContent = '';
      makeForm.classList.add('busy');
      try {
        const report = await makeProgress.run(() => api.backupCreate(makeSecret.value()));
        if (report) {
          makeSecret.clear();
          makeResult.setAttribute('data-l10n-id', 'backup-done');
          makeResult.setAttribute('data-l10n-args', JSON.stringify({ cases: String(report.cases) }));
          await translate(makeResult);
          await showStatus();
          // The button is disabled once the fields are empty: the keyboard goes to the result.
          focusVisible(makeResult);
          document.dispatchEvent(new CustomEvent('backup-changed'));
        }
      } catch (e) { makeError.textContent = e.message; focusVisible(makeSecret.input()); reveal(makeError); }
      makeForm.classList.remove('busy');
    },
  }, makeSecret.element, makeProgress.element, makeError, makeResult, h('div', { class: 'row end' }, make));

  // Check a backup file.
  const checkSecret = secretFields('verify', { allowRecovery: true, labelId: 'backup-passphrase' });
  const check = t('button', 'backup-verify', { class: 'button secondary', type: 'submit', id: 'backup-verify', disabled: true });
  const checkProgress = progressBar('verify-progress');
  const checkResult = h('div', { class: 'alert info', role: 'status', id: 'verify-result', tabindex: '-1' });
  const checkError = h('div', { class: 'alert error', role: 'alert', id: 'verify-error' });
  checkSecret.onChange(() => { check.disabled = !checkSecret.ready(); });
  const checkForm = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      checkError.textContent = '';
      checkResult.textContent = '';
      checkForm.classList.add('busy');
      try {
        const report = await checkProgress.run(() => api.backupVerify(checkSecret.value()));
        if (report) {
          checkSecret.clear();
          const verdict = !report.sameStore ? 'backup-verified-other'
            : report.auditMatch === 'store-older' ? 'backup-verified-store-older'
              : report.auditMatch === 'diverged' ? 'backup-verified-diverged' : 'backup-verified';
          checkResult.className = verdict.startsWith('backup-verified-') && report.sameStore ? 'alert warning' : 'alert info';
          checkResult.setAttribute('data-l10n-id', verdict);
          checkResult.setAttribute('data-l10n-args', JSON.stringify({ cases: String(report.cases) }));
          await translate(checkResult);
          await showStatus();
          focusVisible(checkResult);
          document.dispatchEvent(new CustomEvent('backup-changed'));
        }
      } catch (e) {
        // The keyboard on the secret (not on the first radio button of the form), the error
        // under it in view (UI review, 2026-12-05: a wrong passphrase left both out of sight).
        checkError.textContent = e.message;
        focusVisible(checkSecret.input());
        reveal(checkError);
      }
      checkForm.classList.remove('busy');
    },
  }, checkSecret.element, checkProgress.element, checkError, checkResult, h('div', { class: 'row end' }, check));

  // Reminder delay.
  const days = h('input', { type: 'number', id: 'backup-reminder-days', min: 1, max: 365, step: 1, value: settings.backupReminderDays ?? 7 });
  const saved = h('div', { class: 'alert info', role: 'status', id: 'backup-reminder-saved' });
  const refused = h('div', { class: 'alert error', role: 'alert', id: 'backup-reminder-error' });
  // `novalidate`: the range is said in words by Rust, not by the browser's bubble.
  const reminderForm = h('form', {
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      saved.textContent = '';
      refused.textContent = '';
      try {
        await api.settingsUpdate({ backupReminderDays: Number(days.value) });
        saved.textContent = await format('settings-saved');
        await showStatus();
        document.dispatchEvent(new CustomEvent('backup-changed'));
        // Under the form's button, at the foot of a small window (UI review, 2026-12-05).
        reveal(saved);
      } catch (e) { refused.textContent = e.message; reveal(refused); }
    },
  }, t('label', 'backup-reminder', { for: 'backup-reminder-days' }),
     h('div', { class: 'row' }, h('div', { class: 'narrow' }, days), t('button', 'action-save', { class: 'button', type: 'submit', id: 'backup-reminder-save' })),
     refused, saved);

  mount(main,
    t('h1', 'backup-title'),
    h('section', { class: 'panel' }, status),
    h('section', { class: 'panel' }, t('h2', 'backup-create-title'), t('p', 'backup-create-intro', { class: 'muted' }), makeForm),
    h('section', { class: 'panel' }, t('h2', 'backup-verify-title'), t('p', 'backup-verify-intro', { class: 'muted' }), checkForm),
    h('section', { class: 'panel' }, t('h2', 'backup-keep-title'), t('p', 'backup-keep-recovery'), t('p', 'backup-keep-passphrase'), t('p', 'backup-restore-how', { class: 'muted' })),
    h('section', { class: 'panel' }, t('h2', 'backup-reminder-title'), reminderForm));
  await showStatus();
}
