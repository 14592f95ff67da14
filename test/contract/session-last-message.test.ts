/**
 * Contract: Attune's own session over `api` with `lastMessageOnly` against `createChatHandler`
 * with `loadMessages` over loopback HTTP: each request carries only the newest message, and the
 * server answers from the history the app stored in `onEnd`.
 */
import { createChatSession, messageText } from '@attune/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptedModel } from './support/scripted-model';
import { type LoopbackServer, serveLoopback } from './support/stock-chat';
import { storedChatsHandler } from './support/stored-chats';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("Attune's session sending only the last message", () => {
  it('sends { id, message } and gets replies from the stored history', async () => {
    const { handle, model, chats } = storedChatsHandler();
    const bodies: Record<string, unknown>[] = [];
    server = await serveLoopback(async (request) => {
      bodies.push(await request.clone().json());
      return handle(request);
    });
    const session = createChatSession({
      api: `${server.origin}/api/chat`,
      id: 'mine',
      lastMessageOnly: true,
    });
    await session.send('Hello');
    await vi.waitFor(() => expect(chats.get('mine')).toHaveLength(2));
    await session.send('And then?');
    expect(messageText(session.getState().messages.at(-1) ?? { parts: [] })).toBe('Reply 2 to: And then?');

    expect(bodies.map((body) => [body.id, 'message' in body, 'messages' in body])).toEqual([
      ['mine', true, false],
      ['mine', true, false],
    ]);
    const prompt = model.doStreamCalls[1]?.prompt.filter((message) => message.role !== 'system');
    expect(prompt?.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    await vi.waitFor(() => expect(chats.get('mine')).toHaveLength(4));
  });

  it('refuses lastMessageOnly without api (a RangeError)', () => {
    expect(() => createChatSession({ model: scriptedModel(), lastMessageOnly: true })).toThrow(RangeError);
  });
});
