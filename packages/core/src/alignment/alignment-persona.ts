import type { Signal } from '../persona/signals';
import type { Style, StyleAxis } from '../style/style';

/**
 * One dimension of a persona as the alignment layer reads it: the persona engine's
 * `directions()` entries satisfy this shape.
 */
export interface DirectionReadout {
  /** Dimension id in the preference space. */
  id: string;
  /** Label of the preferred pole (the positive pole while neutral). */
  label: string;
  /** 1 = positive pole, 0 = negative pole, 0.5 = neutral (the AlignX encoding). */
  direction: number;
  /** Posterior mean of the latent preference (positive leans to the positive pole). */
  mean: number;
  /** Posterior uncertainty of the latent preference (a standard deviation). */
  uncertainty: number;
  /** How sure the estimate is about `direction`, in [0, 1]. */
  confidence: number;
  /** True when the user set and pinned the dimension. */
  pinned: boolean;
}

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
  directions(): readonly DirectionReadout[];
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
