import { clientNetwork } from '../client-network';
import { HandlerError } from '../handler/handler-error';
import { createMemoryRateLimiter } from './memory-rate-limiter';
import type { RateLimiter } from './rate-limiter';
import { checkBucketSettings, type RateDecision, type TokenBucketSettings } from './token-bucket';

/** Finds the client address of a request (e.g. the socket's remote address); `undefined` when unknown. */
export type GetClientAddress = (request: Request) => string | undefined | null;

/** Options of {@link createRateLimit}. */
export interface RateLimitOptions {
  /** Where buckets live. Default {@link createMemoryRateLimiter}(). */
  limiter?: RateLimiter;
  /** The bucket of each visitor (user id); `false` turns it off. Default 30 requests, then one per 2 s. */
  perVisitor?: TokenBucketSettings | false;
  /**
   * The bucket of each client address (of each /64 network for IPv6), which also catches a client
   * that drops its cookie to get a new visitor each time; `false` turns it off. Default 120
   * requests, then 2 per second.
   */
  perAddress?: TokenBucketSettings | false;
  /** The client address of a request. Without it only the visitor bucket applies. */
  getClientAddress?: GetClientAddress;
}

/** A rate limit the handlers apply before reading a request body. */
export interface RateLimit {
  /**
   * Takes a token from the visitor's and the address's buckets; throws a 429 `rate-limited`
   * {@link HandlerError} with `Retry-After` (seconds) and `retryAfterSeconds` in the JSON error
   * when either is empty.
   */
  check(request: Request, userId: string | undefined): Promise<void>;
}

/** The visitor bucket used when none is given. */
export const DEFAULT_VISITOR_RATE: TokenBucketSettings = { capacity: 30, refillPerSecond: 0.5 };
/** The address bucket used when none is given. */
export const DEFAULT_ADDRESS_RATE: TokenBucketSettings = { capacity: 120, refillPerSecond: 2 };

/**
 * Creates a per-visitor and per-address token-bucket rate limit over a {@link RateLimiter}
 * (memory by default; PostgreSQL for many instances). Throws a `RangeError` for impossible settings.
 */
export function createRateLimit(options: RateLimitOptions = {}): RateLimit {
  const limiter = options.limiter ?? createMemoryRateLimiter();
  const perVisitor =
    options.perVisitor === false
      ? undefined
      : checkBucketSettings(options.perVisitor ?? DEFAULT_VISITOR_RATE, 'perVisitor');
  const perAddress =
    options.perAddress === false
      ? undefined
      : checkBucketSettings(options.perAddress ?? DEFAULT_ADDRESS_RATE, 'perAddress');

  return {
    async check(request, userId) {
      // An IPv6 client holds a whole /64: its bucket is the network's, or it could use a new
      // address for every request.
      const found = options.getClientAddress?.(request);
      const address = found ? clientNetwork(found) : undefined;
      const decisions: Promise<RateDecision>[] = [];
      if (perVisitor && userId) decisions.push(limiter.take(`visitor:${userId}`, perVisitor));
      if (perAddress && address) decisions.push(limiter.take(`address:${address}`, perAddress));
      const refused = (await Promise.all(decisions)).filter((decision) => !decision.allowed);
      if (refused.length === 0) return;
      const seconds = Math.max(1, Math.ceil(Math.max(...refused.map((d) => d.retryAfterMs)) / 1000));
      throw new HandlerError(
        429,
        'rate-limited',
        `Too many requests; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        { 'retry-after': String(seconds) },
        { retryAfterSeconds: seconds },
      );
    },
  };
}
