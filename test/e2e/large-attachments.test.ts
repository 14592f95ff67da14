/**
 * End to end: a conversation whose files outgrow the server's request limit goes on. The real
 * `createChatHandler` with its default body limit (512 KiB) on loopback, and a session over HTTP
 * (Attune's own transport, and the stock AI SDK `DefaultChatTransport`): every request carries the
 * conversation's files inline, so the second 300 KiB file makes the body too large. The session
 * then sends the earlier file as a notice to the model, and the reply comes.
 */
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { type ChatSession, createChatSession } from '@attune/core';
import { createChatHandler } from '@attune/core/server';
import { DefaultChatTransport, type FileUIPart } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamingModel } from '../../packages/core/test/server/handler/helpers';
import { type LoopbackServer, serveOnLoopback } from '../../packages/core/test/support/serve-on-loopback';

const reply = streamingModel(['Thanks, I have the photo.']);
/** Every call the model received, in order. */
const calls: LanguageModelV4CallOptions[] = [];
const model = new MockLanguageModelV4({
  doStream: (options) => {
    calls.push(options);
    return reply.doStream(options);
  },
});
/** How many requests reached the server, and how many it refused as too large. */
const seen = { requests: 0, tooLarge: 0 };
let server: LoopbackServer;

beforeAll(async () => {
  const handle = createChatHandler({ model });
  server = await serveOnLoopback(async (request) => {
    seen.requests += 1;
    const response = await handle(request);
    if (response.status === 413) seen.tooLarge += 1;
    return response;
  });
});

afterAll(async () => {
  await server?.close();
});

/** A photo of `kib` KiB (random bytes: nothing compresses it), as the kit's composer attaches it. */
function photo(name: string, kib: number): FileUIPart {
  const bytes = new Uint8Array(kib * 1024);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919 + kib) % 251;
  return {
    type: 'file',
    mediaType: 'image/png',
    filename: name,
    url: `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`,
  };
}

/** The text and the file names of the last call's user messages, as the model saw them. */
function userContent(call: LanguageModelV4CallOptions | undefined) {
  return (call?.prompt ?? [])
    .filter((message) => message.role === 'user')
    .map((message) =>
      (message.content as Array<{ type: string; text?: string; filename?: string }>).map((part) =>
        part.type === 'text' ? (part.text ?? '') : `file:${part.filename}`,
      ),
    );
}

const replyText = (session: ChatSession) =>
  session
    .getState()
    .messages.at(-1)
    ?.parts.flatMap((part) => (part.type === 'text' ? [part.text] : []))
    .join('');

describe.each([
  ["Attune's HTTP transport", (api: string) => ({ api })],
  ["the AI SDK's DefaultChatTransport", (api: string) => ({ transport: new DefaultChatTransport({ api }) })],
])('a conversation whose files outgrow the body limit, over %s', (_, origin) => {
  it('goes on: the earlier file is sent as a notice to the model, the newest in full', async () => {
    calls.length = 0;
    const session = createChatSession({ ...origin(`${server.origin}/api/chat`), preload: false });
    await session.send('My vase arrived broken. Here is the box.', { files: [photo('box.png', 300)] });
    expect(session.getState().status).toBe('ready');
    const refusedBefore = seen.tooLarge;

    // Both photos inline are over 512 KiB: refused once, then sent with the first one left out.
    await session.send('And here is the vase itself.', { files: [photo('vase.png', 300)] });
    expect(seen.tooLarge).toBe(refusedBefore + 1);
    expect(session.getState().status).toBe('ready');
    expect(replyText(session)).toBe('Thanks, I have the photo.');
    const [first, second] = userContent(calls.at(-1));
    // A message's files come before its text, as the session builds it.
    expect(first).toEqual([
      expect.stringMatching(
        /^\[An attachment from an earlier message, "box\.png" \(image\/png\), is not included again/,
      ),
      'My vase arrived broken. Here is the box.',
    ]);
    expect(second).toEqual(['file:vase.png', 'And here is the vase itself.']);
    expect(session.getState().warnings.join(' ')).toMatch(/no longer sent/);

    // The session remembers: the next turn is not refused first, and the conversation keeps both files.
    const requests = seen.requests;
    await session.send('When will the refund arrive?');
    expect(seen.requests).toBe(requests + 1);
    expect(seen.tooLarge).toBe(refusedBefore + 1);
    expect(
      userContent(calls.at(-1))
        .flat()
        .filter((part) => part.startsWith('file:')),
    ).toEqual([]);
    const kept = session
      .getState()
      .messages.flatMap((message) => message.parts.filter((part) => part.type === 'file'));
    expect(kept).toHaveLength(2);
    await session.destroy();
  });

  it('refuses one message whose own files are over the limit, and the next message goes through', async () => {
    const session = createChatSession({ ...origin(`${server.origin}/api/chat`), preload: false });
    await session.send('Here is a video of the damage.', { files: [photo('video.png', 600)] });
    expect(session.getState().status).toBe('error');
    expect((session.getState().error as { code?: string } | undefined)?.code).toBe('body-too-large');

    await session.send('Sorry, it is too big. The vase has a crack down one side.');
    expect(session.getState().status).toBe('ready');
    expect(replyText(session)).toBe('Thanks, I have the photo.');
    await session.destroy();
  });
});
