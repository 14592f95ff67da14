import type { StoredSession } from './stored-session';

/**
 * Where a session keeps its conversation and persona. Every method may be sync or
 * async and may throw; the session turns failures into warnings and never loses the
 * conversation in memory.
 */
export interface StorageAdapter {
  /** Reads the value saved under `key`, or `undefined` when nothing is saved. */
  load(key: string): StoredSession | undefined | Promise<StoredSession | undefined>;
  /** Saves `value` under `key`, replacing what was there. */
  save(key: string, value: StoredSession): void | Promise<void>;
  /** Forgets what is saved under `key`. */
  remove(key: string): void | Promise<void>;
}
