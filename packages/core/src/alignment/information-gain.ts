import { normalCdf } from '../numeric/normal';
import { STYLE_AXES, type Style, type StyleAxis } from '../style/style';
import type { AlignmentPersona } from './alignment-persona';

const NODES = Array.from({ length: 41 }, (_, index) => -5 + index * 0.25);
const NODE_WEIGHTS = (() => {
  const raw = NODES.map((z) => Math.exp(-(z * z) / 2));
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  return raw.map((weight) => weight / total);
})();

const entropyBits = (p: number): number =>
  p <= 1e-12 || p >= 1 - 1e-12 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));

/**
 * Expected information gain, in bits (0 to 1), of asking the user to choose between two
 * candidates whose utility difference is believed to be Normal(`mean`, `variance`), when
 * choices follow the persona's probit model P(first chosen) = Φ(difference / `noise`).
 * It is the mutual information between the choice and the preference:
 * H(E[p]) − E[H(p)], integrated on a fixed 41-point normal grid. Zero variance gains 0.
 */
export function expectedInformationGain(difference: { mean: number; variance: number }, noise = 1): number {
  if (!(difference.variance > 0) || !(noise > 0)) return 0;
  const deviation = Math.sqrt(difference.variance);
  let meanChoice = 0;
  let meanEntropy = 0;
  NODES.forEach((z, index) => {
    const weight = NODE_WEIGHTS[index] ?? 0;
    const p = normalCdf((difference.mean + deviation * z) / noise);
    meanChoice += weight * p;
    meanEntropy += weight * entropyBits(p);
  });
  return Math.max(0, entropyBits(meanChoice) - meanEntropy);
}

/** What a comparison along one axis is expected to teach. */
export interface AxisGain {
  /** The axis the two candidates would differ on. */
  axis: StyleAxis;
  /** Relevance-weighted expected information gain in bits. */
  gain: number;
}

/** Options of {@link rankAxesByInformationGain}. */
export interface InformationGainOptions {
  /** The style both candidates share apart from the compared axis; default neutral. */
  base?: Style;
  /** The candidates sit at +spread and −spread on the axis; default 0.8. */
  spread?: number;
  /** The persona's choice noise; default 1 (the persona engine's default). */
  noise?: number;
  /** How much each axis matters for this reply, in [0, 1]; a missing axis counts 1. */
  relevance?: Partial<Record<StyleAxis, number>>;
  /** Restrict the candidates to these axes. */
  axes?: readonly StyleAxis[];
}

/**
 * Ranks style axes by the relevance-weighted expected information gain of a comparison
 * between two candidates that differ only on that axis, using the persona's own predictive
 * distribution of their utility difference (`scoreStyle` for the mean, `informativeness`
 * for the variance, which carries the per-dimension uncertainty). Pinned or unlinked axes
 * gain 0. Highest gain first.
 */
export function rankAxesByInformationGain(
  persona: Pick<AlignmentPersona, 'scoreStyle' | 'informativeness'>,
  options: InformationGainOptions = {},
): AxisGain[] {
  const spread = options.spread ?? 0.8;
  return (options.axes ?? STYLE_AXES)
    .map((axis) => {
      const high: Style = { ...options.base, [axis]: spread };
      const low: Style = { ...options.base, [axis]: -spread };
      const difference = {
        mean: persona.scoreStyle(high) - persona.scoreStyle(low),
        variance: persona.informativeness(high, low),
      };
      const relevance = Math.max(0, Math.min(1, options.relevance?.[axis] ?? 1));
      return { axis, gain: relevance * expectedInformationGain(difference, options.noise ?? 1) };
    })
    .sort((a, b) => b.gain - a.gain);
}
