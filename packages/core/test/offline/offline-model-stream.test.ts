import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { articles } from '../../../../examples/support-site/knowledge/articles';
import { createOfflineModel } from '../../src/offline';
import { callFor, readParts, replyText, supportModel } from './helpers';

const QUESTION = 'How do I reset my password?';

describe('offline model streaming', () => {
  it('streams stream-start, text-start, text-deltas, text-end and finish, in that order', async () => {
    const { stream } = await supportModel().doStream(callFor(QUESTION));
    const parts = await readParts(stream);
    expect(parts[1]).toMatchObject({
      type: 'source',
      sourceType: 'url',
      id: 'reset-your-password',
      url: '/articles/reset-your-password',
      title: 'Resetting your password',
    });
    const types = parts.map((part) => part.type).filter((type) => type !== 'source');
    expect(types[0]).toBe('stream-start');
    expect(types[1]).toBe('text-start');
    expect(types.slice(-2)).toEqual(['text-end', 'finish']);
    const middle = types.slice(2, -2);
    expect(middle.length).toBeGreaterThan(3);
    expect(new Set(middle)).toEqual(new Set(['text-delta']));
    const ids = new Set(
      parts.flatMap((part) =>
        part.type !== 'source' && 'id' in part && typeof part.id === 'string' ? [part.id] : [],
      ),
    );
    expect(ids.size).toBe(1);
  });

  it('streams the same text that doGenerate returns, and reports usage', async () => {
    const model = supportModel();
    const { stream } = await model.doStream(callFor(QUESTION));
    const parts = await readParts(stream);
    const streamed = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : [])).join('');
    expect(streamed).toBe(await replyText(model, callFor(QUESTION)));
    const finish = parts.at(-1) as Extract<LanguageModelV4StreamPart, { type: 'finish' }>;
    expect(finish.finishReason.unified).toBe('stop');
    expect(finish.usage.outputTokens.total).toBeGreaterThan(0);
    expect(finish.usage.inputTokens.total).toBeGreaterThan(0);
  });

  it('groups words into chunks as the pacing asks', async () => {
    const model = createOfflineModel({
      knowledge: articles,
      pacing: { wordsPerChunk: 5, chunkDelayMs: 0, firstChunkDelayMs: 0 },
    });
    const parts = await readParts((await model.doStream(callFor(QUESTION))).stream);
    const deltas = parts.flatMap((part) => (part.type === 'text-delta' ? [part.delta] : []));
    expect(deltas.slice(0, -1).every((delta) => delta.trim().split(/\s+/).length === 5)).toBe(true);
  });

  it('stops with an AbortError when aborted mid-stream, without a finish part', async () => {
    const controller = new AbortController();
    const model = createOfflineModel({
      knowledge: articles,
      pacing: { chunkDelayMs: 5, firstChunkDelayMs: 0 },
    });
    const { stream } = await model.doStream({ ...callFor(QUESTION), abortSignal: controller.signal });
    const reader = stream.getReader();
    const seen: LanguageModelV4StreamPart[] = [];
    let failure: unknown;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        seen.push(value);
        if (value.type === 'text-delta') controller.abort();
      }
    } catch (error) {
      failure = error;
    }
    expect((failure as Error | undefined)?.name).toBe('AbortError');
    expect(seen.filter((part) => part.type === 'text-delta')).toHaveLength(1);
    expect(seen.some((part) => part.type === 'finish')).toBe(false);
  });

  it('refuses to start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const model = supportModel();
    await expect(
      model.doStream({ ...callFor(QUESTION), abortSignal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(
      model.doGenerate({ ...callFor(QUESTION), abortSignal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('cuts the reply at maxOutputTokens and reports finish reason "length"', async () => {
    const model = supportModel();
    const full = await replyText(model, callFor(QUESTION));
    const result = await model.doGenerate({ ...callFor(QUESTION), maxOutputTokens: 10 });
    const text = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
    expect(result.finishReason.unified).toBe('length');
    expect(text.length).toBeLessThanOrEqual(40);
    expect(full.startsWith(text)).toBe(true);
  });

  it('warns that tools are not supported', async () => {
    const result = await supportModel().doGenerate({
      ...callFor(QUESTION),
      tools: [{ type: 'function', name: 'lookup', inputSchema: { type: 'object' } }],
    });
    expect(result.warnings).toEqual([expect.objectContaining({ type: 'unsupported', feature: 'tools' })]);
  });
});
