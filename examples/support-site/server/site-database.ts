import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  createMemoryRateLimiter,
  createPostgresPersonaStore,
  createPostgresRateLimiter,
  createSqlitePersonaStore,
  type PersonaStore,
  type RateLimiter,
  type StoreHealth,
} from '@attune/core/server';
import { daysToMs, SITE_RETENTION_DAYS } from '../src/data-retention';
import { openSiteStore } from './open-site-store';

/** The store options of the site's retention: signals kept 90 days, preferences a year after the last visit. */
export const SITE_STORE_RETENTION = {
  retention: { maxAgeMs: daysToMs(SITE_RETENTION_DAYS.signals) },
  personaRetentionMs: daysToMs(SITE_RETENTION_DAYS.preferences),
};

/** The environment variable naming a PostgreSQL database shared by every instance of the site. */
export const DATABASE_URL_ENV = 'ATTUNE_DATABASE_URL';

/** Where the site keeps personas and rate-limit buckets. */
export interface SiteDatabase {
  store: PersonaStore;
  /** The rate-limit buckets: in the shared database, or (SQLite) in this process's memory. */
  limiter: RateLimiter;
  /** Where, for the start-up line (no password). */
  description: string;
}

/** Options of {@link openSiteDatabase}. */
export interface SiteDatabaseOptions {
  /** The SQLite file when neither `ATTUNE_DATABASE_URL` nor `ATTUNE_DB` is set. */
  defaultFile: string;
  /** Told when the store cannot be opened, so `/api/health` reports it. */
  health: StoreHealth;
  /** Receives one line per problem. Default `console.error`. */
  log?: (message: string) => void;
}

/**
 * A rate limiter that falls back to `fallback` (this process's buckets) while `primary` (the
 * shared database) fails, so a database outage slows nobody down to an error page.
 */
function withFallback(
  primary: RateLimiter,
  fallback: RateLimiter,
  log: (message: string) => void,
): RateLimiter {
  let failing = false;
  return {
    async take(key, settings) {
      try {
        const decision = await primary.take(key, settings);
        failing = false;
        return decision;
      } catch (error) {
        if (!failing) log(`Rate limits fall back to this instance's memory: ${(error as Error).message}`);
        failing = true;
        return fallback.take(key, settings);
      }
    },
    close: async () => {
      await Promise.all([primary.close(), fallback.close()]);
    },
  };
}

/**
 * Opens the site's database from the environment: with `ATTUNE_DATABASE_URL`
 * (`postgres://user:password@host:5432/db`) personas, the population prior and rate-limit buckets
 * live in PostgreSQL, shared by every instance of the site; otherwise personas live in the SQLite
 * file `ATTUNE_DB` (several processes on one host may share it) and buckets in each process's
 * memory. A database that cannot be reached leaves the site running degraded (see `openSiteStore`).
 * @throws Error when `ATTUNE_DATABASE_URL` is not a `postgres://` or `postgresql://` URL.
 */
export async function openSiteDatabase(
  env: Record<string, string | undefined>,
  options: SiteDatabaseOptions,
): Promise<SiteDatabase> {
  const log = options.log ?? ((message: string) => console.error(message));
  const url = env[DATABASE_URL_ENV]?.trim();
  if (!url) {
    const filename = resolve(env.ATTUNE_DB ?? options.defaultFile);
    mkdirSync(dirname(filename), { recursive: true });
    const store = await openSiteStore({
      filename,
      health: options.health,
      log,
      open: (file) => createSqlitePersonaStore({ filename: file, ...SITE_STORE_RETENTION }),
    });
    return { store, limiter: createMemoryRateLimiter(), description: filename };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${DATABASE_URL_ENV} is not a URL.`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`${DATABASE_URL_ENV} must be a postgres:// URL, got "${parsed.protocol}".`);
  }
  parsed.password = parsed.password ? '***' : '';
  const description = `PostgreSQL at ${parsed.host}${parsed.pathname}`;
  const store = await openSiteStore({
    filename: description,
    health: options.health,
    log,
    open: () => createPostgresPersonaStore({ connectionString: url, ...SITE_STORE_RETENTION }),
  });
  const memory = createMemoryRateLimiter();
  const limiter = await createPostgresRateLimiter({ connectionString: url }).then(
    (shared) => withFallback(shared, memory, log),
    (error: unknown) => {
      log(`Rate limits stay in this instance's memory: ${(error as Error).message}`);
      return memory;
    },
  );
  return { store, limiter, description };
}
