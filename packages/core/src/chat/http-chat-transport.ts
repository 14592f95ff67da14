import type { ChatTransport } from 'ai';
import type { AttuneMessage } from '../message/message';
import { ChatRequestError, toChatRequestError } from './chat-request-error';
import { readUIMessageEventStream } from './ui-message-event-stream';

/** The most characters of a failed response's body read into its error. */
const MAX_ERROR_BODY_CHARS = 4_000;

/** `Retry-After` (seconds or an HTTP date) as seconds from `now`, when it says. */
function retryAfterSeconds(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  const wait = Number.isFinite(seconds) ? seconds : (Date.parse(header) - now) / 1000;
  return Number.isFinite(wait) && wait > 0 ? wait : undefined;
}

/** An HTML page (a proxy's or framework's error page): never a message to show a user. */
const isHtml = (response: Response, body: string) =>
  (response.headers.get('content-type') ?? '').includes('text/html') || /^\s*</.test(body);

/**
 * The reply stream of a response, or the error a failed one stands for: a
 * {@link ChatRequestError} with the server's JSON error message and code (`request-failed` when
 * it sent none, `body-too-large` for a 413 without one, e.g. a proxy's; the status alone for an
 * empty body or an HTML page) and when a retry is allowed
 * (its `retryAfterSeconds`, else `Retry-After`).
 */
async function replyStream(response: Response) {
  if (!response.ok) {
    const now = Date.now();
    const body = (await response.text().catch(() => '')).slice(0, MAX_ERROR_BODY_CHARS);
    const failure = toChatRequestError(
      body && !isHtml(response, body) ? body : `The chat server answered ${response.status}.`,
      now,
      retryAfterSeconds(response.headers.get('retry-after'), now),
    );
    // A proxy's 413 (nginx's page, a load balancer's text) names no code: its status says it.
    if (response.status === 413 && failure.code === 'request-failed') {
      throw new ChatRequestError(failure.message, {
        code: 'body-too-large',
        ...(failure.retryAt === undefined ? {} : { retryAt: failure.retryAt }),
        cause: failure.cause,
      });
    }
    throw failure;
  }
  if (!response.body) {
    throw new ChatRequestError('The chat server sent an empty response.', { code: 'empty-response' });
  }
  return readUIMessageEventStream(response.body);
}

const headersOf = (headers: Record<string, string> | Headers | undefined): Record<string, string> =>
  headers instanceof Headers ? Object.fromEntries(headers.entries()) : { ...headers };

/** `path` appended to the URL's path, before any query or fragment. */
function withPath(url: string, path: string): string {
  const cut = url.search(/[?#]/);
  const base = cut === -1 ? url : url.slice(0, cut);
  return `${base.replace(/\/$/, '')}${path}${cut === -1 ? '' : url.slice(cut)}`;
}

/** Options of {@link createHttpChatTransport}. */
export interface HttpChatTransportOptions {
  /**
   * Sends only the newest message as `message` (with the chat `id`) instead of `messages`, for a
   * server that loads the earlier ones itself (`createChatHandler`'s `loadMessages`). Default false.
   */
  lastMessageOnly?: boolean;
}

/**
 * A `ChatTransport` to a chat endpoint over HTTP, on the AI SDK's wire protocol (as
 * `DefaultChatTransport`, without its runtime): a reply is `POST api` with the JSON body
 * `{ ...body, id, messages, trigger, messageId }` and the request's headers, answered by a
 * UI message stream (see `readUIMessageEventStream`); with `lastMessageOnly`, `message` (the newest
 * one) replaces `messages`. Resuming is `GET api/<id>/stream`, where
 * 204 means nothing to resume. A failed response rejects with a `ChatRequestError`.
 */
export function createHttpChatTransport(
  api: string,
  { lastMessageOnly = false }: HttpChatTransportOptions = {},
): ChatTransport<AttuneMessage> {
  return {
    async sendMessages({ chatId, messages, trigger, messageId, abortSignal, body, headers }) {
      const response = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersOf(headers) },
        body: JSON.stringify({
          ...body,
          id: chatId,
          ...(lastMessageOnly ? { message: messages.at(-1) } : { messages }),
          trigger,
          messageId,
        }),
        signal: abortSignal ?? null,
      });
      return replyStream(response);
    },
    async reconnectToStream({ chatId, abortSignal, headers }) {
      if (chatId === '.' || chatId === '..') {
        throw new RangeError('A chat id of "." or ".." cannot name a stream to resume.');
      }
      const response = await fetch(withPath(api, `/${encodeURIComponent(chatId)}/stream`), {
        method: 'GET',
        headers: headersOf(headers),
        signal: abortSignal ?? null,
      });
      return response.status === 204 ? null : replyStream(response);
    },
  };
}
