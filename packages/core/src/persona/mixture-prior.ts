import { inverseMillsRatio, normalCdf } from '../numeric/normal';
import { seededRandom } from '../numeric/seeded-random';
import { withCatchAll } from './catch-all-type';
import { type HeldOutScores, heldOutScores, joinScores, notWorseOnSplits } from './held-out-likelihood';
import { pairHonestSplit } from './pair-holdout';
import type { PersonaPrior } from './persona';
import {
  agreementMatrix,
  comparisonRows,
  fitDimensions,
  fitPopulationPriorFromRows,
  type PopulationPriorOptions,
  topEigenvector,
} from './population-prior';
import type { ComparisonSignal } from './signals';

/** Options of `fitMixturePrior`: those of `fitPopulationPrior`, plus the search over the number of types. */
export interface MixturePriorOptions extends PopulationPriorOptions {
  /** Most user types tried; 8 by default (1–16). */
  maxTypes?: number;
  /** Most EM iterations per fit (it stops earlier once no user changes type); 20 by default. */
  iterations?: number;
  /** Seed of the type initialisation (k-means++); 1 by default. */
  seed?: number;
  /** Most users the choice of K looks at (a seeded sample; the final fit uses everyone); 4,000 by default. */
  selectionUsers?: number;
  /** Random 2-fold splits of those users the choice of K is judged on (1–8; more cost more fits and choose more steadily); 5 by default. */
  selectionSplits?: number;
  /** Fits exactly this many user types (0 = the cold start, 1 = the single prior; 0–16) and skips the choice of K (no `scores`). */
  types?: number;
}

/** What `fitMixturePrior` chose and why. */
export interface FittedMixturePrior {
  /** The prior to give `createPersona` (`{}` is the cold start: a standard normal per dimension). */
  prior: PersonaPrior;
  /** `cold-start` (no prior beats knowing nothing), `single` (one Gaussian with the population factor) or `mixture`. */
  kind: 'cold-start' | 'single' | 'mixture';
  /** Number of user types: 0 for the cold start, 1 for the single prior, K for a mixture. */
  types: number;
  /**
   * Each candidate (types as above) on the inner held-out splits, on the comparisons whose pair
   * the fit never saw: mean log-likelihood per comparison (higher is better), accuracy per shot
   * count (NaN where no comparison was scored), and whether, at every shot count, it predicted
   * at least as many comparisons right as the cold start on all splits pooled and fewer on at
   * most one split (`notWorseOnSplits`; only those can be chosen).
   */
  scores: Array<{ types: number; logLikelihood: number; accuracy: number[]; notWorseThanColdStart: boolean }>;
  /** Users fitted on. */
  users: number;
}

/** Fewest users a type keeps (below, its users go to other types). */
const MIN_TYPE_USERS = 5;
/** Smallest share of the users a type keeps. */
const MIN_TYPE_SHARE = 0.02;

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
 * likelihood: on `selectionSplits` random 2-fold splits by user, each candidate is fitted on
 * one half and scored by predicting the other half's users' comparisons, each from the ones
 * before it, counting only comparisons whose pair the fit never saw (`pairHonestSplit`: a pair
 * is a row of feature differences, A over B the same as B over A), so a population that reuses
 * pairs cannot reward remembering them. The candidates are the cold start (K = 0), the single
 * Gaussian prior of `fitPopulationPrior` (K = 1) and mixtures of 2 … `maxTypes` types fitted by
 * classification EM, each with the catch-all type added (see `withCatchAll`: a broad type at
 * the cold start, at least 20 % of the users). Only candidates that, at every shot count,
 * predict at least as many held-out comparisons right as the cold start on all splits pooled,
 * and fewer on at most one split, can be chosen (see `notWorseOnSplits`); of those, the
 * fewest types whose score is within one standard error (over the users' paired differences)
 * of the best win, and the winner is refitted on every user. So a
 * homogeneous population gets one Gaussian, and a population no prior helps gets none. Each
 * type is a Gaussian over the weights (its own mean, a variance per dimension shared by the
 * fitted types); types with fewer than 5 users or 2 % of them are dropped. `types` counts the
 * fitted types, not the catch-all.
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
  const selectionSplits = options.selectionSplits ?? 5;
  if (!(Number.isInteger(selectionSplits) && selectionSplits >= 1 && selectionSplits <= 8))
    throw new RangeError('fitMixturePrior: selectionSplits must be an integer in 1..8');
  const sample = withRows.length <= limit ? withRows : sampleOf(withRows, limit, random);
  // Independent shuffles, so that the type initialisation draws the same numbers however many splits.
  const shuffle = seededRandom((options.seed ?? 1) + 1);
  const splits = Array.from({ length: selectionSplits }, (_, split) => {
    const order = split === 0 ? sample : sampleOf(sample, sample.length, shuffle);
    return pairHonestSplit([order.filter((_, i) => i % 2 === 0), order.filter((_, i) => i % 2 === 1)]);
  });
  // Each held-out entry's user (one per sampled user: a user is held out once in every split), so
  // that the paired differences are taken over users, not over a user's repeats across splits.
  const userIndex = new Map<object, number>();
  const owner = Int32Array.from(
    splits.flatMap((folds) => folds.flatMap((fold) => fold.held)),
    (user) => {
      const known = userIndex.get(user);
      if (known !== undefined) return known;
      userIndex.set(user, userIndex.size);
      return userIndex.size - 1;
    },
  );
  /** Each held-out user's log-likelihood summed over the splits. */
  const byUser = (logLikelihoods: Float64Array) => {
    const summed = new Float64Array(userIndex.size);
    logLikelihoods.forEach((value, i) => {
      const u = owner[i] as number;
      summed[u] = (summed[u] as number) + value;
    });
    return summed;
  };
  const noise = options.noise ?? 1;
  const comparisons = splits
    .flat()
    .reduce((sum, fold) => sum + fold.counted.reduce((rows, own) => rows + own.filter(Boolean).length, 0), 0);
  /** Held-out scores of each split, both directions joined, or undefined when a side is empty. */
  const scoreOf = (fit: (training: Float64Array[][]) => PersonaPrior): HeldOutScores[] | undefined => {
    if (splits.flat().some((fold) => fold.training.length === 0 || fold.held.length === 0)) return undefined;
    return splits.map((folds) =>
      folds
        .map((fold) => heldOutScores(fold.held, ids, fit(fold.training), noise, fold.counted))
        .reduce(joinScores),
    );
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
      : withCatchAll(
          types === 1
            ? fitPopulationPriorFromRows(training, ids, options)
            : fitTypesByEm(training, ids, baseOf(training), types, options, random),
          training,
          ids,
          noise,
        );
  if (options.types !== undefined) {
    if (!(Number.isInteger(options.types) && options.types >= 0 && options.types <= 16))
      throw new RangeError('fitMixturePrior: types must be an integer in 0..16');
    return fitted(fitTypes(withRows, options.types), [], withRows.length);
  }
  const scores: FittedMixturePrior['scores'] = [];
  const perUser: Float64Array[] = [];
  const eligible: boolean[] = [];
  let coldStart: HeldOutScores[] | undefined;
  let best = 0;
  for (let types = 0; types <= maxTypes; types += 1) {
    const perSplit = scoreOf((training) => fitTypes(training, types));
    if (!perSplit) break;
    coldStart ??= perSplit;
    const notWorse = notWorseOnSplits(perSplit, coldStart);
    const held = perSplit.reduce(joinScores);
    perUser.push(byUser(held.logLikelihoods));
    eligible.push(notWorse);
    const logLikelihood = held.logLikelihoods.reduce((sum, value) => sum + value, 0) / comparisons;
    scores.push({
      types,
      logLikelihood,
      accuracy: held.hits.map((hits, shots) => hits / (held.counts[shots] as number)),
      notWorseThanColdStart: notWorse,
    });
    if (notWorse && logLikelihood > (scores[best] as { logLikelihood: number }).logLikelihood) best = types;
    // Two more types without an eligible gain: larger mixtures only split noise. (Searching on
    // past vetoed candidates let in, on a synthetic file, a larger mixture that then lost to
    // the cold start at 2 shots, and doubled the time of a fit that vetoes everything.)
    if (types >= 2 && types - best >= 2) break;
  }
  const chosen = { types: perUser.length === 0 ? 0 : fewestWithinOneError(perUser, best, eligible) };
  return fitted(fitTypes(withRows, chosen.types), scores, withRows.length);
}

/** The report of a fitted prior (the catch-all type not counted). */
function fitted(
  prior: PersonaPrior,
  scores: FittedMixturePrior['scores'],
  users: number,
): FittedMixturePrior {
  const types = prior.types ? prior.types.length - 1 : 0;
  return {
    prior,
    kind: types === 0 ? 'cold-start' : types === 1 ? 'single' : 'mixture',
    types,
    scores,
    users,
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
 * The one-standard-error rule: the fewest types whose held-out log-likelihood is within one
 * standard error of the best candidate's, the error taken over the users' paired differences
 * (each user's log-likelihood summed over the splits: a user held out in every split is one
 * sample, not one per split: counted once per split, the error was up to √splits times too
 * small, and a population whose users share only a weak taste under large tastes of their own
 * got 2 types). A gain that the sample of users cannot tell from chance does not buy more types.
 */
function fewestWithinOneError(
  perUser: readonly Float64Array[],
  best: number,
  eligible: readonly boolean[],
): number {
  const top = perUser[best] as Float64Array;
  const n = top.length;
  for (let types = 0; types < best; types += 1) {
    if (!eligible[types]) continue;
    const own = perUser[types] as Float64Array;
    let sum = 0;
    let squares = 0;
    for (let u = 0; u < n; u += 1) {
      const gap = (top[u] as number) - (own[u] as number);
      sum += gap;
      squares += gap * gap;
    }
    const mean = sum / n;
    const standardError = Math.sqrt(Math.max(0, squares / n - mean * mean) / Math.max(1, n - 1));
    if (mean <= standardError) return types;
  }
  return best;
}

/**
 * Classification EM for `types` user types: each user's weights are Gaussian around their
 * type's mean with a per-dimension variance shared by the types. The M-step fits each type
 * as the single population prior does (`fitDimensions`: probit-regression weights and the
 * within-type variance from how each member's choices agree with each other) on the users
 * assigned to it, its share with one pseudo-user; the shared variance is the types'
 * share-weighted variance. The E-step assigns each user to the type whose prior (its own
 * mean and its own variance) best predicts the user's comparisons (the persona's own
 * assumed-density filter, its log evidence plus the log share): a type that gathered users
 * of several kinds is broad and predicts each of them less well, so it does not grow by
 * absorbing the others. Started from k-means++ (best of five) on the users'
 * whitened score vectors; stops when no user changes type.
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
  const rows = userRows.map((own) => own.map(sparse));
  const users = rows.length;
  const assignment = initialAssignment(userRows, base.weights, types, random);
  const means = Array.from({ length: types }, () => base.weights.slice());
  const variance = new Float64Array(size);
  const typeVariances = Array.from({ length: types }, () => base.variance.slice());
  const shares = new Float64Array(types).fill(1 / types);
  const own = new Float64Array(size);
  const ownVariance = new Float64Array(size);
  const iterations = options.iterations ?? 20;
  const minimumMembers = Math.max(MIN_TYPE_USERS, MIN_TYPE_SHARE * users);
  const alive = new Uint8Array(types).fill(1);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    // M-step: each type fitted on its members like the single prior.
    let largest = 0;
    let largestSize = -1;
    for (let k = 0; k < types; k += 1) {
      const members = userRows.filter((_, u) => assignment[u] === k);
      if (members.length > largestSize) {
        largest = k;
        largestSize = members.length;
      }
      // Too few users to say what a type prefers: the type dies and its users go elsewhere.
      if (members.length < minimumMembers) alive[k] = 0;
      shares[k] = members.length;
      const fit = members.length > 0 ? fitDimensions(members, size, options) : base;
      (means[k] as Float64Array).set(fit.weights);
      (typeVariances[k] as Float64Array).set(fit.variance);
    }
    if (!alive.includes(1)) alive[largest] = 1;
    for (let k = 0; k < types; k += 1) shares[k] = ((shares[k] as number) + 1) / (users + types);
    // E-step: each user to the type that best predicts the user's choices.
    let changed = 0;
    rows.forEach((userRow, u) => {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < types; k += 1) {
        if (!alive[k]) continue;
        const score =
          Math.log(shares[k] as number) +
          filter(
            userRow,
            means[k] as Float64Array,
            typeVariances[k] as Float64Array,
            noise,
            own,
            ownVariance,
          );
        if (score > bestScore) {
          bestScore = score;
          best = k;
        }
      }
      if (assignment[u] !== best) changed += 1;
      assignment[u] = best;
    });
    if (changed === 0) break;
  }
  // A type with no users is no type: drop it and share its weight out.
  const counts = new Int32Array(types);
  for (const k of assignment) counts[k] = (counts[k] as number) + 1;
  const kept = Array.from({ length: types }, (_, k) => k).filter(
    (k) => alive[k] && (counts[k] as number) > 0,
  );
  const keptShare = kept.reduce((sum, k) => sum + (shares[k] as number), 0);
  for (const k of kept) shares[k] = (shares[k] as number) / keptShare;
  const mean = new Float64Array(size);
  variance.fill(0);
  for (const k of kept) {
    const share = shares[k] as number;
    for (let d = 0; d < size; d += 1) {
      mean[d] = (mean[d] as number) + share * ((means[k] as Float64Array)[d] as number);
      variance[d] = (variance[d] as number) + share * ((typeVariances[k] as Float64Array)[d] as number);
    }
  }
  for (let d = 0; d < size; d += 1) if (!base.seen[d]) variance[d] = 1;
  const record = (values: Float64Array) => {
    const out: Record<string, number> = {};
    ids.forEach((id, d) => {
      if (base.seen[d]) out[id] = values[d] as number;
    });
    return out;
  };
  if (kept.length === 1) return { mean: record(mean), variance: record(variance) };
  return {
    mean: record(mean),
    variance: record(variance),
    types: kept.map((k) => ({
      weight: shares[k] as number,
      shift: record((means[k] as Float64Array).map((value, d) => value - (mean[d] as number))),
    })),
  };
}

/**
 * Starting type of each user: k-means++ and a few Lloyd rounds on each
 * user's score vector Σ_i λ(w·x_i)·x_i under the population weights w (the direction in
 * which the user's choices pull away from the population), projected on the top
 * `types − 1` eigenvectors of the between-user agreement matrix, the directions along which
 * users consistently differ (sampling noise, which dominates a few choices, cancels there).
 */
function initialAssignment(
  userRows: readonly Float64Array[][],
  weights: Float64Array,
  types: number,
  random: () => number,
): Int32Array {
  const size = weights.length;
  const { matrix, unit } = agreementMatrix(userRows, weights);
  const directions: Float64Array[] = [];
  while (directions.length < types - 1) {
    const top = topEigenvector(matrix, size);
    if (!top) break;
    let eigenvalue = 0;
    for (let a = 0; a < size; a += 1)
      for (let b = 0; b < size; b += 1)
        eigenvalue += (top[a] as number) * (matrix[a * size + b] as number) * (top[b] as number);
    for (let a = 0; a < size; a += 1)
      for (let b = 0; b < size; b += 1)
        matrix[a * size + b] =
          (matrix[a * size + b] as number) - eigenvalue * (top[a] as number) * (top[b] as number);
    directions.push(top);
  }
  const scores = userRows.map((own) => {
    const g = new Float64Array(size);
    for (const row of own) {
      let t = 0;
      for (let d = 0; d < size; d += 1) t += (weights[d] as number) * (row[d] as number);
      const ratio = inverseMillsRatio(t);
      for (let d = 0; d < size; d += 1)
        g[d] = (g[d] as number) + (ratio * (row[d] as number)) / (unit[d] as number);
    }
    const projected =
      directions.length === 0
        ? g
        : Float64Array.from(directions, (direction) => {
            let level = 0;
            for (let d = 0; d < size; d += 1) level += (direction[d] as number) * (g[d] as number);
            return level;
          });
    // Unit length, so that heavy users do not dominate: types differ in direction, not in how much a user said.
    const norm = Math.hypot(...projected) || 1;
    return projected.map((value) => value / norm);
  });
  let best: { inertia: number; assignment: Int32Array } = {
    inertia: Number.POSITIVE_INFINITY,
    assignment: new Int32Array(scores.length),
  };
  for (let restart = 0; restart < 5; restart += 1) {
    const found = kMeans(scores, types, random);
    if (found.inertia < best.inertia) best = found;
  }
  return best.assignment;
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
