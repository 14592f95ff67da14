import type Database from 'better-sqlite3';
import type { Signal } from '../../persona/signals';
import {
  assembleExport,
  assertSupportedSchemaVersion,
  createClosedFlag,
  personaExpiryDeletes,
  retentionDeletes,
  toStoredPersona,
} from './driver-steps';
import { loadOptionalPeer } from './load-optional-peer';
import { CREATE_SCHEMA_TABLE, migrationSql, PERSONA_STORE_MIGRATIONS } from './migrations';
import type { WriteOrigin } from './new-user-quota';
import type {
  AppendSignalsResult,
  ForgetResult,
  PersonaExport,
  PersonaStore,
  PersonaStoreOptions,
  PersonaUpdater,
  StoredPersona,
} from './persona-store';
import { createSqlitePopulation } from './population-sqlite';
import type { PopulationStore } from './population-store';
import { SQL } from './sql-statements';
import { createStorePolicy } from './store-policy';

/** Where a SQLite persona store keeps its data, plus driver tuning. */
export type SqlitePersonaStoreOptions = PersonaStoreOptions &
  (
    | {
        /** Path of the database file (created when missing); the store opens and closes it. */
        filename: string;
        database?: never;
      }
    | {
        /** An open better-sqlite3 database; the caller keeps ownership and closes it. */
        database: Database.Database;
        filename?: never;
      }
  ) & {
    /** How long a writer waits for another connection's lock, in ms. Default 10,000. */
    busyTimeoutMs?: number;
    /**
     * `NORMAL` (default; in WAL mode a committed update survives an application crash, and only
     * the last moments may be lost on power failure) or `FULL` (fsync on every commit).
     */
    synchronous?: 'NORMAL' | 'FULL';
    /**
     * Page size for a new database file, in bytes (ignored for an existing one). Default 16,384:
     * persona rows are 1–2 KB, and on 4 KB pages the unused tail of each page costs up to a third
     * of the space.
     */
    pageSize?: 4096 | 8192 | 16384 | 32768 | 65536;
    /** Page cache of this connection, in KiB. Default 65,536 (64 MiB: about 40,000 personas). */
    cacheSizeKiB?: number;
  };

interface PersonaRow {
  state: string;
  revision: number;
  created_at: number;
  updated_at: number;
}

/** Applies the pending migrations in one `BEGIN IMMEDIATE` transaction; refuses a newer schema. */
function migrate(db: Database.Database, now: number): void {
  db.transaction(() => {
    db.exec(CREATE_SCHEMA_TABLE);
    const row = db.prepare(SQL.selectSchemaVersion).get() as { version: number | null };
    const current = row.version ?? 0;
    assertSupportedSchemaVersion(current);
    const record = db.prepare(SQL.insertSchemaVersion);
    for (const migration of PERSONA_STORE_MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migrationSql(migration, 'sqlite'));
      record.run(migration.version, migration.description, now);
    }
  }).immediate();
}

/**
 * The embedded persona store: SQLite through better-sqlite3, in WAL mode, with prepared statements
 * and `BEGIN IMMEDIATE` transactions, so several connections, threads or processes can share one
 * file and still serialise each user's read-update-write. Resolves once the schema is migrated.
 * Needs the optional peer dependency `better-sqlite3`.
 */
export async function createSqlitePersonaStore(
  options: SqlitePersonaStoreOptions,
): Promise<PersonaStore & PopulationStore> {
  const policy = createStorePolicy(options);
  const ownsDatabase = options.database === undefined;
  let db: Database.Database;
  if (options.database === undefined) {
    const { default: open } = await loadOptionalPeer(
      'better-sqlite3',
      '12',
      // Left to Node at run time, so an app's bundler (Next.js, webpack) needs the driver only when used.
      () => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'better-sqlite3'),
    );
    db = new open(options.filename);
  } else {
    db = options.database;
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000))}`);
    if (db.pragma('page_count', { simple: true }) === 0)
      db.pragma(`page_size = ${options.pageSize ?? 16_384}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    db.pragma(`cache_size = ${-Math.max(1, Math.floor(options.cacheSizeKiB ?? 65_536))}`);
    db.pragma('foreign_keys = ON');
    migrate(db, policy.now());
  } catch (error) {
    if (ownsDatabase) db.close();
    throw error;
  }

  const statements = {
    selectPersona: db.prepare<[string], PersonaRow>(SQL.selectPersona),
    upsertPersona: db.prepare<[string, string, number, number], { revision: number }>(SQL.upsertPersona),
    insertSignal: db.prepare(SQL.insertSignal),
    deleteUserSignalsBefore: db.prepare(SQL.deleteUserSignalsBefore),
    deleteUserSignalsBeyondCount: db.prepare(SQL.deleteUserSignalsBeyondCount),
    deleteUserSignalsBeyondBytes: db.prepare(SQL.deleteUserSignalsBeyondBytes),
    deleteSignalsBefore: db.prepare(SQL.deleteSignalsBefore),
    deleteSignalsBeyondCount: db.prepare(SQL.deleteSignalsBeyondCount),
    deleteSignalsBeyondBytes: db.prepare(SQL.deleteSignalsBeyondBytes),
    countPersonas: db.prepare<[], { n: number }>(SQL.countPersonas),
    userHasRows: db.prepare<[string, string], { known: number }>(SQL.userHasRows),
    selectSignals: db.prepare<[string], { body: string; stored_at: number }>(SQL.selectSignals),
    deletePersona: db.prepare(SQL.deletePersona),
    deleteSignals: db.prepare(SQL.deleteSignals),
    selectNewUsers: db.prepare<[string], { tokens: number; updated_at: number }>(SQL.selectNewUsers),
    upsertNewUsers: db.prepare(SQL.upsertNewUsers),
    deleteIdleNewUsers: db.prepare(SQL.deleteIdleNewUsers),
    deleteExpiredSignals: db.prepare(SQL.deleteExpiredSignals),
    deleteExpiredFeatures: db.prepare(SQL.deleteExpiredFeatures),
    deleteExpiredPersonas: db.prepare(SQL.deleteExpiredPersonas),
  };
  const lifecycle = createClosedFlag();
  const open = lifecycle.assertOpen;
  const {
    forgetUser,
    enforceRetention: enforceFeatures,
    ...population
  } = createSqlitePopulation(db, policy, open);
  const toRecord = (row: PersonaRow) => ({
    state: row.state,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  const toStored = (row: PersonaRow): StoredPersona => toStoredPersona(policy, toRecord(row));
  /** Runs the retention deletes (for one user, or for all without `userId`); returns rows deleted. */
  const enforce = (userId?: string): number => {
    let removed = 0;
    for (const { statement, params } of retentionDeletes(policy, userId))
      removed += statements[statement].run(...params).changes;
    return removed;
  };

  /** The store-wide guard for a user the store holds nothing for. */
  const checkCapacity = (known: boolean) => {
    if (!known) policy.checkCapacity(false, statements.countPersonas.get()?.n ?? 0);
  };
  /** Counts a new user against `origin.network`'s quota (one indexed read and write); throws `new-user-quota` when spent. */
  const admitNewUser = (origin: WriteOrigin | undefined) => {
    const quota = policy.newUserQuota;
    if (quota === undefined || origin?.network === undefined) return;
    const row = statements.selectNewUsers.get(origin.network);
    const next = quota.take(row && { tokens: row.tokens, updatedAt: row.updated_at }, policy.now());
    statements.upsertNewUsers.run(origin.network, next.tokens, next.updatedAt);
  };
  const update = db.transaction((userId: string, fn: PersonaUpdater, origin?: WriteOrigin): StoredPersona => {
    const row = statements.selectPersona.get(userId);
    checkCapacity(row !== undefined);
    const { state, text } = policy.encodeUpdate(fn(row === undefined ? null : toStored(row)));
    const counted = row === undefined && policy.newUserQuota !== undefined && origin?.network !== undefined;
    if (counted && statements.userHasRows.get(userId, userId)?.known !== 1) admitNewUser(origin);
    const now = policy.now();
    const written = statements.upsertPersona.get(userId, text, now, now);
    return { state, revision: written?.revision ?? 1, updatedAt: now };
  });
  const append = db.transaction(
    (userId: string, batch: ReturnType<typeof policy.prepareSignals>, origin?: WriteOrigin) => {
      const known = statements.userHasRows.get(userId, userId)?.known === 1;
      checkCapacity(known);
      if (!known && batch.length > 0) admitNewUser(origin);
      const storedAt = policy.now();
      for (const signal of batch)
        statements.insertSignal.run(userId, signal.at, signal.kind, signal.body, storedAt);
      return enforce(userId);
    },
  );
  const exportUser = db.transaction((userId: string): PersonaExport => {
    enforce(userId);
    const row = statements.selectPersona.get(userId);
    const signals = statements.selectSignals.all(userId).map((signal) => ({
      body: signal.body,
      storedAt: signal.stored_at,
    }));
    return assembleExport(policy, 'sqlite', userId, row === undefined ? undefined : toRecord(row), signals);
  });
  const forget = db.transaction((userId: string): ForgetResult => {
    forgetUser(userId);
    return {
      personas: statements.deletePersona.run(userId).changes,
      signals: statements.deleteSignals.run(userId).changes,
    };
  });
  const enforceAll = db.transaction((): number => {
    if (policy.newUserQuota) statements.deleteIdleNewUsers.run(policy.now() - policy.newUserQuota.idleMs);
    let expired = 0;
    for (const { statement, params } of personaExpiryDeletes(policy))
      expired += statements[statement].run(...params).changes;
    return expired + enforce() + enforceFeatures();
  });

  return {
    driver: 'sqlite',
    ...population,
    async get(userId) {
      open();
      policy.checkUserId(userId);
      const row = statements.selectPersona.get(userId);
      return row === undefined ? null : toStored(row);
    },
    async update(userId, fn, origin) {
      open();
      policy.checkUserId(userId);
      return update.immediate(userId, fn, origin);
    },
    async appendSignals(
      userId,
      batch: readonly Signal[],
      origin?: WriteOrigin,
    ): Promise<AppendSignalsResult> {
      open();
      policy.checkUserId(userId);
      const prepared = policy.prepareSignals(batch);
      const pruned = append.immediate(userId, prepared, origin);
      return { stored: prepared.length, pruned };
    },
    async export(userId) {
      open();
      policy.checkUserId(userId);
      return exportUser.immediate(userId);
    },
    async forget(userId) {
      open();
      policy.checkUserId(userId);
      return forget.immediate(userId);
    },
    async enforceRetention() {
      open();
      return enforceAll.immediate();
    },
    async close() {
      if (lifecycle.closed) return;
      lifecycle.close();
      if (ownsDatabase) db.close();
    },
  };
}
