import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimiter } from '../../../src/server/rate-limit';

/** What the contract suite needs from a limiter implementation. */
export interface LimiterHarness {
  /** Opens a limiter with the given clock; with `shared`, limiters opened share their buckets. */
  open(now: () => number): Promise<RateLimiter>;
  /** Whether two opened limiters share buckets (false for the in-memory limiter). */
  shared: boolean;
  dispose(): Promise<void>;
}

const burst = { capacity: 5, refillPerSecond: 1 };

/** Runs the rate-limiter contract against one implementation. */
export function describeRateLimiterContract(
  name: string,
  createHarness: () => Promise<LimiterHarness>,
): void {
  describe(`${name} rate limiter contract`, () => {
    let harness: LimiterHarness;
    let now = 1_000_000;
    let limiter: RateLimiter;
    const key = () => `k-${randomUUID()}`;

    beforeAll(async () => {
      harness = await createHarness();
      limiter = await harness.open(() => now);
    }, 120_000);
    afterAll(async () => {
      await limiter?.close();
      await harness?.dispose();
    });

    it('allows a burst of `capacity`, then refuses with the time until the next token', async () => {
      const id = key();
      const decisions = [];
      for (let index = 0; index < 6; index++) decisions.push(await limiter.take(id, burst));
      expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false]);
      expect(decisions.map((decision) => decision.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
      expect(decisions[5]?.retryAfterMs).toBe(1000);
    });

    it('refills at refillPerSecond, never past capacity', async () => {
      const id = key();
      for (let index = 0; index < 5; index++) await limiter.take(id, burst);
      now += 2_500;
      expect((await limiter.take(id, burst)).remaining).toBe(1);
      expect((await limiter.take(id, burst)).allowed).toBe(true);
      const refused = await limiter.take(id, burst);
      expect(refused.allowed).toBe(false);
      expect(refused.retryAfterMs).toBe(500);
      now += 3_600_000;
      expect((await limiter.take(id, burst)).remaining).toBe(4);
    });

    it('keeps keys apart', async () => {
      const [a, b] = [key(), key()];
      for (let index = 0; index < 5; index++) await limiter.take(a, burst);
      expect((await limiter.take(a, burst)).allowed).toBe(false);
      expect((await limiter.take(b, burst)).allowed).toBe(true);
    });

    it('hands out no more than capacity to 40 concurrent takes', async () => {
      const id = key();
      const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.take(id, burst)));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    });

    it('shares buckets between instances on one database', async (context) => {
      if (!harness.shared) context.skip();
      const other = await harness.open(() => now);
      try {
        const id = key();
        const decisions = await Promise.all(
          Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? limiter : other).take(id, burst)),
        );
        expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
      } finally {
        await other.close();
      }
    });

    it('refuses impossible settings with a RangeError', async () => {
      await expect(limiter.take(key(), { capacity: 0, refillPerSecond: 1 })).rejects.toThrow(RangeError);
      await expect(limiter.take(key(), { capacity: 5, refillPerSecond: 0 })).rejects.toThrow(RangeError);
    });
  });
}
