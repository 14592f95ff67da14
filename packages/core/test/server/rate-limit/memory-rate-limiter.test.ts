import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from '../../../src/server/rate-limit';
import { describeRateLimiterContract } from './rate-limiter-contract';

describeRateLimiterContract('memory', async () => ({
  open: async (now) => createMemoryRateLimiter({ now }),
  shared: false,
  dispose: async () => undefined,
}));

describe('memory rate limiter', () => {
  it('keeps at most maxKeys buckets, dropping the least recently used', async () => {
    const limiter = createMemoryRateLimiter({ maxKeys: 2, now: () => 0 });
    const settings = { capacity: 1, refillPerSecond: 0.001 };
    await limiter.take('a', settings);
    await limiter.take('b', settings);
    expect((await limiter.take('a', settings)).allowed).toBe(false);
    await limiter.take('c', settings);
    // `b` was the least recently used, so it starts full again; `a` is still empty.
    expect((await limiter.take('b', settings)).allowed).toBe(true);
    expect(() => createMemoryRateLimiter({ maxKeys: 0 })).toThrow(RangeError);
  });
});
