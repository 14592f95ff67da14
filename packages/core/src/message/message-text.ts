import type { AttuneMessage } from './message';

/** The text of a message: its text parts joined. */
export function messageText(message: Pick<AttuneMessage, 'parts'>): string {
  return message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
}

/** A copy of `message` whose text parts are replaced by one text part holding `text`. */
export function withMessageText(message: AttuneMessage, text: string): AttuneMessage {
  const first = message.parts.findIndex((part) => part.type === 'text');
  const others = message.parts.filter((part) => part.type !== 'text');
  const at = first === -1 ? others.length : first;
  return {
    ...message,
    parts: [...others.slice(0, at), { type: 'text', text, state: 'done' }, ...others.slice(at)],
  };
}

/** The user message a reply at `index` answers: the nearest user message before it. */
export function promptBefore(messages: readonly AttuneMessage[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role === 'user') return messageText(message);
  }
  return undefined;
}
