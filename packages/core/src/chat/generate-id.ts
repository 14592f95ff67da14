const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A random id of `size` letters and digits from the platform's crypto random source, the
 * shape of the AI SDK's `generateId` (kept local so the session's first load needs no `ai`).
 */
export function generateId(size = 16): string {
  let id = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(size))) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
