import type { LanguageModelV4 } from '@ai-sdk/provider';
import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  type ModelMessage,
  streamText,
  type ToolSet,
  toUIMessageStream,
} from 'ai';
import { linksFromSpace } from '../../alignment/axis-links';
import {
  type AlignmentMode,
  type ConditioningBudgets,
  conditionFromDirections,
} from '../../alignment/conditioning';
import {
  conditionFromPayload,
  type PersonaPayload,
  PersonaPayloadError,
  parsePersonaPayload,
} from '../../alignment/persona-payload';
import type { Conditioning } from '../../alignment/turn-plan';
import { conditionedInstructions, exampleMessages } from '../../chat/model-reply-source';
import type { AttuneMessage } from '../../message/message';
import { messageText } from '../../message/message-text';
import { createPersona, type Persona } from '../../persona/persona';
import { clipSignalText } from '../../persona/signal-schema';
import type { Signal } from '../../persona/signals';
import type { PopulationLoop } from '../population/create-population-loop';
import type { RateLimit } from '../rate-limit/create-rate-limit';
import type { PersonaStore } from '../stores/persona-store';
import {
  type ChatRequest,
  type ChatRequestLimits,
  DEFAULT_CHAT_REQUEST_LIMITS,
  parseChatRequest,
} from './chat-request';
import { finishAfter } from './finish-after';
import { onForget } from './forget-hooks';
import { errorResponse, HandlerError } from './handler-error';
import { parseSignals } from './parse-signals';
import { createPersonaRecorder, isLearningSignal } from './persona-recorder';
import { readJsonBody } from './read-json-body';
import { createStoreHealth, isInputError, type StoreHealth } from './store-health';
import { createTurnMemory } from './turn-memory';

/** Finds the user a request belongs to; `undefined` or `null` for an anonymous request with no stored persona. */
export type GetUserId = (request: Request) => string | undefined | null | Promise<string | undefined | null>;

/** Options of {@link createChatHandler}. */
export interface ChatHandlerOptions {
  /** The model that answers (any AI SDK 7 `LanguageModelV4`). */
  model: LanguageModelV4;
  /** The server's own instructions; the persona's conditioning is appended to them. */
  instructions?: string;
  /** Where personas and signals live; without it the client's persona payload is the only conditioning. */
  store?: PersonaStore;
  /** The user a request belongs to (e.g. from a session cookie); needed for the store. */
  getUserId?: GetUserId;
  /** Per-visitor and per-address rate limit, applied before the body is read (429 past it). Default none. */
  rateLimit?: RateLimit;
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
  /** Size limits; 413 past them. */
  limits?: Partial<ChatRequestLimits>;
  /** Most tokens a reply may have. */
  maxOutputTokens?: number;
  /** Receives unexpected errors (never sent to the client). Default `console.error`. */
  onError?: (error: unknown) => void;
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
 * the body within the size limits (413), validates it (zod for the request, `signalSchema` for its signals; 400
 * `{ error: { code, message } }`, nothing stored), conditions the model on the user's stored persona with this turn learned (or,
 * without one, on the client's validated persona payload; the payload's `vary` and in-context
 * examples apply either way) and streams the AI SDK UI message stream. While the model answers it
 * records the user's message (cut to the signal limit) and any carried signals, scrubbed, into the
 * stored persona; the stream ends once they are written. When the store fails the reply still
 * comes, unpersonalized, with `metadata.personalization: 'paused'`. Other methods get a 405;
 * failures never show a stack trace.
 */
export function createChatHandler(options: ChatHandlerOptions): FetchHandler {
  const limits: ChatRequestLimits = { ...DEFAULT_CHAT_REQUEST_LIMITS, ...options.limits };
  const create = options.createPersona ?? options.population?.createPersona ?? (() => createPersona());
  const space = create().space;
  const links = linksFromSpace(space);
  const recorder = options.store
    ? createPersonaRecorder(options.store, create, options.population)
    : undefined;
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const health = options.health ?? createStoreHealth({ log: (message, error) => report(error ?? message) });
  const turns = createTurnMemory(RECENT_TURNS);
  if (options.store) onForget(options.store, (userId) => turns.forget(userId));

  const parsePayload = (value: unknown): PersonaPayload | undefined => {
    if (value === undefined || value === null) return undefined;
    try {
      return parsePersonaPayload(value, { dimensions: space.dimensions.map((dimension) => dimension.id) });
    } catch (error) {
      if (error instanceof PersonaPayloadError) {
        throw new HandlerError(/too large/.test(error.message) ? 413 : 400, 'invalid-persona', error.message);
      }
      throw error;
    }
  };

  /**
   * Stores signals unless the user was forgotten meanwhile; a store failure only degrades health.
   * `writes` says whether this can write (a known user, or a learning signal): only a real write
   * tells a degraded store has recovered.
   */
  const record = async (userId: string, signals: Signal[], writes: boolean): Promise<void> => {
    if (!recorder || signals.length === 0) return;
    const generation = turns.generation(userId);
    await health.guard(
      async () => {
        if (turns.generation(userId) === generation) await recorder.record(userId, signals);
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
    signals: Signal[],
  ): { persona: Promise<Persona | undefined>; recorded: Promise<void> } => {
    if (!recorder) return { persona: Promise.resolve(undefined), recorded: Promise.resolve() };
    const last = chat.messages.at(-1);
    const text = last ? messageText(last).trim() : '';
    const fresh = chat.trigger === 'submit-message' && text !== '' ? [userTextSignal(text)] : [];
    recorder.check([...signals, ...fresh]);
    const key = [chat.id ?? '', last?.id ?? '', text];
    const known = fresh.length > 0 ? turns.get(userId, key) : undefined;
    if (known) {
      return {
        persona: known.persona,
        recorded: known.persona.then((stored) => record(userId, signals, stored !== undefined)),
      };
    }
    const taught = [...signals, ...fresh];
    const persona = health
      .guard(() => recorder.read(userId), 'read')
      .then((stored) => {
        for (const signal of taught) stored?.observe(signal);
        return stored;
      });
    if (fresh.length > 0) {
      turns.set(userId, key, { persona });
      persona.catch(() => turns.delete(userId, key));
    }
    const writes = (stored: Persona | undefined) => stored !== undefined || taught.some(isLearningSignal);
    return { persona, recorded: persona.then((stored) => record(userId, taught, writes(stored))) };
  };

  const condition = (persona: Persona | undefined, payload: PersonaPayload | undefined): Conditioning => {
    const mode = options.mode ?? payload?.mode ?? options.defaultMode ?? 'pba';
    const shared = {
      links,
      ...(options.budgets ? { budgets: options.budgets } : {}),
      ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    };
    if (persona) {
      return conditionFromDirections(persona.directions(), {
        ...shared,
        mode,
        ...(payload?.examples ? { examples: payload.examples } : {}),
        ...(payload?.vary ? { vary: payload.vary } : {}),
      });
    }
    if (payload) return conditionFromPayload(payload, { ...shared, space, mode });
    return {};
  };

  return async (request) => {
    try {
      if (request.method !== 'POST') {
        throw new HandlerError(405, 'method-not-allowed', 'Use POST to send a chat request.', {
          allow: 'POST',
        });
      }
      const userId = (await options.getUserId?.(request)) ?? undefined;
      await options.rateLimit?.check(request, userId);
      const chat = parseChatRequest(await readJsonBody(request, limits.maxBodyBytes), limits);
      const payload = parsePayload(chat.persona);
      const signals = parseSignals(chat.signals ?? []);
      let persona: Persona | undefined;
      let recorded: Promise<void> = Promise.resolve();
      let paused = recorder !== undefined && health.status().status === 'degraded';
      if (userId !== undefined) {
        const turn = learn(userId, chat, signals);
        recorded = turn.recorded;
        recorded.catch(() => undefined);
        try {
          persona = await turn.persona;
        } catch (error) {
          if (isInputError(error)) throw error;
          paused = true;
        }
      }
      const conditioning = condition(persona, payload);
      let modelMessages: ModelMessage[];
      try {
        modelMessages = await convertToModelMessages(chat.messages);
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'unreadable messages';
        throw new HandlerError(400, 'invalid-body', `The messages could not be read: ${reason}`);
      }
      const result = streamText({
        model: options.model,
        instructions: conditionedInstructions(options.instructions, conditioning),
        messages: [...exampleMessages(conditioning), ...modelMessages],
        abortSignal: request.signal,
        ...(options.maxOutputTokens === undefined ? {} : { maxOutputTokens: options.maxOutputTokens }),
        onError: ({ error }) => report(error),
      });
      const pausedMetadata = { personalization: 'paused' } as const;
      const stream = toUIMessageStream<ToolSet, AttuneMessage>({
        stream: result.stream,
        onError: () => 'The assistant could not finish this reply.',
        messageMetadata: ({ part }) => (paused && part.type === 'start' ? pausedMetadata : undefined),
      });
      return createUIMessageStreamResponse({
        // The reply finishes once the turn is recorded; a failed recording marks it paused.
        stream: finishAfter(stream, () =>
          recorded.then(
            () => undefined,
            () => (paused ? undefined : pausedMetadata),
          ),
        ),
        headers: { 'cache-control': 'no-store' },
      });
    } catch (error) {
      return errorResponse(error, report);
    }
  };
}
