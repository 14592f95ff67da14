import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A fetch handler served on 127.0.0.1 for a test. */
export interface LoopbackServer {
  /** `http://127.0.0.1:{port}`, no trailing slash. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves `fetch` (e.g. a Hono app's) on a free loopback port. */
export function serveOnLoopback(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<LoopbackServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
