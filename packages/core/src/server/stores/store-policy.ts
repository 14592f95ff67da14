import { errorMessage } from '../../errors/error-message';
import { checkSignal } from '../../persona/signal-schema';
import type { SignalKind } from '../../persona/signals';
import { scrubPii } from '../privacy/scrub-pii';
import { scrubSignal } from '../privacy/scrub-signal';
import { isPlainObject } from './json';
import { type NewUserQuota, resolveNewUserQuota } from './new-user-quota';
import { createPersonaStateValidator } from './persona-state-validator';
import type { PersonaStateJson, PersonaStoreOptions, StoredPersona } from './persona-store';
import { PersonaStoreError } from './persona-store-error';
import { type RetentionPolicy, resolvePersonaRetention, resolveRetention } from './retention';

/** A validated, scrubbed signal ready to be written. */
export interface PreparedSignal {
  at: number;
  kind: SignalKind;
  /** The scrubbed signal as JSON. */
  body: string;
}

/** The checks and conversions every driver applies, resolved once from {@link PersonaStoreOptions}. */
export interface StorePolicy {
  now(): number;
  retention: RetentionPolicy;
  /** How long a persona nobody writes is kept, in ms (`Infinity`: for ever). */
  personaRetentionMs: number;
  /** Throws `invalid-user-id` unless `userId` is a non-empty string of at most 256 characters. */
  checkUserId(userId: unknown): void;
  /** Validates what an updater returned; gives the validated state and its JSON text. */
  encodeUpdate(next: unknown): { state: PersonaStateJson; text: string };
  /** Parses stored state text. */
  decodeState(text: string): PersonaStateJson;
  /** Validates a batch (size, shape, size per signal), scrubs texts and serializes each signal. */
  prepareSignals(signals: unknown): PreparedSignal[];
  /** Signals received (`storedAt`) before this time are past the retention age. */
  ageCutoff(): number;
  /** Personas last written before this time are past `personaRetentionMs` (with their user's rows). */
  personaCutoff(): number;
  /**
   * The store-wide size guard: throws `store-full` when a user the store holds nothing for would
   * be added while it already holds `maxUsers` personas.
   */
  checkCapacity(known: boolean, personas: number): void;
  /** The per-network quota on new users; `undefined` when turned off. */
  newUserQuota: NewUserQuota | undefined;
}

const MAX_USER_ID_LENGTH = 256;
const encoder = new TextEncoder();

/**
 * `now - ageMs` as the whole millisecond a SQL `BIGINT` column compares with (`at < cutoff` keeps its
 * meaning: rounded up), never before `Number.MIN_SAFE_INTEGER`: Postgres refuses `-1e+300` or
 * `998999.5` as a `BIGINT`, and the sweep failed with a retention of 1e300 ms or a fraction.
 */
function cutoff(now: number, ageMs: number): number {
  return Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(now - ageMs));
}

/** Resolves driver options into a {@link StorePolicy}; throws a `RangeError` for impossible limits. */
export function createStorePolicy(options: PersonaStoreOptions = {}): StorePolicy {
  const validate = options.validate ?? createPersonaStateValidator();
  const retention = resolveRetention(options.retention);
  const personaRetentionMs = resolvePersonaRetention(options.personaRetentionMs);
  const maxBatchSize = options.maxBatchSize ?? 100;
  const maxStateBytes = options.maxStateBytes ?? 64 * 1024;
  const maxSignalBytes = options.maxSignalBytes ?? 32 * 1024;
  const scrub = options.scrub ?? scrubPii;
  const now = options.now ?? Date.now;
  const maxUsers = options.maxUsers ?? 100_000;
  const newUserQuota = resolveNewUserQuota(options);
  for (const [name, value] of Object.entries({ maxBatchSize, maxStateBytes, maxSignalBytes, maxUsers })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer.`);
  }

  return {
    now,
    retention,
    personaRetentionMs,
    newUserQuota,
    checkUserId(userId) {
      if (typeof userId !== 'string' || userId.length === 0 || userId.length > MAX_USER_ID_LENGTH) {
        throw new PersonaStoreError(
          'invalid-user-id',
          `A user id must be a non-empty string of at most ${MAX_USER_ID_LENGTH} characters.`,
        );
      }
    },
    encodeUpdate(next) {
      if (!isPlainObject(next) || !('state' in next)) {
        throw new PersonaStoreError(
          'invalid-persona',
          'An update must return a stored persona: { state: { version, ... } }.',
        );
      }
      let state: PersonaStateJson;
      try {
        state = validate((next as Partial<StoredPersona>).state);
      } catch (error) {
        if (error instanceof PersonaStoreError) throw error;
        throw new PersonaStoreError('invalid-persona', `Persona state was rejected: ${errorMessage(error)}`, {
          cause: error,
        });
      }
      if (!isPlainObject(state) || typeof state.version !== 'number') {
        throw new PersonaStoreError(
          'invalid-persona',
          'The validator must return an object with a numeric `version`.',
        );
      }
      const text = JSON.stringify(state);
      const bytes = encoder.encode(text).length;
      if (bytes > maxStateBytes) {
        throw new PersonaStoreError(
          'persona-too-large',
          `Persona state is ${bytes} bytes; the limit is ${maxStateBytes} bytes.`,
        );
      }
      return { state, text };
    },
    decodeState(text) {
      return JSON.parse(text) as PersonaStateJson;
    },
    prepareSignals(signals) {
      if (!Array.isArray(signals)) throw new PersonaStoreError('invalid-signal', 'Signals must be an array.');
      if (signals.length > maxBatchSize) {
        throw new PersonaStoreError(
          'batch-too-large',
          `A batch holds at most ${maxBatchSize} signals; got ${signals.length}.`,
        );
      }
      return signals.map((value, index) => {
        const check = checkSignal(value, index);
        if (!check.ok) throw new PersonaStoreError('invalid-signal', check.message);
        const checked = check.signal;
        // Measured before scrubbing, so an oversized text is refused without scanning it.
        const bytes = encoder.encode(JSON.stringify(checked)).length;
        if (bytes > maxSignalBytes) {
          throw new PersonaStoreError(
            'invalid-signal',
            `Signal ${index} is ${bytes} bytes; the limit is ${maxSignalBytes} bytes.`,
          );
        }
        const signal = scrubSignal(checked, scrub);
        const body = JSON.stringify(signal);
        return { at: signal.at, kind: signal.kind, body };
      });
    },
    ageCutoff() {
      return Number.isFinite(retention.maxAgeMs)
        ? cutoff(now(), retention.maxAgeMs)
        : Number.NEGATIVE_INFINITY;
    },
    personaCutoff() {
      return Number.isFinite(personaRetentionMs)
        ? cutoff(now(), personaRetentionMs)
        : Number.NEGATIVE_INFINITY;
    },
    checkCapacity(known, personas) {
      if (!known && personas >= maxUsers) {
        throw new PersonaStoreError(
          'store-full',
          `The store holds ${personas} personas, its limit (maxUsers ${maxUsers}); no new user is added.`,
        );
      }
    },
  };
}
