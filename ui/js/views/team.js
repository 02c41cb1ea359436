// Team: who can open this store, each with their own passphrase. Administrators add members
// (the new member types their passphrase here, in person) and remove them; removing changes the
// data key, so the removed passphrase, or an old copy of the key file, opens nothing any more.

import * as api from '../api.js';
import { h, t, mount, field, focusVisible, reveal } from '../dom.js';
import { translate } from '../l10n.js';
import { secretFields, openConfirmation } from './vault-parts.js';
import { recoveryKeyBox } from './parts.js';

/** Who added a slot: a member's label, the recovery key, or nothing known. */
function addedBy(m) {
  if (m.createdBy) return h('span', {}, m.createdBy);
  if (m.createdByRecovery) return t('span', 'team-recovery-key');
  return null;
}

/** The new recovery key, shown once, in groups, with the box to tick once it is written down. */
function newRecoveryKey(key, onDone) {
  const written = h('input', { type: 'checkbox', id: 'team-recovery-written' });
  const done = t('button', 'recovery-continue', { class: 'button', type: 'button', id: 'team-recovery-done', disabled: true });
  written.addEventListener('change', () => { done.disabled = !written.checked; });
  done.addEventListener('click', async () => {
    // Whatever was selected leaves the X11 primary selection with it.
    window.getSelection()?.removeAllRanges();
    // Not recorded (a lock came meanwhile): the next unlock asks again.
    await api.sessionRecoveryKeyNoted().catch(() => {});
    onDone();
  });
  return h('section', { class: 'panel', id: 'team-new-recovery' },
    t('h2', 'recovery-title'),
    t('p', 'team-recovery-new-intro', { class: 'lead' }),
    recoveryKeyBox('team-recovery-key', key),
    t('p', 'recovery-keep', { class: 'alert info' }),
    h('label', { class: 'check', for: 'team-recovery-written' }, written, t('span', 'recovery-confirm')),
    h('div', { class: 'row end' }, done));
}

function memberName(m) {
  if (m.label) return h('span', {}, m.label);
  return t('span', m.kind === 'recovery' ? 'team-recovery-key' : 'team-creator');
}

export async function render(main) {
  const [team, me] = await Promise.all([api.teamList(), api.sessionInfo()]);
  const members = team.members;
  const admin = me.role === 'admin';
  const error = h('div', { class: 'alert error', role: 'alert', id: 'team-error' });
  const notice = h('div', { class: 'alert info', role: 'status', id: 'team-notice' });
  const confirmSlot = h('div');
  const rerender = async (messageId) => {
    await render(main);
    await translate(main);
    if (messageId) {
      const n = main.querySelector('#team-notice');
      n.setAttribute('data-l10n-id', messageId);
      await translate(n);
      // Said where it can be read, and the keyboard with it: the button pressed is gone with
      // the page it was on (UI review, 2026-12-05: « Le membre a été ajouté » above the window,
      // the focus lost).
      n.setAttribute('tabindex', '-1');
      focusVisible(n);
    }
  };

  const rows = members.map((m) => {
    const remove = admin && !m.current && m.kind === 'passphrase'
      // Each « Retirer » names its member to a screen reader, as the row does to the eye
      // (keyboard review, 2026-12-06: a column of identical « Retirer »).
      ? h('button', {
        class: 'button secondary', type: 'button', 'data-slot-id': m.id,
        onclick: async () => {
          await openConfirmation(confirmSlot, {
            id: 'team-remove', messageId: 'team-remove-confirm', args: { name: m.label || '' },
            checkId: 'team-remove-check', buttonId: 'team-remove',
            onConfirm: async () => {
              await api.teamRemove(m.id);
              // Whoever administered the store may have seen the recovery sheet: a new key is proposed.
              await rerender(m.role === 'admin' ? 'team-removed-admin' : 'team-removed');
            },
          });
        },
      }, t('span', 'team-remove'), h('span', { class: 'visually-hidden' }, ' ', memberName(m)))
      : null;
    const warning = m.damaged
      ? t('span', 'team-slot-damaged', { class: 'badge danger', 'data-warning': 'damaged' })
      : (!m.accounted ? t('span', 'team-slot-unknown', { class: 'badge danger', 'data-warning': 'unknown' }) : null);
    return h('tr', { 'data-slot-id': m.id },
      h('td', {}, memberName(m), m.current ? [' ', t('span', 'team-you', { class: 'muted' })] : null,
        warning ? [' ', warning] : null),
      h('td', {}, t('span', m.role === 'admin' ? 'team-role-admin' : 'team-role-worker')),
      h('td', { class: 'muted' }, m.sinceLabel || ''),
      h('td', { class: 'muted' }, addedBy(m)),
      h('td', {}, remove));
  });
  const strangers = members.filter((m) => !m.accounted || m.damaged).length;

  const sections = [
    t('h1', 'team-title'),
    t('p', 'team-intro', { class: 'muted' }),
    error, notice, confirmSlot,
    strangers ? t('p', 'team-strangers', { class: 'alert warning', id: 'team-strangers' }, { count: String(strangers) }) : null,
    h('section', { class: 'panel' },
      h('table', { class: 'list', id: 'team-table' },
        h('thead', {}, h('tr', {},
          t('th', 'team-col-name', { scope: 'col' }), t('th', 'team-col-role', { scope: 'col' }),
          t('th', 'team-col-since', { scope: 'col' }), t('th', 'team-col-added-by', { scope: 'col' }),
          h('th', { scope: 'col' }, t('span', 'team-col-actions', { class: 'visually-hidden' })))),
        h('tbody', {}, rows))),
    team.oldRecoveryBackups.length
      ? h('section', { class: 'panel', id: 'team-old-recovery-backups' },
        t('h2', 'team-old-backups-title'),
        t('p', 'team-old-backups-intro', { class: 'muted' }),
        h('ul', {}, team.oldRecoveryBackups.map((b) => h('li', {}, b))))
      : null,
  ];

  if (admin) {
    const label = field({ id: 'team-label', labelId: 'team-label', hintId: 'team-label-hint', attrs: { autocomplete: 'off', maxlength: 60 } });
    const role = h('select', { id: 'team-role' },
      t('option', 'team-role-worker', { value: 'worker' }), t('option', 'team-role-admin', { value: 'admin' }));
    const secret = secretFields('team-new', { confirm: true, labelId: 'team-passphrase' });
    const add = t('button', 'team-add', { class: 'button', type: 'submit', id: 'team-add', disabled: true });
    const refresh = () => { add.disabled = !(label.input.value.trim() && secret.ready()); };
    secret.onChange(refresh);
    label.input.addEventListener('input', refresh);
    const form = h('form', {
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        form.classList.add('busy');
        try {
          await api.teamAdd(label.input.value, secret.value().value, role.value);
          await rerender('team-added');
        } catch (e) {
          form.classList.remove('busy');
          // At the top of the form that was sent, not of the page (UI review, 2026-12-05).
          form.prepend(error);
          error.textContent = e.message;
          reveal(error);
          focusVisible(label.input);
        }
      },
    }, h('div', { class: 'grid-2' }, label.wrap, h('div', { class: 'field' }, t('label', 'team-role', { for: 'team-role' }), role)),
       t('p', 'team-passphrase-intro', { class: 'muted' }), secret.element, h('div', { class: 'row end' }, add));
    const rotate = t('button', 'team-rotate', {
      class: 'button secondary', type: 'button', id: 'team-rotate',
      onclick: async () => {
        await openConfirmation(confirmSlot, {
          id: 'team-rotate', messageId: 'team-rotate-confirm', checkId: 'team-rotate-check', buttonId: 'team-rotate',
          onConfirm: async () => { await api.teamRotateKey(); await rerender('team-rotated'); },
        });
      },
    });
    const recoverySlot = h('div');
    const newRecovery = t('button', 'team-new-recovery', {
      class: 'button secondary', type: 'button', id: 'team-new-recovery-key',
      onclick: async () => {
        await openConfirmation(confirmSlot, {
          id: 'team-new-recovery', messageId: 'team-new-recovery-confirm', checkId: 'team-new-recovery-check', buttonId: 'team-new-recovery',
          onConfirm: async () => {
            // The confirmation stays until the key is made: a failure is said in it.
            const key = await api.teamNewRecoveryKey();
            mount(confirmSlot);
            const sheet = newRecoveryKey(key, () => rerender('team-recovery-replaced'));
            await translate(sheet);
            mount(recoverySlot, sheet);
            recoverySlot.scrollIntoView();
            // The keyboard goes to the sheet's box (the button pressed is gone with the confirmation).
            /** @type {HTMLElement | null} */ (recoverySlot.querySelector('#team-recovery-written'))?.focus();
          },
        });
      },
    });
    sections.push(
      h('section', { class: 'panel', id: 'team-recovery-panel' }, t('h2', 'team-new-recovery-title'),
        t('p', 'team-new-recovery-intro', { class: 'muted' }), h('div', { class: 'row end' }, newRecovery)),
      recoverySlot,
      h('section', { class: 'panel' }, t('h2', 'team-add-title'), form),
      h('section', { class: 'panel' }, t('h2', 'team-rotate-title'), t('p', 'team-rotate-intro', { class: 'muted' }), h('div', { class: 'row end' }, rotate)));
  } else {
    sections.push(t('p', 'team-admin-only', { class: 'alert info' }));
  }
  mount(main, ...sections);
}
