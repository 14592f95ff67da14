import type { ChatTransport } from 'ai';
import type { AttuneMessage } from '../message/message';
import type { ReplySource } from './reply-source';

/**
 * Asks a remote transport (HTTP or any `ChatTransport`) for the reply. Only
 * `conditioning.body` travels, merged into the request body: the server derives its own
 * conditioning and never receives client instructions.
 */
export function transportReplySource(transport: ChatTransport<AttuneMessage>): ReplySource {
  return ({ chatId, trigger, messageId, messages, conditioning, abortSignal }) =>
    transport.sendMessages({
      chatId,
      trigger,
      messageId,
      messages,
      abortSignal,
      ...(conditioning.body ? { body: conditioning.body } : {}),
    });
}
