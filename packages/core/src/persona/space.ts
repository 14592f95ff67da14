/**
 * How a dimension reads a detected attribute: its level on the dimension is the sum of
 * `weight × attribute level` over its links (a negative weight inverts the attribute).
 */
export interface AttributeLink {
  /** A detector attribute: a style axis, `safety`, `helpfulness`, `sentiment`, or `topic:<dimension id>`. */
  attribute: string;
  /** Signed strength of the link. */
  weight: number;
}

/** One preference dimension with its two poles. */
export interface Dimension {
  /** Stable id, unique within its space. */
  id: string;
  /** Editorial group, e.g. `personality` or `interests`. */
  group: string;
  /** Label of the positive pole (direction 1). */
  positive: string;
  /** Label of the negative pole (direction 0). */
  negative: string;
  /** The attributes this dimension is measured by; empty when only explicit or LLM input moves it. */
  measures: readonly AttributeLink[];
  /** Topic words; a text mentioning them speaks to this dimension (attribute `topic:<id>`). */
  keywords: readonly string[];
}

/** What `defineSpace` accepts for one dimension; `measures`, `keywords` and `group` are optional. */
export interface DimensionInput {
  id: string;
  group?: string;
  positive: string;
  negative: string;
  measures?: readonly AttributeLink[];
  keywords?: readonly string[];
}

/** An ordered set of preference dimensions with the attribute mapping a persona learns through. */
export interface PreferenceSpace {
  /** Name of the space; stored in persona state so state is never loaded into the wrong space. */
  id: string;
  /** The dimensions in their published order. */
  dimensions: readonly Dimension[];
  /** Every attribute some dimension is measured by, in first-use order. */
  attributes: readonly string[];
  /** Position of a dimension, or -1 when the space has no such dimension. */
  indexOf(id: string): number;
}

/** The attribute a keyword-bearing dimension is measured by. */
export function topicAttribute(dimensionId: string): string {
  return `topic:${dimensionId}`;
}

/**
 * Defines a preference space. Use it for a custom space, a subset of `alignxSpace.dimensions`
 * or extra dimensions. Throws on empty or duplicate ids and non-finite link weights.
 */
export function defineSpace(input: { id: string; dimensions: readonly DimensionInput[] }): PreferenceSpace {
  if (!input.id) throw new Error('defineSpace: the space needs a non-empty id');
  if (input.dimensions.length === 0)
    throw new Error(`defineSpace(${input.id}): a space needs at least one dimension`);
  const positions = new Map<string, number>();
  const attributes: string[] = [];
  const dimensions = input.dimensions.map((d, index): Dimension => {
    if (!d.id) throw new Error(`defineSpace(${input.id}): dimension ${index} has no id`);
    if (positions.has(d.id)) throw new Error(`defineSpace(${input.id}): duplicate dimension id "${d.id}"`);
    positions.set(d.id, index);
    const keywords = (d.keywords ?? []).map((k) => k.toLowerCase());
    const measures = [...(d.measures ?? [])];
    const topic = topicAttribute(d.id);
    if (keywords.length > 0 && !measures.some((m) => m.attribute === topic))
      measures.push({ attribute: topic, weight: 1 });
    for (const link of measures) {
      if (!Number.isFinite(link.weight)) {
        throw new Error(
          `defineSpace(${input.id}): dimension "${d.id}" links "${link.attribute}" with a non-finite weight`,
        );
      }
      if (!attributes.includes(link.attribute)) attributes.push(link.attribute);
    }
    return Object.freeze({
      id: d.id,
      group: d.group ?? 'custom',
      positive: d.positive,
      negative: d.negative,
      measures: Object.freeze(measures),
      keywords: Object.freeze(keywords),
    });
  });
  return Object.freeze({
    id: input.id,
    dimensions: Object.freeze(dimensions),
    attributes: Object.freeze(attributes),
    indexOf: (id: string) => positions.get(id) ?? -1,
  });
}
