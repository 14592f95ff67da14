import { safeValidateUIMessages, type ToolSet, TypeValidationError, type UIMessage } from 'ai';
import { describeIssues, type ValidationIssue } from '../../validation/describe-issues';
import { findNonJson } from '../stores/json';
import { HandlerError } from './handler-error';

/** Decides whether a file part may point at a URL other than an inline `data:` URL. */
export type AcceptFileUrl = (url: URL) => boolean;

/** Options of {@link validateChatMessages}. */
export interface ValidateChatMessagesOptions {
  /** The server's tools: tool parts are checked against their input and output schemas. */
  tools?: ToolSet;
  /** Deepest nesting of any value in the messages (e.g. a tool input). Default 64. */
  maxDepth?: number;
  /**
   * Whether a file part may carry a non-`data:` URL (which the provider or the AI SDK may fetch
   * from the server). Default: never, so a client cannot make the server fetch a URL it chose.
   */
  acceptFileUrl?: AcceptFileUrl;
}

/** Part types that carry a file the model may read. */
const FILE_PARTS = new Set(['file', 'reasoning-file']);

/** Base64 as `atob` reads it: the alphabet, then at most two `=`; a length of 4n+1 never decodes. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** True when a `data:` URL's content is not base64, which the AI SDK reads every `data:` URL as. */
function isBrokenBase64(dataUrl: string): boolean {
  const content = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return !dataUrl.includes(',') || !BASE64.test(content) || content.length % 4 === 1;
}

/** Describes why the AI SDK's validator refused messages: the field and the reason, never the value. */
function describeRefusal(error: unknown): string {
  if (!TypeValidationError.isInstance(error)) {
    return error instanceof Error ? error.message.slice(0, 160) : 'unreadable messages';
  }
  const field = error.context?.field ?? 'messages';
  const cause: unknown = error.cause;
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (Array.isArray(issues)) {
    return describeIssues(
      (issues as ValidationIssue[]).map((issue) => ({ ...issue, path: [field, ...(issue.path ?? [])] })),
    );
  }
  const reason = typeof cause === 'string' ? cause : cause instanceof Error ? cause.message : 'invalid';
  return `${field}: ${reason.slice(0, 160)}`;
}

/** True for a message whose parts hold a tool call (a continuation after tool results or approvals). */
function hasToolPart(message: UIMessage): boolean {
  return message.parts.some((part) => part.type === 'dynamic-tool' || part.type.startsWith('tool-'));
}

/**
 * Validates a chat's messages with the AI SDK's own validator (`safeValidateUIMessages`, with the
 * tools' schemas when given), so every part type a `UIMessage` defines is accepted and any
 * metadata passes. On top of it: no value nested deeper than `maxDepth`, no system messages (the
 * server owns the instructions), file parts only with inline base64 `data:` URLs (as the AI SDK
 * reads them) unless `acceptFileUrl` allows the URL, and the conversation ends with the user message to answer or with an assistant
 * message holding tool calls (a client-side tool result or an approval being sent back). Every
 * refusal is a 400 {@link HandlerError} naming the field (`invalid-body`, `nesting-too-deep`,
 * `file-url-not-allowed`).
 */
export async function validateChatMessages(
  messages: unknown,
  options: ValidateChatMessagesOptions = {},
): Promise<UIMessage[]> {
  const maxDepth = options.maxDepth ?? 64;
  const deep = findNonJson(messages, maxDepth);
  if (deep !== null) {
    throw new HandlerError(
      400,
      'nesting-too-deep',
      `The messages nest deeper than ${maxDepth} levels (at messages${deep.slice(1)}).`,
    );
  }
  const result = await safeValidateUIMessages<UIMessage>({
    messages,
    ...(options.tools ? { tools: options.tools } : {}),
  });
  if (!result.success) {
    throw new HandlerError(
      400,
      'invalid-body',
      `The messages are malformed: ${describeRefusal(result.error)}.`,
    );
  }
  const validated = result.data;
  validated.forEach((message, index) => {
    if (message.role === 'system') {
      throw new HandlerError(
        400,
        'invalid-body',
        `messages[${index}]: system messages are not accepted; the server owns the instructions.`,
      );
    }
    message.parts.forEach((part, partIndex) => {
      if (!FILE_PARTS.has(part.type) || !('url' in part)) return;
      const url = URL.canParse(part.url) ? new URL(part.url) : undefined;
      if (url?.protocol === 'data:' && isBrokenBase64(part.url)) {
        throw new HandlerError(
          400,
          'invalid-body',
          `messages[${index}].parts[${partIndex}]: a file's data: URL must hold base64 (data:<type>;base64,<data>).`,
        );
      }
      if (url?.protocol === 'data:' || (url && options.acceptFileUrl?.(url))) return;
      throw new HandlerError(
        400,
        'file-url-not-allowed',
        `messages[${index}].parts[${partIndex}]: a file must be sent inline as a data: URL.`,
      );
    });
  });
  const last = validated.at(-1);
  if (last?.role !== 'user' && !(last && hasToolPart(last))) {
    throw new HandlerError(
      400,
      'invalid-body',
      'The last message must be the user message to answer, or an assistant message with tool calls.',
    );
  }
  return validated;
}
