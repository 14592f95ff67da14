import { errorMessage } from '../errors/error-message';
import type { AttuneMessage } from '../message/message';
import type { StorageAdapter } from '../storage/storage-adapter';
import { parseStoredSession } from '../storage/stored-session';
import type { ChatSessionStore } from './chat-session-state';
import type { Personalization } from './personalization';

/** Saves and restores a session's conversation and persona under one storage key. */
export interface SessionPersistence {
  /** Queues a save of the current messages and persona; resolves once it is done (never rejects). */
  save(): Promise<void>;
  /** Resolves once every queued save is done. */
  saved(): Promise<void>;
  /** Reads the saved session into the store and the personalization (never rejects). */
  restore(): Promise<void>;
}

/** What {@link createSessionPersistence} works with. */
export interface SessionPersistenceOptions {
  /** Where to save; without it saving and restoring do nothing. */
  storage: StorageAdapter | undefined;
  storageKey: string;
  store: ChatSessionStore;
  personalization: Personalization;
  /** The session's starting conversation; when given, stored messages are not restored over it. */
  messages: AttuneMessage[] | undefined;
  /** Reports a problem: storage failures are warnings, the session carries on. */
  warn: (warning: string) => void;
}

/** The session's persistence: saves one at a time, and a failure is a warning, never a rejection. */
export function createSessionPersistence(options: SessionPersistenceOptions): SessionPersistence {
  const { storage, storageKey, store, personalization, warn } = options;
  let saving: Promise<void> = Promise.resolve();

  return {
    save() {
      if (!storage) return saving;
      saving = saving
        .then(async () => {
          const persona = personalization.snapshot?.();
          const messages = store.getState().messages;
          await storage.save(storageKey, {
            version: 1,
            messages,
            ...(persona === undefined ? {} : { persona }),
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
    },
  };
}
