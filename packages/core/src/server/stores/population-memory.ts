import {
  encodeFeatureRows,
  encodePrior,
  groupFeatureRows,
  type PriorRow,
  toStoredPrior,
} from './population-rows';
import type { PopulationStore } from './population-store';
import type { StorePolicy } from './store-policy';

/** A stored feature row, as the SQL drivers' rows read back. */
interface FeatureRow {
  id: number;
  user_id: string;
  at: number;
  source: number | null;
  features: string;
}

/** The population part of the memory store, plus `forgetUser` for the store's `forget` and its retention. */
export function createMemoryPopulation(
  policy: StorePolicy,
  assertOpen: () => void,
): PopulationStore & { forgetUser(userId: string): number; enforceRetention(): number; clear(): void } {
  /** Each user's rows in the order received (ids rise), as the SQL tables hold them. */
  const features = new Map<string, FeatureRow[]>();
  const priors: PriorRow[] = [];
  let nextId = 1;
  let lastFitRun: number | null = null;
  /** Keeps one user's rows within retention (the newest `maxCount`, none before `cutoff`); returns rows deleted. */
  const enforceFor = (userId: string, cutoff: number): number => {
    const list = features.get(userId) ?? [];
    const kept = list.filter((row) => row.at >= cutoff).slice(-policy.retention.maxCount);
    if (kept.length === 0) features.delete(userId);
    else features.set(userId, kept);
    return list.length - kept.length;
  };
  return {
    async appendComparisonFeatures(userId, rows) {
      assertOpen();
      policy.checkUserId(userId);
      const list = features.get(userId) ?? [];
      for (const row of encodeFeatureRows(rows))
        list.push({ id: nextId++, user_id: userId, at: row.at, source: row.source, features: row.text });
      if (list.length > 0) features.set(userId, list);
      enforceFor(userId, Number.NEGATIVE_INFINITY);
    },
    async comparisonFeatures() {
      assertOpen();
      const sorted = [...features.keys()]
        .sort()
        .flatMap((userId) => (features.get(userId) ?? []).slice().sort((a, b) => a.at - b.at || a.id - b.id));
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
    async lastFitRun() {
      assertOpen();
      return lastFitRun;
    },
    async usersComparedSince(mark) {
      assertOpen();
      // Ids rise in the order rows are stored, so each user's newest row is its last: one look per user.
      let users = 0;
      for (const list of features.values()) if ((list.at(-1)?.id ?? 0) > (mark ?? 0)) users += 1;
      return users;
    },
    async claimFitRun(previous) {
      assertOpen();
      if (lastFitRun !== previous) return false;
      lastFitRun = nextId - 1;
      return true;
    },
    forgetUser(userId) {
      const rows = features.get(userId)?.length ?? 0;
      features.delete(userId);
      return rows;
    },
    enforceRetention() {
      const cutoff = Number.isFinite(policy.retention.maxAgeMs)
        ? policy.ageCutoff()
        : Number.NEGATIVE_INFINITY;
      let removed = 0;
      for (const userId of [...features.keys()]) removed += enforceFor(userId, cutoff);
      return removed;
    },
    clear() {
      features.clear();
      priors.length = 0;
      lastFitRun = null;
    },
  };
}
