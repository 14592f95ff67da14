import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttuneMessage } from '../../src/message/message';
import { messageText } from '../../src/message/message-text';
import { scriptedModel } from './fake-model';

// The session's streaming engine (chat engine, reply reducer, transports) is a separate module the session
// imports on demand. Each test loads the session on a fresh module graph with that import
// failing or held back, as a page sees it when the engine's chunk fails or is still in flight.
const ENGINE = '../../src/chat/chat-engine';
const freshSession = async () => {
  vi.resetModules();
  return (await import('../../src/chat/create-chat-session')).createChatSession;
};
const texts = (messages: readonly AttuneMessage[]) => messages.map((m) => `${m.role}: ${messageText(m)}`);

/** Mocks the engine's import: `fail(n)` says whether load number n (from 1) fails; returns the load count. */
function mockEngineLoads(fail: (load: number) => boolean = () => false): { count: number } {
  const loads = { count: 0 };
  vi.doMock(ENGINE, async (importOriginal) => {
    loads.count += 1;
    if (fail(loads.count)) throw new Error('chunk fetch failed');
    return importOriginal();
  });
  return loads;
}

afterEach(() => {
  vi.doUnmock(ENGINE);
});

describe('the chat engine loads on demand', () => {
  it('when the engine cannot load, keeps the user message, shows the error, and retry() answers it', async () => {
    mockEngineLoads((load) => load === 1);
    const createChatSession = await freshSession();
    const onError = vi.fn();
    const session = createChatSession({ model: scriptedModel([['Hello', '!']]), onError });
    await session.send('Hi there');
    let state = session.getState();
    expect(texts(state.messages)).toEqual(['user: Hi there']);
    expect(state.status).toBe('error');
    expect(state.error?.message).toMatch(/^The chat engine could not be loaded: /);
    expect(onError).toHaveBeenCalledTimes(1);

    await session.retry();
    state = session.getState();
    expect(texts(state.messages)).toEqual(['user: Hi there', 'assistant: Hello!']);
    expect(state.status).toBe('ready');
    expect(state.error).toBeUndefined();
  });

  it('stop() while the engine is still loading keeps the message and ends the turn stopped', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.doMock(ENGINE, async (importOriginal) => {
      await held;
      return importOriginal();
    });
    const createChatSession = await freshSession();
    const model = scriptedModel([['never', ' sent']]);
    const session = createChatSession({ model });
    const sending = session.send('Hi');
    const stopping = session.stop();
    release();
    await Promise.all([sending, stopping]);
    const state = session.getState();
    expect(state.messages[0]?.role).toBe('user');
    expect(messageText(state.messages[0] as AttuneMessage)).toBe('Hi');
    expect(state.messages.some((m) => messageText(m).includes('never'))).toBe(false);
    expect(state.status).toBe('ready');
    expect(model.doStreamCalls).toHaveLength(0);
    await session.send('Again');
    expect(messageText(session.getState().messages.at(-1) as AttuneMessage)).toBe('never sent');
  });

  it('fetches the engine as soon as the session is created, by default', async () => {
    const loads = mockEngineLoads();
    const createChatSession = await freshSession();
    createChatSession({ model: scriptedModel([['Hi']]) });
    await vi.waitFor(() => expect(loads.count).toBe(1));
  });

  it('with preload: false, fetches the engine only on preload() or the first request', async () => {
    const loads = mockEngineLoads();
    const createChatSession = await freshSession();
    const session = createChatSession({ model: scriptedModel([['Hello', '!']]), preload: false });
    await session.ready;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads.count).toBe(0);
    await session.preload();
    await session.preload();
    expect(loads.count).toBe(1);
    await session.send('Hi');
    expect(texts(session.getState().messages)).toEqual(['user: Hi', 'assistant: Hello!']);
  });

  it('preload() never rejects when the engine cannot load; the next request loads again', async () => {
    mockEngineLoads((load) => load === 1);
    const createChatSession = await freshSession();
    const session = createChatSession({ model: scriptedModel([['Hello']]), preload: false });
    await expect(session.preload()).resolves.toBeUndefined();
    await session.send('Hi');
    expect(texts(session.getState().messages)).toEqual(['user: Hi', 'assistant: Hello']);
  });
});
