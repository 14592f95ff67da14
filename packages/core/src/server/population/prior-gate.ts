import {
  type HeldOutScores,
  heldOutScores,
  joinScores,
  notWorseAtAnyShot,
} from '../../persona/held-out-likelihood';
import { fitMixturePriorFromRows, type MixturePriorOptions } from '../../persona/mixture-prior';
import { pairHonestSplit, pairKey } from '../../persona/pair-holdout';
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

/**
 * Newest users every prior must also predict on their own (see {@link judgeNewPrior}): `users`
 * of them, who arrived `when` (in the gate's reasons, e.g. "after the prior served now was fitted").
 */
export interface NewestGroup {
  users: number;
  when: string;
}

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
/** Accuracy per shot count; `null` where no comparison at that shot count was scored. */
const perShot = (scores: HeldOutScores) =>
  scores.hits.map((hits, shots) => {
    const count = scores.counts[shots] as number;
    return count > 0 ? hits / count : null;
  });
const percent = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);

/** The scores with every shot count pooled into one (the outcomes in shot order), for a test over all of them. */
const allShotsPooled = (scores: HeldOutScores): HeldOutScores => ({
  ...scores,
  outcomes: [scores.outcomes.flat()],
});

/** The earlier users without their rows of the given pairs (users left with none dropped). */
const withoutPairs = (users: readonly Float64Array[][], pairs: ReadonlySet<string>): Float64Array[][] =>
  users.map((own) => own.filter((row) => !pairs.has(pairKey(row)))).filter((own) => own.length > 0);

/**
 * The fitting job's gate: holds out the newest users (20 %, at most 2,000, at least one),
 * fits a prior the way the job does from the others only, and scores it, the cold start and
 * the prior served now on the held-out users (each comparison predicted from the user's
 * earlier ones; each half of them by a prior fitted on the earlier users and the other half).
 * Only comparisons whose pair (see `pairKey`) the scoring fit never saw are scored: pairs both
 * halves answered are dealt to the halves as in the choice of K (`pairHonestSplit`), and each
 * fit leaves out the earlier users' rows of the pairs it scores; every row is still a shot.
 * So a population that reuses pairs cannot pass a prior that merely remembers their answers.
 * The new prior is served only if it predicts at least as many of the scored comparisons
 * right as the cold start overall, is not worse at any shot count by more than one standard
 * error (few users have given many signals), and predicts overall at least as well as the
 * prior served now; otherwise the prior served now is kept when it passes the same test
 * against the cold start, and withdrawn (the cold start served) when it does not. When a prior
 * is served, each of `groups` (the newest users who arrived after it was fitted, and since the
 * job's last run) is always among the held-out users, and each prior must also predict each
 * group on its own, all shot counts pooled, no worse than the cold start by more than one
 * standard error: users of a new kind are not outvoted by the others, and a served prior that
 * fails them is replaced (or withdrawn) at the next run. So a population that has changed
 * never gets a prior that would have hurt its newest users. `usersByArrival` is every user's
 * comparisons, oldest arrival first.
 */
export function judgeNewPrior(
  usersByArrival: readonly Float64Array[][],
  ids: readonly string[],
  options: MixturePriorOptions,
  served: PersonaPrior | undefined,
  groups: readonly NewestGroup[] = [],
): GateDecision {
  const noise = options.noise ?? 1;
  const apart = (served ? groups : [])
    .map((group) => ({
      ...group,
      users: Math.max(0, Math.min(group.users, MAX_HELD_OUT, usersByArrival.length - 1)),
    }))
    // A group of the same users as one before it is judged once.
    .filter(
      (group, g, all) => group.users > 0 && all.findIndex((other) => other.users === group.users) === g,
    );
  const heldOutUsers = Math.max(
    1,
    ...apart.map((group) => group.users),
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
  const folds = pairHonestSplit([newest.filter((_, i) => i % 2 === 0), newest.filter((_, i) => i % 2 === 1)]);
  // Each half is scored by a prior fitted on the earlier users and the other half, none of
  // them with a row of the pairs it scores.
  const training = folds.map((fold) => {
    const scoredPairs = new Set(
      fold.held.flatMap((own, u) => own.filter((_, i) => fold.counted[u]?.[i]).map(pairKey)),
    );
    return [...withoutPairs(earlier, scoredPairs), ...fold.training];
  });
  const decide = (
    verdict: GateVerdict,
    reason: string,
    accuracy: GateDecision['accuracy'],
  ): GateDecision => ({
    verdict,
    reason,
    heldOutUsers,
    accuracy,
  });
  if (training.some((users) => users.length === 0))
    return decide(
      'kept',
      `The ${heldOutUsers} newest users compared only pairs the other users answered too, so no prior fitted without those pairs could be judged on them: nothing changes.`,
      { fitted: [], coldStart: [] },
    );
  const candidates = training.map((users) => fitMixturePriorFromRows(users, ids, options).prior);
  /** Scores of the held-out users `keep` selects, each half's by `priorOf(half)`, on the scored rows only. */
  const scoresOf = (priorOf: (half: number) => PersonaPrior, keep: (own: Float64Array[]) => boolean) =>
    folds
      .map((fold, h) => {
        const users = fold.held.flatMap((own, u) =>
          keep(own) ? [{ own, counted: fold.counted[u] ?? [] }] : [],
        );
        return heldOutScores(
          users.map((user) => user.own),
          ids,
          priorOf(h),
          noise,
          users.map((user) => user.counted),
        );
      })
      .reduce(joinScores);
  const candidate = (h: number) => candidates[h] as PersonaPrior;
  const everyone = () => true;
  const fitted = scoresOf(candidate, everyone);
  const coldStart = scoresOf(() => ({}), everyone);
  // Each group of the newest users on its own: the new prior's, the cold start's and the served prior's scores.
  const judgedApart = apart.map((group) => {
    const members = new Set(newest.slice(newest.length - group.users));
    const isMember = (own: Float64Array[]) => members.has(own);
    return {
      ...group,
      fitted: scoresOf(candidate, isMember),
      coldStart: scoresOf(() => ({}), isMember),
      isMember,
    };
  });
  let previous: HeldOutScores | undefined;
  let previousApart: (HeldOutScores | undefined)[] = [];
  try {
    previous = served ? scoresOf(() => served, everyone) : undefined;
    previousApart = judgedApart.map((group) => (served ? scoresOf(() => served, group.isMember) : undefined));
  } catch {
    // A served prior over other dimensions (the space changed) cannot be scored: it is judged to fail.
    previous = { logLikelihoods: new Float64Array(0), hits: [], counts: [], outcomes: [] };
  }
  const accuracy = {
    fitted: perShot(fitted),
    coldStart: perShot(coldStart),
    ...(previous && { previous: perShot(previous) }),
  };
  /** Not worse than the cold start: overall, and at no shot count by more than one standard error (few users see many shots). */
  const passes = (scores: HeldOutScores) =>
    scores.counts.length > 0 &&
    pooled(scores) >= pooled(coldStart) &&
    notWorseAtAnyShot(scores, coldStart, 1);
  /** The first group on which `scoresOf(group index)` is worse than the cold start by more than one standard error, all shot counts pooled. */
  const failedGroup = (scoresOf: (g: number) => HeldOutScores | undefined) =>
    judgedApart.find((group, g) => {
      const scores = scoresOf(g);
      return (
        scores === undefined || !notWorseAtAnyShot(allShotsPooled(scores), allShotsPooled(group.coldStart), 1)
      );
    });
  const previousPassesAll = previous !== undefined && passes(previous);
  const previousFailed = previousPassesAll ? failedGroup((g) => previousApart[g]) : undefined;
  const previousPasses = previousPassesAll && !previousFailed;
  const fittedFailed = failedGroup((g) => judgedApart[g]?.fitted);
  if (passes(fitted) && !fittedFailed) {
    if (!previous || !previousPasses || pooled(fitted) >= pooled(previous)) {
      const against = previousPasses && previous ? ` and ${percent(pooled(previous))}` : '';
      const previousScores = previousFailed && previousApart[judgedApart.indexOf(previousFailed)];
      const failedThem =
        previousFailed && previousScores
          ? `; the prior served before predicted the ${previousFailed.users} who arrived ${previousFailed.when} worse than the cold start (${percent(pooled(previousScores))} against ${percent(pooled(previousFailed.coldStart))})`
          : '';
      return decide(
        'served',
        `A prior fitted without the ${heldOutUsers} newest users predicted them at least as well as the cold start${previousPasses ? ' and the prior served before' : ''} (${percent(pooled(fitted))} against ${percent(pooled(coldStart))}${against})${failedThem}.`,
        accuracy,
      );
    }
    return decide(
      'kept',
      `The prior served now predicted the ${heldOutUsers} newest users better (${percent(pooled(previous))}) than a prior fitted without them (${percent(pooled(fitted))}).`,
      accuracy,
    );
  }
  const groupFigures = judgedApart
    .map((group, g) => {
      const before = previousApart[g];
      return `; the ${group.users} who arrived ${group.when}: ${percent(pooled(group.fitted))}${before ? `, the prior served now ${percent(pooled(before))}` : ''}, the cold start ${percent(pooled(group.coldStart))}`;
    })
    .join('');
  const why = `A prior fitted without the ${heldOutUsers} newest users predicted them worse than the cold start (${percent(pooled(fitted))} against ${percent(pooled(coldStart))} overall; per shot count ${accuracy.fitted.map(percent).join(' / ')} against ${accuracy.coldStart.map(percent).join(' / ')}${groupFigures})`;
  if (previousPasses) return decide('kept', `${why}; the prior served now did not, so it stays.`, accuracy);
  return decide(
    previous ? 'withdrawn' : 'kept',
    previous
      ? `${why}, and so did the prior served now: the cold start is served.`
      : `${why}: no prior is served.`,
    accuracy,
  );
}
