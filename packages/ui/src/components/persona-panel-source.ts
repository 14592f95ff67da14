import type { DimensionReadout } from '@attune/core';

/** What the panel needs from a persona (`createPersona()` from `@attune/core` satisfies it). */
export interface PersonaPanelSource {
  /** Every dimension, read out. */
  directions(): readonly DimensionReadout[];
  /** Sets a dimension's direction, pinned or not. */
  set(id: string, direction: 0 | 0.5 | 1, options?: { pinned?: boolean }): void;
  /** Lets a pinned dimension learn again. */
  unpin(id: string): void;
  /** Forgets everything learned. */
  reset(): void;
  /** Serializable state. */
  toJSON(): unknown;
  /** Replaces the state; throws a clear error on bad input and keeps the current state. */
  load(json: unknown): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** How many signals the persona has learned from. */
  readonly signalCount: number;
  /**
   * The preference space: the labels of both poles, and (for the default plain view) each
   * dimension's group and the style axes it measures.
   */
  readonly space?: {
    readonly dimensions: readonly {
      id: string;
      positive: string;
      negative: string;
      group?: string;
      measures?: readonly { attribute: string; weight: number }[];
    }[];
  };
}
