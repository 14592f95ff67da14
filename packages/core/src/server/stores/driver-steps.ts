/** The steps every persona store driver shares: record conversion, export assembly, schema and closed checks, retention deletes. */
import type { Signal } from '../../persona/signals';
import { PERSONA_STORE_SCHEMA_VERSION } from './migrations';
import type { PersonaExport, PersonaStoreDriver, StoredPersona } from './persona-store';
import { PersonaStoreError } from './persona-store-error';
import type { StorePolicy } from './store-policy';

/** A persona as every driver reads it back, whatever its column names and number types. */
export interface PersonaRecord {
  /** The persona state as JSON text. */
  state: string;
  revision: number;
  createdAt: number;
  updatedAt: number;
}

/** A stored signal as every driver reads it back. */
export interface SignalRecord {
  /** The scrubbed signal as JSON text. */
  body: string;
  storedAt: number;
}

/** The persona a store returns for a record it read. */
export function toStoredPersona(policy: StorePolicy, record: PersonaRecord): StoredPersona {
  return { state: policy.decodeState(record.state), revision: record.revision, updatedAt: record.updatedAt };
}

/** Assembles a user's export from the records a driver read (signals oldest first). */
export function assembleExport(
  policy: StorePolicy,
  driver: PersonaStoreDriver,
  userId: string,
  persona: PersonaRecord | undefined,
  signals: readonly SignalRecord[],
): PersonaExport {
  return {
    userId,
    persona: persona === undefined ? null : toStoredPersona(policy, persona),
    signals: signals.map((record) => ({
      signal: JSON.parse(record.body) as Signal,
      storedAt: record.storedAt,
    })),
    metadata: {
      createdAt: persona?.createdAt ?? null,
      updatedAt: persona?.updatedAt ?? null,
      revision: persona?.revision ?? 0,
      signalCount: signals.length,
      exportedAt: policy.now(),
      driver,
      schemaVersion: PERSONA_STORE_SCHEMA_VERSION,
      retention: { ...policy.retention },
      personaRetentionMs: policy.personaRetentionMs,
    },
  };
}

/** Throws `unsupported-schema-version` when the database was migrated by a newer Attune. */
export function assertSupportedSchemaVersion(current: number): void {
  if (current > PERSONA_STORE_SCHEMA_VERSION) {
    throw new PersonaStoreError(
      'unsupported-schema-version',
      `The database has persona store schema version ${current}; this version of Attune supports up to ${PERSONA_STORE_SCHEMA_VERSION}. Upgrade Attune.`,
    );
  }
}

/** Tracks whether a store is closed; `assertOpen` throws `store-closed` once it is. */
export function createClosedFlag(): { readonly closed: boolean; close(): void; assertOpen(): void } {
  let closed = false;
  return {
    get closed() {
      return closed;
    },
    close() {
      closed = true;
    },
    assertOpen() {
      if (closed) throw new PersonaStoreError('store-closed', 'The persona store is closed.');
    },
  };
}

/** Names of the shared SQL statements that delete signals past retention. */
export type RetentionStatement =
  | 'deleteUserSignalsBefore'
  | 'deleteUserSignalsBeyondCount'
  | 'deleteUserSignalsBeyondBytes'
  | 'deleteSignalsBefore'
  | 'deleteSignalsBeyondCount'
  | 'deleteSignalsBeyondBytes';

/**
 * The retention deletes a SQL driver runs, in order, with their parameters: by receive age, then
 * by count, then by bytes, each only when that limit is finite. For one user when `userId` is given, else for all.
 */
export function retentionDeletes(
  policy: StorePolicy,
  userId?: string,
): { statement: RetentionStatement; params: (string | number)[] }[] {
  const deletes: { statement: RetentionStatement; params: (string | number)[] }[] = [];
  const { maxAgeMs, maxCount, maxBytes } = policy.retention;
  if (Number.isFinite(maxAgeMs)) {
    deletes.push(
      userId === undefined
        ? { statement: 'deleteSignalsBefore', params: [policy.ageCutoff()] }
        : { statement: 'deleteUserSignalsBefore', params: [userId, policy.ageCutoff()] },
    );
  }
  if (Number.isFinite(maxCount)) {
    deletes.push(
      userId === undefined
        ? { statement: 'deleteSignalsBeyondCount', params: [maxCount] }
        : { statement: 'deleteUserSignalsBeyondCount', params: [userId, userId, maxCount] },
    );
  }
  if (Number.isFinite(maxBytes)) {
    deletes.push(
      userId === undefined
        ? { statement: 'deleteSignalsBeyondBytes', params: [maxBytes] }
        : { statement: 'deleteUserSignalsBeyondBytes', params: [userId, maxBytes] },
    );
  }
  return deletes;
}

/** Names of the shared SQL statements that delete expired personas and their users' rows. */
export type ExpiryStatement = 'deleteExpiredSignals' | 'deleteExpiredFeatures' | 'deleteExpiredPersonas';

/**
 * The deletes a SQL driver runs in its retention sweep to expire personas nobody wrote within
 * `personaRetentionMs` (none when it is `Infinity`): their users' signals and comparison rows, then
 * the personas, each an indexed range on `updated_at`.
 */
export function personaExpiryDeletes(
  policy: StorePolicy,
): { statement: ExpiryStatement; params: number[] }[] {
  if (!Number.isFinite(policy.personaRetentionMs)) return [];
  const cutoff = policy.personaCutoff();
  return (['deleteExpiredSignals', 'deleteExpiredFeatures', 'deleteExpiredPersonas'] as const).map(
    (statement) => ({ statement, params: [cutoff] }),
  );
}
