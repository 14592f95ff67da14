import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build. */
export const workspaceAliases = [
  { find: /^@attune\/core\/react$/, replacement: source('./packages/core/src/react/index.ts') },
  { find: /^@attune\/core\/server$/, replacement: source('./packages/core/src/server/index.ts') },
  { find: /^@attune\/core\/offline$/, replacement: source('./packages/core/src/offline/index.ts') },
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
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['packages/*/test/**/*.test.tsx', 'examples/*/test/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/browser/**', '**/node_modules/**'],
        },
      },
    ],
  },
});
