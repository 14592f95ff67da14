import type { CompareOptions } from '../../src/alignment/compare-policy';
import type { TurnContext } from '../../src/chat/personalization';
import type { ExplicitSignal } from '../../src/persona/signals';
import type { StyleAxis } from '../../src/style/style';

/** A first turn of a fresh session, for planning outside a chat session. */
export const turn: TurnContext = { sessionId: 's', messages: [], trigger: 'submit-message' };

/** The user set and pinned "concise communication": 1 = concise, 0 = thorough. */
export function pinnedConcise(direction: 0 | 1 = 1, at = 1): ExplicitSignal {
  return { kind: 'explicit', at, dimension: 'communication_concise', direction, pinned: true };
}

/** Compare options that offer a comparison on every turn from the first, optionally on `axes` only. */
export function compareEveryTurn(axes?: readonly StyleAxis[]): CompareOptions {
  return { policy: { everyTurns: 1 }, firstTurn: 1, allowConsecutive: true, axes };
}
