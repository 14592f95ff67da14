import {
  type HeldOutScores,
  heldOutScores,
  joinScores,
  notWorseAtAnyShot,
} from '../../persona/held-out-likelihood';
import { fitMixturePriorFromRows, type MixturePriorOptions } from '../../persona/mixture-prior';
import type { PersonaPrior } from '../../persona/persona';
import type { PriorValidation } from '../stores/population-store';

/** Share of the users (the newest) the gate holds out. */
const HELD_OUT_SHARE = 0.2;
/** Most users the gate holds out. */
const MAX_HELD_OUT = 2_000;
/** Most earlier users the gate's fits use (evenly thinned beyond). */
const MAX_EARLIER = 8_000;

/** What the gate decided: serve the new prior, keep the one served now, or withdraw it (serve the cold start). */
export type GateVerdict = 'served' | 'kept' | 'withdrawn';

/** The gate's decision, why, and the scores behind it. */
export interface GateDecision {
  verdict: GateVerdict;
  reason: string;
  heldOutUsers: number;
  accuracy: PriorValidation['accuracy'];
}

const pooled = (scores: HeldOutScores) =>
  scores.hits.reduce((sum, hits) => sum + hits, 0) /
  Math.max(
    1,
    scores.counts.reduce((s, n) => s + n, 0),
  );
const perShot = (scores: HeldOutScores) =>
  scores.hits.map((hits, shots) => hits / (scores.counts[shots] as number));
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * The fitting job's gate: holds out the newest users (20 %, at most 2,000, at least one),
 * fits a prior the way the job does from the others only, and scores it, the cold start and
 * the prior served now on the held-out users (each comparison predicted from the user's
 * earlier ones; each half of them by a prior fitted on the earlier users and the other half).
 * The new prior is served only if it predicts at least as many of their comparisons right as
 * the cold start overall, is not worse at any shot count by more than one standard error
 * (few users have given many signals), and predicts overall at least as well as the prior
 * served now; otherwise the prior served now is kept when it passes the same test against the cold
 * start, and withdrawn (the cold start served) when it does not. So a population that has
 * changed (users of a new kind arriving) never gets a prior that would have hurt its newest
 * users. `usersByArrival` is every user's comparisons, oldest arrival first.
 */
export function judgeNewPrior(
  usersByArrival: readonly Float64Array[][],
  ids: readonly string[],
  options: MixturePriorOptions,
  served: PersonaPrior | undefined,
): GateDecision {
  const noise = options.noise ?? 1;
  const heldOutUsers = Math.max(
    1,
    Math.min(MAX_HELD_OUT, Math.round(usersByArrival.length * HELD_OUT_SHARE), usersByArrival.length - 1),
  );
  const cut = usersByArrival.length - heldOutUsers;
  // Earlier users, thinned evenly to at most MAX_EARLIER so that the gate's fits stay cheap.
  const step = Math.max(1, cut / MAX_EARLIER);
  const earlier = Array.from(
    { length: Math.min(cut, MAX_EARLIER) },
    (_, i) => usersByArrival[Math.floor(i * step)],
  ) as Float64Array[][];
  const newest = usersByArrival.slice(cut);
  const halves = [newest.filter((_, i) => i % 2 === 0), newest.filter((_, i) => i % 2 === 1)];
  // Each half of the newest users is scored by a prior fitted on the earlier users and the other half.
  const scored = halves.map((half, h) =>
    heldOutScores(
      half,
      ids,
      fitMixturePriorFromRows([...earlier, ...(halves[1 - h] ?? [])], ids, options).prior,
      noise,
    ),
  );
  const newestInHalves = [...(halves[0] ?? []), ...(halves[1] ?? [])];
  const fitted = joinScores(scored[0] as HeldOutScores, scored[1] as HeldOutScores);
  const coldStart = heldOutScores(newestInHalves, ids, {}, noise);
  let previous: HeldOutScores | undefined;
  try {
    previous = served ? heldOutScores(newestInHalves, ids, served, noise) : undefined;
  } catch {
    // A served prior over other dimensions (the space changed) cannot be scored: it is judged to fail.
    previous = { logLikelihoods: new Float64Array(0), hits: [], counts: [], outcomes: [] };
  }
  const accuracy = {
    fitted: perShot(fitted),
    coldStart: perShot(coldStart),
    ...(previous && { previous: perShot(previous) }),
  };
  const decide = (verdict: GateVerdict, reason: string): GateDecision => ({
    verdict,
    reason,
    heldOutUsers,
    accuracy,
  });
  /** Not worse than the cold start: overall, and at no shot count by more than one standard error (few users see many shots). */
  const passes = (scores: HeldOutScores) =>
    scores.counts.length > 0 &&
    pooled(scores) >= pooled(coldStart) &&
    notWorseAtAnyShot(scores, coldStart, 1);
  const previousPasses = previous !== undefined && passes(previous);
  if (passes(fitted)) {
    if (!previous || !previousPasses || pooled(fitted) >= pooled(previous))
      return decide(
        'served',
        `A prior fitted without the ${heldOutUsers} newest users predicted them at least as well as the cold start${previous ? ' and the prior served before' : ''} (${percent(pooled(fitted))} against ${percent(pooled(coldStart))}${previous ? ` and ${percent(pooled(previous))}` : ''}).`,
      );
    return decide(
      'kept',
      `The prior served now predicted the ${heldOutUsers} newest users better (${percent(pooled(previous))}) than a prior fitted without them (${percent(pooled(fitted))}).`,
    );
  }
  const why = `A prior fitted without the ${heldOutUsers} newest users predicted them worse than the cold start (${percent(pooled(fitted))} against ${percent(pooled(coldStart))} overall; per shot count ${accuracy.fitted.map(percent).join(' / ')} against ${accuracy.coldStart.map(percent).join(' / ')})`;
  if (previousPasses) return decide('kept', `${why}; the prior served now did not, so it stays.`);
  return decide(
    previous ? 'withdrawn' : 'kept',
    previous
      ? `${why}, and so did the prior served now: the cold start is served.`
      : `${why}: no prior is served.`,
  );
}
