import type { Signal } from '@attune/core';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonaApi } from '../src/assistant/persona-api';

// The text detectors load on demand; this test holds them back, as on a page's first load.
const DETECTORS = '../../../packages/core/src/persona/detect-attributes';

const answer = { persona: null, profile: '', signalCount: 0 };

function fakeApi(): PersonaApi & { posted: Signal[] } {
  const posted: Signal[] = [];
  return {
    posted,
    get: async () => answer,
    postSignals: async (signals) => {
      posted.push(...signals);
      return answer;
    },
    replace: async () => answer,
    forget: async () => ({ personas: 0, signals: 0 }),
    exportUrl: '/api/persona/export',
  };
}

const model = new MockLanguageModelV4({
  doStream: async () => ({
    stream: simulateReadableStream({
      chunkDelayInMs: null,
      chunks: [
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't' },
        { type: 'text-delta', id: 't', delta: 'Refunds take five working days.' },
        { type: 'text-end', id: 't' },
        {
          type: 'finish',
          finishReason: { unified: 'stop', raw: 'stop' },
          usage: {
            inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
            outputTokens: { total: 1, text: 1, reasoning: undefined },
          },
        },
      ],
    }),
  }),
});

describe('syncedPersonalization', () => {
  afterEach(() => {
    vi.doUnmock(DETECTORS);
  });

  it('waits until the persona can read texts, so the first message is learned, not lost', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.doMock(DETECTORS, async (importOriginal) => {
      await held;
      return importOriginal();
    });
    vi.resetModules();
    const { createChatSession, createPersonalization } = await import('@attune/core');
    const { syncedPersonalization } = await import('../src/assistant/synced-personalization');
    const inner = createPersonalization({ mode: 'both', transport: 'http' });
    const api = fakeApi();
    const session = createChatSession({ model, personalization: syncedPersonalization(inner, api, vi.fn()) });
    // The detectors arrive only after the request has started (the first task after `submitted`):
    // by then an observe that does not wait for them has already failed.
    session.subscribe(
      (state) => state.status,
      (status) => {
        if (status === 'submitted') setTimeout(release, 0);
      },
    );
    await session.send('When will I get my refund?');
    expect(session.getState().warnings).toEqual([]);
    expect(inner.persona.signalCount).toBe(1);
    // The visitor's own message goes to the server with the chat request, not as a signal.
    expect(api.posted).toEqual([]);
    const replyId = session.getState().messages.at(-1)?.id ?? '';
    await session.rate(replyId, 'up');
    expect(api.posted.map((signal) => signal.kind)).toEqual(['rating']);
  });
});
