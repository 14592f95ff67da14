import type { ShapingDimension } from '../message/message';
import type { DimensionReadout } from '../persona/readouts';
import type { Style, StyleAxis } from '../style/style';
import type { StyleAxisLinks } from './alignment-persona';
import { fitExamples, type InContextExample } from './in-context-examples';
import { formatProfileBlock, rankProfileDimensions, toShapingDimensions } from './profile-block';
import { styleFromDirections } from './style-from-directions';
import type { Conditioning } from './turn-plan';

/**
 * How replies are conditioned on the persona:
 * - `pba` (preference-bridged): a "User Preferences" profile block and a style block in the instructions;
 * - `ica` (in-context): the user's most informative past choices as in-context examples;
 * - `both`: both of the above;
 * - `none`: nothing (the control arm; the persona still learns).
 */
export type AlignmentMode = 'pba' | 'ica' | 'both' | 'none';

/** The alignment modes, for validation and pickers. */
export const ALIGNMENT_MODES = ['pba', 'ica', 'both', 'none'] as const satisfies readonly AlignmentMode[];

/** Token budgets (estimated with `estimateTokens`) for what conditioning adds to a request. */
export interface ConditioningBudgets {
  /** The PBA profile block, style block included. */
  profileTokens: number;
  /** All ICA examples together. */
  examplesTokens: number;
}

/** The budgets used when none are given. */
export const DEFAULT_BUDGETS: ConditioningBudgets = { profileTokens: 160, examplesTokens: 800 };

/** The default confidence a dimension needs before it shapes replies. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** One candidate of an active comparison: the style axis set to a level. */
export interface StyleVariation {
  /** The axis the candidates differ on. */
  axis: StyleAxis;
  /** The level asked for on that axis, in [-1, 1]. */
  level: number;
}

/** Options of {@link conditionFromDirections}. */
export interface ConditionOptions {
  /** The alignment mode. */
  mode: AlignmentMode;
  /** Which dimensions each style axis speaks to. */
  links: StyleAxisLinks;
  /** Token budgets; missing entries use `{ profileTokens: 160, examplesTokens: 800 }`. */
  budgets?: Partial<ConditioningBudgets>;
  /** Confidence a dimension needs to shape replies; default 0.5. */
  minConfidence?: number;
  /** Candidate in-context examples, most informative first (used by `ica` and `both`). */
  examples?: readonly InContextExample[];
  /** Set one axis to a level (a comparison candidate); applies in every mode. */
  vary?: StyleVariation;
  /** The base style of `pba`/`both`, when already derived (e.g. sent by the client); default derived from `directions`. */
  style?: Style;
  /**
   * What this reply's user message asks of it (`turnStyle`: its style requests, and empathy
   * for a feeling), laid over the base style in `pba`/`both` for this reply only.
   */
  turnStyle?: Style;
}

/** How many dimensions "why this reply" lists for an in-context-only reply. */
const ICA_SHAPED_BY = 8;

/**
 * Builds the conditioning for one reply from a persona's directions. PBA writes the
 * profile block (confident non-neutral dimensions, pinned first, then by confidence, and
 * the derived `<attune-style/>` block, with this turn's `turnStyle` over it) within the
 * profile budget; ICA keeps examples within the examples budget. A `vary` writes a style block in any mode so that the two
 * candidates of a comparison differ. `shapedBy` lists the dimensions that shaped it.
 */
export function conditionFromDirections(
  directions: readonly DimensionReadout[],
  options: ConditionOptions,
): Conditioning {
  const budgets = { ...DEFAULT_BUDGETS, ...options.budgets };
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const usesProfile = options.mode === 'pba' || options.mode === 'both';
  const usesExamples = options.mode === 'ica' || options.mode === 'both';
  const ranked = rankProfileDimensions(directions, minConfidence);

  const learned: Style = usesProfile
    ? (options.style ?? styleFromDirections(directions, options.links, { minConfidence }))
    : {};
  const base: Style = usesProfile ? { ...learned, ...options.turnStyle } : {};
  const style = options.vary
    ? { ...base, [options.vary.axis]: Math.max(-1, Math.min(1, options.vary.level)) }
    : base;

  const conditioning: Conditioning = {};
  const profile = formatProfileBlock(usesProfile ? ranked : [], style, budgets.profileTokens);
  if (profile.text) conditioning.instructions = profile.text;
  if (Object.keys(style).length > 0) conditioning.style = style;

  const examples = usesExamples ? fitExamples(options.examples ?? [], budgets.examplesTokens) : [];
  if (examples.length > 0) conditioning.examples = examples;

  const shaping = usesProfile
    ? [
        ...toShapingDimensions(profile.listed),
        ...styleSources(directions, options.links, learned, profile.listed),
      ]
    : examples.length > 0
      ? toShapingDimensions(ranked.slice(0, ICA_SHAPED_BY))
      : [];
  if (shaping.length > 0) conditioning.shapedBy = shaping;
  return conditioning.instructions || conditioning.examples
    ? { mode: options.mode, ...conditioning }
    : conditioning;
}

/**
 * The dimensions behind the style's levels that the profile did not list (an axis can be
 * sure from several linked dimensions that are each unsure): those whose estimate leans
 * the axis' way, with the axis' confidence.
 */
function styleSources(
  directions: readonly DimensionReadout[],
  links: StyleAxisLinks,
  style: Style,
  listed: readonly DimensionReadout[],
): ShapingDimension[] {
  const byId = new Map(directions.map((readout) => [readout.id, readout]));
  const seen = new Set(listed.map((readout) => readout.id));
  const sources: ShapingDimension[] = [];
  for (const [axis, level] of Object.entries(style) as Array<[StyleAxis, number]>) {
    for (const link of links[axis] ?? []) {
      const readout = byId.get(link.dimension);
      if (
        !readout ||
        seen.has(readout.id) ||
        readout.pinned ||
        Math.sign(readout.mean) !== Math.sign(level) * link.sign
      ) {
        continue;
      }
      seen.add(readout.id);
      sources.push({
        id: readout.id,
        label: readout.label,
        direction: readout.mean > 0 ? 1 : 0,
        confidence: Math.abs(level),
      });
    }
  }
  return sources;
}
