import {
  encodeFeatureRows,
  encodePrior,
  groupFeatureRows,
  type PriorRow,
  toStoredPrior,
} from './population-rows';
import type { PopulationStore } from './population-store';
import type { StorePolicy } from './store-policy';

/** The population part of the memory store, plus `forgetUser` for the store's `forget`. */
export function createMemoryPopulation(
  policy: StorePolicy,
  assertOpen: () => void,
): PopulationStore & { forgetUser(userId: string): void; enforceRetention(): number; clear(): void } {
  let features: Array<{ id: number; user_id: string; at: number; source: number | null; features: string }> =
    [];
  const priors: PriorRow[] = [];
  let nextId = 1;
  /** Keeps the rows within retention, as the SQL drivers' deletes do (for one user, or for all); returns rows deleted. */
  const enforce = (userId?: string): number => {
    const { maxAgeMs, maxCount } = policy.retention;
    const cutoff =
      userId === undefined && Number.isFinite(maxAgeMs) ? policy.ageCutoff() : Number.NEGATIVE_INFINITY;
    const kept = new Map<string, number>();
    const before = features.length;
    // Newest received first: each user's ring keeps its `maxCount` most recent rows.
    features = features
      .slice()
      .reverse()
      .filter((row) => {
        if (userId !== undefined && row.user_id !== userId) return true;
        const count = kept.get(row.user_id) ?? 0;
        if (row.at < cutoff || count >= maxCount) return false;
        kept.set(row.user_id, count + 1);
        return true;
      })
      .reverse();
    return before - features.length;
  };
  return {
    async appendComparisonFeatures(userId, rows) {
      assertOpen();
      policy.checkUserId(userId);
      for (const row of encodeFeatureRows(rows))
        features.push({ id: nextId++, user_id: userId, at: row.at, source: row.source, features: row.text });
      enforce(userId);
    },
    async comparisonFeatures() {
      assertOpen();
      const sorted = features
        .slice()
        .sort((a, b) =>
          a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : a.at - b.at || a.id - b.id,
        );
      return groupFeatureRows(sorted);
    },
    async savePrior(prior) {
      assertOpen();
      const row: PriorRow = {
        version: priors.length + 1,
        fitted_at: policy.now(),
        users: prior.users,
        types: prior.types,
        body: encodePrior(prior),
      };
      priors.push(row);
      return toStoredPrior(row);
    },
    async currentPrior() {
      assertOpen();
      const row = priors.at(-1);
      return row === undefined ? null : toStoredPrior(row);
    },
    forgetUser(userId) {
      for (let i = features.length - 1; i >= 0; i -= 1)
        if (features[i]?.user_id === userId) features.splice(i, 1);
    },
    enforceRetention: () => enforce(),
    clear() {
      features.length = 0;
      priors.length = 0;
    },
  };
}
