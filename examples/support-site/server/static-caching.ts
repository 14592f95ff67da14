import type { MiddlewareHandler } from 'hono';

/** `Cache-Control` of a built file whose name carries its content hash (`/assets/index-<hash>.js`). */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Hono middleware: `Cache-Control` for the built site. A hashed `/assets/*` file is kept for a
 * year (a new build gives changed files new names); every other page and file is revalidated on
 * each visit (`no-cache`), so after a deploy no browser keeps an `index.html` naming assets the new
 * build no longer has. API responses and responses that set their own are left alone.
 */
export function staticCaching(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/') || c.res.headers.has('cache-control')) return;
    const hashed = c.res.status === 200 && c.req.path.startsWith('/assets/');
    c.res.headers.set('cache-control', hashed ? HASHED_ASSET_CACHE : 'no-cache');
  };
}
