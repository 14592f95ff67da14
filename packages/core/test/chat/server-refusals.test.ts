import { ChatRequestError, createChatSession } from '@attune/core';
import { createChatHandler, createMemoryRateLimiter, createRateLimit } from '@attune/core/server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamingModel } from '../server/handler/helpers';
import { type LoopbackServer, serveOnLoopback } from '../support/serve-on-loopback';

let server: LoopbackServer;
let api = '';
let now = 0;

beforeAll(async () => {
  const chat = createChatHandler({
    model: streamingModel(['Hello']),
    getUserId: () => 'visitor',
    rateLimit: createRateLimit({
      limiter: createMemoryRateLimiter({ now: () => now }),
      perVisitor: { capacity: 1, refillPerSecond: 0.05 },
    }),
  });
  const app = new Hono();
  app.post('/api/chat', (context) => chat(context.req.raw));
  server = await serveOnLoopback(app.fetch);
  api = `${server.origin}/api/chat`;
});
afterAll(() => {
  return server?.close();
});

describe('a session meeting a server refusal', () => {
  it('keeps the server message, its code and when a retry is allowed, and retries once allowed', async () => {
    const session = createChatSession({ id: 'refused', api });
    await session.send('First question');
    expect(session.getState().status).toBe('ready');
    const before = Date.now();
    await session.send('Second question');
    const { status, error, messages } = session.getState();
    expect(status).toBe('error');
    expect(error).toBeInstanceOf(ChatRequestError);
    expect(error).toMatchObject({
      message: 'Too many requests; try again in 20 seconds.',
      code: 'rate-limited',
    });
    expect((error as ChatRequestError).retryAt).toBeGreaterThanOrEqual(before + 20_000);
    expect(messages.at(-1)?.role).toBe('user');
    now += 20_000;
    await session.retry();
    expect(session.getState().status).toBe('ready');
    expect(session.getState().messages.map((message) => message.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
  });
});
