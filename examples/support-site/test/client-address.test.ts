import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryPersonaStore } from '@attune/core/server';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseModel } from '../server/choose-model';
import { createClientAddresses, trustedProxiesFrom } from '../server/client-address';
import { createSiteApp } from '../server/create-site-app';
import { VISITOR_COOKIE } from '../server/visitor-id';

/** Serves `app` on a free loopback port: every request's socket peer is 127.0.0.1. */
async function listen(app: Hono): Promise<{ base: string; server: ServerType }> {
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('client addresses', () => {
  const servers: ServerType[] = [];
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    );
  });

  /** What the site sees of a request sent with `headers`, with these proxies trusted. */
  const seen = async (trusted: string[], headers: Record<string, string>) => {
    const addresses = createClientAddresses(trusted, () => undefined);
    const app = new Hono();
    app.use('*', addresses.middleware);
    app.get('/', (c) => c.json({ address: addresses.get(c.req.raw), https: addresses.isHttps(c.req.raw) }));
    const { base, server } = await listen(app);
    servers.push(server);
    return (await (await fetch(base, { headers })).json()) as { address?: string; https: boolean };
  };
  const spoof = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };

  it('ignores X-Forwarded-* from a peer that is not a trusted proxy', async () => {
    expect(await seen([], spoof)).toEqual({ address: '127.0.0.1', https: false });
    expect(await seen(['10.0.0.0/8', '::2'], spoof)).toEqual({ address: '127.0.0.1', https: false });
  });

  it('reads the client a trusted proxy added, past other trusted proxies, never what the client wrote', async () => {
    expect(await seen(['127.0.0.1'], spoof)).toEqual({ address: '203.0.113.9', https: true });
    // The client wrote 198.51.100.1; the proxy appended the address it saw.
    const chain = { 'x-forwarded-for': '198.51.100.1, 203.0.113.9', 'x-forwarded-proto': 'http' };
    expect(await seen(['127.0.0.0/8'], chain)).toEqual({ address: '203.0.113.9', https: false });
    // Two proxies: an edge proxy (10.1.2.3) in front of the local one.
    const twoHops = { 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.1.2.3' };
    expect((await seen(['127.0.0.1', '10.0.0.0/8'], twoHops)).address).toBe('203.0.113.9');
    // Garbage the client put in front of the real entries stops the walk, not the answer.
    expect((await seen(['127.0.0.1'], { 'x-forwarded-for': 'evil, 203.0.113.9' })).address).toBe(
      '203.0.113.9',
    );
    // Some proxies write the client's port too.
    expect((await seen(['127.0.0.1'], { 'x-forwarded-for': '203.0.113.9:51234' })).address).toBe(
      '203.0.113.9',
    );
    expect((await seen(['127.0.0.1'], { 'x-forwarded-for': '[2001:DB8::7]:51234' })).address).toBe(
      '2001:db8::7',
    );
    // A trusted proxy that sends no X-Forwarded-For is itself the client.
    expect((await seen(['127.0.0.1'], {})).address).toBe('127.0.0.1');
  });

  it('warns once when X-Forwarded-For comes from an address nobody listed', async () => {
    const warnings: string[] = [];
    const addresses = createClientAddresses(['10.0.0.0/8'], (message) => warnings.push(message));
    const app = new Hono();
    app.use('*', addresses.middleware);
    app.get('/', (c) => c.text('ok'));
    const { base, server } = await listen(app);
    servers.push(server);
    await fetch(base);
    expect(warnings).toEqual([]);
    for (let request = 0; request < 2; request += 1) await fetch(base, { headers: spoof });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^A request from 127\.0\.0\.1 carried X-Forwarded-For, which is ignored/);
  });

  it('reads ATTUNE_TRUST_PROXY as addresses and ranges, and refuses "1" and non-addresses', () => {
    expect(trustedProxiesFrom({})).toEqual([]);
    expect(trustedProxiesFrom({ ATTUNE_TRUST_PROXY: ' 127.0.0.1, 10.0.0.0/8 ,::1,' })).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(() => trustedProxiesFrom({ ATTUNE_TRUST_PROXY: '1' })).toThrow(
      /addresses of your reverse proxies/,
    );
    for (const bad of ['proxy.internal', '10.0.0.0/33', '10.0.0.0/', '::1/129', '1.2.3.4/8/2']) {
      expect(() => trustedProxiesFrom({ ATTUNE_TRUST_PROXY: bad })).toThrow(RangeError);
    }
  });

  it('keeps the per-address rate limit on a visitor who spoofs X-Forwarded-For past the trusted proxy', async () => {
    const distDir = mkdtempSync(join(tmpdir(), 'attune-client-address-'));
    const app = createSiteApp({
      model: chooseModel({ ATTUNE_OFFLINE_PACING_MS: '0' }).model,
      store: createMemoryPersonaStore(),
      distDir,
      trustedProxies: ['10.0.0.0/8'],
      rateLimit: { perVisitor: false, perAddress: { capacity: 3, refillPerSecond: 0.001 } },
    });
    const { base, server } = await listen(app);
    servers.push(server);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(`${base}/api/persona`, {
        headers: { 'x-forwarded-for': `198.51.100.${i}`, 'x-forwarded-proto': 'https' },
      });
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('set-cookie')).toContain(`${VISITOR_COOKIE}=`);
      expect(response.headers.get('set-cookie')).not.toContain('Secure');
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    rmSync(distDir, { recursive: true, force: true });
  });
});
