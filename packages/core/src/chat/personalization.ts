import type { Style } from '../alignment/style';
import type { Signal } from '../persona/signals';
import type { AttuneMessage, ShapingDimension } from './message';

/** What personalization adds to one request. */
export interface Conditioning {
  /** Text appended to the session's own instructions (profile block, style block). */
  instructions?: string;
  /** In-context examples: the user's own past choices, placed before the conversation. */
  examples?: Array<{ prompt: string; chosen: string; rejected?: string }>;
  /** The style asked for, recorded on the reply's metadata. */
  style?: Style;
  /** Extra JSON sent in the HTTP request body (e.g. a compact persona payload). */
  body?: Record<string, unknown>;
  /** The dimensions that shaped the reply. */
  shapedBy?: ShapingDimension[];
}

/** What the session should do for the coming reply. */
export interface TurnPlan {
  /** Conditioning for the reply. */
  conditioning: Conditioning;
  /**
   * When set, the session generates one candidate per entry and lets the user choose
   * between them (an active comparison); `conditioning` is then unused.
   */
  compare?: readonly [Conditioning, Conditioning];
  /** When above 1, generate this many candidates and keep the one `pick` prefers (best-of-n). */
  candidates?: number;
}

/** The turn the session is about to request a reply for. */
export interface TurnContext {
  /** The session id. */
  sessionId: string;
  /** The conversation so far, ending with the user message being answered. */
  messages: readonly AttuneMessage[];
  /** Why the reply is requested. */
  trigger: 'submit-message' | 'regenerate-message';
}

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
