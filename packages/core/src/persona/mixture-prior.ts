import { inverseMillsRatio, normalCdf } from '../numeric/normal';
import { seededRandom } from '../numeric/seeded-random';
import { type Estimate, preferenceOf, updateEstimate } from './estimator';
import type { PersonaPrior } from './persona';
import {
  comparisonRows,
  fitDimensions,
  fitPopulationPriorFromRows,
  type PopulationPriorOptions,
} from './population-prior';
import type { ComparisonSignal } from './signals';
import { mixturePreference, type TypeMixture, updateMixtureEstimate } from './type-mixture';

/** Options of `fitMixturePrior`: those of `fitPopulationPrior`, plus the search over the number of types. */
export interface MixturePriorOptions extends PopulationPriorOptions {
  /** Most user types tried; 8 by default (1–16). */
  maxTypes?: number;
  /** EM iterations per fit; 40 by default. */
  iterations?: number;
  /** Seed of the type initialisation (k-means++); 1 by default. */
  seed?: number;
  /** Most users the choice of K looks at (a seeded sample; the final fit uses everyone); 4,000 by default. */
  selectionUsers?: number;
}

/** What `fitMixturePrior` chose and why. */
export interface FittedMixturePrior {
  /** The prior to give `createPersona` (`{}` is the cold start: a standard normal per dimension). */
  prior: PersonaPrior;
  /** `cold-start` (no prior beats knowing nothing), `single` (one Gaussian with the population factor) or `mixture`. */
  kind: 'cold-start' | 'single' | 'mixture';
  /** Number of user types: 0 for the cold start, 1 for the single prior, K for a mixture. */
  types: number;
  /** Held-out mean log-likelihood per comparison of each candidate (types as above), higher is better. */
  scores: Array<{ types: number; logLikelihood: number }>;
  /** Users fitted on. */
  users: number;
}

/** Sparse feature rows of one user. */
interface SparseRow {
  index: Int32Array;
  value: Float64Array;
}

const sparse = (row: Float64Array): SparseRow => {
  const index: number[] = [];
  for (let d = 0; d < row.length; d += 1) if (row[d] !== 0) index.push(d);
  return { index: Int32Array.from(index), value: Float64Array.from(index, (d) => row[d] as number) };
};

/**
 * Fits a population prior that is a mixture of user types (see `PersonaPrior.types`) from many
 * users' comparisons, each inner array one user, and chooses how many types by held-out
 * likelihood: on a 2-fold split by user, each candidate is fitted on one half and scored by
 * predicting every comparison of the other half's users from the ones before it. The
 * candidates are the cold start (K = 0), the single Gaussian prior of `fitPopulationPrior`
 * (K = 1) and mixtures of 2 … `maxTypes` types fitted by EM; the winner is refitted on every
 * user. So a homogeneous population gets one Gaussian, and a population no prior helps gets
 * none. Each type is a Gaussian over the weights (its own mean, a variance per dimension
 * shared by the types) and EM runs the persona's own assumed-density filter per user and type.
 */
export function fitMixturePrior(
  users: readonly (readonly ComparisonSignal[])[],
  options: MixturePriorOptions = {},
): FittedMixturePrior {
  const { ids, userRows } = comparisonRows(users, options);
  return fitMixturePriorFromRows(userRows, ids, options);
}

/** {@link fitMixturePrior} from feature-difference rows (see `comparisonRows`) over the dimensions `ids`. */
export function fitMixturePriorFromRows(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  options: MixturePriorOptions = {},
): FittedMixturePrior {
  const maxTypes = options.maxTypes ?? 8;
  if (!(Number.isInteger(maxTypes) && maxTypes >= 1 && maxTypes <= 16))
    throw new RangeError('fitMixturePrior: maxTypes must be an integer in 1..16');
  const withRows = userRows.filter((own) => own.length > 0);
  if (withRows.length === 0) throw new RangeError('fitMixturePrior: needs at least one comparison');
  const random = seededRandom(options.seed ?? 1);
  const limit = options.selectionUsers ?? 4_000;
  const sample = withRows.length <= limit ? withRows : sampleOf(withRows, limit, random);
  const halves = [sample.filter((_, i) => i % 2 === 0), sample.filter((_, i) => i % 2 === 1)];
  const noise = options.noise ?? 1;
  const scoreOf = (fit: (training: Float64Array[][]) => PersonaPrior): number => {
    if (halves.some((half) => half.length === 0)) return Number.NaN;
    let total = 0;
    let count = 0;
    halves.forEach((held, h) => {
      const prior = fit(halves[1 - h] as Float64Array[][]);
      total += heldOutLogLikelihood(held, ids, prior, noise);
      count += held.reduce((sum, own) => sum + own.length, 0);
    });
    return total / count;
  };
  const bases = new WeakMap<object, ReturnType<typeof fitDimensions>>();
  const baseOf = (training: Float64Array[][]) => {
    let base = bases.get(training);
    if (!base) {
      base = fitDimensions(training, ids.length, options);
      bases.set(training, base);
    }
    return base;
  };
  const fitTypes = (training: Float64Array[][], types: number): PersonaPrior =>
    types === 0
      ? {}
      : types === 1
        ? fitPopulationPriorFromRows(training, ids, options)
        : fitTypesByEm(training, ids, baseOf(training), types, options, random);
  const scores: FittedMixturePrior['scores'] = [];
  let best = { types: 0, logLikelihood: Number.NEGATIVE_INFINITY };
  for (let types = 0; types <= maxTypes; types += 1) {
    const logLikelihood = scoreOf((training) => fitTypes(training, types));
    if (Number.isNaN(logLikelihood)) break;
    scores.push({ types, logLikelihood });
    if (logLikelihood > best.logLikelihood) best = { types, logLikelihood };
    // Two more types without a gain: larger mixtures only split noise.
    if (types >= 2 && types - best.types >= 2) break;
  }
  const prior = fitTypes(withRows, best.types);
  return {
    prior,
    kind: best.types === 0 ? 'cold-start' : best.types === 1 ? 'single' : 'mixture',
    types: best.types,
    scores,
    users: withRows.length,
  };
}

function sampleOf<T>(items: readonly T[], size: number, random: () => number): T[] {
  const copy = items.slice();
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, size);
}

/**
 * Mean log-likelihood of predicting each user's comparisons in order, each from the ones
 * before it, with the persona's own update under `prior` (summed, not averaged).
 */
export function heldOutLogLikelihood(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  prior: PersonaPrior,
  noise: number,
): number {
  const size = ids.length;
  const position = new Map(ids.map((id, d) => [id, d]));
  const toRow = (record: Record<string, number> | undefined, width: number, fill = 0) => {
    const row = new Float64Array(width).fill(fill);
    for (const [id, value] of Object.entries(record ?? {})) {
      const d = position.get(id);
      if (d !== undefined) row[d] = value;
    }
    return row;
  };
  const loadings = (prior.factors ?? []).map((factor) => toRow(factor.loadings, size));
  const width = size + loadings.length;
  const mean = toRow(prior.mean, width);
  const variance =
    typeof prior.variance === 'number'
      ? new Float64Array(width).fill(prior.variance)
      : toRow(prior.variance, width, 1);
  for (let j = size; j < width; j += 1) variance[j] = 1;
  const shifts = (prior.types ?? []).map((type) => toRow(type.shift, width));
  const weights = (prior.types ?? []).map((type) => type.weight);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const x = new Float64Array(width);
  const moved = new Float64Array(width);
  let total = 0;
  for (const own of userRows) {
    const estimate: Estimate = {
      mean: mean.slice(),
      variance: variance.slice(),
      pinned: new Float64Array(width).fill(Number.NaN),
    };
    const mixture: TypeMixture | undefined =
      shifts.length > 0
        ? { shifts, probabilities: Float64Array.from(weights, (w) => w / totalWeight) }
        : undefined;
    for (const row of own) {
      x.set(row);
      loadings.forEach((loading, j) => {
        let level = 0;
        for (let d = 0; d < size; d += 1) level += (loading[d] as number) * (row[d] as number);
        x[size + j] = level;
      });
      const p = mixture ? mixturePreference(estimate, x, noise, mixture) : preferenceOf(estimate, x, noise);
      total += Math.log(Math.max(p, 1e-6));
      if (mixture) updateMixtureEstimate(estimate, x, noise, 1, moved, mixture);
      else updateEstimate(estimate, x, noise, 1, moved);
    }
  }
  return total;
}

/**
 * EM for `types` user types: each user's weights are Gaussian around their type's mean with a
 * per-dimension variance shared by the types. The E-step runs the persona's assumed-density
 * filter from each type over each user's comparisons (its evidence gives the user's
 * responsibilities, its posterior the user's weights under that type); the M-step sets each
 * type's share, its mean (the responsibility-weighted posterior means, shrunk toward the
 * population mean by one pseudo-user) and the shared variance (posterior variance plus the
 * spread of the posterior means). Started from k-means++ (best of five) on the users'
 * whitened score vectors.
 */
function fitTypesByEm(
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  base: ReturnType<typeof fitDimensions>,
  types: number,
  options: MixturePriorOptions,
  random: () => number,
): PersonaPrior {
  const size = ids.length;
  const noise = options.noise ?? 1;
  const minVariance = options.minVariance ?? 1e-4;
  const rows = userRows.map((own) => own.map(sparse));
  const users = rows.length;
  const responsibility = initialResponsibilities(rows, base.weights, types, random);
  const means = Array.from({ length: types }, () => base.weights.slice());
  const variance = base.variance.slice();
  const shares = new Float64Array(types).fill(1 / types);
  const posterior = Array.from({ length: types }, () => ({
    mean: new Float64Array(size),
    variance: new Float64Array(size),
  }));
  const sums = Array.from({ length: types }, () => new Float64Array(size));
  const squares = new Float64Array(size);
  const mass = new Float64Array(types);
  const logEvidence = new Float64Array(types);
  const iterations = options.iterations ?? 40;
  for (let iteration = 0; iteration <= iterations; iteration += 1) {
    // E-step: each user's filter from every type; responsibilities from the evidence (from k-means at first).
    for (const sum of sums) sum.fill(0);
    squares.fill(0);
    mass.fill(0);
    rows.forEach((userRow, u) => {
      const r = responsibility.subarray(u * types, (u + 1) * types);
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < types; k += 1) {
        const state = posterior[k] as { mean: Float64Array; variance: Float64Array };
        logEvidence[k] =
          Math.log(shares[k] as number) +
          filter(userRow, means[k] as Float64Array, variance, noise, state.mean, state.variance);
        max = Math.max(max, logEvidence[k] as number);
      }
      if (iteration > 0) {
        let total = 0;
        for (let k = 0; k < types; k += 1) {
          r[k] = Math.exp((logEvidence[k] as number) - max);
          total += r[k] as number;
        }
        for (let k = 0; k < types; k += 1) r[k] = (r[k] as number) / total;
      }
      for (let k = 0; k < types; k += 1) {
        const rk = r[k] as number;
        if (rk < 1e-9) continue;
        const state = posterior[k] as { mean: Float64Array; variance: Float64Array };
        const start = means[k] as Float64Array;
        const sum = sums[k] as Float64Array;
        mass[k] = (mass[k] as number) + rk;
        for (let d = 0; d < size; d += 1) {
          const value = state.mean[d] as number;
          sum[d] = (sum[d] as number) + rk * value;
          const gap = value - (start[d] as number);
          squares[d] = (squares[d] as number) + rk * (gap * gap + (state.variance[d] as number));
        }
      }
    });
    // M-step: shares, type means (one pseudo-user at the population mean), the shared variance.
    for (let k = 0; k < types; k += 1) {
      const m = mass[k] as number;
      shares[k] = (m + 1) / (users + types);
      const typeMean = means[k] as Float64Array;
      const sum = sums[k] as Float64Array;
      for (let d = 0; d < size; d += 1) {
        const value = ((sum[d] as number) + (base.weights[d] as number)) / (m + 1);
        // Σ r (m − new)² = Σ r (m − old)² − mass (new − old)² (new is their weighted mean, up to the pseudo-user).
        const change = value - (typeMean[d] as number);
        squares[d] = (squares[d] as number) - m * change * change;
        typeMean[d] = value;
      }
    }
    for (let d = 0; d < size; d += 1)
      if (base.seen[d]) variance[d] = Math.max(minVariance, (squares[d] as number) / users);
  }
  const mean = new Float64Array(size);
  means.forEach((typeMean, k) => {
    for (let d = 0; d < size; d += 1)
      mean[d] = (mean[d] as number) + (shares[k] as number) * (typeMean[d] as number);
  });
  const record = (values: Float64Array) => {
    const out: Record<string, number> = {};
    ids.forEach((id, d) => {
      if (base.seen[d]) out[id] = values[d] as number;
    });
    return out;
  };
  return {
    mean: record(mean),
    variance: record(variance),
    types: means.map((typeMean, k) => ({
      weight: shares[k] as number,
      shift: record(typeMean.map((value, d) => value - (mean[d] as number))),
    })),
  };
}

/**
 * Starting responsibilities (users × types, hard): k-means++ and a few Lloyd rounds on each
 * user's score vector Σ_i λ(w·x_i)·x_i under the population weights w, the direction in
 * which the user's choices pull away from the population.
 */
function initialResponsibilities(
  rows: readonly SparseRow[][],
  weights: Float64Array,
  types: number,
  random: () => number,
): Float64Array {
  const size = weights.length;
  const raw = rows.map((own) => {
    const g = new Float64Array(size);
    for (const row of own) {
      let t = 0;
      for (let i = 0; i < row.index.length; i += 1)
        t += (weights[row.index[i] as number] as number) * (row.value[i] as number);
      const ratio = inverseMillsRatio(t);
      for (let i = 0; i < row.index.length; i += 1) {
        const d = row.index[i] as number;
        g[d] = (g[d] as number) + ratio * (row.value[i] as number);
      }
    }
    return g;
  });
  // Whitened per dimension and scaled to unit length, so no dimension or heavy user dominates.
  const unit = new Float64Array(size).fill(1e-9);
  for (const g of raw)
    for (let d = 0; d < size; d += 1) unit[d] = (unit[d] as number) + (g[d] as number) ** 2;
  const scores = raw.map((g) => {
    let norm = 1e-9;
    for (let d = 0; d < size; d += 1) {
      g[d] = (g[d] as number) / Math.sqrt((unit[d] as number) / raw.length);
      norm += (g[d] as number) ** 2;
    }
    return g.map((value) => value / Math.sqrt(norm));
  });
  let best: { inertia: number; assignment: Int32Array } = {
    inertia: Number.POSITIVE_INFINITY,
    assignment: new Int32Array(scores.length),
  };
  for (let restart = 0; restart < 5; restart += 1) {
    const found = kMeans(scores, types, random);
    if (found.inertia < best.inertia) best = found;
  }
  const responsibility = new Float64Array(scores.length * types);
  best.assignment.forEach((k, u) => {
    responsibility[u * types + k] = 1;
  });
  return responsibility;
}

/** k-means++ seeding and ten Lloyd rounds; the assignment and its inertia (Σ squared distances). */
function kMeans(
  scores: readonly Float64Array[],
  types: number,
  random: () => number,
): { inertia: number; assignment: Int32Array } {
  const size = scores[0]?.length ?? 0;
  const distance = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let d = 0; d < size; d += 1) sum += ((a[d] as number) - (b[d] as number)) ** 2;
    return sum;
  };
  const centres = [(scores[Math.floor(random() * scores.length)] as Float64Array).slice()];
  const nearest = scores.map((g) => distance(g, centres[0] as Float64Array));
  while (centres.length < types) {
    const total = nearest.reduce((sum, value) => sum + value, 0);
    let pick = random() * total;
    let chosen = 0;
    while (chosen < scores.length - 1 && pick > (nearest[chosen] as number)) {
      pick -= nearest[chosen] as number;
      chosen += 1;
    }
    const centre = (scores[chosen] as Float64Array).slice();
    centres.push(centre);
    scores.forEach((g, u) => {
      nearest[u] = Math.min(nearest[u] as number, distance(g, centre));
    });
  }
  const assignment = new Int32Array(scores.length);
  for (let round = 0; round < 10; round += 1) {
    scores.forEach((g, u) => {
      let best = 0;
      centres.forEach((centre, k) => {
        if (distance(g, centre) < distance(g, centres[best] as Float64Array)) best = k;
      });
      assignment[u] = best;
    });
    centres.forEach((centre, k) => {
      centre.fill(0);
      let count = 0;
      scores.forEach((g, u) => {
        if (assignment[u] !== k) return;
        count += 1;
        for (let d = 0; d < size; d += 1) centre[d] = (centre[d] as number) + (g[d] as number);
      });
      if (count > 0) for (let d = 0; d < size; d += 1) centre[d] = (centre[d] as number) / count;
    });
  }
  let inertia = 0;
  scores.forEach((g, u) => {
    inertia += distance(g, centres[assignment[u] as number] as Float64Array);
  });
  return { inertia, assignment };
}

/**
 * Runs the persona's assumed-density filter over one user's rows from `start` and
 * `variance`, leaving the posterior in `own` / `ownVariance`; returns the log evidence
 * (Σ log of each comparison's predictive probability).
 */
function filter(
  rows: readonly SparseRow[],
  start: Float64Array,
  variance: Float64Array,
  noise: number,
  own: Float64Array,
  ownVariance: Float64Array,
): number {
  own.set(start);
  ownVariance.set(variance);
  let evidence = 0;
  const noise2 = noise * noise;
  for (const row of rows) {
    let m = 0;
    let v = 0;
    for (let i = 0; i < row.index.length; i += 1) {
      const d = row.index[i] as number;
      const xd = row.value[i] as number;
      m += (own[d] as number) * xd;
      v += (ownVariance[d] as number) * xd * xd;
    }
    const c2 = noise2 + v;
    const c = Math.sqrt(c2);
    const t = m / c;
    const cdf = normalCdf(t);
    evidence += Math.log(Math.max(cdf, 1e-300));
    const ratio = inverseMillsRatio(t);
    const w = Math.min(1, Math.max(0, ratio * (ratio + t)));
    for (let i = 0; i < row.index.length; i += 1) {
      const d = row.index[i] as number;
      const xd = row.value[i] as number;
      const s2 = ownVariance[d] as number;
      own[d] = (own[d] as number) + (s2 * xd * ratio) / c;
      ownVariance[d] = s2 * Math.max(1 - (s2 * xd * xd * w) / c2, 0.05);
    }
  }
  return evidence;
}
