import type { DimensionReadout, StyleAxis } from '@attune/core';
import type { AttuneStrings } from '../strings';
import type { PersonaPanelSource } from './persona-panel-source';

/** The style axes the panel shows by default, in this order. */
export const AXES: readonly StyleAxis[] = [
  'detail',
  'structure',
  'expertise',
  'formality',
  'warmth',
  'empathy',
  'humour',
];
/** The group of the preference space whose dimensions are topics ("Likes travel"). */
const TOPIC_GROUP = 'interests';

/** A dimension linked to a style axis, with the link's sign. */
export interface Link {
  dimension: string;
  sign: number;
}

/** The style axes each dimension measures, read from the space's declared attribute links. */
export function axisLinks(space: PersonaPanelSource['space']): Map<StyleAxis, Link[]> {
  const links = new Map<StyleAxis, Link[]>();
  for (const dimension of space?.dimensions ?? []) {
    for (const measure of dimension.measures ?? []) {
      const axis = measure.attribute as StyleAxis;
      if (!AXES.includes(axis) || measure.weight === 0) continue;
      links.set(axis, [
        ...(links.get(axis) ?? []),
        { dimension: dimension.id, sign: Math.sign(measure.weight) },
      ]);
    }
  }
  return links;
}

/** The topic dimensions of a space ("Likes travel"): its interests not linked to a style axis. */
export function topicDimensions(
  space: PersonaPanelSource['space'],
  links: Map<StyleAxis, Link[]>,
): Set<string> {
  const linked = new Set([...links.values()].flat().map((link) => link.dimension));
  return new Set(
    (space?.dimensions ?? [])
      .filter((dimension) => dimension.group === TOPIC_GROUP && !linked.has(dimension.id))
      .map((dimension) => dimension.id),
  );
}

/** A direction seen from the other pole. */
export const flip = (direction: number) => 1 - direction;

/**
 * The persona in the user's words: one row per style axis the space links (detail,
 * structure, expertise, formality, warmth, empathy, humour) with plain poles ("Short
 * answers" / "Detailed answers"), and one row per topic the persona has learned about
 * ("Travel"). Setting or unpinning a row sets or unpins every dimension behind it, with the
 * link's sign. Personality, needs and other psychological dimensions are not shown; the
 * persona itself (and the profile a model gets) still uses them.
 */
export function plainPersonaView(persona: PersonaPanelSource, strings: AttuneStrings): PersonaPanelSource {
  const links = axisLinks(persona.space);
  const topics = topicDimensions(persona.space, links);
  const poles = new Map<string, { id: string; positive: string; negative: string }>();
  for (const [axis] of links) {
    const words = strings.styleAxisWords[axis];
    poles.set(axis, { id: axis, positive: words.more, negative: words.less });
  }

  const axisView = (axis: StyleAxis, readouts: ReadonlyMap<string, DimensionReadout>) => {
    const behind = (links.get(axis) ?? []).flatMap((link) => {
      const readout = readouts.get(link.dimension);
      if (!readout) return [];
      // Seen from the axis: a dimension linked against it counts the other way round.
      return [
        link.sign > 0 ? readout : { ...readout, direction: flip(readout.direction), mean: -readout.mean },
      ];
    });
    const surest = [...behind].sort(
      (a, b) => Number(b.pinned) - Number(a.pinned) || b.confidence - a.confidence,
    )[0];
    if (!surest) return [];
    const words = strings.styleAxisWords[axis];
    const label = surest.direction > 0.5 ? words.more : surest.direction < 0.5 ? words.less : words.name;
    const view: DimensionReadout = {
      ...surest,
      id: axis,
      label,
      pinned: behind.every((readout) => readout.pinned),
      evidence: behind.reduce((sum, readout) => sum + readout.evidence, 0),
    };
    return [view];
  };

  const fanOut = (id: string, apply: (dimension: string, sign: number) => void) => {
    const axisLinked = links.get(id as StyleAxis);
    if (axisLinked) for (const link of axisLinked) apply(link.dimension, link.sign);
    else if (topics.has(id)) apply(id, 1);
  };

  return {
    directions() {
      const all = persona.directions();
      const readouts = new Map(all.map((readout) => [readout.id, readout]));
      const topicRows = all
        // A topic shows once the persona leans on it (or the user set it): a passing mention
        // ("photos of the damage") is evidence, not an interest worth showing.
        .filter((readout) => topics.has(readout.id) && (readout.pinned || readout.direction !== 0.5))
        .map((readout) => {
          const name = strings.topicName(
            persona.space?.dimensions.find((d) => d.id === readout.id)?.positive ?? readout.id,
          );
          return { ...readout, label: name };
        });
      return [...AXES.flatMap((axis) => axisView(axis, readouts)), ...topicRows];
    },
    set(id, direction, options) {
      fanOut(id, (dimension, sign) =>
        persona.set(dimension, (sign > 0 ? direction : flip(direction)) as 0 | 0.5 | 1, options),
      );
    },
    unpin(id) {
      fanOut(id, (dimension) => persona.unpin(dimension));
    },
    reset: () => persona.reset(),
    toJSON: () => persona.toJSON(),
    load: (json) => persona.load(json),
    subscribe: (listener) => persona.subscribe(listener),
    get signalCount() {
      return persona.signalCount;
    },
    space: {
      dimensions: [
        ...poles.values(),
        ...(persona.space?.dimensions ?? [])
          .filter((dimension) => topics.has(dimension.id))
          .map((dimension) => ({
            id: dimension.id,
            positive: strings.topicMore,
            negative: strings.topicLess,
          })),
      ],
    },
  };
}
