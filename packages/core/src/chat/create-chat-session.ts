import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { ChatTransport } from 'ai';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { errorMessage } from '../errors/error-message';
import { loadOnce } from '../lazy/load-once';
import type { Signal } from '../persona/signals';
import type { StorageAdapter } from '../storage/storage-adapter';
import { parseStoredSession } from '../storage/stored-session';
import type { ChatEngine, ChatEngineOptions, ReplyOrigin } from './chat-engine';
import type { ChatSessionState, ChatSessionStore } from './chat-session-state';
import { generateId as defaultGenerateId } from './generate-id';
import type { AttuneMessage, AttuneMessageMetadata } from './message';
import { messageText, promptBefore, withMessageText } from './message-text';
import { noPersonalization, type Personalization } from './personalization';
import type { Learner } from './personalized-transport';

/** Options of `createChatSession`; give exactly one of `model`, `transport` or `api`. */
export interface ChatSessionOptions {
  /** Session id; also the storage key unless `storageKey` is set. Generated when absent. */
  id?: string;
  /** A model run in-process with `streamText` (browser or Node). */
  model?: LanguageModelV4;
  /** Any AI SDK chat transport; only `conditioning.body` is added to its requests. */
  transport?: ChatTransport<AttuneMessage>;
  /** URL of an Attune/AI SDK chat endpoint, used through `DefaultChatTransport`. */
  api?: string;
  /** Instructions for the in-process model (a server keeps its own instructions). */
  instructions?: string;
  /** The persona seam; `noPersonalization` by default. */
  personalization?: Personalization;
  /** Where the conversation and persona are saved. */
  storage?: StorageAdapter;
  /** Storage key, the session id by default. */
  storageKey?: string;
  /** The starting conversation; takes precedence over stored messages. */
  messages?: AttuneMessage[];
  /** Called with each request error (the state also holds it). */
  onError?: (error: Error) => void;
  /** Called with each new non-fatal problem (the state's `warnings` list each one once). */
  onWarning?: (warning: string) => void;
  /** Ids for sessions, messages and comparisons. */
  generateId?: () => string;
  /**
   * Fetch what replies need (the streaming engine, the personalization's detectors) as soon as
   * the session is created; `true` by default. `false` waits for `preload()` or the first
   * request, e.g. for a chat behind a launcher that most visitors never open.
   */
  preload?: boolean;
}

/** A personalized dialogue session over a zustand vanilla store. */
export interface ChatSession {
  /** The session id. */
  readonly id: string;
  /** The zustand store; `store.subscribe(selector, listener)` listens to one slice. */
  readonly store: ChatSessionStore;
  /** Resolves once saved state (conversation, persona) was restored or found unreadable. */
  readonly ready: Promise<void>;
  /**
   * Fetches what replies need (the streaming engine, the personalization's detectors), once;
   * resolves when they are there. Never rejects: a failure shows on the next request.
   */
  preload(): Promise<void>;
  /** The current state. */
  getState(): ChatSessionState;
  /** Listens to state changes (whole state, or one slice with a selector). */
  subscribe: ChatSessionStore['subscribe'];
  /** Sends a user message (text or parts) and streams the reply. */
  send(input: string | AttuneMessage['parts']): Promise<void>;
  /** Stops the reply; the partial reply stays, marked `metadata.stopped`. */
  stop(): Promise<void>;
  /** Replaces an assistant reply (the last one by default), learning a mild negative from it. */
  regenerate(messageId?: string): Promise<void>;
  /** Re-requests the reply to the last user message after an error or a stop. */
  retry(): Promise<void>;
  /** Edits a user message and resends it; later turns are replaced. */
  edit(messageId: string, text: string): Promise<void>;
  /** Empties the conversation (the persona stays). */
  clear(): Promise<void>;
  /** Replaces the conversation. */
  load(messages: AttuneMessage[]): Promise<void>;
  /** Puts a thumb on an assistant reply (`null` removes it) and learns from it. */
  rate(messageId: string, rating: 'up' | 'down' | null): Promise<void>;
  /** Decides an active comparison: the chosen candidate becomes the reply's text. */
  choose(comparisonId: string, option: 0 | 1 | 'none'): Promise<void>;
  /** Forgets what personalization learned and saves. */
  resetPersona(): Promise<void>;
  /** Stops any reply and releases the transport; the session is unusable afterwards. */
  destroy(): Promise<void>;
}

/** The message with its streaming text and reasoning parts marked done. */
const finishParts = (message: AttuneMessage): AttuneMessage => ({
  ...message,
  parts: message.parts.map((part) =>
    (part.type === 'text' || part.type === 'reasoning') && part.state === 'streaming'
      ? { ...part, state: 'done' }
      : part,
  ),
});

function originOf(options: ChatSessionOptions): ReplyOrigin {
  const given = [options.model, options.transport, options.api].filter((value) => value !== undefined);
  if (given.length !== 1) {
    throw new Error(
      `createChatSession needs exactly one of \`model\`, \`transport\` or \`api\`; got ${given.length}.`,
    );
  }
  if (options.model) return { model: options.model, instructions: options.instructions };
  if (options.transport) return { transport: options.transport };
  if (typeof options.api !== 'string' || options.api.trim() === '') {
    throw new Error('createChatSession: `api` must be the URL of a chat endpoint.');
  }
  return { api: options.api };
}

/**
 * Creates a chat session. Each turn it learns from the user's message, asks the
 * personalization for a plan, and streams the conditioned reply into the store through
 * the AI SDK's `AbstractChat`; it saves after each finished turn and after feedback.
 * The store, feedback and persistence are here; the streaming engine (`AbstractChat`, the
 * transports) loads on demand, starting at creation, so a page's first load stays small.
 */
export function createChatSession(options: ChatSessionOptions): ChatSession {
  const origin = originOf(options);
  const generateId = options.generateId ?? defaultGenerateId;
  const personalization = options.personalization ?? noPersonalization;
  const { storage } = options;
  const id = options.id ?? generateId();
  const storageKey = options.storageKey ?? id;

  const store: ChatSessionStore = createStore<ChatSessionState>()(
    subscribeWithSelector(
      (): ChatSessionState => ({ id, messages: options.messages ?? [], status: 'ready', warnings: [] }),
    ),
  );

  const warn = (warning: string): void => {
    if (store.getState().warnings.includes(warning)) return;
    store.setState((state) => ({ warnings: [...state.warnings, warning] }));
    options.onWarning?.(warning);
  };

  let learning: Promise<void> = Promise.resolve();
  const learner: Learner = {
    learn(signal: Signal) {
      learning = learning
        .then(() => personalization.ready?.())
        .then(() => personalization.observe(signal))
        .catch((error: unknown) =>
          warn(`Could not learn from a ${signal.kind} signal: ${errorMessage(error)}`),
        );
      return learning;
    },
    settled: () => learning,
  };

  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
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
  };

  const updateMessage = (messageId: string, update: (message: AttuneMessage) => AttuneMessage): void => {
    store.setState((state) => {
      const index = state.messages.findIndex((message) => message.id === messageId);
      const message = state.messages[index];
      if (!message) return {};
      const messages = state.messages.slice();
      messages[index] = update(message);
      return { messages };
    });
  };
  const updateMetadata = (messageId: string, metadata: AttuneMessageMetadata): void =>
    updateMessage(messageId, (message) => ({ ...message, metadata: { ...message.metadata, ...metadata } }));

  const engineOptions: ChatEngineOptions = {
    id,
    generateId,
    store,
    origin,
    personalization,
    learner,
    warn,
    onError: (error) => options.onError?.(error),
    onFinish: ({ message, isAbort, isError }) => {
      // A stopped or failed reply is final: its text no longer reads as streaming.
      if (isAbort || isError) updateMessage(message.id, finishParts);
      if (isAbort) updateMetadata(message.id, { stopped: true });
      if (isError)
        updateMetadata(message.id, { error: store.getState().error?.message ?? 'The reply failed.' });
      void save();
    },
  };
  const engine = loadOnce('The chat engine', () =>
    import('./chat-engine').then((module) => module.createChatEngine(engineOptions)),
  );
  const preload = async (): Promise<void> => {
    // A failure surfaces on the first request, which loads again.
    await Promise.all([engine.load(), personalization.ready?.()]).catch(() => {});
  };
  if (options.preload !== false) void preload();
  /** Set by stop(); a request whose engine was still loading then stops as soon as it starts. */
  let stopRequested = false;
  /**
   * Runs one request on the engine. When the engine cannot load, the user's message (if any)
   * is kept and the session shows the error, exactly as for a failed request, so retry() works.
   */
  const request = async (run: (chat: ChatEngine) => Promise<void>, userMessage?: AttuneMessage) => {
    let chat: ChatEngine;
    try {
      chat = await engine.load();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      store.setState((state) => ({
        messages: userMessage ? [...state.messages, userMessage] : state.messages,
        status: 'error',
        error: failure,
      }));
      options.onError?.(failure);
      await save();
      return;
    }
    const running = run(chat);
    if (stopRequested) await chat.stop();
    await running;
  };
  /** Leaves the error state (as `AbstractChat.clearError` does). */
  const clearError = () => {
    if (store.getState().status === 'error') store.setState({ status: 'ready', error: undefined });
  };

  const restore = async (): Promise<void> => {
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
  };
  const ready = restore();

  let destroyed = false;
  const begin = async (): Promise<void> => {
    if (destroyed) throw new Error('This chat session was destroyed.');
    await ready;
  };
  const isBusy = () => {
    const { status } = store.getState();
    return status === 'submitted' || status === 'streaming';
  };
  /** The request in progress (send, regenerate, retry, edit). */
  let inFlight: Promise<void> | undefined;
  const exclusive = async (run: () => Promise<void>): Promise<void> => {
    // Claimed at call time, so a stop() right after a send() always stops that send.
    if (inFlight || isBusy()) throw new Error('A reply is still in progress; call stop() first.');
    stopRequested = false;
    const running = begin().then(run);
    const settled = running.then(
      () => {},
      () => {},
    );
    inFlight = settled;
    void settled.then(() => {
      if (inFlight === settled) inFlight = undefined;
    });
    await running;
  };
  /** Stops the request in progress, if any, and waits until it has written its last chunk. */
  const settle = async (): Promise<void> => {
    stopRequested = true;
    await engine.current()?.stop();
    while (inFlight) {
      await inFlight;
      await engine.current()?.stop();
    }
  };
  const findMessage = (messageId: string, role: AttuneMessage['role']) => {
    const messages = store.getState().messages;
    const index = messages.findIndex((message) => message.id === messageId);
    const message = messages[index];
    if (!message) throw new Error(`No message with id "${messageId}" in this session.`);
    if (message.role !== role) throw new Error(`Message "${messageId}" is not a ${role} message.`);
    return { message, index, messages };
  };

  return {
    id,
    store,
    ready,
    preload,
    getState: store.getState,
    subscribe: store.subscribe,

    send: (input) =>
      exclusive(async () => {
        const parts: AttuneMessage['parts'] =
          typeof input === 'string' ? [{ type: 'text', text: input }] : input;
        if (messageText({ parts }).trim() === '' && parts.every((part) => part.type === 'text')) {
          throw new Error('Cannot send an empty message.');
        }
        const metadata = { createdAt: Date.now() };
        await request((chat) => chat.sendMessage({ parts, metadata }), {
          id: generateId(),
          role: 'user',
          parts,
          metadata,
        });
        await saving;
      }),

    async stop() {
      await settle();
      await saving;
    },

    regenerate: (messageId) =>
      exclusive(async () => {
        const messages = store.getState().messages;
        const replyId = messageId ?? messages.findLast((message) => message.role === 'assistant')?.id;
        if (replyId === undefined) throw new Error('There is no reply to regenerate.');
        const { message, index } = findMessage(replyId, 'assistant');
        void learner.learn({
          kind: 'rating',
          rating: 'down',
          weight: 0.5,
          text: messageText(message),
          prompt: promptBefore(messages, index),
          style: message.metadata?.style,
          at: Date.now(),
        });
        await request((chat) => chat.regenerate({ messageId: replyId }));
        await saving;
      }),

    retry: () =>
      exclusive(async () => {
        const last = store.getState().messages.at(-1);
        if (!last) throw new Error('There is nothing to retry.');
        await request((chat) => chat.regenerate(last.role === 'assistant' ? { messageId: last.id } : {}));
        await saving;
      }),

    edit: (messageId, text) =>
      exclusive(async () => {
        if (text.trim() === '') throw new Error('Cannot send an empty message.');
        const { message } = findMessage(messageId, 'user');
        await request((chat) =>
          chat.sendMessage({ text, messageId, metadata: { ...message.metadata, createdAt: Date.now() } }),
        );
        await saving;
      }),

    async clear() {
      await begin();
      await settle();
      clearError();
      store.setState({ messages: [] });
      await save();
    },

    async load(messages) {
      await begin();
      const { messages: checked } = parseStoredSession({ version: 1, messages });
      await settle();
      clearError();
      store.setState({ messages: checked });
      await save();
    },

    async rate(messageId, rating) {
      await begin();
      const { message, index, messages } = findMessage(messageId, 'assistant');
      updateMetadata(messageId, { rating });
      if (rating !== null) {
        void learner.learn({
          kind: 'rating',
          rating,
          text: messageText(message),
          prompt: promptBefore(messages, index),
          style: message.metadata?.style,
          at: Date.now(),
        });
      }
      await learner.settled();
      await save();
    },

    async choose(comparisonId, option) {
      await begin();
      const messages = store.getState().messages;
      const index = messages.findIndex((message) => message.metadata?.comparison?.id === comparisonId);
      const message = messages[index];
      const comparison = message?.metadata?.comparison;
      if (!message || !comparison)
        throw new Error(`No comparison with id "${comparisonId}" in this session.`);
      if (comparison.chosen !== undefined)
        throw new Error(`Comparison "${comparisonId}" was already decided.`);
      if (option === 'none') {
        updateMetadata(message.id, { comparison: { ...comparison, chosen: 'none' } });
      } else {
        const chosen = comparison.candidates[option];
        const rejected = comparison.candidates[option === 0 ? 1 : 0];
        updateMessage(message.id, (current) => ({
          ...withMessageText(current, chosen.text),
          metadata: {
            ...current.metadata,
            style: chosen.style,
            shapedBy: chosen.shapedBy,
            comparison: { ...comparison, chosen: option },
          },
        }));
        void learner.learn({
          kind: 'comparison',
          prompt: promptBefore(messages, index) ?? '',
          chosen: chosen.text,
          rejected: rejected.text,
          chosenStyle: chosen.style,
          rejectedStyle: rejected.style,
          at: Date.now(),
        });
      }
      await learner.settled();
      await save();
    },

    async resetPersona() {
      await begin();
      personalization.reset?.();
      await save();
    },

    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await settle();
      await engine.current()?.dispose();
      await saving;
    },
  };
}
