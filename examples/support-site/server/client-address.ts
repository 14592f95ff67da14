import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';

/** Remembers each request's client address for the rate limit. */
export interface ClientAddresses {
  /** Hono middleware: records the address of the request. */
  middleware: MiddlewareHandler;
  /** The address recorded for a request (`undefined` outside a Node server, e.g. `app.request`). */
  get(request: Request): string | undefined;
}

/**
 * The socket's remote address, or with `trustProxy` (behind one reverse proxy) the last entry of
 * `X-Forwarded-For`, the one the proxy added and the client cannot choose.
 */
export function createClientAddresses(trustProxy: boolean): ClientAddresses {
  const addresses = new WeakMap<Request, string>();
  return {
    middleware: async (c, next) => {
      const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
      let address = forwarded;
      if (!address) {
        try {
          address = getConnInfo(c).remote.address;
        } catch {
          // Not served by @hono/node-server: no socket to read.
        }
      }
      if (address) addresses.set(c.req.raw, address);
      await next();
    },
    get: (request) => addresses.get(request),
  };
}
