import type { StyleAxis } from '../style/style';
import type { AlignmentPersona } from './alignment-persona';
import { type ConditionOptions, conditionFromDirections, type StyleVariation } from './conditioning';
import { rankAxesByInformationGain } from './information-gain';
import { styleFromDirections } from './style-from-directions';
import type { Conditioning } from './turn-plan';

/** Options of {@link planComparison}: how to condition, plus how to pick the axis. */
export interface PlanComparisonOptions extends Omit<ConditionOptions, 'vary'> {
  /** How far apart the candidates are: levels +spread and −spread on the axis; default 0.8. */
  spread?: number;
  /** How much each axis matters for this reply, in [0, 1]; a missing axis counts 1. */
  relevance?: Partial<Record<StyleAxis, number>>;
  /** Restrict the comparison to these axes. */
  axes?: readonly StyleAxis[];
  /** The persona's choice noise (see `expectedInformationGain`); default 1. */
  noise?: number;
  /** `'information-gain'` (default) or `'random'` (uniform over axes that can still teach something). */
  strategy?: 'information-gain' | 'random';
  /** Random source for the `'random'` strategy; default `Math.random`. */
  random?: () => number;
  /** Builds a candidate's conditioning; default: in-process {@link conditionFromDirections}. */
  condition?: (vary: StyleVariation) => Conditioning;
}

/** An active comparison: the axis, what it is expected to teach, and the two candidates. */
export interface ComparisonPlan {
  /** The axis the candidates differ on. */
  axis: StyleAxis;
  /** Relevance-weighted expected information gain of the user's choice, in bits. */
  gain: number;
  /** Conditionings of the two candidates: the axis at +spread and at −spread, the rest equal. */
  pair: readonly [Conditioning, Conditioning];
}

/**
 * Plans an active comparison: picks the style axis whose comparison has the largest
 * expected information gain about the user's preference (uncertainty-weighted, times its
 * relevance) and conditions two candidates that differ only on it. Returns `undefined`
 * when no axis can teach anything (all settled or unlinked).
 */
export function planComparison(
  persona: AlignmentPersona,
  options: PlanComparisonOptions,
): ComparisonPlan | undefined {
  const spread = Math.max(0.05, Math.min(1, options.spread ?? 0.8));
  const directions = persona.directions();
  const usesProfile = options.mode === 'pba' || options.mode === 'both';
  const base = usesProfile
    ? styleFromDirections(directions, options.links, { minConfidence: options.minConfidence ?? 0.5 })
    : {};
  const gains = rankAxesByInformationGain(persona, {
    base,
    spread,
    ...(options.noise === undefined ? {} : { noise: options.noise }),
    ...(options.relevance ? { relevance: options.relevance } : {}),
    ...(options.axes ? { axes: options.axes } : {}),
  }).filter((entry) => entry.gain > 0);
  const random = options.random ?? Math.random;
  const picked =
    options.strategy === 'random'
      ? gains[Math.min(gains.length - 1, Math.floor(random() * gains.length))]
      : gains[0];
  if (!picked) return undefined;
  const condition =
    options.condition ??
    ((vary: StyleVariation) => conditionFromDirections(directions, { ...options, vary }));
  return {
    axis: picked.axis,
    gain: picked.gain,
    pair: [condition({ axis: picked.axis, level: spread }), condition({ axis: picked.axis, level: -spread })],
  };
}
