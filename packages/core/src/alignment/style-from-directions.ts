import type { DirectionReadout, StyleAxisLinks } from './alignment-persona';
import { STYLE_AXES, type Style } from './style';

/** Options of {@link styleFromDirections}. */
export interface StyleFromDirectionsOptions {
  /** Dimensions below this confidence are left out (pinned ones never are). Default 0.5. */
  minConfidence?: number;
}

/**
 * Derives the style to ask for from a persona's directions. For each axis, the linked
 * dimensions that are non-neutral and confident vote with `sign × (2·direction − 1) ×
 * confidence`; the level is their mean. When the user pinned any linked dimension, only
 * the pinned ones vote (at full confidence): user settings override the estimate.
 */
export function styleFromDirections(
  directions: readonly DirectionReadout[],
  links: StyleAxisLinks,
  options: StyleFromDirectionsOptions = {},
): Style {
  const minConfidence = options.minConfidence ?? 0.5;
  const byId = new Map(directions.map((readout) => [readout.id, readout]));
  const style: Style = {};
  for (const axis of STYLE_AXES) {
    const linked = (links[axis] ?? []).flatMap((link) => {
      const readout = byId.get(link.dimension);
      return readout && readout.direction !== 0.5 ? [{ link, readout }] : [];
    });
    const pinned = linked.filter(({ readout }) => readout.pinned);
    const voters =
      pinned.length > 0 ? pinned : linked.filter(({ readout }) => readout.confidence >= minConfidence);
    if (voters.length === 0) continue;
    const sum = voters.reduce(
      (total, { link, readout }) =>
        total + link.sign * (2 * readout.direction - 1) * (readout.pinned ? 1 : readout.confidence),
      0,
    );
    const level = Math.round((sum / voters.length) * 100) / 100;
    if (level !== 0) style[axis] = Math.max(-1, Math.min(1, level));
  }
  return style;
}
