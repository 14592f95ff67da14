import { describe, expect, it } from 'vitest';
import { chunkText, resolvePacing } from '../../src/offline/pacing';

describe('pacing', () => {
  it('chunks text by words and the chunks join back to the exact text', () => {
    const text = 'Hello there,\n\n- one  two\nthree four five. ';
    const chunks = chunkText(text, 2);
    expect(chunks.join('')).toBe(text);
    expect(chunks.map((chunk) => chunk.trim().split(/\s+/).length)).toEqual([2, 2, 2, 2]);
  });

  it('reads a number as the delay between chunks, and 0 as no waiting at all', () => {
    expect(resolvePacing(0)).toMatchObject({ chunkDelayMs: 0, firstChunkDelayMs: 0 });
    expect(resolvePacing(20).chunkDelayMs).toBe(20);
    expect(resolvePacing({ wordsPerChunk: 4 })).toMatchObject({ wordsPerChunk: 4 });
  });

  it('rejects impossible pacing: a RangeError out of range, a TypeError for what is not a number', () => {
    expect(() => resolvePacing(Number.NaN)).toThrow(RangeError);
    expect(() => resolvePacing(-1)).toThrow(/pacing must be a delay in ms of 0 or more, got -1/);
    expect(() => resolvePacing({ chunkDelayMs: -1 })).toThrow(RangeError);
    expect(() => resolvePacing({ chunkDelayMs: -1 })).toThrow('pacing.chunkDelayMs');
    expect(() => resolvePacing({ wordsPerChunk: 0 })).toThrow(RangeError);
    expect(() => resolvePacing({ wordsPerChunk: 0 })).toThrow('wordsPerChunk must be at least 1');
    const notPacing = ['fast', null, { chunkDelayMs: '10' }] as unknown as Parameters<
      typeof resolvePacing
    >[0][];
    for (const pacing of notPacing) expect(() => resolvePacing(pacing)).toThrow(TypeError);
    expect(() => resolvePacing('fast' as never)).toThrow(
      'Offline model pacing must be a number of ms or { wordsPerChunk, chunkDelayMs, firstChunkDelayMs }',
    );
  });
});
