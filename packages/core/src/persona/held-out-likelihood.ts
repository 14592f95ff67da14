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
}

/**
 * Predicts each user's comparisons in order, each from the ones before it, with the persona's
 * own update under `prior`: the log-likelihood per user and the accuracy per shot count.
 */
export function heldOutScores(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  prior: PersonaPrior,
  noise: number,
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
  const logLikelihoods = Float64Array.from(userRows, (own) => {
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
      const p = mixture ? mixturePreference(estimate, x, noise, mixture) : preferenceOf(estimate, x, noise);
      total += Math.log(Math.max(p, 1e-6));
      hits[shots] = (hits[shots] ?? 0) + (p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0);
      counts[shots] = (counts[shots] ?? 0) + 1;
      if (mixture) updateMixtureEstimate(estimate, x, noise, 1, moved, mixture);
      else updateEstimate(estimate, x, noise, 1, moved);
    });
    return total;
  });
  return { logLikelihoods, hits, counts };
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
 * Whether `scores` predict at least as many comparisons right as `baseline` at every shot
 * count (the same users): never worse than the baseline, however few signals a user has given.
 */
export function notWorseAtAnyShot(scores: HeldOutScores, baseline: HeldOutScores): boolean {
  return baseline.hits.every((hits, shots) => (scores.hits[shots] ?? 0) >= hits);
}
