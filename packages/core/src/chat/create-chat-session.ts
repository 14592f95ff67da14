import type { LanguageModelV4 } from '@ai-sdk/provider';
import type {
  ChatInit,
  ChatTransport,
  FileUIPart,
  FlexibleSchema,
  ToolSet,
  UIDataPartSchemas,
  UIMessage,
} from 'ai';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { errorMessage } from '../errors/error-message';
import { loadOnce } from '../lazy/load-once';
import type { AttuneMessage, AttuneMessageMetadata } from '../message/message';
import { withSourceParts } from '../message/message-sources';
import { messageText, withMessageText } from '../message/message-text';
import type { StorageAdapter } from '../storage/storage-adapter';
import { parseStoredSession } from '../storage/stored-session';
import { isRecord } from '../validation/is-record';
import type { ChatEngineOptions, ReplyOrigin } from './chat-engine';
import { toChatRequestError } from './chat-request-error';
import { ChatSessionError } from './chat-session-error';
import type { ChatSessionState, ChatSessionStore } from './chat-session-state';
import { comparisonSignal, ratingSignal } from './feedback-signals';
import { toFileParts } from './file-parts';
import { generateId as defaultGenerateId } from './generate-id';
import { createLearningQueue } from './learning-queue';
import { noPersonalization, type Personalization } from './personalization';
import { createRequestGate } from './request-gate';
import type { ChatEngine } from './session-chat';
import { createSessionPersistence } from './session-persistence';
import { createSignalOutbox } from './signal-outbox';
import { DEFAULT_BODY_KEY } from './transport-reply-source';

/** Options of `createChatSession`; give exactly one of `model`, `transport` or `api`. */
export interface ChatSessionOptions {
  /** Session id; also the storage key unless `storageKey` is set. Generated when absent. */
  id?: string;
  /** A model run in-process with `streamText` (browser or Node). */
  model?: LanguageModelV4;
  /** Any AI SDK chat transport; only `conditioning.body` is added to its requests. */
  transport?: ChatTransport<AttuneMessage>;
  /** URL of an Attune/AI SDK chat endpoint, spoken to on `DefaultChatTransport`'s wire protocol. */
  api?: string;
  /**
   * With `api`: each request carries only the newest message (`{ id, message }`), for a server
   * that loads the earlier ones from its own storage (`createChatHandler`'s `loadMessages`).
   * Default false. With a `transport`, use its own option (`DefaultChatTransport`'s
   * `prepareSendMessagesRequest`).
   */
  lastMessageOnly?: boolean;
  /**
   * The one request-body key Attune's own fields (the persona payload, learned signals) travel
   * under over HTTP, so no field name of the app's is taken; `attune` by default. Give the
   * server's `createChatHandler` the same `bodyKey`.
   */
  bodyKey?: string;
  /** Instructions for the in-process model (a server keeps its own instructions). */
  instructions?: string;
  /**
   * Tools for the in-process `model`: tools with `execute` run in-process, the others reach
   * `onToolCall`. With `api` or `transport` the server has the tools.
   */
  tools?: ToolSet;
  /**
   * Runs a client-side tool the model called (a tool without `execute`, on the server or in
   * `tools`); give its result with `addToolOutput`, as with `useChat`.
   */
  onToolCall?: ChatInit<AttuneMessage>['onToolCall'];
  /**
   * Sends again by itself when this returns true after a reply or a tool result, e.g. the AI
   * SDK's `lastAssistantMessageIsCompleteWithToolCalls` (or `…WithApprovalResponses`).
   */
  sendAutomaticallyWhen?: ChatInit<AttuneMessage>['sendAutomaticallyWhen'];
  /** The persona seam; `noPersonalization` by default. */
  personalization?: Personalization;
  /** Where the conversation and persona are saved. */
  storage?: StorageAdapter;
  /** Storage key, the session id by default. */
  storageKey?: string;
  /**
   * The starting conversation, e.g. the AI SDK `UIMessage[]` an app already has; takes
   * precedence over stored messages.
   */
  messages?: readonly UIMessage[];
  /** Called with each request error (the state also holds it). */
  onError?: (error: Error) => void;
  /**
   * Called when a reply has ended (finished, stopped or failed), with the conversation, as
   * `useChat`'s `onFinish` (`message`, `messages`, `isAbort`, `isDisconnect`, `isError`, `finishReason`).
   */
  onFinish?: ChatInit<AttuneMessage>['onFinish'];
  /**
   * Called with each data part the server streams (`data-*`), transient ones included (those are
   * never kept in the reply), as `useChat`'s `onData`.
   */
  onData?: ChatInit<AttuneMessage>['onData'];
  /**
   * Checks each reply's metadata whenever a chunk brings some, as `useChat`'s
   * `messageMetadataSchema`: a reply that fails it ends the request with a `ChatRequestError`
   * `invalid-chunk` (the session's `error`, `onError`). It sees the app's metadata merged so far,
   * without Attune's own keys (`conditioning`, `style`, `shapedBy`, `comparison`,
   * `personalization`), so a chunk with only Attune's receipt is not checked.
   */
  messageMetadataSchema?: FlexibleSchema;
  /** Checks the `data` of each `data-NAME` part by `NAME` (transient ones included), as `useChat`'s `dataPartSchemas`. */
  dataPartSchemas?: UIDataPartSchemas;
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

/**
 * Options of `send`: files to attach, the user message's metadata, the user message it replaces
 * (as the AI SDK's `sendMessage({ metadata, messageId })`), and per-request options as the AI
 * SDK's `ChatRequestOptions` (`regenerate` and `resumeStream` take the `body` and `headers`).
 */
export interface SendOptions {
  /** Extra fields for the request body (an app's own fields; Attune's travel under their own key). */
  body?: object;
  /** Extra HTTP headers for the request, e.g. an `Authorization` header. */
  headers?: Record<string, string> | Headers;
  /** Files to attach: a `FileList`, `File[]` or the AI SDK's file parts. */
  files?: FileList | readonly File[] | readonly FileUIPart[];
  /**
   * The app's metadata of the user message (sent to the server with it). An object is merged over
   * Attune's `createdAt`; any other value is the metadata as given.
   */
  metadata?: unknown;
  /**
   * A user message to replace: it gets the new content and metadata, keeps its id, and every
   * message after it is dropped before the reply is asked for (`useChat`'s edit).
   * `ChatSessionError` `not-found` / `wrong-role` when there is no such user message.
   */
  messageId?: string;
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
  /**
   * Sends a user message (text or parts, with any `files` and `metadata`), or replaces the user
   * message `messageId` and what followed it, and streams the reply. Text may be empty when files
   * are attached.
   */
  send(input: string | AttuneMessage['parts'], options?: SendOptions): Promise<void>;
  /** Gives the result of a client-side tool call; sends again if `sendAutomaticallyWhen` says so. */
  addToolOutput(
    output: { tool: string; toolCallId: string } & (
      | { state?: 'output-available'; output: unknown; errorText?: never }
      | { state: 'output-error'; output?: never; errorText: string }
    ),
  ): Promise<void>;
  /** Answers a tool call that asked for approval; sends again if `sendAutomaticallyWhen` says so. */
  addToolApprovalResponse(response: { id: string; approved: boolean; reason?: string }): Promise<void>;
  /**
   * Picks up a reply still streaming on the server (after a reload); nothing happens when none
   * is (the endpoint answers 204) or for an in-process model.
   */
  resumeStream(options?: Pick<SendOptions, 'body' | 'headers'>): Promise<void>;
  /** Leaves the error state (status back to `ready`), keeping the messages. */
  clearError(): void;
  /** Replaces the conversation at once (as `useChat`'s `setMessages`); `load` validates instead. */
  setMessages(update: AttuneMessage[] | ((messages: AttuneMessage[]) => AttuneMessage[])): void;
  /** Stops the reply; the partial reply stays, marked `metadata.stopped`. */
  stop(): Promise<void>;
  /** Replaces an assistant reply (the last one by default), learning a mild negative from it. */
  regenerate(messageId?: string, options?: Pick<SendOptions, 'body' | 'headers'>): Promise<void>;
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
  /** Decides an active comparison: the chosen candidate becomes the reply's text (and its sources). */
  choose(comparisonId: string, option: 0 | 1 | 'none'): Promise<void>;
  /** Forgets what personalization learned (and the feedback not yet sent to a server) and saves. */
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
    throw new RangeError(
      `createChatSession needs exactly one of \`model\`, \`transport\` or \`api\`; got ${given.length}.`,
    );
  }
  if (options.tools !== undefined && !options.model) {
    throw new RangeError(
      'createChatSession: `tools` run with an in-process `model`; with `api` or `transport` give the tools to the server.',
    );
  }
  if (options.lastMessageOnly !== undefined && options.api === undefined) {
    throw new RangeError('createChatSession: `lastMessageOnly` applies to `api` only.');
  }
  if (options.model)
    return { model: options.model, instructions: options.instructions, tools: options.tools };
  if (options.transport) return { transport: options.transport };
  if (typeof options.api !== 'string' || options.api.trim() === '') {
    throw new RangeError('createChatSession: `api` must be the URL of a chat endpoint.');
  }
  return { api: options.api, lastMessageOnly: options.lastMessageOnly === true };
}

function bodyKeyOf(options: ChatSessionOptions): string {
  const key = options.bodyKey ?? DEFAULT_BODY_KEY;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new RangeError('createChatSession: `bodyKey` must be a non-empty string.');
  }
  return key;
}

const ARTICLE: Record<AttuneMessage['role'], string> = {
  user: 'a user',
  assistant: 'an assistant',
  system: 'a system',
};

/**
 * Creates a chat session. Each turn it learns from the user's message, asks the
 * personalization for a plan, and streams the conditioned reply into the store through its
 * chat engine (the AI SDK's UI message stream protocol, without the AI SDK's runtime); it
 * saves after each finished turn and after feedback. The store and the actions are here, built
 * from small parts: the learning queue, the persistence, the request gate and the feedback
 * signals. The streaming engine loads on demand, starting at creation, so a page's first load
 * stays small. Actions that do not apply reject with a {@link ChatSessionError}.
 */
export function createChatSession(options: ChatSessionOptions): ChatSession {
  const origin = originOf(options);
  const bodyKey = bodyKeyOf(options);
  const generateId = options.generateId ?? defaultGenerateId;
  const personalization = options.personalization ?? noPersonalization;
  const id = options.id ?? generateId();
  // An app's own UIMessages are taken as they are: Attune reads only the metadata it knows.
  const initialMessages = options.messages as AttuneMessage[] | undefined;

  const store: ChatSessionStore = createStore<ChatSessionState>()(
    subscribeWithSelector(
      (): ChatSessionState => ({
        id,
        messages: initialMessages ?? [],
        status: 'ready',
        warnings: [],
        waitingSignals: [],
      }),
    ),
  );

  const warn = (warning: string): void => {
    if (store.getState().warnings.includes(warning)) return;
    store.setState((state) => ({ warnings: [...state.warnings, warning] }));
    options.onWarning?.(warning);
  };

  // What a server has not received yet; an in-process model sends nothing anywhere.
  const outbox =
    'model' in origin
      ? undefined
      : createSignalOutbox((waitingSignals) => {
          const current = store.getState().waitingSignals;
          if (current.length > 0 || waitingSignals.length > 0) store.setState({ waitingSignals });
        });
  const learner = createLearningQueue(personalization, warn, outbox);
  const persistence = createSessionPersistence({
    storage: options.storage,
    storageKey: options.storageKey ?? id,
    store,
    personalization,
    outbox,
    messages: initialMessages,
    warn,
  });
  const { save } = persistence;

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
    bodyKey,
    personalization,
    learner,
    warn,
    onError: (error) => options.onError?.(error),
    onFinish: ({ message, isAbort, isError, isDisconnect, finishReason }) => {
      // A stopped or failed reply is final: its text no longer reads as streaming.
      if (isAbort || isError) updateMessage(message.id, finishParts);
      if (isAbort) updateMetadata(message.id, { stopped: true });
      if (isError) {
        // The server's JSON error becomes a readable message with its code and retry time.
        const failure = toChatRequestError(store.getState().error ?? 'The reply failed.');
        store.setState({ error: failure });
        updateMetadata(message.id, {
          error: failure.message,
          errorCode: failure.code,
          ...(failure.retryAt === undefined ? {} : { retryAt: failure.retryAt }),
        });
      }
      void save();
      const { messages } = store.getState();
      options.onFinish?.({
        message: messages.findLast((kept) => kept.id === message.id) ?? message,
        messages,
        isAbort,
        isDisconnect,
        isError,
        ...(finishReason ? { finishReason } : {}),
      });
    },
    onToolCall: options.onToolCall,
    onData: options.onData,
    sendAutomaticallyWhen: options.sendAutomaticallyWhen,
    schemas: {
      messageMetadataSchema: options.messageMetadataSchema,
      dataPartSchemas: options.dataPartSchemas,
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

  const ready = persistence.restore();
  const gate = createRequestGate({
    ready,
    isBusy: () => {
      const { status } = store.getState();
      return status === 'submitted' || status === 'streaming';
    },
    stop: () => engine.current()?.stop(),
  });
  const { begin, exclusive, settle } = gate;

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
    // stop() was called while the engine was still loading: stop as soon as the request starts.
    if (gate.stopRequested) await chat.stop();
    await running;
  };
  /** Leaves the error state (status back to `ready`). */
  const clearError = () => {
    if (store.getState().status === 'error') store.setState({ status: 'ready', error: undefined });
  };
  const findMessage = (messageId: string, role: AttuneMessage['role']) => {
    const messages = store.getState().messages;
    const index = messages.findIndex((message) => message.id === messageId);
    const message = messages[index];
    if (!message)
      throw new ChatSessionError('not-found', `No message with id "${messageId}" in this session.`);
    if (message.role !== role) {
      throw new ChatSessionError('wrong-role', `Message "${messageId}" is not ${ARTICLE[role]} message.`);
    }
    return { message, index, messages };
  };
  const emptyMessage = () => new ChatSessionError('empty', 'Cannot send an empty message.');

  return {
    id,
    store,
    ready,
    preload,
    getState: store.getState,
    subscribe: store.subscribe,

    send: (input, sendOptions = {}) =>
      exclusive(async () => {
        const { files, metadata: given, messageId, ...requestOptions } = sendOptions;
        if (messageId !== undefined) findMessage(messageId, 'user');
        const written: AttuneMessage['parts'] =
          typeof input === 'string' ? (input === '' ? [] : [{ type: 'text', text: input }]) : input;
        // Files first, as the AI SDK's sendMessage puts them.
        const parts = [...(files ? await toFileParts(files) : []), ...written];
        if (messageText({ parts }).trim() === '' && parts.every((part) => part.type === 'text')) {
          throw emptyMessage();
        }
        // The app's metadata type is its own (useAttuneChat<MyUIMessage>), carried as given.
        const metadata = (
          given === undefined || isRecord(given) ? { createdAt: Date.now(), ...given } : given
        ) as AttuneMessageMetadata;
        await request(
          (chat) => chat.sendMessage({ parts, metadata, messageId }, requestOptions),
          messageId === undefined ? { id: generateId(), role: 'user', parts, metadata } : undefined,
        );
        await persistence.saved();
      }),

    async stop() {
      await settle();
      await persistence.saved();
    },

    regenerate: (messageId, requestOptions) =>
      exclusive(async () => {
        const replyId =
          messageId ?? store.getState().messages.findLast((message) => message.role === 'assistant')?.id;
        if (replyId === undefined)
          throw new ChatSessionError('not-found', 'There is no reply to regenerate.');
        const { index, messages } = findMessage(replyId, 'assistant');
        const signal = ratingSignal(messages, index, 'down', 0.5);
        if (signal) void learner.learn(signal);
        await request((chat) => chat.regenerate({ messageId: replyId, ...requestOptions }));
        await persistence.saved();
      }),

    retry: () =>
      exclusive(async () => {
        const last = store.getState().messages.at(-1);
        if (!last) throw new ChatSessionError('not-found', 'There is nothing to retry.');
        await request((chat) => chat.regenerate(last.role === 'assistant' ? { messageId: last.id } : {}));
        await persistence.saved();
      }),

    edit: (messageId, text) =>
      exclusive(async () => {
        if (text.trim() === '') throw emptyMessage();
        const { message } = findMessage(messageId, 'user');
        await request((chat) =>
          chat.sendMessage({
            parts: [{ type: 'text', text }],
            messageId,
            metadata: { ...message.metadata, createdAt: Date.now() },
          }),
        );
        await persistence.saved();
      }),

    async addToolOutput(output) {
      await begin();
      const chat = await engine.load();
      await chat.addToolOutput(output);
      await persistence.saved();
    },

    async addToolApprovalResponse(response) {
      await begin();
      const chat = await engine.load();
      await chat.addToolApprovalResponse(response);
      await persistence.saved();
    },

    resumeStream: (requestOptions) =>
      exclusive(async () => {
        await request((chat) => chat.resumeStream(requestOptions));
        await persistence.saved();
      }),

    clearError,

    setMessages(update) {
      if (gate.closed) throw new ChatSessionError('destroyed', 'This chat session was destroyed.');
      store.setState((state) => ({
        messages: typeof update === 'function' ? update(state.messages) : update,
      }));
      void save();
    },

    async clear() {
      await begin();
      await settle();
      clearError();
      store.setState({ messages: [] });
      await save();
    },

    async load(messages) {
      await begin();
      let checked: AttuneMessage[];
      try {
        checked = parseStoredSession({ version: 1, messages }).messages;
      } catch (error) {
        throw new ChatSessionError('invalid-messages', errorMessage(error), { cause: error });
      }
      await settle();
      clearError();
      store.setState({ messages: checked });
      await save();
    },

    async rate(messageId, rating) {
      await begin();
      const { index, messages } = findMessage(messageId, 'assistant');
      updateMetadata(messageId, { rating });
      const signal = rating === null ? undefined : ratingSignal(messages, index, rating);
      if (signal) void learner.learn(signal);
      await learner.settled();
      await save();
    },

    async choose(comparisonId, option) {
      await begin();
      const messages = store.getState().messages;
      const index = messages.findIndex((message) => message.metadata?.comparison?.id === comparisonId);
      const message = messages[index];
      const comparison = message?.metadata?.comparison;
      if (!message || !comparison) {
        throw new ChatSessionError('not-found', `No comparison with id "${comparisonId}" in this session.`);
      }
      if (comparison.chosen !== undefined) {
        throw new ChatSessionError('already-decided', `Comparison "${comparisonId}" was already decided.`);
      }
      if (option === 'none') {
        updateMetadata(message.id, { comparison: { ...comparison, chosen: 'none' } });
      } else {
        const chosen = comparison.candidates[option];
        const rejected = comparison.candidates[option === 0 ? 1 : 0];
        // Its own sources too; a comparison saved before candidates kept sources keeps the parts.
        const keepsSources = comparison.candidates.some((candidate) => candidate.sources !== undefined);
        const replaced = (current: AttuneMessage) =>
          keepsSources ? withSourceParts(current, chosen.sources ?? []) : current;
        updateMessage(message.id, (current) => ({
          ...withMessageText(replaced(current), chosen.text),
          metadata: {
            ...current.metadata,
            conditioning: chosen.conditioning,
            style: chosen.style,
            shapedBy: chosen.shapedBy,
            comparison: { ...comparison, chosen: option },
          },
        }));
        const signal = comparisonSignal(messages, index, chosen, rejected);
        if (signal) void learner.learn(signal);
      }
      await learner.settled();
      await save();
    },

    async resetPersona() {
      await begin();
      await learner.settled();
      personalization.reset?.();
      // What was learned is forgotten: none of it goes to a server afterwards.
      outbox?.take();
      await save();
    },

    async destroy() {
      if (!gate.close()) return;
      await settle();
      await engine.current()?.dispose();
      await persistence.saved();
    },
  };
}
