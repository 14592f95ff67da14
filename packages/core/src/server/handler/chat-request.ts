import * as z from 'zod';
import { DEFAULT_BODY_KEY } from '../../chat/transport-reply-source';
import { describeIssues } from '../../validation/describe-issues';
import { findNonJson } from '../stores/json';
import { HandlerError } from './handler-error';

/** Size limits of a chat request. */
export interface ChatRequestLimits {
  /** Largest body in bytes (413 past it). Default 512 KiB. */
  maxBodyBytes: number;
  /** Most messages in one request (413 past it). Default 200. */
  maxMessages: number;
  /** Most signals carried in one request body. Default 20. */
  maxSignals: number;
  /**
   * Deepest nesting of any value in the messages, e.g. a tool input, and in the app's own body
   * fields, which reach its `tools` and `streamOptions` (400 `nesting-too-deep` past it). Default 64.
   */
  maxDepth: number;
}

/** The limits used when none are given. */
export const DEFAULT_CHAT_REQUEST_LIMITS: ChatRequestLimits = {
  maxBodyBytes: 512 * 1024,
  maxMessages: 200,
  maxSignals: 20,
  maxDepth: 64,
};

const chatRequestSchema = z.looseObject({
  id: z.string().max(256).optional(),
  messages: z.array(z.unknown()).min(1, 'at least one message').optional(),
  message: z.unknown().optional(),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
  messageId: z.string().max(256).optional(),
});

/** Attune's own fields, under the body key: nothing else may be there. */
const attuneFieldsSchema = z.strictObject({
  persona: z.unknown().optional(),
  signals: z.array(z.unknown()).optional(),
});

/** A validated chat request body. */
export interface ChatRequest {
  /** The chat (session) id, when sent. */
  id?: string;
  /**
   * The whole conversation, not validated yet: `validateChatMessages` checks it with the AI SDK's
   * validator. Absent when the client sent only its new `message`.
   */
  messages?: unknown[];
  /**
   * The client's new message alone, not validated yet, when the body had no `messages` (the AI
   * SDK's "send only the last message" pattern: the server loads the rest by the chat `id`).
   */
  message?: unknown;
  /** Why the reply is requested (`submit-message` when absent). */
  trigger: 'submit-message' | 'regenerate-message';
  /** The client's compact persona payload, from under the body key (validated later with `parsePersonaPayload`). */
  persona?: unknown;
  /** Feedback signals the client learned from, from under the body key (validated later). */
  signals?: unknown[];
  /** The whole body but Attune's key: `id`, `messages` or `message`, `trigger` and the app's own fields. */
  body: Record<string, unknown>;
}

/**
 * Validates the envelope of a parsed chat body `{ id?, messages, trigger?, [bodyKey]?: { persona?,
 * signals? } }`, or `{ id, message, ... }` carrying only the client's new message (used only when
 * `messages` is absent; it needs the chat `id`): too many messages or signals is a 413, neither
 * `messages` nor a `message` a 400 `missing-messages`, any other problem a 400 `invalid-body`
 * naming the field. The messages themselves are checked by `validateChatMessages` (the AI SDK's
 * validator). Attune's fields live only under `bodyKey` (`attune` by default); every other
 * top-level field is the app's and is never rejected.
 */
export function parseChatRequest(
  body: unknown,
  limits: ChatRequestLimits,
  bodyKey: string = DEFAULT_BODY_KEY,
): ChatRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HandlerError(400, 'invalid-body', 'The body must be a JSON object with a `messages` array.');
  }
  const { messages } = body as { messages?: unknown };
  const fields = (body as Record<string, unknown>)[bodyKey];
  const signals =
    typeof fields === 'object' && fields !== null ? (fields as { signals?: unknown }).signals : undefined;
  if (Array.isArray(messages) && messages.length > limits.maxMessages) {
    throw new HandlerError(
      413,
      'too-many-messages',
      `The request has ${messages.length} messages; the limit is ${limits.maxMessages}.`,
    );
  }
  if (Array.isArray(signals) && signals.length > limits.maxSignals) {
    throw new HandlerError(
      413,
      'body-too-large',
      `The request has ${signals.length} signals; the limit is ${limits.maxSignals}.`,
    );
  }
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new HandlerError(
      400,
      'invalid-body',
      `The chat request is malformed: ${describeIssues(parsed.error.issues)}.`,
    );
  }
  const attune = attuneFieldsSchema.optional().safeParse(fields);
  if (!attune.success) {
    throw new HandlerError(
      400,
      'invalid-body',
      `The \`${bodyKey}\` field is malformed: ${describeIssues(attune.error.issues)}.`,
    );
  }
  const { messages: all, message, id } = parsed.data;
  if (all === undefined && (message === undefined || message === null)) {
    throw new HandlerError(
      400,
      'missing-messages',
      'The chat request has neither a `messages` array nor the new `message` (with the chat `id`).',
    );
  }
  if (all === undefined && id === undefined) {
    throw new HandlerError(
      400,
      'invalid-body',
      'The chat request sends only the new `message`: it needs the chat `id` to find the rest.',
    );
  }
  const { [bodyKey]: _attune, ...rest } = body as Record<string, unknown>;
  // The messages are checked with the AI SDK's validator; the app's fields (and a lone `message`) here
  // for depth: JSON.parse builds any depth, and the app's JSON.stringify or schema of them overflows.
  const { messages: _messages, ...appFields } = rest;
  const deep = findNonJson(appFields, limits.maxDepth);
  if (deep !== null) {
    throw new HandlerError(
      400,
      'nesting-too-deep',
      `The body nests deeper than ${limits.maxDepth} levels (at ${deep.slice(2)}).`,
    );
  }
  return {
    body: rest,
    ...(id === undefined ? {} : { id }),
    ...(all === undefined ? { message } : { messages: all }),
    trigger: parsed.data.trigger ?? 'submit-message',
    ...(attune.data?.persona === undefined ? {} : { persona: attune.data.persona }),
    ...(attune.data?.signals === undefined ? {} : { signals: attune.data.signals }),
  };
}
