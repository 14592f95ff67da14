import type pg from 'pg';
import { inTransaction } from './open-postgres-pool';
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
import { toPostgresPlaceholders } from './sql-statements';
import type { StorePolicy } from './store-policy';

const Q = Object.fromEntries(
  Object.entries(POPULATION_SQL).map(([name, sql]) => [name, toPostgresPlaceholders(sql)]),
) as { [Name in keyof typeof POPULATION_SQL]: string };

/** The first key of the advisory lock that serialises saving priors (ASCII "attn"), and its second key. */
const PRIOR_LOCK = [0x6174746e, 1] as const;

/** The population part of the PostgreSQL store, over its pool (migrated to schema 4). */
export function createPostgresPopulation(
  pool: pg.Pool,
  policy: StorePolicy,
  assertOpen: () => void,
): PopulationStore & {
  forgetUser(client: pg.PoolClient, userId: string): Promise<number>;
  enforceRetention(client: pg.PoolClient): Promise<number>;
} {
  /** Runs the feature retention deletes (for one user, or for all); returns rows deleted. */
  const enforce = async (client: pg.PoolClient, userId?: string): Promise<number> => {
    let removed = 0;
    for (const { statement, params } of featureRetentionDeletes(policy, userId))
      removed += (await client.query(Q[statement], params)).rowCount ?? 0;
    return removed;
  };
  return {
    async appendComparisonFeatures(userId, rows) {
      assertOpen();
      policy.checkUserId(userId);
      const encoded = encodeFeatureRows(rows);
      if (encoded.length === 0) return;
      const values = encoded.map(
        (_, row) => `($${row * 4 + 1}, $${row * 4 + 2}, $${row * 4 + 3}, $${row * 4 + 4})`,
      );
      const prefix = Q.insertFeatures.slice(0, Q.insertFeatures.indexOf('VALUES') + 'VALUES'.length);
      await inTransaction(pool, async (client) => {
        await client.query(
          `${prefix} ${values.join(', ')}`,
          encoded.flatMap((row) => [userId, row.at, row.source, row.text]),
        );
        await enforce(client, userId);
      });
    },
    async comparisonFeatures() {
      assertOpen();
      const { rows } = await pool.query<{
        user_id: string;
        at: number;
        source: number | null;
        features: string;
      }>(Q.selectFeatures);
      return groupFeatureRows(rows);
    },
    async savePrior(prior) {
      assertOpen();
      const body = encodePrior(prior);
      const fittedAt = policy.now();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...PRIOR_LOCK]);
        const { rows } = await client.query<{ version: number }>(Q.insertPrior, [
          fittedAt,
          prior.users,
          prior.types,
          body,
        ]);
        await client.query('COMMIT');
        return toStoredPrior({
          version: rows[0]?.version ?? 1,
          fitted_at: fittedAt,
          users: prior.users,
          types: prior.types,
          body,
        });
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async currentPrior() {
      assertOpen();
      const { rows } = await pool.query<PriorRow>(Q.selectCurrentPrior);
      return rows[0] === undefined ? null : toStoredPrior(rows[0]);
    },
    async lastFitRun() {
      assertOpen();
      // BIGINT columns and counts come back as strings.
      const { rows } = await pool.query<{ mark: string }>(Q.selectLastFitRun);
      return rows[0] === undefined ? null : Number(rows[0].mark);
    },
    async usersComparedSince(mark) {
      assertOpen();
      const { rows } = await pool.query<{ users: string }>(Q.countUsersSince, [mark ?? 0]);
      return Number(rows[0]?.users ?? 0);
    },
    async claimFitRun(previous) {
      assertOpen();
      const claimed =
        previous === null
          ? await pool.query(Q.insertFirstFitRun)
          : await pool.query(Q.updateFitRun, [previous]);
      return claimed.rowCount === 1;
    },
    forgetUser: async (client, userId) => (await client.query(Q.deleteFeatures, [userId])).rowCount ?? 0,
    enforceRetention: (client) => enforce(client),
  };
}
