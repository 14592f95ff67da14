import { describe, expect, it } from 'vitest';
import { createPersonalization } from '../../src/alignment/create-personalization';
import { expectedInformationGain, rankAxesByInformationGain } from '../../src/alignment/information-gain';
import { createPersona } from '../../src/persona/persona';

describe('expected information gain', () => {
  it('is zero without uncertainty and bounded by one bit', () => {
    expect(expectedInformationGain({ mean: 0, variance: 0 })).toBe(0);
    for (const variance of [0.01, 0.5, 4, 100]) {
      const gain = expectedInformationGain({ mean: 0, variance });
      expect(gain).toBeGreaterThan(0);
      expect(gain).toBeLessThanOrEqual(1);
    }
  });

  it('grows with uncertainty and shrinks once the outcome is predictable', () => {
    const byVariance = [0.1, 0.5, 1, 3].map((variance) => expectedInformationGain({ mean: 0, variance }));
    expect(byVariance).toEqual([...byVariance].sort((a, b) => a - b));
    const byMean = [0, 1, 2, 4].map((mean) => expectedInformationGain({ mean, variance: 1 }));
    expect(byMean).toEqual([...byMean].sort((a, b) => b - a));
  });

  it('drops for an axis after the user answered along it, so the next comparison asks something else', () => {
    const persona = createPersona();
    const before = rankAxesByInformationGain(persona);
    const first = before[0];
    expect(first?.gain).toBeGreaterThan(0);
    if (!first) return;
    persona.observe({
      kind: 'comparison',
      at: 1,
      prompt: 'q',
      chosen: 'a',
      rejected: 'b',
      chosenStyle: { [first.axis]: 0.8 },
      rejectedStyle: { [first.axis]: -0.8 },
    });
    const after = rankAxesByInformationGain(persona);
    expect(after.find((entry) => entry.axis === first.axis)?.gain).toBeLessThan(first.gain);
    expect(after[0]?.axis).not.toBe(first.axis);
  });

  it('weights by relevance and ignores pinned axes', () => {
    const persona = createPersona();
    persona.set('communication_concise', 1, { pinned: true });
    const gains = rankAxesByInformationGain(persona, { relevance: { humour: 0 } });
    expect(gains.find((entry) => entry.axis === 'detail')?.gain).toBe(0);
    expect(gains.find((entry) => entry.axis === 'humour')?.gain).toBe(0);
    expect(gains[0]?.gain).toBeGreaterThan(0);
  });

  it('plans the pair along the most relevant uncertain axis, differing only there', () => {
    const personalization = createPersonalization({
      mode: 'pba',
      compare: {
        firstTurn: 1,
        relevance: () => ({
          detail: 1,
          formality: 0.2,
          warmth: 0.2,
          humour: 0.2,
          expertise: 0.2,
          structure: 0.2,
          empathy: 0.2,
        }),
      },
    });
    personalization.persona.set('humor', 1, { pinned: true });
    const pair = personalization.plan({ sessionId: 's', messages: [], trigger: 'submit-message' }).compare;
    expect(pair?.[0].style).toEqual({ humour: 1, detail: 0.8 });
    expect(pair?.[1].style).toEqual({ humour: 1, detail: -0.8 });
  });
});
