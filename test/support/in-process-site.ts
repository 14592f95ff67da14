/**
 * Serves the help centre's Hono app in this process on a free loopback port, with the site's
 * server timeouts and (unless told otherwise) its default rate limit: for load, abuse and
 * slow-client tests that need a real socket but not a build.
 */
import type { ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStoreHealth, type PersonaStore } from '@attune/core/server';
import { type ServerType, serve } from '@hono/node-server';
import { chooseModel } from '../../examples/support-site/server/choose-model';
import { createSiteApp, type SiteAppOptions } from '../../examples/support-site/server/create-site-app';
import { SERVER_TIMEOUTS } from '../../examples/support-site/server/server-timeouts';

/** A running in-process site. */
export interface InProcessSite {
  /** `http://127.0.0.1:<port>`. */
  base: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the site over `store` with the offline model answering at full speed. */
export async function startInProcessSite(
  store: PersonaStore,
  distDir: string,
  options: {
    serverOptions?: ServerOptions;
    rateLimit?: SiteAppOptions['rateLimit'];
    trustedProxies?: SiteAppOptions['trustedProxies'];
  } = {},
): Promise<InProcessSite> {
  const app = createSiteApp({
    model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model,
    store,
    distDir,
    health: createStoreHealth({ log: () => undefined }),
    onError: () => undefined,
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.trustedProxies === undefined ? {} : { trustedProxies: options.trustedProxies }),
  });
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve(
      {
        fetch: app.fetch,
        port: 0,
        hostname: '127.0.0.1',
        serverOptions: options.serverOptions ?? SERVER_TIMEOUTS,
      },
      () => resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A chat request body with one user message (and optional signals). */
export const chatBody = (text: string, id: string, signals: unknown[] = []) => ({
  id: `chat-${id}`,
  messages: [{ id, role: 'user', parts: [{ type: 'text', text }] }],
  // The handler reads Attune's fields only under the body key `attune`.
  ...(signals.length > 0 ? { attune: { signals } } : {}),
});
