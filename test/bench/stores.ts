/**
 * Persona store scale benchmark: loads 100,000 users into each driver, then measures atomic
 * read-update-write throughput, p50/p99 latency and stored bytes per user (persona rows only;
 * stored signal texts are excluded). States are real persona-engine snapshots.
 *
 *   npx tsx test/bench/stores.ts [--users 100000] [--updates 50000] [--drivers memory,sqlite,postgres] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPersona, type PersonaState, type Signal } from '@attune/core';
import { detectAttributes } from '@attune/core/detectors';
import {
  createMemoryPersonaStore,
  createPostgresPersonaStore,
  createSqlitePersonaStore,
  type PersonaStateJson,
  type PersonaStore,
} from '@attune/core/server';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startTestPostgres } from '../support/postgres';

type Driver = 'memory' | 'sqlite' | 'postgres';

/** One benchmark result row. */
export interface StoresBenchRow extends Record<string, string | number> {
  bench: 'stores';
  driver: Driver;
  users: number;
  updates: number;
  /** Update calls in flight at once. */
  concurrency: number;
  loadPerSecond: number;
  updatesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of this Node process per update (excludes the PostgreSQL server's own work). */
  cpuUsPerUpdate: number;
  /** Mean serialized persona state, in bytes. */
  stateBytes: number;
  /** Storage used by the persona table (rows, indexes, page overhead) per user. */
  bytesPerUser: number;
  /** "pass" when the embedded store meets ≥ 5,000 updates/s and every driver ≤ 2,048 B/user. */
  targets: string;
  note: string;
}

/** Benchmark size and drivers. */
export interface StoresBenchOptions {
  users?: number;
  updates?: number;
  drivers?: readonly Driver[];
}

const REPLIES = [
  ['Go to Settings, then Security, then Reset password.', { detail: -0.8, warmth: -0.3, structure: -0.4 }],
  [
    'Great question! Resetting a password can feel daunting, so here is every step:\n- open Settings\n- choose Security\n- press Reset',
    { detail: 0.9, warmth: 0.8, structure: 0.9 },
  ],
  ['Per policy, credentials are rotated via the security console.', { formality: 0.9, expertise: 0.8 }],
  ['Ha, passwords. Click reset and pick something better than "hunter2".', { humour: 0.9, formality: -0.8 }],
] as const;
const USER_TEXTS = [
  'thanks!! could you explain it simply, I am new to this',
  'Give me the short technical answer.',
  'lol that was great, more jokes please',
  'Please be formal and precise.',
  "I'm really stressed about this, my account got locked",
];

/** Real persona snapshots: varied mixes of comparisons, ratings, user texts and explicit settings. */
function personaStates(count: number): PersonaStateJson[] {
  const states: PersonaStateJson[] = [];
  let at = Date.now();
  for (let index = 0; index < count; index++) {
    const persona = createPersona({ detect: detectAttributes });
    const signals = 5 + ((index * 37) % 120);
    for (let step = 0; step < signals; step++) {
      const [chosen, rejected] = [REPLIES[(index + step) % 4], REPLIES[(index + step * 3 + 1) % 4]];
      const kind = (index + step) % 4;
      const signal: Signal =
        kind === 0
          ? { kind: 'user-text', at: at++, text: USER_TEXTS[(index + step) % USER_TEXTS.length] ?? '' }
          : kind === 1 && chosen && rejected && chosen !== rejected
            ? {
                kind: 'comparison',
                at: at++,
                prompt: 'How do I reset my password?',
                chosen: chosen[0],
                rejected: rejected[0],
                chosenStyle: chosen[1],
                rejectedStyle: rejected[1],
              }
            : {
                kind: 'rating',
                at: at++,
                text: chosen?.[0] ?? '',
                rating: step % 3 ? 'up' : 'down',
                style: chosen?.[1],
              };
      persona.observe(signal);
    }
    for (let pin = 0; pin < index % 4; pin++) {
      persona.set(persona.directions()[(index * 7 + pin * 13) % 90]?.id ?? '', (pin + 1) / 5, {
        pinned: pin % 2 === 0,
      });
    }
    states.push(persona.toJSON() as PersonaState as unknown as PersonaStateJson);
  }
  return states;
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/** Runs `total` calls of `operation`, at most `concurrency` at once; returns per-call latencies (ms). */
async function timed(total: number, concurrency: number, operation: (index: number) => Promise<unknown>) {
  const latencies = new Float64Array(total);
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < total; index = next++) {
        const t0 = performance.now();
        await operation(index);
        latencies[index] = performance.now() - t0;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  latencies.sort();
  return {
    perSecond: total / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    cpuMicros: (user + system) / total,
  };
}

interface DriverSetup {
  store: PersonaStore;
  concurrency: number;
  bytes(): Promise<number>;
  note: string;
  dispose(): Promise<void>;
}

async function setUp(driver: Driver, users: number): Promise<DriverSetup> {
  if (driver === 'memory') {
    const store = createMemoryPersonaStore();
    return {
      store,
      concurrency: 1,
      // JSON payload (user id + state) only: V8 object overhead is not measurable per entry.
      bytes: async () => {
        let total = 0;
        for (let index = 0; index < users; index++)
          total += JSON.stringify((await store.get(`user-${index}`))?.state).length + 12;
        return total;
      },
      note: 'payload bytes (state JSON + id), V8 overhead not counted',
      dispose: () => store.close(),
    };
  }
  if (driver === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'attune-bench-'));
    const filename = join(dir, 'personas.db');
    const store = await createSqlitePersonaStore({ filename });
    return {
      store,
      concurrency: 1,
      bytes: async () => {
        const db = new Database(filename);
        db.pragma('wal_checkpoint(TRUNCATE)');
        const row = db
          .prepare(
            "SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name IN ('attune_personas', 'sqlite_autoindex_attune_personas_1')",
          )
          .get() as { bytes: number };
        db.close();
        return row.bytes;
      },
      note: 'WAL, synchronous=NORMAL, 16 KiB pages, 64 MiB cache, one connection; size = table + key index',
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = await startTestPostgres({ fsync: true });
  const connectionString = await server.createDatabase('attune_bench');
  const store = await createPostgresPersonaStore({ connectionString, poolSize: 16 });
  return {
    store,
    concurrency: 32,
    bytes: async () => {
      const client = new pg.Client({ connectionString });
      await client.connect();
      const { rows } = await client.query(
        "SELECT pg_total_relation_size('attune_personas')::bigint AS bytes",
      );
      await client.end();
      return Number(rows[0].bytes);
    },
    note: 'local server, fsync on, pool of 16, 32 calls in flight; size = heap + TOAST + index',
    async dispose() {
      await store.close();
      await server.stop();
    },
  };
}

async function benchDriver(driver: Driver, users: number, updates: number, states: PersonaStateJson[]) {
  const setup = await setUp(driver, users);
  try {
    const { store, concurrency } = setup;
    const load = await timed(users, concurrency, (index) =>
      store.update(`user-${index}`, () => ({ state: states[index % states.length] as PersonaStateJson })),
    );
    const bytes = await setup.bytes();
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const run = await timed(updates, concurrency, (index) =>
      store.update(`user-${Math.floor(random() * users)}`, (current) => ({
        state: {
          ...(states[index % states.length] as PersonaStateJson),
          signals: Number(current?.state.signals ?? 0) + 1,
        },
      })),
    );
    const stateBytes = states.reduce((sum, state) => sum + JSON.stringify(state).length, 0) / states.length;
    const bytesPerUser = bytes / users;
    const meets = bytesPerUser <= 2048 && (driver !== 'sqlite' || run.perSecond >= 5000);
    const row: StoresBenchRow = {
      bench: 'stores',
      driver,
      users,
      updates,
      concurrency,
      loadPerSecond: Math.round(load.perSecond),
      updatesPerSecond: Math.round(run.perSecond),
      p50Ms: Number(run.p50.toFixed(3)),
      p99Ms: Number(run.p99.toFixed(3)),
      cpuUsPerUpdate: Math.round(run.cpuMicros),
      stateBytes: Math.round(stateBytes),
      bytesPerUser: Math.round(bytesPerUser),
      targets: meets ? 'pass' : 'FAIL',
      note: setup.note,
    };
    return row;
  } finally {
    await setup.dispose();
  }
}

/** Rows for `npm run bench`: one per driver (PostgreSQL is skipped with a note when it cannot start). */
export async function bench(options: StoresBenchOptions = {}): Promise<StoresBenchRow[]> {
  const users = options.users ?? 100_000;
  const updates = options.updates ?? 50_000;
  const states = personaStates(64);
  const rows: StoresBenchRow[] = [];
  for (const driver of options.drivers ?? (['memory', 'sqlite', 'postgres'] as const)) {
    try {
      rows.push(await benchDriver(driver, users, updates, states));
    } catch (error) {
      if (driver !== 'postgres') throw error;
      rows.push({
        bench: 'stores',
        driver,
        users,
        updates,
        concurrency: 0,
        loadPerSecond: 0,
        updatesPerSecond: 0,
        p50Ms: 0,
        p99Ms: 0,
        cpuUsPerUpdate: 0,
        stateBytes: 0,
        bytesPerUser: 0,
        targets: 'skipped',
        note: `PostgreSQL unavailable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      });
    }
  }
  return rows;
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const drivers = option('--drivers')?.split(',') as Driver[] | undefined;
  for (const driver of drivers ?? []) {
    if (!['memory', 'sqlite', 'postgres'].includes(driver))
      throw new Error(`--drivers takes memory,sqlite,postgres`);
  }
  const rows = await bench({
    users: option('--users') ? Number(option('--users')) : undefined,
    updates: option('--updates') ? Number(option('--updates')) : undefined,
    drivers,
  });
  if (argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.table(rows.map(({ bench: _, note: __, ...row }) => row));
  if (!argv.includes('--json')) for (const row of rows) console.log(`${row.driver}: ${row.note}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
