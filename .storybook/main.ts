import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Stories import the workspace packages from source, as the tests do (see the root vitest.config.ts). */
const aliases = [
  { find: /^@attune\/core\/alignment$/, replacement: source('../packages/core/src/alignment/index.ts') },
  { find: /^@attune\/core\/react$/, replacement: source('../packages/core/src/react/index.ts') },
  { find: /^@attune\/core\/offline$/, replacement: source('../packages/core/src/offline/index.ts') },
  { find: /^@attune\/core\/detectors$/, replacement: source('../packages/core/src/detectors/index.ts') },
  { find: /^@attune\/core$/, replacement: source('../packages/core/src/index.ts') },
  { find: /^@attune\/ui$/, replacement: source('../packages/ui/src/index.ts') },
];

/** Storybook for @attune/ui: stories run on the offline model, so every story is live without a server. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, alias: aliases },
  }),
};

export default config;
