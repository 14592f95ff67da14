import type { AttuneMessage } from '../message/message';
import { messageText } from '../message/message-text';
import type { ExplicitSignal, Signal } from '../persona/signals';
import type { Style, StyleAxis } from '../style/style';
import { readStyleRequests } from '../style/style-requests';
import type { StyleAxisLinks } from './alignment-persona';
import type { TurnContext } from './turn-plan';

/** How far from neutral a request sets a dimension: 0.5 ± 0.4 (strong, not absolute). */
const REQUEST_STRENGTH = 0.4;

/*
 * The rule both the browser's personalization and the server's chat handler follow: a request
 * for how replies should be ("tl;dr", "always keep it short", "in bullet points") is a lasting
 * explicit setting; a state the user is in ("I'm really frustrated") speaks about this turn
 * only (turnStyle, which also carries the turn's requests), and lasts at most as the weak, forgotten lean the message's own text gives
 * the persona as a user-text signal.
 */

/**
 * The explicit settings a user's message implies: each style request ("short version",
 * "explain like I'm five") sets the dimensions linked to its axis towards the requested end,
 * unpinned, so later evidence can still move them. A feeling is not a setting (see
 * {@link turnStyle}). Empty for other signals and for messages without requests.
 */
export function requestSignals(signal: Signal, links: StyleAxisLinks): ExplicitSignal[] {
  if (signal.kind !== 'user-text') return [];
  const levels = Object.entries(readStyleRequests(signal.text).style) as Array<[StyleAxis, number]>;
  return levels.flatMap(([axis, level]) =>
    (links[axis] ?? []).map((link) => ({
      kind: 'explicit' as const,
      dimension: link.dimension,
      direction: 0.5 + REQUEST_STRENGTH * Math.sign(level) * link.sign,
      at: signal.at,
    })),
  );
}

/**
 * What the latest user message asks of its own reply: its style requests' levels ("tl;dr":
 * `{ detail: -1 }`), and `empathy: 1` when it voices a feeling ("I'm really frustrated") and
 * asks nothing of empathy itself; empty otherwise. Conditioning lays it over the persona's
 * style (`ConditionOptions.turnStyle`) for this reply only, so even a first message with
 * nothing learned yet is answered as asked; of it, only the requests are learned (see
 * {@link requestSignals}), never the feeling.
 */
export function turnStyle(messages: readonly Pick<AttuneMessage, 'role' | 'parts'>[]): Style {
  const prompt = messages.findLast((message) => message.role === 'user');
  if (!prompt) return {};
  const requests = readStyleRequests(messageText(prompt));
  return requests.feelings.length > 0 && requests.style.empathy === undefined
    ? { ...requests.style, empathy: 1 }
    : requests.style;
}

/**
 * Whether the turn's new user message says how to answer it: a style request ("tl;dr", "in
 * detail") or a feeling. Such a turn gets the reply asked for, not a comparison to choose from.
 */
export function turnAsksForStyle(context: TurnContext): boolean {
  if (context.trigger !== 'submit-message') return false;
  const last = context.messages.at(-1);
  if (last?.role !== 'user') return false;
  const requests = readStyleRequests(messageText(last));
  return Object.keys(requests.style).length > 0 || requests.feelings.length > 0;
}
