// The neutral screen of the quick lock: a plain clock, nothing that names the app or what it is
// for. The vault is already locked. Double-clicking the clock, or Ctrl+U, leads to the unlock
// screen.

import { h, mount } from '../dom.js';

export const name = 'neutral';

let timer = null;

export async function render(root, app) {
  // Focusable, and focused: Ctrl+U works at once, from the keyboard alone.
  const clock = h('div', { class: 'neutral-clock', id: 'neutral-clock', title: '', tabindex: '0' });
  const tick = () => {
    const d = new Date();
    clock.textContent = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  };
  tick();
  timer = setInterval(tick, 10_000);
  clock.addEventListener('dblclick', () => app.reveal());
  mount(root, h('div', { class: 'quick-lock-screen' }, clock));
  clock.focus();
}

export function unmount() {
  clearInterval(timer);
  timer = null;
}
