import { inverseMillsRatio, normalCdf } from '../numeric/normal';

/**
 * The online Bayesian preference model: a diagonal Gaussian over per-dimension weights,
 * a probit Bradley-Terry likelihood P(x preferred) = Φ(w·x / √(noise²)) and an
 * assumed-density (moment-matching) update. Every update costs O(dimensions).
 */
export interface Estimate {
  /** Posterior mean per dimension (positive = positive pole preferred). */
  mean: Float64Array;
  /** Posterior variance per dimension. */
  variance: Float64Array;
  /** Fixed weight for pinned dimensions, NaN where not pinned. */
  pinned: Float64Array;
}

/** Mean and variance of the utility difference w·x, pinned weights counted as known. */
export function utilityMoments(estimate: Estimate, x: Float64Array): { mean: number; variance: number } {
  let mean = 0;
  let variance = 0;
  for (let d = 0; d < x.length; d += 1) {
    const xd = x[d] as number;
    if (xd === 0) continue;
    const pin = estimate.pinned[d] as number;
    if (!Number.isNaN(pin)) {
      mean += pin * xd;
    } else {
      mean += (estimate.mean[d] as number) * xd;
      variance += (estimate.variance[d] as number) * xd * xd;
    }
  }
  return { mean, variance };
}

/** P(the side with feature difference `x` is preferred), integrating over the uncertainty. */
export function preferenceOf(estimate: Estimate, x: Float64Array, noise: number): number {
  const { mean, variance } = utilityMoments(estimate, x);
  return normalCdf(mean / Math.sqrt(noise * noise + variance));
}

/**
 * Assumed-density update for one observation "the side with feature difference `x` won",
 * tempered by `weight` (0 = no update). Writes the change of each mean into `moved` and
 * returns nothing; means move only in the sign of x[d] (monotone), variances only shrink.
 */
export function updateEstimate(
  estimate: Estimate,
  x: Float64Array,
  noise: number,
  weight: number,
  moved: Float64Array,
): void {
  moved.fill(0);
  if (!(weight > 0)) return;
  const { mean, variance } = utilityMoments(estimate, x);
  const c2 = noise * noise + variance;
  const c = Math.sqrt(c2);
  const t = mean / c;
  const v = inverseMillsRatio(t);
  const w = Math.min(1, Math.max(0, v * (v + t)));
  const rho = Math.min(weight, 4);
  for (let d = 0; d < x.length; d += 1) {
    const xd = x[d] as number;
    if (xd === 0 || !Number.isNaN(estimate.pinned[d])) continue;
    const s2 = estimate.variance[d] as number;
    const step = (rho * s2 * xd * v) / c;
    estimate.mean[d] = (estimate.mean[d] as number) + step;
    moved[d] = step;
    const shrink = 1 - (Math.min(rho, 1) * s2 * xd * xd * w) / c2;
    estimate.variance[d] = s2 * Math.max(shrink, 0.05);
  }
}

/**
 * Forgetting for drifting preferences: moves each unpinned dimension a fraction `rate`
 * of the way back to the prior (mean and variance).
 */
export function forget(
  estimate: Estimate,
  priorMean: Float64Array,
  priorVariance: Float64Array,
  rate: number,
): void {
  if (!(rate > 0)) return;
  for (let d = 0; d < estimate.mean.length; d += 1) {
    estimate.mean[d] =
      (estimate.mean[d] as number) + rate * ((priorMean[d] as number) - (estimate.mean[d] as number));
    estimate.variance[d] =
      (estimate.variance[d] as number) +
      rate * ((priorVariance[d] as number) - (estimate.variance[d] as number));
  }
}
