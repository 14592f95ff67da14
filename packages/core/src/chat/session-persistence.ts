import { errorMessage } from '../errors/error-message';
import type { AttuneMessage } from '../message/message';
import { checkSignal } from '../persona/signal-schema';
import type { Signal } from '../persona/signals';
import type { StorageAdapter } from '../storage/storage-adapter';
import { parseStoredSession } from '../storage/stored-session';
import type { ChatSessionStore } from './chat-session-state';
import type { Personalization } from './personalization';
import type { SignalOutbox } from './signal-outbox';

/**
 * Saves and restores a session's conversation, persona and unsent signals (its outbox) under one
 * storage key.
 */
export interface SessionPersistence {
  /** Queues a save of the current messages, persona and outbox; resolves once it is done (never rejects). */
  save(): Promise<void>;
  /** Resolves once every queued save is done. */
  saved(): Promise<void>;
  /** Reads the saved session into the store, the personalization and the outbox (never rejects). */
  restore(): Promise<void>;
}

/** What {@link createSessionPersistence} works with. */
export interface SessionPersistenceOptions {
  /** Where to save; without it saving and restoring do nothing. */
  storage: StorageAdapter | undefined;
  storageKey: string;
  store: ChatSessionStore;
  personalization: Personalization;
  /** The learned signals waiting for a server (HTTP sessions); saved so leaving loses none. */
  outbox?: SignalOutbox;
  /** The session's starting conversation; when given, stored messages are not restored over it. */
  messages: AttuneMessage[] | undefined;
  /** Reports a problem: storage failures are warnings, the session carries on. */
  warn: (warning: string) => void;
}

/** The saved signals that pass the signal schema; each one that does not is a warning. */
function checkedSignals(values: readonly unknown[], warn: (warning: string) => void): Signal[] {
  return values.flatMap((value, index) => {
    const check = checkSignal(value, index);
    if (check.ok) return [check.signal];
    warn(`A saved signal was dropped: ${check.message}`);
    return [];
  });
}

/** The session's persistence: saves one at a time, and a failure is a warning, never a rejection. */
export function createSessionPersistence(options: SessionPersistenceOptions): SessionPersistence {
  const { storage, storageKey, store, personalization, outbox, warn } = options;
  let saving: Promise<void> = Promise.resolve();

  return {
    save() {
      if (!storage) return saving;
      saving = saving
        .then(async () => {
          const persona = personalization.snapshot?.();
          const messages = store.getState().messages;
          const signals = outbox?.waiting() ?? [];
          await storage.save(storageKey, {
            version: 1,
            messages,
            ...(persona === undefined ? {} : { persona }),
            ...(signals.length === 0 ? {} : { signals: [...signals] }),
          });
        })
        .catch((error: unknown) => warn(`The session could not be saved: ${errorMessage(error)}`));
      return saving;
    },
    saved: () => saving,
    async restore() {
      if (!storage) return;
      let stored: ReturnType<typeof parseStoredSession>;
      try {
        const value = await storage.load(storageKey);
        if (value === undefined) return;
        stored = parseStoredSession(value);
      } catch (error) {
        warn(`The saved session could not be read, so it starts clean: ${errorMessage(error)}`);
        return;
      }
      if (options.messages === undefined) store.setState({ messages: stored.messages });
      if (stored.persona !== undefined && personalization.restore) {
        try {
          personalization.restore(stored.persona);
        } catch (error) {
          warn(`The saved persona could not be restored: ${errorMessage(error)}`);
        }
      }
      if (stored.signals !== undefined && outbox) outbox.restore(checkedSignals(stored.signals, warn));
    },
  };
}
