/**
 * The estimator's mixture of user types. The estimate is one diagonal Gaussian (the user's own
 * part, shared by every type, in the units of the prior's variance); under type k a user's
 * weight is `scale_k[d]·estimate[d] + offset_k[d]`: the prior mean plus the type's shift, with
 * the own part's spread scaled to the type's own variance (a broad type such as the catch-all
 * lets the same evidence move the weight further). Each signal updates the posterior over the
 * types and the own part in O(K·d): per type the probit evidence Φ(t_k), then one
 * assumed-density step that moment-matches the mixture of the per-type updates.
 */
import { inverseMillsRatio, normalCdf } from '../numeric/normal';
import type { Estimate } from './estimator';

/** The types of a prior as the estimator holds them (over the estimate's width) and the posterior over them. */
export interface TypeMixture {
  /** Per type, the weight at an own part of 0: `offset[d] = mean[d] + shift[d] − scale[d]·mean[d]`. */
  offsets: readonly Float64Array[];
  /** Per type, the ratio of its standard deviation to the prior's (1 on latent factor levels). */
  scales: readonly Float64Array[];
  /** Posterior probability of each type (sums to 1), updated in place. */
  probabilities: Float64Array;
}

/**
 * The mixture of a prior's types: each type's shift and its own variance (`undefined` = the
 * prior's), over the estimate's width, with the prior's mean and variance and each type's share.
 */
export function createTypeMixture(
  types: ReadonlyArray<{ shift: Float64Array; variance: Float64Array | undefined }>,
  priorMean: Float64Array,
  priorVariance: Float64Array,
  probabilities: Float64Array,
): TypeMixture {
  const scales = types.map(({ variance }) =>
    Float64Array.from(priorMean, (_, d) =>
      variance === undefined || d >= variance.length
        ? 1
        : Math.sqrt((variance[d] as number) / (priorVariance[d] as number)),
    ),
  );
  const offsets = types.map(({ shift }, k) =>
    Float64Array.from(
      priorMean,
      (mean, d) => mean + (shift[d] as number) - ((scales[k] as Float64Array)[d] as number) * mean,
    ),
  );
  return { offsets, scales, probabilities };
}

/** Scratch space for one observation's per-type quantities. */
const scratch = {
  mean: new Float64Array(8),
  scale: new Float64Array(8),
  t: new Float64Array(8),
  responsibility: new Float64Array(8),
};

function ensureScratch(size: number): void {
  if (scratch.t.length >= size) return;
  scratch.mean = new Float64Array(size);
  scratch.scale = new Float64Array(size);
  scratch.t = new Float64Array(size);
  scratch.responsibility = new Float64Array(size);
}

/**
 * Writes each type's mean and variance of the utility difference w·x into the scratch space
 * (pinned weights counted as known, the same under every type).
 */
function typeMoments(estimate: Estimate, x: Float64Array, mixture: TypeMixture): void {
  const types = mixture.offsets.length;
  ensureScratch(types);
  let pinned = 0;
  for (let k = 0; k < types; k += 1) {
    scratch.mean[k] = 0;
    scratch.scale[k] = 0;
  }
  for (let d = 0; d < x.length; d += 1) {
    const xd = x[d] as number;
    if (xd === 0) continue;
    const pin = estimate.pinned[d] as number;
    if (!Number.isNaN(pin)) {
      pinned += pin * xd;
      continue;
    }
    const own = estimate.mean[d] as number;
    const spread = (estimate.variance[d] as number) * xd * xd;
    for (let k = 0; k < types; k += 1) {
      const scale = (mixture.scales[k] as Float64Array)[d] as number;
      scratch.mean[k] =
        (scratch.mean[k] as number) +
        xd * (scale * own + ((mixture.offsets[k] as Float64Array)[d] as number));
      scratch.scale[k] = (scratch.scale[k] as number) + scale * scale * spread;
    }
  }
  for (let k = 0; k < types; k += 1) scratch.mean[k] = (scratch.mean[k] as number) + pinned;
}

/**
 * Mean and variance of the utility difference w·x under the mixture: the type-weighted mean,
 * and the type-weighted variance plus the spread of the types' means.
 */
export function mixtureMoments(
  estimate: Estimate,
  x: Float64Array,
  mixture: TypeMixture,
): { mean: number; variance: number } {
  typeMoments(estimate, x, mixture);
  let first = 0;
  let second = 0;
  let variance = 0;
  mixture.probabilities.forEach((p, k) => {
    const mean = scratch.mean[k] as number;
    first += p * mean;
    second += p * mean * mean;
    variance += p * (scratch.scale[k] as number);
  });
  return { mean: first, variance: variance + Math.max(0, second - first * first) };
}

/** P(the side with feature difference `x` is preferred) under the mixture: Σ_k p_k Φ(t_k). */
export function mixturePreference(
  estimate: Estimate,
  x: Float64Array,
  noise: number,
  mixture: TypeMixture,
): number {
  typeMoments(estimate, x, mixture);
  let p = 0;
  mixture.probabilities.forEach((share, k) => {
    p +=
      share *
      normalCdf((scratch.mean[k] as number) / Math.sqrt(noise * noise + (scratch.scale[k] as number)));
  });
  return p;
}

/** A weight's mean and variance under the mixture (`d` unpinned): the types' weighted means and their spread. */
export function mixtureWeight(
  estimate: Estimate,
  d: number,
  mixture: TypeMixture,
): { mean: number; variance: number } {
  const own = estimate.mean[d] as number;
  const spread = estimate.variance[d] as number;
  let first = 0;
  let second = 0;
  let variance = 0;
  mixture.probabilities.forEach((p, k) => {
    const scale = (mixture.scales[k] as Float64Array)[d] as number;
    const mean = scale * own + ((mixture.offsets[k] as Float64Array)[d] as number);
    first += p * mean;
    second += p * mean * mean;
    variance += p * scale * scale * spread;
  });
  return { mean: first, variance: variance + Math.max(0, second - first * first) };
}

/** How much a weight moves per unit of the own part under the mixture: the types' mean scale and mean squared scale. */
export function mixtureScale(d: number, mixture: TypeMixture): { mean: number; square: number } {
  let mean = 0;
  let square = 0;
  mixture.probabilities.forEach((p, k) => {
    const scale = (mixture.scales[k] as Float64Array)[d] as number;
    mean += p * scale;
    square += p * scale * scale;
  });
  return { mean, square };
}

/**
 * Assumed-density update for "the side with feature difference `x` won", tempered by `weight`:
 * the type posterior is reweighted by each type's evidence Φ(t_k)^ρ, and the own part moves
 * by the responsibility-weighted per-type steps (each in the type's own scale), its variance
 * matching the mixture's (per-type shrinkage plus the spread of the steps). Writes each own
 * mean's change into `moved`.
 */
export function updateMixtureEstimate(
  estimate: Estimate,
  x: Float64Array,
  noise: number,
  weight: number,
  moved: Float64Array,
  mixture: TypeMixture,
): void {
  moved.fill(0);
  if (!(weight > 0)) return;
  const types = mixture.offsets.length;
  typeMoments(estimate, x, mixture);
  const noise2 = noise * noise;
  const rho = Math.min(weight, 4);
  let logMax = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < types; k += 1) {
    const c2 = noise2 + (scratch.scale[k] as number);
    const t = (scratch.mean[k] as number) / Math.sqrt(c2);
    scratch.t[k] = t;
    // From here on, scratch.scale holds the type's c² and scratch.mean its inverse Mills ratio.
    scratch.scale[k] = c2;
    scratch.mean[k] = inverseMillsRatio(t);
    const logEvidence = rho * Math.log(Math.max(normalCdf(t), 1e-300));
    scratch.responsibility[k] = logEvidence;
    if (logEvidence > logMax) logMax = logEvidence;
  }
  let total = 0;
  for (let k = 0; k < types; k += 1) {
    const r = (mixture.probabilities[k] as number) * Math.exp((scratch.responsibility[k] as number) - logMax);
    scratch.responsibility[k] = r;
    total += r;
  }
  for (let k = 0; k < types; k += 1) {
    const r = (scratch.responsibility[k] as number) / total;
    scratch.responsibility[k] = r;
    mixture.probabilities[k] = r;
  }
  for (let d = 0; d < x.length; d += 1) {
    const xd = x[d] as number;
    if (xd === 0 || !Number.isNaN(estimate.pinned[d])) continue;
    const s2 = estimate.variance[d] as number;
    let first = 0;
    let second = 0;
    let shrink = 0;
    for (let k = 0; k < types; k += 1) {
      const r = scratch.responsibility[k] as number;
      if (r === 0) continue;
      const scale = (mixture.scales[k] as Float64Array)[d] as number;
      const c2 = scratch.scale[k] as number;
      const ratio = scratch.mean[k] as number;
      const t = scratch.t[k] as number;
      const step = (rho * s2 * xd * scale * ratio) / Math.sqrt(c2);
      first += r * step;
      second += r * step * step;
      const curvature = Math.min(1, Math.max(0, ratio * (ratio + t)));
      shrink += r * (1 - (Math.min(rho, 1) * s2 * xd * xd * scale * scale * curvature) / c2);
    }
    estimate.mean[d] = (estimate.mean[d] as number) + first;
    moved[d] = first;
    estimate.variance[d] = Math.min(s2, s2 * Math.max(shrink, 0.05) + Math.max(0, second - first * first));
  }
}
