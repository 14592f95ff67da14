export {
  createRateLimit,
  DEFAULT_ADDRESS_RATE,
  DEFAULT_VISITOR_RATE,
  type GetClientAddress,
  type RateLimit,
  type RateLimitOptions,
} from './create-rate-limit';
export { createMemoryRateLimiter, type MemoryRateLimiterOptions } from './memory-rate-limiter';
export { createPostgresRateLimiter, type PostgresRateLimiterOptions } from './postgres-rate-limiter';
export type { RateLimiter } from './rate-limiter';
export type { RateDecision, TokenBucketSettings } from './token-bucket';
