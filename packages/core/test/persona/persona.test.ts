import { describe, expect, it, vi } from 'vitest';
import { alignxSpace } from '../../src/persona/alignx-space';
import { createPersona, type PersonaPrior } from '../../src/persona/persona';
import { PersonaStateError } from '../../src/persona/persona-state';
import type { Signal } from '../../src/persona/signals';
import { defineSpace } from '../../src/persona/space';
import { STYLE_AXES, type Style } from '../../src/style/style';

let seed = 11;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const randomStyle = (): Style => Object.fromEntries(STYLE_AXES.map((axis) => [axis, random() * 2 - 1]));
const utility = (hidden: Style, style: Style) =>
  STYLE_AXES.reduce((sum, axis) => sum + (hidden[axis] ?? 0) * (style[axis] ?? 0), 0);

/** A simulated user with a hidden preference vector, choosing by it (with a little noise). */
function comparison(hidden: Style, at: number): Signal {
  const a = randomStyle();
  const b = randomStyle();
  const aWins = utility(hidden, a) + (random() - 0.5) * 0.2 > utility(hidden, b);
  return {
    kind: 'comparison',
    at,
    prompt: 'p',
    chosen: aWins ? 'A' : 'B',
    rejected: aWins ? 'B' : 'A',
    chosenStyle: aWins ? a : b,
    rejectedStyle: aWins ? b : a,
  };
}

describe('persona', () => {
  it('converges on simulated users with hidden preference vectors', () => {
    const accuracy: Record<number, number> = {};
    for (const shots of [1, 2, 4, 8]) {
      let hits = 0;
      const users = 200;
      for (let u = 0; u < users; u += 1) {
        const hidden = randomStyle();
        const persona = createPersona();
        for (let i = 0; i < shots; i += 1) persona.observe(comparison(hidden, i));
        for (let q = 0; q < 10; q += 1) {
          const a = randomStyle();
          const b = randomStyle();
          const predicted = persona.preferenceProbability(a, b) > 0.5;
          if (predicted === utility(hidden, a) > utility(hidden, b)) hits += 1;
        }
      }
      accuracy[shots] = hits / (users * 10);
    }
    expect(accuracy[1]).toBeGreaterThan(0.55);
    expect(accuracy[2]).toBeGreaterThan(accuracy[1] as number);
    expect(accuracy[4]).toBeGreaterThan(accuracy[2] as number);
    expect(accuracy[8]).toBeGreaterThan(accuracy[4] as number);
    expect(accuracy[8]).toBeGreaterThan(0.7);
  });

  it('moves the mapped dimensions in the direction the choice shows', () => {
    const persona = createPersona();
    persona.observe({
      kind: 'comparison',
      at: 1,
      prompt: 'p',
      chosen: 'a',
      rejected: 'b',
      chosenStyle: { humour: 1 },
      rejectedStyle: { humour: -1 },
    });
    const play = persona.directions().find((d) => d.id === 'play');
    const concise = persona.directions().find((d) => d.id === 'communication_concise');
    expect(play?.mean).toBeGreaterThan(0);
    expect(play?.evidence).toBe(1);
    expect(concise?.mean).toBe(0);
    expect(persona.trail()[0]?.moves.map((m) => m.dimension)).toContain('play');
  });

  it('stays finite and bounded under random signal sequences', () => {
    const kinds = ['comparison', 'rating', 'user-text', 'explicit', 'description'] as const;
    const words = [
      'Great!',
      'terrible',
      'Please',
      'consult',
      'a',
      'doctor',
      '- item',
      '\n',
      '😂',
      'hypothesis',
      'lol',
      "don't",
      '#',
    ];
    const text = () =>
      Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => words[Math.floor(random() * words.length)],
      ).join(' ');
    for (let run = 0; run < 20; run += 1) {
      const persona = createPersona({ forgetting: random() * 0.2 });
      for (let i = 0; i < 100; i += 1) {
        const kind = kinds[Math.floor(random() * kinds.length)] as (typeof kinds)[number];
        const weight = random() < 0.2 ? random() * 10 : undefined;
        const signal: Signal =
          kind === 'comparison'
            ? {
                kind,
                at: i,
                weight,
                prompt: text(),
                chosen: text(),
                rejected: text(),
                chosenStyle: random() < 0.5 ? randomStyle() : undefined,
              }
            : kind === 'rating'
              ? { kind, at: i, weight, text: text(), rating: random() < 0.5 ? 'up' : 'down' }
              : kind === 'explicit'
                ? {
                    kind,
                    at: i,
                    dimension: alignxSpace.dimensions[Math.floor(random() * 90)]?.id ?? 'play',
                    direction: random(),
                    pinned: random() < 0.1,
                  }
                : { kind, at: i, weight, text: text() };
        persona.observe(signal);
      }
      for (const d of persona.directions()) {
        expect(Number.isFinite(d.mean) && Math.abs(d.mean) < 50).toBe(true);
        expect(d.uncertainty >= 0 && d.uncertainty <= 1).toBe(true);
        expect(d.confidence >= 0 && d.confidence <= 1).toBe(true);
      }
      const p = persona.preferenceProbability(text(), text());
      expect(p >= 0 && p <= 1).toBe(true);
      expect(JSON.stringify(persona.toJSON()).length).toBeLessThan(4096);
    }
  });

  it('rejects malformed signals and keeps the estimate', () => {
    const persona = createPersona();
    persona.set('play', 1);
    const before = JSON.stringify(persona.toJSON());
    expect(() => persona.observe({ kind: 'explicit', at: 1, dimension: 'nope', direction: 1 })).toThrow(
      /Unknown dimension "nope"/,
    );
    expect(() => persona.observe({ kind: 'rating', at: Number.NaN, text: 'x', rating: 'up' })).toThrow(
      'Signal is malformed: at: must be a number.',
    );
    expect(() => persona.observe({ kind: 'user-text', at: 1, weight: -1, text: 'x' })).toThrow(
      'Signal is malformed: weight: must be 0 or more.',
    );
    expect(JSON.stringify(persona.toJSON())).toBe(before);
  });

  it('reads out directions, the profile text, pins and unpins', () => {
    const persona = createPersona();
    persona.set('communication_concise', 0, { pinned: true });
    persona.set('humor', 1);
    const readouts = persona.directions();
    expect(readouts).toHaveLength(90);
    expect(readouts.find((d) => d.id === 'communication_concise')).toMatchObject({
      direction: 0,
      pinned: true,
      confidence: 1,
      label: 'Detailed communication style',
    });
    expect(persona.profile()).toBe('Detailed communication style, Likes humor');
    // A pinned dimension ignores evidence against it.
    for (let i = 0; i < 5; i += 1) {
      persona.observe({
        kind: 'comparison',
        at: i,
        prompt: '',
        chosen: 'x',
        rejected: 'y',
        chosenStyle: { detail: -1 },
        rejectedStyle: { detail: 1 },
      });
    }
    expect(persona.directions().find((d) => d.id === 'communication_concise')?.direction).toBe(0);
    persona.unpin('communication_concise');
    persona.observe({
      kind: 'comparison',
      at: 9,
      prompt: '',
      chosen: 'x',
      rejected: 'y',
      chosenStyle: { detail: -1 },
      rejectedStyle: { detail: 1 },
    });
    expect(persona.directions().find((d) => d.id === 'communication_concise')?.pinned).toBe(false);
    expect(persona.scoreStyle({ humour: 1 })).toBeGreaterThan(persona.scoreStyle({ humour: -1 }));
    persona.reset();
    expect(persona.profile()).toBe('');
    expect(persona.signalCount).toBe(0);
  });

  it('follows drifting preferences faster with forgetting', () => {
    const flipAfter = (forgetting: number) => {
      const persona = createPersona({ forgetting });
      const choose = (humour: number, at: number) =>
        persona.observe({
          kind: 'comparison',
          at,
          prompt: '',
          chosen: 'x',
          rejected: 'y',
          chosenStyle: { humour },
          rejectedStyle: { humour: -humour },
        });
      for (let i = 0; i < 20; i += 1) choose(1, i);
      for (let i = 0; i < 40; i += 1) {
        choose(-1, 20 + i);
        if (persona.scoreStyle({ humour: 1 }) < 0) return i + 1;
      }
      return Number.POSITIVE_INFINITY;
    };
    expect(flipAfter(0.2)).toBeLessThan(flipAfter(0));
  });

  it('caps the trail and notifies subscribers', () => {
    const persona = createPersona({ trailLimit: 3 });
    const listener = vi.fn();
    const unsubscribe = persona.subscribe(listener);
    for (let i = 0; i < 5; i += 1)
      persona.observe({ kind: 'rating', at: i, text: 'This is great, thank you so much!', rating: 'up' });
    expect(persona.trail()).toHaveLength(3);
    expect(persona.trail()[0]?.at).toBe(2);
    expect(listener).toHaveBeenCalledTimes(5);
    unsubscribe();
    persona.reset();
    expect(listener).toHaveBeenCalledTimes(5);
  });

  it('round-trips its state and rejects malformed state, keeping the current estimate', () => {
    const persona = createPersona();
    persona.observe({
      kind: 'comparison',
      at: 1,
      prompt: 'p',
      chosen: 'Short.',
      rejected: 'A much longer reply that goes on and on with more words.',
    });
    persona.set('play', 1, { pinned: true });
    const state = persona.toJSON();
    expect(state.version).toBe(1);
    const copy = createPersona();
    copy.load(JSON.parse(JSON.stringify(state)));
    expect(copy.toJSON()).toEqual(state);
    expect(copy.profile()).toBe(persona.profile());
    expect(copy.signalCount).toBe(2);

    const before = copy.toJSON();
    for (const bad of [
      null,
      { ...state, version: 2 },
      { ...state, estimate: [[0, Number.NaN, 1, 0]] },
      { ...state, estimate: [[500, 0, 1, 0]] },
      { ...state, estimate: [[0, 0, -1, 0]] },
      { ...state, pins: [[0, 3]] },
      { ...state, space: 'other' },
      { ...state, extra: true },
    ]) {
      expect(() => copy.load(bad)).toThrow(PersonaStateError);
    }
    expect(copy.toJSON()).toEqual(before);
  });

  it('gives a type with its own variance its own room to move, and reads settings and state through it', () => {
    const space = defineSpace({
      id: 'one',
      dimensions: [
        { id: 'warm', positive: 'warm', negative: 'cold', measures: [{ attribute: 'warmth', weight: 1 }] },
      ],
    });
    const narrow = { mean: { warm: 2 }, variance: { warm: 0.01 } };
    // The same narrow prior with a broad type at the cold start (mean 0, variance 1) beside it.
    const withBroad: PersonaPrior = {
      ...narrow,
      types: [
        { weight: 0.8, shift: {} },
        { weight: 0.2, shift: { warm: -2 }, variance: 1 },
      ],
    };
    const colder: Signal = {
      kind: 'comparison',
      at: 1,
      prompt: 'p',
      chosen: 'a',
      rejected: 'b',
      chosenStyle: { warmth: -1 },
      rejectedStyle: { warmth: 1 },
    };
    const probe = [{ warmth: 1 }, { warmth: -1 }] as const;
    const personas = [narrow, withBroad, {}].map((prior) => createPersona({ space, prior }));
    for (let at = 0; at < 3; at += 1) for (const persona of personas) persona.observe({ ...colder, at });
    const [stuck, broad, cold] = personas.map((persona) => persona.preferenceProbability(...probe)) as [
      number,
      number,
      number,
    ];
    // Three choices against warmth: the narrow prior barely moves, the broad type takes over.
    expect(stuck).toBeGreaterThan(0.9);
    expect(cold).toBeLessThan(0.2);
    expect(broad).toBeCloseTo(cold, 3);
    expect(personas[1]?.toJSON().types?.[1]).toBeGreaterThan(0.9);
    // State round trip keeps the type posterior; a setting reads back as set under the mixture.
    const copy = createPersona({ space, prior: withBroad });
    copy.load(JSON.parse(JSON.stringify(personas[1]?.toJSON())));
    expect(copy.preferenceProbability(...probe)).toBeCloseTo(broad, 2);
    copy.set('warm', 0.9);
    expect(copy.directions()[0]?.mean).toBeCloseTo(1.6, 6);
  });

  it('works on a custom space with its own mapping', () => {
    const space = defineSpace({
      id: 'tiny',
      dimensions: [
        {
          id: 'brief',
          positive: 'Brief',
          negative: 'Thorough',
          measures: [{ attribute: 'detail', weight: -1 }],
        },
        { id: 'dogs', positive: 'Likes dogs', negative: 'Dislikes dogs', keywords: ['dog', 'puppy'] },
      ],
    });
    const persona = createPersona({ space });
    persona.observe({
      kind: 'comparison',
      at: 1,
      prompt: '',
      chosen: 'My dog is a good puppy.',
      rejected: 'The weather is mild today.',
    });
    expect(persona.directions().find((d) => d.id === 'dogs')?.mean).toBeGreaterThan(0);
    expect(() =>
      defineSpace({
        id: 'dup',
        dimensions: [
          { id: 'a', positive: '', negative: '' },
          { id: 'a', positive: '', negative: '' },
        ],
      }),
    ).toThrow(/duplicate/);
    expect(() => createPersona().load(persona.toJSON())).toThrow(/space "tiny"/);
  });
});
