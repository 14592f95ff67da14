import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createPopulationLoop, createSqlitePersonaStore } from '@attune/core/server';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseModel } from '../server/choose-model';
import { createSiteApp } from '../server/create-site-app';
import { HASHED_ASSET_CACHE } from '../server/static-caching';
import { VISITOR_COOKIE, visitorSecretFrom } from '../server/visitor-id';

const chat = (text: string, id = 'u1') => ({
  id: 'chat',
  messages: [{ id, role: 'user', parts: [{ type: 'text', text }] }],
});

describe('the help-centre server', () => {
  let dir: string;
  let store: Awaited<ReturnType<typeof createSqlitePersonaStore>>;
  let app: ReturnType<typeof createSiteApp>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-site-app-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>Parcelwise Help Centre</title><div id="root"></div>',
    );
    store = await createSqlitePersonaStore({ filename: join(dir, 'personas.db') });
    app = createSiteApp({ model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model, store, distDir: dir });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const visitorCookie = (response: Response): string => {
    const header = response.headers.get('set-cookie') ?? '';
    const match = new RegExp(`${VISITOR_COOKIE}=([^;]+)`).exec(header);
    if (!match?.[1]) throw new Error(`No visitor cookie in "${header}"`);
    return match[1];
  };
  /** The visitor id inside a signed cookie value (`id.signature`, URL-encoded). */
  const idOf = (cookie: string) => decodeURIComponent(cookie).replace(/\.[^.]*$/, '');
  const json = (cookie: string) => ({
    cookie: `${VISITOR_COOKIE}=${cookie}`,
    'content-type': 'application/json',
  });
  const rating = { kind: 'rating', at: Date.now(), rating: 'up', text: 'Track it under Orders.' };
  const send = async (path: string, method: string, headers: Record<string, string>, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    await response.clone().text();
    return response;
  };

  it('gives a new visitor a signed HttpOnly, SameSite=Lax, Path=/ cookie, once, and replaces a forged one', async () => {
    const first = await app.request('/api/persona');
    const header = first.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Path=\//);
    const cookie = visitorCookie(first);
    const again = await app.request('/api/persona', { headers: { cookie: `${VISITOR_COOKIE}=${cookie}` } });
    expect(again.headers.get('set-cookie')).toBeNull();
    const chosen = crypto.randomUUID();
    for (const forged of ['../../etc', chosen, `${chosen}.${cookie.split('.').at(-1)}`]) {
      const answer = await app.request('/api/persona', {
        headers: { cookie: `${VISITOR_COOKIE}=${forged}` },
      });
      const replaced = idOf(visitorCookie(answer));
      expect(replaced).not.toBe(chosen);
      expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('stores nothing for a chatting visitor until a learning signal, then keeps it apart from others', async () => {
    const first = await send(
      '/api/chat',
      'POST',
      { 'content-type': 'application/json' },
      chat('How do I return an item?'),
    );
    const cookie = visitorCookie(first);
    const read = async (headers: Record<string, string>) =>
      (await (await app.request('/api/persona', { headers })).json()) as {
        persona: unknown;
        signalCount: number;
      };
    expect((await read(json(cookie))).persona).toBeNull();
    await send('/api/signals', 'POST', json(cookie), { signals: [rating] });
    await send('/api/chat', 'POST', json(cookie), chat('And how long do refunds take?', 'u2'));
    expect((await read(json(cookie))).signalCount).toBe(2);
    expect((await read({})).persona).toBeNull();
  });

  it('forgets every row of the visitor, rotates the id, and the export is empty afterwards', async () => {
    const cookie = visitorCookie(await app.request('/api/persona'));
    const userId = idOf(cookie);
    await send('/api/signals', 'POST', json(cookie), { signals: [rating] });
    await send('/api/chat', 'POST', json(cookie), chat('Where is my parcel?'));

    const db = new Database(join(dir, 'personas.db'), { readonly: true });
    const count = (table: string, id = userId) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`).get(id) as { n: number }).n;
    expect(count('attune_personas')).toBe(1);
    expect(count('attune_signals')).toBe(2);

    const forgotten = await app.request('/api/persona', { method: 'DELETE', headers: json(cookie) });
    expect(await forgotten.json()).toEqual({ forgotten: { personas: 1, signals: 2 } });
    const rotated = visitorCookie(forgotten);
    expect(idOf(rotated)).not.toBe(userId);
    expect(count('attune_personas')).toBe(0);
    expect(count('attune_signals')).toBe(0);
    for (const someone of [cookie, rotated]) {
      const exported = (await (
        await app.request('/api/persona/export', { headers: json(someone) })
      ).json()) as {
        persona: unknown;
        signals: unknown[];
      };
      expect(exported).toMatchObject({ persona: null, signals: [] });
    }
    db.close();
  });

  it('answers a burst past the visitor rate limit with 429, Retry-After and a typed error', async () => {
    const limited = createSiteApp({
      model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model,
      store,
      distDir: dir,
      rateLimit: { perVisitor: { capacity: 3, refillPerSecond: 0.1 } },
    });
    const cookie = visitorCookie(await limited.request('/api/persona'));
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let index = 0; index < 4; index++) {
      last = await limited.request('/api/persona', { headers: json(cookie) });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    expect(last?.headers.get('retry-after')).toBe('10');
    expect(await last?.json()).toMatchObject({ error: { code: 'rate-limited', retryAfterSeconds: 10 } });
  });

  it('reports the store in /api/health: ok, then degraded with the reason while it fails', async () => {
    expect(await (await app.request('/api/health')).json()).toEqual({
      ok: true,
      status: 'ok',
      store: { status: 'ok' },
    });
    await store.close();
    const reply = await send(
      '/api/chat',
      'POST',
      { 'content-type': 'application/json' },
      chat('Still there?'),
    );
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain('"personalization":"paused"');
    expect(await (await app.request('/api/health')).json()).toMatchObject({
      ok: false,
      status: 'degraded',
      store: { status: 'degraded', reason: 'closed' },
    });
  });

  it('answers unknown API paths with a JSON 404 and site paths with the page', async () => {
    const missing = await app.request('/api/nope');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
    const page = await app.request('/articles/return-an-item');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Parcelwise Help Centre');
    for (const path of [
      '/',
      '/categories/orders',
      '/search?q=refund',
      '/your-data',
      '/articles/return-an-item/',
    ]) {
      expect((await app.request(path)).status).toBe(200);
    }
    // A page the site does not have: the site's own not-found page, with a 404 for crawlers.
    for (const path of ['/articles/no-such-article', '/categories/nope', '/wp-login.php', '/articles/a/b']) {
      const unknown = await app.request(path);
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('Parcelwise Help Centre');
    }
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await app.request('/assets/missing-chunk.js');
    expect(asset.status).toBe(404);
    expect(await asset.text()).not.toContain('Parcelwise Help Centre');
  });

  it('gzips and caches hashed assets for a year, revalidates pages, and leaves the streamed API alone', async () => {
    mkdirSync(join(dir, 'assets'));
    const script = `export const answer = ${JSON.stringify('Track it under Orders. '.repeat(200))};`;
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
    const gzip = { 'accept-encoding': 'gzip' };
    const asset = await app.request('/assets/index-abc123.js', { headers: gzip });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe(HASHED_ASSET_CACHE);
    expect(gunzipSync(Buffer.from(await asset.arrayBuffer())).toString()).toBe(script);
    const missing = await app.request('/assets/index-old999.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
    for (const page of ['/', '/articles/return-an-item']) {
      expect((await app.request(page)).headers.get('cache-control')).toBe('no-cache');
    }
    const reply = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...gzip },
      body: JSON.stringify(chat('How do I return an item?')),
    });
    expect(reply.headers.get('content-encoding')).toBeNull();
    expect(reply.headers.get('cache-control')).toBe('no-store');
    await reply.text();
  });

  it('resumes a reply in progress for its visitor only, and answers 204 when nothing streams', async () => {
    const paced = createSiteApp({
      model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '5' }).model,
      store,
      distDir: dir,
    });
    const idle = await paced.request('/api/chat/chat/stream');
    expect(idle.status).toBe(204);
    const cookie = `${VISITOR_COOKIE}=${visitorCookie(idle)}`;
    const posted = await paced.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(chat('How do I return an item?')),
    });
    expect(posted.status).toBe(200);
    const stranger = await paced.request('/api/chat/chat/stream');
    expect(stranger.status).toBe(204);
    const resumed = await paced.request('/api/chat/chat/stream', { headers: { cookie } });
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get('content-type')).toContain('text/event-stream');
    const [replayed, original] = await Promise.all([resumed.text(), posted.text()]);
    expect(replayed).toContain('"type":"finish"');
    expect(replayed).toBe(original);
    expect((await paced.request('/api/chat/chat/stream', { headers: { cookie } })).status).toBe(204);
  });

  it('answers a wrong method on the chat endpoint with a 405', async () => {
    const response = await app.request('/api/chat');
    expect(response.status).toBe(405);
  });

  it("runs the population loop: visitors' comparisons in, a prior at GET /api/prior once enough visitors compared", async () => {
    const DAYS = ['tomorrow', 'on Monday', 'later this week'];
    const population = createPopulationLoop({ store, minUsers: 3 });
    const site = createSiteApp({
      model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model,
      store,
      population,
      distDir: dir,
    });
    expect((await site.request('/api/prior')).status).toBe(204);
    for (let visitor = 0; visitor < 3; visitor += 1) {
      const first = await site.request('/api/persona');
      const headers = {
        'content-type': 'application/json',
        cookie: `${VISITOR_COOKIE}=${visitorCookie(first)}`,
      };
      const posted = await site.request('/api/signals', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          signals: [
            {
              kind: 'comparison',
              at: Date.now(),
              prompt: 'Where is my parcel?',
              // Each visitor compares other replies (the same two styles): the job's gate judges a
              // prior only on pairs its fit never saw.
              chosen: `Ha, good news! It is on its way and should land ${DAYS[visitor]} :)`,
              rejected: `In transit. Expected delivery: ${DAYS[visitor]}.`,
            },
          ],
        }),
      });
      expect(posted.status).toBe(200);
    }
    expect((await population.fit())?.users).toBe(3);
    const served = await site.request('/api/prior');
    expect(served.status).toBe(200);
    expect(((await served.json()) as { version: number }).version).toBe(1);
    // /api/health says which prior is served and what the job decided.
    expect(await (await site.request('/api/health')).json()).toMatchObject({
      prior: { version: 1, lastRun: { verdict: 'served', users: 3, version: 1 } },
    });
  });
});

describe('the visitor cookie key', () => {
  it('comes from ATTUNE_VISITOR_SECRET, is refused when short, required in production, random in development', () => {
    const long = 'k'.repeat(32);
    expect(visitorSecretFrom({ ATTUNE_VISITOR_SECRET: long })).toBe(long);
    expect(() => visitorSecretFrom({ ATTUNE_VISITOR_SECRET: 'short' })).toThrow('at least 32 characters');
    expect(() => visitorSecretFrom({ NODE_ENV: 'production' })).toThrow('must be set in production');
    const warnings: string[] = [];
    const dev = visitorSecretFrom({}, (message) => warnings.push(message));
    expect(dev).toMatch(/^[0-9a-f]{64}$/);
    expect(visitorSecretFrom({}, () => undefined)).not.toBe(dev);
    expect(warnings).toEqual([expect.stringContaining('lasts until restart')]);
  });
});
