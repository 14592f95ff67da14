import type { AttunePersonalization, Personalization } from '@attune/core';

/**
 * The in-browser personalization as the help centre uses it: the persona lives on the server,
 * so there is no `snapshot` (nothing persona-shaped is saved in localStorage; the page loads the
 * persona from the server). The server learns what the visitor does from the chat requests
 * themselves: the visitor's messages, and the feedback signals (ratings, comparison choices,
 * regenerations) the session learned since the last request, which it sends under `attune`
 * and the server records once each (they wait in localStorage with the conversation, so a rating
 * given just before the visitor leaves travels with their next visit's first request).
 */
export function syncedPersonalization(inner: AttunePersonalization): Personalization {
  return {
    ready: () => inner.ready(),
    observe: (signal) => inner.observe(signal),
    plan: (turn) => inner.plan(turn),
    pick: (candidates, turn) => inner.pick(candidates, turn),
    reset: () => inner.reset(),
  };
}
