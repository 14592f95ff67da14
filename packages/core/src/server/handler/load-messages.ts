import type { UIMessage } from 'ai';
import { HandlerError } from './handler-error';

/** What `loadMessages` receives: the chat the client names, and who is asking. */
export interface LoadMessagesContext {
  /** The chat id the client sent (`useChat`'s `id`): never trust it alone, check it is the user's. */
  chatId: string;
  /** The user the request belongs to, when `getUserId` named one. */
  userId: string | undefined;
  /** The incoming request (headers, cookies, URL). */
  request: Request;
}

/**
 * Loads a chat's earlier messages from the app's own storage, for a client that sends only its
 * new `message`: `[]` for a new chat, `null` when the chat is not this user's (answered 404
 * `not-found`, nothing streamed or saved). What it returns is trusted as the app's own data.
 */
export type LoadMessages = (context: LoadMessagesContext) => UIMessage[] | null | Promise<UIMessage[] | null>;

/**
 * The conversation of a request that sent only its new (validated) `message`: the loaded history
 * with that message at the end. A message whose id is already in the history takes its place and
 * drops what followed, as the client's own list does (a tool result or approval added to the last
 * reply, a regenerated or edited message).
 */
export async function conversationWith(
  sent: UIMessage,
  loadMessages: LoadMessages | undefined,
  context: LoadMessagesContext,
): Promise<UIMessage[]> {
  if (!loadMessages) {
    throw new HandlerError(
      400,
      'missing-messages',
      'The chat request sends only the new `message`, and this server loads no history (no `loadMessages`): send `messages`.',
    );
  }
  const history = await loadMessages(context);
  if (history === null) {
    throw new HandlerError(404, 'not-found', 'This user has no chat with that id.');
  }
  const at = history.findIndex((message) => message.id === sent.id);
  return [...(at === -1 ? history : history.slice(0, at)), sent];
}
