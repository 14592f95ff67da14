import type { UIMessageChunk } from 'ai';
import type { AttuneMessage } from '../message/message';
import type { Signal } from '../persona/signals';
import type { Conditioning } from './personalization';

/** One request for a reply, with the conditioning personalization planned for it. */
export interface ReplyRequest {
  /** The session id. */
  chatId: string;
  /** Why the reply is requested. */
  trigger: 'submit-message' | 'regenerate-message';
  /** The message being regenerated or edited, when any. */
  messageId: string | undefined;
  /** The conversation, ending with the user message being answered. */
  messages: AttuneMessage[];
  /** What personalization adds to this request. */
  conditioning: Conditioning;
  /** The app's own fields for this request (`send(…, { body })`), merged into a remote body. */
  body?: object;
  /** The app's own HTTP headers for this request (`send(…, { headers })`). */
  headers?: Record<string, string> | Headers;
  /** Feedback signals the session learned that travel to a server with this request. */
  signals?: readonly Signal[];
  /** Aborts the request. */
  abortSignal: AbortSignal | undefined;
}

/**
 * Produces the UI message stream of one reply (an in-process model or a remote transport).
 * The stream should carry a conditioning receipt (`metadata.conditioning`): a stream without
 * one counts as not conditioned.
 */
export type ReplySource = (request: ReplyRequest) => Promise<ReadableStream<UIMessageChunk>>;
