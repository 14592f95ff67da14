import type { StyleAxis } from '../style/style';

/**
 * When to ask for an active comparison:
 * - `'never'`;
 * - `'when-uncertain'`: when the best comparison is expected to teach at least `minGain` bits;
 * - `{ everyTurns: n }`: on every n-th turn (turns 1, n + 1, 2n + 1, …).
 */
export type ComparePolicy = 'never' | 'when-uncertain' | { everyTurns: number };

/** Comparison settings of a personalization. */
export interface CompareOptions {
  /** When to compare; default `'when-uncertain'` (`'never'` in mode `none`). */
  policy?: ComparePolicy;
  /** Expected information gain (bits, 0-1) that counts as uncertain; default 0.3 (about ten comparisons for a consistent user). */
  minGain?: number;
  /** The earliest turn that may compare; default 2, so the first reply is always a plain answer. */
  firstTurn?: number;
  /** Allow a comparison right after another; default false (never asks twice in a row). */
  allowConsecutive?: boolean;
  /**
   * How the compared axis is chosen: `'information-gain'` (default, the most informative)
   * or `'random'` (uniform over linked axes; a baseline for experiments).
   */
  strategy?: 'information-gain' | 'random';
  /** How far apart the candidates are on the axis: levels +spread and −spread; default 0.8. */
  spread?: number;
  /** Random source for the `'random'` strategy; default `Math.random`. */
  random?: () => number;
  /** Only compare along these axes (e.g. the ones the app's model can vary); default all. */
  axes?: readonly StyleAxis[];
}

/** Where the conversation is, for {@link shouldCompare}. */
export interface CompareState {
  /** The coming turn, counting from 1. */
  turn: number;
  /** Whether the previous turn was a comparison. */
  comparedLastTurn: boolean;
  /** The best relevance-weighted expected information gain available now (bits). */
  bestGain: number;
}

/**
 * Decides whether the coming turn asks the user to compare two candidates. Never before
 * `firstTurn`, never twice in a row unless `allowConsecutive`; never when nothing is left to learn (gain 0).
 * Throws on an `everyTurns` that is not a positive integer.
 */
export function shouldCompare(options: CompareOptions, state: CompareState): boolean {
  const policy = options.policy ?? 'when-uncertain';
  if (policy === 'never' || state.bestGain <= 0) return false;
  if (state.turn < (options.firstTurn ?? 2)) return false;
  if (state.comparedLastTurn && !options.allowConsecutive) return false;
  if (policy === 'when-uncertain') return state.bestGain >= (options.minGain ?? 0.3);
  if (!Number.isInteger(policy.everyTurns) || policy.everyTurns < 1) {
    throw new Error(`Compare policy everyTurns must be a positive integer, got ${policy.everyTurns}.`);
  }
  return (state.turn - 1) % policy.everyTurns === 0;
}
