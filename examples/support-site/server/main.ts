import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPopulationLoop, createStoreHealth, type PopulationStore } from '@attune/core/server';
import { serve } from '@hono/node-server';
import { chooseModel } from './choose-model';
import { createClientAddresses, trustedProxiesFrom } from './client-address';
import { createSiteApp } from './create-site-app';
import { scheduleRetention } from './retention-schedule';
import { SERVER_TIMEOUTS } from './server-timeouts';
import { openSiteDatabase } from './site-database';
import { visitorSecretFrom } from './visitor-id';

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
  const { model, description } = chooseModel(process.env);
  const visitorSecret = visitorSecretFrom(process.env);
  const clientAddresses = createClientAddresses(trustedProxiesFrom(process.env));
  const health = createStoreHealth();
  const database = await openSiteDatabase(process.env, {
    defaultFile: resolve(siteDir, 'data', 'personas.db'),
    health,
  });
  const { store, limiter } = database;
  const stopRetention = scheduleRetention(store, health);
  // The population loop: fits a prior from every visitor's comparisons on a schedule (hourly by
  // default, ATTUNE_PRIOR_INTERVAL_MS to change) once 50 visitors have compared replies, at most
  // 3 of them from one client address (visitors are only cookies: anyone can mint many). Not when
  // the store could not be opened (the site then runs degraded, without personas).
  const population =
    'currentPrior' in store
      ? createPopulationLoop({
          store: store as typeof store & PopulationStore,
          intervalMs: Number(process.env.ATTUNE_PRIOR_INTERVAL_MS) || 3_600_000,
          getClientAddress: clientAddresses.get,
          onRun: (run) => console.log(`Population prior: ${run.verdict} (${run.users} users). ${run.reason}`),
          onError: (error) => console.error(error),
        })
      : undefined;
  await population?.start().catch((error: unknown) => console.error(error));
  const app = createSiteApp({
    model,
    store,
    health,
    visitorSecret,
    clientAddresses,
    rateLimit: { limiter },
    distDir: resolve(siteDir, 'dist'),
    ...(population ? { population } : {}),
  });

  const hostname = process.env.HOST ?? '0.0.0.0';
  const server = serve({ fetch: app.fetch, port, hostname, serverOptions: SERVER_TIMEOUTS }, (info) => {
    console.log(`Attune support site: http://localhost:${info.port}`);
    console.log(`Answering with ${description}; personas in ${database.description}.`);
  });
  const shutdown = () => {
    stopRetention();
    population?.stop();
    server.close(() => {
      void Promise.all([store.close(), limiter.close()]).then(() => process.exit(0));
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
