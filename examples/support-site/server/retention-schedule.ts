import type { PersonaStore, StoreHealth } from '@attune/core/server';

/** How often the site deletes signals past retention when nothing else is said: hourly. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Enforces the store's retention now and then every `intervalMs` (the store also prunes each
 * visitor on every append; this reaches visitors who never come back). Failures only degrade
 * `health`. The timer does not keep the process alive. Returns a function that stops it.
 */
export function scheduleRetention(
  store: PersonaStore,
  health: StoreHealth,
  intervalMs = RETENTION_INTERVAL_MS,
): () => void {
  if (!(intervalMs > 0)) throw new RangeError('intervalMs must be a positive number of milliseconds.');
  const run = () => {
    health.guard(() => store.enforceRetention(), 'write').catch(() => undefined);
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
