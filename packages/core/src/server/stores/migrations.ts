/** The SQL dialects the persona store runs on. */
export type SqlDialect = 'sqlite' | 'postgres';

/** One schema change, as SQL for both dialects (a single string when the SQL is the same). */
export interface PersonaStoreMigration {
  version: number;
  description: string;
  sql: string | Record<SqlDialect, string>;
}

/** The table that records which migrations have been applied. */
export const SCHEMA_TABLE = 'attune_schema';

/** Creates {@link SCHEMA_TABLE}; the same SQL on both dialects. */
export const CREATE_SCHEMA_TABLE = `CREATE TABLE IF NOT EXISTS ${SCHEMA_TABLE} (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

/** The persona table: the same SQL on both dialects. */
const CREATE_PERSONAS = `CREATE TABLE attune_personas (
  user_id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  revision INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);`;

/** The signal table; only the auto-increment key differs between dialects. */
const createSignals = (idColumn: string) => `CREATE TABLE attune_signals (
  id ${idColumn},
  user_id TEXT NOT NULL,
  at DOUBLE PRECISION NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  stored_at BIGINT NOT NULL
);
CREATE INDEX attune_signals_user_at ON attune_signals (user_id, at, id);
CREATE INDEX attune_signals_at ON attune_signals (at);`;

/** Scrubbed comparison feature vectors and versioned population priors; only the auto-increment key differs. */
const createPopulation = (idColumn: string) => `CREATE TABLE attune_comparison_features (
  id ${idColumn},
  user_id TEXT NOT NULL,
  at DOUBLE PRECISION NOT NULL,
  features TEXT NOT NULL
);
CREATE INDEX attune_comparison_features_user ON attune_comparison_features (user_id, at);
CREATE TABLE attune_priors (
  version INTEGER PRIMARY KEY,
  fitted_at BIGINT NOT NULL,
  users INTEGER NOT NULL,
  types INTEGER NOT NULL,
  body TEXT NOT NULL
);`;

/** Every migration, oldest first. A database newer than the last one is refused. */
export const PERSONA_STORE_MIGRATIONS: readonly PersonaStoreMigration[] = [
  {
    version: 1,
    description: 'personas and signals',
    sql: {
      sqlite: `${CREATE_PERSONAS}\n${createSignals('INTEGER PRIMARY KEY AUTOINCREMENT')}`,
      postgres: `${CREATE_PERSONAS}\n${createSignals('BIGSERIAL PRIMARY KEY')}`,
    },
  },
  {
    version: 2,
    description: 'comparison features and population priors',
    sql: {
      sqlite: createPopulation('INTEGER PRIMARY KEY AUTOINCREMENT'),
      postgres: createPopulation('BIGSERIAL PRIMARY KEY'),
    },
  },
  {
    version: 3,
    description: 'the source (a bucket of the client address) of comparison features',
    sql: 'ALTER TABLE attune_comparison_features ADD COLUMN source INTEGER;',
  },
  {
    version: 4,
    description: 'the fitting job runs: the newest comparison row its last run saw, shared by every instance',
    sql: `CREATE TABLE attune_population_runs (
  id INTEGER PRIMARY KEY,
  mark BIGINT NOT NULL
);`,
  },
  {
    version: 5,
    description: 'the new-user quota of each client network (a digest of it, kept until it refills)',
    sql: `CREATE TABLE attune_new_users (
  network TEXT PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX attune_new_users_updated ON attune_new_users (updated_at);`,
  },
  {
    version: 6,
    description: 'personas by last write, so the retention sweep finds expired ones without a full scan',
    sql: 'CREATE INDEX attune_personas_updated ON attune_personas (updated_at);',
  },
];

/** The schema version this code writes and reads. */
export const PERSONA_STORE_SCHEMA_VERSION = PERSONA_STORE_MIGRATIONS.at(-1)?.version ?? 0;

/** The SQL of `migration` for `dialect`. */
export function migrationSql(migration: PersonaStoreMigration, dialect: SqlDialect): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[dialect];
}
