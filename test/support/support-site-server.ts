/**
 * Builds and starts the real example site the way a deployment's `npm start` does
 * (`npm run start -w @attune/support-site`: `vite build`, then the Hono server under tsx, with
 * `NODE_ENV=production` and a cookie key), on an ephemeral port with a temporary SQLite file, and
 * stops it again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A running support site. */
export interface RunningSupportSite {
  /** `http://localhost:<port>` as the server printed it. */
  url: string;
  /** The SQLite file holding personas and signals. */
  databaseFile: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Stops the server and deletes the temporary database. */
  stop(): Promise<void>;
}

/** Options of {@link startSupportSite}. */
export interface StartSupportSiteOptions {
  /** Extra environment variables (e.g. `OPENAI_BASE_URL`, `ATTUNE_OFFLINE_PACING_MS`). */
  env?: Record<string, string>;
  /** Skip `vite build` and only start the server (the API needs no build). */
  serverOnly?: boolean;
  /** How long to wait for the URL line, in ms. Default 240,000 (the build comes first). */
  timeoutMs?: number;
}

/** Builds (unless `serverOnly`) and starts the site; resolves once it prints its URL. */
export async function startSupportSite(options: StartSupportSiteOptions = {}): Promise<RunningSupportSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'attune-site-'));
  const databaseFile = join(dataDir, 'personas.db');
  const args = options.serverOnly
    ? ['run', 'serve', '-w', '@attune/support-site']
    : ['run', 'start', '-w', '@attune/support-site'];
  const child: ChildProcess = spawn('npm', args, {
    cwd: repoRoot,
    // As deployed: a production build (vitest's NODE_ENV=test would build React for development)
    // and a production server, which needs the cookie key.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ATTUNE_VISITOR_SECRET: randomBytes(32).toString('hex'),
      PORT: '0',
      HOST: '127.0.0.1',
      ATTUNE_DB: databaseFile,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The support site did not start in time. Output:\n${output}`)),
      options.timeoutMs ?? 240_000,
    );
    const check = () => {
      const match = /Attune support site: (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The support site exited with code ${code}. Output:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  return { url, databaseFile, output: () => output, stop };
}
