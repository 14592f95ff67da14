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
): PopulationStore & { forgetUser(userId: string): void; clear(): void } {
  const features: Array<{ id: number; user_id: string; at: number; features: string }> = [];
  const priors: PriorRow[] = [];
  let nextId = 1;
  return {
    async appendComparisonFeatures(userId, rows) {
      assertOpen();
      policy.checkUserId(userId);
      for (const row of encodeFeatureRows(rows))
        features.push({ id: nextId++, user_id: userId, at: row.at, features: row.text });
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
    clear() {
      features.length = 0;
      priors.length = 0;
    },
  };
}
