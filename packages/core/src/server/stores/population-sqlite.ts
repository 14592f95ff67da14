import type Database from 'better-sqlite3';
import {
  encodeFeatureRows,
  encodePrior,
  featureRetentionDeletes,
  groupFeatureRows,
  POPULATION_SQL,
  type PriorRow,
  toStoredPrior,
} from './population-rows';
import type { PopulationStore } from './population-store';
import type { StorePolicy } from './store-policy';

/** The population part of the SQLite store, over its open database (migrated to schema 4). */
export function createSqlitePopulation(
  db: Database.Database,
  policy: StorePolicy,
  assertOpen: () => void,
): PopulationStore & { forgetUser(userId: string): number; enforceRetention(): number } {
  const insertFeatures = db.prepare(POPULATION_SQL.insertFeatures);
  const selectFeatures = db.prepare<
    [],
    { user_id: string; at: number; source: number | null; features: string }
  >(POPULATION_SQL.selectFeatures);
  const deleteFeatures = db.prepare(POPULATION_SQL.deleteFeatures);
  const insertPrior = db.prepare<[number, number, number, string], { version: number }>(
    POPULATION_SQL.insertPrior,
  );
  const selectCurrentPrior = db.prepare<[], PriorRow>(POPULATION_SQL.selectCurrentPrior);
  const countUsersSince = db.prepare<[number], { users: number }>(POPULATION_SQL.countUsersSince);
  const selectLastFitRun = db.prepare<[], { mark: number }>(POPULATION_SQL.selectLastFitRun);
  const insertFirstFitRun = db.prepare(POPULATION_SQL.insertFirstFitRun);
  const updateFitRun = db.prepare(POPULATION_SQL.updateFitRun);
  const retention = {
    deleteFeaturesBefore: db.prepare(POPULATION_SQL.deleteFeaturesBefore),
    deleteUserFeaturesBeyondCount: db.prepare(POPULATION_SQL.deleteUserFeaturesBeyondCount),
    deleteFeaturesBeyondCount: db.prepare(POPULATION_SQL.deleteFeaturesBeyondCount),
  };
  /** Runs the feature retention deletes (for one user, or for all); returns rows deleted. */
  const enforce = (userId?: string): number => {
    let removed = 0;
    for (const { statement, params } of featureRetentionDeletes(policy, userId))
      removed += retention[statement].run(...params).changes;
    return removed;
  };
  const append = db.transaction((userId: string, rows: ReturnType<typeof encodeFeatureRows>) => {
    for (const row of rows) insertFeatures.run(userId, row.at, row.source, row.text);
    enforce(userId);
  });
  return {
    async appendComparisonFeatures(userId, rows) {
      assertOpen();
      policy.checkUserId(userId);
      append.immediate(userId, encodeFeatureRows(rows));
    },
    async comparisonFeatures() {
      assertOpen();
      return groupFeatureRows(selectFeatures.iterate());
    },
    async savePrior(prior) {
      assertOpen();
      const body = encodePrior(prior);
      const fittedAt = policy.now();
      const written = insertPrior.get(fittedAt, prior.users, prior.types, body);
      return toStoredPrior({
        version: written?.version ?? 1,
        fitted_at: fittedAt,
        users: prior.users,
        types: prior.types,
        body,
      });
    },
    async currentPrior() {
      assertOpen();
      const row = selectCurrentPrior.get();
      return row === undefined ? null : toStoredPrior(row);
    },
    async lastFitRun() {
      assertOpen();
      return selectLastFitRun.get()?.mark ?? null;
    },
    async usersComparedSince(mark) {
      assertOpen();
      return countUsersSince.get(mark ?? 0)?.users ?? 0;
    },
    async claimFitRun(previous) {
      assertOpen();
      const claimed = previous === null ? insertFirstFitRun.run() : updateFitRun.run(previous);
      return claimed.changes === 1;
    },
    forgetUser: (userId) => deleteFeatures.run(userId).changes,
    enforceRetention: () => enforce(),
  };
}
