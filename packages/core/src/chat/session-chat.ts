import type { ChatInit, ChatRequestOptions, ChatTransport, FinishReason, UIMessageChunk } from 'ai';
import type { AttuneMessage, AttuneMessageMetadata } from '../message/message';
import { ChatRequestError } from './chat-request-error';
import type { ChatSessionStore } from './chat-session-state';
import { createReplyReducer, isToolPart, type ReplyReducer } from './reply-reducer';
import { checkDataChunk, checkMetadata, type ReplySchemas } from './reply-schemas';
import { chunkError } from './ui-message-event-stream';

type Part = AttuneMessage['parts'][number];
type Trigger = 'submit-message' | 'regenerate-message' | 'resume-stream';
type ToolCall = Parameters<NonNullable<ChatInit<AttuneMessage>['onToolCall']>>[0]['toolCall'];

/** The app's own fields and headers for one request. */
export type RequestOptions = Pick<ChatRequestOptions, 'body' | 'headers'>;

/** A client-side tool's result, or its failure. */
export type ToolOutput = { toolCallId: string } & (
  | { state?: 'output-available'; output: unknown; errorText?: never }
  | { state: 'output-error'; output?: never; errorText: string }
);

/** How a request ended, as `onFinish` hears it. */
export interface ReplyFinish {
  /** The reply as it stands (not in the store when nothing of it arrived). */
  message: AttuneMessage;
  /** Stopped by `stop()` or by the producer (an `abort` chunk). */
  isAbort: boolean;
  /** Failed: the request, the stream, or an `error` chunk. */
  isError: boolean;
  /** Failed because the connection broke (a network error), as `useChat` tells it. */
  isDisconnect: boolean;
  /** Why the model stopped, when the stream said so. */
  finishReason: FinishReason | undefined;
}

/** The chat engine the session drives: sending, regenerating, resuming, tools and stopping. */
export interface ChatEngine {
  /** Adds a user message (or replaces the user message `messageId` and drops what follows) and streams the reply. */
  sendMessage(
    message: { parts: AttuneMessage['parts']; metadata?: AttuneMessageMetadata; messageId?: string },
    options?: RequestOptions,
  ): Promise<void>;
  /** Drops the reply `messageId` (the last message by default) and what follows, and asks again. */
  regenerate(options?: RequestOptions & { messageId?: string }): Promise<void>;
  /** Picks up a reply still streaming at the producer; nothing happens when there is none. */
  resumeStream(options?: RequestOptions): Promise<void>;
  /** Gives a client-side tool's result; sends again when `sendAutomaticallyWhen` says so. */
  addToolOutput(output: ToolOutput): Promise<void>;
  /** Answers a tool approval request; sends again when `sendAutomaticallyWhen` says so. */
  addToolApprovalResponse(response: { id: string; approved: boolean; reason?: string }): Promise<void>;
  /** Stops the reply in flight (its partial text stays) and any automatic resend. */
  stop(): Promise<void>;
  /** Stops and releases the transport. */
  dispose(): Promise<void>;
}

/** Options of {@link createSessionChat}. */
export interface SessionChatOptions {
  /** The chat id the transport is told. */
  id: string;
  /** Ids for new messages. */
  generateId: () => string;
  /** Where the conversation, status and error live. */
  store: ChatSessionStore;
  /** Where replies come from. */
  transport: ChatTransport<AttuneMessage>;
  /** Hears every failed request. */
  onError: (error: Error) => void;
  /** Hears the end of every request that reached the transport. */
  onFinish: (finish: ReplyFinish) => void;
  /** Runs client-side tools, as in `useChat`. */
  onToolCall: ChatInit<AttuneMessage>['onToolCall'];
  /** Hears every data part as it arrives, transient ones (never kept in the reply) included, as in `useChat`. */
  onData: ChatInit<AttuneMessage>['onData'];
  /** Sends again by itself when this says so (e.g. once every tool result is in). */
  sendAutomaticallyWhen: ChatInit<AttuneMessage>['sendAutomaticallyWhen'];
  /** The app's schemas for replies' metadata and data parts; a chunk that fails one fails the request. */
  schemas?: ReplySchemas;
}

const isAbortError = (error: unknown) => error instanceof Error && error.name === 'AbortError';
const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
/** A failed `fetch` (the connection broke), told apart as the AI SDK's chat does. */
const isDisconnect = (error: unknown) => {
  if (!(error instanceof TypeError)) return false;
  const message = error.message.toLowerCase();
  return message.includes('fetch') || message.includes('network') || message === 'load failed';
};
type DataChunk = Extract<UIMessageChunk, { type: `data-${string}` }>;
const isDataChunk = (chunk: UIMessageChunk): chunk is DataChunk => chunk.type.startsWith('data-');

/**
 * The session's chat engine over its zustand store, with the behaviour of the AI SDK's
 * `AbstractChat` the session relies on and none of its runtime: status goes `submitted` when a
 * request starts, `streaming` with the first content, then `ready` (or `error`, with `onError`);
 * the reply is assembled by the reply reducer and written to the store as a new object per
 * change; `stop()` aborts; client tools run through `onToolCall`, and `addToolOutput`,
 * approvals and finished replies send again when `sendAutomaticallyWhen` says so. Requests go
 * through any `ChatTransport`.
 */
export function createSessionChat(options: SessionChatOptions): ChatEngine {
  const { store, transport, generateId } = options;
  /** The request in flight: its abort controller, the reply it builds and its completion. */
  let active: { controller: AbortController; reply?: ReplyReducer; done: Promise<void> } | undefined;
  /** Bumped by `stop()`: automatic resends decided before it are dropped. */
  let stops = 0;
  /** Requests and automatic decisions in flight, and whether a tool result came in meanwhile. */
  let busy = 0;
  let recheck = false;

  /** Status `ready`, or `error` with the error (after `onError` hears it). */
  const settle = (failure?: unknown) => {
    if (failure === undefined) {
      store.setState({ status: 'ready', error: undefined });
      return;
    }
    const error = asError(failure);
    options.onError(error);
    store.setState({ status: 'error', error });
  };

  /**
   * Writes the reply into the store: replaces the reply with its id (or with the id it was shown
   * under, when the stream named its id only after content came, as a data part written before
   * the model's `start`), or adds it. A stream that names a message that is not a reply (a
   * user's, say) is refused, never written over it.
   */
  const write = (message: AttuneMessage, streaming: boolean, shownAs: string | undefined) => {
    const messages = store.getState().messages.slice();
    const renamed = shownAs !== undefined && shownAs !== message.id;
    if (renamed && messages.some((existing) => existing.id === message.id)) {
      throw new ChatRequestError(`The reply stream renamed its reply to "${message.id}", which is taken.`, {
        code: 'unexpected-chunk',
      });
    }
    const index = messages.findLastIndex((existing) => existing.id === (renamed ? shownAs : message.id));
    if (index === -1) messages.push(message);
    else if (messages[index]?.role === 'assistant') messages[index] = message;
    else {
      throw new ChatRequestError(`The reply stream named message "${message.id}", which is not a reply.`, {
        code: 'unexpected-chunk',
      });
    }
    store.setState(streaming ? { messages, status: 'streaming' } : { messages });
  };

  /** Reads the stream into the reply until it ends; true when the producer aborted it. */
  async function consume(stream: ReadableStream<UIMessageChunk>, reply: ReplyReducer, signal: AbortSignal) {
    const schemas = options.schemas ?? {};
    const reader = stream.getReader();
    const cancel = () => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', cancel, { once: true });
    let aborted = false;
    /** The id the reply is in the store under, once written. */
    let shownAs: string | undefined;
    try {
      for (;;) {
        const { done, value: chunk } = await reader.read();
        if (done || signal.aborted) return aborted;
        if (chunk.type === 'error') throw chunkError(chunk);
        if (chunk.type === 'abort') aborted = true;
        if (schemas.dataPartSchemas && isDataChunk(chunk)) await checkDataChunk(schemas, chunk);
        const change = reply.apply(chunk);
        if (schemas.messageMetadataSchema) await checkMetadata(schemas, chunk, reply.message.metadata);
        if (change !== 'none') {
          write(reply.message, change === 'visible', shownAs);
          shownAs = reply.message.id;
        }
        if (isDataChunk(chunk)) options.onData?.(chunk);
        if (chunk.type === 'tool-input-available' && !chunk.providerExecuted) {
          await options.onToolCall?.({ toolCall: chunk as ToolCall });
        }
      }
    } catch (error) {
      cancel();
      throw error;
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  /** Asks `sendAutomaticallyWhen` (again, if a tool result came in while it decided). */
  async function shouldSendAgain(): Promise<boolean> {
    const when = options.sendAutomaticallyWhen;
    if (!when) return false;
    const stopsBefore = stops;
    do {
      recheck = false;
      if (await when({ messages: store.getState().messages })) return stops === stopsBefore;
    } while (recheck && stops === stopsBefore);
    return false;
  }

  /** One request: its reply streamed into the store; then, when it ended well, an automatic resend. */
  async function request(
    trigger: Trigger,
    messageId: string | undefined,
    requestOptions: RequestOptions = {},
  ) {
    busy++;
    let ended!: () => void;
    const controller = new AbortController();
    const current = { controller, done: new Promise<void>((resolve) => (ended = resolve)) };
    active = current;
    let again = false;
    try {
      again = await run(current, trigger, messageId, requestOptions);
      if (again) again = await shouldSendAgain();
    } finally {
      if (active === current) active = undefined;
      busy--;
      ended();
    }
    if (again) await request('submit-message', store.getState().messages.at(-1)?.id, requestOptions);
  }

  /** Runs one request; true when it ended well (not stopped, failed or interrupted). */
  async function run(
    current: { controller: AbortController; reply?: ReplyReducer },
    trigger: Trigger,
    messageId: string | undefined,
    { body, headers }: RequestOptions,
  ): Promise<boolean> {
    const signal = current.controller.signal;
    const base = { chatId: options.id, abortSignal: signal, body, headers };
    let resumed: ReadableStream<UIMessageChunk> | null = null;
    if (trigger === 'resume-stream') {
      try {
        resumed = await transport.reconnectToStream(base);
      } catch (error) {
        settle(signal.aborted || isAbortError(error) ? undefined : error);
        return false;
      }
      if (!resumed || signal.aborted) {
        await resumed?.cancel().catch(() => {});
        settle();
        return false;
      }
    }
    store.setState({ status: 'submitted', error: undefined });
    const messages = store.getState().messages;
    const answered = messageId === undefined ? -1 : messages.findIndex((message) => message.id === messageId);
    const last = trigger === 'submit-message' && answered !== -1 ? messages[answered] : messages.at(-1);
    const continues = trigger === 'regenerate-message' ? undefined : last;
    const reply = createReplyReducer({
      continues: trigger === 'resume-stream' && !resumable(continues) ? undefined : continues,
      messageId: generateId(),
      resumed: trigger === 'resume-stream',
    });
    current.reply = reply;
    let isAbort = false;
    let isError = false;
    let disconnected = false;
    try {
      const stream =
        resumed ??
        (await transport.sendMessages({
          ...base,
          messages,
          trigger: trigger === 'regenerate-message' ? trigger : 'submit-message',
          messageId,
        }));
      isAbort = (await consume(stream, reply, signal)) || signal.aborted;
      settle();
    } catch (error) {
      isAbort = signal.aborted || isAbortError(error);
      isError = !isAbort;
      disconnected = isError && isDisconnect(error);
      settle(isAbort ? undefined : error);
    } finally {
      options.onFinish({
        message: reply.message,
        isAbort,
        isError,
        isDisconnect: disconnected,
        finishReason: reply.finishReason,
      });
    }
    return !isAbort && !isError && reply.finishReason !== 'interrupted';
  }

  /** A resumed stream continues the last reply only while one of its tool calls is unfinished. */
  const resumable = (message: AttuneMessage | undefined) =>
    message?.role === 'assistant' &&
    message.parts.some(
      (part) =>
        isToolPart(part) &&
        (part.state === 'input-streaming' ||
          (part.state === 'input-available' && part.providerExecuted === true) ||
          part.state === 'approval-responded'),
    );

  /** Rewrites parts in the store and in the reply in flight; resends when that completes the turn. */
  async function updateTools(update: (part: Part) => Part): Promise<void> {
    const messages = store.getState().messages.map((message) => {
      const parts = message.parts.map(update);
      return parts.every((part, index) => part === message.parts[index]) ? message : { ...message, parts };
    });
    const changed = messages.find((message, index) => message !== store.getState().messages[index]);
    if (changed) store.setState({ messages });
    active?.reply?.updateParts(update);
    if (!changed) return;
    if (busy > 0) {
      recheck = true;
      return;
    }
    busy++;
    let again: boolean;
    try {
      again = await shouldSendAgain();
    } finally {
      busy--;
    }
    if (again) void request('submit-message', changed.id);
  }

  async function stop(): Promise<void> {
    stops++;
    const stopping = active;
    stopping?.controller.abort();
    await stopping?.done;
  }

  return {
    async sendMessage({ parts, metadata, messageId }, requestOptions) {
      const message: AttuneMessage = {
        id: messageId ?? generateId(),
        role: 'user',
        parts,
        ...(metadata === undefined ? {} : { metadata }),
      };
      if (messageId === undefined) {
        store.setState((state) => ({ messages: [...state.messages, message] }));
      } else {
        const messages = store.getState().messages;
        const index = messages.findIndex((existing) => existing.id === messageId);
        if (messages[index]?.role !== 'user') throw new RangeError(`No user message "${messageId}" to edit.`);
        store.setState({ messages: [...messages.slice(0, index), message] });
      }
      await request('submit-message', messageId, requestOptions);
    },
    async regenerate({ messageId, ...requestOptions } = {}) {
      const messages = store.getState().messages;
      const index =
        messageId === undefined ? messages.length - 1 : messages.findIndex((m) => m.id === messageId);
      const message = messages[index];
      if (!message) throw new RangeError(`No message "${messageId}" to regenerate.`);
      store.setState({ messages: messages.slice(0, message.role === 'assistant' ? index : index + 1) });
      await request('regenerate-message', messageId, requestOptions);
    },
    resumeStream: (requestOptions) => request('resume-stream', undefined, requestOptions),
    addToolOutput: ({ toolCallId, state, output, errorText }) =>
      updateTools((part) => {
        if (!isToolPart(part) || part.toolCallId !== toolCallId) return part;
        const {
          approval,
          output: _output,
          errorText: _errorText,
          ...rest
        } = part as typeof part & {
          output?: unknown;
          errorText?: string;
        };
        return {
          ...rest,
          ...(approval?.approved === true ? { approval } : {}),
          ...(state === 'output-error'
            ? { state: 'output-error', errorText }
            : { state: 'output-available', output }),
        } as Part;
      }),
    addToolApprovalResponse: ({ id, approved, reason }) =>
      updateTools((part) =>
        isToolPart(part) && part.state === 'approval-requested' && part.approval.id === id
          ? ({
              ...part,
              state: 'approval-responded',
              approval: { ...part.approval, approved, ...(reason === undefined ? {} : { reason }) },
            } as Part)
          : part,
      ),
    stop,
    async dispose() {
      await stop();
      transport.close?.();
    },
  };
}
