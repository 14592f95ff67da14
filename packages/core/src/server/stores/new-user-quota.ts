import {
  type BucketState,
  type RateDecision,
  type TokenBucketSettings,
  takeToken,
} from '../rate-limit/token-bucket';
import { PersonaStoreError } from './persona-store-error';

/** What a store knows about who is writing: lets it count new users per client network. */
export interface WriteOrigin {
  /**
   * An opaque key of the client's network (the handlers pass {@link networkKey} of the client
   * address: a digest of the IPv4 address or IPv6 /64). A write without one is not counted.
   */
  network?: string;
}

/** The default quota: 100 new users from one network at once, refilled over 6 hours (about 17 an hour). */
export const DEFAULT_NEW_USER_QUOTA: Readonly<{ maxNewUsersPerNetwork: number; newUserWindowMs: number }> = {
  maxNewUsersPerNetwork: 100,
  newUserWindowMs: 6 * 60 * 60 * 1000,
};

/** The per-network quota on new users, resolved from store options. */
export interface NewUserQuota {
  /** The token bucket of one network. */
  bucket: TokenBucketSettings;
  /** A network's bucket untouched this long is full again, and its row may be deleted (ms). */
  idleMs: number;
  /**
   * Takes one new user from `network`'s bucket (`undefined` = a full, new one) at `now`; throws
   * `new-user-quota` when it is empty, else gives the bucket to keep.
   */
  take(state: BucketState | undefined, now: number): BucketState;
}

/** The error a store throws when a network has used its quota of new users. */
function quotaExhausted(decision: RateDecision, max: number): PersonaStoreError {
  const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000));
  return new PersonaStoreError(
    'new-user-quota',
    `This client network has added its quota of new users (maxNewUsersPerNetwork ${max}); the next is possible in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  );
}

/**
 * Resolves `maxNewUsersPerNetwork` (`false` turns the quota off) and `newUserWindowMs` into a
 * {@link NewUserQuota}, `undefined` when off; throws a `RangeError` for impossible values.
 */
export function resolveNewUserQuota(options: {
  maxNewUsersPerNetwork?: number | false;
  newUserWindowMs?: number;
}): NewUserQuota | undefined {
  const max = options.maxNewUsersPerNetwork ?? DEFAULT_NEW_USER_QUOTA.maxNewUsersPerNetwork;
  const windowMs = options.newUserWindowMs ?? DEFAULT_NEW_USER_QUOTA.newUserWindowMs;
  if (!(Number.isFinite(windowMs) && windowMs > 0)) {
    throw new RangeError('newUserWindowMs must be a positive finite number of milliseconds.');
  }
  if (max === false) return undefined;
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError('maxNewUsersPerNetwork must be a positive integer or false.');
  }
  const bucket = { capacity: max, refillPerSecond: max / (windowMs / 1000) };
  return {
    bucket,
    idleMs: windowMs,
    take(state, now) {
      const { state: next, decision } = takeToken(state, bucket, now);
      if (!decision.allowed) throw quotaExhausted(decision, max);
      return next;
    },
  };
}
