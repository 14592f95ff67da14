import type { StorageAdapter } from './storage-adapter';
import type { StoredSession } from './stored-session';

/** A storage adapter that keeps copies of saved sessions in memory (tests, SSR, private tabs). */
export function createMemoryStorage(): StorageAdapter {
  const entries = new Map<string, StoredSession>();
  return {
    load: (key) => {
      const value = entries.get(key);
      return value === undefined ? undefined : structuredClone(value);
    },
    save: (key, value) => {
      entries.set(key, structuredClone(value));
    },
    remove: (key) => {
      entries.delete(key);
    },
  };
}
