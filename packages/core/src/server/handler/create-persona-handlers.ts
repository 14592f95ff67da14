import { createPersona, type Persona } from '../../persona/persona';
import { PersonaStateError } from '../../persona/persona-state';
import type { PopulationLoop } from '../population/create-population-loop';
import type { GetClientAddress, RateLimit } from '../rate-limit/create-rate-limit';
import type { PersonaStateJson, PersonaStore } from '../stores/persona-store';
import { PersonaStoreError } from '../stores/persona-store-error';
import type { FetchHandler, GetUserId } from './create-chat-handler';
import { notifyForget } from './forget-hooks';
import { errorResponse, HandlerError, jsonResponse } from './handler-error';
import { parseSignals } from './parse-signals';
import { createPersonaRecorder, writeOrigin } from './persona-recorder';
import { readJsonBody } from './read-json-body';
import { createStoreHealth, type StoreHealth, StoreUnavailableError } from './store-health';

/** Options of {@link createPersonaHandlers}. */
export interface PersonaHandlersOptions {
  /** Where personas and signals live. */
  store: PersonaStore;
  /** The user a request belongs to; a request without one gets a 401 `no-user`. */
  getUserId: GetUserId;
  /** Builds a persona engine; must match the chat handler's. Default `createPersona()` (AlignX), or the population loop's. */
  createPersona?: () => Persona;
  /** The population loop, as given to the chat handler: signals' comparisons are kept for fitting. */
  population?: PopulationLoop;
  /** Most signals in one `signals` request (413 past it). Default 20. */
  maxSignals?: number;
  /** Largest body of a `signals` or `replace` request in bytes (413 past it). Default 128 KiB. */
  maxBodyBytes?: number;
  /** Per-visitor and per-address rate limit (429 past it); share the chat handler's. Default none. */
  rateLimit?: RateLimit;
  /**
   * The client address of a request (share the chat handler's): a new user's first write counts
   * against its network's quota in the store; past it `signals` and `replace` store nothing and
   * answer 200 with `personalization: 'limited'`.
   */
  getClientAddress?: GetClientAddress;
  /** Watches the store (share the chat handler's); a failing store answers 503 `store-unavailable`. */
  health?: StoreHealth;
  /** Receives unexpected errors (never sent to the client). Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** What `GET` answers: the stored persona and its plain-language profile. */
export interface PersonaResponse {
  /** The engine's state (load it with `persona.load`), or `null` when nothing is stored. */
  persona: { state: PersonaStateJson; revision?: number; updatedAt?: number } | null;
  /** The preferred poles of the non-neutral dimensions, joined with ", " (empty when none). */
  profile: string;
  /** How many signals the persona learned from. */
  signalCount: number;
  /** `'limited'` when nothing was stored: the client's network has spent its quota of new users. */
  personalization?: 'limited';
}

/**
 * The user's persona endpoints, each a fetch-standard handler to mount where you like (e.g.
 * `GET /api/persona`, `GET /api/persona/export`, `DELETE /api/persona`, `PUT /api/persona`,
 * `POST /api/signals`).
 */
export interface PersonaHandlers {
  /** `GET`: {@link PersonaResponse}. */
  get: FetchHandler;
  /** `GET`: everything stored for the user (persona, scrubbed signals, metadata) as a JSON download. */
  export: FetchHandler;
  /**
   * `DELETE`: deletes every row held for the user and clears what every handler over the same
   * store keeps in memory for them; answers `{ forgotten: { personas, signals } }`.
   */
  forget: FetchHandler;
  /** `PUT { state }`: replaces the persona with validated engine state (a panel edit or an import). */
  replace: FetchHandler;
  /** `POST { signals: Signal[] }`: validates, scrubs, stores and learns the signals; answers like `get`. */
  signals: FetchHandler;
}

function allow(request: Request, method: string): void {
  if (request.method !== method) {
    throw new HandlerError(405, 'method-not-allowed', `Use ${method} here.`, { allow: method });
  }
}

const describe = (persona: Persona | undefined, revision?: number, updatedAt?: number): PersonaResponse => ({
  persona:
    persona === undefined
      ? null
      : {
          state: persona.toJSON() as unknown as PersonaStateJson,
          ...(revision === undefined ? {} : { revision }),
          ...(updatedAt === undefined ? {} : { updatedAt }),
        },
  profile: persona?.profile() ?? '',
  signalCount: persona?.signalCount ?? 0,
});

/**
 * Creates the persona endpoints over a store: read, export, forget-me, replace and post signals.
 * Every answer is JSON with `Cache-Control: no-store`; bad input is a 400 `{ error: { code, message } }`
 * and changes nothing, a body past the limits a 413, a wrong method a 405.
 */
export function createPersonaHandlers(options: PersonaHandlersOptions): PersonaHandlers {
  const { store } = options;
  const create = options.createPersona ?? options.population?.createPersona ?? (() => createPersona());
  const recorder = createPersonaRecorder(store, create, options.population, options.getClientAddress);
  const maxSignals = options.maxSignals ?? 20;
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024;
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const health = options.health ?? createStoreHealth({ log: (message, error) => report(error ?? message) });
  const guard = <T>(work: () => Promise<T>, kind: 'read' | 'write') => health.guard(work, kind);

  const userOf = async (request: Request): Promise<string> => {
    const userId = await options.getUserId(request);
    if (userId === undefined || userId === null || userId === '') {
      throw new HandlerError(401, 'no-user', 'This request has no user; enable cookies and try again.');
    }
    return userId;
  };
  const handle =
    (method: string, run: (request: Request, userId: string) => Promise<Response>): FetchHandler =>
    async (request) => {
      try {
        allow(request, method);
        const userId = await userOf(request);
        await options.rateLimit?.check(request, userId);
        return await run(request, userId);
      } catch (error) {
        if (error instanceof StoreUnavailableError) {
          return errorResponse(
            new HandlerError(
              503,
              'store-unavailable',
              'Personalization is paused: the persona store is unavailable. Try again later.',
              { 'retry-after': '30' },
            ),
          );
        }
        if (error instanceof PersonaStoreError && error.code === 'new-user-quota') {
          // Not the visitor's fault (others on their network were first): no error, nothing stored.
          return jsonResponse({
            ...describe(undefined),
            personalization: 'limited',
          } satisfies PersonaResponse);
        }
        if (error instanceof PersonaStoreError && error.code === 'store-full') {
          return errorResponse(new HandlerError(507, 'store-full', error.message));
        }
        if (error instanceof PersonaStoreError && error.code !== 'store-closed') {
          return errorResponse(
            new HandlerError(
              error.code === 'persona-too-large' ? 413 : 400,
              error.code === 'invalid-signal' ? 'invalid-signal' : 'invalid-persona',
              error.message,
            ),
          );
        }
        return errorResponse(error, report);
      }
    };

  return {
    get: handle('GET', async (_request, userId) => {
      const stored = await guard(() => store.get(userId), 'read');
      const persona = await guard(() => recorder.read(userId), 'read');
      return jsonResponse(describe(persona, stored?.revision, stored?.updatedAt));
    }),
    export: handle('GET', async (_request, userId) =>
      jsonResponse(await guard(() => store.export(userId), 'read'), {
        headers: { 'content-disposition': 'attachment; filename="attune-persona-export.json"' },
      }),
    ),
    forget: handle('DELETE', async (_request, userId) => {
      // Before (pending writes are dropped) and after (nothing learned meanwhile survives).
      notifyForget(store, userId);
      const forgotten = await guard(() => store.forget(userId), 'write');
      notifyForget(store, userId);
      return jsonResponse({ forgotten });
    }),
    replace: handle('PUT', async (request, userId) => {
      const body = await readJsonBody(request, maxBodyBytes);
      const state =
        typeof body === 'object' && body !== null ? (body as { state?: unknown }).state : undefined;
      const persona = create();
      try {
        persona.load(state);
      } catch (error) {
        if (error instanceof PersonaStateError) throw new HandlerError(400, 'invalid-persona', error.message);
        throw error;
      }
      const written = await guard(
        async () =>
          store.update(
            userId,
            () => ({ state: persona.toJSON() as unknown as PersonaStateJson }),
            await writeOrigin(options.getClientAddress, request),
          ),
        'write',
      );
      return jsonResponse(describe(persona, written.revision, written.updatedAt));
    }),
    signals: handle('POST', async (request, userId) => {
      const body = await readJsonBody(request, maxBodyBytes);
      const values =
        typeof body === 'object' && body !== null ? (body as { signals?: unknown }).signals : undefined;
      if (!Array.isArray(values) || values.length === 0) {
        throw new HandlerError(
          400,
          'invalid-body',
          'The body must be `{ signals: [...] }` with at least one signal.',
        );
      }
      if (values.length > maxSignals) {
        throw new HandlerError(
          413,
          'body-too-large',
          `The request has ${values.length} signals; the limit is ${maxSignals}.`,
        );
      }
      const persona = await guard(() => recorder.record(userId, parseSignals(values), request), 'write');
      const stored = await guard(() => store.get(userId), 'read');
      return jsonResponse(describe(persona, stored?.revision, stored?.updatedAt));
    }),
  };
}
