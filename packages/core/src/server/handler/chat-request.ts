import * as z from 'zod';
import type { AttuneMessage } from '../../message/message';
import { describeIssues } from '../../validation/describe-issues';
import { HandlerError } from './handler-error';

/** Size limits of a chat request. */
export interface ChatRequestLimits {
  /** Largest body in bytes (413 past it). Default 512 KiB. */
  maxBodyBytes: number;
  /** Most messages in one request (413 past it). Default 200. */
  maxMessages: number;
  /** Most signals carried in one request body. Default 20. */
  maxSignals: number;
}

/** The limits used when none are given. */
export const DEFAULT_CHAT_REQUEST_LIMITS: ChatRequestLimits = {
  maxBodyBytes: 512 * 1024,
  maxMessages: 200,
  maxSignals: 20,
};

/** Part types a chat request may carry; files and tool calls are refused (no fetching of client URLs). */
const ACCEPTED_PART = /^(?:text|reasoning|step-start|source-url|source-document|data-[\w-]+)$/;

const part = z.looseObject({
  type: z.string().regex(ACCEPTED_PART, 'a text, reasoning, source or data part'),
});
const textPart = z.looseObject({ type: z.literal('text'), text: z.string() });

const message = z.looseObject({
  id: z.string().max(256),
  role: z.enum(['user', 'assistant'], { message: 'role must be "user" or "assistant"' }),
  metadata: z.unknown().optional(),
  parts: z
    .array(part)
    .max(500)
    .superRefine((parts, context) => {
      parts.forEach((value, index) => {
        if (value.type === 'text' && !textPart.safeParse(value).success) {
          context.addIssue({
            code: 'custom',
            path: [index, 'text'],
            message: 'a text part needs a string `text`',
          });
        }
      });
    }),
});

const chatRequestSchema = z.looseObject({
  id: z.string().max(256).optional(),
  messages: z.array(message).min(1, 'at least one message'),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
  messageId: z.string().max(256).optional(),
  persona: z.unknown().optional(),
  signals: z.array(z.unknown()).optional(),
});

/** A validated chat request body. */
export interface ChatRequest {
  /** The chat (session) id, when sent. */
  id?: string;
  /** The conversation, ending with the user message being answered. */
  messages: AttuneMessage[];
  /** Why the reply is requested (`submit-message` when absent). */
  trigger: 'submit-message' | 'regenerate-message';
  /** The client's compact persona payload (validated later with `parsePersonaPayload`). */
  persona?: unknown;
  /** Feedback signals carried with the request (validated later). */
  signals?: unknown[];
}

/**
 * Validates a parsed chat body `{ id?, messages, persona?, trigger?, signals? }`: too many
 * messages or signals is a 413, any other problem a 400 `invalid-body` naming the field; the last
 * message must be the user's. System messages are refused: the server owns the instructions.
 */
export function parseChatRequest(body: unknown, limits: ChatRequestLimits): ChatRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HandlerError(400, 'invalid-body', 'The body must be a JSON object with a `messages` array.');
  }
  const { messages, signals } = body as { messages?: unknown; signals?: unknown };
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
  const last = parsed.data.messages.at(-1);
  if (last?.role !== 'user') {
    throw new HandlerError(400, 'invalid-body', 'The last message must be the user message to answer.');
  }
  return {
    ...(parsed.data.id === undefined ? {} : { id: parsed.data.id }),
    messages: parsed.data.messages as unknown as AttuneMessage[],
    trigger: parsed.data.trigger ?? 'submit-message',
    ...(parsed.data.persona === undefined ? {} : { persona: parsed.data.persona }),
    ...(parsed.data.signals === undefined ? {} : { signals: parsed.data.signals }),
  };
}
