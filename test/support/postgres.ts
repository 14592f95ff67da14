/**
 * Starts a throwaway PostgreSQL server for tests and benchmarks: `initdb` into a temporary
 * directory, `pg_ctl start` on a free local port, and removal of everything on `stop()`. Running
 * as root, the server runs as the `postgres` OS user (PostgreSQL refuses to run as root).
 * Set ATTUNE_TEST_POSTGRES_URL to use an existing server instead.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running PostgreSQL server. */
export interface TestPostgres {
  /** `postgres://…` URL of a database the caller may create tables in. */
  connectionString: string;
  /** Creates an empty database on the server and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and deletes its data (no-op for ATTUNE_TEST_POSTGRES_URL). */
  stop(): Promise<void>;
}

const HOW_TO =
  'PostgreSQL server binaries were not found. Install them (Debian/Ubuntu: `apt-get install -y postgresql`, ' +
  'which `.ci/run` does), put the directory holding `initdb` and `pg_ctl` on PATH or in PG_BIN, ' +
  'or set ATTUNE_TEST_POSTGRES_URL=postgres://user@host:port/db to use a running server.';

function findBinaries(): string {
  const candidates = [process.env.PG_BIN, ...(process.env.PATH ?? '').split(':')];
  const versioned = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  for (const dir of [...candidates, ...versioned]) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  throw new Error(HOW_TO);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function postgresOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'Running as root, the test PostgreSQL server must run as the `postgres` OS user, which does not exist. ' +
        'Install the `postgresql` Debian package (it creates the user) or run the tests as a non-root user.',
    );
  }
}

async function createDatabaseAt(baseUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** How to run the throwaway server. */
export interface TestPostgresOptions {
  /** Keep fsync on (for benchmarks that should reflect durable commits). Default false: faster tests. */
  fsync?: boolean;
}

/** Starts (or, with ATTUNE_TEST_POSTGRES_URL, connects to) a PostgreSQL server for one test file. */
export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const external = process.env.ATTUNE_TEST_POSTGRES_URL;
  if (external) {
    return {
      connectionString: external,
      createDatabase: (name) => createDatabaseAt(external, name),
      stop: async () => undefined,
    };
  }
  const bin = findBinaries();
  const owner = await postgresOwner();
  const root = mkdtempSync(join(tmpdir(), 'attune-pg-'));
  const data = join(root, 'data');
  if (owner) chownSync(root, owner.uid, owner.gid);
  const asOwner = (command: string, args: string[]) =>
    owner
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), args);
  const port = await freePort();
  const log = join(root, 'server.log');
  try {
    await asOwner('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      ...(options.fsync ? [] : ['--no-sync']),
    ]);
    await asOwner('pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=${options.fsync ? 'on' : 'off'} -c max_connections=200`,
      'start',
    ]);
  } catch (error) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
    rmSync(root, { recursive: true, force: true });
    throw new Error(`Could not start a test PostgreSQL server in ${root}: ${String(error)}\n${serverLog}`);
  }
  const connectionString = `postgres://postgres@127.0.0.1:${port}/postgres`;
  // If the process ends without stop() (a crash, Ctrl-C), still take the server and its files down.
  const stopOnExit = () => {
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    try {
      if (owner)
        execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // already stopped
    }
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  return {
    connectionString,
    createDatabase: (name) => createDatabaseAt(connectionString, name),
    async stop() {
      process.off('exit', stopOnExit);
      await asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
