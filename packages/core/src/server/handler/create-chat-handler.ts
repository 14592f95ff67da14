import type { LanguageModelV4 } from '@ai-sdk/provider';
import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  type ModelMessage,
  streamText,
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
import { messageText } from '../../message/message-text';
import { createPersona, type Persona } from '../../persona/persona';
import { clipSignalText } from '../../persona/signal-schema';
import type { Signal } from '../../persona/signals';
import type { PersonaStore } from '../stores/persona-store';
import { PersonaStoreError } from '../stores/persona-store-error';
import {
  type ChatRequest,
  type ChatRequestLimits,
  DEFAULT_CHAT_REQUEST_LIMITS,
  parseChatRequest,
} from './chat-request';
import { errorResponse, HandlerError } from './handler-error';
import { parseSignals } from './parse-signals';
import { createPersonaRecorder } from './persona-recorder';
import { readJsonBody } from './read-json-body';

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
  /** Forces an alignment mode (e.g. the server's A/B arm) over the one the client asks for. */
  mode?: AlignmentMode;
  /** The mode when neither `mode` nor a client payload names one. Default `pba`. */
  defaultMode?: AlignmentMode;
  /** Builds a persona engine; its space decides the dimensions. Default `createPersona()` (AlignX). */
  createPersona?: () => Persona;
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

/**
 * Creates the `POST /api/chat` handler. It reads the body within the size limits (413), validates
 * it (zod for the request, `signalSchema` for its signals; 400 `{ error: { code, message } }`,
 * nothing stored), records the user's message and any carried signals (scrubbed) and teaches
 * them to the user's stored persona atomically, then
 * conditions the model on that persona (or, without one, on the client's validated persona
 * payload; the payload's `vary` and in-context examples apply either way) and streams the AI SDK
 * UI message stream. Other methods get a 405; failures never show a stack trace.
 */
export function createChatHandler(options: ChatHandlerOptions): FetchHandler {
  const limits: ChatRequestLimits = { ...DEFAULT_CHAT_REQUEST_LIMITS, ...options.limits };
  const create = options.createPersona ?? (() => createPersona());
  const space = create().space;
  const links = linksFromSpace(space);
  const recorder = options.store ? createPersonaRecorder(options.store, create) : undefined;
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const recent = new Map<string, Promise<Persona | undefined>>();

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

  /** Learns the turn's signals once per user message and returns the user's persona. */
  const learn = (userId: string, chat: ChatRequest, signals: Signal[]): Promise<Persona | undefined> => {
    if (!recorder) return Promise.resolve(undefined);
    const last = chat.messages.at(-1);
    const text = last ? messageText(last).trim() : '';
    const fresh =
      chat.trigger === 'submit-message' && text !== ''
        ? [
            {
              kind: 'user-text',
              text: clipSignalText(text),
              at: Number(last?.metadata?.createdAt) || Date.now(),
            } satisfies Signal,
          ]
        : [];
    if (fresh.length === 0) {
      return signals.length > 0 ? recorder.record(userId, signals) : recorder.read(userId);
    }
    const key = JSON.stringify([userId, chat.id ?? '', last?.id ?? '', text]);
    const known = recent.get(key);
    if (known) {
      return signals.length > 0 ? known.then(() => recorder.record(userId, signals)) : known;
    }
    const learned = recorder.record(userId, [...signals, ...fresh]);
    recent.set(key, learned);
    learned.catch(() => recent.delete(key));
    if (recent.size > RECENT_TURNS) recent.delete(recent.keys().next().value as string);
    return learned;
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
      const chat = parseChatRequest(await readJsonBody(request, limits.maxBodyBytes), limits);
      const payload = parsePayload(chat.persona);
      const signals = parseSignals(chat.signals ?? []);
      const userId = (await options.getUserId?.(request)) ?? undefined;
      let persona: Persona | undefined;
      if (userId !== undefined) {
        try {
          persona = await learn(userId, chat, signals);
        } catch (error) {
          if (error instanceof PersonaStoreError && error.code === 'invalid-signal') {
            throw new HandlerError(400, 'invalid-signal', error.message);
          }
          throw error;
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
      return createUIMessageStreamResponse({
        stream: toUIMessageStream({
          stream: result.stream,
          onError: () => 'The assistant could not finish this reply.',
        }),
        headers: { 'cache-control': 'no-store' },
      });
    } catch (error) {
      return errorResponse(error, report);
    }
  };
}
