import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { detectAttributes } from '../../../src/detectors';
import { alignxSpace } from '../../../src/persona/alignx-space';
import type { MixturePriorOptions } from '../../../src/persona/mixture-prior';
import { createPersona } from '../../../src/persona/persona';
import type { ComparisonSignal } from '../../../src/persona/signals';
import { createPersonaHandlers } from '../../../src/server/handler';
import {
  createPopulationLoop,
  type PopulationLoopOptions,
  type PopulationRun,
} from '../../../src/server/population';
import {
  createMemoryPersonaStore,
  PersonaStoreError,
  type PopulationStore,
} from '../../../src/server/stores';

const URL = 'http://127.0.0.1/api/signals';

/** A comparison between two known styles: the user chose the one with humour `chosen`. */
const humourChoice = (chosen: number, at: number, other: number): ComparisonSignal => ({
  kind: 'comparison',
  at,
  prompt: `question ${at}`,
  chosen: `reply a ${at}`,
  rejected: `reply b ${at}`,
  chosenStyle: { humour: chosen, detail: other },
  rejectedStyle: { humour: -chosen, detail: -other },
});

/**
 * A user of one of two types (likes humour or not) with four comparisons; `other` varies the
 * detail axis over 11 levels, so that users answer 11 different pairs (the gate scores each
 * held-out comparison by a fit that never saw its pair).
 */
const userOf = (likesHumour: boolean, seed: number): ComparisonSignal[] =>
  [0, 1, 2, 3].map((i) => humourChoice(likesHumour ? 1 : -1, i + 1, (((seed + 3 * i) % 11) - 5) / 5));

function setup(
  minUsers = 50,
  fit: MixturePriorOptions = {},
  more: Pick<PopulationLoopOptions, 'fitAfterUsers' | 'minActiveDays'> = {},
) {
  const store = createMemoryPersonaStore();
  const runs: PopulationRun[] = [];
  const loop = createPopulationLoop({
    store,
    persona: { detect: detectAttributes },
    minUsers,
    fit: { maxTypes: 3, ...fit },
    onRun: (run) => runs.push(run),
    // A test stand-in for the socket's address.
    getClientAddress: (request) => request.headers.get('x-test-address'),
    ...more,
  });
  let userId = 'u-0';
  const handlers = createPersonaHandlers({ store, population: loop, getUserId: () => userId });
  const send = async (id: string, signals: ComparisonSignal[], address?: string) => {
    userId = id;
    const response = await handlers.signals(
      new Request(URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(address && { 'x-test-address': address }) },
        body: JSON.stringify({ signals }),
      }),
    );
    expect(response.status).toBe(200);
  };
  return { store, loop, send, runs };
}

describe('population loop', { timeout: 30_000 }, () => {
  it('keeps comparisons as numeric feature vectors, never text', async () => {
    const { store, send } = setup();
    await send('alice', [
      {
        kind: 'comparison',
        at: 1,
        prompt: 'my card is 4111 1111 1111 1111',
        chosen: 'Haha, sure thing, mate!',
        rejected: 'Request processed.',
      },
    ]);
    const rows = (await store.comparisonFeatures()).get('alice') ?? [];
    expect(rows).toHaveLength(1);
    // The row's own receive time (milliseconds) may contain "4111"; every other field must not.
    const text = JSON.stringify(rows.map(({ at: _receivedAt, ...row }) => row));
    expect(text).not.toMatch(/4111|Haha|processed/);
    for (const [id, level] of Object.entries(rows[0]?.features ?? {})) {
      expect(alignxSpace.indexOf(id)).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(level)).toBe(true);
    }
  });

  it('stamps comparisons with the time the server received them, whatever `at` the client sent', async () => {
    const { store, send } = setup();
    const before = Date.now();
    await send('early-bird', [humourChoice(1, 1, 0)]);
    await send('time-traveller', [humourChoice(1, 8.64e15, 0)]);
    const after = Date.now();
    const all = await store.comparisonFeatures();
    for (const id of ['early-bird', 'time-traveller']) {
      const at = all.get(id)?.[0]?.at ?? 0;
      expect(at).toBeGreaterThanOrEqual(before);
      expect(at).toBeLessThanOrEqual(after);
    }
  });

  it('counts one address posing as many visitors as at most maxUsersPerAddress users', async () => {
    const { loop, send, store } = setup(8);
    // One client mints 20 visitor ids, all choosing alike (an attempt to set everyone's prior).
    for (let u = 0; u < 20; u += 1) await send(`bot-${u}`, userOf(true, u), '203.0.113.7');
    // The same client on other addresses of its IPv6 /64 is the same source.
    for (let u = 0; u < 5; u += 1) await send(`bot6-${u}`, userOf(true, u), `2001:db8:1:2::${u + 1}`);
    expect(await loop.fit()).toBeNull();
    expect(loop.lastRun).toMatchObject({ verdict: 'too-few-users', users: 6, usersLeftOut: 19 });
    expect(loop.lastRun?.reason).toMatch(/19 more came from addresses past 3 users each/);
    // Nothing of the address itself is kept, only a bucket number.
    expect(JSON.stringify([...(await store.comparisonFeatures()).values()])).not.toMatch(/203\.0|2001/);
    await send('someone-else', userOf(false, 1), '198.51.100.20');
    await send('and-another', userOf(false, 2), '198.51.100.21');
    await loop.fit();
    expect(loop.lastRun).toMatchObject({ users: 8, usersLeftOut: 19 });
    expect(loop.lastRun?.verdict).not.toBe('too-few-users');
  });

  it('with minActiveDays, counts only users who compared on that many days: a one-day burst of visitors fits nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.UTC(2026, 10, 1, 12));
      const { loop, send } = setup(50, { selectionSplits: 1 }, { minActiveDays: 2 });
      // 60 visitors from 60 addresses, all in one day (a botnet's burst): nobody counts yet.
      for (let u = 0; u < 60; u += 1) await send(`u-${u}`, userOf(true, u), `10.0.${u}.1`);
      expect(await loop.fit()).toBeNull();
      expect(loop.lastRun).toMatchObject({ verdict: 'too-few-users', users: 0, usersLeftOut: 60 });
      expect(loop.lastRun?.reason).toMatch(/or compared on fewer than 2 days/);
      // The next day, 50 of them compare again: they count, and a prior is fitted.
      vi.setSystemTime(Date.UTC(2026, 10, 2, 9));
      for (let u = 0; u < 50; u += 1) await send(`u-${u}`, userOf(true, u + 1), `10.0.${u}.1`);
      await loop.fit();
      expect(loop.lastRun).toMatchObject({ users: 50, usersLeftOut: 10 });
      expect(loop.lastRun?.verdict).not.toBe('too-few-users');
    } finally {
      vi.useRealTimers();
    }
  });

  it('fits nothing below the minimum of users, then versions each fitted prior and serves it', async () => {
    const { loop, send, runs } = setup(6);
    for (let u = 0; u < 5; u += 1) await send(`u-${u}`, userOf(u % 2 === 0, u));
    expect(await loop.fit()).toBeNull();
    expect(runs).toEqual([loop.lastRun]);
    expect(loop.lastRun).toMatchObject({ verdict: 'too-few-users', users: 5, version: null });
    expect(loop.current).toBeNull();
    const missing = await loop.handler(new Request('http://127.0.0.1/api/prior'));
    expect(missing.status).toBe(204);
    expect(await missing.text()).toBe('');
    expect(loop.createPersona().toJSON().types).toBeUndefined();

    await send('u-5', userOf(false, 5));
    const first = await loop.fit();
    expect(first?.version).toBe(1);
    expect(first?.users).toBe(6);
    const served = await loop.handler(new Request('http://127.0.0.1/api/prior'));
    expect(served.status).toBe(200);
    const etag = served.headers.get('etag');
    expect(await served.json()).toEqual(first);
    const again = await loop.handler(
      new Request('http://127.0.0.1/api/prior', { headers: { 'if-none-match': etag ?? '' } }),
    );
    expect(again.status).toBe(304);
    // As a compressing proxy or a browser with several cached versions sends it.
    for (const header of [`W/${etag}`, `"prior-0", ${etag}`, '*']) {
      const revalidated = await loop.handler(
        new Request('http://127.0.0.1/api/prior', { headers: { 'if-none-match': header } }),
      );
      expect(revalidated.status, header).toBe(304);
    }
    const other = await loop.handler(
      new Request('http://127.0.0.1/api/prior', { headers: { 'if-none-match': '"prior-10"' } }),
    );
    expect(other.status).toBe(200);
    expect((await loop.fit())?.version).toBe(2);
    const post = await loop.handler(new Request('http://127.0.0.1/api/prior', { method: 'POST' }));
    expect(post.status).toBe(405);
  });

  it('learns two user types, so one choice tells a new user which kind they are', async () => {
    // Two selection splits: the two types are plain enough for them (the default 5 only cost time).
    const { loop, send } = setup(50, { selectionSplits: 2 });
    for (let u = 0; u < 60; u += 1) await send(`u-${u}`, userOf(u % 3 !== 0, u));
    const prior = await loop.fit();
    expect(prior?.types).toBeGreaterThanOrEqual(1);
    const newcomer = loop.createPersona();
    const cold = createPersona({ detect: detectAttributes });
    const probe = { humour: -1 };
    // One choice against humour: the minority type (the catch-all type keeps a share, so not beyond 0.9).
    for (const persona of [newcomer, cold]) persona.observe(humourChoice(-1, 1, 0));
    const withPrior = newcomer.preferenceProbability(probe, { humour: 1 });
    const without = cold.preferenceProbability(probe, { humour: 1 });
    expect(withPrior).toBeGreaterThan(0.8);
    expect(withPrior).toBeGreaterThan(without);
  });

  it('rebuilds a persona from its stored signals when the prior changes shape', async () => {
    // Any prior will do here: one selection split.
    const { store, loop, send } = setup(50, { selectionSplits: 1 });
    for (let u = 0; u < 60; u += 1) await send(`u-${u}`, userOf(u % 3 !== 0, u));
    await loop.fit();
    const types = loop.current?.types ?? 0;
    // A prior of another shape appears (e.g. fitted by another instance).
    await store.savePrior({
      users: 60,
      types: types + 1,
      prior: {
        ...loop.current?.prior,
        types: Array.from({ length: types + 1 }, (_, k) => ({ weight: 1, shift: { humor: k - 1 } })),
      },
    });
    await loop.refresh();
    await send('u-1', [humourChoice(1, 9, 0)]);
    const state = (await store.get('u-1'))?.state as unknown as { signals: number; types?: number[] };
    expect(state.signals).toBe(5);
    expect(state.types).toHaveLength(types + 1);
  });

  it('serves an 8-type prior over every dimension, each type with its own variances, plus the catch-all, in at most 20 kB gzipped', async () => {
    const store = createMemoryPersonaStore();
    const ids = alignxSpace.dimensions.map((d) => d.id);
    const record = (f: (i: number) => number) => Object.fromEntries(ids.map((id, i) => [id, f(i)]));
    await store.savePrior({
      users: 100_000,
      types: 8,
      prior: {
        mean: record((i) => Math.sin(i) * 3.1234),
        variance: record((i) => 0.5 + Math.cos(i) ** 2),
        types: [
          ...Array.from({ length: 8 }, (_, k) => ({
            weight: 1 / 10,
            shift: record((i) => Number(Math.sin(i * 7.31 + k).toPrecision(4))),
            variance: record((i) => Number((0.5 + Math.cos(i * 3.7 + k) ** 2).toPrecision(4))),
          })),
          { weight: 0.2, shift: record((i) => -Number((Math.sin(i) * 3.1234).toPrecision(4))), variance: 1 },
        ],
      },
      validation: {
        verdict: 'served',
        reason:
          'A prior fitted without the 2000 newest users predicted them at least as well as the cold start.',
        heldOutUsers: 2_000,
        accuracy: {
          fitted: [0.91, 0.92, 0.93, 0.94, 0.95],
          coldStart: [0.5, 0.61, 0.72, 0.73, 0.74],
          previous: [0.9, 0.91, 0.92, 0.93, 0.94],
        },
      },
    });
    const loop = createPopulationLoop({ store });
    await loop.start();
    loop.stop();
    const body = new Uint8Array(
      await (await loop.handler(new Request('http://127.0.0.1/api/prior'))).arrayBuffer(),
    );
    expect(JSON.parse(new TextDecoder().decode(body)).prior.types).toHaveLength(9);
    expect(gzipSync(body).length).toBeLessThanOrEqual(20_000);
  });

  it('does not serve a prior that would have hurt the newest users: users of a new kind arrive', async () => {
    // One selection split: a less steady choice of K, which here picks a prior that hurts the
    // few users of the new kind (with the default splits the fit itself declines it), so that
    // the gate is what must catch it.
    const { loop, send } = setup(50, { selectionSplits: 1 });
    for (let u = 0; u < 60; u += 1) await send(`u-${u}`, userOf(true, u));
    const first = await loop.fit();
    expect(first?.validation?.verdict).toBe('served');
    expect(loop.lastRun).toMatchObject({ verdict: 'served', users: 60, version: first?.version });
    // The newest users all dislike humour: any prior fitted from the population so far
    // predicts them worse than knowing nothing, so it is not served and the old one goes too.
    for (let u = 60; u < 76; u += 1) await send(`u-${u}`, userOf(false, u));
    const second = await loop.fit();
    expect(loop.lastRun?.verdict).toBe('withdrawn');
    expect(loop.lastRun?.reason).toMatch(/worse than the cold start/);
    expect(second).toMatchObject({ version: 2, types: 0, prior: {}, validation: { verdict: 'withdrawn' } });
    const accuracy = second?.validation?.accuracy;
    expect(accuracy?.fitted[0]).toBeLessThan(accuracy?.coldStart[0] ?? 0);
    // What is served says why; new personas start cold.
    const served = await loop.handler(new Request('http://127.0.0.1/api/prior'));
    expect(await served.json()).toMatchObject({ version: 2, validation: { verdict: 'withdrawn' } });
    expect(loop.createPersona().toJSON()).toEqual(createPersona({ detect: detectAttributes }).toJSON());
  });

  it('withdraws a served prior at the next run when it fails the users who arrived after it, however few', async () => {
    const { loop, send } = setup(50, { selectionSplits: 1 });
    for (let u = 0; u < 200; u += 1) await send(`u-${u}`, userOf(true, u));
    expect((await loop.fit())?.validation?.verdict).toBe('served');
    // Ten users of a new kind: a quarter of the 42 newest users the gate holds out, so over all
    // of them a new prior looks better than the cold start; but the ten, whom the served prior
    // never saw, are predicted worse than with no prior: the cold start is served. The served
    // prior saw every pair they compared (all users answer the same 11), so it is scored on the
    // ten users it never saw only (before, on all 42, 32 of whom it was fitted on).
    for (let u = 200; u < 210; u += 1) await send(`u-${u}`, userOf(false, u));
    await loop.fit();
    const accuracy = loop.lastRun?.validation?.accuracy;
    expect(loop.lastRun?.validation?.heldOutUsers).toBe(42);
    expect(accuracy?.previous?.every((shot) => shot !== null)).toBe(true);
    expect(accuracy?.fitted[0]).toBeGreaterThan(accuracy?.coldStart[0] ?? 1);
    expect(loop.lastRun?.verdict).toBe('withdrawn');
    expect(loop.lastRun?.reason).toMatch(
      /the 10 who arrived after the prior served now was fitted: [\d.]+ %, the prior served now [\d.]+ % \(against the cold start's [\d.]+ % on the users the served prior never saw .*\), the cold start [\d.]+ %/,
    );
    expect(loop.current).toMatchObject({ version: 2, types: 0, prior: {} });
  });

  it('runs the job as soon as `fitAfterUsers` users have recorded comparisons, between scheduled runs', async () => {
    const { send, runs } = setup(50, { selectionSplits: 1 }, { fitAfterUsers: 25 });
    for (let u = 0; u < 24; u += 1) await send(`u-${u}`, userOf(true, u));
    expect(runs).toHaveLength(0);
    await send('u-24', userOf(true, 24));
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(runs[0]).toMatchObject({ verdict: 'too-few-users', users: 25 });
    // A returning user counts once; 25 different users trigger the next run.
    for (let u = 25; u < 49; u += 1) await send(`u-${u}`, userOf(true, u));
    await send('u-25', userOf(true, 25));
    expect(runs).toHaveLength(1);
    await send('u-49', userOf(true, 49));
    await vi.waitFor(() => expect(runs).toHaveLength(2), { timeout: 5_000 });
    expect(runs[1]).toMatchObject({ verdict: 'served', users: 50 });
  });

  it('serves the prior another instance fitted within refreshIntervalMs, and judges each run against the latest stored prior', async () => {
    // Two server instances over one store: the first runs the job, the second only serves.
    const { store, loop: fitting, send } = setup(50, { selectionSplits: 1 });
    const serving = createPopulationLoop({
      store,
      persona: { detect: detectAttributes },
      fit: { maxTypes: 3, selectionSplits: 1 },
      refreshIntervalMs: 20,
    });
    await serving.start();
    try {
      const request = (etag?: string) =>
        new Request('http://127.0.0.1/api/prior', { headers: etag ? { 'if-none-match': etag } : {} });
      expect((await serving.handler(request())).status).toBe(204);
      for (let u = 0; u < 60; u += 1) await send(`u-${u}`, userOf(true, u));
      const fitted = await fitting.fit();
      expect(fitted?.version).toBe(1);
      await vi.waitFor(() => expect(serving.current).toEqual(fitted), { timeout: 5_000 });
      const served = await serving.handler(request());
      expect(await served.json()).toEqual(fitted);
      const etag = served.headers.get('etag') ?? '';
      expect((await serving.handler(request(etag))).status).toBe(304);
      // Users of a new kind arrive; the serving instance's own run judges against version 1 and
      // withdraws it (see above), and the fitting instance's next run judges against that.
      for (let u = 60; u < 76; u += 1) await send(`u-${u}`, userOf(false, u));
      await serving.fit();
      expect(serving.lastRun).toMatchObject({ verdict: 'withdrawn', version: 2 });
      await fitting.fit();
      const accuracy = fitting.lastRun?.validation?.accuracy;
      expect(accuracy?.previous).toEqual(accuracy?.coldStart);
      const changed = await serving.handler(request(etag));
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    } finally {
      serving.stop();
    }
  });

  it('keeps the current prior (or the cold start) when the store holds a prior in an unknown format', async () => {
    const store = createMemoryPersonaStore();
    const errors: unknown[] = [];
    // A store another (newer) version has written a prior to.
    const future: PopulationStore = {
      ...store,
      currentPrior: async () => {
        throw new PersonaStoreError('unsupported-prior-format', 'Prior version 9 has format 3.');
      },
    };
    const loop = createPopulationLoop({ store: future, onError: (error) => errors.push(error) });
    await expect(loop.refresh()).resolves.toBeNull();
    expect(errors).toHaveLength(1);
    expect(loop.createPersona().toJSON().types).toBeUndefined();
  });

  it('stores the comparisons and reports the error when counting users for fitAfterUsers fails', async () => {
    const store = createMemoryPersonaStore();
    const errors: unknown[] = [];
    const counting: PopulationStore = {
      ...store,
      usersComparedSince: async () => {
        throw new Error('The database is down.');
      },
    };
    const loop = createPopulationLoop({
      store: counting,
      fitAfterUsers: 1,
      onError: (error) => errors.push(error),
    });
    await expect(
      loop.record('u-1', userOf(true, 1), createPersona({ detect: detectAttributes })),
    ).resolves.toBeUndefined();
    expect((await store.comparisonFeatures()).get('u-1')).toHaveLength(4);
    expect(errors).toEqual([new Error('The database is down.')]);
  });

  it('refuses impossible options', () => {
    const store = createMemoryPersonaStore();
    expect(() => createPopulationLoop({ store, minUsers: 1 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, intervalMs: 0 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, maxUsersPerAddress: 0 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, fitAfterUsers: 0 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, fitAfterUsers: 2.5 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, minActiveDays: 0 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, refreshIntervalMs: 0 })).toThrow(RangeError);
    expect(() => createPopulationLoop({ store, refreshIntervalMs: Number.NaN })).toThrow(RangeError);
  });
});
