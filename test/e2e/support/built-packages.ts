/**
 * The packages' `dist` as `npm pack` ships it: built again when missing or older than the sources,
 * the manifest or the build configuration.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The workspace root. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The published packages, by folder under `packages/`. */
export const PACKAGES = ['core', 'ui'] as const;

/** The newest modification time under `path` (files only), in ms. */
function newest(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** True when a package's `dist` is missing or older than its sources, manifest or build configuration. */
function distIsStale(name: string): boolean {
  const root = join(repoRoot, 'packages', name);
  const built = statSync(join(root, 'dist', 'index.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const inputs = ['src', 'package.json', 'tsup.config.ts'].map((path) => newest(join(root, path)));
  return built < Math.max(...inputs);
}

/** Runs `npm run build` in the workspace when any package's `dist` is stale. */
export async function ensurePackagesBuilt(): Promise<void> {
  if (!PACKAGES.some(distIsStale)) return;
  await run('npm', ['run', 'build'], {
    cwd: repoRoot,
    timeout: 400_000,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, CI: '1' },
  });
}
