import type pg from 'pg';
import { loadOptionalPeer } from './load-optional-peer';

/** Where a PostgreSQL-backed part gets its connections: its own pool, or the caller's. */
export type PostgresConnection =
  | {
      /** A connection string; a pool of `poolSize` connections is opened (and closed with the part). */
      connectionString: string;
      /** Connections in the pool that is opened. */
      poolSize?: number;
      pool?: never;
    }
  | {
      /** An existing pool; the caller keeps ownership and ends it. */
      pool: pg.Pool;
      connectionString?: never;
      poolSize?: never;
    };

/**
 * Opens the pool of a PostgreSQL-backed part (or takes the caller's), then runs `prepare` on it
 * (migrations, a `CREATE TABLE`), ending an opened pool when that fails. An opened pool gives up
 * connecting after 5 s and survives a dropped idle connection (a restarting server): the next
 * query reports it instead of the process crashing.
 */
export async function openPostgresPool(
  connection: PostgresConnection,
  defaultPoolSize: number,
  prepare: (pool: pg.Pool) => Promise<unknown>,
): Promise<{ pool: pg.Pool; ownsPool: boolean }> {
  if (connection.pool !== undefined) {
    await prepare(connection.pool);
    return { pool: connection.pool, ownsPool: false };
  }
  const { default: driver } = await loadOptionalPeer(
    'pg',
    '8',
    // Left to Node at run time, so an app's bundler (Next.js, webpack) needs the driver only when used.
    () => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'pg'),
  );
  const pool = new driver.Pool({
    connectionString: connection.connectionString,
    max: connection.poolSize ?? defaultPoolSize,
    connectionTimeoutMillis: 5_000,
  });
  pool.on('error', () => undefined);
  try {
    await prepare(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { pool, ownsPool: true };
}

/** Runs `work` in a transaction on one pooled connection: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
