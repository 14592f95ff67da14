import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatTransport } from 'ai';
import { describe, expect, it } from 'vitest';
import { ChatRequestError } from '../../src/chat/chat-request-error';
import { withoutEarlierFiles } from '../../src/chat/earlier-files';
import { createHttpChatTransport } from '../../src/chat/http-chat-transport';
import { transportReplySource } from '../../src/chat/transport-reply-source';
import type { AttuneMessage } from '../../src/message/message';

const inline = {
  type: 'file',
  mediaType: 'image/png',
  filename: 'a.png',
  url: 'data:image/png;base64,eA==',
} as const;
const linked = {
  type: 'file',
  mediaType: 'application/pdf',
  url: 'https://files.example/manual.pdf',
} as const;
const conversation: AttuneMessage[] = [
  { id: 'u1', role: 'user', parts: [inline, linked, { type: 'text', text: 'Look.' }] },
  { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'I see.' }] },
  {
    id: 'u2',
    role: 'user',
    parts: [
      { ...inline, filename: 'b.png' },
      { type: 'text', text: 'And this.' },
    ],
  },
];

describe('withoutEarlierFiles', () => {
  it('replaces the inline files before the last user message by a notice, keeping references and the newest files', () => {
    const { messages, leftOut } = withoutEarlierFiles(conversation);
    expect(leftOut).toBe(1);
    expect(messages[0]?.parts).toEqual([
      {
        type: 'text',
        text: expect.stringMatching(/^\[An attachment from an earlier message, "a\.png" \(image\/png\)/),
      },
      linked,
      { type: 'text', text: 'Look.' },
    ]);
    expect(messages.slice(1)).toEqual(conversation.slice(1));
    // The conversation itself is untouched.
    expect(conversation[0]?.parts[0]).toBe(inline);
  });
});

describe('transportReplySource and the body limit', () => {
  const request = {
    chatId: 'c',
    trigger: 'submit-message',
    messageId: undefined,
    messages: conversation,
    conditioning: {},
    abortSignal: undefined,
  } as const;
  /** A transport refusing with `error` while the body holds more than one inline file. */
  const refusing = (error: Error) => {
    const sent: AttuneMessage[][] = [];
    const transport = {
      sendMessages: async ({ messages }: { messages: AttuneMessage[] }) => {
        sent.push(messages);
        const inlineFiles = messages
          .flatMap((m) => m.parts)
          .filter((p) => p.type === 'file' && p.url.startsWith('data:'));
        if (inlineFiles.length > 1) throw error;
        return new ReadableStream();
      },
      reconnectToStream: async () => null,
    } as unknown as ChatTransport<AttuneMessage>;
    return { sent, transport };
  };

  it('sends again without the earlier files after a body-too-large refusal, and leaves them out from then on', async () => {
    const tooLarge = new ChatRequestError('The body is larger than the limit.', { code: 'body-too-large' });
    const { sent, transport } = refusing(tooLarge);
    let told = 0;
    const source = transportReplySource(transport, 'attune', () => {
      told += 1;
    });
    await source(request);
    expect(sent.map((messages) => withoutEarlierFiles(messages).leftOut)).toEqual([1, 0]);
    await source(request);
    expect(sent).toHaveLength(3);
    expect(told).toBe(1);
  });

  it('passes any other refusal through, sending once', async () => {
    const refused = new ChatRequestError('No.', { code: 'invalid-messages' });
    const { sent, transport } = refusing(refused);
    await expect(transportReplySource(transport)(request)).rejects.toBe(refused);
    expect(sent).toHaveLength(1);
  });

  it('stops after one retry when the server answers 413 forever, and sends once per turn after it', async () => {
    const tooLarge = new ChatRequestError('Too large.', { code: 'body-too-large' });
    const sent: AttuneMessage[][] = [];
    const transport = {
      sendMessages: async ({ messages }: { messages: AttuneMessage[] }) => {
        sent.push(messages);
        throw tooLarge;
      },
      reconnectToStream: async () => null,
    } as unknown as ChatTransport<AttuneMessage>;
    const source = transportReplySource(transport);
    await expect(source(request)).rejects.toBe(tooLarge);
    expect(sent).toHaveLength(2);
    await expect(source(request)).rejects.toBe(tooLarge);
    expect(sent).toHaveLength(3);
  });

  it("leaves the earlier files out after a proxy's own 413 page (nginx's HTML, no JSON code)", async () => {
    const bodies: string[] = [];
    const proxy = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => {
        bodies.push(body);
        response.writeHead(413, { 'content-type': 'text/html' });
        response.end(
          '<html><head><title>413 Request Entity Too Large</title></head><body>nginx</body></html>',
        );
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const source = transportReplySource(createHttpChatTransport(`http://127.0.0.1:${port}/api/chat`));
      const failure = await source(request).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'body-too-large', message: 'The chat server answered 413.' });
      expect(bodies).toHaveLength(2);
      expect(bodies.map((body) => body.split('data:image/png').length - 1)).toEqual([2, 1]);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
