import type { MiddlewareHandler } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';

/** The cookie that holds a visitor's anonymous id. */
export const VISITOR_COOKIE = 'parcelwise_visitor';

const VISITOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Gives each visitor an anonymous id in a cookie, and tells the Attune handlers whose request it is. */
export interface VisitorIdentity {
  /** Hono middleware: reads the visitor's id, or creates one and sets the HttpOnly cookie. */
  middleware: MiddlewareHandler;
  /** The visitor id of a request the middleware has seen (the `getUserId` of the Attune handlers). */
  getUserId(request: Request): string | undefined;
}

/**
 * Anonymous visitor ids: a random UUID in an HttpOnly, SameSite=Lax, Path=/ cookie (Secure over
 * HTTPS), kept for a year. A missing or malformed cookie gets a fresh id.
 */
export function createVisitorIdentity(): VisitorIdentity {
  const ids = new WeakMap<Request, string>();
  return {
    middleware: async (c, next) => {
      const current = getCookie(c, VISITOR_COOKIE);
      const known = current !== undefined && VISITOR_ID.test(current);
      const id = known ? current : crypto.randomUUID();
      ids.set(c.req.raw, id);
      await next();
      if (known) return;
      // The Attune handlers answer with their own Response, so the cookie goes onto that one.
      const secure =
        new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
      const cookie = generateCookie(VISITOR_COOKIE, id, {
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
  };
}
