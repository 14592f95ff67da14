/** How fast the offline model streams its reply. */
export interface OfflinePacing {
  /** Words per `text-delta` chunk (default 2). */
  wordsPerChunk?: number;
  /** Wait between chunks in ms (default 45, about 40 words a second). */
  chunkDelayMs?: number;
  /** Wait before the first chunk in ms, like a model's time to first token (default 250). */
  firstChunkDelayMs?: number;
}

/** Pacing with every field set. */
export type ResolvedPacing = Required<OfflinePacing>;

const DEFAULT_PACING: ResolvedPacing = { wordsPerChunk: 2, chunkDelayMs: 45, firstChunkDelayMs: 250 };

/**
 * Resolves the `pacing` option: a number is the delay between chunks in ms (and `0`
 * streams with no waiting at all, for tests); an object overrides the defaults.
 */
export function resolvePacing(pacing: number | OfflinePacing | undefined): ResolvedPacing {
  if (typeof pacing === 'number') {
    if (!Number.isFinite(pacing) || pacing < 0) {
      throw new RangeError(`Offline model pacing must be a delay in ms of 0 or more, got ${pacing}.`);
    }
    return {
      ...DEFAULT_PACING,
      chunkDelayMs: pacing,
      firstChunkDelayMs: pacing === 0 ? 0 : DEFAULT_PACING.firstChunkDelayMs,
    };
  }
  if (pacing !== undefined && (typeof pacing !== 'object' || pacing === null)) {
    throw new TypeError(
      `Offline model pacing must be a number of ms or { wordsPerChunk, chunkDelayMs, firstChunkDelayMs }, got ${String(pacing)}.`,
    );
  }
  const resolved = { ...DEFAULT_PACING, ...pacing };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== 'number') {
      throw new TypeError(`Offline model pacing.${name} must be a number, got ${typeof value}.`);
    }
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Offline model pacing.${name} must be a number of 0 or more, got ${value}.`);
    }
  }
  if (resolved.wordsPerChunk < 1)
    throw new RangeError('Offline model pacing.wordsPerChunk must be at least 1.');
  return resolved;
}

/** Splits text into chunks of a few words each; the chunks join back to the exact text. */
export function chunkText(text: string, wordsPerChunk: number): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let index = 0; index < words.length; index += wordsPerChunk) {
    chunks.push(words.slice(index, index + wordsPerChunk).join(''));
  }
  return chunks;
}
