import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The Parcelwise help centre: `@attune/*` resolve to the workspace sources, so no package build is needed. */
export default defineConfig({
  root: source('.'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@attune\/core\/react$/, replacement: source('../../packages/core/src/react/index.ts') },
      { find: /^@attune\/core$/, replacement: source('../../packages/core/src/index.ts') },
      { find: /^@attune\/ui\/styles\.css$/, replacement: source('../../packages/ui/src/styles/attune.css') },
      { find: /^@attune\/ui$/, replacement: source('../../packages/ui/src/index.ts') },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
