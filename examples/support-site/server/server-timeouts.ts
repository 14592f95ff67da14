import type { ServerOptions } from 'node:http';

/**
 * Node server timeouts that keep a slow client from holding a connection: the headers must
 * arrive within 10 s and the whole request (a trickled body too) within 30 s (Node's default is
 * 300 s); idle keep-alive connections close after 5 s. Node checks them every second.
 */
export const SERVER_TIMEOUTS: ServerOptions = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
};
