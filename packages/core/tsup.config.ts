import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Entry points whose modules hold React state and hooks: client-only in React Server Components. */
const CLIENT_ENTRIES = ['dist/react/index.js', 'dist/react/index.cjs'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'alignment/index': 'src/alignment/index.ts',
    'react/index': 'src/react/index.ts',
    'server/index': 'src/server/index.ts',
    'offline/index': 'src/offline/index.ts',
    'detectors/index': 'src/detectors/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  treeshake: true,
  external: ['react', 'better-sqlite3', 'pg'],
  // The bundler drops a source file's directive, so the hooks' entry gets it after the build: a
  // Next.js server component that imports it then gets a client reference, not a crash.
  onSuccess: async () => {
    for (const file of CLIENT_ENTRIES) writeFileSync(file, `"use client";\n${readFileSync(file, 'utf8')}`);
  },
});
