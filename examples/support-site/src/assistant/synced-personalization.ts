import type { AttunePersonalization, Personalization, Signal } from '@attune/core';
import type { PersonaApi } from './persona-api';

/**
 * Wraps the in-browser personalization so the server learns what the visitor does: every
 * feedback signal (ratings, comparison choices, regenerations) is learned here at once and
 * posted to the server; the visitor's own messages reach the server with the chat request, so
 * they are not posted twice. There is no `snapshot`: the persona lives on the server, and the
 * page loads it from there.
 */
export function syncedPersonalization(
  inner: AttunePersonalization,
  api: PersonaApi,
  onSyncError: (error: unknown) => void,
): Personalization {
  return {
    ready: () => inner.ready(),
    observe(signal: Signal) {
      inner.observe(signal);
      if (signal.kind !== 'user-text') api.postSignals([signal]).catch(onSyncError);
    },
    plan: (turn) => inner.plan(turn),
    pick: (candidates, turn) => inner.pick(candidates, turn),
    reset: () => inner.reset(),
  };
}
