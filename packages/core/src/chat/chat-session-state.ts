import type { ChatStatus } from 'ai';
import type { Mutate, StoreApi } from 'zustand/vanilla';
import type { AttuneMessage } from '../message/message';

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
   * How many learned feedback signals (ratings, choices, settings) wait for the next request to
   * a server, restored ones included: they are learned by the server only with the next message.
   * Always 0 on an in-process model.
   */
  waitingSignals: number;
}

/** The session's zustand store; `subscribe(selector, listener)` listens to one slice. */
export type ChatSessionStore = Mutate<StoreApi<ChatSessionState>, [['zustand/subscribeWithSelector', never]]>;
