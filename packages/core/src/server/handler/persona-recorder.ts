import { createPersona, type Persona } from '../../persona/persona';
import type { Signal } from '../../persona/signals';
import { networkKey } from '../client-network';
import type { PopulationLoop } from '../population/create-population-loop';
import type { GetClientAddress } from '../rate-limit/create-rate-limit';
import type { WriteOrigin } from '../stores/new-user-quota';
import type { PersonaStateJson, PersonaStore, StoredPersona } from '../stores/persona-store';
import { HandlerError } from './handler-error';

/** Reads and teaches the personas a store holds, through a fresh persona engine per call. */
export interface PersonaRecorder {
  /** The engine's preference space. */
  readonly space: Persona['space'];
  /** Throws a 400 `invalid-signal` for a signal the engine cannot learn (e.g. an unknown dimension). */
  check(signals: readonly Signal[]): void;
  /** The user's stored persona loaded into an engine; `undefined` when none is stored (or it no longer loads). */
  read(userId: string): Promise<Persona | undefined>;
  /**
   * Stores the signals (the store scrubs their texts) and teaches them to the user's persona in one
   * atomic `store.update`; returns the updated persona. A user the store holds no persona for gets
   * rows only with a learning signal (a rating, comparison, setting or description): their
   * messages alone are not stored, and `undefined` is returned. Refuses a signal the engine cannot
   * learn (e.g. an unknown dimension) with a 400 before anything is written. `request` (the one
   * that carried the signals) tells the population loop where its comparisons came from, and the
   * store which network a new user's quota is counted against (a spent one throws `new-user-quota`).
   */
  record(userId: string, signals: readonly Signal[], request?: Request): Promise<Persona | undefined>;
}

/** Whether a signal is the user teaching on purpose (anything but their own message). */
export const isLearningSignal = (signal: Signal): boolean => signal.kind !== 'user-text';

/** The origin of a write carried by `request`: its client network, when the address is known. */
export async function writeOrigin(
  getClientAddress: GetClientAddress | undefined,
  request: Request | undefined,
): Promise<WriteOrigin | undefined> {
  const address = request && getClientAddress?.(request);
  return address ? { network: await networkKey(address) } : undefined;
}

/** Loads stored state into a fresh engine; a state that no longer loads (another space) counts as none. */
function loadInto(persona: Persona, stored: StoredPersona | null): boolean {
  if (stored === null) return false;
  try {
    persona.load(stored.state);
    return true;
  } catch {
    return false;
  }
}

/**
 * A {@link PersonaRecorder} over `store`, with `create` building each engine (`createPersona()` by
 * default; its space decides which dimensions exist). With a `population` loop, comparisons are
 * also kept as feature vectors for fitting, and a persona whose state no longer loads (the prior
 * changed shape) is rebuilt from the user's stored signals. With `getClientAddress`, a new user's
 * first write carries the {@link networkKey} of the request's address, for the store's quota.
 */
export function createPersonaRecorder(
  store: PersonaStore,
  create: () => Persona = () => createPersona(),
  population?: PopulationLoop,
  getClientAddress?: GetClientAddress,
): PersonaRecorder {
  /** The stored state loaded into `persona`, else (with a population loop) the user's stored signals replayed. */
  const restore = async (
    persona: Persona,
    userId: string,
    stored: StoredPersona | null,
  ): Promise<boolean> => {
    if (loadInto(persona, stored)) return true;
    if (!population || stored === null) return false;
    await persona.ready();
    for (const { signal } of (await store.export(userId)).signals) {
      try {
        persona.observe(signal);
      } catch {
        // A stored signal the engine no longer reads (e.g. a dimension left the space) teaches nothing.
      }
    }
    return true;
  };

  const space = create().space;

  const checkLearnable = (signals: readonly Signal[]): void => {
    signals.forEach((signal, index) => {
      if (signal.kind === 'explicit' && space.indexOf(signal.dimension) < 0) {
        throw new HandlerError(
          400,
          'invalid-signal',
          `Signal ${index}: unknown dimension "${signal.dimension.slice(0, 64)}" in space "${space.id}".`,
        );
      }
    });
  };

  return {
    space,
    check: checkLearnable,
    async read(userId) {
      const persona = create();
      await persona.ready();
      return (await restore(persona, userId, await store.get(userId))) ? persona : undefined;
    },
    async record(userId, signals, request) {
      checkLearnable(signals);
      const persona = create();
      await persona.ready();
      const stored = await store.get(userId);
      if (!signals.some(isLearningSignal) && stored === null) return undefined;
      // Rebuilt before the new signals are stored, so they are learned once.
      const rebuilt = create();
      const replayed = population ? await restore(rebuilt, userId, stored) : false;
      const origin = stored === null ? await writeOrigin(getClientAddress, request) : undefined;
      if (signals.length > 0) await store.appendSignals(userId, signals, origin);
      await store.update(
        userId,
        (current) => {
          if (!loadInto(persona, current)) {
            persona.reset();
            if (replayed) persona.load(rebuilt.toJSON());
          }
          for (const signal of signals) persona.observe(signal);
          return { state: persona.toJSON() as unknown as PersonaStateJson };
        },
        origin,
      );
      await population?.record(userId, signals, persona, request);
      return persona;
    },
  };
}
