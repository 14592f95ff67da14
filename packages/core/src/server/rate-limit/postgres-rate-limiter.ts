import { inTransaction, openPostgresPool, type PostgresConnection } from '../stores/open-postgres-pool';
import type { RateLimiter } from './rate-limiter';
import { type BucketState, checkBucketSettings, takeToken } from './token-bucket';

/** Options of {@link createPostgresRateLimiter} (a pool it opens has 4 connections by default). */
export type PostgresRateLimiterOptions = {
  /** The clock. Default `Date.now`. */
  now?: () => number;
  /**
   * Buckets untouched this long are deleted (a missing bucket counts as full), in ms. Must exceed
   * the time any bucket takes to refill. Default one hour.
   */
  idleMs?: number;
} & PostgresConnection;

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
  const { pool, ownsPool } = await openPostgresPool(options, 4, (opened) => opened.query(CREATE_TABLE));
  let takes = 0;

  return {
    async take(key, settings) {
      checkBucketSettings(settings);
      if (++takes % PRUNE_EVERY === 0) {
        await pool.query('DELETE FROM attune_rate_limits WHERE updated_at < $1', [now() - idleMs]);
      }
      return inTransaction(pool, async (client) => {
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
        return decision;
      });
    },
    async close() {
      if (ownsPool) await pool.end();
    },
  };
}
