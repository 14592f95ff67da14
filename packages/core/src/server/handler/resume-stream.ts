import { UI_MESSAGE_STREAM_HEADERS } from 'ai';
import type { ResumableStreamStore } from './resumable-stream-store';

/** The chat id of a `…/{chatId}/stream` URL (the AI SDK's reconnect URL), or `undefined`. */
export function resumedChatId(url: string): string | undefined {
  const match = /\/([^/]+)\/stream\/?$/.exec(new URL(url).pathname);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The store key of a user's chat: a chat id resumes only for the user who started the reply. */
export function resumeKey(userId: string | undefined, chatId: string): string {
  return JSON.stringify([userId ?? null, chatId]);
}

/**
 * Answers the AI SDK's `GET {api}/{chatId}/stream`: the reply in progress as a UI message stream
 * (replayed from its start, then live), or 204 No Content when nothing is streaming, which the
 * stock client reads as "nothing to resume".
 */
export async function resumeResponse(
  store: ResumableStreamStore | undefined,
  key: string,
): Promise<Response> {
  const stream = store ? await store.resume(key) : null;
  if (!stream) return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  return new Response(stream.pipeThrough(new TextEncoderStream()), {
    headers: { ...UI_MESSAGE_STREAM_HEADERS, 'cache-control': 'no-store' },
  });
}
