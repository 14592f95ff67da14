import { type Estimate, preferenceOf, updateEstimate } from './estimator';
import type { PersonaPrior } from './persona';
import { compilePrior } from './persona-prior';
import { mixturePreference, updateMixtureEstimate } from './type-mixture';

/** How well a prior predicts held-out users' comparisons, each from the ones before it. */
export interface HeldOutScores {
  /** Each user's summed log-likelihood of their comparisons. */
  logLikelihoods: Float64Array;
  /** Per shot count (index = comparisons seen before), the comparisons predicted right (a tie counts half). */
  hits: number[];
  /** Per shot count, the comparisons predicted. */
  counts: number[];
  /** Per shot count, each prediction's outcome (1 right, 0.5 a tie, 0 wrong), in user order. */
  outcomes: number[][];
}

/**
 * Predicts each user's comparisons in order, each from the ones before it, with the persona's
 * own update under `prior`: the log-likelihood per user and the accuracy per shot count. With
 * `counted` (per user and row), only the counted rows' predictions are scored; every row is
 * still learned from.
 */
export function heldOutScores(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  prior: PersonaPrior,
  noise: number,
  counted?: readonly (readonly boolean[])[],
): HeldOutScores {
  const size = ids.length;
  const position = new Map(ids.map((id, d) => [id, d]));
  const compiled = compilePrior(prior, size, (id) => {
    const d = position.get(id);
    if (d === undefined) throw new RangeError(`Unknown dimension "${id}"`);
    return d;
  });
  const { loadings, width, mixture } = compiled;
  const x = new Float64Array(width);
  const moved = new Float64Array(width);
  const hits: number[] = [];
  const counts: number[] = [];
  const outcomes: number[][] = [];
  const logLikelihoods = Float64Array.from(userRows, (own, u) => {
    let total = 0;
    const estimate: Estimate = {
      mean: compiled.latentPriorMean.slice(),
      variance: compiled.latentPriorVariance.slice(),
      pinned: new Float64Array(width).fill(Number.NaN),
    };
    mixture?.probabilities.set(compiled.freshTypes());
    own.forEach((row, shots) => {
      x.set(row);
      loadings.forEach((loading, j) => {
        let level = 0;
        for (let d = 0; d < size; d += 1) level += (loading[d] as number) * (row[d] as number);
        x[size + j] = level;
      });
      if (counted?.[u]?.[shots] !== false) {
        const p = mixture ? mixturePreference(estimate, x, noise, mixture) : preferenceOf(estimate, x, noise);
        total += Math.log(Math.max(p, 1e-6));
        const outcome = p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0;
        hits[shots] = (hits[shots] ?? 0) + outcome;
        counts[shots] = (counts[shots] ?? 0) + 1;
        const atShot = outcomes[shots] ?? [];
        atShot.push(outcome);
        outcomes[shots] = atShot;
      }
      if (mixture) updateMixtureEstimate(estimate, x, noise, 1, moved, mixture);
      else updateEstimate(estimate, x, noise, 1, moved);
    });
    return total;
  });
  // A shot count with no counted row still has its (empty) entry.
  for (let shots = 0; shots < counts.length; shots += 1) {
    hits[shots] ??= 0;
    counts[shots] ??= 0;
    outcomes[shots] ??= [];
  }
  return { logLikelihoods, hits, counts, outcomes };
}

/** Each user's summed log-likelihood under `prior` (see {@link heldOutScores}). */
export function heldOutLogLikelihoods(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  prior: PersonaPrior,
  noise: number,
): Float64Array {
  return heldOutScores(userRows, ids, prior, noise).logLikelihoods;
}

/**
 * Whether `scores` predict the same users' comparisons no worse than `baseline` at every shot
 * count: the mean paired difference of the outcomes is not below minus `standardErrors`
 * standard errors (0: at least as many right, exactly).
 */
export function notWorseAtAnyShot(
  scores: HeldOutScores,
  baseline: HeldOutScores,
  standardErrors = 0,
): boolean {
  return baseline.outcomes.every((base, shots) => {
    const own = scores.outcomes[shots] ?? [];
    const n = base.length;
    if (n === 0) return true;
    let sum = 0;
    let squares = 0;
    base.forEach((outcome, i) => {
      const gap = (own[i] ?? 0) - outcome;
      sum += gap;
      squares += gap * gap;
    });
    const mean = sum / n;
    const standardError = Math.sqrt(Math.max(0, squares / n - mean * mean) / Math.max(1, n - 1));
    return mean >= -standardErrors * standardError;
  });
}

/**
 * Whether a candidate prior's held-out scores on several splits (`splits`, one per split) are
 * no worse than the cold start's on the same splits (`coldStart`): at every shot count it
 * predicts at least as many comparisons right as the cold start on all splits pooled, and
 * fewer on at most one split. Pooled, the test compares the two on every held-out comparison,
 * so a candidate is not vetoed because one small split's noise favoured the cold start (the
 * earlier rule, no loss on any split, did that increasingly often as the cold start got
 * better); a loss on two splits is no noise to look past.
 */
export function notWorseOnSplits(
  splits: readonly HeldOutScores[],
  coldStart: readonly HeldOutScores[],
): boolean {
  const shots = Math.max(0, ...coldStart.map((own) => own.hits.length));
  const hitsAt = (own: HeldOutScores | undefined, shot: number) => own?.hits[shot] ?? 0;
  for (let shot = 0; shot < shots; shot += 1) {
    let own = 0;
    let cold = 0;
    let losing = 0;
    splits.forEach((split, i) => {
      own += hitsAt(split, shot);
      cold += hitsAt(coldStart[i], shot);
      if (hitsAt(split, shot) < hitsAt(coldStart[i], shot)) losing += 1;
    });
    if (own < cold || losing > 1) return false;
  }
  return true;
}

/** Combines the scores of two sets of users (in that order). */
export function joinScores(first: HeldOutScores, second: HeldOutScores): HeldOutScores {
  const length = Math.max(first.counts.length, second.counts.length);
  const add = (a: number[], b: number[]) => Array.from({ length }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
  return {
    logLikelihoods: Float64Array.from([...first.logLikelihoods, ...second.logLikelihoods]),
    hits: add(first.hits, second.hits),
    counts: add(first.counts, second.counts),
    outcomes: Array.from({ length }, (_, i) => [...(first.outcomes[i] ?? []), ...(second.outcomes[i] ?? [])]),
  };
}
