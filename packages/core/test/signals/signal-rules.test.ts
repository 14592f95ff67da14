import { createPersona, type Signal } from '@attune/core';
import { createChatHandler, createMemoryPersonaStore, createPersonaHandlers } from '@attune/core/server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamingModel, userMessage } from '../server/handler/helpers';
import { type LoopbackServer, serveOnLoopback } from '../support/serve-on-loopback';
import { BAD_SIGNALS, GOOD_SIGNALS, malformed } from './signal-rules';

// The store run of the table is in the store contract (test/server/stores/persona-store-contract.ts).

describe('the signal rules, through persona.observe', () => {
  it.each(BAD_SIGNALS)('refuses %s with the shared message and learns nothing', (_name, signal, problem) => {
    const persona = createPersona();
    const before = JSON.stringify(persona.toJSON());
    expect(() => persona.observe(signal as Signal)).toThrow(new RangeError(malformed(problem)));
    expect(JSON.stringify(persona.toJSON())).toBe(before);
  });

  it.each(GOOD_SIGNALS)('accepts %s', (_name, signal) => {
    expect(() => createPersona().observe(signal as Signal)).not.toThrow();
  });
});

describe('the signal rules, through the handlers over HTTP', () => {
  const store = createMemoryPersonaStore();
  let server: LoopbackServer;
  let base = '';
  let user = 0;

  beforeAll(async () => {
    const persona = createPersonaHandlers({ store, getUserId: (request) => request.headers.get('x-user') });
    const chat = createChatHandler({
      model: streamingModel(['Fine.']),
      store,
      getUserId: (request) => request.headers.get('x-user'),
    });
    const app = new Hono();
    app.post('/api/signals', (context) => persona.signals(context.req.raw));
    app.post('/api/chat', (context) => chat(context.req.raw));
    server = await serveOnLoopback(app.fetch);
    base = server.origin;
  });
  afterAll(() => server.close());

  /** Posts `body` to `path` as a fresh user; gives the status, the error and what was stored. */
  async function post(path: string, body: unknown) {
    user += 1;
    const userId = `user-${user}`;
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': userId },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const error = response.ok
      ? undefined
      : (JSON.parse(text) as { error: { code: string; message: string } }).error;
    return { status: response.status, error, stored: (await store.export(userId)).signals.length };
  }

  it.each(BAD_SIGNALS)('POST /signals refuses %s with the shared message', async (_name, signal, problem) => {
    const answer = await post('/api/signals', { signals: [signal] });
    expect(answer).toEqual({
      status: 400,
      error: { code: 'invalid-signal', message: malformed(problem, 0) },
      stored: 0,
    });
  });

  it.each(BAD_SIGNALS)('POST /chat refuses %s with the shared message', async (_name, signal, problem) => {
    const answer = await post('/api/chat', { messages: [userMessage('Hi')], attune: { signals: [signal] } });
    expect(answer).toEqual({
      status: 400,
      error: { code: 'invalid-signal', message: malformed(problem, 0) },
      stored: 0,
    });
  });

  it.each(GOOD_SIGNALS)('POST /signals accepts %s', async (_name, signal) => {
    const answer = await post('/api/signals', { signals: [signal] });
    expect(answer).toMatchObject({ status: 200, error: undefined });
  });
});
