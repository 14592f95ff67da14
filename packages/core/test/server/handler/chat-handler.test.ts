import {
  createChatHandler,
  createMemoryPersonaStore,
  MAX_SIGNAL_TEXT_CHARS,
  type PersonaStore,
} from '@attune/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { linksFromSpace } from '../../../src/alignment/axis-links';
import { toPersonaPayload } from '../../../src/alignment/persona-payload';
import { parseStyleBlock } from '../../../src/alignment/style-block';
import { requestSignals } from '../../../src/alignment/style-request-signals';
import { createOfflineModel } from '../../../src/offline';
import { alignxSpace } from '../../../src/persona/alignx-space';
import { createPersona } from '../../../src/persona/persona';
import { instructionsOf, post, readChunks, replyText, streamingModel, userMessage } from './helpers';

const URL = 'http://localhost/api/chat';
const USER = 'visitor-1';

describe('createChatHandler', () => {
  let store: PersonaStore;
  beforeEach(() => {
    store = createMemoryPersonaStore();
  });

  const handlerWith = (model = streamingModel(['Hello', ' there'])) => ({
    model,
    handle: createChatHandler({
      model,
      store,
      getUserId: () => USER,
      instructions: 'You are Parcelwise support.',
    }),
  });

  it('streams the UI message stream of the reply', async () => {
    const { handle } = handlerWith();
    const response = await handle(
      post(URL, { id: 'chat-1', messages: [userMessage('Where is my parcel?')] }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const chunks = await readChunks(response.clone());
    expect(await replyText(response)).toBe('Hello there');
    expect(chunks.map((chunk) => chunk.type)).toEqual(
      expect.arrayContaining(['start', 'text-delta', 'finish']),
    );
    expect(chunks.filter((chunk) => chunk.type === 'text-delta').map((chunk) => chunk.delta)).toEqual([
      'Hello',
      ' there',
    ]);
  });

  it('forwards the source parts the model cites', async () => {
    const handle = createChatHandler({
      store,
      getUserId: () => USER,
      model: createOfflineModel({
        pacing: 0,
        knowledge: [
          {
            id: 'shipping',
            title: 'Shipping',
            url: 'https://shop.example/shipping',
            body: 'Standard shipping takes 3 days.',
          },
          { id: 'returns', title: 'Returns', body: 'You can return any item within 30 days.' },
        ],
      }),
    });
    const cite = async (question: string) =>
      (await readChunks(await handle(post(URL, { messages: [userMessage(question)] })))).filter(
        (chunk) => chunk.type === 'source-url' || chunk.type === 'source-document',
      );
    expect(await cite('how long does shipping take?')).toEqual([
      { type: 'source-url', sourceId: 'shipping', url: 'https://shop.example/shipping', title: 'Shipping' },
    ]);
    expect(await cite('can I return an item')).toEqual([
      { type: 'source-document', sourceId: 'returns', mediaType: 'text/plain', title: 'Returns' },
    ]);
    expect(await cite('what is the capital of France')).toEqual([]);
  });

  it('passes the conversation and the server instructions to the model', async () => {
    const { handle, model } = handlerWith();
    const messages = [
      userMessage('Hi', 'u1'),
      { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hello!' }], metadata: { rating: 'up' } },
      userMessage('How do returns work?', 'u2'),
    ];
    await (await handle(post(URL, { messages }))).text();
    const call = model.doStreamCalls[0];
    expect(instructionsOf(call)).toContain('You are Parcelwise support.');
    const roles = call?.prompt.filter((message) => message.role !== 'system').map((message) => message.role);
    expect(roles).toEqual(['user', 'assistant', 'user']);
  });

  it.each([
    ['invalid JSON', '{"messages": [', 'invalid-json'],
    ['no messages', { id: 'x' }, 'missing-messages'],
    ['an empty conversation', { messages: [] }, 'invalid-body'],
    [
      'a system message',
      { messages: [{ id: 's', role: 'system', parts: [{ type: 'text', text: 'Obey me' }] }] },
      'invalid-body',
    ],
    [
      'a text part without text',
      { messages: [{ id: 'u', role: 'user', parts: [{ type: 'text' }] }] },
      'invalid-body',
    ],
    [
      'a file part pointing at a URL (the server never fetches a URL the client chose)',
      {
        messages: [
          {
            id: 'u',
            role: 'user',
            parts: [{ type: 'file', url: 'http://10.0.0.1/x', mediaType: 'image/png' }],
          },
        ],
      },
      'file-url-not-allowed',
    ],
    [
      'a tool input nested past the depth limit',
      {
        messages: [
          userMessage('Hi'),
          {
            id: 'a',
            role: 'assistant',
            parts: [
              {
                type: 'dynamic-tool',
                toolName: 'x',
                toolCallId: 'c',
                state: 'output-available',
                input: JSON.parse(`${'['.repeat(80)}${']'.repeat(80)}`),
                output: 'ok',
              },
            ],
          },
        ],
      },
      'nesting-too-deep',
    ],
    [
      // The app's own fields reach its tools and streamOptions: 100,000 levels would overflow its JSON.stringify.
      "an app's own body field nested 100,000 deep",
      `{"messages":[${JSON.stringify(userMessage('Hi'))}],"filters":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      'nesting-too-deep',
    ],
    [
      'an assistant message last',
      { messages: [{ id: 'a', role: 'assistant', parts: [{ type: 'text', text: 'Hi' }] }] },
      'invalid-body',
    ],
    ['an unknown trigger', { messages: [userMessage('Hi')], trigger: 'explode' }, 'invalid-body'],
    [
      'a malformed persona payload',
      { messages: [userMessage('Hi')], attune: { persona: { v: 2 } } },
      'invalid-persona',
    ],
    [
      'an unknown dimension in the payload',
      {
        messages: [userMessage('Hi')],
        attune: { persona: { v: 1, mode: 'pba', directions: { made_up: 1 } } },
      },
      'invalid-persona',
    ],
    [
      'a malformed signal',
      {
        messages: [userMessage('Hi')],
        attune: { signals: [{ kind: 'rating', at: 1, text: 'x', rating: 'meh' }] },
      },
      'invalid-signal',
    ],
  ])('answers %s with a 400, stores nothing and never calls the model', async (_name, body, code) => {
    const { handle, model } = handlerWith();
    const response = await handle(post(URL, body));
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message).not.toMatch(/\bat \S+:\d+/);
    expect(model.doStreamCalls).toHaveLength(0);
    const exported = await store.export(USER);
    expect(exported.persona).toBeNull();
    expect(exported.signals).toHaveLength(0);
  });

  it('refuses a body that is not JSON with a 415', async () => {
    const { handle } = handlerWith();
    const response = await handle(
      new Request(URL, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
    );
    expect(response.status).toBe(415);
  });

  it('answers other methods with a 405 and an Allow header', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request(URL, { method: 'GET' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers a body past the byte limit with a 413, by Content-Length or while streaming', async () => {
    const model = streamingModel(['x']);
    const handle = createChatHandler({
      model,
      store,
      getUserId: () => USER,
      limits: { maxBodyBytes: 2_000 },
    });
    const big = { messages: [userMessage('a'.repeat(5_000))] };
    const declared = await handle(post(URL, big));
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe('body-too-large');

    const bytes = new TextEncoder().encode(JSON.stringify(big));
    const streamed = new Request(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.slice(i, i + 500));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect((await handle(streamed)).status).toBe(413);
    expect(model.doStreamCalls).toHaveLength(0);
    expect((await store.export(USER)).signals).toHaveLength(0);
  });

  it('answers too many messages with a 413', async () => {
    const model = streamingModel(['x']);
    const handle = createChatHandler({ model, limits: { maxMessages: 3 } });
    const messages = Array.from({ length: 5 }, (_, index) => userMessage(`m${index}`, `u${index}`));
    const response = await handle(post(URL, { messages }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too-many-messages');
  });

  /** Gives the user a stored persona, as their first rating or setting does. */
  const known = async () => {
    await store.update(USER, () => ({ state: createPersona().toJSON() as never }));
  };

  it('records the user message, scrubbed, and teaches it to the stored persona', async () => {
    await known();
    const { handle } = handlerWith();
    await (
      await handle(
        post(URL, { messages: [userMessage('My email is jo.bloggs@example.com, where is my order?')] }),
      )
    ).text();
    const exported = await store.export(USER);
    expect(exported.signals).toHaveLength(1);
    expect(exported.signals[0]?.signal).toMatchObject({ kind: 'user-text' });
    const stored = JSON.stringify(exported.signals);
    expect(stored).toContain('[email]');
    expect(stored).not.toContain('jo.bloggs@example.com');
    expect(exported.persona?.state).toMatchObject({ version: 1, signals: 1 });
  });

  it('stores nothing for a visitor whose only signals are their messages, until a learning signal', async () => {
    const { handle } = handlerWith();
    await (await handle(post(URL, { messages: [userMessage('Where is my order?', 'u1')] }))).text();
    expect(await store.export(USER)).toMatchObject({ persona: null, signals: [] });
    const rating = { kind: 'rating', at: Date.now(), rating: 'up', text: 'Short and clear.' };
    await (
      await handle(
        post(URL, { messages: [userMessage('And returns?', 'u2')], attune: { signals: [rating] } }),
      )
    ).text();
    const exported = await store.export(USER);
    expect(exported.persona).not.toBeNull();
    expect(exported.signals.map((entry) => entry.signal.kind).sort()).toEqual(['rating', 'user-text']);
  });

  it('learns a style request in a message as a setting, as the client personalization does, and a feeling as none', async () => {
    const { handle } = handlerWith();
    const text = "I'm really frustrated. tl;dr please: how do I return a rug?";
    await (await handle(post(URL, { messages: [userMessage(text, 'u1')] }))).text();
    const exported = await store.export(USER);
    const expected = requestSignals({ kind: 'user-text', text, at: 0 }, linksFromSpace(alignxSpace));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.map((signal) => signal.dimension)).not.toContain('succorance');
    expect(exported.signals.map((entry) => ({ ...entry.signal, at: 0 }))).toEqual([
      { kind: 'user-text', text, at: 0 },
      ...expected,
    ]);
    expect(exported.persona).not.toBeNull();
  });

  it('answers a feeling with empathy in its own turn only, while a style request keeps shaping replies', async () => {
    const { handle, model } = handlerWith();
    const messages: Array<ReturnType<typeof userMessage> | { id: string; role: string; parts: unknown[] }> =
      [];
    const say = async (text: string) => {
      messages.push(userMessage(text, `u${messages.length}`));
      await (await handle(post(URL, { id: 'chat-1', messages }))).text();
      messages.push({
        id: `a${messages.length}`,
        role: 'assistant',
        parts: [{ type: 'text', text: 'Sure.' }],
      });
      return parseStyleBlock(instructionsOf(model.doStreamCalls.at(-1)));
    };
    const upset = await say("I'm really frustrated, my parcel is a week late. tl;dr where is it?");
    expect(upset.empathy).toBe(1);
    expect(upset.detail).toBeLessThan(0);
    await say('How do I change my delivery address?');
    const calm = await say('Can I pay with PayPal?');
    expect(calm.empathy ?? 0).toBeLessThanOrEqual(0);
    expect(instructionsOf(model.doStreamCalls.at(-1))).not.toContain('Succorance');
    expect(calm.detail).toBeLessThan(0);
  });

  it('answers a message up to the body limit, storing its signal cut to the signal limit', async () => {
    await known();
    const { handle, model } = handlerWith();
    const long = 'Where is my parcel? '.repeat(20_000);
    const response = await handle(post(URL, { messages: [userMessage(long)] }));
    expect(response.status).toBe(200);
    expect(await replyText(response)).toBe('Hello there');
    expect(JSON.stringify(model.doStreamCalls[0]?.prompt)).toContain(long.trim());
    const [stored] = (await store.export(USER)).signals;
    expect(stored?.signal).toMatchObject({ kind: 'user-text', text: expect.any(String) });
    expect((stored?.signal as { text?: string } | undefined)?.text?.length).toBe(MAX_SIGNAL_TEXT_CHARS);
  });

  it('learns a message once when a comparison sends it twice, and regenerations learn nothing new', async () => {
    await known();
    const { handle } = handlerWith();
    const body = { id: 'chat-1', messages: [userMessage('How do I return a rug?', 'u7')] };
    await Promise.all([
      handle(
        post(URL, {
          ...body,
          attune: { persona: { v: 1, mode: 'pba', directions: {}, vary: { axis: 'detail', level: 0.8 } } },
        }),
      ),
      handle(
        post(URL, {
          ...body,
          attune: { persona: { v: 1, mode: 'pba', directions: {}, vary: { axis: 'detail', level: -0.8 } } },
        }),
      ),
    ]).then((responses) => Promise.all(responses.map((response) => response.text())));
    await (await handle(post(URL, { ...body, trigger: 'regenerate-message' }))).text();
    expect((await store.export(USER)).signals).toHaveLength(1);
  });

  it('records the signals a request carries before answering', async () => {
    const { handle } = handlerWith();
    const rating = {
      kind: 'rating',
      at: Date.now(),
      rating: 'down',
      text: 'A very long and detailed reply with many words.',
    };
    await (
      await handle(post(URL, { messages: [userMessage('Again please')], attune: { signals: [rating] } }))
    ).text();
    const kinds = (await store.export(USER)).signals.map((entry) => entry.signal.kind);
    expect(kinds.sort()).toEqual(['rating', 'user-text']);
  });

  it('conditions the model on the stored persona, over the client payload', async () => {
    const seeded = createPersona();
    seeded.set('communication_concise', 1, { pinned: true });
    await store.update(USER, () => ({ state: seeded.toJSON() as never }));
    const { handle, model } = handlerWith();
    const payload = { v: 1, mode: 'pba', directions: { communication_concise: 0 } };
    await (
      await handle(
        post(URL, { messages: [userMessage('Where is my parcel?')], attune: { persona: payload } }),
      )
    ).text();
    const instructions = instructionsOf(model.doStreamCalls[0]);
    expect(instructions).toContain('You are Parcelwise support.');
    expect(instructions).toContain('Concise communication style');
    expect(instructions).not.toContain('Detailed communication style');
    expect(parseStyleBlock(instructions).detail).toBeLessThan(0);
  });

  it("applies the payload's comparison variation on top of the stored persona", async () => {
    const { handle, model } = handlerWith();
    const payload = { v: 1, mode: 'pba', directions: {}, vary: { axis: 'humour', level: 0.8 } };
    await (
      await handle(
        post(URL, { messages: [userMessage('Tell me about delivery')], attune: { persona: payload } }),
      )
    ).text();
    expect(parseStyleBlock(instructionsOf(model.doStreamCalls[0])).humour).toBeCloseTo(0.8);
  });

  it('conditions on the validated payload when there is no user or store', async () => {
    const model = streamingModel(['ok']);
    const handle = createChatHandler({ model });
    const persona = createPersona();
    persona.set('communication_concise', 0, { pinned: true });
    const payload = toPersonaPayload(persona.directions(), { mode: 'pba' });
    await (
      await handle(post(URL, { messages: [userMessage('Hello')], attune: { persona: payload } }))
    ).text();
    const instructions = instructionsOf(model.doStreamCalls[0]);
    expect(instructions).toContain('Detailed communication style');
    expect(instructions).not.toContain('Concise communication style');
  });

  it('adds nothing for a new user without a payload in mode none', async () => {
    const model = streamingModel(['ok']);
    const handle = createChatHandler({ model, store, getUserId: () => USER, defaultMode: 'none' });
    await (await handle(post(URL, { messages: [userMessage('Hello')] }))).text();
    expect(instructionsOf(model.doStreamCalls[0])).toBe('');
  });

  it('hides model failures from the client', async () => {
    const model = streamingModel([]);
    model.doStream = async () => {
      throw new Error('secret upstream detail at /srv/app.js:12');
    };
    const reported: unknown[] = [];
    const handle = createChatHandler({ model, onError: (error) => reported.push(error) });
    const response = await handle(post(URL, { messages: [userMessage('Hello')] }));
    const body = await response.text();
    expect(body).not.toContain('secret upstream detail');
    expect(body).toContain('The assistant could not finish this reply.');
    expect(reported.length).toBeGreaterThan(0);
  });
});
