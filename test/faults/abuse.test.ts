import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryRateLimiter, createSqlitePersonaStore, type PersonaStore } from '@attune/core/server';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVER_TIMEOUTS } from '../../examples/support-site/server/server-timeouts';
import { chatBody, startInProcessSite } from '../support/in-process-site';

const MAX_USERS = 50;

describe('a hostile client on loopback', () => {
  let dir: string;
  let filename: string;
  let store: PersonaStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-abuse-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Help</title>');
    filename = join(dir, 'personas.db');
    store = await createSqlitePersonaStore({ filename, maxUsers: MAX_USERS });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('meets 429 at full speed, and the database stays under its cap', async () => {
    // The buckets' clock stands still: on a loaded machine the 400 requests take long enough
    // (a minute) for the 2-a-second refill to let a hundred more through.
    const site = await startInProcessSite(store, dir, {
      rateLimit: { limiter: createMemoryRateLimiter({ now: () => 0 }) },
    });
    const before = statSync(filename).size;
    const statuses = new Map<number, number>();
    try {
      // 400 requests, 8 at a time, no cookie (a new visitor each time), each with a learning signal.
      let next = 0;
      const worker = async () => {
        while (next < 400) {
          const index = next++;
          const response = await fetch(`${site.base}/api/${index % 2 === 0 ? 'chat' : 'signals'}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(
              index % 2 === 0
                ? chatBody('x'.repeat(4000), `m${index}`, [
                    { kind: 'rating', at: Date.now(), rating: 'up', text: 'y'.repeat(4000) },
                  ])
                : { signals: [{ kind: 'rating', at: Date.now(), rating: 'down', text: 'z'.repeat(4000) }] },
            ),
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
    } finally {
      await site.close();
    }
    const db = new Database(filename);
    const personas = (db.prepare('SELECT COUNT(*) AS n FROM attune_personas').get() as { n: number }).n;
    // The data, not the write-ahead log (which SQLite reuses): fold the log into the file first.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const after = statSync(filename).size;
    // The address bucket (120 at once) refuses the other 280.
    expect(statuses.get(429) ?? 0).toBe(280);
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(personas).toBeLessThanOrEqual(MAX_USERS);
    // MAX_USERS personas with one ~4 KB signal each, well under a megabyte plus the empty file.
    expect(after - before).toBeLessThan(2 * 1024 * 1024);
  }, 120_000);

  it('closes a connection whose body trickles in slower than the request timeout', async () => {
    const site = await startInProcessSite(store, dir, {
      serverOptions: {
        ...SERVER_TIMEOUTS,
        requestTimeout: 1_000,
        headersTimeout: 1_000,
        connectionsCheckingInterval: 100,
      },
    });
    try {
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(site.port, '127.0.0.1');
        let received = '';
        socket.on('data', (data) => {
          received += data.toString();
        });
        socket.on('close', () => resolve(received));
        socket.on('error', () => undefined);
        socket.write(
          'POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
        );
        const timer = setInterval(() => {
          if (socket.destroyed) clearInterval(timer);
          else socket.write(' ');
        }, 100);
        socket.on('close', () => clearInterval(timer));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(SERVER_TIMEOUTS.requestTimeout).toBeLessThanOrEqual(30_000);
    } finally {
      await site.close();
    }
  }, 30_000);
});
