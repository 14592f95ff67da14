/**
 * One dimension of a persona, read out in the AlignX paper's direction encoding: what
 * `persona.directions()` returns, what the alignment layer conditions on and what the
 * persona panel shows.
 */
export interface DimensionReadout {
  /** Dimension id in the preference space. */
  id: string;
  /** Label of the preferred pole (the pole the mean leans to when neutral). */
  label: string;
  /**
   * 1 = positive pole preferred, 0 = negative pole preferred, 0.5 = neutral or not known. A
   * persona reads out exactly these three; a direction from a persona payload may lie between.
   */
  direction: number;
  /** Posterior mean weight (positive leans to the positive pole). */
  mean: number;
  /** Posterior standard deviation (0 when pinned). */
  uncertainty: number;
  /** 0..1: |2·P(weight > 0) − 1|; 1 when pinned. */
  confidence: number;
  /** True when the user set and pinned the dimension. */
  pinned: boolean;
  /** How many signals moved this dimension. */
  evidence: number;
}

/** Maps a direction in [0, 1] to the paper's encoding: ≥ 0.6 → 1, ≤ 0.4 → 0, otherwise 0.5. */
export function encodeDirection(direction: number): 0 | 0.5 | 1 {
  return direction >= 0.6 ? 1 : direction <= 0.4 ? 0 : 0.5;
}

/** The profile text the way the AlignX paper builds it: preferred pole labels of non-neutral dimensions, joined with ", ". */
export function profileText(readouts: readonly DimensionReadout[]): string {
  return readouts
    .filter((r) => r.direction !== 0.5)
    .map((r) => r.label)
    .join(', ');
}
