import { messageText } from '../message/message-text';
import type { ExplicitSignal, Signal } from '../persona/signals';
import type { StyleAxis } from '../style/style';
import { readStyleRequests } from '../style/style-requests';
import type { StyleAxisLinks } from './alignment-persona';
import type { TurnContext } from './turn-plan';

/** How far from neutral a request sets a dimension: 0.5 ± 0.4 (strong, not absolute). */
const REQUEST_STRENGTH = 0.4;

/**
 * The explicit settings a user's message implies: each style request ("short version",
 * "explain like I'm five") sets the dimensions linked to its axis towards the requested
 * end, and a feeling ("I'm really frustrated") sets those of empathy, unpinned, so later
 * evidence can still move them. Empty for other signals and for messages without any.
 */
export function requestSignals(signal: Signal, links: StyleAxisLinks): ExplicitSignal[] {
  if (signal.kind !== 'user-text') return [];
  const requests = readStyleRequests(signal.text);
  const levels: Array<readonly [StyleAxis, number]> = Object.entries(requests.style).map(
    ([axis, level]) => [axis as StyleAxis, level ?? 0] as const,
  );
  if (requests.feelings.length > 0 && requests.style.empathy === undefined) levels.push(['empathy', 1]);
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
