import type { ChatTransport } from 'ai';
import type { AttuneMessage } from '../message/message';
import type { ReplySource } from './reply-source';

/**
 * Asks a remote transport (HTTP or any `ChatTransport`) for the reply. The app's own body
 * fields and headers travel as given, and of the conditioning only `conditioning.body`, merged
 * into the request body: the server derives its own conditioning and never receives client
 * instructions.
 */
export function transportReplySource(transport: ChatTransport<AttuneMessage>): ReplySource {
  return ({ chatId, trigger, messageId, messages, conditioning, body, headers, abortSignal }) => {
    const merged = body || conditioning.body ? { ...body, ...conditioning.body } : undefined;
    return transport.sendMessages({
      chatId,
      trigger,
      messageId,
      messages,
      abortSignal,
      ...(merged ? { body: merged } : {}),
      ...(headers ? { headers } : {}),
    });
  };
}
