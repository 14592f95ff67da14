import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UIMessageChunk } from 'ai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChatRequestError } from '../../src/chat/chat-request-error';
import { createChatSession } from '../../src/chat/create-chat-session';
import { createHttpChatTransport } from '../../src/chat/http-chat-transport';
import { chunkError } from '../../src/chat/ui-message-event-stream';
import type { AttuneMessage } from '../../src/message/message';
import { messageText } from '../../src/message/message-text';
import { gate } from './fake-model';

type Script = (request: IncomingMessage, response: ServerResponse, body: string) => Promise<void> | void;

const scripts = new Map<string, Script>();
const received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> =
  [];
/** Requests whose connection closed before their response ended. */
const abandoned: string[] = [];
let server: Server;
let origin = '';

const sse = (chunks: readonly unknown[]) =>
  chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('');
const startSse = (response: ServerResponse) =>
  response.writeHead(200, { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' });
const textReply = (text: string) =>
  sse([
    { type: 'start', messageId: 'reply' },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: text },
    { type: 'text-end', id: 't' },
    { type: 'finish' },
  ]);

/** Serves `path` as a reply that sends `chunks` and then stays open; the gate opens once they are sent. */
function holdOpen(path: string, chunks: readonly UIMessageChunk[]) {
  const sent = gate();
  scripts.set(path, (_request, response) => {
    startSse(response);
    response.write(sse(chunks));
    sent.open();
  });
  return sent;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    let body = '';
    for await (const piece of request) body += piece;
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    response.on('close', () => {
      if (!response.writableFinished) abandoned.push(path);
    });
    const script = scripts.get(path);
    if (!script) {
      response.writeHead(404).end();
      return;
    }
    await script(request, response, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Reads every chunk of a stream, and the failure it ended with (if any). */
async function readAll(stream: ReadableStream<UIMessageChunk>) {
  const chunks: UIMessageChunk[] = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { chunks, error: undefined };
      if (value.type === 'error') {
        // The reader ends a failed stream with an error chunk that carries the failure.
        expect(await reader.read()).toEqual({ done: true, value: undefined });
        return { chunks, error: chunkError(value) };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { chunks, error };
  }
}

const user = (text: string): AttuneMessage => ({ id: 'u1', role: 'user', parts: [{ type: 'text', text }] });
const send = (
  path: string,
  options: { headers?: Record<string, string> | Headers; body?: object; signal?: AbortSignal } = {},
) =>
  createHttpChatTransport(`${origin}${path}`).sendMessages({
    chatId: 'chat-1',
    trigger: 'submit-message',
    messageId: undefined,
    messages: [user('Hi')],
    abortSignal: options.signal,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.body ? { body: options.body } : {}),
  });

describe('the HTTP chat transport', () => {
  it('posts the AI SDK wire body with the app’s fields and headers', async () => {
    scripts.set('/wire', (_request, response) => {
      startSse(response);
      response.end(textReply('ok'));
    });
    const headers = new Headers({ authorization: 'Bearer token' });
    const { chunks } = await readAll(
      await send('/wire', { headers, body: { tenant: 'acme', id: 'not-this' } }),
    );
    expect(chunks.map((chunk) => chunk.type)).toEqual([
      'start',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ]);
    const request = received.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer token');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      tenant: 'acme',
      id: 'chat-1',
      messages: [user('Hi')],
      trigger: 'submit-message',
    });
  });

  it('reads events split anywhere, across CRLF lines, comments, multi-line data and [DONE]', async () => {
    const wire =
      ': a comment\r\n' +
      'event: ignored\r\n' +
      `data: ${JSON.stringify({ type: 'text-start', id: 't' })}\r\n\r\n` +
      `data: {"type":"text-delta","id":"t",\ndata: "delta":"Grüße 👋"}\n\n` +
      `data:${JSON.stringify({ type: 'text-end', id: 't' })}\r\r` +
      'data: [DONE]\n\n';
    scripts.set('/split', async (_request, response) => {
      startSse(response);
      const bytes = Buffer.from(wire);
      // One byte at a time: lines, \r\n pairs and multi-byte characters all split.
      for (const byte of bytes) {
        response.write(Buffer.from([byte]));
        if (byte % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      response.end();
    });
    const { chunks, error } = await readAll(await send('/split'));
    expect(error).toBeUndefined();
    expect(chunks).toEqual([
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Grüße 👋' },
      { type: 'text-end', id: 't' },
    ]);
  });

  it.each([
    ['an event that is not JSON', 'data: {"type":"text-delta",\n\n', /not JSON/],
    [
      'an unknown chunk type',
      sse([{ type: 'telemetry', value: 1 }]),
      /"telemetry" chunk: type: is not a chunk type/,
    ],
    [
      'a field of the wrong kind',
      sse([{ type: 'text-delta', id: 't', delta: 42 }]),
      /"text-delta" chunk: delta/,
    ],
    ['a chunk that is not an object', sse([['text-delta']]), /invalid chunk/],
  ])(
    'errors the stream on %s with code invalid-chunk, after delivering what came before',
    async (_name, bad, message) => {
      scripts.set('/malformed', (_request, response) => {
        startSse(response);
        response.end(sse([{ type: 'text-start', id: 't' }]) + bad + sse([{ type: 'text-end', id: 't' }]));
      });
      const { chunks, error } = await readAll(await send('/malformed'));
      expect(chunks).toEqual([{ type: 'text-start', id: 't' }]);
      expect(error).toBeInstanceOf(ChatRequestError);
      expect(error).toMatchObject({ code: 'invalid-chunk', message: expect.stringMatching(message) });
    },
  );

  it('turns an Attune JSON error into its code, message and retry time, with Retry-After as fallback', async () => {
    scripts.set('/refused', (_request, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' });
      response.end(JSON.stringify({ error: { code: 'rate-limited', message: 'Slow down.' } }));
    });
    const before = Date.now();
    const error = await send('/refused').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ChatRequestError);
    expect(error).toMatchObject({ code: 'rate-limited', message: 'Slow down.' });
    expect((error as ChatRequestError).retryAt).toBeGreaterThanOrEqual(before + 30_000);
    expect((error as ChatRequestError).retryAt).toBeLessThan(Date.now() + 31_000);

    scripts.set('/broken', (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('Bad gateway');
    });
    await expect(send('/broken')).rejects.toMatchObject({ code: 'request-failed', message: 'Bad gateway' });
    scripts.set('/silent', (_request, response) => {
      response.writeHead(500).end();
    });
    await expect(send('/silent')).rejects.toMatchObject({
      code: 'request-failed',
      message: 'The chat server answered 500.',
    });
  });

  it("never puts a proxy's or framework's HTML error page in the error message", async () => {
    scripts.set('/html-error', (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
      );
    });
    await expect(send('/html-error')).rejects.toMatchObject({
      code: 'request-failed',
      message: 'The chat server answered 502.',
    });
    scripts.set('/html-untyped', (_request, response) => {
      response.writeHead(500);
      response.end(
        '<!DOCTYPE html>\n<html><body><pre>TypeError: x is not a function\n    at route.ts:12</pre></body></html>',
      );
    });
    await expect(send('/html-untyped')).rejects.toMatchObject({ message: 'The chat server answered 500.' });
  });

  it('resumes with GET <api>/<id>/stream (query kept): 204 is nothing to resume, 200 streams', async () => {
    scripts.set('/api/chat/chat-1/stream', (_request, response) => {
      response.writeHead(204).end();
    });
    scripts.set('/api/chat/chat%202/stream', (_request, response) => {
      startSse(response);
      response.end(textReply('resumed'));
    });
    const transport = createHttpChatTransport(`${origin}/api/chat?tenant=acme`);
    const none = await transport.reconnectToStream({ chatId: 'chat-1', headers: { 'x-app': '1' } });
    expect(none).toBeNull();
    expect(received.at(-1)).toMatchObject({ method: 'GET', url: '/api/chat/chat-1/stream?tenant=acme' });
    expect(received.at(-1)?.headers['x-app']).toBe('1');
    const resumed = await transport.reconnectToStream({ chatId: 'chat 2' });
    if (!resumed) throw new Error('nothing resumed');
    const { chunks } = await readAll(resumed);
    expect(chunks.find((chunk) => chunk.type === 'text-delta')).toMatchObject({ delta: 'resumed' });
    await expect(transport.reconnectToStream({ chatId: '..' })).rejects.toThrow(RangeError);
  });

  it('stops reading and closes the connection when aborted mid-stream', async () => {
    const streaming = holdOpen('/endless', [
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Part' },
    ]);
    const controller = new AbortController();
    const reading = readAll(await send('/endless', { signal: controller.signal }));
    await streaming.opened;
    controller.abort();
    const { chunks, error } = await reading;
    expect(chunks.map((chunk) => chunk.type)).toEqual(['text-start', 'text-delta']);
    expect((error as Error).name).toBe('AbortError');
    await expect.poll(() => abandoned).toContain('/endless');
  });
});

describe('a session on a misbehaving server (api)', () => {
  it('keeps what arrived before a malformed chunk and shows the error with its code', async () => {
    scripts.set('/api/garbled', (_request, response) => {
      startSse(response);
      response.end(
        `${sse([
          { type: 'start', messageId: 'reply' },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'Your order ' },
        ])}data: {"type": "text-delta", "id": "t", "delta": \n\n`,
      );
    });
    const session = createChatSession({ api: `${origin}/api/garbled` });
    await session.send('Where is my order?');
    const { status, error, messages } = session.getState();
    expect(status).toBe('error');
    expect(error).toMatchObject({ code: 'invalid-chunk' });
    expect(messages.map(messageText)).toEqual(['Where is my order?', 'Your order ']);
    expect(messages[1]?.metadata).toMatchObject({ errorCode: 'invalid-chunk' });
    expect(messages[1]?.parts.find((part) => part.type === 'text')).toMatchObject({ state: 'done' });
  });

  it('refuses a chunk out of order (a delta for a part never started) with code unexpected-chunk', async () => {
    scripts.set('/api/disordered', (_request, response) => {
      startSse(response);
      response.end(sse([{ type: 'text-delta', id: 'ghost', delta: 'Boo' }]));
    });
    const session = createChatSession({ api: `${origin}/api/disordered` });
    await session.send('Hello?');
    expect(session.getState()).toMatchObject({ status: 'error', error: { code: 'unexpected-chunk' } });
    expect(session.getState().messages[0]).toMatchObject({ role: 'user', parts: [{ text: 'Hello?' }] });
    expect(session.getState().messages.map(messageText).join('')).not.toContain('Boo');
  });

  it('stop() mid-reply keeps the partial reply marked stopped and closes the connection', async () => {
    const streaming = holdOpen('/api/slow', [
      { type: 'start', messageId: 'slow-reply' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Half a' },
    ]);
    const session = createChatSession({ api: `${origin}/api/slow` });
    const sending = session.send('Tell me everything');
    await streaming.opened;
    await expect.poll(() => session.getState().status).toBe('streaming');
    await session.stop();
    await sending;
    const { status, messages } = session.getState();
    expect(status).toBe('ready');
    expect(messages.map(messageText)).toEqual(['Tell me everything', 'Half a']);
    expect(messages[1]?.metadata?.stopped).toBe(true);
    await expect.poll(() => abandoned).toContain('/api/slow');
  });

  it('keeps the partial reply when the connection breaks mid-stream, and shows the error', async () => {
    scripts.set('/api/dropped', async (_request, response) => {
      startSse(response);
      response.write(
        sse([
          { type: 'start', messageId: 'dropped-reply' },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'Before the drop' },
        ]),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      response.destroy();
    });
    const onError = vi.fn();
    const session = createChatSession({ api: `${origin}/api/dropped`, onError });
    await session.send('Hello');
    const { status, messages } = session.getState();
    expect(status).toBe('error');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(messages.map(messageText)).toEqual(['Hello', 'Before the drop']);
    expect(messages[1]?.metadata).toMatchObject({ errorCode: 'request-failed' });
  });

  it('streams a reply even when the server sends no [DONE] and ends mid-event', async () => {
    scripts.set('/api/abrupt', (_request, response) => {
      startSse(response);
      response.end(`${textReply('Fine.').trimEnd()}`);
    });
    const session = createChatSession({ api: `${origin}/api/abrupt` });
    await session.send('Hi');
    expect(session.getState().status).toBe('ready');
    expect(messageText(session.getState().messages[1] ?? { parts: [] })).toBe('Fine.');
  });
});
