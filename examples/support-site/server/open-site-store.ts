import { existsSync, renameSync } from 'node:fs';
import {
  classifyStoreFailure,
  createSqlitePersonaStore,
  type PersonaStore,
  type StoreHealth,
} from '@attune/core/server';
import { createUnavailableStore } from './unavailable-store';

/** Options of {@link openSiteStore}. */
export interface OpenSiteStoreOptions {
  /** The SQLite database file. */
  filename: string;
  /** Told when the store cannot be opened, so `/api/health` reports it. */
  health: StoreHealth;
  /** Opens the store. Default: `createSqlitePersonaStore({ filename })`. */
  open?: (filename: string) => Promise<PersonaStore>;
  /** Receives one line per problem. Default `console.error`. */
  log?: (message: string) => void;
  /** The clock, for the name of a moved-aside file. Default `Date.now`. */
  now?: () => number;
}

/**
 * Opens the site's persona store so that a broken database never keeps the help centre down: a
 * file that is not a database (or is corrupt) is moved aside to `<file>.broken-<time>` (with its
 * `-wal` and `-shm`) and a fresh one is started; any other failure (read-only, disk full, a
 * second failure) leaves the site running degraded, reported by `health`.
 */
export async function openSiteStore(options: OpenSiteStoreOptions): Promise<PersonaStore> {
  const open = options.open ?? ((filename: string) => createSqlitePersonaStore({ filename }));
  const log = options.log ?? ((message: string) => console.error(message));
  const { filename } = options;
  try {
    return await open(filename);
  } catch (error) {
    if (classifyStoreFailure(error) === 'corrupt') {
      const aside = `${filename}.broken-${(options.now ?? Date.now)()}`;
      try {
        for (const suffix of ['', '-wal', '-shm']) {
          if (existsSync(filename + suffix)) renameSync(filename + suffix, aside + suffix);
        }
        log(
          `The persona database ${filename} could not be read; it was moved to ${aside} and a new one started.`,
        );
        return await open(filename);
      } catch (retryError) {
        return degraded(retryError);
      }
    }
    return degraded(error);
  }

  function degraded(error: unknown): PersonaStore {
    // `health` logs it once.
    options.health.fail(error);
    return createUnavailableStore(error);
  }
}
