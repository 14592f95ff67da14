import type { ChatStatus } from 'ai';
import type { StoreApi } from 'zustand/vanilla';
import type { AttuneMessage } from '../message/message';
import type { Signal } from '../persona/signals';

/** The state of a chat session, held in a zustand vanilla store. */
export interface ChatSessionState {
  /** The session id. */
  id: string;
  /** The conversation; while a reply streams only the live message object changes. */
  messages: AttuneMessage[];
  /** `submitted` waits for the first chunk, `streaming` receives, `error` failed, `ready` idle. */
  status: ChatStatus;
  /** The last request's error while `status` is `error`. */
  error?: Error;
  /** Non-fatal problems, e.g. unreadable storage or a failed save. */
  warnings: string[];
  /**
   * The learned feedback signals (ratings, choices) waiting for the next request to a server,
   * oldest first, restored ones included: the server learns them only with the next message, so
   * a page that loads the persona from the server learns them on top to show what this browser
   * knows. Always empty on an in-process model.
   */
  waitingSignals: readonly Signal[];
}

/**
 * The session's zustand store; `subscribe(selector, listener)` listens to one slice. Spelled out as
 * zustand's `subscribeWithSelector` makes it: its `Mutate` form needs zustand/middleware's
 * declarations, which an app's published types do not load (its `subscribe` was then `never`).
 */
export type ChatSessionStore = Omit<StoreApi<ChatSessionState>, 'subscribe'> & {
  subscribe: {
    (listener: (state: ChatSessionState, previousState: ChatSessionState) => void): () => void;
    <U>(
      selector: (state: ChatSessionState) => U,
      listener: (selectedState: U, previousSelectedState: U) => void,
      options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
    ): () => void;
  };
};
