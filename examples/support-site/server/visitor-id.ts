import type { MiddlewareHandler } from 'hono';
import { generateSignedCookie, getSignedCookie } from 'hono/cookie';

/** The cookie that holds a visitor's anonymous id. */
export const VISITOR_COOKIE = 'parcelwise_visitor';

/** The environment variable holding the key that signs visitor cookies. */
export const VISITOR_SECRET_ENV = 'ATTUNE_VISITOR_SECRET';

const VISITOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ONE_YEAR_S = 365 * 24 * 60 * 60;
const MIN_SECRET_LENGTH = 32;

/** Gives each visitor an anonymous id in a signed cookie, and tells the Attune handlers whose request it is. */
export interface VisitorIdentity {
  /** Hono middleware: reads the visitor's signed id, or creates one and sets the HttpOnly cookie. */
  middleware: MiddlewareHandler;
  /** The visitor id of a request the middleware has seen (the `getUserId` of the Attune handlers). */
  getUserId(request: Request): string | undefined;
  /** Gives the request's visitor a new id (set in the response's cookie), e.g. after forget-me. */
  rotate(request: Request): void;
}

/**
 * The key that signs visitor cookies, from `ATTUNE_VISITOR_SECRET` (at least 32 characters). Unset,
 * production (`NODE_ENV=production`) refuses to start; in development a random key is made for
 * this process, with a warning: visitors then get new ids (and lose their persona) on restart.
 */
export function visitorSecretFrom(
  env: Record<string, string | undefined>,
  warn: (message: string) => void = console.warn,
): string {
  const secret = env[VISITOR_SECRET_ENV];
  if (secret !== undefined && secret !== '') {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`${VISITOR_SECRET_ENV} must be at least ${MIN_SECRET_LENGTH} characters long.`);
    }
    return secret;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(`${VISITOR_SECRET_ENV} must be set in production (a random string of 32+ characters).`);
  }
  warn(`${VISITOR_SECRET_ENV} is not set: visitor cookies are signed with a key that lasts until restart.`);
  return randomSecret();
}

/** A random 256-bit key, hex-encoded. */
export function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Anonymous visitor ids: a random UUID in an HMAC-SHA256-signed, HttpOnly, SameSite=Lax, Path=/
 * cookie (Secure when `isHttps`, default when the request's URL is `https:`), kept for a year. A
 * missing, malformed or forged cookie (a wrong signature, or an id the client chose) gets a fresh id.
 */
export function createVisitorIdentity(
  secret: string,
  isHttps: (request: Request) => boolean = (request) => new URL(request.url).protocol === 'https:',
): VisitorIdentity {
  const ids = new WeakMap<Request, string>();
  const rotated = new WeakSet<Request>();
  return {
    middleware: async (c, next) => {
      const current = await getSignedCookie(c, secret, VISITOR_COOKIE);
      const known = typeof current === 'string' && VISITOR_ID.test(current);
      ids.set(c.req.raw, known ? current : crypto.randomUUID());
      await next();
      if (known && !rotated.has(c.req.raw)) return;
      // The Attune handlers answer with their own Response, so the cookie goes onto that one.
      const secure = isHttps(c.req.raw);
      const cookie = await generateSignedCookie(VISITOR_COOKIE, ids.get(c.req.raw) as string, secret, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure,
        maxAge: ONE_YEAR_S,
      });
      c.res = new Response(c.res.body, c.res);
      c.res.headers.append('set-cookie', cookie);
    },
    getUserId: (request) => ids.get(request),
    rotate(request) {
      ids.set(request, crypto.randomUUID());
      rotated.add(request);
    },
  };
}
