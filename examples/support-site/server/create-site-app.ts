import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import {
  createChatHandler,
  createMemoryResumableStreamStore,
  createPersonaHandlers,
  createRateLimit,
  createStoreHealth,
  type PersonaStore,
  type PopulationLoop,
  type RateLimitOptions,
  type StoreHealth,
} from '@attune/core/server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { isSitePage } from '../src/route';
import { type ClientAddresses, createClientAddresses } from './client-address';
import { DEFAULT_REPLY_TIMEOUT, type ReplyTimeout, withReplyTimeout } from './reply-timeout';
import { securityHeaders } from './security-headers';
import { staticCaching } from './static-caching';
import { createVisitorIdentity, randomSecret } from './visitor-id';

/** The assistant's own instructions; the visitor's persona conditioning is appended per request. */
export const ASSISTANT_INSTRUCTIONS = [
  'You are the Parcelwise help-centre assistant. Parcelwise is an online homeware shop in the UK.',
  'Answer only from the Parcelwise help-centre articles. When they do not cover a question, say so and',
  'point the customer to the support team (0330 010 2040, help@parcelwise.example). Never invent',
  'prices, dates or policies, and never ask for card numbers or passwords.',
].join(' ');

/** Options of {@link createSiteApp}. */
export interface SiteAppOptions {
  /** The model that answers. */
  model: LanguageModelV4;
  /** Where visitors' personas and signals live. */
  store: PersonaStore;
  /** The Vite build to serve (`dist/`); without an `index.html` the site answers with a build hint. */
  distDir: string;
  /**
   * The population loop (`createPopulationLoop` over the store): comparisons are kept for fitting,
   * personas start from its current prior and `GET /api/prior` serves it. The caller starts it.
   */
  population?: PopulationLoop;
  /** Receives unexpected server errors. Default `console.error`. */
  onError?: (error: unknown) => void;
  /** The key that signs visitor cookies (see `visitorSecretFrom`). Default: a random one per app. */
  visitorSecret?: string;
  /** Rate-limit settings (per visitor and per client address), or `false` for none. Default: on, in memory. */
  rateLimit?: Omit<RateLimitOptions, 'getClientAddress'> | false;
  /**
   * The reverse proxies in front of the site (IP addresses or CIDR ranges): a request whose socket
   * comes from one has its client address read from `X-Forwarded-For` and its scheme (HSTS, the
   * Secure cookie) from `X-Forwarded-Proto`; anyone else's headers are ignored. Default none.
   */
  trustedProxies?: readonly string[];
  /**
   * Where the app records each request's client address (`createClientAddresses(trustedProxies)`);
   * share it with the population loop's `getClientAddress`. Default: one of its own.
   */
  clientAddresses?: ClientAddresses;
  /** How long a reply may take before it ends with an error the chat shows. Default {@link DEFAULT_REPLY_TIMEOUT}. */
  replyTimeout?: Partial<ReplyTimeout>;
  /** Watches the store; `/api/health` reports it. Default: a new one. */
  health?: StoreHealth;
}

/**
 * The help centre's Hono app: the chat endpoint `POST /api/chat` (AI SDK convention) and its
 * resume endpoint `GET /api/chat/{id}/stream` (a reply in progress, kept in memory; 204 when none), the
 * visitor's persona endpoints (`GET`/`PUT`/`DELETE /api/persona`, `GET /api/persona/export`,
 * `POST /api/signals`) keyed by an anonymous HttpOnly cookie, and the built site with a
 * single-page fallback for article URLs. The API is rate-limited per visitor and per address,
 * `/api/health` reports `degraded` with the reason while the store fails (chat goes on without
 * personalization), forget-me gives the visitor a new id, and a missing `/assets/*` file is a 404
 * (a path that is no page of the site gets the page, which says "not found", with a 404).
 */
export function createSiteApp(options: SiteAppOptions): Hono {
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const addresses = options.clientAddresses ?? createClientAddresses(options.trustedProxies, report);
  const visitors = createVisitorIdentity(options.visitorSecret ?? randomSecret(), addresses.isHttps);
  const health = options.health ?? createStoreHealth({ log: (message) => report(message) });
  const rateLimit =
    options.rateLimit === false
      ? undefined
      : createRateLimit({ ...options.rateLimit, getClientAddress: addresses.get });
  const shared = {
    store: options.store,
    getUserId: visitors.getUserId,
    // A new visitor's first write counts against their network's quota of new personas in the store.
    getClientAddress: addresses.get,
    health,
    ...(rateLimit ? { rateLimit } : {}),
    ...(options.population ? { population: options.population } : {}),
    onError: report,
  };
  const chat = createChatHandler({
    // Replies are resumable, so they outlive the visitor's connection: only a timeout ends one
    // whose provider stopped answering.
    model: withReplyTimeout(options.model, { ...DEFAULT_REPLY_TIMEOUT, ...options.replyTimeout }),
    instructions: ASSISTANT_INSTRUCTIONS,
    defaultMode: 'pba',
    resumableStreams: createMemoryResumableStreamStore(),
    ...shared,
  });
  const persona = createPersonaHandlers(shared);
  const population = options.population;

  const app = new Hono();
  app.use('*', addresses.middleware, securityHeaders({ isHttps: addresses.isHttps }));
  app.use('/api/*', visitors.middleware);
  app.all('/api/chat', (c) => chat(c.req.raw));
  app.get('/api/chat/:id/stream', (c) => chat(c.req.raw));
  app.get('/api/persona/export', (c) => persona.export(c.req.raw));
  app.get('/api/persona', (c) => persona.get(c.req.raw));
  app.put('/api/persona', (c) => persona.replace(c.req.raw));
  app.delete('/api/persona', async (c) => {
    const response = await persona.forget(c.req.raw);
    if (response.ok) visitors.rotate(c.req.raw);
    return response;
  });
  app.all('/api/persona', (c) =>
    c.json({ error: { code: 'method-not-allowed', message: 'Use GET, PUT or DELETE here.' } }, 405, {
      allow: 'GET, PUT, DELETE',
    }),
  );
  app.all('/api/signals', (c) => persona.signals(c.req.raw));
  if (population) app.get('/api/prior', (c) => population.handler(c.req.raw));
  app.get('/api/health', (c) => {
    const store = health.status();
    // With the population loop: the prior served and what the fitting job last decided, and why.
    const prior = population && {
      version: population.current?.version ?? null,
      types: population.current?.types ?? 0,
      lastRun: population.lastRun,
    };
    return c.json({ ok: store.status === 'ok', status: store.status, store, ...(prior && { prior }) }, 200, {
      'cache-control': 'no-store',
    });
  });
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'not-found', message: 'There is no such API endpoint.' } }, 404),
  );

  const indexFile = join(options.distDir, 'index.html');
  // Built files: gzip (the main script is ~750 kB, ~200 kB compressed) and long-lived caching of
  // hashed assets. Not the API: compression would hold back a streamed reply.
  app.use('*', staticCaching());
  app.use('/assets/*', compress(), serveStatic({ root: options.distDir }));
  app.all('/assets/*', (c) => c.text('Not found', 404));
  app.use('*', serveStatic({ root: options.distDir }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The site has not been built yet. Run `npm start` (it builds with Vite first).', 503);
    }
    // The page renders "not found" itself; the status tells crawlers and monitors so too.
    return c.html(readFileSync(indexFile, 'utf8'), isSitePage(c.req.path) ? 200 : 404);
  });
  return app;
}
