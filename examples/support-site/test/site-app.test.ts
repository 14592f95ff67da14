import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqlitePersonaStore, type PersonaStore } from '@attune/core/server';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseModel } from '../server/choose-model';
import { createSiteApp } from '../server/create-site-app';
import { VISITOR_COOKIE } from '../server/visitor-id';

const chat = (text: string, id = 'u1') => ({
  id: 'chat',
  messages: [{ id, role: 'user', parts: [{ type: 'text', text }] }],
});

describe('the help-centre server', () => {
  let dir: string;
  let store: PersonaStore;
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

  it('gives a new visitor an anonymous HttpOnly, SameSite=Lax, Path=/ cookie, once', async () => {
    const first = await app.request('/api/persona');
    const header = first.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Path=\//);
    const id = visitorCookie(first);
    const again = await app.request('/api/persona', { headers: { cookie: `${VISITOR_COOKIE}=${id}` } });
    expect(again.headers.get('set-cookie')).toBeNull();
    const forged = await app.request('/api/persona', { headers: { cookie: `${VISITOR_COOKIE}=../../etc` } });
    expect(visitorCookie(forged)).not.toBe('../../etc');
  });

  it('keeps the persona across requests of one visitor and apart from another visitor', async () => {
    const first = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(chat('How do I return an item?')),
    });
    await first.text();
    const cookie = `${VISITOR_COOKIE}=${visitorCookie(first)}`;
    const mine = (await (await app.request('/api/persona', { headers: { cookie } })).json()) as {
      signalCount: number;
    };
    expect(mine.signalCount).toBe(1);
    const stranger = (await (await app.request('/api/persona')).json()) as { persona: unknown };
    expect(stranger.persona).toBeNull();
  });

  it('records posted signals and forgets every row of the visitor in the database', async () => {
    const first = await app.request('/api/persona');
    const userId = visitorCookie(first);
    const headers = { cookie: `${VISITOR_COOKIE}=${userId}`, 'content-type': 'application/json' };
    await (
      await app.request('/api/chat', {
        method: 'POST',
        headers,
        body: JSON.stringify(chat('Where is my parcel?')),
      })
    ).text();
    const posted = await app.request('/api/signals', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        signals: [{ kind: 'rating', at: Date.now(), rating: 'up', text: 'Track it under Orders.' }],
      }),
    });
    expect(posted.status).toBe(200);

    const db = new Database(join(dir, 'personas.db'), { readonly: true });
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`).get(userId) as { n: number }).n;
    expect(count('attune_personas')).toBe(1);
    expect(count('attune_signals')).toBe(2);

    const forgotten = await app.request('/api/persona', { method: 'DELETE', headers });
    expect(await forgotten.json()).toEqual({ forgotten: { personas: 1, signals: 2 } });
    expect(count('attune_personas')).toBe(0);
    expect(count('attune_signals')).toBe(0);
    db.close();
  });

  it('answers unknown API paths with a JSON 404 and site paths with the page', async () => {
    const missing = await app.request('/api/nope');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
    const page = await app.request('/articles/return-an-item');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Parcelwise Help Centre');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
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
});
