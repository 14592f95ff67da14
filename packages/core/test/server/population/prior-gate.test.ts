import { describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../../src/numeric/seeded-random';
import * as mixturePrior from '../../../src/persona/mixture-prior';
import { pairKey } from '../../../src/persona/pair-holdout';
import { judgeNewPrior } from '../../../src/server/population/prior-gate';

vi.mock('../../../src/persona/mixture-prior', async (importOriginal) => {
  const actual = await importOriginal<typeof mixturePrior>();
  return { ...actual, fitMixturePriorFromRows: vi.fn(actual.fitMixturePriorFromRows) };
});

const SIZE = 12;
const ids = Array.from({ length: SIZE }, (_, d) => `d${d}`);

/** Users answering 5 of 20 pairs each (a population that reuses pairs, as P-Soups files do); the answer leans on d0. */
function reusedPairs(users: number, seed: number): Float64Array[][] {
  const random = seededRandom(seed);
  const pairs = Array.from({ length: 20 }, () =>
    Float64Array.from({ length: SIZE }, (_, d) => (d === 0 || random() < 0.3 ? random() * 2 - 1 : 0)),
  );
  return Array.from({ length: users }, () =>
    Array.from({ length: 5 }, () => {
      const pair = pairs[Math.floor(random() * pairs.length)] as Float64Array;
      return (pair[0] as number) > 0 === random() < 0.8 ? pair : pair.map((value) => -value);
    }),
  );
}

describe('judgeNewPrior', () => {
  it('scores each held-out comparison by a fit that never saw its pair, whoever answered it before', () => {
    const fit = vi.mocked(mixturePrior.fitMixturePriorFromRows);
    fit.mockClear();
    const users = reusedPairs(100, 7);
    const decision = judgeNewPrior(users, ids, { maxTypes: 1, selectionSplits: 1 }, undefined);
    // The 20 newest are held out; the two fits (one per half) each leave out the pairs they score.
    expect(decision.heldOutUsers).toBe(20);
    const trained = fit.mock.calls.map(([training]) => new Set(training.flat().map(pairKey)));
    expect(trained).toHaveLength(2);
    const newestPairs = new Set(users.slice(80).flat().map(pairKey));
    for (const key of newestPairs)
      expect(
        trained.some((pairs) => !pairs.has(key)),
        key,
      ).toBe(true);
    // Every pair is still learned from by one of the fits.
    for (const key of newestPairs)
      expect(
        trained.some((pairs) => pairs.has(key)),
        key,
      ).toBe(true);
    // And scored: accuracy at every shot count the newest users reached.
    expect(decision.accuracy.coldStart).toHaveLength(5);
    expect(decision.accuracy.coldStart.every((accuracy) => accuracy !== null)).toBe(true);
  });
});
