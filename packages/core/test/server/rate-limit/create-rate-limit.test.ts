import { createMemoryRateLimiter, createRateLimit } from '@attune/core/server';
import { describe, expect, it } from 'vitest';

/** Whether each request (from the address in its `x-test-address` header) is let through. */
async function decisions(addresses: readonly string[]): Promise<boolean[]> {
  const limit = createRateLimit({
    limiter: createMemoryRateLimiter({ now: () => 0 }),
    perVisitor: false,
    perAddress: { capacity: 2, refillPerSecond: 0.001 },
    getClientAddress: (request) => request.headers.get('x-test-address'),
  });
  const allowed: boolean[] = [];
  for (const address of addresses) {
    const request = new Request('http://site.test/api/chat', { headers: { 'x-test-address': address } });
    allowed.push(
      await limit.check(request, undefined).then(
        () => true,
        (error: unknown) => {
          expect(error).toMatchObject({ status: 429, code: 'rate-limited' });
          return false;
        },
      ),
    );
  }
  return allowed;
}

describe('createRateLimit per client address', () => {
  it('gives an IPv6 /64 one bucket, so a client cannot use a new address of its network each time', async () => {
    expect(
      await decisions([
        '2001:db8:1:2::1',
        '2001:db8:1:2::2',
        '2001:db8:1:2:aaaa:bbbb:cccc:dddd',
        '[2001:DB8:1:2::9]',
      ]),
    ).toEqual([true, true, false, false]);
    // Another /64 is another client.
    expect(await decisions(['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:3::1'])).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address, and IPv4 addresses one by one', async () => {
    expect(await decisions(['198.51.100.7', '::ffff:198.51.100.7', '198.51.100.7'])).toEqual([
      true,
      true,
      false,
    ]);
    expect(await decisions(['198.51.100.7', '198.51.100.7', '198.51.100.8'])).toEqual([true, true, true]);
  });
});
