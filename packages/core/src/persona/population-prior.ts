import { normalCdf, normalPdf } from './estimator';
import { createPersona, type PersonaOptions, type PersonaPrior } from './persona';
import type { ComparisonSignal } from './signals';

/** Options of `fitPopulationPrior`: the persona options it will be used with, plus the prior's strength. */
export interface PopulationPriorOptions extends Omit<PersonaOptions, 'prior'> {
  /** Utility (probit units) a perfectly consistent dimension contributes at a typical difference; 2 by default. */
  strength?: number;
  /** Pseudo-observations of "no lean, no consistency" each dimension starts from; 20 by default. */
  pseudoCount?: number;
  /** Ridge penalty of the population probit regression; 1 by default. */
  ridge?: number;
  /** Smallest prior variance; 1e-4 by default. */
  minVariance?: number;
}

/**
 * Fits a population prior (empirical Bayes) from many users' comparisons, each inner array
 * one user. The prior mean is a ridge-regularized probit regression of all choices on the
 * feature differences x (chosen − rejected), so correlated dimensions share the credit.
 * The prior variance per dimension is what users do beyond the population: with lean
 * m = Σx / Σ|x| and within-user consistency r = Σ_users Σ_{i<j} x_i·x_j / Σ |x_i|·|x_j|
 * (both shrunk toward 0 by `pseudoCount`) and s = strength / rms(non-zero x), it is
 * max(r − m², 0)·s². Dimensions users choose on consistently get room to move.
 * Dimensions that users choose on consistently get room to move; noisy ones stay near the population lean.
 */
export function fitPopulationPrior(
  users: readonly (readonly ComparisonSignal[])[],
  options: PopulationPriorOptions = {},
): PersonaPrior {
  const probe = createPersona({ ...options, prior: undefined });
  const ids = probe.space.dimensions.map((d) => d.id);
  const size = ids.length;
  const sum = new Float64Array(size);
  const sumAbs = new Float64Array(size);
  const sumSquares = new Float64Array(size);
  const cross = new Float64Array(size);
  const crossAbs = new Float64Array(size);
  const nonZero = new Float64Array(size);
  let comparisons = 0;
  const rows: Float64Array[] = [];
  for (const signals of users) {
    const diffs = signals.map((s) =>
      probe.featureDifference(s.chosenStyle ?? s.chosen, s.rejectedStyle ?? s.rejected),
    );
    comparisons += diffs.length;
    for (const diff of diffs) rows.push(Float64Array.from(ids, (id) => diff[id] ?? 0));
    ids.forEach((id, d) => {
      const xs = diffs.map((diff) => diff[id] ?? 0);
      for (let i = 0; i < xs.length; i += 1) {
        const xi = xs[i] as number;
        sum[d] = (sum[d] as number) + xi;
        sumAbs[d] = (sumAbs[d] as number) + Math.abs(xi);
        sumSquares[d] = (sumSquares[d] as number) + xi * xi;
        if (xi !== 0) nonZero[d] = (nonZero[d] as number) + 1;
        for (let j = i + 1; j < xs.length; j += 1) {
          const xj = xs[j] as number;
          cross[d] = (cross[d] as number) + xi * xj;
          crossAbs[d] = (crossAbs[d] as number) + Math.abs(xi * xj);
        }
      }
    });
  }
  if (comparisons === 0) throw new RangeError('fitPopulationPrior: needs at least one comparison');
  const strength = options.strength ?? 2;
  const minVariance = options.minVariance ?? 1e-4;
  const pseudoCount = options.pseudoCount ?? 20;
  const weights = probitRegression(rows, size, options.ridge ?? 1);
  const mean: Record<string, number> = {};
  const variance: Record<string, number> = {};
  ids.forEach((id, d) => {
    const seen = nonZero[d] as number;
    if (seen === 0) return;
    const scale = strength / Math.sqrt((sumSquares[d] as number) / seen);
    const shrink = seen / (seen + pseudoCount);
    const lean = (shrink * (sum[d] as number)) / (sumAbs[d] as number);
    const consistency =
      (crossAbs[d] as number) > 0 ? (shrink * (cross[d] as number)) / (crossAbs[d] as number) : 0;
    mean[id] = weights[d] as number;
    variance[id] = Math.max(minVariance, (consistency - lean * lean) * scale * scale);
  });
  return { mean, variance };
}

/** Maximum-likelihood probit regression with a ridge penalty, by Newton steps on a diagonal Hessian bound. */
function probitRegression(rows: readonly Float64Array[], size: number, ridge: number): Float64Array {
  const w = new Float64Array(size);
  const curvature = new Float64Array(size).fill(ridge);
  for (const row of rows)
    for (let d = 0; d < size; d += 1) curvature[d] = (curvature[d] as number) + (row[d] as number) ** 2;
  const gradient = new Float64Array(size);
  for (let iteration = 0; iteration < 200; iteration += 1) {
    for (let d = 0; d < size; d += 1) gradient[d] = -ridge * (w[d] as number);
    for (const row of rows) {
      let t = 0;
      for (let d = 0; d < size; d += 1) t += (w[d] as number) * (row[d] as number);
      const ratio = t < -6 ? -t : normalPdf(t) / Math.max(normalCdf(t), 1e-300);
      for (let d = 0; d < size; d += 1) gradient[d] = (gradient[d] as number) + ratio * (row[d] as number);
    }
    let change = 0;
    for (let d = 0; d < size; d += 1) {
      const step = (gradient[d] as number) / (curvature[d] as number);
      w[d] = (w[d] as number) + step;
      change = Math.max(change, Math.abs(step));
    }
    if (change < 1e-5) break;
  }
  return w;
}
