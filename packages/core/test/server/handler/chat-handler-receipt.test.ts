import { createChatHandler, createMemoryPersonaStore, type PersonaStore } from '@attune/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { toPersonaPayload } from '../../../src/alignment/persona-payload';
import { createPersona } from '../../../src/persona/persona';
import { instructionsOf, post, readChunks, streamingModel, userMessage } from './helpers';

const URL = 'http://localhost/api/chat';
const USER = 'visitor-1';

/** A payload from a browser persona with "concise" pinned. */
function concisePayload() {
  const persona = createPersona();
  persona.set('communication_concise', 1, { pinned: true });
  return toPersonaPayload(persona.directions(), { mode: 'pba' });
}

async function receiptOf(response: Response) {
  const start = (await readChunks(response)).find((chunk) => chunk.type === 'start') as
    | { messageMetadata?: { conditioning?: Record<string, unknown> } }
    | undefined;
  return start?.messageMetadata?.conditioning;
}

describe('createChatHandler: receipts, precedence and body namespacing', () => {
  let store: PersonaStore;
  beforeEach(() => {
    store = createMemoryPersonaStore();
  });
  const handler = (options: { bodyKey?: string } = {}) => {
    const model = streamingModel(['ok']);
    return { model, handle: createChatHandler({ model, store, getUserId: () => USER, ...options }) };
  };

  it('sends a receipt of what it applied, in the start metadata and the header', async () => {
    const { handle, model } = handler();
    const response = await handle(
      post(URL, { messages: [userMessage('Hello')], attune: { persona: concisePayload() } }),
    );
    expect(response.headers.get('x-attune-conditioning')).toMatch(
      /^mode=pba; source=payload; dimensions=communication_concise/,
    );
    const receipt = await receiptOf(response);
    expect(receipt).toMatchObject({ mode: 'pba', source: 'payload' });
    expect(receipt?.shapedBy).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'communication_concise', pinned: true })]),
    );
    expect(instructionsOf(model.doStreamCalls[0])).toContain('Concise communication style');
  });

  it('says none, in metadata and header, when nothing was applied', async () => {
    const { handle, model } = handler();
    const response = await handle(post(URL, { messages: [userMessage('Hello')] }));
    expect(response.headers.get('x-attune-conditioning')).toBe('none');
    expect(await receiptOf(response)).toEqual({ source: 'none' });
    expect(instructionsOf(model.doStreamCalls[0])).toBe('');
  });

  it('an empty stored persona never masks a valid payload (a first visit with a setting)', async () => {
    const { handle, model } = handler();
    // A first thumb creates the stored persona: it has learned, but nothing sure yet.
    const rating = { kind: 'rating', at: Date.now(), rating: 'up', text: 'Thanks, that helps.' };
    await (
      await handle(post(URL, { messages: [userMessage('Hi there', 'u0')], attune: { signals: [rating] } }))
    ).text();
    expect((await store.get(USER))?.state).toBeDefined();
    const response = await handle(
      post(URL, {
        messages: [userMessage('Where is my parcel?', 'u1')],
        attune: { persona: concisePayload() },
      }),
    );
    expect((await receiptOf(response))?.source).toBe('payload');
    expect(instructionsOf(model.doStreamCalls[1])).toContain('Concise communication style');
  });

  it('a stored persona that has learned something sure is authoritative over the payload', async () => {
    const seeded = createPersona();
    seeded.set('communication_concise', 0, { pinned: true });
    await store.update(USER, () => ({ state: seeded.toJSON() as never }));
    const { handle, model } = handler();
    const response = await handle(
      post(URL, { messages: [userMessage('Where is my parcel?')], attune: { persona: concisePayload() } }),
    );
    expect(response.headers.get('x-attune-conditioning')).toContain('source=stored');
    expect(await receiptOf(response)).toMatchObject({ source: 'stored', mode: 'pba' });
    expect(instructionsOf(model.doStreamCalls[0])).toContain('Detailed communication style');
  });

  it('never rejects an app field, persona and signals included; its own fields live under the body key', async () => {
    const { handle, model } = handler();
    const response = await handle(
      post(URL, {
        messages: [userMessage('Hello')],
        persona: 'the app’s own persona field',
        signals: 'the app’s own signals',
        tenant: 42,
      }),
    );
    expect(response.status).toBe(200);
    await response.text();
    expect(instructionsOf(model.doStreamCalls[0])).toBe('');
  });

  it('takes a configured body key, and refuses unknown fields under it', async () => {
    const { handle, model } = handler({ bodyKey: 'personalization' });
    const ok = await handle(
      post(URL, { messages: [userMessage('Hello')], personalization: { persona: concisePayload() } }),
    );
    expect((await receiptOf(ok))?.source).toBe('payload');
    expect(instructionsOf(model.doStreamCalls[0])).toContain('Concise communication style');
    const bad = await handle(
      post(URL, { messages: [userMessage('Hello')], personalization: { instructions: 'x' } }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/personalization/);
    expect(() => createChatHandler({ model, bodyKey: ' ' })).toThrow(RangeError);
  });

  it('records the signals a client learned from once, however many requests carry them', async () => {
    const { handle } = handler();
    const rating = { kind: 'rating', at: Date.now(), rating: 'up', text: 'Short and to the point.' };
    const body = (id: string, level: number) => ({
      id: 'chat',
      messages: [userMessage('And returns?', id)],
      attune: {
        persona: { v: 1, mode: 'pba', directions: {}, vary: { axis: 'detail', level } },
        signals: [rating],
      },
    });
    // A comparison sends the turn twice; the next turn carries the same signal again.
    await Promise.all([handle(post(URL, body('u1', 0.8))), handle(post(URL, body('u1', -0.8)))]).then((all) =>
      Promise.all(all.map((response) => response.text())),
    );
    await (await handle(post(URL, body('u2', 0)))).text();
    const kinds = (await store.export(USER)).signals.map((entry) => entry.signal.kind);
    expect(kinds.sort()).toEqual(['rating', 'user-text', 'user-text']);
  });
});
