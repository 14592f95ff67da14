import {
  createChatHandler,
  createMemoryPersonaStore,
  createMemoryRateLimiter,
  createPersonaHandlers,
  createRateLimit,
  createStoreHealth,
  type PersonaStore,
} from '@attune/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPersona } from '../../../src/index';
import { instructionsOf, post, readChunks, replyText, streamingModel, userMessage } from './helpers';

const URL = 'http://localhost/api/chat';
const USER = 'visitor-1';

type Mode = 'works' | 'fails' | 'hangs';

/** A memory store that can be switched to failing (a driver error with `code`) or hanging. */
function switchableStore(code = 'SQLITE_CORRUPT') {
  const inner = createMemoryPersonaStore();
  let mode: Mode = 'works';
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (mode === 'fails') return Promise.reject(Object.assign(new Error('disk trouble'), { code }));
        if (mode === 'hangs') return new Promise(() => {});
        return value.apply(target, args);
      };
    },
  }) as PersonaStore;
  return { store, inner, set: (next: Mode) => (mode = next) };
}

const seeded = () => {
  const persona = createPersona();
  persona.set('communication_concise', 1, { pinned: true });
  return { state: persona.toJSON() as never };
};

describe('the handlers when the store fails', () => {
  let logs: unknown[];
  beforeEach(() => {
    logs = [];
  });

  const setup = (code?: string, timeoutMs = 500) => {
    const switchable = switchableStore(code);
    const health = createStoreHealth({ timeoutMs, log: (message) => logs.push(message) });
    const model = streamingModel(['Hello', ' there']);
    const options = { store: switchable.store, getUserId: () => USER, health, onError: () => undefined };
    return {
      ...switchable,
      health,
      model,
      chat: createChatHandler({ ...options, model, instructions: 'Be helpful.' }),
      persona: createPersonaHandlers(options),
    };
  };

  it.each([
    ['corrupt', 'SQLITE_CORRUPT'],
    ['read-only', 'SQLITE_READONLY'],
    ['full', 'SQLITE_FULL'],
    ['unavailable', 'ECONNREFUSED'],
  ])('still answers when the store is %s, paused, logs once and reports it', async (reason, code) => {
    const { chat, set, health } = setup(code);
    set('fails');
    for (const id of ['u1', 'u2', 'u3']) {
      const response = await chat(post(URL, { messages: [userMessage(`Question ${id}`, id)] }));
      expect(response.status).toBe(200);
      const chunks = await readChunks(response.clone());
      expect(await replyText(response)).toBe('Hello there');
      expect(chunks).toContainEqual({
        type: 'start',
        messageId: expect.any(String), // the reply's id, made on the server as a stock route does
        messageMetadata: { personalization: 'paused', conditioning: { source: 'none' } },
      });
    }
    expect(logs).toHaveLength(1);
    expect(health.status()).toMatchObject({ status: 'degraded', reason });
  });

  it('answers in time when the store hangs, and recovers once a write succeeds', async () => {
    const { chat, inner, set, health } = setup(undefined, 50);
    await inner.update(USER, seeded);
    set('hangs');
    const response = await chat(post(URL, { messages: [userMessage('Where is my parcel?')] }));
    expect(await replyText(response)).toBe('Hello there');
    expect(health.status()).toMatchObject({ status: 'degraded', reason: 'timeout' });
    set('works');
    await (await chat(post(URL, { messages: [userMessage('And now?', 'u2')] }))).text();
    expect(health.status()).toEqual({ status: 'ok' });
    expect(logs).toHaveLength(2);
  });

  it('marks the reply paused when only recording the turn fails', async () => {
    const { inner, store } = setup();
    await inner.update(USER, seeded);
    const failing = new Proxy(store, {
      get: (target, property) =>
        property === 'appendSignals'
          ? () => Promise.reject(Object.assign(new Error('full'), { code: 'SQLITE_FULL' }))
          : Reflect.get(target, property),
    });
    const handler = createChatHandler({
      model: streamingModel(['Hi']),
      store: failing,
      getUserId: () => USER,
      health: createStoreHealth({ log: () => undefined }),
    });
    const chunks = await readChunks(await handler(post(URL, { messages: [userMessage('Hello?')] })));
    expect(chunks.map((chunk) => chunk.type)).toContain('text-delta');
    const finish = chunks.findIndex((chunk) => chunk.type === 'finish');
    expect(chunks[finish - 1]).toEqual({
      type: 'message-metadata',
      messageMetadata: { personalization: 'paused' },
    });
  });

  it('answers the persona endpoints with 503 store-unavailable while the store fails', async () => {
    const { persona, set } = setup();
    set('fails');
    const response = await persona.get(new Request('http://localhost/api/persona'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('store-unavailable');
  });
});

describe('forget-me in the handlers', () => {
  it('clears what the chat handler remembers, so a resent turn carries nothing of the old persona', async () => {
    const store = createMemoryPersonaStore();
    await store.update(USER, seeded);
    const model = streamingModel(['Hi']);
    const chat = createChatHandler({ model, store, getUserId: () => USER });
    const persona = createPersonaHandlers({ store, getUserId: () => USER });
    const turn = { id: 'chat-1', messages: [userMessage('How do returns work?', 'u1')] };
    await (await chat(post(URL, turn))).text();
    expect(instructionsOf(model.doStreamCalls[0])).toContain('Concise communication style');
    expect((await persona.forget(new Request(URL, { method: 'DELETE' }))).status).toBe(200);
    await (await chat(post(URL, turn))).text();
    expect(instructionsOf(model.doStreamCalls[1])).not.toContain('Concise communication style');
    const exported = await store.export(USER);
    expect(exported.persona).toBeNull();
    expect(exported.signals).toEqual([]);
  });
});

describe('rate limits in the handlers', () => {
  it('answers 429 with Retry-After and a typed JSON error, without calling the model', async () => {
    let now = 0;
    const rateLimit = createRateLimit({
      limiter: createMemoryRateLimiter({ now: () => now }),
      perVisitor: { capacity: 2, refillPerSecond: 0.1 },
      perAddress: { capacity: 3, refillPerSecond: 1 },
      getClientAddress: (request) => request.headers.get('x-test-address'),
    });
    const model = streamingModel(['Hi']);
    const chat = createChatHandler({
      model,
      getUserId: (request) => request.headers.get('x-user'),
      rateLimit,
    });
    const send = (user: string) =>
      chat(post(URL, { messages: [userMessage('Hi')] }, { 'x-user': user, 'x-test-address': '10.0.0.1' }));
    expect(await replyText(await send('a'))).toBe('Hi');
    expect(await replyText(await send('a'))).toBe('Hi');
    const limited = await send('a');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(await limited.json()).toEqual({
      error: {
        code: 'rate-limited',
        message: 'Too many requests; try again in 10 seconds.',
        retryAfterSeconds: 10,
      },
    });
    // A new visitor from the same address meets the address bucket (3 taken).
    expect((await send('b')).status).toBe(429);
    expect(model.doStreamCalls).toHaveLength(2);
    now += 10_000;
    expect((await send('a')).status).toBe(200);
    expect(() => createRateLimit({ perVisitor: { capacity: 0, refillPerSecond: 1 } })).toThrow(RangeError);
  });
});
