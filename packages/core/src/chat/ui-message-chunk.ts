import type { UIMessageChunk } from 'ai';
import * as v from 'valibot';
import { describeIssues } from '../validation/describe-issues';
import { ChatRequestError } from './chat-request-error';

const text = v.string();
const flag = v.optional(v.boolean());
const label = v.optional(v.string());
const object = v.optional(v.record(v.string(), v.unknown()));
/** Any value, or none (as the AI SDK's `z.unknown()` fields). */
const anything = v.optional(v.unknown());

/** A chunk of one `type` with the fields it must and may carry; fields it does not define pass. */
const chunk = <const Type extends string, const Entries extends v.ObjectEntries>(
  type: Type,
  entries: Entries,
) => v.looseObject({ type: v.literal(type), ...entries });

const part = { id: text, providerMetadata: object };
const toolFields = {
  toolCallId: text,
  providerExecuted: flag,
  providerMetadata: object,
  toolMetadata: object,
  dynamic: flag,
};
const mediaFile = { url: text, mediaType: text, providerMetadata: object };

/** Every chunk of the AI SDK's UI message stream protocol, by `type`. */
const uiMessageChunkSchema = v.variant(
  'type',
  [
    chunk('text-start', part),
    chunk('text-delta', { ...part, delta: text }),
    chunk('text-end', { ...part, citations: v.optional(v.array(v.unknown())) }),
    chunk('reasoning-start', part),
    chunk('reasoning-delta', { ...part, delta: text }),
    chunk('reasoning-end', part),
    chunk('custom', { kind: text, providerMetadata: object }),
    chunk('error', { errorText: text }),
    chunk('tool-input-start', {
      ...toolFields,
      toolName: text,
      inputEncoding: v.optional(v.picklist(['json', 'text'])),
      title: label,
    }),
    chunk('tool-input-delta', { toolCallId: text, inputTextDelta: text }),
    chunk('tool-input-available', { ...toolFields, toolName: text, input: anything, title: label }),
    chunk('tool-input-error', {
      ...toolFields,
      toolName: text,
      input: anything,
      errorText: text,
      title: label,
    }),
    chunk('tool-approval-request', {
      approvalId: text,
      toolCallId: text,
      reason: label,
      isAutomatic: flag,
      signature: label,
    }),
    chunk('tool-approval-response', {
      approvalId: text,
      approved: v.boolean(),
      reason: label,
      providerExecuted: flag,
      providerMetadata: object,
    }),
    chunk('tool-output-available', { ...toolFields, output: anything, preliminary: flag }),
    chunk('tool-output-error', { ...toolFields, errorText: text }),
    chunk('tool-output-denied', { toolCallId: text }),
    chunk('source-url', { sourceId: text, url: text, title: label, providerMetadata: object }),
    chunk('source-document', {
      sourceId: text,
      mediaType: text,
      title: text,
      filename: label,
      providerMetadata: object,
    }),
    chunk('file', mediaFile),
    chunk('reasoning-file', mediaFile),
    chunk('steering-message', {
      id: text,
      parts: v.array(v.looseObject({ type: v.picklist(['text', 'file']) })),
    }),
    chunk('start-step', {}),
    chunk('finish-step', {}),
    chunk('reset-step', {}),
    chunk('start', { messageId: label, messageMetadata: anything }),
    chunk('finish', { finishReason: label, messageMetadata: anything }),
    chunk('abort', { reason: label }),
    chunk('message-metadata', { messageMetadata: anything }),
    v.looseObject({
      type: v.pipe(v.string(), v.startsWith('data-')),
      id: label,
      data: anything,
      transient: flag,
    }),
  ],
  'is not a chunk type of the UI message stream protocol',
);

/** The longest description of a bad chunk an error carries (a hostile chunk may be huge). */
const MAX_DESCRIPTION_CHARS = 300;

/**
 * Checks that a value received from a chat server is a UI message chunk of the AI SDK's stream
 * protocol: a known `type` with the fields that type needs, of the right kinds (as the AI SDK's
 * own chunk schema does; extra fields pass). Throws a {@link ChatRequestError} with code
 * `invalid-chunk` that says what is wrong otherwise.
 */
export function parseUIMessageChunk(value: unknown): UIMessageChunk {
  const result = v.safeParse(uiMessageChunkSchema, value);
  if (result.success) return value as UIMessageChunk;
  const type =
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
      ? `"${(value as { type: string }).type.slice(0, 40)}" `
      : '';
  const description = `The chat server sent an invalid ${type}chunk: ${describeIssues(result.issues)}`;
  throw new ChatRequestError(description.slice(0, MAX_DESCRIPTION_CHARS), { code: 'invalid-chunk' });
}
