import { describe, expect, it } from 'vitest';
import { clientNetwork, networkKey } from '../../src/server/client-network';

describe('client networks', () => {
  it('keeps an IPv4 address, maps IPv4-mapped IPv6 to it, and cuts IPv6 to its /64', () => {
    expect(clientNetwork(' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('[2001:DB8:0:1::5]')).toBe('2001:db8:0:1');
    expect(clientNetwork('2001:db8:0:1:aaaa:bbbb:cccc:dddd%eth0')).toBe('2001:db8:0:1');
  });

  it('keys a network by a digest: one key per /64 or IPv4 address, holding no address', async () => {
    const key = await networkKey('2001:db8:0:1::5');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await networkKey('2001:db8:0:1:ffff::9')).toBe(key);
    expect(await networkKey('2001:db8:0:2::5')).not.toBe(key);
    expect(await networkKey('::ffff:203.0.113.7')).toBe(await networkKey('203.0.113.7'));
    expect(await networkKey('203.0.113.8')).not.toBe(await networkKey('203.0.113.7'));
  });
});
