import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPopulationLoop, createStoreHealth, type PopulationStore } from '@attune/core/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../test/support/postgres';
import { chooseModel } from '../server/choose-model';
import { createSiteApp } from '../server/create-site-app';
import { openSiteDatabase, type SiteDatabase } from '../server/site-database';
import { randomSecret, VISITOR_COOKIE } from '../server/visitor-id';

/** One instance of the site as `main.ts` wires it, from its environment. */
async function startInstance(env: Record<string, string>, distDir: string, secret: string) {
  const health = createStoreHealth({ log: () => undefined });
  const database = await openSiteDatabase(env, {
    defaultFile: join(distDir, 'unused.db'),
    health,
    log: () => undefined,
  });
  const population = createPopulationLoop({
    store: database.store as SiteDatabase['store'] & PopulationStore,
    minUsers: 3,
  });
  const app = createSiteApp({
    model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model,
    store: database.store,
    health,
    population,
    visitorSecret: secret,
    distDir,
    onError: () => undefined,
    rateLimit: {
      limiter: database.limiter,
      perVisitor: { capacity: 8, refillPerSecond: 0.001 },
      perAddress: false,
    },
  });
  return { app, database, population };
}

describe('two instances of the site over one PostgreSQL database (ATTUNE_DATABASE_URL)', () => {
  let postgres: TestPostgres;
  let dir: string;
  let a: Awaited<ReturnType<typeof startInstance>>;
  let b: Awaited<ReturnType<typeof startInstance>>;
  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'attune-two-instances-'));
    const env = { ATTUNE_DATABASE_URL: await postgres.createDatabase('site_two_instances') };
    const secret = randomSecret();
    a = await startInstance(env, dir, secret);
    b = await startInstance(env, dir, secret);
  }, 120_000);
  afterAll(async () => {
    for (const instance of [a, b]) {
      await instance?.database.store.close();
      await instance?.database.limiter.close();
    }
    await postgres?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A visitor with its cookie, sending each request to the instance a load balancer picks. */
  const visitor = async () => {
    const first = await a.app.request('/api/persona');
    const cookie = /parcelwise_visitor=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
    const headers = { 'content-type': 'application/json', cookie: `${VISITOR_COOKIE}=${cookie}` };
    return (instance: typeof a, path: string, method = 'GET', body?: unknown) =>
      instance.app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
  };
  const comparison = (day: string) => ({
    kind: 'comparison',
    at: Date.now(),
    prompt: 'Where is my parcel?',
    chosen: `Ha, good news! It is on its way and should land ${day} :)`,
    rejected: `In transit. Expected delivery: ${day}.`,
  });

  it('says where it keeps personas, without the password', async () => {
    expect(a.database.description).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/site_two_instances$/);
    expect(await (await b.app.request('/api/health')).json()).toMatchObject({ ok: true, status: 'ok' });
  });

  it('shares personas, forget-me and the prior: whichever instance answers', async () => {
    const days = ['tomorrow', 'on Monday', 'later this week'];
    const visitors = [await visitor(), await visitor(), await visitor()];
    for (const [index, send] of visitors.entries()) {
      const instance = index % 2 === 0 ? a : b;
      expect(
        (await send(instance, '/api/signals', 'POST', { signals: [comparison(days[index] ?? '')] })).status,
      ).toBe(200);
    }
    const [first] = visitors;
    if (!first) throw new Error('no visitor');
    // Learned on A, read on B.
    const read = (await (await first(b, '/api/persona')).json()) as {
      persona: { state: { signals: number } } | null;
    };
    expect(read.persona?.state.signals).toBe(1);
    // Fitted by A's job, served by B once it re-reads the stored prior.
    expect((await a.population.fit())?.users).toBe(3);
    await b.population.refresh();
    expect((await b.app.request('/api/prior')).status).toBe(200);
    // Forgotten on B, gone on A.
    expect((await first(b, '/api/persona', 'DELETE')).status).toBe(200);
    const exported = (await (await first(a, '/api/persona/export')).json()) as {
      signals: unknown[];
      persona: unknown;
    };
    expect(exported).toMatchObject({ signals: [], persona: null });
  });

  it('shares each visitor’s rate-limit bucket, so a second instance is not a second allowance', async () => {
    const send = await visitor();
    const statuses: number[] = [];
    for (let request = 0; request < 10; request += 1) {
      statuses.push((await send(request % 2 === 0 ? a : b, '/api/persona')).status);
    }
    // The first request (the cookie) took a token too.
    expect(statuses.filter((status) => status === 200)).toHaveLength(7);
    expect(statuses.slice(7)).toEqual([429, 429, 429]);
  });

  it('keeps rate-limiting in memory while the database is down (last: it stops the server)', async () => {
    const send = await visitor();
    await postgres.stop();
    const statuses: number[] = [];
    for (let request = 0; request < 9; request += 1) statuses.push((await send(a, '/api/persona')).status);
    // No error page: the bucket moved to A's memory, full again, and still limits.
    expect(statuses.slice(0, 8).every((status) => status !== 500)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses a database URL that is not PostgreSQL, and runs degraded when the database is down', async () => {
    const health = createStoreHealth({ log: () => undefined });
    const options = { defaultFile: join(dir, 'x.db'), health, log: () => undefined };
    await expect(openSiteDatabase({ ATTUNE_DATABASE_URL: 'mysql://db/site' }, options)).rejects.toThrow(
      /postgres:\/\//,
    );
    const down = await openSiteDatabase(
      { ATTUNE_DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' },
      options,
    );
    expect(health.status().status).toBe('degraded');
    expect(down.description).not.toContain('secret');
    expect((await down.limiter.take('visitor:x', { capacity: 1, refillPerSecond: 1 })).allowed).toBe(true);
  });
});
