import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for a container that calls `onEscape` on Escape. The innermost container
 * wins: it marks the event handled, so outer containers (e.g. a widget around a popover) ignore it.
 */
export function onEscape(handler: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    handler();
  };
}
