import type { Signal } from '../../persona/signals';
import type { TextScrubber } from '../privacy/scrub-signal';
import type { JsonValue } from './json';
import type { WriteOrigin } from './new-user-quota';
import type { RetentionPolicy } from './retention';

/** The persona engine's serialized state: opaque JSON with a numeric `version`. */
export interface PersonaStateJson {
  version: number;
  [key: string]: JsonValue;
}

/**
 * Checks a persona engine's serialized state before it is stored and returns it (possibly
 * normalised). Throws on bad input; a thrown error that is not a {@link PersonaStoreError} is reported
 * as `invalid-persona`.
 */
export type PersonaStateValidator = (state: unknown) => PersonaStateJson;

/** A user's persona as a store holds it. */
export interface StoredPersona {
  /** The persona engine's serialized state. */
  state: PersonaStateJson;
  /** How many times the persona has been written. Set by the store on read; ignored on write. */
  readonly revision?: number;
  /** When the persona was last written (ms since epoch). Set by the store on read; ignored on write. */
  readonly updatedAt?: number;
}

/** Computes a user's next persona from the current one (`null` for a new user). Must be synchronous. */
export type PersonaUpdater = (current: StoredPersona | null) => StoredPersona;

/** A signal as stored: already scrubbed of personal data. */
export interface StoredSignal {
  signal: Signal;
  /** When the store received it (ms since epoch). */
  storedAt: number;
}

/** What `appendSignals` did. */
export interface AppendSignalsResult {
  /** Signals written. */
  stored: number;
  /** Signals deleted by retention during this call (the user's oldest past the count or byte limit, or expired). */
  pruned: number;
}

/** Everything a store holds for one user. */
export interface PersonaExport {
  userId: string;
  persona: StoredPersona | null;
  /** Oldest first. */
  signals: StoredSignal[];
  metadata: {
    /** When the persona was first written; `null` without a persona. */
    createdAt: number | null;
    /** When the persona was last written; `null` without a persona. */
    updatedAt: number | null;
    /** How many times the persona has been written. */
    revision: number;
    signalCount: number;
    exportedAt: number;
    /** The driver that holds the data. */
    driver: PersonaStoreDriver;
    /** The store's schema version. */
    schemaVersion: number;
    retention: RetentionPolicy;
    /** How long the persona is kept after its last write, in ms (`Infinity`: for ever). */
    personaRetentionMs: number;
  };
}

/** How many rows `forget` deleted. */
export interface ForgetResult {
  personas: number;
  signals: number;
}

/** The storage engines a persona store can run on. */
export type PersonaStoreDriver = 'memory' | 'sqlite' | 'postgres';

/**
 * Server-side persistence for personas and the signals they were learned from. Every driver
 * behaves the same: updates for one user are atomic and serialised across connections and
 * processes, signal texts are scrubbed of personal data before they are written, retention (by
 * the server's receive time, a ring of recent signals and a byte cap per user) is enforced on every
 * append, a store-wide guard (`maxUsers`) refuses new users once full (`store-full`), a quota per
 * client network (`maxNewUsersPerNetwork`, counted in the store so every instance on it agrees)
 * refuses a network's new users past it (`new-user-quota`), and bad input is rejected with a
 * {@link PersonaStoreError} without changing anything.
 */
export interface PersonaStore {
  readonly driver: PersonaStoreDriver;
  /** The user's persona, or `null` when none is stored. */
  get(userId: string): Promise<StoredPersona | null>;
  /**
   * Atomically reads the user's persona, applies `fn` and writes the result (validated), returning
   * what was written. Concurrent updates for one user never lose each other's changes. When `fn`
   * throws, or its result is invalid, nothing is written and the error is re-thrown. The first
   * write of a user the store holds nothing for counts against `origin.network`'s quota.
   */
  update(userId: string, fn: PersonaUpdater, origin?: WriteOrigin): Promise<StoredPersona>;
  /**
   * Validates, scrubs and stores a batch of signals, then enforces retention for the user. The
   * first write of a user the store holds nothing for counts against `origin.network`'s quota.
   */
  appendSignals(
    userId: string,
    signals: readonly Signal[],
    origin?: WriteOrigin,
  ): Promise<AppendSignalsResult>;
  /** Everything held for the user (persona, signals, metadata), after enforcing retention. */
  export(userId: string): Promise<PersonaExport>;
  /** Deletes every row held for the user. */
  forget(userId: string): Promise<ForgetResult>;
  /**
   * Applies the retention policy to every user and deletes the personas nobody wrote within
   * `personaRetentionMs`, with every row held for their users (as `forget`); returns how many rows
   * were deleted (signals, comparison rows, expired personas). Also drops the new-user counts of
   * networks whose quota has refilled. Meant for a schedule (hourly, say); no request runs it.
   */
  enforceRetention(): Promise<number>;
  /** Releases the connection(s) the store opened itself. Later calls fail with `store-closed`. */
  close(): Promise<void>;
}

/** Options every driver accepts. */
export interface PersonaStoreOptions {
  /** Validates persona state before it is written. Default: {@link createPersonaStateValidator}(). */
  validate?: PersonaStateValidator;
  /** Signal retention. Default: {@link DEFAULT_RETENTION}. */
  retention?: Partial<RetentionPolicy>;
  /**
   * How long a persona nobody writes (no turn, setting or feedback of its user) is kept, in ms:
   * `enforceRetention` deletes one last written longer ago, with its user's signals and comparison
   * rows, so a persona lives at most this long after its user's last visit plus the sweep's
   * interval. `Infinity` keeps personas for ever. Default {@link DEFAULT_PERSONA_RETENTION_MS}
   * (365 days).
   */
  personaRetentionMs?: number;
  /** Most signals accepted in one `appendSignals` call. Default 100. */
  maxBatchSize?: number;
  /** Largest serialized persona state accepted, in bytes. Default 64 KiB. */
  maxStateBytes?: number;
  /** Largest serialized signal accepted, in bytes. Default 32 KiB. */
  maxSignalBytes?: number;
  /** Removes personal data from signal texts before they are stored. Default: `scrubPii`. */
  scrub?: TextScrubber;
  /**
   * The store-wide size guard: most users (personas) held; a new user past it is refused with
   * `store-full` while known users go on. With the per-user limits this bounds the store at about
   * `maxUsers × (maxStateBytes + retention.maxBytes)`. Default 100,000.
   */
  maxUsers?: number;
  /**
   * Most new users (first written) one client network (`origin.network` of a write) may add at
   * once; the allowance refills evenly over `newUserWindowMs`, so one address cannot fill
   * `maxUsers` and a busy office behind one NAT gets more over time. Past it a write of a new user
   * is refused with `new-user-quota` (known users go on). `false` turns the quota off. Default 100.
   */
  maxNewUsersPerNetwork?: number | false;
  /** How long a network's spent quota of new users takes to refill entirely, in ms. Default 6 hours. */
  newUserWindowMs?: number;
  /** The clock used for timestamps and retention. Default: `Date.now`. */
  now?: () => number;
}
