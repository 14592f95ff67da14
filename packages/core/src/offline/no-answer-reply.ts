import type { ReplyContext } from './compose-reply';
import { frameReply } from './frame-reply';

/**
 * The reply when the knowledge base has nothing relevant: it says so plainly and
 * points to support, inventing nothing. `supportContact` (e.g. an email address)
 * is named when given.
 */
export function composeNoAnswer(context: ReplyContext & { supportContact?: string }): string {
  const contact =
    context.supportContact === undefined
      ? 'Please contact our support team and they will be able to help.'
      : `Please contact our support team (${context.supportContact}) and they will be able to help.`;
  const body = `I could not find anything about that in the knowledge base, so I cannot give you a reliable answer. ${contact}`;
  return frameReply(body, { ...context, allowQuip: false });
}
