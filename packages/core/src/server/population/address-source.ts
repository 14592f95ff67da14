/**
 * The part of an address one client holds: an IPv4 address, or the /64 network of an IPv6
 * address (one household or host is given a whole /64, so its other addresses are the same client).
 */
function clientPart(address: string): string {
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

/**
 * The source number of a client address: a 24-bit bucket of its SHA-256 (of the IPv6 /64), so
 * the population loop can count one client posing as many visitors once without keeping the
 * address (each bucket is shared by 256 IPv4 addresses and as many /64 networks).
 */
export async function addressSource(address: string): Promise<number> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(clientPart(address))),
  );
  return ((digest[0] ?? 0) << 16) | ((digest[1] ?? 0) << 8) | (digest[2] ?? 0);
}
