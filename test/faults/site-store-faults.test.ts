import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPostgresPersonaStore,
  createSqlitePersonaStore,
  createStoreHealth,
  type PersonaStore,
  type StoreHealth,
} from '@attune/core/server';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseModel } from '../../examples/support-site/server/choose-model';
import { createSiteApp } from '../../examples/support-site/server/create-site-app';
import { openSiteStore } from '../../examples/support-site/server/open-site-store';
import { startTestPostgres } from '../support/postgres';

const chat = (text: string) => ({
  id: 'chat',
  messages: [{ id: `m-${text.length}`, role: 'user', parts: [{ type: 'text', text }] }],
});

/** The help centre over `store`, answering with the offline model; the health logs are kept. */
function site(store: PersonaStore, dir: string, health: StoreHealth) {
  return createSiteApp({
    model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model,
    store,
    distDir: dir,
    health,
    onError: () => undefined,
  });
}

/** What a visitor gets: the chat status and reply, the health report, the persona status. */
async function probe(app: ReturnType<typeof site>) {
  const reply = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(chat('How do I return an item?')),
  });
  const text = await reply.text();
  const health = (await (await app.request('/api/health')).json()) as {
    status: string;
    store: { reason?: string };
  };
  const forget = await app.request('/api/persona', { method: 'DELETE' });
  return {
    status: reply.status,
    answered: /text-delta/.test(text),
    paused: text.includes('"personalization":"paused"'),
    health: health.status,
    reason: health.store.reason,
    forgetStatus: forget.status,
  };
}

describe('the help centre when its persona store fails', () => {
  let dir: string;
  let logs: unknown[];
  let health: StoreHealth;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'attune-store-faults-'));
    logs = [];
    health = createStoreHealth({ timeoutMs: 1_000, log: (message) => logs.push(message) });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts over a garbage database file by moving it aside, and personalizes again', async () => {
    const filename = join(dir, 'personas.db');
    writeFileSync(filename, 'this is not a database '.repeat(500));
    const moved: string[] = [];
    const store = await openSiteStore({
      filename,
      health,
      log: (message) => moved.push(message),
      now: () => 42,
    });
    try {
      expect(existsSync(`${filename}.broken-42`)).toBe(true);
      expect(moved).toEqual([expect.stringContaining('moved to')]);
      const result = await probe(site(store, dir, health));
      expect(result).toMatchObject({ status: 200, answered: true, paused: false, health: 'ok' });
    } finally {
      await store.close();
    }
  });

  it('starts degraded when the database cannot be opened at all', async () => {
    const filename = join(dir, 'unmounted', 'personas.db');
    const store = await openSiteStore({ filename, health });
    const result = await probe(site(store, dir, health));
    expect(result).toMatchObject({ status: 200, answered: true, paused: true, health: 'degraded' });
    expect(result.reason).toBe('unavailable');
    expect(result.forgetStatus).toBe(503);
    expect(logs).toHaveLength(1);
  });

  it('starts over a read-only database file: chat answers, writes degrade', async () => {
    const filename = join(dir, 'personas.db');
    await (await createSqlitePersonaStore({ filename })).close();
    const store = await openSiteStore({
      filename,
      health,
      open: async (file) => createSqlitePersonaStore({ database: new Database(file, { readonly: true }) }),
    });
    const app = site(store, dir, health);
    const signals = await app.request('/api/signals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ signals: [{ kind: 'rating', at: Date.now(), rating: 'up', text: 'Good.' }] }),
    });
    expect(signals.status).toBe(503);
    const result = await probe(app);
    expect(result).toMatchObject({ status: 200, answered: true, paused: true, health: 'degraded' });
    expect(result.reason).toBe('read-only');
    expect(readdirSync(dir)).not.toContainEqual(expect.stringContaining('broken'));
  });

  it.each([
    ['read-only', (db: Database.Database) => db.pragma('query_only = ON')],
    [
      'full',
      (db: Database.Database) => {
        // A full disk: no new page, and no room left in the signal table's pages.
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
        const fill = db.prepare(
          "INSERT INTO attune_signals (user_id, at, kind, body, stored_at) VALUES ('filler', 0, 'user-text', ?, 0)",
        );
        for (const size of [4096, 512, 64, 8]) {
          try {
            for (let row = 0; row < 10_000; row++) fill.run('f'.repeat(size));
          } catch {
            // Full at this size; try smaller rows.
          }
        }
      },
    ],
    [
      'error',
      (db: Database.Database) => db.exec('DROP TABLE attune_personas; CREATE TABLE attune_personas (x)'),
    ],
  ])(
    'answers without personalization when the open database turns %s',
    async (reason, breakIt) => {
      const db = new Database(join(dir, 'personas.db'));
      const store = await createSqlitePersonaStore({ database: db });
      try {
        // A known visitor, so every chat writes.
        const app = site(store, dir, health);
        const first = await app.request('/api/signals', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            signals: [{ kind: 'rating', at: Date.now(), rating: 'up', text: 'Good.' }],
          }),
        });
        const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        breakIt(db);
        for (let index = 0; index < 3; index++) {
          const reply = await app.request('/api/chat', {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify(chat(`Question ${'?'.repeat(index + 1)} ${'long text '.repeat(5_000)}`)),
          });
          expect(reply.status).toBe(200);
          const text = await reply.text();
          expect(text).toContain('text-delta');
          expect(text).toContain('"personalization":"paused"');
        }
        const report = (await (await app.request('/api/health')).json()) as {
          status: string;
          store: { reason: string };
        };
        expect(report).toMatchObject({ status: 'degraded', store: { reason } });
        expect(logs).toHaveLength(1);
        // Forget-me still answers (deleting may even free the room a full store needs).
        const forget = await app.request('/api/persona', { method: 'DELETE', headers: { cookie } });
        expect(forget.status).not.toBe(500);
      } finally {
        await store.close();
        db.close();
      }
    },
    30_000,
  );

  it('answers without personalization while PostgreSQL is down', async () => {
    const server = await startTestPostgres();
    let stopped = false;
    const store = await createPostgresPersonaStore({
      connectionString: await server.createDatabase(`attune_down_${process.pid}`),
    });
    try {
      const app = site(store, dir, health);
      expect((await probe(app)).health).toBe('ok');
      await server.stop();
      stopped = true;
      const result = await probe(app);
      expect(result).toMatchObject({ status: 200, answered: true, paused: true, health: 'degraded' });
      expect(['unavailable', 'timeout']).toContain(result.reason);
      expect(result.forgetStatus).toBe(503);
    } finally {
      await store.close().catch(() => undefined);
      if (!stopped) await server.stop();
    }
  }, 60_000);
});
