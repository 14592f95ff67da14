import type { MiddlewareHandler } from 'hono';

/** Options of {@link securityHeaders}. */
export interface SecurityHeadersOptions {
  /**
   * Whether the visitor's connection is HTTPS; behind a reverse proxy that talks plain HTTP to the
   * site, `ClientAddresses.isHttps` (a trusted proxy's `X-Forwarded-Proto`). Default: the
   * request's own URL is `https:`.
   */
  isHttps?: (request: Request) => boolean;
  /** `max-age` of `Strict-Transport-Security`, in seconds. Default 180 days. */
  hstsMaxAgeSeconds?: number;
}

/**
 * The help centre's Content-Security-Policy: everything from the site's own origin (the Vite
 * build has no inline script or style), `fetch` only to its own API, no plugins, no `<base>`, no
 * framing. Images may be `data:` or any https host: the chat shows a model's image only after
 * the visitor clicks "Load image from host", and that click must work. `blob:` images are the
 * previews of the photos a visitor attaches in the chat, made in the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
};

/**
 * Hono middleware that adds the usual security headers to every response: a
 * Content-Security-Policy the site works under, `X-Content-Type-Options`, `Referrer-Policy`,
 * `X-Frame-Options` (with CSP `frame-ancestors`), `Cross-Origin-Opener-Policy`,
 * `Permissions-Policy`, and `Strict-Transport-Security` only over HTTPS.
 * @throws RangeError when `hstsMaxAgeSeconds` is not a non-negative integer.
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const maxAge = options.hstsMaxAgeSeconds ?? 180 * 24 * 60 * 60;
  if (!Number.isInteger(maxAge) || maxAge < 0)
    throw new RangeError(`hstsMaxAgeSeconds must be a non-negative integer, got ${maxAge}`);
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
    const https = options.isHttps?.(c.req.raw) ?? new URL(c.req.url).protocol === 'https:';
    if (https) c.res.headers.set('strict-transport-security', `max-age=${maxAge}; includeSubDomains`);
  };
}
