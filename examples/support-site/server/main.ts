import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqlitePersonaStore } from '@attune/core/server';
import { serve } from '@hono/node-server';
import { chooseModel } from './choose-model';
import { createSiteApp } from './create-site-app';

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The port from `PORT` (default 3000; `0` picks a free one). */
function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number from 0 to 65535, got "${value}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFrom(process.env.PORT);
  const filename = resolve(process.env.ATTUNE_DB ?? resolve(siteDir, 'data', 'personas.db'));
  mkdirSync(dirname(filename), { recursive: true });
  const store = await createSqlitePersonaStore({ filename });
  const { model, description } = chooseModel(process.env);
  const app = createSiteApp({ model, store, distDir: resolve(siteDir, 'dist') });

  const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
    console.log(`Attune support site: http://localhost:${info.port}`);
    console.log(`Answering with ${description}; personas in ${filename}.`);
  });
  const shutdown = () => {
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
