/**
 * Loopback load and abuse benchmark of the help centre (its Hono app in this process, the offline
 * model answering at full speed, SQLite in a temporary file, the site's server timeouts):
 *
 * - `load`: 500 chats, 50 at a time, from 50 known visitors (each gave a rating, so every turn is
 *   recorded); the rate limit is off so the server itself is measured. Reports p50 / p99 latency
 *   of a whole streamed reply, throughput and the error rate.
 * - `abuse`: one client at full speed (8 at a time, no cookie, a 4 KB rating each) with the
 *   site's default rate limit and a store capped at 50 users: how many met 429 and how far the
 *   database grew.
 *
 *   npx tsx test/bench/load.ts [--chats 500] [--concurrency 50]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSqlitePersonaStore } from '@attune/core/server';
import Database from 'better-sqlite3';
import { chatBody, startInProcessSite } from '../support/in-process-site';

const rating = (text: string) => ({ kind: 'rating', at: Date.now(), rating: 'up', text });

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** Runs `count` tasks with at most `concurrency` in flight. */
async function pool(count: number, concurrency: number, task: (index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** The database file's size once the write-ahead log is folded in. */
function databaseBytes(filename: string): number {
  const db = new Database(filename);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(filename).size;
}

async function withSite<T>(
  options: { maxUsers?: number; rateLimit?: false },
  run: (base: string, filename: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-load-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Help</title>');
  const filename = join(dir, 'personas.db');
  const store = await createSqlitePersonaStore({
    filename,
    ...(options.maxUsers === undefined ? {} : { maxUsers: options.maxUsers }),
  });
  const site = await startInProcessSite(store, dir, options.rateLimit === false ? { rateLimit: false } : {});
  try {
    return await run(site.base, filename);
  } finally {
    await site.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 500 chats, 50 at a time, from 50 visitors who each rated a reply first. */
async function load(chats: number, concurrency: number) {
  return withSite({ rateLimit: false }, async (base, filename) => {
    const cookies: string[] = [];
    for (let visitor = 0; visitor < concurrency; visitor++) {
      const response = await fetch(`${base}/api/signals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ signals: [rating('Short and clear, thanks.')] }),
      });
      await response.arrayBuffer();
      cookies.push((response.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
    }
    // Warm up (the offline model's index, the detectors, the JIT) before measuring.
    for (let index = 0; index < 5; index++) {
      await (
        await fetch(`${base}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies[index] ?? '' },
          body: JSON.stringify(chatBody('Warm up', `w${index}`)),
        })
      ).text();
    }
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    await pool(chats, concurrency, async (index) => {
      const begin = performance.now();
      try {
        const response = await fetch(`${base}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: cookies[index % concurrency] ?? '' },
          body: JSON.stringify(chatBody(`How do I return a rug? (${index})`, `m${index}`)),
        });
        const text = await response.text();
        if (response.status !== 200 || !text.includes('"type":"finish"')) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - begin);
    });
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      case: 'load',
      chats,
      concurrency,
      p50Ms: Number(percentile(latencies, 0.5).toFixed(1)),
      p90Ms: Number(percentile(latencies, 0.9).toFixed(1)),
      p99Ms: Number(percentile(latencies, 0.99).toFixed(1)),
      chatsPerSecond: Number((chats / seconds).toFixed(1)),
      errorRate: errors / chats,
      databaseBytes: databaseBytes(filename),
    };
  });
}

/** One client at full speed against the default rate limit and a store capped at 50 users. */
async function abuse(requests = 400) {
  return withSite({ maxUsers: 50 }, async (base, filename) => {
    const before = databaseBytes(filename);
    const statuses: Record<string, number> = {};
    await pool(requests, 8, async (index) => {
      const response = await fetch(`${base}/api/signals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ signals: [rating(`${index} ${'z'.repeat(4000)}`)] }),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    });
    return {
      case: 'abuse',
      requests,
      ok: statuses[200] ?? 0,
      rateLimited: statuses[429] ?? 0,
      storeFull: statuses[507] ?? 0,
      serverErrors: Object.entries(statuses)
        .filter(([status]) => Number(status) >= 500 && status !== '507')
        .reduce((sum, [, count]) => sum + count, 0),
      databaseBytesBefore: before,
      databaseBytes: databaseBytes(filename),
    };
  });
}

/** `npm run bench` entry: the load row and the abuse row. */
export async function bench(options: { chats?: number; concurrency?: number } = {}) {
  return [await load(options.chats ?? 500, options.concurrency ?? 50), await abuse()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index < 0 ? undefined : Number(process.argv[index + 1]);
  };
  const rows = await bench({
    ...(arg('chats') === undefined ? {} : { chats: arg('chats') }),
    ...(arg('concurrency') === undefined ? {} : { concurrency: arg('concurrency') }),
  });
  console.table(rows);
}
