import type { ShapingDimension } from '@attune/core';
import type { AttuneStrings } from '../strings';
import type { PersonaPanelSource } from './persona-panel-source';
import { AXES, axisLinks, flip, topicDimensions } from './plain-persona-view';

/**
 * "Why this reply" in the user's words, with the persona panel's mapping: each dimension
 * that shaped a reply becomes the style axis it measures ("Short answers", "Warm and
 * friendly"; one row per axis, the surest) or the topic it is ("Travel"). Personality,
 * needs and other psychological dimensions are left out; the reply was still shaped by them.
 */
export function plainShapedBy(
  shapedBy: readonly ShapingDimension[],
  space: PersonaPanelSource['space'],
  strings: AttuneStrings,
): ShapingDimension[] {
  const links = axisLinks(space);
  const topics = topicDimensions(space, links);
  const byId = new Map(shapedBy.map((dimension) => [dimension.id, dimension]));
  const surest = (dimensions: readonly ShapingDimension[]) =>
    [...dimensions].sort(
      (a, b) => Number(b.pinned ?? false) - Number(a.pinned ?? false) || b.confidence - a.confidence,
    )[0];

  const axisRows = AXES.flatMap((axis) => {
    const behind = (links.get(axis) ?? []).flatMap((link) => {
      const dimension = byId.get(link.dimension);
      if (!dimension) return [];
      // Seen from the axis: a dimension linked against it counts the other way round.
      return [{ ...dimension, direction: link.sign > 0 ? dimension.direction : flip(dimension.direction) }];
    });
    const shown = surest(behind);
    if (!shown || shown.direction === 0.5) return [];
    const words = strings.styleAxisWords[axis];
    return [{ ...shown, id: axis, label: shown.direction > 0.5 ? words.more : words.less }];
  });
  const topicRows = shapedBy
    .filter((dimension) => topics.has(dimension.id))
    .map((dimension) => {
      const name = strings.topicName(
        space?.dimensions.find((d) => d.id === dimension.id)?.positive ?? dimension.id,
      );
      return {
        ...dimension,
        label: dimension.direction > 0.5 ? name : `${name} (${strings.topicLess.toLowerCase()})`,
      };
    });
  return [...axisRows, ...topicRows];
}
