import type { AttuneMessage } from '../message/message';

/** What a session persists under its storage key. */
export interface StoredSession {
  /** Format version; only 1 exists. */
  version: 1;
  /** The conversation. */
  messages: AttuneMessage[];
  /** The personalization's `snapshot()`, when it has one. */
  persona?: unknown;
  /**
   * The learned signals no server has received yet (the session's outbox over HTTP), when any:
   * the next visit's first request carries them. The session checks each against the signal
   * schema when it restores them.
   */
  signals?: unknown[];
}

const ROLES = new Set(['user', 'assistant', 'system']);

function isMessage(value: unknown): value is AttuneMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    typeof message.id === 'string' &&
    typeof message.role === 'string' &&
    ROLES.has(message.role) &&
    Array.isArray(message.parts)
  );
}

/**
 * Checks that a value read from storage is a `StoredSession`; throws an error that
 * says what is wrong otherwise.
 */
export function parseStoredSession(value: unknown): StoredSession {
  if (typeof value !== 'object' || value === null) {
    throw new Error('Stored session is not an object.');
  }
  const stored = value as Record<string, unknown>;
  if (stored.version !== 1) {
    throw new Error(`Stored session has version ${JSON.stringify(stored.version)}; expected 1.`);
  }
  if (!Array.isArray(stored.messages)) throw new Error('Stored session has no messages array.');
  const index = stored.messages.findIndex((message) => !isMessage(message));
  if (index !== -1) throw new Error(`Stored message ${index} is not a chat message.`);
  if ('signals' in stored && !Array.isArray(stored.signals)) {
    throw new Error('Stored session has a signals field that is not an array.');
  }
  return {
    version: 1,
    messages: stored.messages as AttuneMessage[],
    ...('persona' in stored ? { persona: stored.persona } : {}),
    ...(Array.isArray(stored.signals) ? { signals: stored.signals } : {}),
  };
}
