import { createTypeMixture, type TypeMixture } from './type-mixture';

/**
 * A population prior: per-dimension mean and variance (missing dimensions use 0 and 1), plus
 * optional population factors. Each factor is a direction along which users differ together:
 * a user's weight on dimension d is `ownWeight[d] + Σ_factors loadings[d] × z`, with a latent
 * level z ~ N(0, 1) per factor that every signal updates, so a few signals place the user
 * along the direction (low-rank prior covariance Σ loadings·loadingsᵀ).
 * With `types` (a mixture of user types), a user of type k has the weight
 * `mean[d] + types[k].shift[d] + own part`, the own part with the type's own variance (the
 * prior's `variance` unless the type has one); the posterior over the types (starting from
 * their weights) is updated with every signal, so a few signals tell which kind of user this
 * is. A broad type (a wide variance, a shift back to 0) catches users unlike every other type.
 */
export interface PersonaPrior {
  mean?: Record<string, number>;
  variance?: Record<string, number> | number;
  factors?: ReadonlyArray<{ loadings: Record<string, number> }>;
  /** Latent user types: each a share of the population (`weight` > 0), a shift of the mean and optionally its own variance. */
  types?: ReadonlyArray<PriorType>;
}

/** One user type of a {@link PersonaPrior}. */
export interface PriorType {
  /** Share of the population (> 0; the shares are normalized). */
  weight: number;
  /** Shift of each dimension's mean from the prior's (missing = 0). */
  shift: Record<string, number>;
  /** The type's own variance, per dimension (missing dimensions keep the prior's) or one for all; the prior's by default. */
  variance?: Record<string, number> | number;
}

/** A prior as the estimator holds it: arrays over the space, plus one latent level per population factor. */
export interface CompiledPrior {
  /** Prior mean and variance per dimension. */
  priorMean: Float64Array;
  priorVariance: Float64Array;
  /** Loadings of each population factor over the dimensions. */
  loadings: Float64Array[];
  /** Dimensions plus one latent level per factor. */
  width: number;
  /** Prior mean and variance over the whole width (latent levels N(0, 1)). */
  latentPriorMean: Float64Array;
  latentPriorVariance: Float64Array;
  /** The types' shares, normalized: a fresh user's posterior over the types. */
  freshTypes(): Float64Array;
  /** The types, with a fresh posterior; undefined without types. */
  mixture: TypeMixture | undefined;
}

/**
 * Compiles a prior over a space of `size` dimensions, `dimensionIndex` mapping (or refusing
 * with a RangeError) dimension ids. Throws a RangeError for non-finite levels, non-positive
 * variances or type weights.
 */
export function compilePrior(
  prior: PersonaPrior | undefined,
  size: number,
  dimensionIndex: (id: string) => number,
): CompiledPrior {
  const priorMean = new Float64Array(size);
  const priorVariance = new Float64Array(size).fill(1);
  for (const [id, value] of Object.entries(prior?.mean ?? {})) priorMean[dimensionIndex(id)] = value;
  const variance = prior?.variance;
  if (typeof variance === 'number') priorVariance.fill(variance);
  else for (const [id, value] of Object.entries(variance ?? {})) priorVariance[dimensionIndex(id)] = value;
  if (![...priorMean, ...priorVariance].every(Number.isFinite) || priorVariance.some((v) => v <= 0)) {
    throw new RangeError('createPersona: prior means must be finite and variances positive');
  }
  const loadings = (prior?.factors ?? []).map((factor) => {
    const row = new Float64Array(size);
    for (const [id, value] of Object.entries(factor.loadings)) row[dimensionIndex(id)] = value;
    if (!row.every(Number.isFinite)) throw new RangeError('createPersona: factor loadings must be finite');
    return row;
  });
  const typeWeights = (prior?.types ?? []).map((type) => type.weight);
  if (!typeWeights.every((w) => Number.isFinite(w) && w > 0))
    throw new RangeError('createPersona: type weights must be finite and positive');
  const typeTotal = typeWeights.reduce((sum, w) => sum + w, 0);
  const width = size + loadings.length;
  const latentPriorMean = new Float64Array(width);
  latentPriorMean.set(priorMean);
  const latentPriorVariance = new Float64Array(width).fill(1);
  latentPriorVariance.set(priorVariance);
  const types = (prior?.types ?? []).map((type) => {
    const shift = new Float64Array(width);
    for (const [id, value] of Object.entries(type.shift)) shift[dimensionIndex(id)] = value;
    if (!shift.every(Number.isFinite)) throw new RangeError('createPersona: type shifts must be finite');
    if (type.variance === undefined) return { shift, variance: undefined };
    const own = priorVariance.slice();
    if (typeof type.variance === 'number') own.fill(type.variance);
    else for (const [id, value] of Object.entries(type.variance)) own[dimensionIndex(id)] = value;
    if (!own.every((v) => Number.isFinite(v) && v > 0))
      throw new RangeError('createPersona: type variances must be finite and positive');
    return { shift, variance: own };
  });
  const freshTypes = () => Float64Array.from(typeWeights, (w) => w / typeTotal);
  return {
    priorMean,
    priorVariance,
    loadings,
    width,
    latentPriorMean,
    latentPriorVariance,
    freshTypes,
    mixture:
      types.length > 0
        ? createTypeMixture(types, latentPriorMean, latentPriorVariance, freshTypes())
        : undefined,
  };
}
