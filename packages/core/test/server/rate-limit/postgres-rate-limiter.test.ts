import { afterAll, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../../../test/support/postgres';
import { createPostgresRateLimiter } from '../../../src/server/rate-limit';
import { describeRateLimiterContract } from './rate-limiter-contract';

let server: TestPostgres;

beforeAll(async () => {
  server = await startTestPostgres();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describeRateLimiterContract('postgres', async () => {
  const connectionString = await server.createDatabase(`attune_limits_${process.pid}`);
  return {
    open: (now) => createPostgresRateLimiter({ connectionString, now }),
    shared: true,
    dispose: async () => undefined,
  };
});
