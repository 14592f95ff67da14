import { describe, expect, it } from 'vitest';
import {
  type HeldOutScores,
  notWorseAtAnyShot,
  notWorseOnSplits,
} from '../../src/persona/held-out-likelihood';

/** Scores of one split: per shot count, `right` of `of` comparisons predicted right. */
function split(...counts: Array<[right: number, of: number]>): HeldOutScores {
  const outcomes = counts.map(([right, of]) =>
    Array.from({ length: of }, (_, i) => (i < right ? 1 : 0) as number),
  );
  return {
    logLikelihoods: new Float64Array(0),
    hits: counts.map(([right]) => right),
    counts: counts.map(([, of]) => of),
    outcomes,
  };
}

describe('notWorseOnSplits', () => {
  // The cold start on five inner splits: 30 of 50 right at 0 shots, 35 of 50 at 1 shot.
  const coldStart = Array.from({ length: 5 }, () => split([30, 50], [35, 50]));

  it('keeps a candidate that is far better pooled and one comparison short on a single split', () => {
    const candidate = [
      split([29, 50], [45, 50]),
      ...Array.from({ length: 4 }, () => split([40, 50], [45, 50])),
    ];
    expect(notWorseOnSplits(candidate, coldStart)).toBe(true);
    // The rule before (no loss on any split) vetoed it.
    expect(candidate.every((own, i) => notWorseAtAnyShot(own, coldStart[i] as HeldOutScores))).toBe(false);
  });

  it('vetoes a candidate that loses on two splits at one shot count, however it does pooled', () => {
    const candidate = [
      split([29, 50], [45, 50]),
      split([29, 50], [45, 50]),
      ...Array.from({ length: 3 }, () => split([45, 50], [45, 50])),
    ];
    expect(notWorseOnSplits(candidate, coldStart)).toBe(false);
  });

  it('vetoes a candidate that predicts fewer right pooled at one shot count', () => {
    const candidate = [
      split([10, 50], [45, 50]),
      ...Array.from({ length: 4 }, () => split([31, 50], [45, 50])),
    ];
    expect(notWorseOnSplits(candidate, coldStart)).toBe(false);
  });

  it('keeps the cold start itself', () => {
    expect(notWorseOnSplits(coldStart, coldStart)).toBe(true);
  });
});
