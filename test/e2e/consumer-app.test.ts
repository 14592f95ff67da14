/**
 * The packages as a customer gets them: `npm pack` both (building first when `dist` is stale,
 * `support/built-packages.ts`), install the tarballs into a fresh Vite + React app in a temporary
 * directory outside the workspace, on another `ai` 7.x patch than the workspace's, from the npm
 * cache only (`--offline`, no network), then type-check, build, serve and chat in Chromium.
 *
 * The npm cache must hold the app's dependencies; the workspace's own install fills most of it.
 * When a package is missing the test is skipped with the command that fills the cache.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/support/launch-chromium';
import { ensurePackagesBuilt, repoRoot } from './support/built-packages';
import { CONSUMER_AI_VERSION, CONSUMER_APP_FILES, consumerPackageJson } from './support/consumer-app';

const run = promisify(execFile);

/** The shape of `npm ls --json`. */
interface NpmTree {
  version?: string;
  dependencies?: Record<string, NpmTree>;
}

async function npm(args: string[], cwd: string, timeout = 240_000) {
  return run('npm', args, { cwd, timeout, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CI: '1' } });
}

function startServer(cwd: string): Promise<{ process: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['server.mjs'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The app server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ process: child, url: `http://127.0.0.1:${port}` });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The app server exited (${code}):\n${output}`)));
  });
}

describe('a fresh Vite + React app on the packed packages', () => {
  let dir = '';
  let missing = '';
  let server: ChildProcess | undefined;
  let url = '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    await ensurePackagesBuilt();
    dir = mkdtempSync(join(tmpdir(), 'attune-consumer-'));
    const packs = join(dir, 'packs');
    const app = join(dir, 'app');
    mkdirSync(packs);
    mkdirSync(app);
    const { stdout } = await npm(
      ['pack', '--json', '--pack-destination', packs, '-w', '@attune/core', '-w', '@attune/ui'],
      repoRoot,
    );
    const [core, ui] = (JSON.parse(stdout) as Array<{ filename: string }>).map((pack) =>
      join(packs, pack.filename),
    );
    writeFileSync(join(app, 'package.json'), consumerPackageJson({ core: core ?? '', ui: ui ?? '' }));
    for (const [path, content] of Object.entries(CONSUMER_APP_FILES)) {
      mkdirSync(dirname(join(app, path)), { recursive: true });
      writeFileSync(join(app, path), content);
    }
    try {
      await npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
    } catch (error) {
      const text = String((error as { stderr?: string }).stderr ?? error);
      if (!/ENOTCACHED|ETARGET|eresolve|Found: [^\n]*@undefined/i.test(text)) throw error;
      missing = text.split('\n').slice(0, 8).join('\n');
      return;
    }
    await npm(['exec', '--offline', '--', 'tsc', '-p', 'tsconfig.json'], app);
    await npm(['exec', '--offline', '--', 'vite', 'build'], app);
    await npm(
      ['exec', '--offline', '--', 'vite', 'build', '--ssr', 'src/chat-handler.ts', '--outDir', 'dist-server'],
      app,
    );
    ({ process: server, url } = await startServer(app));
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs one copy of the AI SDK, the app’s own patch, loadable from CJS and ESM', async (context) => {
    if (missing) {
      context.skip(
        `The npm cache lacks the consumer app's packages; fill it once with \`npm install --prefer-offline\` in a copy of the app (test/e2e/support/consumer-app.ts):\n${missing}`,
      );
    }
    const app = join(dir, 'app');
    const workspaceAi = JSON.parse(readFileSync(join(repoRoot, 'node_modules/ai/package.json'), 'utf8')) as {
      version: string;
    };
    expect(workspaceAi.version).not.toBe(CONSUMER_AI_VERSION);
    const { stdout } = await npm(['ls', '--all', '--json'], app);
    const versions = new Map<string, Set<string>>();
    const walk = (node: NpmTree) => {
      for (const [name, child] of Object.entries(node.dependencies ?? {})) {
        if (child.version) versions.set(name, (versions.get(name) ?? new Set()).add(child.version));
        walk(child);
      }
    };
    walk(JSON.parse(stdout) as NpmTree);
    expect([...(versions.get('ai') ?? [])]).toEqual([CONSUMER_AI_VERSION]);
    expect(versions.get('@ai-sdk/provider')?.size).toBe(1);
    expect(versions.get('@ai-sdk/provider-utils')?.size).toBe(1);
    expect(versions.get('react')?.size).toBe(1);
    const loads = await run(
      process.execPath,
      [
        '-e',
        "const cjs = require('@attune/core/server'); import('@attune/core/server').then((esm) => console.log(typeof cjs.createChatHandler, typeof esm.createChatHandler))",
      ],
      { cwd: app },
    );
    expect(loads.stdout.trim()).toBe('function function');
  });

  it('type-checks, builds, and answers a question in Chromium', async (context) => {
    if (missing) context.skip('The npm cache lacks the consumer app’s packages (see above).');
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('How do I return an item?');
    await box.press('Enter');
    const reply = page.locator('.attune-message[data-role="assistant"]', { hasText: '30 days' });
    await reply
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        throw new Error(
          `No reply about returns; the page shows:\n${await page.locator('body').innerText()}`,
          {
            cause: error,
          },
        );
      });
    expect(errors).toEqual([]);
    const resume = await fetch(`${url}/api/chat/nothing-streaming/stream`);
    expect(resume.status).toBe(204);
  });
});
