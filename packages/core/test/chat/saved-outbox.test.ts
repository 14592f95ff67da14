import {
  type AttuneMessage,
  createChatSession,
  createLocalStorage,
  createMemoryStorage,
  type Signal,
  type StorageAdapter,
} from '@attune/core';
import type { ChatTransport, UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { ChatRequestError } from '../../src/chat/chat-request-error';
import { createSignalOutbox, SIGNAL_OUTBOX_SIZE } from '../../src/chat/signal-outbox';
import { scriptedModel } from './fake-model';
import { recordingPersonalization } from './recording-personalization';

const rating = (at: number): Signal => ({ kind: 'rating', rating: 'up', text: `reply ${at}`, at });

/**
 * A server that answers every request with one short reply, or fails it with the next of
 * `failures`; `signals` holds what each request carried.
 */
function fakeServer(failures: Error[] = []) {
  const signals: Signal[][] = [];
  let reply = 0;
  const transport: ChatTransport<AttuneMessage> = {
    async sendMessages({ body }) {
      signals.push((body as { attune?: { signals?: Signal[] } } | undefined)?.attune?.signals ?? []);
      const failure = failures.shift();
      if (failure) throw failure;
      const chunks: UIMessageChunk[] = [
        { type: 'start', messageId: `reply-${reply++}` },
        { type: 'text-start', id: 't' },
        { type: 'text-delta', id: 't', delta: 'Sure.' },
        { type: 'text-end', id: 't' },
        { type: 'finish', finishReason: 'stop' },
      ];
      return new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
    },
    reconnectToStream: async () => null,
  };
  return { transport, signals };
}

/** A page visit over `transport`, saved in `storage` (no personalization: the server has the persona). */
async function visit(storage: StorageAdapter, transport: ChatTransport<AttuneMessage>) {
  const warnings: string[] = [];
  const session = createChatSession({
    id: 'chat',
    transport,
    storage,
    onWarning: (warning) => warnings.push(warning),
  });
  await session.ready;
  return { session, warnings };
}

const lastReplyId = (messages: readonly AttuneMessage[]) =>
  messages.findLast((message) => message.role === 'assistant')?.id ?? '';

describe('the signal outbox', () => {
  it('puts saved signals back ahead of newer ones, keeps the newest SIGNAL_OUTBOX_SIZE and never a user text', () => {
    const outbox = createSignalOutbox();
    outbox.add(rating(1000));
    outbox.restore([rating(1), { kind: 'user-text', text: 'hi', at: 2 }, rating(3)]);
    expect(outbox.waiting().map((signal) => signal.at)).toEqual([1, 3, 1000]);
    outbox.restore(Array.from({ length: SIGNAL_OUTBOX_SIZE + 5 }, (_, index) => rating(index)));
    expect(outbox.waiting()).toHaveLength(SIGNAL_OUTBOX_SIZE);
    expect(outbox.waiting().at(-1)?.at).toBe(1000);
    expect(outbox.take()).toHaveLength(SIGNAL_OUTBOX_SIZE);
    expect(outbox.waiting()).toEqual([]);
  });
});

describe('feedback saved with the session', () => {
  it('a rating given before leaving is saved (as JSON too) and carried by the next visit’s first request, once', async () => {
    const items = new Map<string, string>();
    const storage = createLocalStorage({
      storage: {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => void items.set(key, value),
        removeItem: (key: string) => void items.delete(key),
      } as Storage,
    });
    const server = fakeServer();
    const first = await visit(storage, server.transport);
    await first.session.send('Where is my parcel?');
    await first.session.rate(lastReplyId(first.session.getState().messages), 'down');
    await first.session.destroy();
    expect(JSON.parse(items.get('attune:chat') ?? '{}').signals).toMatchObject([
      { kind: 'rating', rating: 'down', text: 'Sure.' },
    ]);

    const second = await visit(storage, server.transport);
    await second.session.send('Hello again.');
    await second.session.send('And again.');
    expect(server.signals.map((signals) => signals.map((signal) => signal.kind))).toEqual([
      [],
      ['rating'],
      [],
    ]);
    // Taken by the request, so the save after it holds none.
    expect(JSON.parse(items.get('attune:chat') ?? '{}').signals).toBeUndefined();
    expect(second.warnings).toEqual([]);
  });

  it('restores at most SIGNAL_OUTBOX_SIZE saved signals and drops a malformed one with a warning', async () => {
    const storage = createMemoryStorage();
    const many = Array.from({ length: SIGNAL_OUTBOX_SIZE + 4 }, (_, index) => rating(index + 1));
    await storage.save('chat', { version: 1, messages: [], signals: [...many, { kind: 'rating', at: -1 }] });
    const server = fakeServer();
    const { session, warnings } = await visit(storage, server.transport);
    expect(warnings).toEqual([expect.stringMatching(/saved signal was dropped: Signal 24 is malformed/)]);
    await session.send('Hi.');
    expect(server.signals[0]?.map((signal) => signal.at)).toEqual(
      many.slice(-SIGNAL_OUTBOX_SIZE).map((signal) => signal.at),
    );
  });

  it('a signals field that is not an array makes the saved session unreadable, with a warning', async () => {
    const storage = createMemoryStorage();
    await storage.save('chat', { version: 1, messages: [], signals: 'nope' as unknown as unknown[] });
    const { warnings } = await visit(storage, fakeServer().transport);
    expect(warnings).toEqual([expect.stringMatching(/signals field that is not an array/)]);
  });

  it('resetPersona() forgets the feedback no server has received: none is saved or sent', async () => {
    const storage = createMemoryStorage();
    const server = fakeServer();
    const { session } = await visit(storage, server.transport);
    await session.send('Hi.');
    await session.rate(lastReplyId(session.getState().messages), 'up');
    expect((await storage.load('chat'))?.signals).toHaveLength(1);
    await session.resetPersona();
    expect((await storage.load('chat'))?.signals).toBeUndefined();
    await session.send('Hello?');
    expect(server.signals).toEqual([[], []]);
  });

  it.each([
    { after: 'a network failure', failure: new TypeError('fetch failed'), again: true },
    {
      after: 'a rate limit',
      failure: new ChatRequestError('Slow down.', { code: 'rate-limited' }),
      again: true,
    },
    {
      after: 'an unavailable store',
      failure: new ChatRequestError('Paused.', { code: 'store-unavailable' }),
      again: true,
    },
    {
      after: 'a stop before the answer',
      failure: new DOMException('The reply was stopped.', 'AbortError'),
      again: true,
    },
    {
      after: 'a refused signal',
      failure: new ChatRequestError('Signal 0 is malformed.', { code: 'invalid-signal' }),
      again: false,
    },
  ])('after $after, the next request carries the rating again: $again', async ({ failure, again }) => {
    const storage = createMemoryStorage();
    const first = await visit(storage, fakeServer().transport);
    await first.session.send('Hi.');
    await first.session.rate(lastReplyId(first.session.getState().messages), 'up');
    await first.session.destroy();
    const failing = fakeServer([failure]);
    const { session } = await visit(storage, failing.transport);
    await session.send('Hello?');
    expect(session.getState().messages.at(-1)?.role).not.toBe('assistant');
    // What waits is saved too: leaving after the failure loses nothing either.
    expect((await storage.load('chat'))?.signals ?? []).toHaveLength(again ? 1 : 0);
    await session.retry();
    expect(failing.signals.map((signals) => signals.map((signal) => signal.kind))).toEqual([
      ['rating'],
      again ? ['rating'] : [],
    ]);
  });

  it('a session on an in-process model sends nothing anywhere, so it saves no outbox', async () => {
    const storage = createMemoryStorage();
    const session = createChatSession({
      id: 'chat',
      model: scriptedModel([['Local reply.']]),
      storage,
      personalization: recordingPersonalization().personalization,
    });
    await session.send('Hi.');
    await session.rate(lastReplyId(session.getState().messages), 'up');
    const saved = await storage.load('chat');
    expect(saved?.messages).toHaveLength(2);
    expect(saved && 'signals' in saved).toBe(false);
  });
});
