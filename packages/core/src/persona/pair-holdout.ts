/**
 * Digits kept of each feature difference when rows are compared: rows equal to this precision
 * are one pair (the same two replies, or replies the features cannot tell apart).
 */
const PAIR_KEY_SCALE = 1e4;

/**
 * The identity of the pair a feature-difference row compares: its non-zero differences,
 * rounded, with the sign of the first one made positive, so that A over B and B over A are the
 * same pair. Only the numbers the fit sees are read, never text.
 */
export function pairKey(row: Float64Array): string {
  const parts: string[] = [];
  let sign = 0;
  for (let d = 0; d < row.length; d += 1) {
    const rounded = Math.round((row[d] as number) * PAIR_KEY_SCALE);
    if (rounded === 0) continue;
    if (sign === 0) sign = rounded > 0 ? 1 : -1;
    parts.push(`${d}:${rounded * sign}`);
  }
  return parts.join(',');
}

/** One direction of a pair-honest split: fit on `training`, score `held` on the `counted` rows only. */
export interface PairHonestFold {
  /** The other half's users, without their rows of the pairs this direction scores (users left with none dropped). */
  training: Float64Array[][];
  /** This half's users that have at least one counted row; every row of theirs is still a shot. */
  held: Float64Array[][];
  /** Per held user and row, whether the row's prediction is scored: its pair is not in `training`. */
  counted: boolean[][];
}

/**
 * A 2-fold split by user (each half fitted on the other) in which no scored comparison's pair
 * was seen in fitting. Pairs both halves answered are dealt to the two halves alternately, the
 * most answered first: the fit that scores a half leaves the rows of that half's pairs out of
 * its training half and scores them; the other fit trains on them and does not score them
 * (the held users still learn from them as shots). A pair one half alone answered is scored
 * there as before. So a population that reuses pairs cannot reward a prior for remembering
 * them, and one that never reuses a pair gets the plain split by user.
 */
export function pairHonestSplit(
  halves: readonly [readonly Float64Array[][], readonly Float64Array[][]],
): [PairHonestFold, PairHonestFold] {
  const keys = halves.map((half) => half.map((own) => own.map(pairKey)));
  const answered = keys.map((half) => {
    const count = new Map<string, number>();
    for (const own of half) for (const key of own) count.set(key, (count.get(key) ?? 0) + 1);
    return count;
  }) as [Map<string, number>, Map<string, number>];
  const shared = [...answered[0].keys()]
    .filter((key) => answered[1].has(key))
    .map((key, order) => ({ key, order, rows: (answered[0].get(key) ?? 0) + (answered[1].get(key) ?? 0) }))
    .sort((a, b) => b.rows - a.rows || a.order - b.order);
  /** The half in which each shared pair is scored. */
  const scoredIn = new Map(shared.map(({ key }, i) => [key, i % 2]));
  const fold = (h: number): PairHonestFold => {
    const other = 1 - h;
    const counted = (keys[h] as string[][]).map((own) =>
      own.map((key) => {
        const half = scoredIn.get(key);
        return half === undefined ? !answered[other]?.has(key) : half === h;
      }),
    );
    const keep = counted.map((own) => own.includes(true));
    return {
      training: (halves[other] as Float64Array[][])
        .map((own, u) => own.filter((_, i) => scoredIn.get(keys[other]?.[u]?.[i] as string) !== h))
        .filter((own) => own.length > 0),
      held: (halves[h] as Float64Array[][]).filter((_, u) => keep[u]),
      counted: counted.filter((_, u) => keep[u]),
    };
  };
  return [fold(0), fold(1)];
}
