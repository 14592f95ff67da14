import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';

/** The environment variable listing the reverse proxies whose `X-Forwarded-*` headers are believed. */
export const TRUSTED_PROXIES_ENV = 'ATTUNE_TRUST_PROXY';

/** What the site knows of each request's client: its address and whether it came over HTTPS. */
export interface ClientAddresses {
  /** Hono middleware: records the client address and scheme of the request. */
  middleware: MiddlewareHandler;
  /** The address recorded for a request (`undefined` outside a Node server, e.g. `app.request`). */
  get(request: Request): string | undefined;
  /** Whether the visitor's connection is HTTPS: the request's own URL, or a trusted proxy's `X-Forwarded-Proto`. */
  isHttps(request: Request): boolean;
}

/**
 * An address as one client holds it: without a port (some proxies write `1.2.3.4:5678` or
 * `[2001:db8::1]:5678`), brackets or zone, and an IPv4-mapped IPv6 address as IPv4.
 */
function normalize(address: string | undefined): string | undefined {
  const trimmed = address
    ?.trim()
    .toLowerCase()
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
    .replace(/^\[([^\]]*)\](?::\d+)?$/, '$1')
    .replace(/%.*$/, '');
  if (!trimmed) return undefined;
  return /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed)?.[1] ?? trimmed;
}

/** The proxies as a block list; each entry an IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
function proxyList(proxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of proxies) {
    const [address = '', prefix, extra] = entry.trim().split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      extra !== undefined ||
      (bits !== undefined && !(prefix !== '' && Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    ) {
      throw new RangeError(
        `A trusted proxy must be an IP address or a CIDR range such as 10.0.0.0/8, got "${entry}".`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/**
 * The trusted proxies from `ATTUNE_TRUST_PROXY`: a comma-separated list of the reverse proxies'
 * addresses or CIDR ranges (`127.0.0.1`, `10.0.0.0/8,::1`); empty or unset, none. Throws for
 * `1`/`true` (which proxy?) and for an entry that is not an address or range.
 */
export function trustedProxiesFrom(env: Record<string, string | undefined>): string[] {
  const value = env[TRUSTED_PROXIES_ENV]?.trim() ?? '';
  if (value === '') return [];
  if (/^(1|true|yes)$/i.test(value)) {
    throw new Error(
      `${TRUSTED_PROXIES_ENV} lists the addresses of your reverse proxies (e.g. 127.0.0.1 or 10.0.0.0/8), ` +
        `so that a visitor who reaches the site directly cannot choose its address; got "${value}".`,
    );
  }
  const proxies = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  proxyList(proxies);
  return proxies;
}

/**
 * Records each request's client address (for the rate limit and the population loop) and scheme.
 * The address is the socket's, unless the socket's peer is one of `trustedProxies` (addresses or
 * CIDR ranges): then `X-Forwarded-For` is read from its end, past the entries of trusted proxies,
 * and the first other entry is the client (the ones before it are the client's to choose), and the
 * scheme is the last `X-Forwarded-Proto` entry. A visitor reaching the site directly, not through
 * a trusted proxy, cannot set either; the first `X-Forwarded-For` from anyone else is reported to
 * `warn` (default `console.warn`), in case a proxy runs there unlisted. Throws a `RangeError` for
 * an entry that is not an address or range.
 */
export function createClientAddresses(
  trustedProxies: readonly string[] = [],
  warn: (message: string) => void = console.warn,
): ClientAddresses {
  const proxies = proxyList(trustedProxies);
  let warned = false;
  const trusted = (address: string) => proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  const clients = new WeakMap<Request, { address: string | undefined; https: boolean }>();
  const ownScheme = (request: Request) => new URL(request.url).protocol === 'https:';
  return {
    middleware: async (c, next) => {
      let peer: string | undefined;
      try {
        peer = normalize(getConnInfo(c).remote.address);
      } catch {
        // Not served by @hono/node-server: no socket to read.
      }
      let address = peer;
      let https = ownScheme(c.req.raw);
      if (peer && isIP(peer) !== 0 && trusted(peer)) {
        const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(normalize);
        for (const hop of hops.reverse()) {
          if (!hop || isIP(hop) === 0) break;
          address = hop;
          if (!trusted(hop)) break;
        }
        const scheme = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
        if (scheme) https = scheme === 'https';
      } else if (peer && !warned && c.req.header('x-forwarded-for') !== undefined) {
        // Once: behind a proxy nobody listed, every visitor would share the proxy's address.
        warned = true;
        warn(
          `A request from ${peer} carried X-Forwarded-For, which is ignored: ${peer} is not in ${TRUSTED_PROXIES_ENV}. ` +
            'If your reverse proxy connects from there, list it, or all its visitors share one rate limit ' +
            'and count as one source for the population prior.',
        );
      }
      clients.set(c.req.raw, { address, https });
      await next();
    },
    get: (request) => clients.get(request)?.address,
    isHttps: (request) => clients.get(request)?.https ?? ownScheme(request),
  };
}
