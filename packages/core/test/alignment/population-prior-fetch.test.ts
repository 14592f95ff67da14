import { describe, expect, it } from 'vitest';
import { createPersonalization } from '../../src/alignment/create-personalization';
import { detectAttributes } from '../../src/detectors';
import { createPersona } from '../../src/persona/persona';

const NOW = 1_800_000_000_000;
const served = {
  version: 3,
  fittedAt: NOW - 60_000,
  users: 120,
  types: 2,
  prior: {
    mean: { humor: 0.5 },
    variance: { humor: 0.2 },
    types: [
      { weight: 0.7, shift: { humor: 1 } },
      { weight: 0.3, shift: { humor: -2 } },
    ],
  },
};

/** A fetch answering every request with `status` and `body`, counting calls. */
function fakeFetch(status: number, body: unknown) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(String(url));
    if (status === 0) throw new TypeError('network down');
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const personalizationWith = (
  status: number,
  body: unknown,
  persona = createPersona({ detect: detectAttributes }),
) => {
  const fake = fakeFetch(status, body);
  const personalization = createPersonalization({
    mode: 'pba',
    detectStyle: false,
    persona,
    prior: { url: '/api/prior', fetch: fake.fetch, now: () => NOW },
  });
  return { personalization, calls: fake.calls };
};

describe('createPersonalization with the deployment prior', () => {
  it('fetches the prior once on ready() and starts the persona from it', async () => {
    const { personalization, calls } = personalizationWith(200, served);
    await personalization.ready();
    await personalization.ready();
    expect(calls).toEqual(['/api/prior']);
    expect(personalization.persona.toJSON().types).toEqual([0.7, 0.3]);
    const humour = personalization.persona.directions().find((d) => d.id === 'humor');
    expect(humour?.mean).toBeCloseTo(0.5 + 0.7 - 0.6, 6);
  });

  it.each([
    ['not fitted yet (204)', 204, null],
    ['missing (404)', 404, { error: { code: 'not-found' } }],
    ['unreachable', 0, null],
    ['malformed', 200, { fittedAt: NOW, prior: { mean: { humor: 'high' } } }],
    ['stale', 200, { ...served, fittedAt: NOW - 40 * 24 * 3_600_000 }],
    ['for another space', 200, { ...served, prior: { mean: { no_such_dimension: 1 } } }],
    ['in a format this version cannot read', 200, { ...served, format: 3 }],
  ])('stays cold, without an error, when the prior is %s', async (_, status, body) => {
    const { personalization } = personalizationWith(status, body);
    await expect(personalization.ready()).resolves.toBeUndefined();
    expect(personalization.persona.toJSON()).toEqual(createPersona().toJSON());
  });

  it('reads format 2 (a type with its own variance, the validation) and format 1 alike', async () => {
    const withCatchAll = {
      ...served,
      format: 2,
      prior: {
        ...served.prior,
        types: [...served.prior.types, { weight: 0.2, shift: { humor: -0.5 }, variance: 1 }],
      },
      validation: {
        verdict: 'served',
        reason: 'ok',
        heldOutUsers: 10,
        accuracy: { fitted: [1], coldStart: [0.5] },
      },
    };
    const current = personalizationWith(200, withCatchAll);
    await current.personalization.ready();
    expect(current.personalization.persona.toJSON().types).toHaveLength(3);
    const old = personalizationWith(200, served);
    await old.personalization.ready();
    expect(old.personalization.persona.toJSON().types).toEqual([0.7, 0.3]);
  });

  it('leaves a persona that has already learned as it is', async () => {
    const persona = createPersona({ detect: detectAttributes });
    persona.set('humor', 0, {});
    const before = persona.toJSON();
    const { personalization } = personalizationWith(200, served, persona);
    await personalization.ready();
    expect(personalization.persona.toJSON()).toEqual(before);
  });
});

describe('persona.usePrior', () => {
  it('refuses once the persona has learned or for a malformed prior, changing nothing', () => {
    const persona = createPersona({ detect: detectAttributes });
    expect(() => persona.usePrior({ types: [{ weight: -1, shift: {} }] })).toThrow(RangeError);
    expect(persona.toJSON()).toEqual(createPersona().toJSON());
    persona.usePrior(served.prior);
    expect(persona.toJSON().types).toEqual([0.7, 0.3]);
    persona.observe({
      kind: 'comparison',
      at: 1,
      prompt: 'p',
      chosen: 'a',
      rejected: 'b',
      chosenStyle: { humour: 1 },
      rejectedStyle: { humour: -1 },
    });
    expect(() => persona.usePrior(undefined)).toThrow(RangeError);
    expect(persona.signalCount).toBe(1);
  });
});
