import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './test/support/chromium';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build. */
export const workspaceAliases = [
  { find: /^@attune\/core\/alignment$/, replacement: source('./packages/core/src/alignment/index.ts') },
  { find: /^@attune\/core\/react$/, replacement: source('./packages/core/src/react/index.ts') },
  { find: /^@attune\/core\/server$/, replacement: source('./packages/core/src/server/index.ts') },
  { find: /^@attune\/core\/offline$/, replacement: source('./packages/core/src/offline/index.ts') },
  { find: /^@attune\/core\/detectors$/, replacement: source('./packages/core/src/detectors/index.ts') },
  { find: /^@attune\/core$/, replacement: source('./packages/core/src/index.ts') },
  { find: /^@attune\/ui$/, replacement: source('./packages/ui/src/index.ts') },
];

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/browser/**', '**/node_modules/**'],
          setupFiles: [source('./test/support/preload-detectors.ts')],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['packages/*/test/**/*.test.tsx', 'examples/*/test/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/browser/**', '**/node_modules/**'],
          setupFiles: [source('./test/support/preload-detectors.ts')],
        },
      },
      {
        // Node tests that build a page with esbuild and drive the system Chromium via playwright-core.
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The example site built and served for real, driven in headless Chromium (test/e2e).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Every story renders in headless Chromium: its play function and an axe check must pass.
        extends: true,
        plugins: [storybookTest({ configDir: source('./.storybook') })],
        test: {
          name: 'storybook',
          // The first story of a file waits for Vite to transform the kit and the offline model.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath,
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
