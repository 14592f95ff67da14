import type { StyleAxisLinks } from '../../alignment/alignment-persona';
import {
  type AlignmentMode,
  type ConditioningBudgets,
  conditionFromDirections,
  DEFAULT_MIN_CONFIDENCE,
} from '../../alignment/conditioning';
import {
  conditionFromPayload,
  type LabelledDimension,
  type PersonaPayload,
} from '../../alignment/persona-payload';
import { rankProfileDimensions } from '../../alignment/profile-block';
import type { Conditioning } from '../../alignment/turn-plan';
import { conditioningReceipt } from '../../chat/conditioning-receipt';
import type { ConditioningReceipt } from '../../message/message';
import type { Persona } from '../../persona/persona';
import type { Style } from '../../style/style';

/** How the server conditions: its space and links, and the handler's mode and budget options. */
export interface TurnConditioningOptions {
  /** The server's preference space (labels come from here, never from the client). */
  space: { dimensions: readonly LabelledDimension[] };
  /** Which dimensions each style axis speaks to. */
  links: StyleAxisLinks;
  /** A forced mode (the server's A/B arm), over the payload's. */
  mode?: AlignmentMode;
  /** The mode when neither `mode` nor a payload names one. */
  defaultMode: AlignmentMode;
  /** Token budgets. */
  budgets?: Partial<ConditioningBudgets>;
  /** Confidence a dimension needs to shape replies. */
  minConfidence?: number;
  /** What this reply's user message asks of it (`turnStyle(messages)`). */
  turnStyle?: Style;
}

/** The conditioning of one reply and its receipt. */
export interface TurnConditioning {
  conditioning: Conditioning;
  receipt: ConditioningReceipt;
}

/**
 * True when a stored persona speaks for the user: it learned from signals (settings included)
 * and holds a preference sure enough to shape a reply. An empty or barely started persona
 * (e.g. a first visit, with only the first message learned) does not.
 */
export function storedPersonaIsAuthoritative(
  persona: Persona,
  minConfidence = DEFAULT_MIN_CONFIDENCE,
): boolean {
  return persona.signalCount > 0 && rankProfileDimensions(persona.directions(), minConfidence).length > 0;
}

/**
 * Conditions one reply by a clear precedence: the user's stored persona when it is
 * authoritative ({@link storedPersonaIsAuthoritative}); else the client's validated persona
 * payload; else only what the turn's message asks of its reply (`turnStyle`). The payload's
 * comparison variation (`vary`) and in-context examples apply on top of a stored persona, and the
 * turn's style on top of whichever conditions. The receipt says what
 * reached the model and from where (`none` when nothing did).
 */
export function conditionTurn(
  persona: Persona | undefined,
  payload: PersonaPayload | undefined,
  options: TurnConditioningOptions,
): TurnConditioning {
  const mode = options.mode ?? payload?.mode ?? options.defaultMode;
  const shared = {
    links: options.links,
    ...(options.budgets ? { budgets: options.budgets } : {}),
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    ...(options.turnStyle ? { turnStyle: options.turnStyle } : {}),
  };
  if (persona && (!payload || storedPersonaIsAuthoritative(persona, options.minConfidence))) {
    const conditioning = conditionFromDirections(persona.directions(), {
      ...shared,
      mode,
      ...(payload?.examples ? { examples: payload.examples } : {}),
      ...(payload?.vary ? { vary: payload.vary } : {}),
    });
    return { conditioning, receipt: conditioningReceipt(conditioning, 'stored') };
  }
  if (payload) {
    const conditioning = conditionFromPayload(payload, { ...shared, space: options.space, mode });
    return { conditioning, receipt: conditioningReceipt(conditioning, 'payload') };
  }
  // Nothing learned to condition on: only what this turn's message asks of its reply.
  const conditioning = conditionFromDirections([], { ...shared, mode });
  return { conditioning, receipt: conditioningReceipt(conditioning, 'stored') };
}
