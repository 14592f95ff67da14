import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  minify: true,
  external: [
    'react',
    'react-dom',
    'react/jsx-runtime',
    '@attune/core',
    '@attune/core/react',
    '@attune/core/alignment',
  ],
  // Every component is a client component; the banner keeps the directive after bundling.
  banner: { js: '"use client";' },
  onSuccess: async () => {
    mkdirSync('dist', { recursive: true });
    // The CommonJS build loses the banner when it rewrites chunks: mark those files too.
    for (const file of readdirSync('dist').filter((name) => name.endsWith('.cjs'))) {
      const code = readFileSync(`dist/${file}`, 'utf8');
      if (!code.startsWith('"use client";')) writeFileSync(`dist/${file}`, `"use client";${code}`);
    }
    copyFileSync('src/styles/attune.css', 'dist/styles.css');
  },
});
