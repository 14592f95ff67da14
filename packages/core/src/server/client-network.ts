/**
 * The part of a client address one client holds: an IPv4 address (an IPv4-mapped IPv6 address
 * as IPv4), or the /64 network of an IPv6 address (one household or host is given a whole /64,
 * so its other addresses are the same client). Brackets and a zone are dropped.
 */
export function clientNetwork(address: string): string {
  const trimmed = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed)?.[1];
  if (mapped) return mapped;
  if (!trimmed.includes(':')) return trimmed;
  const [head = '', tail] = trimmed.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':');
}

/** The SHA-256 of a client address's {@link clientNetwork}. */
export async function clientNetworkDigest(address: string): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(clientNetwork(address))),
  );
}

/**
 * The key a persona store counts a client address's new users under (`WriteOrigin.network`): the
 * first 128 bits of the SHA-256 of its {@link clientNetwork}, in hex, so the store keeps no address.
 */
export async function networkKey(address: string): Promise<string> {
  const digest = await clientNetworkDigest(address);
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
