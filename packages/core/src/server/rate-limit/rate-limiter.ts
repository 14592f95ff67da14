import type { RateDecision, TokenBucketSettings } from './token-bucket';

/**
 * Token buckets by key, shared by every request the limiter sees. Each `take` is atomic per key:
 * concurrent requests never take more tokens than the bucket holds.
 */
export interface RateLimiter {
  /** Takes one token from `key`'s bucket (created full on first use) with `settings`. */
  take(key: string, settings: TokenBucketSettings): Promise<RateDecision>;
  /** Releases what the limiter opened itself. */
  close(): Promise<void>;
}
