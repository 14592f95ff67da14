import type { Conditioning, TurnContext, TurnPlan } from '../alignment/turn-plan';
import type { Signal } from '../persona/signals';

// The port: the only chat module that depends on alignment (types only). Alignment defines
// what a plan holds; the session calls whatever implements `Personalization`.
export type { Conditioning, TurnContext, TurnPlan };

/**
 * The seam between the dialogue and the persona. Every turn the session first reports
 * what the user did (`observe`), then asks for a plan (`plan`) before the request goes out.
 */
export interface Personalization {
  /**
   * Resolves once `observe`, `plan` and `pick` can run, e.g. after lazily loaded text
   * detectors arrived. The session awaits it before it first observes or plans. A wrapper
   * around another personalization forwards it.
   */
  ready?(): Promise<void>;
  /** Learns from one signal. Called before the next plan. */
  observe(signal: Signal): void | Promise<void>;
  /** Plans the coming reply. */
  plan(turn: TurnContext): TurnPlan | Promise<TurnPlan>;
  /** For best-of-n: the index of the candidate the user is predicted to prefer. */
  pick?(candidates: readonly string[], turn: TurnContext): number;
  /** Serializable state to persist with the session (the persona). */
  snapshot?(): unknown;
  /** Restores state from `snapshot()`; throws on bad input and keeps the current state. */
  restore?(state: unknown): void;
  /** Forgets everything learned. */
  reset?(): void;
}

/** Personalization that learns nothing and adds nothing: the default and the control arm. */
export const noPersonalization: Personalization = {
  observe() {},
  plan: () => ({ conditioning: {} }),
};
