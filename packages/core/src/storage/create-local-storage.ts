import { errorMessage } from '../errors/error-message';
import type { StorageAdapter } from './storage-adapter';
import { parseStoredSession } from './stored-session';

/** Options of `createLocalStorage`. */
export interface LocalStorageOptions {
  /** The Web Storage to use; defaults to `globalThis.localStorage` (looked up on each call). */
  storage?: Storage;
  /** Prefix of every key, `attune:` by default. */
  prefix?: string;
}

/**
 * A storage adapter over Web Storage (`localStorage` by default), one JSON value per
 * session. Creating it never throws; a missing storage, corrupted JSON, a wrong version
 * or a quota error makes the call throw a clear error, which the session reports as a warning.
 */
export function createLocalStorage(options: LocalStorageOptions = {}): StorageAdapter {
  const prefix = options.prefix ?? 'attune:';
  const storage = (): Storage => {
    const found = options.storage ?? (globalThis as { localStorage?: Storage }).localStorage;
    if (!found) throw new Error('localStorage is not available here.');
    return found;
  };
  return {
    load: (key) => {
      const raw = storage().getItem(prefix + key);
      if (raw === null) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new Error(`Saved session "${key}" is not valid JSON.`);
      }
      return parseStoredSession(value);
    },
    save: (key, value) => {
      try {
        storage().setItem(prefix + key, JSON.stringify(value));
      } catch (error) {
        throw new Error(`Could not save session "${key}": ${errorMessage(error)}`);
      }
    },
    remove: (key) => {
      storage().removeItem(prefix + key);
    },
  };
}
