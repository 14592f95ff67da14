import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The text detectors load on demand; this test holds them back, as on a page's first load.
const DETECTORS = '../../../packages/core/src/persona/detect-attributes';

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
    const session = createChatSession({ model, personalization: syncedPersonalization(inner) });
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
    const replyId = session.getState().messages.at(-1)?.id ?? '';
    await session.rate(replyId, 'up');
    expect(inner.persona.signalCount).toBe(2);
    // Nothing persona-shaped is saved in the browser: the persona lives on the server.
    expect(syncedPersonalization(inner).snapshot).toBeUndefined();
  });
});
