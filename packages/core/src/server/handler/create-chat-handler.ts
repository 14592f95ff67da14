import type { LanguageModelV4 } from '@ai-sdk/provider';
import {
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  type ModelMessage,
  streamText,
  type ToolSet,
  toUIMessageStream,
  type UIMessage,
  type UIMessageStreamWriter,
} from 'ai';
import { linksFromSpace } from '../../alignment/axis-links';
import type { AlignmentMode, ConditioningBudgets } from '../../alignment/conditioning';
import {
  type PersonaPayload,
  PersonaPayloadError,
  parsePersonaPayload,
} from '../../alignment/persona-payload';
import { requestSignals, turnStyle } from '../../alignment/style-request-signals';
import { conditionedInstructions, exampleMessages } from '../../chat/model-reply-source';
import { messageText } from '../../message/message-text';
import { createPersona, type Persona } from '../../persona/persona';
import { clipSignalText } from '../../persona/signal-schema';
import type { Signal } from '../../persona/signals';
import { isRecord } from '../../validation/is-record';
import type { PopulationLoop } from '../population/create-population-loop';
import type { GetClientAddress, RateLimit } from '../rate-limit/create-rate-limit';
import type { PersonaStore } from '../stores/persona-store';
import { PersonaStoreError } from '../stores/persona-store-error';
import {
  type ChatRequest,
  type ChatRequestLimits,
  DEFAULT_CHAT_REQUEST_LIMITS,
  parseChatRequest,
} from './chat-request';
import type {
  ChatStreamOptions,
  ChatStreamOptionsInput,
  ChatUIMessageStreamOptions,
  ChatUIMessageStreamOptionsInput,
} from './chat-stream-options';
import type { ChatToolsInput } from './chat-tools';
import { finishAfter } from './finish-after';
import { onForget } from './forget-hooks';
import { errorResponse, HandlerError } from './handler-error';
import { conversationWith, type LoadMessages } from './load-messages';
import { parseSignals } from './parse-signals';
import { perRequest } from './per-request-option';
import { createPersonaRecorder, isLearningSignal } from './persona-recorder';
import { readJsonBody } from './read-json-body';
import { CONDITIONING_HEADER, formatReceiptHeader } from './receipt-header';
import type { ResumableStreamStore } from './resumable-stream-store';
import { resumedChatId, resumeKey, resumeResponse } from './resume-stream';
import { createStoreHealth, isInputError, type StoreHealth } from './store-health';
import { conditionTurn } from './turn-conditioning';
import { createTurnMemory } from './turn-memory';
import { type AcceptFileUrl, validateChatMessages } from './validate-messages';

/** Finds the user a request belongs to; `undefined` or `null` for an anonymous request with no stored persona. */
export type GetUserId = (request: Request) => string | undefined | null | Promise<string | undefined | null>;

/** Options of {@link createChatHandler}. */
export interface ChatHandlerOptions<TOOLS extends ToolSet = ToolSet> {
  /** The model that answers (any AI SDK 7 `LanguageModelV4`). */
  model: LanguageModelV4;
  /**
   * The AI SDK tools the model may call. Tools with `execute` run on the server; tools without it
   * are answered by the client (`onToolCall` / `addToolResult`); `needsApproval` asks the user
   * first (`addToolApprovalResponse`). Incoming tool parts are validated against their schemas.
   * A function of the request (its user, chat id, body) gives each request its own tools, e.g. by
   * the user's rights or from an MCP client; approvals stay signed with the handler's secret.
   * A tool that throws shows its error's message to the user, as in a stock route (see
   * `uiMessageStream`'s `redactToolErrors`): throw messages a user may see.
   */
  tools?: ChatToolsInput<TOOLS>;
  /**
   * The rest of what `streamText` takes (`stopWhen`, `providerOptions`, `temperature`, ...), or a
   * function of the request's conditioned instructions returning it (e.g. to add tool guidance).
   * Approval requests are signed with a random per-handler secret; behind several server
   * instances set one shared `experimental_toolApprovalSecret` here.
   */
  streamOptions?: ChatStreamOptionsInput<TOOLS>;
  /**
   * What a stock route gives `toUIMessageStreamResponse`, or a function of the request returning
   * it: the app's own `messageMetadata` (on `start` the handler's receipt is added to it),
   * `generateMessageId`, `sendReasoning`, and `onEnd` / `onStepEnd` with the whole conversation
   * (data parts written through the `streamOptions` context's `writer` included) to save it.
   */
  uiMessageStream?: ChatUIMessageStreamOptionsInput;
  /**
   * Keeps replies in progress so `GET {api}/{chatId}/stream` resumes them after a reload. With a
   * store, a reply runs to its end even when the client disconnects. Without one, that GET
   * answers 204 (nothing to resume).
   */
  resumableStreams?: ResumableStreamStore;
  /**
   * Loads a chat's earlier messages when the client sends only its new `message` with the chat
   * `id` (the AI SDK's "send only the last message" pattern; save the conversation in
   * `uiMessageStream`'s `onEnd`). It gets the signed-in user: return `null` for a chat that is not
   * theirs (404 `not-found`). Without it such a request is a 400 `missing-messages`.
   */
  loadMessages?: LoadMessages;
  /** Whether a file part may point at a non-`data:` URL. Default: only inline `data:` files. */
  acceptFileUrl?: AcceptFileUrl;
  /** The server's own instructions; the persona's conditioning is appended to them. */
  instructions?: string;
  /** Where personas and signals live; without it the client's persona payload is the only conditioning. */
  store?: PersonaStore;
  /** The user a request belongs to (e.g. from a session cookie); needed for the store. */
  getUserId?: GetUserId;
  /** Per-visitor and per-address rate limit, applied before the body is read (429 past it). Default none. */
  rateLimit?: RateLimit;
  /**
   * The client address of a request (share the rate limit's): a new user's first write counts
   * against its network's quota in the store (`maxNewUsersPerNetwork`). Without it no write is
   * counted.
   */
  getClientAddress?: GetClientAddress;
  /**
   * Watches the store; share one with the persona handlers and `/api/health`. When the store fails
   * the chat still answers, without personalization. Default: one of its own.
   */
  health?: StoreHealth;
  /** Forces an alignment mode (e.g. the server's A/B arm) over the one the client asks for. */
  mode?: AlignmentMode;
  /** The mode when neither `mode` nor a client payload names one. Default `pba`. */
  defaultMode?: AlignmentMode;
  /** Builds a persona engine; its space decides the dimensions. Default `createPersona()` (AlignX), or the population loop's. */
  createPersona?: () => Persona;
  /** The population loop: comparisons are kept for fitting and personas start from its current prior. */
  population?: PopulationLoop;
  /** Token budgets of the conditioning. */
  budgets?: Partial<ConditioningBudgets>;
  /** Confidence a dimension needs to shape replies. Default 0.5. */
  minConfidence?: number;
  /**
   * The one request-body key the client's Attune fields (`persona` payload, learned `signals`)
   * live under; `attune` by default, as in `createChatSession`. Every other field is the app's.
   */
  bodyKey?: string;
  /** Size limits; 413 past them. */
  limits?: Partial<ChatRequestLimits>;
  /** Most tokens a reply may have. */
  maxOutputTokens?: number;
  /** Receives unexpected errors (never sent to the client). Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** What the user sees when a reply fails mid-stream (the cause goes to `onError`, never to the client). */
const replyFailed = () => 'The assistant could not finish this reply.';

/** The given keys of `options` that are set. */
function pick<T extends object, K extends keyof T>(options: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (options[key] !== undefined) picked[key] = options[key];
  return picked;
}

/** A fetch-standard request handler: Hono, Next.js route handlers, Deno, Bun, or Node through an adapter. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** How many recent user messages the handler remembers, so each is learned once (a comparison sends it twice). */
const RECENT_TURNS = 2_000;

/** The user message as a signal: the server's time, the text clipped to the signal text limit. */
const userTextSignal = (text: string): Signal => ({
  kind: 'user-text',
  text: clipSignalText(text),
  at: Date.now(),
});

/**
 * Creates the `POST /api/chat` handler. It applies the rate limit (429 with `Retry-After`), reads
 * the body within the size limits (413), validates the envelope with zod, the messages with the
 * AI SDK's `safeValidateUIMessages` (every `UIMessage` part, tool parts against the tools'
 * schemas) and its signals with `signalSchema` (400 `{ error: { code, message } }`, nothing
 * stored), conditions the model on the user's stored persona with this turn learned (or, without
 * one, on the client's validated persona payload; the payload's `vary` and in-context examples
 * apply either way) and streams the AI SDK UI message stream, tool calls and results included.
 * While the model answers it records the user's message (cut to the signal limit) and any carried
 * signals, scrubbed, into the stored persona; the stream ends once they are written. When the
 * store fails the reply still comes, unpersonalized, with `metadata.personalization: 'paused'`;
 * when the client's network has spent its quota of new users, a new user's turn is answered the
 * same way, nothing stored, with `metadata.personalization: 'limited'`.
 * `GET {api}/{chatId}/stream` resumes a reply in progress from `resumableStreams` (204 when there
 * is none). Other methods get a 405; failures never show a stack trace.
 */
export function createChatHandler<TOOLS extends ToolSet = ToolSet>(
  options: ChatHandlerOptions<TOOLS>,
): FetchHandler {
  if (
    options.bodyKey !== undefined &&
    (typeof options.bodyKey !== 'string' || options.bodyKey.trim() === '')
  ) {
    throw new RangeError('createChatHandler: `bodyKey` must be a non-empty string.');
  }
  const limits: ChatRequestLimits = { ...DEFAULT_CHAT_REQUEST_LIMITS, ...options.limits };
  const create = options.createPersona ?? options.population?.createPersona ?? (() => createPersona());
  const space = create().space;
  const links = linksFromSpace(space);
  const recorder = options.store
    ? createPersonaRecorder(options.store, create, options.population, options.getClientAddress)
    : undefined;
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const health = options.health ?? createStoreHealth({ log: (message, error) => report(error ?? message) });
  const turns = createTurnMemory(RECENT_TURNS);
  const conditioningOptions = {
    space,
    links,
    defaultMode: options.defaultMode ?? 'pba',
    ...(options.mode ? { mode: options.mode } : {}),
    ...(options.budgets ? { budgets: options.budgets } : {}),
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
  };
  if (options.store) onForget(options.store, (userId) => turns.forget(userId));
  // Signs tool approval requests, so a client cannot approve a call the server never asked about.
  const approvalSecret = crypto.getRandomValues(new Uint8Array(32));

  const parsePayload = (value: unknown): PersonaPayload | undefined => {
    if (value === undefined || value === null) return undefined;
    try {
      return parsePersonaPayload(value, { dimensions: space.dimensions.map((dimension) => dimension.id) });
    } catch (error) {
      if (error instanceof PersonaPayloadError) {
        throw new HandlerError(error.code === 'too-large' ? 413 : 400, 'invalid-persona', error.message);
      }
      throw error;
    }
  };

  /**
   * Stores signals unless the user was forgotten meanwhile; a store failure only degrades health.
   * `writes` says whether this can write (a known user, or a learning signal): only a real write
   * tells a degraded store has recovered.
   */
  const record = async (
    userId: string,
    signals: Signal[],
    writes: boolean,
    request: Request,
  ): Promise<void> => {
    if (!recorder || signals.length === 0) return;
    const generation = turns.generation(userId);
    await health.guard(
      async () => {
        if (turns.generation(userId) === generation) await recorder.record(userId, signals, request);
      },
      writes ? 'write' : 'read',
    );
  };

  /**
   * The user's stored persona with this turn learned in memory (once per user message, as a
   * comparison sends it twice), and the promise of recording the turn.
   */
  const learn = (
    userId: string,
    chat: ChatRequest,
    messages: UIMessage[],
    signals: Signal[],
    request: Request,
  ): { persona: Promise<Persona | undefined>; recorded: Promise<void> } => {
    if (!recorder) return { persona: Promise.resolve(undefined), recorded: Promise.resolve() };
    const last = messages.at(-1);
    // A continuation (tool results, approvals) ends with the assistant: no new user text.
    const text = last?.role === 'user' ? messageText(last).trim() : '';
    const said = chat.trigger === 'submit-message' && text !== '' ? userTextSignal(text) : undefined;
    // A style request in the message ("tl;dr") is a lasting setting, learned as the client's
    // personalization learns it (a stock useChat client sends only text); a feeling is not.
    const fresh = said ? [said, ...requestSignals(said, links)] : [];
    recorder.check([...signals, ...fresh]);
    // A client sends the signals it learned with every request of the next turn (a comparison
    // sends two, a retry may send them again): each is taught and recorded once.
    const signalKey = (signal: Signal) => ['signal', JSON.stringify(signal)];
    const unseen = signals.filter((signal) => !turns.get(userId, signalKey(signal)));
    const remember = (persona: Promise<Persona | undefined>) => {
      for (const signal of unseen) turns.set(userId, signalKey(signal), { persona });
    };
    const key = [chat.id ?? '', last?.id ?? '', text];
    const known = fresh.length > 0 ? turns.get(userId, key) : undefined;
    if (known) {
      remember(known.persona);
      return {
        persona: known.persona,
        recorded: known.persona.then((stored) => record(userId, unseen, stored !== undefined, request)),
      };
    }
    const taught = [...unseen, ...fresh];
    const persona = health
      .guard(() => recorder.read(userId), 'read')
      .then((stored) => {
        for (const signal of taught) stored?.observe(signal);
        return stored;
      });
    remember(persona);
    if (fresh.length > 0) {
      turns.set(userId, key, { persona });
      persona.catch(() => turns.delete(userId, key));
    }
    const writes = (stored: Persona | undefined) => stored !== undefined || taught.some(isLearningSignal);
    return { persona, recorded: persona.then((stored) => record(userId, taught, writes(stored), request)) };
  };

  return async (request) => {
    try {
      const resumedChat = request.method === 'GET' ? resumedChatId(request.url) : undefined;
      if (resumedChat !== undefined) {
        const userId = (await options.getUserId?.(request)) ?? undefined;
        return await resumeResponse(options.resumableStreams, resumeKey(userId, resumedChat));
      }
      if (request.method !== 'POST') {
        throw new HandlerError(405, 'method-not-allowed', 'Use POST to send a chat request.', {
          allow: 'POST',
        });
      }
      const userId = (await options.getUserId?.(request)) ?? undefined;
      await options.rateLimit?.check(request, userId);
      const chat = parseChatRequest(
        await readJsonBody(request, limits.maxBodyBytes),
        limits,
        options.bodyKey,
      );
      const tools = await perRequest(options.tools, { request, userId, chatId: chat.id, body: chat.body });
      const validation = {
        maxDepth: limits.maxDepth,
        ...(tools ? { tools } : {}),
        ...(options.acceptFileUrl ? { acceptFileUrl: options.acceptFileUrl } : {}),
      };
      // The client's messages are checked; a history the app loads is its own, trusted.
      const messages =
        chat.messages !== undefined
          ? await validateChatMessages(chat.messages, validation)
          : await conversationWith(
              (await validateChatMessages([chat.message], validation))[0] as UIMessage,
              options.loadMessages,
              { chatId: chat.id ?? '', userId, request },
            );
      const payload = parsePayload(chat.persona);
      const signals = parseSignals(chat.signals ?? []);
      let persona: Persona | undefined;
      let recorded: Promise<void> = Promise.resolve();
      let paused = recorder !== undefined && health.status().status === 'degraded';
      if (userId !== undefined) {
        const turn = learn(userId, chat, messages, signals, request);
        recorded = turn.recorded;
        recorded.catch(() => undefined);
        try {
          persona = await turn.persona;
        } catch (error) {
          if (isInputError(error)) throw error;
          paused = true;
        }
      }
      // What the message asks of this reply ("tl;dr"; a feeling: empathy), learned or not.
      const { conditioning, receipt } = conditionTurn(persona, payload, {
        ...conditioningOptions,
        turnStyle: turnStyle(messages),
      });
      let modelMessages: ModelMessage[];
      try {
        modelMessages = await convertToModelMessages(messages, {
          ...(tools ? { tools } : {}),
          ignoreIncompleteToolCalls: true,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'unreadable messages';
        throw new HandlerError(400, 'invalid-body', `The messages could not be read: ${reason}`);
      }
      const instructions = conditionedInstructions(options.instructions, conditioning);
      const context = { instructions, messages, userId, request, chatId: chat.id, body: chat.body };
      const app: ChatUIMessageStreamOptions = (await perRequest(options.uiMessageStream, context)) ?? {};
      const store = options.resumableStreams;
      const pausedMetadata = { personalization: 'paused' } as const;
      const limitedMetadata = { personalization: 'limited' } as const;
      // The reply is the app's stream as in a stock route: the model's reply merged with what the
      // app writes (data parts), its ids, and its onEnd seeing the whole conversation.
      let writer!: UIMessageStreamWriter;
      let release = () => {};
      const written = new Promise<void>((resolve) => {
        release = resolve;
      });
      const stream = createUIMessageStream({
        execute: ({ writer: given }) => {
          writer = given;
          return written;
        },
        originalMessages: messages,
        onError: replyFailed,
        ...(app.generateMessageId ? { generateId: app.generateMessageId } : {}),
        ...pick(app, ['onStepEnd', 'onStepFinish', 'onEnd', 'onFinish']),
      });
      try {
        const { onError, ...extra } =
          (await perRequest(options.streamOptions, { ...context, writer })) ??
          ({} as ChatStreamOptions<TOOLS>);
        const result = streamText<TOOLS>({
          instructions,
          experimental_toolApprovalSecret: approvalSecret,
          ...(options.maxOutputTokens === undefined ? {} : { maxOutputTokens: options.maxOutputTokens }),
          ...extra,
          model: options.model,
          ...(tools ? { tools } : {}),
          messages: [...exampleMessages(conditioning), ...modelMessages],
          // A resumable reply outlives its connection, so a reload can pick it up again.
          ...(store ? {} : { abortSignal: request.signal }),
          onError: async (event) => {
            report(event.error);
            // The app's own onError runs too, and may still ask the AI SDK to retry.
            return (await onError?.(event)) ?? undefined;
          },
        });
        writer.merge(
          toUIMessageStream({
            stream: result.stream,
            tools,
            sendSources: true,
            sendReasoning: app.sendReasoning ?? true,
            // A failed tool's own error text, as in a stock route (the next turn's model reads it).
            redactToolErrors: app.redactToolErrors ?? false,
            onError: replyFailed,
            messageMetadata: ({ part }) => {
              const own = app.messageMetadata?.({ part });
              if (part.type !== 'start') return own;
              return {
                ...(isRecord(own) ? own : {}),
                ...(paused ? pausedMetadata : {}),
                conditioning: receipt,
              };
            },
          }),
        );
      } finally {
        release();
      }
      const key = store && chat.id !== undefined ? resumeKey(userId, chat.id) : undefined;
      return createUIMessageStreamResponse({
        // The reply finishes once the turn is recorded; a failed recording marks it paused.
        stream: finishAfter(stream, () =>
          recorded.then(
            () => undefined,
            (error: unknown) =>
              error instanceof PersonaStoreError && error.code === 'new-user-quota'
                ? limitedMetadata
                : paused
                  ? undefined
                  : pausedMetadata,
          ),
        ),
        headers: { 'cache-control': 'no-store', [CONDITIONING_HEADER]: formatReceiptHeader(receipt) },
        ...(store && key !== undefined
          ? { consumeSseStream: ({ stream }) => store.publish(key, stream).catch(report) }
          : {}),
      });
    } catch (error) {
      return errorResponse(error, report);
    }
  };
}
