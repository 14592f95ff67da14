/** A 32-bit FNV-1a hash of a string: the seed that keeps the offline model deterministic. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Picks one option, the same one for the same seed and salt. */
export function pickSeeded<T>(options: readonly [T, ...T[]], seed: number, salt: string): T {
  const index = (seed ^ hashSeed(salt)) % options.length;
  return options[index] ?? options[0];
}
