import type { PersonaStore } from '../stores/persona-store';

const hooks = new WeakMap<PersonaStore, Set<(userId: string) => void>>();

/**
 * Calls `listener` whenever the persona handlers forget a user of `store`, so every handler over
 * the same store drops what it keeps in memory for that user. Returns the unsubscribe function.
 */
export function onForget(store: PersonaStore, listener: (userId: string) => void): () => void {
  const listeners = hooks.get(store) ?? new Set();
  hooks.set(store, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every handler over `store` that `userId` is forgotten. */
export function notifyForget(store: PersonaStore, userId: string): void {
  for (const listener of hooks.get(store) ?? []) listener(userId);
}
