import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../server/security-headers';

function appWith(options?: Parameters<typeof securityHeaders>[0]): Hono {
  const app = new Hono();
  app.use('*', securityHeaders(options));
  app.get('/', (c) => c.text('ok'));
  app.get('/fail', (c) => c.json({ error: 'no' }, 500));
  return app;
}

describe('securityHeaders', () => {
  it('sends the CSP and the usual headers on every response, errors included', async () => {
    for (const path of ['/', '/fail', '/missing']) {
      const response = await appWith().request(`http://site.test${path}`);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-');
  });

  it('sends HSTS only over HTTPS, or when isHttps (a trusted proxy) says so', async () => {
    const hsts = async (app: Hono, url: string, headers: Record<string, string> = {}) =>
      (await app.request(url, { headers })).headers.get('strict-transport-security');
    expect(await hsts(appWith(), 'http://site.test/')).toBeNull();
    expect(await hsts(appWith(), 'https://site.test/')).toBe('max-age=15552000; includeSubDomains');
    expect(await hsts(appWith(), 'http://site.test/', { 'x-forwarded-proto': 'https' })).toBeNull();
    const proxied = appWith({
      isHttps: (request) => request.headers.get('x-test-https') === 'yes',
      hstsMaxAgeSeconds: 60,
    });
    expect(await hsts(proxied, 'http://site.test/', { 'x-test-https': 'yes' })).toBe(
      'max-age=60; includeSubDomains',
    );
    expect(await hsts(proxied, 'https://site.test/')).toBeNull();
  });

  it('rejects a negative or fractional HSTS max-age', () => {
    expect(() => securityHeaders({ hstsMaxAgeSeconds: -1 })).toThrow(RangeError);
    expect(() => securityHeaders({ hstsMaxAgeSeconds: 1.5 })).toThrow(RangeError);
  });
});
