import { CodedError } from '../errors/coded-error';

/** The machine-readable reasons a session action refuses to run. */
export type ChatSessionErrorCode =
  /** A reply is in progress (`send`, `regenerate`, `retry`, `edit`); `stop()` first. */
  | 'busy'
  /** The session was destroyed. */
  | 'destroyed'
  /** No message, comparison or reply matches (an unknown id, nothing to regenerate or retry). */
  | 'not-found'
  /** The message has the other role (rating a user message, editing a reply). */
  | 'wrong-role'
  /** The message to send has no text. */
  | 'empty'
  /** The comparison was already decided. */
  | 'already-decided'
  /** `load()` was given something that is not a list of chat messages. */
  | 'invalid-messages';

/**
 * The error a session action rejects with when it does not apply (misuse, not a failed reply:
 * model and transport failures set `status: 'error'` instead). Branch on `code`; the message
 * says what to do, for people.
 */
export class ChatSessionError extends CodedError<ChatSessionErrorCode> {
  override readonly name = 'ChatSessionError';
}
