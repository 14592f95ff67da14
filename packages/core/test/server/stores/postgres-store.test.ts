import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../../../test/support/postgres';
import {
  createPostgresPersonaStore,
  PERSONA_STORE_MIGRATIONS,
  PersonaStoreError,
} from '../../../src/server/stores';
import { describePersonaStoreContract, increment } from './persona-store-contract';

// Starts a throwaway PostgreSQL server (initdb + pg_ctl, as the `postgres` user when run as root);
// fails with instructions when the server binaries are missing. ATTUNE_TEST_POSTGRES_URL uses a running one.
let server: TestPostgres;
let databases = 0;
const freshDatabase = () => server.createDatabase(`attune_test_${process.pid}_${++databases}`);

beforeAll(async () => {
  server = await startTestPostgres();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describePersonaStoreContract('postgres', async () => {
  const connectionString = await freshDatabase();
  const direct = new pg.Pool({ connectionString, max: 2 });
  return {
    open: (options) => createPostgresPersonaStore({ ...options, connectionString }),
    shared: true,
    tables: {
      async count(userId) {
        const personas = await direct.query(
          'SELECT COUNT(*)::int AS n FROM attune_personas WHERE user_id = $1',
          [userId],
        );
        const signals = await direct.query(
          'SELECT COUNT(*)::int AS n FROM attune_signals WHERE user_id = $1',
          [userId],
        );
        return { personas: personas.rows[0].n, signals: signals.rows[0].n };
      },
      async signalBodies(userId) {
        const { rows } = await direct.query('SELECT body FROM attune_signals WHERE user_id = $1', [userId]);
        return rows.map((row) => row.body as string);
      },
      async personaCount() {
        const { rows } = await direct.query('SELECT COUNT(*)::int AS n FROM attune_personas');
        return rows[0].n as number;
      },
    },
    dispose: () => direct.end(),
  };
});

describe('postgres persona store', () => {
  it('migrates once when several instances start together, then shares one persona per user', async () => {
    const connectionString = await freshDatabase();
    const instances = await Promise.all(
      Array.from({ length: 4 }, () => createPostgresPersonaStore({ connectionString, poolSize: 5 })),
    );
    try {
      await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          instances[index % 4]?.update('shared-user', increment(`u${index}`)),
        ),
      );
      const states = await Promise.all(instances.map((instance) => instance.get('shared-user')));
      for (const state of states) expect(state).toEqual(states[0]);
      expect(states[0]?.state.count).toBe(100);
      expect(states[0]?.revision).toBe(100);
      const direct = new pg.Client({ connectionString });
      await direct.connect();
      const schema = await direct.query('SELECT version FROM attune_schema ORDER BY version');
      const personas = await direct.query(
        "SELECT COUNT(*)::int AS n FROM attune_personas WHERE user_id = 'shared-user'",
      );
      await direct.end();
      expect(schema.rows).toEqual(PERSONA_STORE_MIGRATIONS.map(({ version }) => ({ version })));
      expect(personas.rows[0].n).toBe(1);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  }, 60_000);

  it('uses a pool it is given and leaves it open', async () => {
    const pool = new pg.Pool({ connectionString: await freshDatabase(), max: 3 });
    const store = await createPostgresPersonaStore({ pool });
    await store.update('pooled', increment('a'));
    await store.close();
    const { rows } = await pool.query('SELECT revision FROM attune_personas WHERE user_id = $1', ['pooled']);
    expect(rows).toEqual([{ revision: 1 }]);
    await pool.end();
  });

  it('refuses a database with a newer schema version', async () => {
    const connectionString = await freshDatabase();
    await (await createPostgresPersonaStore({ connectionString })).close();
    const direct = new pg.Client({ connectionString });
    await direct.connect();
    await direct.query(
      "INSERT INTO attune_schema (version, description, applied_at) VALUES (99, 'future', 0)",
    );
    await direct.end();
    const error = await createPostgresPersonaStore({ connectionString }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(PersonaStoreError);
    expect((error as PersonaStoreError).code).toBe('unsupported-schema-version');
  });
});
