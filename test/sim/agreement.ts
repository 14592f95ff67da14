import { STYLE_AXES, type Style } from '@attune/core';
import { type AlignmentPersona, type StyleAxisLinks, styleFromDirections } from '@attune/core/alignment';

/**
 * Agreement between a persona's estimate and a hidden preference vector: the share of
 * the user's non-indifferent style axes on which the style derived from the persona's
 * directions (confident dimensions only) leans the same way. An axis the estimate has no
 * confident opinion on counts as a miss. 1 when the user is indifferent on every axis.
 */
export function agreement(persona: AlignmentPersona, hidden: Style, links: StyleAxisLinks): number {
  const estimate = styleFromDirections(persona.directions(), links);
  const axes = STYLE_AXES.filter((axis) => (hidden[axis] ?? 0) !== 0);
  if (axes.length === 0) return 1;
  const matches = axes.filter((axis) => Math.sign(estimate[axis] ?? 0) === Math.sign(hidden[axis] ?? 0));
  return matches.length / axes.length;
}
