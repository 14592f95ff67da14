import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/numeric/seeded-random';
import { heldOutScores } from '../../src/persona/held-out-likelihood';
import { fitMixturePriorFromRows } from '../../src/persona/mixture-prior';
import { pairHonestSplit, pairKey } from '../../src/persona/pair-holdout';

const SIZE = 24;
const ids = Array.from({ length: SIZE }, (_, d) => `d${d}`);

/** A random feature-difference row touching 6 dimensions. */
function randomRow(random: () => number): Float64Array {
  const row = new Float64Array(SIZE);
  for (let i = 0; i < 6; i += 1) row[Math.floor(random() * SIZE)] = random() * 2 - 1;
  return row;
}

/**
 * A population that reuses a few pairs, whose answers come with the pair and not from any
 * preference that carries over to another pair: every user who sees a pair picks the side
 * the pair came with (10 % flipped). Remembering the pairs predicts other users well;
 * nothing predicts a pair nobody answered.
 */
function pairAnswers(users: number, seed: number, jitter = 0) {
  const random = seededRandom(seed);
  const pairs = Array.from({ length: 30 }, () => randomRow(random));
  return Array.from({ length: users }, () =>
    Array.from({ length: 5 }, () => {
      const pair = pairs[Math.floor(random() * pairs.length)] as Float64Array;
      // A difference too small to matter to the fit, but large enough to make every row its own pair.
      const row = pair.map((value) => (value === 0 ? 0 : value + jitter * (random() - 0.5)));
      return random() < 0.1 ? row.map((value) => -value) : row;
    }),
  );
}

describe('pairKey', () => {
  it('is the same for A over B and B over A, and tells different pairs apart', () => {
    const row = Float64Array.from({ length: SIZE }, (_, d) => (d % 5 === 0 ? d / 10 - 1 : 0));
    expect(pairKey(row)).toBe(pairKey(row.map((value) => -value)));
    expect(pairKey(row)).not.toBe(pairKey(row.map((value, d) => (d === 5 ? value + 0.01 : value))));
  });
});

describe('pairHonestSplit', () => {
  it('never scores a row whose pair the fit trained on, and scores each reused pair in one direction only', () => {
    const users = pairAnswers(200, 1);
    const halves = [users.filter((_, i) => i % 2 === 0), users.filter((_, i) => i % 2 === 1)] as const;
    const scoredPairs = pairHonestSplit(halves).map((fold) => {
      const trained = new Set(fold.training.flat().map(pairKey));
      const scored = new Set<string>();
      fold.held.forEach((own, u) => {
        own.forEach((row, i) => {
          if (!fold.counted[u]?.[i]) return;
          expect(trained.has(pairKey(row))).toBe(false);
          scored.add(pairKey(row));
        });
      });
      return scored;
    });
    const [first, second] = scoredPairs as [Set<string>, Set<string>];
    // 30 pairs, all answered in both halves: dealt 15 and 15.
    expect(first.size + second.size).toBe(30);
    expect(Math.abs(first.size - second.size)).toBeLessThanOrEqual(1);
    expect([...first].some((key) => second.has(key))).toBe(false);
  });

  it('is the plain split by user when no pair is answered twice', () => {
    const users = pairAnswers(100, 2, 0.5);
    const halves = [users.filter((_, i) => i % 2 === 0), users.filter((_, i) => i % 2 === 1)] as const;
    const [first, second] = pairHonestSplit(halves);
    expect([first.training, first.held, second.training, second.held]).toEqual([
      halves[1],
      halves[0],
      halves[0],
      halves[1],
    ]);
    expect([...first.counted, ...second.counted].flat().every(Boolean)).toBe(true);
  });
});

// Each fit chooses K on five inner splits: seconds on a loaded machine.
describe('fitMixturePrior on a population that reuses pairs', { timeout: 30_000 }, () => {
  it('is not fooled by remembering pairs: no prior, where a split by user alone would choose one', () => {
    const fitted = fitMixturePriorFromRows(pairAnswers(400, 3), ids);
    // The same users with each row made its own pair (a difference of at most 0.5e-4): the
    // selection cannot see the reuse and scores remembering as if it carried over.
    const fooled = fitMixturePriorFromRows(pairAnswers(400, 3, 1e-4), ids);
    expect(fooled.types).toBeGreaterThanOrEqual(1);
    expect(fitted.types).toBe(0);
    // On pairs nobody answered, with the same kind of answers, the fooled prior is worse than none.
    const fresh = pairAnswers(300, 4);
    const score = (prior: Parameters<typeof heldOutScores>[2]) =>
      heldOutScores(fresh, ids, prior, 1).logLikelihoods.reduce((sum, value) => sum + value, 0);
    expect(score(fooled.prior)).toBeLessThan(score(fitted.prior));
  });

  it('rejects a number of selection splits outside 1..8', () => {
    expect(() => fitMixturePriorFromRows(pairAnswers(20, 5), ids, { selectionSplits: 0 })).toThrow(
      RangeError,
    );
    expect(() => fitMixturePriorFromRows(pairAnswers(20, 5), ids, { selectionSplits: 9 })).toThrow(
      RangeError,
    );
  });
});
