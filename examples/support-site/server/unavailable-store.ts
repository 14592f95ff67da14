import type { PersonaStore } from '@attune/core/server';

/**
 * A persona store that could not be opened: every call fails with the opening error, so the
 * handlers run degraded (chat without personalization, persona endpoints 503) instead of the
 * site going down.
 */
export function createUnavailableStore(error: unknown): PersonaStore {
  const fail = () => Promise.reject(error);
  return {
    driver: 'sqlite',
    get: fail,
    update: fail,
    appendSignals: fail,
    export: fail,
    forget: fail,
    enforceRetention: fail,
    close: async () => undefined,
  };
}
