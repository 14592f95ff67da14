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

/**
 * The prior served now, for the gate: the prior, and how many users its fit used (the earliest
 * by arrival; 0 for a withdrawn prior, the cold start, which saw nothing).
 */
export interface ServedPrior {
  prior: PersonaPrior;
  users: number;
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
/** Whether any comparison was scored. */
const scored = (scores: HeldOutScores) => scores.counts.some((count) => count > 0);
/** The pooled accuracy as text, "–" when nothing was scored. */
const pooledPercent = (scores: HeldOutScores) => percent(scored(scores) ? pooled(scores) : null);

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
 *
 * The prior served now is scored as honestly as the data allow: on the comparisons whose pair
 * its own fit never saw either (the pairs of the earliest `served.users` users, as far as the
 * store still holds them: their rows now include every row it was fitted on, so no seen pair
 * slips through), and every test that sets it against the cold start or the new prior compares
 * them on those same comparisons. When its fit saw every pair the newest users compared (a site
 * whose users all answer the same few pairs), no comparison is honest by pair; it is then
 * scored on the users it never saw (those who arrived after its fit: by user, as the gate
 * judged before pairs were counted), so that the prior served is not replaced at every run by
 * a new one that is no better. A served prior that saw every pair and every newest user cannot
 * be scored: it is not kept over a new prior that fails, and is replaced by one that passes.
 * Before, it was scored on all the newest users' comparisons, many of which (pairs, and users
 * who arrived before its fit) it was fitted on, so it looked better than it was.
 */
export function judgeNewPrior(
  usersByArrival: readonly Float64Array[][],
  ids: readonly string[],
  options: MixturePriorOptions,
  served: ServedPrior | undefined,
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
  // The pairs the served prior's fit saw, among those the newest users compared.
  const newestPairs = new Set(newest.flatMap((own) => own.map(pairKey)));
  const servedSaw = new Set(
    usersByArrival
      .slice(0, served?.users ?? 0)
      .flatMap((own) => own.map(pairKey).filter((key) => newestPairs.has(key))),
  );
  /**
   * Scores of the held-out users `keep` selects, each half's by `priorOf(half)`, on the scored
   * rows only (with `also`, only those it accepts too).
   */
  const scoresOf = (
    priorOf: (half: number) => PersonaPrior,
    keep: (own: Float64Array[]) => boolean,
    also?: (own: Float64Array[], row: number) => boolean,
  ) =>
    folds
      .map((fold, h) => {
        const users = fold.held.flatMap((own, u) =>
          keep(own)
            ? [
                {
                  own,
                  counted: (fold.counted[u] ?? []).map((counted, i) => counted && (also?.(own, i) ?? true)),
                },
              ]
            : [],
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
  const coldPrior = () => ({});
  const everyone = () => true;
  const fitted = scoresOf(candidate, everyone);
  const coldStart = scoresOf(coldPrior, everyone);
  // What the served prior is scored on: comparisons whose pair its fit never saw; when it saw
  // every pair they compared, only the users it never saw (those who arrived after its fit).
  const byPair = (own: Float64Array[], row: number) => !servedSaw.has(pairKey(own[row] as Float64Array));
  const unseenUsers = new Set(newest.filter((_, i) => cut + i >= (served?.users ?? 0)));
  const byUser = (own: Float64Array[]) => unseenUsers.has(own);
  const servedJudgedByUser = served !== undefined && !scored(scoresOf(coldPrior, everyone, byPair));
  const servedScoredOn = servedJudgedByUser ? byUser : byPair;
  /** What the served prior's scores are on, for the reasons. */
  const servedBasis = servedJudgedByUser
    ? 'the users the served prior never saw (its fit saw every pair the newest users compared)'
    : "the comparisons whose pair the served prior's fit never saw";
  // The new prior and the cold start on what the served prior is scored on.
  const matched = {
    fitted: scoresOf(candidate, everyone, servedScoredOn),
    coldStart: scoresOf(coldPrior, everyone, servedScoredOn),
  };
  // Each group of the newest users on its own: the new prior's and the cold start's scores (also matched to the served prior's).
  const judgedApart = apart.map((group) => {
    const members = new Set(newest.slice(newest.length - group.users));
    const isMember = (own: Float64Array[]) => members.has(own);
    return {
      ...group,
      fitted: scoresOf(candidate, isMember),
      coldStart: scoresOf(coldPrior, isMember),
      matchedColdStart: scoresOf(coldPrior, isMember, servedScoredOn),
      isMember,
    };
  });
  let previous: HeldOutScores | undefined;
  let previousApart: (HeldOutScores | undefined)[] = [];
  try {
    previous = served ? scoresOf(() => served.prior, everyone, servedScoredOn) : undefined;
    previousApart = judgedApart.map((group) =>
      served ? scoresOf(() => served.prior, group.isMember, servedScoredOn) : undefined,
    );
  } catch {
    // A served prior over other dimensions (the space changed) cannot be scored: it is judged to fail.
    previous = { logLikelihoods: new Float64Array(0), hits: [], counts: [], outcomes: [] };
  }
  const accuracy = {
    fitted: perShot(fitted),
    coldStart: perShot(coldStart),
    ...(previous && { previous: perShot(previous) }),
  };
  /** Not worse than `baseline` (the cold start on the same comparisons): overall, and at no shot count by more than one standard error (few users see many shots). */
  const passes = (scores: HeldOutScores, baseline: HeldOutScores) =>
    scored(scores) && pooled(scores) >= pooled(baseline) && notWorseAtAnyShot(scores, baseline, 1);
  /** The first group on which `scoresOf(group index)` is worse than `baselineOf` it by more than one standard error, all shot counts pooled. */
  const failedGroup = (
    scoresOf: (g: number) => HeldOutScores | undefined,
    baselineOf: (group: (typeof judgedApart)[number]) => HeldOutScores,
  ) =>
    judgedApart.find((group, g) => {
      const scores = scoresOf(g);
      return (
        scores === undefined ||
        !notWorseAtAnyShot(allShotsPooled(scores), allShotsPooled(baselineOf(group)), 1)
      );
    });
  const previousPassesAll = previous !== undefined && passes(previous, matched.coldStart);
  const previousFailed = previousPassesAll
    ? failedGroup(
        (g) => previousApart[g],
        (group) => group.matchedColdStart,
      )
    : undefined;
  const previousPasses = previousPassesAll && !previousFailed;
  const fittedFailed = failedGroup(
    (g) => judgedApart[g]?.fitted,
    (group) => group.coldStart,
  );
  if (passes(fitted, coldStart) && !fittedFailed) {
    if (!previous || !previousPasses || pooled(matched.fitted) >= pooled(previous)) {
      const against =
        previousPasses && previous
          ? `; on ${servedBasis}, ${pooledPercent(matched.fitted)} against ${pooledPercent(previous)}`
          : '';
      const previousScores = previousFailed && previousApart[judgedApart.indexOf(previousFailed)];
      const failedThem =
        previousFailed && previousScores
          ? `; the prior served before predicted the ${previousFailed.users} who arrived ${previousFailed.when} worse than the cold start (${pooledPercent(previousScores)} against ${pooledPercent(previousFailed.matchedColdStart)})`
          : previous && !scored(previous)
            ? '; the prior served before could not be scored: its fit saw every pair and every user among the newest'
            : '';
      return decide(
        'served',
        `A prior fitted without the ${heldOutUsers} newest users predicted them at least as well as the cold start${previousPasses ? ' and the prior served before' : ''} (${pooledPercent(fitted)} against ${pooledPercent(coldStart)}${against})${failedThem}.`,
        accuracy,
      );
    }
    return decide(
      'kept',
      `The prior served now predicted the ${heldOutUsers} newest users better (${pooledPercent(previous)}) than a prior fitted without them (${pooledPercent(matched.fitted)}), on ${servedBasis}.`,
      accuracy,
    );
  }
  const groupFigures = judgedApart
    .map((group, g) => {
      const before = previousApart[g];
      const served = before
        ? `, the prior served now ${pooledPercent(before)}${scored(before) ? ` (against the cold start's ${pooledPercent(group.matchedColdStart)} on ${servedBasis})` : ' (not scored: its fit saw every pair and user among them)'}`
        : '';
      return `; the ${group.users} who arrived ${group.when}: ${pooledPercent(group.fitted)}${served}, the cold start ${pooledPercent(group.coldStart)}`;
    })
    .join('');
  const why = `A prior fitted without the ${heldOutUsers} newest users predicted them worse than the cold start (${pooledPercent(fitted)} against ${pooledPercent(coldStart)} overall; per shot count ${accuracy.fitted.map(percent).join(' / ')} against ${accuracy.coldStart.map(percent).join(' / ')}${groupFigures})`;
  if (previousPasses) return decide('kept', `${why}; the prior served now did not, so it stays.`, accuracy);
  return decide(
    previous ? 'withdrawn' : 'kept',
    previous
      ? `${why}, and so did the prior served now: the cold start is served.`
      : `${why}: no prior is served.`,
    accuracy,
  );
}
