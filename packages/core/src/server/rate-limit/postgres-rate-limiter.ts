import type pg from 'pg';
import { loadOptionalPeer } from '../stores/load-optional-peer';
import type { RateLimiter } from './rate-limiter';
import { type BucketState, checkBucketSettings, takeToken } from './token-bucket';

/** Options of {@link createPostgresRateLimiter}. */
export type PostgresRateLimiterOptions = {
  /** The clock. Default `Date.now`. */
  now?: () => number;
  /**
   * Buckets untouched this long are deleted (a missing bucket counts as full), in ms. Must exceed
   * the time any bucket takes to refill. Default one hour.
   */
  idleMs?: number;
} & (
  | {
      /** A connection string; the limiter opens a pool of `poolSize` connections and closes it. */
      connectionString: string;
      /** Connections in the pool the limiter opens. Default 4. */
      poolSize?: number;
      pool?: never;
    }
  | {
      /** An existing pool; the caller keeps ownership and ends it. */
      pool: pg.Pool;
      connectionString?: never;
      poolSize?: never;
    }
);

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS attune_rate_limits (
  key TEXT PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  updated_at BIGINT NOT NULL
)`;
/** How many takes between two deletions of idle buckets. */
const PRUNE_EVERY = 1_000;

/**
 * Token buckets in PostgreSQL, shared by every app instance on the database: each take locks the
 * key's row (`SELECT … FOR UPDATE`) in a transaction, so instances never hand out more tokens than
 * a bucket holds. Creates its table `attune_rate_limits` when missing. Needs the optional peer `pg`.
 */
export async function createPostgresRateLimiter(options: PostgresRateLimiterOptions): Promise<RateLimiter> {
  const now = options.now ?? Date.now;
  const idleMs = options.idleMs ?? 60 * 60 * 1000;
  if (!(idleMs > 0)) throw new RangeError('idleMs must be a positive number of milliseconds.');
  const ownsPool = options.pool === undefined;
  let pool: pg.Pool;
  if (options.pool === undefined) {
    const { default: driver } = await loadOptionalPeer('pg', '8', () => import('pg'));
    pool = new driver.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 4,
      connectionTimeoutMillis: 5_000,
    });
    // A dropped idle connection (the server restarting) must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
  } else {
    pool = options.pool;
  }
  try {
    await pool.query(CREATE_TABLE);
  } catch (error) {
    if (ownsPool) await pool.end();
    throw error;
  }
  let takes = 0;

  return {
    async take(key, settings) {
      checkBucketSettings(settings);
      if (++takes % PRUNE_EVERY === 0) {
        await pool.query('DELETE FROM attune_rate_limits WHERE updated_at < $1', [now() - idleMs]);
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          'INSERT INTO attune_rate_limits (key, tokens, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
          [key, settings.capacity, now()],
        );
        const { rows } = await client.query<{ tokens: number; updated_at: string }>(
          'SELECT tokens, updated_at FROM attune_rate_limits WHERE key = $1 FOR UPDATE',
          [key],
        );
        const row = rows[0];
        const current: BucketState | undefined =
          row === undefined ? undefined : { tokens: row.tokens, updatedAt: Number(row.updated_at) };
        const { state, decision } = takeToken(current, settings, now());
        await client.query('UPDATE attune_rate_limits SET tokens = $2, updated_at = $3 WHERE key = $1', [
          key,
          state.tokens,
          state.updatedAt,
        ]);
        await client.query('COMMIT');
        return decision;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (ownsPool) await pool.end();
    },
  };
}
