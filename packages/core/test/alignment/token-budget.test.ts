import { describe, expect, it } from 'vitest';
import { fitExamples } from '../../src/alignment/in-context-examples';
import { formatProfileBlock, rankProfileDimensions } from '../../src/alignment/profile-block';
import { estimateTokens, truncateToTokens } from '../../src/alignment/token-estimate';
import type { DimensionReadout } from '../../src/persona/readouts';

const readout = (
  id: string,
  confidence: number,
  extra: Partial<DimensionReadout> = {},
): DimensionReadout => ({
  id,
  label: `Prefers ${id.replaceAll('_', ' ')}`,
  direction: 1,
  mean: 1,
  uncertainty: 0.5,
  confidence,
  pinned: false,
  evidence: 1,
  ...extra,
});

describe('token estimate', () => {
  it('counts one token per four characters, rounded up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
  });

  it('truncates to fit and marks the cut', () => {
    const text = 'word '.repeat(100);
    const cut = truncateToTokens(text, 10);
    expect(estimateTokens(cut)).toBeLessThanOrEqual(10);
    expect(cut.endsWith('…')).toBe(true);
    expect(truncateToTokens('short', 10)).toBe('short');
  });
});

describe('profile block budget', () => {
  const ranked = rankProfileDimensions(
    Array.from({ length: 20 }, (_, index) => readout(`dimension_${index}`, 0.5 + index / 50)),
    0.5,
  );

  it('never exceeds the budget and drops the lowest-ranked labels first', () => {
    let previous = -1;
    for (let budget = 20; budget <= 400; budget += 10) {
      const block = formatProfileBlock(ranked, { detail: -0.8, humour: 0.6 }, budget);
      expect(estimateTokens(block.text)).toBeLessThanOrEqual(budget);
      expect(block.listed).toEqual(ranked.slice(0, block.listed.length));
      expect(block.listed.length).toBeGreaterThanOrEqual(previous);
      previous = block.listed.length;
      if (block.text) expect(block.text).toContain('<attune-style detail="-0.8" humour="0.6"/>');
    }
    expect(previous).toBe(20);
  });

  it('keeps only the style block when no label fits beside it, and nothing when even that does not fit', () => {
    const styleOnly = formatProfileBlock(ranked, { detail: -0.8 }, 30);
    expect(styleOnly.listed).toEqual([]);
    expect(styleOnly.text).toContain('<attune-style detail="-0.8"/>');
    expect(formatProfileBlock(ranked, { detail: -0.8 }, 3)).toEqual({ text: '', listed: [] });
  });

  it('lists pinned dimensions first, then by confidence, and leaves out neutral or unsure ones', () => {
    const ranking = rankProfileDimensions(
      [
        readout('sure', 0.9),
        readout('unsure', 0.3),
        readout('neutral', 0.99, { direction: 0.5 }),
        readout('pinned_low', 0.1, { pinned: true }),
        readout('surest', 0.95),
      ],
      0.5,
    );
    expect(ranking.map((entry) => entry.id)).toEqual(['pinned_low', 'surest', 'sure']);
  });
});

describe('example budget', () => {
  const example = (index: number, length: number) => ({
    prompt: `Question ${index}?`,
    chosen: `Chosen ${index} `.repeat(length),
    rejected: `Rejected ${index} `.repeat(length),
  });
  const total = (examples: ReturnType<typeof fitExamples>) =>
    examples.reduce(
      (sum, entry) =>
        sum +
        estimateTokens(entry.prompt) +
        estimateTokens(entry.chosen) +
        estimateTokens(entry.rejected ?? ''),
      0,
    );

  it('keeps examples in order within the budget, shortening one that is too long', () => {
    const examples = [example(1, 10), example(2, 10), example(3, 200), example(4, 10)];
    for (const budget of [0, 40, 100, 200, 400, 2000]) {
      const kept = fitExamples(examples, budget);
      expect(total(kept)).toBeLessThanOrEqual(budget);
    }
    const kept = fitExamples(examples, 200);
    expect(kept.slice(0, 2)).toEqual(examples.slice(0, 2));
    expect(kept[2]?.chosen.endsWith('…')).toBe(true);
  });
});
