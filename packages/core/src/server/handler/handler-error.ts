import { CodedError } from '../../errors/coded-error';

/** The machine-readable reasons a handler refuses a request. */
export type HandlerErrorCode =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'body-too-large'
  | 'invalid-json'
  | 'invalid-body'
  | 'missing-messages'
  | 'too-many-messages'
  | 'nesting-too-deep'
  | 'file-url-not-allowed'
  | 'invalid-persona'
  | 'invalid-signal'
  | 'no-user'
  | 'not-found'
  | 'rate-limited'
  | 'store-full'
  | 'store-unavailable'
  | 'internal-error';

/**
 * A refusal a handler answers with `status` and `{ error: { code, message } }` JSON. Messages
 * name fields and limits, never the request's text, and never carry a stack trace.
 */
export class HandlerError extends CodedError<HandlerErrorCode> {
  override readonly name = 'HandlerError';
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Extra response headers (e.g. `Allow` on a 405). */
  readonly headers: Record<string, string>;
  /** Extra fields of the JSON error (e.g. `retryAfterSeconds` on a 429). */
  readonly details: Record<string, number | string>;

  constructor(
    status: number,
    code: HandlerErrorCode,
    message: string,
    headers: Record<string, string> = {},
    details: Record<string, number | string> = {},
  ) {
    super(code, message);
    this.status = status;
    this.headers = headers;
    this.details = details;
  }
}

/** A JSON response with no-store caching. */
export function jsonResponse(
  value: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  return new Response(JSON.stringify(value), {
    status: init.status ?? 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...init.headers,
    },
  });
}

/**
 * The response for a failure: a {@link HandlerError} as its own status and code; anything else as
 * a 500 `internal-error` with a generic message (the error itself goes to `report`, never to the client).
 */
export function errorResponse(error: unknown, report?: (error: unknown) => void): Response {
  if (error instanceof HandlerError) {
    return jsonResponse(
      { error: { code: error.code, message: error.message, ...error.details } },
      { status: error.status, headers: error.headers },
    );
  }
  report?.(error);
  return jsonResponse(
    { error: { code: 'internal-error', message: 'The server could not handle this request.' } },
    { status: 500 },
  );
}
