/**
 * How long, how many and how much signal data a store keeps per user. Age and order are the
 * server's: a signal's age counts from when the store received it (never the client's `at`), and
 * the count and byte limits keep the most recently received signals (a ring).
 */
export interface RetentionPolicy {
  /** Signals received longer ago than this many milliseconds are deleted. `Infinity` keeps them. */
  maxAgeMs: number;
  /** At most this many of a user's most recently received signals are kept. `Infinity` keeps all. */
  maxCount: number;
  /** At most this many bytes of a user's stored signal JSON are kept (newest first). `Infinity` keeps all. */
  maxBytes: number;
}

/** The default retention: 90 days, 1,000 signals and 256 KiB of signals per user. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  maxAgeMs: 90 * 24 * 60 * 60 * 1000,
  maxCount: 1000,
  maxBytes: 256 * 1024,
};

const positiveIntegerOrInfinity = (value: number) =>
  value >= 1 && (!Number.isFinite(value) || Number.isInteger(value));

/** Fills in defaults; throws a `RangeError` unless every limit is positive. */
export function resolveRetention(retention: Partial<RetentionPolicy> = {}): RetentionPolicy {
  const resolved = { ...DEFAULT_RETENTION, ...retention };
  if (!(resolved.maxAgeMs > 0)) {
    throw new RangeError('retention.maxAgeMs must be a positive number of milliseconds.');
  }
  if (!positiveIntegerOrInfinity(resolved.maxCount)) {
    throw new RangeError('retention.maxCount must be a positive integer or Infinity.');
  }
  if (!positiveIntegerOrInfinity(resolved.maxBytes)) {
    throw new RangeError('retention.maxBytes must be a positive integer or Infinity.');
  }
  return resolved;
}

/**
 * The default persona retention: a persona nobody wrote for 365 days is deleted with every row
 * held for its user. A year lets a visitor who comes back each season find their preferences; a
 * visitor who left is not kept forever.
 */
export const DEFAULT_PERSONA_RETENTION_MS = 365 * 24 * 60 * 60 * 1000;

/** Fills in the default persona retention; throws a `RangeError` unless it is positive (or `Infinity`). */
export function resolvePersonaRetention(personaRetentionMs = DEFAULT_PERSONA_RETENTION_MS): number {
  if (!(personaRetentionMs > 0)) {
    throw new RangeError('personaRetentionMs must be a positive number of milliseconds or Infinity.');
  }
  return personaRetentionMs;
}
