import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/numeric/seeded-random';
import { fitMixturePrior } from '../../src/persona/mixture-prior';
import { createPersona } from '../../src/persona/persona';
import type { ComparisonSignal } from '../../src/persona/signals';
import { defineSpace } from '../../src/persona/space';

const space = defineSpace({
  id: 'three',
  dimensions: [
    { id: 'warm', positive: 'warm', negative: 'cold', measures: [{ attribute: 'warmth', weight: 1 }] },
    { id: 'long', positive: 'long', negative: 'short', measures: [{ attribute: 'formality', weight: 1 }] },
    { id: 'deep', positive: 'deep', negative: 'shallow', measures: [{ attribute: 'detail', weight: 1 }] },
  ],
});
const ATTRIBUTES = ['warmth', 'formality', 'detail'] as const;

/** A comparison between two random styles, chosen by a user with `weights` (probit noise 1). */
function choice(weights: readonly number[], at: number, random: () => number): ComparisonSignal {
  const style = () => Object.fromEntries(ATTRIBUTES.map((a) => [a, random() * 2 - 1]));
  const a = style();
  const b = style();
  const utility = ATTRIBUTES.reduce(
    (sum, attribute, d) =>
      sum + (weights[d] as number) * ((a[attribute] as number) - (b[attribute] as number)),
    0,
  );
  const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const aWins = utility + gaussian > 0;
  return {
    kind: 'comparison',
    at,
    prompt: 'p',
    chosen: 'x',
    rejected: 'y',
    chosenStyle: aWins ? a : b,
    rejectedStyle: aWins ? b : a,
  };
}

/** `count` users with 5 comparisons each; a user is of the minority type with probability `minority`. */
function population(count: number, minority: number, seed: number) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const weights = random() < minority ? [-3, 1, 0] : [3, 1, 0];
    return Array.from({ length: 5 }, (_, at) => choice(weights, at, random));
  });
}

describe('fitMixturePrior', () => {
  it('finds a minority type, and a few signals of a minority user override the majority', () => {
    const fitted = fitMixturePrior(population(400, 0.3, 1), { space });
    expect(fitted.kind).toBe('mixture');
    expect(fitted.types).toBeGreaterThanOrEqual(2);
    const warmer = [{ warmth: 0.8 }, { warmth: -0.8 }] as const;
    expect(createPersona({ space, prior: fitted.prior }).preferenceProbability(...warmer)).toBeGreaterThan(
      0.5,
    );
    const random = seededRandom(99);
    const persona = createPersona({ space, prior: fitted.prior });
    for (let at = 0; at < 3; at += 1) persona.observe(choice([-3, 1, 0], at, random));
    expect(persona.preferenceProbability(...warmer)).toBeLessThan(0.3);
  });

  it('keeps one Gaussian for a homogeneous population', () => {
    const fitted = fitMixturePrior(population(400, 0, 2), { space });
    expect(fitted.types).toBeLessThanOrEqual(1);
  });
});
