import { describe, expect, it } from 'vitest';
import { createPersona } from '../../src/persona/persona';
import { fitPopulationPrior } from '../../src/persona/population-prior';
import type { ComparisonSignal } from '../../src/persona/signals';
import { defineSpace } from '../../src/persona/space';

describe('fitPopulationPrior', () => {
  it('stays finite and splits the credit when two dimensions read the same attribute', () => {
    const space = defineSpace({
      id: 'twins',
      dimensions: [
        { id: 'a', positive: 'A', negative: 'not A', measures: [{ attribute: 'warmth', weight: 1 }] },
        { id: 'b', positive: 'B', negative: 'not B', measures: [{ attribute: 'warmth', weight: 1 }] },
      ],
    });
    // Everyone prefers the warmer reply, every time: the data alone would push the weights to infinity.
    const users = Array.from({ length: 50 }, () =>
      Array.from(
        { length: 4 },
        (_, at): ComparisonSignal => ({
          kind: 'comparison',
          at,
          prompt: 'p',
          chosen: 'a',
          rejected: 'b',
          chosenStyle: { warmth: 0.2 + at * 0.2 },
          rejectedStyle: { warmth: -0.2 },
        }),
      ),
    );
    const prior = fitPopulationPrior(users, { space });
    const a = prior.mean?.a as number;
    const b = prior.mean?.b as number;
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeCloseTo(b, 6);
    expect(a + b).toBeLessThan(20);
    const persona = createPersona({ space, prior });
    expect(persona.preferenceProbability({ warmth: 1 }, { warmth: -1 })).toBeGreaterThan(0.9);
  });
});
