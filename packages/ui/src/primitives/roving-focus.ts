import type { KeyboardEvent } from 'react';

/**
 * Keyboard handler for a group of buttons: arrow keys, Home and End move focus between the
 * enabled buttons inside the group (logical order, so it also works right-to-left).
 */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>): void {
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
  const current = items.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0 || items.length === 0) return;
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: number;
  if (event.key === forward || event.key === 'ArrowDown') next = (current + 1) % items.length;
  else if (event.key === backward || event.key === 'ArrowUp')
    next = (current - 1 + items.length) % items.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else return;
  event.preventDefault();
  items[next]?.focus();
}
