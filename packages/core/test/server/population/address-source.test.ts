import { describe, expect, it } from 'vitest';
import { addressSource } from '../../../src/server/population/address-source';

describe('addressSource', () => {
  it('is one 24-bit bucket per client: an IPv4 address, or the /64 of an IPv6 address, however written', async () => {
    const ipv4 = await addressSource('203.0.113.7');
    expect(Number.isInteger(ipv4) && ipv4 >= 0 && ipv4 < 2 ** 24).toBe(true);
    expect(await addressSource('::ffff:203.0.113.7')).toBe(ipv4);
    expect(await addressSource(' 203.0.113.7 ')).toBe(ipv4);
    expect(await addressSource('203.0.113.8')).not.toBe(ipv4);
    const network = await addressSource('2001:db8:1:2::1');
    for (const same of [
      '2001:0db8:0001:0002:ffff::9',
      '[2001:db8:1:2::abcd]',
      '2001:DB8:1:2:0:0:0:5',
      '2001:db8:1:2::7%eth0',
    ])
      expect(await addressSource(same)).toBe(network);
    expect(await addressSource('2001:db8:1:3::1')).not.toBe(network);
    expect(await addressSource('2001:db8::1')).toBe(await addressSource('2001:db8:0:0:1::'));
  });
});
