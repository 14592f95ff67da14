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

/**
 * Users answering 5 of 20 pairs each (a population that reuses pairs, as P-Soups files do); the
 * answer leans on d0. With `newPairsFrom`, users from that index on draw their comparisons from
 * `newShots` on (shot index) from 20 other pairs.
 */
function reusedPairs(users: number, seed: number, newPairsFrom = users, newShots = 0): Float64Array[][] {
  const random = seededRandom(seed);
  const pairsOf = () =>
    Array.from({ length: 20 }, () =>
      Float64Array.from({ length: SIZE }, (_, d) => (d === 0 || random() < 0.3 ? random() * 2 - 1 : 0)),
    );
  const [pairs, later] = [pairsOf(), pairsOf()];
  return Array.from({ length: users }, (_, u) =>
    Array.from({ length: 5 }, (_, shot) => {
      const from = u >= newPairsFrom && shot >= newShots ? later : pairs;
      const pair = from[Math.floor(random() * from.length)] as Float64Array;
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

  it('scores the served prior only on comparisons whose pair its own fit never saw, as the new one', () => {
    const options = { maxTypes: 1, selectionSplits: 1 };
    // The 20 newest users' first two comparisons are of pairs everyone answered; the last three of new pairs.
    const users = reusedPairs(100, 11, 80, 2);
    const served = {
      prior: mixturePrior.fitMixturePriorFromRows(users.slice(0, 80), ids, options).prior,
      users: 80,
    };
    const decision = judgeNewPrior(users, ids, options, served);
    expect(decision.heldOutUsers).toBe(20);
    // Its fit saw the pairs of shots 0 and 1: those are not scored for it; the new pairs are.
    expect(decision.accuracy.previous?.slice(0, 2)).toEqual([null, null]);
    expect(decision.accuracy.previous?.slice(2).every((accuracy) => typeof accuracy === 'number')).toBe(true);
    // The new prior and the cold start are scored on every shot.
    expect(decision.accuracy.fitted.every((accuracy) => accuracy !== null)).toBe(true);
    // A prior fitted on the 80 earliest of a population that never brings new pairs saw every pair
    // the newest compared: it is scored on the users it never saw, every comparison of theirs.
    const samePairs = reusedPairs(100, 11);
    const byUser = judgeNewPrior(samePairs, ids, options, {
      prior: mixturePrior.fitMixturePriorFromRows(samePairs.slice(0, 80), ids, options).prior,
      users: 80,
    });
    expect(byUser.accuracy.previous).toEqual(byUser.accuracy.fitted.map(() => expect.any(Number)));
    // A prior fitted on every user, the newest too, saw every pair and every user: it cannot be
    // scored, so it is never kept for looking good on what it was fitted on.
    const everyone = { prior: mixturePrior.fitMixturePriorFromRows(users, ids, options).prior, users: 100 };
    const inSample = judgeNewPrior(users, ids, options, everyone);
    expect(inSample.accuracy.previous?.every((accuracy) => accuracy === null)).toBe(true);
    expect(inSample.verdict).not.toBe('kept');
    // A served prior that saw nothing (the cold start, withdrawn) is scored on every comparison the new one is.
    const cold = judgeNewPrior(users, ids, options, { prior: {}, users: 0 });
    expect(cold.accuracy.previous).toEqual(cold.accuracy.coldStart);
  });

  it('judges each group of the newest users on its own: a few of a new kind since the last run are not outvoted', () => {
    // d0 is humour: users who like it, then ten who do not; d1 varies over 11 levels (11 pairs).
    const userOf = (likesHumour: boolean, seed: number) =>
      [0, 1, 2, 3].map((i) =>
        Float64Array.from({ length: SIZE }, (_, d) =>
          d === 0 ? (likesHumour ? 2 : -2) : d === 1 ? ((((seed + 3 * i) % 11) - 5) * 2) / 5 : 0,
        ),
      );
    const users = Array.from({ length: 250 }, (_, u) => userOf(u < 240, u));
    const options = { maxTypes: 3, selectionSplits: 1 };
    const served = {
      prior: mixturePrior.fitMixturePriorFromRows(users.slice(0, 200), ids, options).prior,
      users: 200,
    };
    const sinceServed = { users: 50, when: 'after the prior served now was fitted' };
    // The 50 the served prior never saw, 40 of whom it suits: on them it still passes.
    expect(judgeNewPrior(users, ids, options, served, [sinceServed]).verdict).not.toBe('withdrawn');
    // The 10 who arrived since the last run (all of the new kind) on their own: it fails them, and so does a new prior.
    const decision = judgeNewPrior(users, ids, options, served, [
      sinceServed,
      { users: 10, when: 'since the last run' },
    ]);
    expect(decision.verdict).toBe('withdrawn');
    // Every user answered the same 11 pairs, so the served prior, fitted on the first 200, saw
    // each of them: it is scored on the 50 users it never saw.
    expect(decision.reason).toMatch(
      /the 10 who arrived since the last run: [\d.]+ %, the prior served now [\d.]+ % \(against the cold start's [\d.]+ % on the users the served prior never saw/,
    );
    expect(decision.accuracy.previous?.every((accuracy) => accuracy !== null)).toBe(true);
  });
});
