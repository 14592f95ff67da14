import type { AttuneMessage, ComparisonCandidate } from '../message/message';
import { messageText, promptBefore } from '../message/message-text';
import { clipSignalText } from '../persona/signal-schema';
import type { ComparisonSignal, RatingSignal, UserTextSignal } from '../persona/signals';

/** The prompt a reply at `index` answered, fitted to a signal; `undefined` when there is none. */
const promptOf = (messages: readonly AttuneMessage[], index: number): string | undefined => {
  const prompt = promptBefore(messages, index);
  return prompt === undefined ? undefined : clipSignalText(prompt);
};

/**
 * The signal of the user's message, or `undefined` when it has no text (only files, say), which
 * teaches nothing. Texts past the signal limit are clipped.
 */
export function userTextSignal(message: AttuneMessage, at = message.metadata?.createdAt ?? Date.now()) {
  const text = messageText(message);
  if (text === '') return undefined;
  return { kind: 'user-text', text: clipSignalText(text), at } satisfies UserTextSignal;
}

/**
 * The signal of a thumb on the reply at `messages[index]` (`weight` below 1 for a milder one, as
 * when a reply is regenerated), or `undefined` for a reply without text.
 */
export function ratingSignal(
  messages: readonly AttuneMessage[],
  index: number,
  rating: 'up' | 'down',
  weight?: number,
): RatingSignal | undefined {
  const message = messages[index];
  const text = message ? messageText(message) : '';
  if (text === '') return undefined;
  return {
    kind: 'rating',
    rating,
    ...(weight === undefined ? {} : { weight }),
    text: clipSignalText(text),
    prompt: promptOf(messages, index),
    style: message?.metadata?.style,
    at: Date.now(),
  };
}

/**
 * The signal of a decided comparison on the reply at `messages[index]`, or `undefined` when a
 * candidate has no text (an empty reply says nothing about style).
 */
export function comparisonSignal(
  messages: readonly AttuneMessage[],
  index: number,
  chosen: ComparisonCandidate,
  rejected: ComparisonCandidate,
): ComparisonSignal | undefined {
  if (chosen.text === '' || rejected.text === '') return undefined;
  return {
    kind: 'comparison',
    prompt: promptOf(messages, index) ?? '',
    chosen: clipSignalText(chosen.text),
    rejected: clipSignalText(rejected.text),
    chosenStyle: chosen.style,
    rejectedStyle: rejected.style,
    at: Date.now(),
  };
}
