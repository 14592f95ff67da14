import type pg from 'pg';
import type { Signal } from '../../persona/signals';
import {
  assembleExport,
  assertSupportedSchemaVersion,
  createClosedFlag,
  type PersonaRecord,
  personaExpiryDeletes,
  retentionDeletes,
  toStoredPersona,
} from './driver-steps';
import { CREATE_SCHEMA_TABLE, migrationSql, PERSONA_STORE_MIGRATIONS } from './migrations';
import type { WriteOrigin } from './new-user-quota';
import { inTransaction, openPostgresPool, type PostgresConnection } from './open-postgres-pool';
import type {
  AppendSignalsResult,
  ForgetResult,
  PersonaExport,
  PersonaStore,
  PersonaStoreOptions,
  PersonaUpdater,
  StoredPersona,
} from './persona-store';
import { createPostgresPopulation } from './population-postgres';
import type { PopulationStore } from './population-store';
import { SQL, toPostgresPlaceholders } from './sql-statements';
import { createStorePolicy, type PreparedSignal } from './store-policy';

/** Where a PostgreSQL persona store keeps its data (a pool it opens has 10 connections by default). */
export type PostgresPersonaStoreOptions = PersonaStoreOptions & PostgresConnection;

interface PersonaRow {
  state: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** The first key of the two-key advisory locks this store takes (ASCII "attn"). */
const LOCK_NAMESPACE = 0x6174746e;
/** The second key used while migrating. */
const MIGRATION_LOCK = 0;
/** The first key of the per-network locks of the new-user quota (ASCII "attq"). */
const QUOTA_NAMESPACE = 0x61747471;

/** `INSERT INTO attune_signals (…) VALUES` of the shared single-row statement, for multi-row inserts. */
const INSERT_SIGNALS_PREFIX = SQL.insertSignal.slice(0, SQL.insertSignal.indexOf('VALUES') + 'VALUES'.length);

const Q = Object.fromEntries(
  Object.entries(SQL).map(([name, sql]) => [name, toPostgresPlaceholders(sql)]),
) as {
  [Name in keyof typeof SQL]: string;
};

/** Serialises this transaction with every other store transaction for the same user. */
async function lockUser(client: pg.PoolClient, userId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE, userId]);
}

async function migrate(pool: pg.Pool, now: number): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
    await client.query(CREATE_SCHEMA_TABLE);
    const { rows } = await client.query<{ version: number | null }>(Q.selectSchemaVersion);
    const current = rows[0]?.version ?? 0;
    assertSupportedSchemaVersion(current);
    for (const migration of PERSONA_STORE_MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migrationSql(migration, 'postgres'));
      await client.query(Q.insertSchemaVersion, [migration.version, migration.description, now]);
    }
  });
}

/**
 * The shared persona store: PostgreSQL through `pg`. Every write for a user runs in a transaction
 * holding a per-user advisory lock, so any number of app instances on one database see one persona
 * per user and never lose each other's updates. Resolves once the schema is migrated. Needs the
 * optional peer dependency `pg`.
 */
export async function createPostgresPersonaStore(
  options: PostgresPersonaStoreOptions,
): Promise<PersonaStore & PopulationStore> {
  const policy = createStorePolicy(options);
  const { pool, ownsPool } = await openPostgresPool(options, 10, (opened) => migrate(opened, policy.now()));
  const lifecycle = createClosedFlag();
  const open = lifecycle.assertOpen;
  const {
    forgetUser,
    enforceRetention: enforceFeatures,
    ...population
  } = createPostgresPopulation(pool, policy, open);
  const toRecord = (row: PersonaRow): PersonaRecord => ({
    state: row.state,
    revision: row.revision,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  });
  const toStored = (row: PersonaRow): StoredPersona => toStoredPersona(policy, toRecord(row));
  /** The store-wide guard for a user the store holds nothing for. */
  const checkCapacity = async (client: pg.PoolClient, known: boolean) => {
    if (known) return;
    const { rows } = await client.query<{ n: string }>(Q.countPersonas);
    policy.checkCapacity(false, Number(rows[0]?.n ?? 0));
  };
  /**
   * Counts a new user against `origin.network`'s quota (a per-network lock, one indexed read and
   * write), so instances on one database agree; throws `new-user-quota` when it is spent.
   */
  const admitNewUser = async (client: pg.PoolClient, origin: WriteOrigin | undefined) => {
    const quota = policy.newUserQuota;
    if (quota === undefined || origin?.network === undefined) return;
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [QUOTA_NAMESPACE, origin.network]);
    const { rows } = await client.query<{ tokens: number; updated_at: string }>(Q.selectNewUsers, [
      origin.network,
    ]);
    const row = rows[0];
    const next = quota.take(row && { tokens: row.tokens, updatedAt: Number(row.updated_at) }, policy.now());
    await client.query(Q.upsertNewUsers, [origin.network, next.tokens, next.updatedAt]);
  };
  /** Runs the retention deletes (for one user, or for all without `userId`); returns rows deleted. */
  const enforce = async (client: pg.PoolClient, userId?: string): Promise<number> => {
    let removed = 0;
    for (const { statement, params } of retentionDeletes(policy, userId))
      removed += (await client.query(Q[statement], params)).rowCount ?? 0;
    return removed;
  };

  return {
    driver: 'postgres',
    ...population,
    async get(userId) {
      open();
      policy.checkUserId(userId);
      const { rows } = await pool.query<PersonaRow>(Q.selectPersona, [userId]);
      return rows[0] === undefined ? null : toStored(rows[0]);
    },
    async update(userId, fn: PersonaUpdater, origin?: WriteOrigin) {
      open();
      policy.checkUserId(userId);
      return inTransaction(pool, async (client) => {
        await lockUser(client, userId);
        const { rows } = await client.query<PersonaRow>(Q.selectPersona, [userId]);
        await checkCapacity(client, rows[0] !== undefined);
        const { state, text } = policy.encodeUpdate(fn(rows[0] === undefined ? null : toStored(rows[0])));
        if (rows[0] === undefined && policy.newUserQuota && origin?.network !== undefined) {
          const known = await client.query<{ known: boolean }>(Q.userHasRows, [userId, userId]);
          if (known.rows[0]?.known !== true) await admitNewUser(client, origin);
        }
        const now = policy.now();
        const written = await client.query<{ revision: number }>(Q.upsertPersona, [userId, text, now, now]);
        return { state, revision: written.rows[0]?.revision ?? 1, updatedAt: now };
      });
    },
    async appendSignals(
      userId,
      batch: readonly Signal[],
      origin?: WriteOrigin,
    ): Promise<AppendSignalsResult> {
      open();
      policy.checkUserId(userId);
      const prepared: PreparedSignal[] = policy.prepareSignals(batch);
      const pruned = await inTransaction(pool, async (client) => {
        await lockUser(client, userId);
        const known = (await client.query<{ known: boolean }>(Q.userHasRows, [userId, userId])).rows[0]
          ?.known;
        await checkCapacity(client, known === true);
        if (known !== true && prepared.length > 0) await admitNewUser(client, origin);
        const storedAt = policy.now();
        if (prepared.length > 0) {
          // One multi-row INSERT: a batch costs one round trip.
          const values = prepared.map(
            (_, row) =>
              `($${row * 5 + 1}, $${row * 5 + 2}, $${row * 5 + 3}, $${row * 5 + 4}, $${row * 5 + 5})`,
          );
          const params = prepared.flatMap((signal) => [
            userId,
            signal.at,
            signal.kind,
            signal.body,
            storedAt,
          ]);
          await client.query(`${INSERT_SIGNALS_PREFIX} ${values.join(', ')}`, params);
        }
        return enforce(client, userId);
      });
      return { stored: prepared.length, pruned };
    },
    async export(userId): Promise<PersonaExport> {
      open();
      policy.checkUserId(userId);
      return inTransaction(pool, async (client) => {
        await lockUser(client, userId);
        await enforce(client, userId);
        const persona = (await client.query<PersonaRow>(Q.selectPersona, [userId])).rows[0];
        const { rows } = await client.query<{ body: string; stored_at: string }>(Q.selectSignals, [userId]);
        const signals = rows.map((row) => ({ body: row.body, storedAt: Number(row.stored_at) }));
        return assembleExport(
          policy,
          'postgres',
          userId,
          persona === undefined ? undefined : toRecord(persona),
          signals,
        );
      });
    },
    async forget(userId): Promise<ForgetResult> {
      open();
      policy.checkUserId(userId);
      return inTransaction(pool, async (client) => {
        await lockUser(client, userId);
        const personas = (await client.query(Q.deletePersona, [userId])).rowCount ?? 0;
        const signals = (await client.query(Q.deleteSignals, [userId])).rowCount ?? 0;
        await forgetUser(client, userId);
        return { personas, signals };
      });
    },
    async enforceRetention() {
      open();
      return inTransaction(pool, async (client) => {
        if (policy.newUserQuota) {
          await client.query(Q.deleteIdleNewUsers, [policy.now() - policy.newUserQuota.idleMs]);
        }
        // A persona written meanwhile is past the cutoff no more, so its delete skips it.
        let expired = 0;
        for (const { statement, params } of personaExpiryDeletes(policy))
          expired += (await client.query(Q[statement], params)).rowCount ?? 0;
        return expired + (await enforce(client)) + (await enforceFeatures(client));
      });
    },
    async close() {
      if (lifecycle.closed) return;
      lifecycle.close();
      if (ownsPool) await pool.end();
    },
  };
}
