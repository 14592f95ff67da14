import type { Persona } from '../../persona/persona';

/** What the chat handler remembers of one user message: the persona learned from it, and its recording. */
export interface RememberedTurn {
  /** The persona after learning the turn, for conditioning; `undefined` when none applies. */
  persona: Promise<Persona | undefined>;
}

/**
 * The chat handler's memory of recent turns, so each user message is learned once (a comparison
 * sends it twice). Keys are hashed (no message text is held), entries are grouped by user so
 * forget-me drops all of a user's at once, and the whole is bounded (oldest dropped first).
 */
export interface TurnMemory {
  get(userId: string, key: readonly string[]): RememberedTurn | undefined;
  set(userId: string, key: readonly string[], turn: RememberedTurn): void;
  delete(userId: string, key: readonly string[]): void;
  /** Drops every turn of the user and bumps its generation (pending writes check it). */
  forget(userId: string): void;
  /** Changes each time the user is forgotten; a write started in an older generation is dropped. */
  generation(userId: string): number;
}

/** A 53-bit hash of the key (cyrb53), so no message text is kept; runs on every JS runtime. */
function hash(userId: string, key: readonly string[]): number {
  const text = JSON.stringify([userId, ...key]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Creates a {@link TurnMemory} holding at most `capacity` turns. */
export function createTurnMemory(capacity: number): TurnMemory {
  const turns = new Map<number, { userId: string; turn: RememberedTurn }>();
  const byUser = new Map<string, Set<number>>();
  const generations = new Map<string, number>();
  const drop = (id: number) => {
    const entry = turns.get(id);
    if (!entry) return;
    turns.delete(id);
    const ids = byUser.get(entry.userId);
    ids?.delete(id);
    if (ids?.size === 0) byUser.delete(entry.userId);
  };
  return {
    get: (userId, key) => turns.get(hash(userId, key))?.turn,
    set(userId, key, turn) {
      const id = hash(userId, key);
      drop(id);
      turns.set(id, { userId, turn });
      const ids = byUser.get(userId) ?? new Set();
      byUser.set(userId, ids.add(id));
      if (turns.size > capacity) drop(turns.keys().next().value as number);
    },
    delete: (userId, key) => drop(hash(userId, key)),
    forget(userId) {
      for (const id of [...(byUser.get(userId) ?? [])]) drop(id);
      generations.set(userId, (generations.get(userId) ?? 0) + 1);
      if (generations.size > capacity) generations.delete(generations.keys().next().value as string);
    },
    generation: (userId) => generations.get(userId) ?? 0,
  };
}
