export type { JsonObject, JsonValue } from './json';
export { createMemoryPersonaStore } from './memory-store';
export {
  CREATE_SCHEMA_TABLE,
  migrationSql,
  PERSONA_STORE_MIGRATIONS,
  PERSONA_STORE_SCHEMA_VERSION,
  type PersonaStoreMigration,
  SCHEMA_TABLE,
  type SqlDialect,
} from './migrations';
export { DEFAULT_NEW_USER_QUOTA, type WriteOrigin } from './new-user-quota';
export { createPersonaStateValidator, SUPPORTED_PERSONA_STATE_VERSION } from './persona-state-validator';
export type {
  AppendSignalsResult,
  ForgetResult,
  PersonaExport,
  PersonaStateJson,
  PersonaStateValidator,
  PersonaStore,
  PersonaStoreDriver,
  PersonaStoreOptions,
  PersonaUpdater,
  StoredPersona,
  StoredSignal,
} from './persona-store';
export { PersonaStoreError, type PersonaStoreErrorCode } from './persona-store-error';
export {
  type ComparisonFeatures,
  type PopulationStore,
  PRIOR_FORMAT,
  type PriorToSave,
  type PriorValidation,
  type StoredPrior,
} from './population-store';
export { createPostgresPersonaStore, type PostgresPersonaStoreOptions } from './postgres-store';
export { DEFAULT_PERSONA_RETENTION_MS, DEFAULT_RETENTION, type RetentionPolicy } from './retention';
export { createSqlitePersonaStore, type SqlitePersonaStoreOptions } from './sqlite-store';
