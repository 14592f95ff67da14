import type { Style } from '../style/style';

/** Fields every signal carries. */
export interface SignalBase {
  /** When the signal happened (ms since epoch). */
  at: number;
  /** Relative strength of the evidence, 1 by default; 0 ignores the signal. */
  weight?: number;
}

/** The user preferred `chosen` over `rejected` as replies to `prompt`. */
export interface ComparisonSignal extends SignalBase {
  kind: 'comparison';
  prompt: string;
  chosen: string;
  rejected: string;
  /** The style the app asked for when generating `chosen`, when it generated both. */
  chosenStyle?: Style;
  /** The style the app asked for when generating `rejected`, when it generated both. */
  rejectedStyle?: Style;
}

/** The user rated a reply with a thumb up or down. */
export interface RatingSignal extends SignalBase {
  kind: 'rating';
  /** The rated reply. */
  text: string;
  rating: 'up' | 'down';
  /** The prompt the reply answered, when known. */
  prompt?: string;
  /** The style the reply was generated with, when known. */
  style?: Style;
}

/** The user's own message (the paper's user-generated content). */
export interface UserTextSignal extends SignalBase {
  kind: 'user-text';
  text: string;
}

/** The user set a dimension directly, optionally pinning it against later evidence. */
export interface ExplicitSignal extends SignalBase {
  kind: 'explicit';
  /** Dimension id in the persona's preference space. */
  dimension: string;
  /** 1 = positive pole, 0 = negative pole, 0.5 = neutral; values in between are allowed. */
  direction: number;
  /** A pinned dimension keeps this direction until unpinned or reset. */
  pinned?: boolean;
}

/** A free-text self-description, read only by an LLM detector. */
export interface DescriptionSignal extends SignalBase {
  kind: 'description';
  text: string;
}

/** Everything a persona can learn from. */
export type Signal = ComparisonSignal | RatingSignal | UserTextSignal | ExplicitSignal | DescriptionSignal;

/** The kinds of signal, as a union of string literals. */
export type SignalKind = Signal['kind'];
