import type { ChatTransport } from 'ai';
import type { AttuneMessage } from '../message/message';
import { toChatRequestError } from './chat-request-error';
import { withoutEarlierFiles } from './earlier-files';
import type { ReplyRequest, ReplySource } from './reply-source';

/** The body key Attune's request fields live under when none is configured. */
export const DEFAULT_BODY_KEY = 'attune';

/**
 * Asks a remote transport (HTTP or any `ChatTransport`) for the reply. Only what a server
 * needs travels: the app's own body fields and headers as given, Attune's fields (the persona
 * payload, the learned signals) under one body key (`attune` by default), and
 * `conditioning.body` merged at the top level. The server derives its own conditioning and
 * never receives client instructions.
 *
 * Files travel inline, so every request of a conversation carries all of them. When the server
 * refuses a request as too large (`body-too-large`) and earlier messages hold files, it is sent
 * again with those files replaced by a notice to the model (`withoutEarlierFiles`; the last user
 * message keeps its own), and so is every later request of the session that holds earlier files:
 * the conversation goes on, and `onFilesLeftOut` is told once. The stored conversation keeps
 * every file.
 */
export function transportReplySource(
  transport: ChatTransport<AttuneMessage>,
  bodyKey: string = DEFAULT_BODY_KEY,
  onFilesLeftOut?: () => void,
): ReplySource {
  let leaveOutEarlierFiles = false;
  const send = (
    { chatId, trigger, messageId, conditioning, body, headers, signals, abortSignal }: ReplyRequest,
    messages: AttuneMessage[],
  ) => {
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
  return async (request) => {
    const trimmed = withoutEarlierFiles(request.messages);
    if (trimmed.leftOut === 0) return send(request, request.messages);
    if (leaveOutEarlierFiles) return send(request, trimmed.messages);
    try {
      return await send(request, request.messages);
    } catch (error) {
      if (toChatRequestError(error).code !== 'body-too-large') throw error;
      leaveOutEarlierFiles = true;
      onFilesLeftOut?.();
      return send(request, trimmed.messages);
    }
  };
}
