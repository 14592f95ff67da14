import { inverseMillsRatio, normalCdf } from '../numeric/normal';
import { type Estimate, preferenceOf, updateEstimate } from './estimator';
import { pairHonestSplit } from './pair-holdout';
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
  /** Fit a population factor (the direction users differ along together); true by default. */
  factor?: boolean;
}

/** Scales of the unit factor tried; 0 (no factor) wins when the factor does not predict users' later choices. */
const FACTOR_SCALES = [0, 0.5, 1, 2, 4];
/** Added to each dimension's mean square difference before whitening, so rarely seen dimensions do not dominate. */
const WHITENING_FLOOR = 0.01;

/**
 * Fits a population prior (empirical Bayes) from many users' comparisons, each inner array
 * one user. The prior mean is a ridge-regularized probit regression of all choices on the
 * feature differences x (chosen − rejected), so correlated dimensions share the credit.
 * The prior variance per dimension is what users do beyond the population: with lean
 * m = Σx / Σ|x| and within-user consistency r = Σ_users Σ_{i<j} x_i·x_j / Σ |x_i|·|x_j|
 * (both shrunk toward 0 by `pseudoCount`) and s = strength / rms(non-zero x), it is
 * max(r − m², 0)·s². Dimensions users choose on consistently get room to move; noisy ones
 * stay near the population lean. With `factor` (default) it adds one population factor: the
 * direction in which users' choices agree with each other beyond the population mean (see
 * `fitFactor`), scaled to predict each user's later choices from their earlier ones best.
 */
export function fitPopulationPrior(
  users: readonly (readonly ComparisonSignal[])[],
  options: PopulationPriorOptions = {},
): PersonaPrior {
  const { ids, userRows } = comparisonRows(users, options);
  return fitPopulationPriorFromRows(userRows, ids, options);
}

/**
 * The feature differences (chosen − rejected) of each user's comparisons as rows over the
 * space's dimensions, as the persona engine built from `options` reads them.
 */
export function comparisonRows(
  users: readonly (readonly ComparisonSignal[])[],
  options: Omit<PersonaOptions, 'prior'> = {},
): { ids: string[]; userRows: Float64Array[][] } {
  const probe = createPersona({ ...options, prior: undefined });
  const ids = probe.space.dimensions.map((d) => d.id);
  const userRows = users.map((signals) =>
    signals.map((s) => {
      const diff = probe.featureDifference(s.chosenStyle ?? s.chosen, s.rejectedStyle ?? s.rejected);
      return Float64Array.from(ids, (id) => diff[id] ?? 0);
    }),
  );
  return { ids, userRows };
}

/** {@link fitPopulationPrior} from feature-difference rows (see {@link comparisonRows}) over the dimensions `ids`. */
export function fitPopulationPriorFromRows(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  options: PopulationPriorOptions = {},
): PersonaPrior {
  if (userRows.every((own) => own.length === 0))
    throw new RangeError('fitPopulationPrior: needs at least one comparison');
  const base = fitDimensions(userRows, ids.length, options);
  const mean: Record<string, number> = {};
  const variance: Record<string, number> = {};
  ids.forEach((id, d) => {
    if (!base.seen[d]) return;
    mean[id] = base.weights[d] as number;
    variance[id] = base.variance[d] as number;
  });
  if (options.factor === false) return { mean, variance };
  const noise = options.noise ?? 1;
  const shape = factorShape(userRows, base.weights);
  const scale = shape && factorScale(userRows, options, noise);
  if (!shape || !scale) return { mean, variance };
  const loadings: Record<string, number> = {};
  ids.forEach((id, d) => {
    if (base.seen[d]) loadings[id] = (shape[d] as number) * scale;
  });
  return { mean, variance, factors: [{ loadings }] };
}

/** Per-dimension part of the population prior: probit-regression weights, variances, and which dimensions were seen. */
export function fitDimensions(
  userRows: readonly Float64Array[][],
  size: number,
  options: PopulationPriorOptions,
): { weights: Float64Array; variance: Float64Array; seen: boolean[] } {
  const sum = new Float64Array(size);
  const sumAbs = new Float64Array(size);
  const sumSquares = new Float64Array(size);
  const cross = new Float64Array(size);
  const crossAbs = new Float64Array(size);
  const nonZero = new Float64Array(size);
  for (const own of userRows) {
    for (let i = 0; i < own.length; i += 1) {
      const xi = own[i] as Float64Array;
      for (let d = 0; d < size; d += 1) {
        const a = xi[d] as number;
        if (a === 0) continue;
        sum[d] = (sum[d] as number) + a;
        sumAbs[d] = (sumAbs[d] as number) + Math.abs(a);
        sumSquares[d] = (sumSquares[d] as number) + a * a;
        nonZero[d] = (nonZero[d] as number) + 1;
        for (let j = i + 1; j < own.length; j += 1) {
          const b = (own[j] as Float64Array)[d] as number;
          cross[d] = (cross[d] as number) + a * b;
          crossAbs[d] = (crossAbs[d] as number) + Math.abs(a * b);
        }
      }
    }
  }
  const strength = options.strength ?? 2;
  const minVariance = options.minVariance ?? 1e-4;
  const pseudoCount = options.pseudoCount ?? 20;
  const weights = probitRegression(userRows.flat(), size, options.ridge ?? 1);
  const variance = new Float64Array(size).fill(1);
  const seen = Array.from(nonZero, (n) => n > 0);
  for (let d = 0; d < size; d += 1) {
    const n = nonZero[d] as number;
    if (n === 0) continue;
    const scale = strength / Math.sqrt((sumSquares[d] as number) / n);
    const shrink = n / (n + pseudoCount);
    const lean = (shrink * (sum[d] as number)) / (sumAbs[d] as number);
    const consistency =
      (crossAbs[d] as number) > 0 ? (shrink * (cross[d] as number)) / (crossAbs[d] as number) : 0;
    variance[d] = Math.max(minVariance, (consistency - lean * lean) * scale * scale);
  }
  return { weights, variance, seen };
}

/**
 * The factor's scale, chosen by 2-fold cross-validation over users: for each half, the
 * per-dimension prior and the factor shape are fitted on the other half and every scale of
 * FACTOR_SCALES is scored (Brier score) by how well it predicts each held-out user's comparisons from
 * that user's earlier ones, only comparisons whose pair the fit never saw (`pairHonestSplit`:
 * remembering the answers to reused pairs does not count). 0 (no factor) when no scale beats
 * having none.
 */
function factorScale(
  userRows: readonly Float64Array[][],
  options: PopulationPriorOptions,
  noise: number,
): number {
  const size = userRows[0]?.[0]?.length ?? 0;
  const scores = new Float64Array(FACTOR_SCALES.length);
  const halves = [userRows.filter((_, i) => i % 2 === 0), userRows.filter((_, i) => i % 2 === 1)] as const;
  for (const fold of pairHonestSplit(halves)) {
    if (fold.training.length === 0) return 0;
    const base = fitDimensions(fold.training, size, options);
    const shape = factorShape(fold.training, base.weights);
    FACTOR_SCALES.forEach((scale, k) => {
      scores[k] =
        (scores[k] as number) +
        predictiveScore(
          fold.held,
          fold.counted,
          base.weights,
          base.variance,
          shape ?? new Float64Array(size),
          scale,
          noise,
        );
    });
  }
  let best = 0;
  scores.forEach((score, k) => {
    if (score > (scores[best] as number)) best = k;
  });
  return FACTOR_SCALES[best] as number;
}

/**
 * The population factor's unit shape: the top eigenvector of the between-user agreement
 * matrix C = Σ_users (g·gᵀ − Σ_i s_i·s_iᵀ), where s_i = λ(w·x_i)·x_i is one comparison's
 * score under the population weights w and g = Σ_i s_i the user's. Dropping each
 * comparison's own square leaves only how a user's choices agree with each other, so
 * sampling noise cancels and what remains is how users differ from the population and
 * from each other. Differences are whitened per dimension (root mean square, floored by
 * WHITENING_FLOOR) and the eigenvector is mapped back to weights. Undefined when users
 * agree with each other no more than chance (top eigenvalue ≤ 0).
 */
function factorShape(userRows: readonly Float64Array[][], weights: Float64Array): Float64Array | undefined {
  const { matrix, unit } = agreementMatrix(userRows, weights);
  const top = topEigenvector(matrix, weights.length);
  return top?.map((v, d) => v / (unit[d] as number));
}

/**
 * The between-user agreement matrix of `factorShape` in whitened coordinates, and the
 * whitening unit per dimension (root mean square of the rows' differences, floored).
 */
export function agreementMatrix(
  userRows: readonly Float64Array[][],
  weights: Float64Array,
): { matrix: Float64Array; unit: Float64Array } {
  const size = weights.length;
  const rows = userRows.flat();
  const unit = new Float64Array(size).fill(WHITENING_FLOOR);
  for (const row of rows)
    for (let d = 0; d < size; d += 1) unit[d] = (unit[d] as number) + (row[d] as number) ** 2 / rows.length;
  for (let d = 0; d < size; d += 1) unit[d] = Math.sqrt(unit[d] as number);
  const agreement = new Float64Array(size * size);
  const score = new Float64Array(size);
  const total = new Float64Array(size);
  const addOuter = (v: Float64Array, sign: number) => {
    for (let a = 0; a < size; a += 1) {
      const va = sign * (v[a] as number);
      if (va === 0) continue;
      for (let b = 0; b < size; b += 1)
        agreement[a * size + b] = (agreement[a * size + b] as number) + va * (v[b] as number);
    }
  };
  for (const own of userRows) {
    total.fill(0);
    for (const x of own) {
      let t = 0;
      for (let d = 0; d < size; d += 1) t += (weights[d] as number) * (x[d] as number);
      const ratio = inverseMillsRatio(t);
      for (let d = 0; d < size; d += 1) {
        score[d] = (ratio * (x[d] as number)) / (unit[d] as number);
        total[d] = (total[d] as number) + (score[d] as number);
      }
      addOuter(score, -1);
    }
    addOuter(total, 1);
  }
  return { matrix: agreement, unit };
}

/** Top eigenvector of a symmetric matrix, by power iteration shifted to make it positive; undefined if its eigenvalue is ≤ 0. */
export function topEigenvector(matrix: Float64Array, size: number): Float64Array | undefined {
  let shift = 0;
  for (let a = 0; a < size; a += 1) {
    let row = 0;
    for (let b = 0; b < size; b += 1) row += Math.abs(matrix[a * size + b] as number);
    shift = Math.max(shift, row);
  }
  if (shift === 0) return undefined;
  let v = Float64Array.from({ length: size }, (_, d) => 1 + d / size);
  const next = new Float64Array(size);
  for (let iteration = 0; iteration < 2000; iteration += 1) {
    for (let a = 0; a < size; a += 1) {
      let sum = shift * (v[a] as number);
      for (let b = 0; b < size; b += 1) sum += (matrix[a * size + b] as number) * (v[b] as number);
      next[a] = sum;
    }
    const norm = Math.hypot(...next);
    let change = 0;
    for (let d = 0; d < size; d += 1) {
      const value = (next[d] as number) / norm;
      change = Math.max(change, Math.abs(value - (v[d] as number)));
      next[d] = value;
    }
    v = next.slice();
    if (change < 1e-10) break;
  }
  let eigenvalue = 0;
  for (let a = 0; a < size; a += 1)
    for (let b = 0; b < size; b += 1)
      eigenvalue += (v[a] as number) * (matrix[a * size + b] as number) * (v[b] as number);
  return eigenvalue > 0 ? v : undefined;
}

/**
 * Negative Brier score of predicting each user's comparisons in order, each from the ones
 * before it, under the prior with a factor of the given scale (higher is better).
 */
function predictiveScore(
  userRows: readonly Float64Array[][],
  counted: readonly (readonly boolean[])[],
  weights: Float64Array,
  ownVariance: Float64Array,
  shape: Float64Array,
  scale: number,
  noise: number,
): number {
  const size = weights.length;
  const extended = new Float64Array(size + 1);
  const moved = new Float64Array(size + 1);
  let total = 0;
  userRows.forEach((own, u) => {
    const estimate: Estimate = {
      mean: Float64Array.from({ length: size + 1 }, (_, d) => (d < size ? (weights[d] as number) : 0)),
      variance: Float64Array.from({ length: size + 1 }, (_, d) =>
        d < size ? (ownVariance[d] as number) : 1,
      ),
      pinned: new Float64Array(size + 1).fill(Number.NaN),
    };
    own.forEach((x, i) => {
      let level = 0;
      for (let d = 0; d < size; d += 1) {
        extended[d] = x[d] as number;
        level += scale * (shape[d] as number) * (x[d] as number);
      }
      extended[size] = level;
      if (counted[u]?.[i]) total -= (1 - preferenceOf(estimate, extended, noise)) ** 2;
      updateEstimate(estimate, extended, noise, 1, moved);
    });
  });
  return total;
}

/**
 * Maximum-likelihood probit regression with a ridge penalty, by Newton steps with the full
 * Hessian (Σ λ(λ + t)·x·xᵀ + ridge·I, positive definite) and step halving until the penalized
 * likelihood rises, so it converges in a few dozen passes also when dimensions share an
 * attribute (collinear features). Rows are read as (index, value) pairs: comparisons touch a
 * few dimensions.
 */
function probitRegression(rows: readonly Float64Array[], size: number, ridge: number): Float64Array {
  const index: number[] = [];
  const value: number[] = [];
  const ends: number[] = [];
  for (const row of rows) {
    for (let d = 0; d < size; d += 1) {
      const x = row[d] as number;
      if (x === 0) continue;
      index.push(d);
      value.push(x);
    }
    ends.push(index.length);
  }
  const objective = (w: Float64Array): number => {
    let total = 0;
    for (let d = 0; d < size; d += 1) total -= 0.5 * ridge * (w[d] as number) ** 2;
    let start = 0;
    for (const end of ends) {
      let t = 0;
      for (let i = start; i < end; i += 1) t += (w[index[i] as number] as number) * (value[i] as number);
      total +=
        t < -30
          ? -0.5 * t * t - Math.log(-t * Math.sqrt(2 * Math.PI))
          : Math.log(Math.max(normalCdf(t), 1e-300));
      start = end;
    }
    return total;
  };
  let w = new Float64Array(size);
  let current = objective(w);
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(size * size);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    hessian.fill(0);
    for (let d = 0; d < size; d += 1) {
      gradient[d] = -ridge * (w[d] as number);
      hessian[d * size + d] = ridge;
    }
    let start = 0;
    for (const end of ends) {
      let t = 0;
      for (let i = start; i < end; i += 1) t += (w[index[i] as number] as number) * (value[i] as number);
      const ratio = inverseMillsRatio(t);
      const curvature = Math.min(1, Math.max(0, ratio * (ratio + t)));
      for (let i = start; i < end; i += 1) {
        const a = index[i] as number;
        const xa = value[i] as number;
        gradient[a] = (gradient[a] as number) + ratio * xa;
        for (let j = start; j < end; j += 1)
          hessian[a * size + (index[j] as number)] =
            (hessian[a * size + (index[j] as number)] as number) + curvature * xa * (value[j] as number);
      }
      start = end;
    }
    const step = solveSymmetric(hessian, gradient, size);
    let scale = 1;
    let next = w;
    let value2 = current;
    for (let halving = 0; halving < 30; halving += 1) {
      next = w.map((x, d) => x + scale * (step[d] as number));
      value2 = objective(next);
      if (value2 >= current) break;
      scale /= 2;
    }
    const change = Math.max(...step.map((x) => Math.abs(x * scale)));
    if (!(value2 >= current)) break;
    w = next;
    current = value2;
    if (change < 1e-6) break;
  }
  return w;
}

/** Solves A·x = b for a symmetric positive-definite A (Cholesky). */
function solveSymmetric(matrix: Float64Array, b: Float64Array, size: number): Float64Array {
  const l = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = matrix[i * size + j] as number;
      for (let k = 0; k < j; k += 1) sum -= (l[i * size + k] as number) * (l[j * size + k] as number);
      l[i * size + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j * size + j] as number);
    }
  }
  const y = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k += 1) sum -= (l[i * size + k] as number) * (y[k] as number);
    y[i] = sum / (l[i * size + i] as number);
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = y[i] as number;
    for (let k = i + 1; k < size; k += 1) sum -= (l[k * size + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * size + i] as number);
  }
  return x;
}
