import { clientNetworkDigest } from '../client-network';

/**
 * The source number of a client address: a 24-bit bucket of its SHA-256 (of the IPv6 /64), so
 * the population loop can count one client posing as many visitors once without keeping the
 * address (each bucket is shared by 256 IPv4 addresses and as many /64 networks).
 */
export async function addressSource(address: string): Promise<number> {
  const digest = await clientNetworkDigest(address);
  return ((digest[0] ?? 0) << 16) | ((digest[1] ?? 0) << 8) | (digest[2] ?? 0);
}
