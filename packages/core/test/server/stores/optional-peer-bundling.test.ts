import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  driverImportHints,
  hiddenFromBundlers,
  OPTIONAL_DRIVERS,
} from '../../../../../test/support/driver-imports';

const serverEntry = fileURLToPath(new URL('../../../src/server/index.ts', import.meta.url));

/** The server entry bundled as tsup publishes it: every package left external. */
async function publishedServerEntry(): Promise<string> {
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('optional peers in the published server entry', () => {
  // An app's bundler (Next.js's Turbopack, webpack) resolves every `import()` it sees at build
  // time: without the ignore hints, a Next.js app using only `createChatHandler` fails to build
  // with "Module not found: Can't resolve 'pg'". test/e2e/package-entries.test.ts checks `dist`.
  it('leaves each driver import to Node at run time, hidden from the app bundler', async () => {
    const code = await publishedServerEntry();
    for (const driver of OPTIONAL_DRIVERS) {
      const imports = driverImportHints(code, driver);
      expect(imports.length, driver).toBeGreaterThan(0);
      for (const hints of imports) expect(hiddenFromBundlers(hints), `${driver}: ${hints}`).toBe(true);
      expect(code).not.toMatch(new RegExp(`^import [^;]*from ["']${driver}["']`, 'm'));
    }
  });
});
