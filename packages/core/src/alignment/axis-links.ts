import { STYLE_AXES, type StyleAxis } from '../style/style';
import type { StyleAxisLinks } from './alignment-persona';

/** The part of a preference space that declares which attributes measure each dimension. */
export interface MeasuredSpace {
  /** Dimensions with their attribute links (`attribute` may be a style axis). */
  dimensions: readonly { id: string; measures: readonly { attribute: string; weight: number }[] }[];
}

/**
 * Reads a space's declared attribute mapping as style-axis links: every dimension measured
 * by a style axis is linked to it, with the sign of the link's weight. For the AlignX space
 * this gives e.g. detail ↔ communication_concise (inverted), humour ↔ humor and play.
 */
export function linksFromSpace(space: MeasuredSpace): StyleAxisLinks {
  const links: StyleAxisLinks = {};
  for (const dimension of space.dimensions) {
    for (const measure of dimension.measures) {
      if (!(STYLE_AXES as readonly string[]).includes(measure.attribute) || measure.weight === 0) continue;
      const axis = measure.attribute as StyleAxis;
      links[axis] = [...(links[axis] ?? []), { dimension: dimension.id, sign: measure.weight > 0 ? 1 : -1 }];
    }
  }
  return links;
}
