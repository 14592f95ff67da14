import type { AddressInfo } from 'node:net';
import {
  type AttuneMessage,
  type ChatSession,
  createChatSession,
  createPersonalization,
  messageText,
} from '@attune/core';
import { createChatHandler, createMemoryPersonaStore } from '@attune/core/server';
import { serve } from '@hono/node-server';
import { convertToModelMessages, streamText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { instructionsOf, streamingModel } from '../packages/core/test/server/handler/helpers';

// A session with `api` and createPersonalization's defaults, against Attune's handler and
// against a stock AI SDK server that knows nothing about personalization.
const store = createMemoryPersonaStore();
const FULL = 'Here you go, with a fuller and friendlier answer.';
/** Answers briefly when asked for less of an axis (a negative style level), fully otherwise. */
const full = streamingModel([FULL]);
const brief = streamingModel(['Brief.']);
const attuneModel = new MockLanguageModelV4({
  doStream: (options) => (/="-/.test(instructionsOf(options)) ? brief : full).doStream(options),
});
const stockModel = streamingModel(['Stock reply.']);
const bodies: Array<Record<string, unknown>> = [];
let server: ReturnType<typeof serve>;
let base = '';

beforeAll(async () => {
  const handle = createChatHandler({ model: attuneModel, store, getUserId: () => 'visitor' });
  const app = new Hono();
  app.post('/attune', async (context) => {
    bodies.push((await context.req.raw.clone().json()) as Record<string, unknown>);
    return handle(context.req.raw);
  });
  app.post('/stock', async (context) => {
    const body = (await context.req.json()) as { messages: AttuneMessage[] };
    const result = streamText({ model: stockModel, messages: await convertToModelMessages(body.messages) });
    return result.toUIMessageStreamResponse();
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A personalization with the defaults, that would compare on every turn it may. */
const eager = () =>
  createPersonalization({ compare: { policy: { everyTurns: 1 }, firstTurn: 1, allowConsecutive: true } });

const lastReply = (session: ChatSession) => session.getState().messages.at(-1);

describe('personalization over HTTP with the defaults', () => {
  it('sends the payload under `attune`, records the receipt, compares on differing receipts and sends what it learned', async () => {
    const session = createChatSession({ api: `${base}/attune`, personalization: eager() });
    await session.send('Where is my parcel?');
    expect(bodies.at(-1)?.attune).toMatchObject({ persona: { v: 1, mode: 'pba' } });
    expect(lastReply(session)?.metadata?.conditioning).toEqual({ source: 'none' });
    expect(lastReply(session)?.metadata?.comparison).toBeUndefined();

    const calls = attuneModel.doStreamCalls.length;
    await session.send('And how do returns work?');
    expect(attuneModel.doStreamCalls.length).toBe(calls + 2);
    const comparison = lastReply(session)?.metadata?.comparison;
    if (!comparison) throw new Error('expected a comparison');
    const [first, second] = comparison.candidates;
    expect(first.conditioning).toMatchObject({ source: 'payload', mode: 'pba' });
    expect(second.conditioning).toMatchObject({ source: 'payload', mode: 'pba' });
    expect(first.style).not.toEqual(second.style);
    // What the reply records is what the model was given.
    const axis = Object.keys(first.style ?? {})[0] as string;
    const sent = attuneModel.doStreamCalls.slice(-2).map((call) => instructionsOf(call));
    expect(sent.some((text) => text.includes(`${axis}="${first.style?.[axis as 'detail']}"`))).toBe(true);
    expect(lastReply(session)?.metadata?.style).toEqual(first.style);

    await session.choose(comparison.id, 1);
    await session.send('Thanks!');
    const carried = (bodies.at(-1)?.attune as { signals?: Array<{ kind: string }> } | undefined)?.signals;
    expect(carried?.map((signal) => signal.kind)).toEqual(['comparison']);
    const recorded = (await store.export('visitor')).signals.map((entry) => entry.signal.kind);
    expect(recorded.filter((kind) => kind === 'comparison')).toHaveLength(1);
    expect([FULL, 'Brief.']).toContain(messageText(lastReply(session) as AttuneMessage));
  });

  it('against a stock AI SDK server: one warning, no comparison, one request per turn', async () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const warnings: string[] = [];
    const session = createChatSession({
      api: `${base}/stock`,
      personalization: eager(),
      onWarning: (warning) => warnings.push(warning),
    });
    for (const text of ['Hello', 'Can I return a rug?', 'And a lamp?']) await session.send(text);
    expect(stockModel.doStreamCalls).toHaveLength(3);
    const replies = session.getState().messages.filter((message) => message.role === 'assistant');
    expect(replies.map((reply) => reply.metadata?.comparison)).toEqual([undefined, undefined, undefined]);
    expect(replies.every((reply) => reply.metadata?.conditioning?.source === 'none')).toBe(true);
    expect(replies.every((reply) => reply.metadata?.style === undefined)).toBe(true);
    expect(warnings.filter((warning) => /no conditioning receipt/.test(warning))).toHaveLength(1);
    expect(
      consoleWarn.mock.calls.filter(([text]) => /no conditioning receipt/.test(String(text))),
    ).toHaveLength(1);
    consoleWarn.mockRestore();
  });

  it('a session without personalization is told nothing about a stock server', async () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = createChatSession({ api: `${base}/stock` });
    await session.send('Hello');
    expect(messageText(lastReply(session) as AttuneMessage)).toBe('Stock reply.');
    expect(session.getState().warnings).toEqual([]);
    expect(consoleWarn).not.toHaveBeenCalled();
    consoleWarn.mockRestore();
  });
});
