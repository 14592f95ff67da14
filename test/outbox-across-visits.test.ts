import {
  type AttuneMessage,
  type ChatSession,
  createChatSession,
  createMemoryStorage,
  createPersonalization,
  type StorageAdapter,
} from '@attune/core';
import { createChatHandler, createMemoryPersonaStore } from '@attune/core/server';
import { MockLanguageModelV4 } from 'ai/test';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instructionsOf, streamingModel } from '../packages/core/test/server/handler/helpers';
import { type LoopbackServer, serveOnLoopback } from '../packages/core/test/support/serve-on-loopback';

// A visitor who rates or chooses and then leaves (the tab closes, the session is destroyed) before
// sending again: the feedback waits in the saved session, travels with the next visit's first
// request and is recorded by Attune's handler exactly once.
const store = createMemoryPersonaStore();
const full = streamingModel(['Here you go, with a fuller and friendlier answer.']);
const brief = streamingModel(['Brief.']);
/** Answers briefly when asked for less of an axis (a negative style level), fully otherwise. */
const model = new MockLanguageModelV4({
  doStream: (options) => (/="-/.test(instructionsOf(options)) ? brief : full).doStream(options),
});
/** The `attune` field of every request body, per visitor. */
const carried = new Map<string, Array<{ signals?: Array<{ kind: string }> } | undefined>>();
let server: LoopbackServer;

beforeAll(async () => {
  const userOf = (request: Request) => request.headers.get('x-visitor') ?? undefined;
  const handle = createChatHandler({ model, store, getUserId: userOf });
  const app = new Hono();
  app.post('/api/chat', async (context) => {
    const body = (await context.req.raw.clone().json()) as { attune?: { signals?: Array<{ kind: string }> } };
    const visitor = userOf(context.req.raw) ?? '';
    carried.set(visitor, [...(carried.get(visitor) ?? []), body.attune]);
    return handle(context.req.raw);
  });
  server = await serveOnLoopback(app.fetch);
});

afterAll(async () => {
  await server.close();
});

/** A page visit: a session of `visitor` saved in `storage` under one id, comparing whenever it may. */
function visit(visitor: string, storage: StorageAdapter): ChatSession {
  return createChatSession({
    id: `chat-${visitor}`,
    api: `${server.origin}/api/chat`,
    storage,
    personalization: createPersonalization({
      compare: { policy: { everyTurns: 1 }, firstTurn: 1, allowConsecutive: true },
    }),
  });
}

const send = (session: ChatSession, visitor: string, text: string) =>
  session.send(text, { headers: { 'x-visitor': visitor } });

/** The kinds of signals each request of `visitor` carried, in order. */
const carriedKinds = (visitor: string) =>
  (carried.get(visitor) ?? []).map((attune) => (attune?.signals ?? []).map((signal) => signal.kind));

/** How many signals of `kind` the server stored for `visitor`. */
const recorded = async (visitor: string, kind: string) =>
  (await store.export(visitor)).signals.filter((entry) => entry.signal.kind === kind).length;

const lastReply = (session: ChatSession): AttuneMessage => {
  const reply = session.getState().messages.at(-1);
  if (reply?.role !== 'assistant') throw new Error('expected a reply');
  return reply;
};

describe('feedback given just before leaving', () => {
  it('a rating and a choice travel with the next visit’s first request, once, and are recorded once', async () => {
    const storage = createMemoryStorage();
    const first = visit('leaver', storage);
    await send(first, 'leaver', 'Where is my parcel?');
    await send(first, 'leaver', 'And how do returns work?');
    const comparison = lastReply(first).metadata?.comparison;
    if (!comparison) throw new Error('expected a comparison');
    await first.choose(comparison.id, 1);
    await first.rate(lastReply(first).id, 'up');
    expect(first.getState().waitingSignals.map((signal) => signal.kind)).toEqual(['comparison', 'rating']);
    await first.destroy();
    expect(await recorded('leaver', 'comparison')).toBe(0);
    expect(await recorded('leaver', 'rating')).toBe(0);

    const second = visit('leaver', storage);
    await second.ready;
    // Waiting, and the session says so before the next question.
    expect(second.getState().waitingSignals.map((signal) => signal.kind)).toEqual(['comparison', 'rating']);
    await send(second, 'leaver', 'Thanks!');
    expect(second.getState().waitingSignals).toEqual([]);
    // Each request of the comparing turn carries the same signals; the first turn carried none.
    expect(carriedKinds('leaver').slice(0, 1)).toEqual([[]]);
    const returning = carriedKinds('leaver').slice(3);
    expect(returning.length).toBeGreaterThan(0);
    for (const kinds of returning) expect(kinds).toEqual(['comparison', 'rating']);
    expect(await recorded('leaver', 'comparison')).toBe(1);
    expect(await recorded('leaver', 'rating')).toBe(1);

    // Sent once: the turn after carries nothing, and a third visit has nothing waiting.
    const requests = carriedKinds('leaver').length;
    await send(second, 'leaver', 'One more thing.');
    for (const kinds of carriedKinds('leaver').slice(requests)) expect(kinds).toEqual([]);
    await second.destroy();
    const third = visit('leaver', storage);
    await third.ready;
    await send(third, 'leaver', 'Bye.');
    expect(carriedKinds('leaver').at(-1)).toEqual([]);
    expect(await recorded('leaver', 'rating')).toBe(1);
    expect(await recorded('leaver', 'comparison')).toBe(1);
    await third.destroy();
  });

  it('a rating that arrives twice (two pages restored from the same save) is recorded once', async () => {
    const storage = createMemoryStorage();
    const first = visit('twice', storage);
    await send(first, 'twice', 'Can I change my address?');
    await first.rate(lastReply(first).id, 'down');
    await first.destroy();

    const tabs = [visit('twice', storage), visit('twice', storage)];
    await Promise.all(tabs.map((tab) => tab.ready));
    for (const tab of tabs) await send(tab, 'twice', 'Hello again.');
    // Both tabs carried it (a comparing turn carries it in each of its requests).
    const carrying = carriedKinds('twice').filter((kinds) => kinds.includes('rating'));
    expect(carrying.length).toBeGreaterThanOrEqual(2);
    expect(await recorded('twice', 'rating')).toBe(1);
    await Promise.all(tabs.map((tab) => tab.destroy()));
  });
});
