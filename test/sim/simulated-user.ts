import { STYLE_AXES, type Style } from '@attune/core';
import { detectStyle } from '@attune/core/detectors';

/** A simulated user: a hidden preference per style axis, choosing through the detectors plus noise. */
export interface SimulatedUser {
  /** The hidden preference: +1 likes the axis' positive end, −1 its negative end, 0 indifferent. */
  readonly hidden: Style;
  /** How much the user likes a reply: Σ hidden[axis] × detected level (detectStyle). */
  utility(text: string): number;
  /** Picks one of two replies: P(first) = σ((u(a) − u(b)) / noise), drawn from the user's random source. */
  choose(a: string, b: string): 0 | 1;
  /** P(the user prefers `shown` over `baseline`): σ((u(shown) − u(baseline)) / noise); 0.5 = no better. */
  satisfaction(shown: string, baseline: string): number;
}

/** Options of {@link createSimulatedUser}. */
export interface SimulatedUserOptions {
  /** The user's random source (choices and, when `hidden` is absent, the hidden vector). */
  random: () => number;
  /** A fixed hidden vector; by default each axis is ±1, or 0 (indifferent) with probability `indifference`. */
  hidden?: Style;
  /** Share of indifferent axes when the hidden vector is drawn; default 0.2. */
  indifference?: number;
  /** Scale of the logistic choice noise; default 0.3. */
  noise?: number;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Creates a simulated user with a hidden preference vector over the style axes. */
export function createSimulatedUser(options: SimulatedUserOptions): SimulatedUser {
  const { random } = options;
  const noise = options.noise ?? 0.3;
  const indifference = options.indifference ?? 0.2;
  const hidden: Style =
    options.hidden ??
    Object.fromEntries(
      STYLE_AXES.map((axis) => [axis, random() < indifference ? 0 : random() < 0.5 ? -1 : 1] as const),
    );
  const cache = new Map<string, number>();
  const utility = (text: string): number => {
    let found = cache.get(text);
    if (found === undefined) {
      const detected = detectStyle(text);
      found = STYLE_AXES.reduce((sum, axis) => sum + (hidden[axis] ?? 0) * (detected[axis] ?? 0), 0);
      cache.set(text, found);
    }
    return found;
  };
  return {
    hidden,
    utility,
    choose: (a, b) => (random() < logistic((utility(a) - utility(b)) / noise) ? 0 : 1),
    satisfaction: (shown, baseline) => logistic((utility(shown) - utility(baseline)) / noise),
  };
}
