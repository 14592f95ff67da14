import type { FlexibleSchema, UIDataPartSchemas, UIMessageChunk } from 'ai';
import { describeIssues, type ValidationIssue } from '../validation/describe-issues';
import { isRecord } from '../validation/is-record';
import { ChatRequestError } from './chat-request-error';

/**
 * The app's schemas for what replies stream, as `useChat`'s `messageMetadataSchema` and
 * `dataPartSchemas`: any schema the AI SDK takes (zod, valibot or another Standard Schema,
 * `jsonSchema(...)` with `validate`, or a lazy one).
 */
export interface ReplySchemas {
  /** Checks a reply's metadata each time a chunk brings some (the metadata merged so far, as `useChat` checks it). */
  messageMetadataSchema?: FlexibleSchema | undefined;
  /** Checks the `data` of each `data-NAME` chunk (transient ones included) by `NAME`. */
  dataPartSchemas?: UIDataPartSchemas | undefined;
}

type StandardResult = { value: unknown; issues?: undefined } | { issues: readonly ValidationIssue[] };
type CheckResult = { success: true } | { success: false; error: Error };
/** What a resolved `FlexibleSchema` is at run time: a Standard Schema, or the AI SDK's `Schema`. */
type ResolvedSchema =
  | { '~standard': { validate(value: unknown): StandardResult | PromiseLike<StandardResult> } }
  | { validate?: (value: unknown) => CheckResult | PromiseLike<CheckResult> };

/** Why `value` fails `schema` (a short text), or `undefined` when it passes. */
async function failure(schema: FlexibleSchema, value: unknown): Promise<string | undefined> {
  const resolved = (typeof schema === 'function' ? schema() : schema) as ResolvedSchema;
  if ('~standard' in resolved) {
    const result = await resolved['~standard'].validate(value);
    return result.issues ? describeIssues(result.issues) : undefined;
  }
  const result = await resolved.validate?.(value);
  return result && !result.success ? result.error.message.slice(0, 160) : undefined;
}

/** Refuses a value that fails its schema: `ChatRequestError` `invalid-chunk`, naming the field. */
async function check(schema: FlexibleSchema | undefined, value: unknown, field: string): Promise<void> {
  if (!schema) return;
  const reason = await failure(schema, value);
  if (reason !== undefined) {
    throw new ChatRequestError(`The reply's ${field} does not match its schema: ${reason}`, {
      code: 'invalid-chunk',
    });
  }
}

/** Checks a `data-NAME` chunk's `data` against `dataPartSchemas[NAME]`, when there is one. */
export function checkDataChunk(schemas: ReplySchemas, chunk: UIMessageChunk): Promise<void> {
  if (!chunk.type.startsWith('data-') || !('data' in chunk)) return Promise.resolve();
  const name = chunk.type.slice('data-'.length);
  const own = schemas.dataPartSchemas;
  return check(own && Object.hasOwn(own, name) ? own[name] : undefined, chunk.data, `${chunk.type} data`);
}

/** The metadata keys Attune itself puts on a reply (its receipt, comparison and personalization state). */
const ATTUNE_KEYS = new Set(['conditioning', 'style', 'shapedBy', 'comparison', 'personalization']);

/** Metadata without Attune's own keys; `undefined` when nothing of the app's is left. */
function appMetadata(metadata: unknown): unknown {
  if (!isRecord(metadata)) return metadata ?? undefined;
  const own = Object.entries(metadata).filter(([key]) => !ATTUNE_KEYS.has(key));
  return own.length > 0 ? Object.fromEntries(own) : undefined;
}

/**
 * Checks a reply's metadata (as merged so far, after `chunk`) against `messageMetadataSchema`
 * when the chunk brought some of the app's, as `useChat` checks it; Attune's own keys are left
 * out on both sides, so a chunk carrying only Attune's receipt is not checked.
 */
export function checkMetadata(schemas: ReplySchemas, chunk: UIMessageChunk, merged: unknown): Promise<void> {
  const brought = 'messageMetadata' in chunk ? appMetadata(chunk.messageMetadata) : undefined;
  if (brought === undefined) return Promise.resolve();
  return check(schemas.messageMetadataSchema, appMetadata(merged) ?? {}, 'metadata');
}
