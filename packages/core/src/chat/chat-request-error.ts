import { CodedError } from '../errors/coded-error';

/** What a failed chat request said, read from the server's `{ error: { code, message } }` JSON. */
interface RequestErrorInfo {
  /** A message fit to show: the server's, or the error's own when it sent no JSON error. */
  message: string;
  /** The server's machine-readable reason (e.g. `rate-limited`), when it sent one. */
  code?: string;
  /** Seconds until a retry is allowed (a 429's `retryAfterSeconds`). */
  retryAfterSeconds?: number;
}

/**
 * Reads a request failure (or a failed response's body text). The AI SDK's HTTP transport throws
 * the response body as the error's message, so an Attune server's JSON error becomes its
 * `message`, `code` and `retryAfterSeconds`; anything else keeps its message as it is.
 */
function describeRequestError(error: unknown): RequestErrorInfo {
  const raw = error instanceof Error ? error.message : String(error ?? '');
  try {
    const parsed = JSON.parse(raw) as {
      error?: { code?: unknown; message?: unknown; retryAfterSeconds?: unknown };
    };
    const body = parsed?.error;
    if (body && typeof body.message === 'string') {
      return {
        message: body.message,
        ...(typeof body.code === 'string' ? { code: body.code } : {}),
        ...(typeof body.retryAfterSeconds === 'number' && body.retryAfterSeconds > 0
          ? { retryAfterSeconds: body.retryAfterSeconds }
          : {}),
      };
    }
  } catch {
    // Not JSON: the message as it is.
  }
  return { message: raw || 'The reply failed.' };
}

/**
 * A failed chat request as the session keeps it in its `error` state: the server's message, its
 * code and when a retry is allowed (`retryAt`, ms since epoch). The code is the server's (e.g.
 * `rate-limited`), `request-failed` when it sent none, or the client's own reading of a reply
 * stream it could not take: `invalid-chunk` (not JSON, not a UI message chunk, too large, or
 * failing the app's `messageMetadataSchema` / `dataPartSchemas`),
 * `unexpected-chunk` (a chunk for a part or tool call that never started) or `empty-response`.
 */
export class ChatRequestError extends CodedError<string> {
  override readonly name = 'ChatRequestError';
  /** When a retry is allowed (ms since epoch), when the server said (a 429's `Retry-After`). */
  readonly retryAt: number | undefined;

  constructor(message: string, options: { code?: string; retryAt?: number; cause?: unknown } = {}) {
    super(options.code ?? 'request-failed', message, { cause: options.cause });
    this.retryAt = options.retryAt;
  }
}

/**
 * Turns a request failure (or a failed response's body text) into a {@link ChatRequestError}
 * (kept as it is when it already is one). The wait comes from the server's JSON error, else from
 * `retryAfterSeconds` (e.g. the response's `Retry-After` header).
 */
export function toChatRequestError(
  error: unknown,
  now = Date.now(),
  retryAfterSeconds?: number,
): ChatRequestError {
  if (error instanceof ChatRequestError) return error;
  const info = describeRequestError(error);
  const wait = info.retryAfterSeconds ?? retryAfterSeconds;
  return new ChatRequestError(info.message, {
    ...(info.code === undefined ? {} : { code: info.code }),
    ...(wait === undefined ? {} : { retryAt: now + wait * 1000 }),
    cause: error,
  });
}
