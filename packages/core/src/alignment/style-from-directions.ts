import { signConfidence } from '../numeric/normal';
import type { DimensionReadout } from '../persona/readouts';
import { STYLE_AXES, type Style } from '../style/style';
import type { StyleAxisLinks } from './alignment-persona';

/** Options of {@link styleFromDirections}. */
export interface StyleFromDirectionsOptions {
  /** An axis needs at least this confidence to be asked for; default 0.5. */
  minConfidence?: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Derives the style to ask for from a persona's directions. Per axis, the linked
 * dimensions are pooled into one belief: mean Σ sign·mean, standard deviation
 * √Σ uncertainty². Its confidence is |2Φ(mean / deviation) − 1| (the persona's own
 * confidence rule, applied to the axis) and the level is that confidence with the sign of
 * the mean, when it reaches `minConfidence`. Pooling lets an axis measured by several
 * dimensions (humour ↔ humor and play) speak as soon as their evidence together is sure.
 * When the user pinned a linked dimension, only pinned ones count (user settings override
 * the estimate): the level is the mean of their `sign × (2·direction − 1)`.
 */
export function styleFromDirections(
  directions: readonly DimensionReadout[],
  links: StyleAxisLinks,
  options: StyleFromDirectionsOptions = {},
): Style {
  const minConfidence = options.minConfidence ?? 0.5;
  const byId = new Map(directions.map((readout) => [readout.id, readout]));
  const style: Style = {};
  for (const axis of STYLE_AXES) {
    const linked = (links[axis] ?? []).flatMap((link) => {
      const readout = byId.get(link.dimension);
      return readout ? [{ sign: link.sign, readout }] : [];
    });
    const pinned = linked.filter(({ readout }) => readout.pinned);
    let level = 0;
    if (pinned.length > 0) {
      level =
        pinned.reduce((sum, { sign, readout }) => sum + sign * (2 * readout.direction - 1), 0) /
        pinned.length;
    } else if (linked.length > 0) {
      const mean = linked.reduce((sum, { sign, readout }) => sum + sign * readout.mean, 0);
      const deviation = Math.sqrt(linked.reduce((sum, { readout }) => sum + readout.uncertainty ** 2, 0));
      const confidence = signConfidence(mean, deviation);
      if (confidence >= minConfidence) level = Math.sign(mean) * confidence;
    }
    const rounded = round2(Math.max(-1, Math.min(1, level)));
    if (rounded !== 0) style[axis] = rounded;
  }
  return style;
}
