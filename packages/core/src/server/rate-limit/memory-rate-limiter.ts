import type { RateLimiter } from './rate-limiter';
import { type BucketState, checkBucketSettings, takeToken } from './token-bucket';

/** Options of {@link createMemoryRateLimiter}. */
export interface MemoryRateLimiterOptions {
  /** Most buckets kept; past it the least recently used is dropped (it counts as full again). Default 100,000. */
  maxKeys?: number;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/**
 * The default limiter: token buckets in process memory, bounded by `maxKeys`. For one instance;
 * several instances behind a load balancer share limits through {@link createPostgresRateLimiter}.
 */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions = {}): RateLimiter {
  const maxKeys = options.maxKeys ?? 100_000;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError('maxKeys must be a positive integer.');
  const now = options.now ?? Date.now;
  const buckets = new Map<string, BucketState>();
  return {
    async take(key, settings) {
      checkBucketSettings(settings);
      const current = buckets.get(key);
      const { state, decision } = takeToken(current, settings, now());
      // Re-inserting keeps the Map in least-recently-used order.
      buckets.delete(key);
      buckets.set(key, state);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return decision;
    },
    async close() {
      buckets.clear();
    },
  };
}
