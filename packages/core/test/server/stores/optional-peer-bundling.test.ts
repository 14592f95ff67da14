import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const serverEntry = fileURLToPath(new URL('../../../src/server/index.ts', import.meta.url));
const OPTIONAL_PEERS = ['better-sqlite3', 'pg'];

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
  // with "Module not found: Can't resolve 'pg'".
  it('leaves each driver import to Node at run time, hidden from the app bundler', async () => {
    const code = await publishedServerEntry();
    for (const peer of OPTIONAL_PEERS) {
      const imports = [...code.matchAll(new RegExp(`import\\(([^()]*?)["']${peer}["']\\s*\\)`, 'g'))];
      expect(imports.length, peer).toBeGreaterThan(0);
      for (const [, hints] of imports) {
        expect(hints, peer).toContain('webpackIgnore: true');
        expect(hints, peer).toContain('turbopackIgnore: true');
      }
    }
  });

  it('imports no driver statically', async () => {
    const code = await publishedServerEntry();
    for (const peer of OPTIONAL_PEERS) {
      expect(code).not.toMatch(new RegExp(`^import [^;]*from ["']${peer}["']`, 'm'));
    }
  });
});
