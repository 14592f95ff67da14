import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { createMemoryPersonaStore } from '@attune/core/server';
import { MockLanguageModelV4 } from 'ai/test';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSiteApp } from '../server/create-site-app';
import { DEFAULT_REPLY_TIMEOUT, withReplyTimeout } from '../server/reply-timeout';

/** A provider that sends `parts` and then stops answering, its connection left open. */
const stallingModel = (parts: LanguageModelV4StreamPart[]) => {
  const cancelled: unknown[] = [];
  const model = new MockLanguageModelV4({
    doStream: async (options) => {
      options.abortSignal?.addEventListener('abort', () => cancelled.push(options.abortSignal?.reason));
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
          },
        }),
      };
    },
  });
  return { model, cancelled };
};

/** A provider that accepts the connection and never sends its response headers. */
const silentModel = () => {
  const cancelled: unknown[] = [];
  const model = new MockLanguageModelV4({
    doStream: (options) =>
      new Promise((_, reject) =>
        options.abortSignal?.addEventListener('abort', () => {
          cancelled.push(options.abortSignal?.reason);
          reject(options.abortSignal?.reason);
        }),
      ),
  });
  return { model, cancelled };
};

const chat = {
  id: 'chat',
  messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Where is my parcel?' }] }],
};

describe('a reply whose provider stops answering', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'attune-reply-timeout-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ask = async (parts: LanguageModelV4StreamPart[] | 'no-headers') => {
    const { model, cancelled } = parts === 'no-headers' ? silentModel() : stallingModel(parts);
    const app = createSiteApp({
      model,
      store: createMemoryPersonaStore(),
      distDir: dir,
      onError: () => undefined,
      replyTimeout: { firstChunkMs: 200, chunkMs: 200, totalMs: 1_000 },
    });
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(chat),
    });
    expect(response.status).toBe(200);
    return { text: await response.text(), cancelled };
  };

  it('ends with an error the chat shows once nothing arrives in time, and cancels the provider call', async () => {
    const { text, cancelled } = await ask([{ type: 'stream-start', warnings: [] }]);
    expect(text).toContain('"type":"error"');
    expect(text).toContain('The assistant could not finish this reply.');
    expect(cancelled.length).toBeGreaterThan(0);
  });

  it('ends the same way when the provider never sends its response headers', async () => {
    const { text, cancelled } = await ask('no-headers');
    expect(text).toContain('The assistant could not finish this reply.');
    expect(cancelled).toHaveLength(1);
  });

  it('refuses a timeout that is not a positive number of ms', () => {
    const { model } = stallingModel([]);
    expect(() => withReplyTimeout(model, { ...DEFAULT_REPLY_TIMEOUT, chunkMs: 0 })).toThrow(RangeError);
    expect(() => withReplyTimeout(model, { ...DEFAULT_REPLY_TIMEOUT, totalMs: Number.NaN })).toThrow(
      RangeError,
    );
  });

  it('ends the same way when it stalls in the middle of a reply', async () => {
    const { text } = await ask([
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Report it under Orders' },
    ]);
    expect(text).toContain('Report it under Orders');
    expect(text).toContain('"type":"error"');
  });
});
