/** How long, and how many, signals a store keeps per user. Older or surplus signals are deleted. */
export interface RetentionPolicy {
  /** Signals whose `at` is older than this many milliseconds are deleted. `Infinity` keeps them. */
  maxAgeMs: number;
  /** At most this many of a user's most recent signals are kept. `Infinity` keeps all. */
  maxCount: number;
}

/** The default retention: 90 days, 1,000 signals per user. */
export const DEFAULT_RETENTION: RetentionPolicy = { maxAgeMs: 90 * 24 * 60 * 60 * 1000, maxCount: 1000 };

/** Fills in defaults; throws a `RangeError` unless both limits are positive. */
export function resolveRetention(retention: Partial<RetentionPolicy> = {}): RetentionPolicy {
  const resolved = { ...DEFAULT_RETENTION, ...retention };
  if (!(resolved.maxAgeMs > 0)) {
    throw new RangeError('retention.maxAgeMs must be a positive number of milliseconds.');
  }
  if (
    !(resolved.maxCount >= 1) ||
    (Number.isFinite(resolved.maxCount) && !Number.isInteger(resolved.maxCount))
  ) {
    throw new RangeError('retention.maxCount must be a positive integer or Infinity.');
  }
  return resolved;
}
