import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/numeric/normal';
import { createPersona, type PersonaPrior } from '../../src/persona/persona';
import { PersonaStateError } from '../../src/persona/persona-state';
import { fitPopulationPrior } from '../../src/persona/population-prior';
import type { ComparisonSignal } from '../../src/persona/signals';
import { defineSpace } from '../../src/persona/space';
import type { Style } from '../../src/style/style';

const space = defineSpace({
  id: 'two',
  dimensions: [
    { id: 'warm', positive: 'Warm', negative: 'Cool', measures: [{ attribute: 'warmth', weight: 1 }] },
    { id: 'funny', positive: 'Funny', negative: 'Serious', measures: [{ attribute: 'humour', weight: 1 }] },
  ],
});
const factorPrior: PersonaPrior = { variance: 0.5, factors: [{ loadings: { warm: 1, funny: 1 } }] };
const warmer = (at: number): ComparisonSignal => ({
  kind: 'comparison',
  at,
  prompt: 'p',
  chosen: 'a',
  rejected: 'b',
  chosenStyle: { warmth: 1 },
  rejectedStyle: { warmth: 0 },
});
const read = (persona: ReturnType<typeof createPersona>, id: string) =>
  persona.directions().find((d) => d.id === id);

describe('population factor', () => {
  it('moves a correlated dimension the signal never spoke to, matching the hand-computed update', () => {
    const persona = createPersona({ space, prior: factorPrior });
    persona.observe(warmer(1));
    // x = (1, 0), factor level x·loadings = 1; utility variance 0.5 + 1, c = √2.5, t = 0.
    const v = Math.sqrt(2 / Math.PI) / 0.5 / 2; // φ(0)/Φ(0)
    const c = Math.sqrt(2.5);
    const latentStep = v / c;
    const ownStep = (0.5 * v) / c;
    const w = v * v;
    const latentVariance = 1 - w / 2.5;
    const ownVariance = 0.5 * (1 - (0.5 * w) / 2.5);
    expect(read(persona, 'warm')?.mean).toBeCloseTo(ownStep + latentStep, 6);
    expect(read(persona, 'funny')?.mean).toBeCloseTo(latentStep, 6);
    expect(read(persona, 'warm')?.uncertainty).toBeCloseTo(Math.sqrt(ownVariance + latentVariance), 6);
    expect(read(persona, 'funny')?.uncertainty).toBeCloseTo(Math.sqrt(0.5 + latentVariance), 6);
    // Without the factor the other dimension stays where it was.
    const independent = createPersona({ space, prior: { variance: 0.5 } });
    independent.observe(warmer(1));
    expect(read(independent, 'funny')?.mean).toBe(0);
    // The prediction integrates the factor's uncertainty: P = Φ(0 / √(1 + 0.5 + 1)) before any signal.
    const fresh = createPersona({ space, prior: factorPrior });
    expect(fresh.preferenceProbability({ humour: 1 }, { humour: 0 })).toBeCloseTo(normalCdf(0), 6);
    expect(fresh.informativeness({ humour: 1 }, { humour: 0 })).toBeCloseTo(1.5, 6);
  });

  it('keeps a pinned dimension at its set value while the factor moves the others', () => {
    const persona = createPersona({ space, prior: factorPrior });
    persona.set('funny', 0, { pinned: true });
    for (let i = 0; i < 3; i += 1) persona.observe(warmer(i));
    expect(read(persona, 'funny')?.direction).toBe(0);
    expect(read(persona, 'warm')?.direction).toBe(1);
    const unpinnedSet = createPersona({ space, prior: factorPrior });
    unpinnedSet.observe(warmer(0));
    unpinnedSet.set('funny', 0.25);
    expect(read(unpinnedSet, 'funny')?.mean).toBeCloseTo(-1, 6);
  });

  it('follows an explicit setting even when a factor carries most of the spread, and moves what the factor ties to it', () => {
    // A small deployment's prior: the factor's loading dwarfs the own variance.
    const wide: PersonaPrior = {
      variance: { warm: 7, funny: 1 },
      factors: [{ loadings: { warm: -3.5, funny: 1 } }],
    };
    const persona = createPersona({ space, prior: wide });
    persona.set('warm', 1);
    const warm = read(persona, 'warm');
    expect(warm?.mean).toBeCloseTo(2, 6);
    expect(warm?.direction).toBe(1);
    expect(warm?.confidence).toBeGreaterThan(0.6);
    // The factor explains part of "warm": its level moved against the loading, so "funny" leans the other way.
    expect(read(persona, 'funny')?.mean).toBeLessThan(-0.3);
    // The setting is part of the state: it survives a reload.
    const reloaded = createPersona({ space, prior: wide });
    reloaded.load(persona.toJSON());
    expect(read(reloaded, 'warm')?.direction).toBe(1);
  });

  it('serializes the factor levels and restores them, and refuses state with another number of factors', () => {
    const persona = createPersona({ space, prior: factorPrior });
    persona.observe(warmer(1));
    const state = persona.toJSON();
    expect(state.latent).toHaveLength(1);
    const restored = createPersona({ space, prior: factorPrior });
    restored.load(JSON.parse(JSON.stringify(state)));
    expect(read(restored, 'funny')?.mean).toBeCloseTo(read(persona, 'funny')?.mean as number, 2);
    const plain = createPersona({ space, prior: { variance: 0.5 } });
    expect(() => plain.load(state)).toThrow(PersonaStateError);
    expect(read(plain, 'funny')?.mean).toBe(0);
    expect(plain.toJSON().latent).toBeUndefined();
  });

  it('learns the direction two groups of users split along, k-fold, and it helps place a new user', () => {
    let seed = 5;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
    const randomStyle = (): Style => ({ warmth: random() * 2 - 1, humour: random() * 2 - 1 });
    const userOf = (group: number) =>
      Array.from({ length: 5 }, (_, at): ComparisonSignal => {
        const a = randomStyle();
        const b = randomStyle();
        const sign = group === 0 ? 1 : -1;
        const utility =
          2 *
          sign *
          ((a.warmth as number) - (b.warmth as number) + (a.humour as number) - (b.humour as number));
        const aWins = utility + gaussian() > 0;
        return {
          kind: 'comparison',
          at,
          prompt: 'p',
          chosen: 'a',
          rejected: 'b',
          chosenStyle: aWins ? a : b,
          rejectedStyle: aWins ? b : a,
        };
      });
    const training = Array.from({ length: 300 }, (_, i) => userOf(i % 2));
    const prior = fitPopulationPrior(training, { space });
    const loadings = prior.factors?.[0]?.loadings ?? {};
    expect(Math.abs(loadings.warm ?? 0)).toBeGreaterThan(0.2);
    expect(Math.sign(loadings.warm ?? 0)).toBe(Math.sign(loadings.funny ?? 0));
    const diagonal = fitPopulationPrior(training, { space, factor: false });
    expect(diagonal.factors).toBeUndefined();
    // New users: after seeing how they judge warmth, predict how they judge humour.
    let withFactor = 0;
    let without = 0;
    for (let i = 0; i < 100; i += 1) {
      const group = i % 2;
      const signal = (warmth: number): ComparisonSignal => ({
        ...warmer(0),
        chosenStyle: { warmth: group === 0 ? warmth : 0 },
        rejectedStyle: { warmth: group === 0 ? 0 : warmth },
      });
      const probe = (p: PersonaPrior) => {
        const persona = createPersona({ space, prior: p });
        for (const level of [1, 0.8, 0.6]) persona.observe(signal(level));
        const p1 = persona.preferenceProbability({ humour: 1 }, { humour: -1 });
        return group === 0 ? p1 > 0.5 : p1 < 0.5;
      };
      if (probe(prior)) withFactor += 1;
      if (probe(diagonal)) without += 1;
    }
    expect(withFactor).toBeGreaterThan(90);
    expect(without).toBeLessThan(60);
  });
});
