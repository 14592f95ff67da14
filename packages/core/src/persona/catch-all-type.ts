import { heldOutLogLikelihoods } from './held-out-likelihood';
import type { PersonaPrior, PriorType } from './persona-prior';

/**
 * Smallest share the catch-all type keeps, however well the fitted types explain the users
 * that fitted them: the insurance for users unlike any of them (0.05, 0.1 and 0.2 were
 * compared on the dev file and both synthetic files; 0.2 was best or equal on each).
 */
const CATCH_ALL_MIN_WEIGHT = 0.2;
/** The catch-all type's variance per dimension: the cold start's. */
const CATCH_ALL_VARIANCE = 1;

/**
 * Adds the catch-all type to a fitted prior: a broad type whose mean is the cold start's (0:
 * its shift cancels the prior mean) and whose variance is the cold start's, so a user whose
 * choices disagree with every fitted type moves to it within a few signals and is then
 * estimated as with no prior. Its share is fitted by EM over the users (how much better the
 * cold start predicts each user's comparisons, each from the ones before, than the fitted
 * types), at least {@link CATCH_ALL_MIN_WEIGHT}. A single Gaussian becomes a type of its own.
 */
export function withCatchAll(
  prior: PersonaPrior,
  userRows: readonly Float64Array[][],
  ids: readonly string[],
  noise: number,
): PersonaPrior {
  const fitted = heldOutLogLikelihoods(userRows, ids, prior, noise);
  const broad = heldOutLogLikelihoods(userRows, ids, { variance: CATCH_ALL_VARIANCE }, noise);
  let weight = 0.5;
  for (let iteration = 0; iteration < 50; iteration += 1) {
    let sum = 0;
    fitted.forEach((own, u) => {
      const gap = (broad[u] as number) - own;
      sum += 1 / (1 + ((1 - weight) / weight) * Math.exp(-gap));
    });
    const next = Math.max(CATCH_ALL_MIN_WEIGHT, sum / Math.max(1, fitted.length));
    const change = Math.abs(next - weight);
    weight = next;
    if (change < 1e-4) break;
  }
  const types: PriorType[] = (prior.types ?? [{ weight: 1, shift: {} }]).map((type) => ({
    ...type,
    weight: type.weight * (1 - weight),
  }));
  const shift = Object.fromEntries(Object.entries(prior.mean ?? {}).map(([id, mean]) => [id, -mean]));
  return { ...prior, types: [...types, { weight, shift, variance: CATCH_ALL_VARIANCE }] };
}
