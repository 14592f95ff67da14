import type { DimensionReadout } from '../persona/readouts';
import type { Signal } from '../persona/signals';
import type { Style, StyleAxis } from '../style/style';

/**
 * What the alignment layer needs from a persona. `createPersona()` from the persona engine
 * implements it; any other estimator with these read-outs works too.
 */
export interface AlignmentPersona {
  /** Resolves once texts can be observed and scored (e.g. lazily loaded detectors). */
  ready?(): Promise<void>;
  /** Learns from one signal. */
  observe(signal: Signal): void;
  /** The current read-out per dimension. */
  directions(): readonly DimensionReadout[];
  /** Predicted utility of a reply text for this user (higher = preferred). */
  scoreText(text: string): number;
  /** Predicted utility of a reply generated with `style`. */
  scoreStyle(style: Style): number;
  /** Probability that the user prefers reply `a` over reply `b`. */
  preferenceProbability(a: string, b: string): number;
  /** Variance of the predicted utility difference of two styles (high = a comparison teaches a lot). */
  informativeness(a: Style, b: Style): number;
  /** Serializable state. */
  toJSON(): unknown;
  /** Restores `toJSON()` output; throws on bad input and keeps the current state. */
  load(state: unknown): void;
  /** Forgets everything learned, pins included. */
  reset(): void;
}

/** One dimension linked to a style axis; `sign` -1 means the axis runs against the positive pole. */
export interface AxisLink {
  /** Dimension id. */
  dimension: string;
  /** +1 when the axis' positive end means the dimension's positive pole, -1 when inverted. */
  sign: 1 | -1;
}

/** Which dimensions each style axis speaks to; an axis with no links is never conditioned. */
export type StyleAxisLinks = Partial<Record<StyleAxis, readonly AxisLink[]>>;
