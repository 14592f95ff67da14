import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignxSpace } from '../../src/persona/alignx-space';

describe('alignxSpace', () => {
  it('ships the published 90 dimensions in order with both pole labels', () => {
    const source = JSON.parse(
      readFileSync(
        new URL('../../../../../shared/data/alignx-preference-space.json', import.meta.url),
        'utf8',
      ),
    ) as {
      dimensions: Array<{ index: number; id: string; group: string; positive: string; negative: string }>;
    };
    expect(
      alignxSpace.dimensions.map(({ id, group, positive, negative }) => ({ id, group, positive, negative })),
    ).toEqual(
      source.dimensions
        .sort((a, b) => a.index - b.index)
        .map(({ id, group, positive, negative }) => ({ id, group, positive, negative })),
    );
  });

  it('declares the attribute mapping of the design notes', () => {
    const links = (id: string) => alignxSpace.dimensions[alignxSpace.indexOf(id)]?.measures;
    expect(links('communication_concise')).toEqual([{ attribute: 'detail', weight: -1 }]);
    expect(links('complexity')).toEqual([{ attribute: 'expertise', weight: 1 }]);
    expect(links('harmlessness')).toEqual([{ attribute: 'safety', weight: 1 }]);
    expect(links('pets')).toEqual([{ attribute: 'topic:pets', weight: 1 }]);
    expect(alignxSpace.indexOf('nope')).toBe(-1);
  });
});
