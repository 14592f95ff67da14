import { PersonaStoreError, type PersonaStoreErrorCode } from '../stores/persona-store-error';
import { HandlerError } from './handler-error';

/** Why a store is not usable, in words an operator can act on. */
export type StoreFailureReason =
  | 'corrupt'
  | 'read-only'
  | 'full'
  | 'unavailable'
  | 'timeout'
  | 'closed'
  | 'error';

/** What `/api/health` reports about the store. */
export type StoreStatus =
  | { status: 'ok' }
  | {
      status: 'degraded';
      reason: StoreFailureReason;
      /** When the store first failed in this run of failures (ms since epoch). */
      since: number;
    };

/** Options of {@link createStoreHealth}. */
export interface StoreHealthOptions {
  /** Longest a store call may take before the request goes on without it, in ms. Default 2,000. */
  timeoutMs?: number;
  /** Receives one line when the store fails and one when it recovers. Default `console.error`. */
  log?: (message: string, error?: unknown) => void;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/**
 * Watches a persona store for the handlers: a call that fails (corrupt, read-only or full file,
 * PostgreSQL down, too slow) marks the store degraded, logs once, and the handler goes on without
 * personalization; the next call that succeeds marks it ok again (logged once too).
 */
export interface StoreHealth {
  /** The store's status now. */
  status(): StoreStatus;
  /**
   * Runs a store call within the timeout. Bad input (a 4xx {@link HandlerError}, a store's
   * input error) is re-thrown; any other failure degrades the store and is re-thrown as a
   * {@link StoreUnavailableError}. Only a `write` that succeeds marks a degraded store ok again
   * (a read-only file still reads).
   */
  guard<T>(work: () => Promise<T>, kind: 'read' | 'write'): Promise<T>;
  /** Marks the store degraded by `error` (e.g. it could not be opened at start). */
  fail(error: unknown): void;
}

/** A store call failed for a reason that is not the request's fault. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** The classified reason. */
  readonly reason: StoreFailureReason;

  constructor(reason: StoreFailureReason, options?: { cause?: unknown }) {
    super(`The persona store is unavailable (${reason}).`, options);
    this.reason = reason;
  }
}

/** Store error codes caused by the request, not by the store. */
const INPUT_CODES = new Set<PersonaStoreErrorCode>([
  'invalid-user-id',
  'invalid-persona',
  'unsupported-persona-version',
  'persona-too-large',
  'invalid-signal',
  'batch-too-large',
  'store-full',
  'new-user-quota',
]);

/** Whether an error is the request's fault (re-thrown as it is) rather than the store's. */
export function isInputError(error: unknown): boolean {
  if (error instanceof HandlerError) return error.status < 500;
  return error instanceof PersonaStoreError && INPUT_CODES.has(error.code);
}

/** Classifies a driver error by its SQLite, PostgreSQL or Node code. */
export function classifyStoreFailure(error: unknown): StoreFailureReason {
  if (error instanceof StoreUnavailableError) return error.reason;
  if (error instanceof PersonaStoreError && error.code === 'store-closed') return 'closed';
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (/^SQLITE_(?:CORRUPT|NOTADB)/.test(code)) return 'corrupt';
  if (/^SQLITE_(?:READONLY|CANTOPEN|PERM)/.test(code) || code === 'EROFS' || code === '25006')
    return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') return 'full';
  if (/^(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|08\w{3}|57P0\d)$/.test(code))
    return 'unavailable';
  if (
    /Connection terminated|connection (?:error|timeout)|Client has encountered|Cannot open database/i.test(
      String(error),
    )
  ) {
    return 'unavailable';
  }
  return 'error';
}

/** Creates a {@link StoreHealth}; throws a `RangeError` for a non-positive timeout. */
export function createStoreHealth(options: StoreHealthOptions = {}): StoreHealth {
  const timeoutMs = options.timeoutMs ?? 2_000;
  if (!(timeoutMs > 0)) throw new RangeError('timeoutMs must be a positive number of milliseconds.');
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const now = options.now ?? Date.now;
  let current: StoreStatus = { status: 'ok' };

  const fail = (error: unknown): StoreUnavailableError => {
    const reason = classifyStoreFailure(error);
    if (current.status === 'ok' || current.reason !== reason) {
      if (current.status === 'ok') current = { status: 'degraded', reason, since: now() };
      else current = { ...current, reason };
      log(`Attune: the persona store is degraded (${reason}); chat goes on without personalization.`, error);
    }
    return error instanceof StoreUnavailableError
      ? error
      : new StoreUnavailableError(reason, { cause: error });
  };

  return {
    status: () => ({ ...current }),
    fail(error) {
      fail(error);
    },
    async guard(work, kind) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StoreUnavailableError('timeout')), timeoutMs);
      });
      try {
        const result = await Promise.race([work(), timeout]);
        if (current.status === 'degraded' && kind === 'write') {
          current = { status: 'ok' };
          log('Attune: the persona store works again; personalization resumes.');
        }
        return result;
      } catch (error) {
        if (isInputError(error)) throw error;
        throw fail(error);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
