/** How fast one key may go: a bucket of `capacity` tokens refilled at `refillPerSecond`; a request takes one. */
export interface TokenBucketSettings {
  /** Most tokens a bucket holds: the burst a key may send at once. */
  capacity: number;
  /** Tokens added per second: the sustained rate. */
  refillPerSecond: number;
}

/** A bucket as a limiter keeps it. */
export interface BucketState {
  tokens: number;
  /** When `tokens` was computed (ms since epoch). */
  updatedAt: number;
}

/** What a limiter decided for one request. */
export interface RateDecision {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** When refused, how long until a token is there (ms); 0 when allowed. */
  retryAfterMs: number;
}

/** Throws a `RangeError` unless both settings are positive and finite. */
export function checkBucketSettings(settings: TokenBucketSettings, name = 'settings'): TokenBucketSettings {
  if (!(Number.isFinite(settings.capacity) && settings.capacity >= 1)) {
    throw new RangeError(`${name}.capacity must be a finite number of at least 1.`);
  }
  if (!(Number.isFinite(settings.refillPerSecond) && settings.refillPerSecond > 0)) {
    throw new RangeError(`${name}.refillPerSecond must be a positive finite number.`);
  }
  return settings;
}

/**
 * Takes one token from a bucket (`undefined` = a full, new bucket) at `now`: refills it for the
 * time passed (never past `capacity`; a clock that went back refills nothing), then takes a token
 * when there is one. Pure, so every limiter shares the same arithmetic.
 */
export function takeToken(
  state: BucketState | undefined,
  settings: TokenBucketSettings,
  now: number,
): { state: BucketState; decision: RateDecision } {
  const elapsed = state === undefined ? 0 : Math.max(0, now - state.updatedAt);
  const tokens = Math.min(
    settings.capacity,
    (state?.tokens ?? settings.capacity) + (elapsed / 1000) * settings.refillPerSecond,
  );
  if (tokens >= 1) {
    return {
      state: { tokens: tokens - 1, updatedAt: now },
      decision: { allowed: true, remaining: Math.floor(tokens - 1), retryAfterMs: 0 },
    };
  }
  return {
    state: { tokens, updatedAt: now },
    decision: {
      allowed: false,
      remaining: 0,
      retryAfterMs: Math.ceil(((1 - tokens) / settings.refillPerSecond) * 1000),
    },
  };
}
