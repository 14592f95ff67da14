import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlitePersonaStore, PersonaStoreError } from '../../../src/server/stores';
import { describePersonaStoreContract, increment } from './persona-store-contract';

function temporaryFile(): { filename: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'attune-sqlite-'));
  return { filename: join(dir, 'personas.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describePersonaStoreContract('sqlite', async () => {
  const { filename, remove } = temporaryFile();
  const reader = { db: null as Database.Database | null };
  return {
    open: (options) => createSqlitePersonaStore({ ...options, filename }),
    shared: true,
    tables: {
      async count(userId) {
        reader.db ??= new Database(filename, { readonly: true });
        const personas = reader.db
          .prepare('SELECT COUNT(*) AS n FROM attune_personas WHERE user_id = ?')
          .get(userId);
        const signals = reader.db
          .prepare('SELECT COUNT(*) AS n FROM attune_signals WHERE user_id = ?')
          .get(userId);
        return { personas: (personas as { n: number }).n, signals: (signals as { n: number }).n };
      },
      async signalBodies(userId) {
        reader.db ??= new Database(filename, { readonly: true });
        const rows = reader.db.prepare('SELECT body FROM attune_signals WHERE user_id = ?').all(userId);
        return rows.map((row) => (row as { body: string }).body);
      },
      async personaCount() {
        reader.db ??= new Database(filename, { readonly: true });
        return (reader.db.prepare('SELECT COUNT(*) AS n FROM attune_personas').get() as { n: number }).n;
      },
    },
    async dispose() {
      reader.db?.close();
      remove();
    },
  };
});

describe('sqlite persona store', () => {
  let file: ReturnType<typeof temporaryFile>;
  beforeAll(() => {
    file = temporaryFile();
  });
  afterAll(() => file.remove());

  it('loses no update when worker threads with their own connections race the main thread', async () => {
    const userId = 'contended-user';
    const main = await createSqlitePersonaStore({ filename: file.filename });
    const workers = 4;
    const writesPerWorker = 25;
    const barrier = new SharedArrayBuffer(4);
    const finished = Array.from({ length: workers }, (_, index) => {
      const worker = new Worker(new URL('./sqlite-writer.worker.mjs', import.meta.url), {
        workerData: {
          filename: file.filename,
          userId,
          writes: writesPerWorker,
          name: `worker${index}`,
          barrier,
          parties: workers,
        },
      });
      return new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
        worker.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
        );
      });
    });
    const mainWrites = Promise.all(
      Array.from({ length: 100 }, (_, index) => main.update(userId, increment(`main-${index}`))),
    );
    await Promise.all([...finished, mainWrites]);
    const state = (await main.get(userId))?.state;
    const total = workers * writesPerWorker + 100;
    expect(state?.count).toBe(total);
    expect(new Set(state?.seen as string[]).size).toBe(total);
    expect((await main.get(userId))?.revision).toBe(total);
    await main.close();
  }, 60_000);

  it('keeps personas across reopening the file', async () => {
    const first = await createSqlitePersonaStore({ filename: file.filename });
    await first.update('kept', increment('a'));
    await first.close();
    const second = await createSqlitePersonaStore({ filename: file.filename });
    expect((await second.get('kept'))?.state).toEqual({ version: 1, count: 1, seen: ['a'] });
    await second.close();
  });

  it('uses WAL and leaves a database it was given open', async () => {
    const db = new Database(file.filename);
    const store = await createSqlitePersonaStore({ database: db });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('page_size', { simple: true })).toBe(16_384);
    await store.close();
    expect(db.open).toBe(true);
    db.close();
  });

  it('reads a prior saved before formats existed as format 1, and refuses an unknown format', async () => {
    const old = temporaryFile();
    try {
      const store = await createSqlitePersonaStore({ filename: old.filename });
      const db = new Database(old.filename);
      const insert = db.prepare(
        'INSERT INTO attune_priors (version, fitted_at, users, types, body) VALUES (?, ?, ?, ?, ?)',
      );
      // The body as the first population job wrote it: the bare prior.
      const bare = { mean: { humor: 0.5 }, types: [{ weight: 1, shift: { humor: 1 } }] };
      insert.run(1, 1_000, 60, 1, JSON.stringify(bare));
      expect(await store.currentPrior()).toEqual({
        format: 1,
        version: 1,
        fittedAt: 1_000,
        users: 60,
        types: 1,
        prior: bare,
      });
      insert.run(2, 2_000, 60, 1, JSON.stringify({ format: 3, prior: bare }));
      await expect(store.currentPrior()).rejects.toMatchObject({ code: 'unsupported-prior-format' });
      db.close();
      await store.close();
    } finally {
      old.remove();
    }
  });

  it('refuses a database with a newer schema version and leaves it untouched', async () => {
    const newer = temporaryFile();
    try {
      const store = await createSqlitePersonaStore({ filename: newer.filename });
      await store.update('someone', increment('a'));
      await store.close();
      const db = new Database(newer.filename);
      db.prepare(
        "INSERT INTO attune_schema (version, description, applied_at) VALUES (99, 'future', 0)",
      ).run();
      db.close();
      const error = await createSqlitePersonaStore({ filename: newer.filename }).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(PersonaStoreError);
      expect((error as PersonaStoreError).code).toBe('unsupported-schema-version');
      const check = new Database(newer.filename, { readonly: true });
      expect(check.prepare('SELECT COUNT(*) AS n FROM attune_personas').get()).toEqual({ n: 1 });
      check.close();
    } finally {
      newer.remove();
    }
  });
});
