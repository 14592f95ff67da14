/**
 * The estimator's mixture of user types: a user's weight is `own + shift[k]` for a latent type
 * k, with the own part a diagonal Gaussian shared by every type (the `Estimate`) and each type
 * a fixed shift of the prior mean. Each signal updates the posterior over the types and the
 * own part in O(K·d): per type the probit evidence Φ(t_k), then one assumed-density step
 * that moment-matches the mixture of the per-type updates.
 */
import { inverseMillsRatio, normalCdf } from '../numeric/normal';
import { type Estimate, utilityMoments } from './estimator';

/** The types of a prior as the estimator holds them: a shift per type (over the estimate's width) and the posterior. */
export interface TypeMixture {
  /** Per type, the shift of each weight from the prior mean (0 on latent factor levels). */
  shifts: readonly Float64Array[];
  /** Posterior probability of each type (sums to 1), updated in place. */
  probabilities: Float64Array;
}

/** Scratch space for one observation's per-type quantities. */
const scratch = { t: new Float64Array(8), responsibility: new Float64Array(8) };

function ensureScratch(size: number): void {
  if (scratch.t.length >= size) return;
  scratch.t = new Float64Array(size);
  scratch.responsibility = new Float64Array(size);
}

/** Σ_d x[d]·shift[d] over the unpinned dimensions. */
function shiftedLevel(estimate: Estimate, x: Float64Array, shift: Float64Array): number {
  let level = 0;
  for (let d = 0; d < x.length; d += 1) {
    const xd = x[d] as number;
    if (xd !== 0 && Number.isNaN(estimate.pinned[d])) level += xd * (shift[d] as number);
  }
  return level;
}

/**
 * Mean and variance of the utility difference w·x under the mixture: the own part's moments
 * plus the type-weighted shift and the spread of the types' shifts.
 */
export function mixtureMoments(
  estimate: Estimate,
  x: Float64Array,
  mixture: TypeMixture,
): { mean: number; variance: number } {
  const own = utilityMoments(estimate, x);
  let first = 0;
  let second = 0;
  mixture.shifts.forEach((shift, k) => {
    const p = mixture.probabilities[k] as number;
    const level = shiftedLevel(estimate, x, shift);
    first += p * level;
    second += p * level * level;
  });
  return { mean: own.mean + first, variance: own.variance + Math.max(0, second - first * first) };
}

/** P(the side with feature difference `x` is preferred) under the mixture: Σ_k p_k Φ(t_k). */
export function mixturePreference(
  estimate: Estimate,
  x: Float64Array,
  noise: number,
  mixture: TypeMixture,
): number {
  const own = utilityMoments(estimate, x);
  const c = Math.sqrt(noise * noise + own.variance);
  let p = 0;
  mixture.shifts.forEach((shift, k) => {
    p += (mixture.probabilities[k] as number) * normalCdf((own.mean + shiftedLevel(estimate, x, shift)) / c);
  });
  return p;
}

/**
 * Assumed-density update for "the side with feature difference `x` won", tempered by `weight`:
 * the type posterior is reweighted by each type's evidence Φ(t_k)^ρ, and the own part moves
 * by the responsibility-weighted per-type steps, its variance matching the mixture's
 * (per-type shrinkage plus the spread of the steps). Writes each mean's change into `moved`.
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
  const types = mixture.shifts.length;
  ensureScratch(types);
  const own = utilityMoments(estimate, x);
  const c2 = noise * noise + own.variance;
  const c = Math.sqrt(c2);
  const rho = Math.min(weight, 4);
  let total = 0;
  let logMax = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < types; k += 1) {
    const t = (own.mean + shiftedLevel(estimate, x, mixture.shifts[k] as Float64Array)) / c;
    scratch.t[k] = t;
    const logEvidence = rho * Math.log(Math.max(normalCdf(t), 1e-300));
    scratch.responsibility[k] = logEvidence;
    if (logEvidence > logMax) logMax = logEvidence;
  }
  for (let k = 0; k < types; k += 1) {
    const r = (mixture.probabilities[k] as number) * Math.exp((scratch.responsibility[k] as number) - logMax);
    scratch.responsibility[k] = r;
    total += r;
  }
  let meanRatio = 0;
  let meanRatioSquared = 0;
  let meanShrink = 0;
  for (let k = 0; k < types; k += 1) {
    const r = (scratch.responsibility[k] as number) / total;
    mixture.probabilities[k] = r;
    const t = scratch.t[k] as number;
    const v = inverseMillsRatio(t);
    meanRatio += r * v;
    meanRatioSquared += r * v * v;
    meanShrink += r * Math.min(1, Math.max(0, v * (v + t)));
  }
  const spread = Math.max(0, meanRatioSquared - meanRatio * meanRatio);
  for (let d = 0; d < x.length; d += 1) {
    const xd = x[d] as number;
    if (xd === 0 || !Number.isNaN(estimate.pinned[d])) continue;
    const s2 = estimate.variance[d] as number;
    const unit = (rho * s2 * xd) / c;
    const step = unit * meanRatio;
    estimate.mean[d] = (estimate.mean[d] as number) + step;
    moved[d] = step;
    const shrink = 1 - (Math.min(rho, 1) * s2 * xd * xd * meanShrink) / c2;
    estimate.variance[d] = Math.min(s2, s2 * Math.max(shrink, 0.05) + unit * unit * spread);
  }
}
