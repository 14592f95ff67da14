import type { ChatTransport } from 'ai';
import type { AttuneMessage } from '../message/message';
import type { ReplySource } from './reply-source';

/** The body key Attune's request fields live under when none is configured. */
export const DEFAULT_BODY_KEY = 'attune';

/**
 * Asks a remote transport (HTTP or any `ChatTransport`) for the reply. Only what a server
 * needs travels: the app's own body fields and headers as given, Attune's fields (the persona
 * payload, the learned signals) under one body key (`attune` by default), and
 * `conditioning.body` merged at the top level. The server derives its own conditioning and
 * never receives client instructions.
 */
export function transportReplySource(
  transport: ChatTransport<AttuneMessage>,
  bodyKey: string = DEFAULT_BODY_KEY,
): ReplySource {
  return ({ chatId, trigger, messageId, messages, conditioning, body, headers, signals, abortSignal }) => {
    const attune = {
      ...(conditioning.persona === undefined ? {} : { persona: conditioning.persona }),
      ...(signals && signals.length > 0 ? { signals } : {}),
    };
    const merged = {
      ...body,
      ...conditioning.body,
      ...(Object.keys(attune).length > 0 ? { [bodyKey]: attune } : {}),
    };
    return transport.sendMessages({
      chatId,
      trigger,
      messageId,
      messages,
      abortSignal,
      ...(Object.keys(merged).length > 0 ? { body: merged } : {}),
      ...(headers ? { headers } : {}),
    });
  };
}
