import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlitePersonaStore, type PersonaStore } from '@attune/core/server';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatBody, type InProcessSite, startInProcessSite } from '../support/in-process-site';

const QUOTA = 10;
const HOSTILE = '203.0.113.7';
const NEIGHBOUR = '198.51.100.20';

/** A thumbs-up: a learning signal, so a new visitor's turn writes a persona. */
const rating = () => ({ kind: 'rating', at: Date.now(), rating: 'up', text: 'clear answer' });
/** A chat turn carrying a rating, under the body key the chat handler reads its signals from. */
const ratedTurn = (text: string, id: string) => chatBody(text, id, [rating()]);

describe('a hostile client minting visitor ids from one address', () => {
  let dir: string;
  let filename: string;
  let store: PersonaStore;
  let site: InProcessSite;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-quota-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Help</title>');
    filename = join(dir, 'personas.db');
    store = await createSqlitePersonaStore({ filename, maxNewUsersPerNetwork: QUOTA });
    // Loopback is the trusted proxy, so X-Forwarded-For says which client each request is.
    site = await startInProcessSite(store, dir, { rateLimit: false, trustedProxies: ['127.0.0.1'] });
  });
  afterEach(async () => {
    await site.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Posts as the client at `address`, with the visitor cookie when given; returns the status, body and cookie. */
  const post = async (path: string, body: unknown, address: string, cookie?: string) => {
    const response = await fetch(`${site.base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie')?.split(';')[0];
    return { status: response.status, text: await response.text(), cookie: setCookie ?? cookie };
  };
  const personaCount = () => {
    const db = new Database(filename, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM attune_personas').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('creates at most the quota of personas; the rest are answered unpersonalized, and others go on', async () => {
    // An honest visitor on the hostile address, there before the attack, keeps their cookie.
    const honest = await post('/api/chat', ratedTurn('Where is my parcel?', 'h0'), HOSTILE);
    expect(honest.status).toBe(200);
    const honestId = honest.cookie;
    expect(honestId).toBeDefined();

    // 60 requests, 4 at a time, no cookie (a new visitor each), each with a learning signal.
    const statuses = new Map<number, number>();
    let limited = 0;
    let next = 0;
    const worker = async () => {
      while (next < 60) {
        const index = next++;
        const answer =
          index % 2 === 0
            ? await post('/api/chat', ratedTurn('How do returns work?', `m${index}`), HOSTILE)
            : await post('/api/signals', { signals: [rating()] }, HOSTILE);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.text.includes('"personalization":"limited"')) limited++;
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(Object.fromEntries(statuses)).toEqual({ 200: 60 });
    // The honest visitor took one of the quota: the attacker got the other QUOTA - 1.
    expect(personaCount()).toBe(QUOTA);
    expect(limited).toBe(60 - (QUOTA - 1));
    // A spent quota is no store failure: personalization goes on for everyone else.
    const health = await fetch(`${site.base}/api/health`);
    expect(((await health.json()) as { status: string }).status).toBe('ok');

    // The honest visitor goes on learning: their persona is updated, not refused.
    const revision = async () => {
      const response = await fetch(`${site.base}/api/persona`, {
        headers: { 'x-forwarded-for': HOSTILE, cookie: honestId ?? '' },
      });
      return ((await response.json()) as { persona: { revision: number } | null }).persona?.revision;
    };
    const before = await revision();
    expect(before).toBeGreaterThanOrEqual(1);
    const again = await post('/api/chat', ratedTurn('And to Spain?', 'h1'), HOSTILE, honestId);
    expect(again.status).toBe(200);
    expect(again.text).not.toContain('"personalization"');
    expect(await revision()).toBeGreaterThan(before ?? 0);
    expect(personaCount()).toBe(QUOTA);

    // A visitor from another address still gets a persona.
    const neighbour = await post('/api/chat', ratedTurn('Where is my parcel?', 'n0'), NEIGHBOUR);
    expect(neighbour.status).toBe(200);
    expect(neighbour.text).not.toContain('"personalization"');
    expect(personaCount()).toBe(QUOTA + 1);
  }, 120_000);
});
