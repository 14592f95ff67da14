import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { createReplyReducer } from '../../src/chat/reply-reducer';
import type { AttuneMessage } from '../../src/message/message';

const stream = (chunks: readonly UIMessageChunk[]) =>
  new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

/** The message the AI SDK's own stream processing assembles from `chunks`. */
async function aiSdkMessage(chunks: readonly UIMessageChunk[], message?: UIMessage): Promise<unknown> {
  let last: UIMessage | undefined;
  for await (const state of readUIMessageStream({
    stream: stream(chunks),
    ...(message ? { message } : {}),
  })) {
    last = state;
  }
  return JSON.parse(JSON.stringify(last));
}

/** The message our reducer assembles from `chunks`. */
function reduced(chunks: readonly UIMessageChunk[], continues?: AttuneMessage): unknown {
  const reply = createReplyReducer(continues ? { continues } : {});
  for (const chunk of chunks) reply.apply(chunk);
  return JSON.parse(JSON.stringify(reply.message));
}

const toolInput = (toolCallId: string, toolName: string, input: unknown, extra: object = {}) =>
  [
    { type: 'tool-input-start', toolCallId, toolName, ...extra },
    { type: 'tool-input-delta', toolCallId, inputTextDelta: JSON.stringify(input).slice(0, 5) },
    { type: 'tool-input-delta', toolCallId, inputTextDelta: JSON.stringify(input).slice(5) },
    { type: 'tool-input-available', toolCallId, toolName, input, ...extra },
  ] as UIMessageChunk[];

/** Streams covering every chunk type of the protocol, as servers send them. */
const SCRIPTS: Record<string, UIMessageChunk[]> = {
  'text, reasoning and metadata': [
    { type: 'start', messageId: 'm1', messageMetadata: { a: { b: 1 }, list: [1] } },
    { type: 'start-step' },
    { type: 'reasoning-start', id: 'r' },
    { type: 'reasoning-delta', id: 'r', delta: 'Think' },
    { type: 'reasoning-end', id: 'r', providerMetadata: { p: { x: 1 } } },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: 'Hello ' },
    { type: 'message-metadata', messageMetadata: { a: { c: 2 }, list: [2] } },
    { type: 'text-delta', id: 't', delta: 'world' },
    { type: 'text-end', id: 't' },
    { type: 'finish-step' },
    { type: 'finish', finishReason: 'stop', messageMetadata: { done: true } },
  ],
  'interleaved text parts': [
    { type: 'text-start', id: 'a' },
    { type: 'text-start', id: 'b' },
    { type: 'text-delta', id: 'b', delta: 'second' },
    { type: 'text-delta', id: 'a', delta: 'first' },
    { type: 'text-end', id: 'a' },
    { type: 'text-end', id: 'b' },
  ],
  'server tools, a failing tool and a dynamic tool': [
    { type: 'start-step' },
    ...toolInput('c1', 'lookupOrder', { orderId: '42' }),
    { type: 'tool-output-available', toolCallId: 'c1', output: { status: 'shipped' } },
    ...toolInput('c2', 'refund', { amount: 5 }),
    { type: 'tool-output-error', toolCallId: 'c2', errorText: 'Refund failed' },
    ...toolInput('c3', 'search', { q: 'lamp' }, { dynamic: true, title: 'Search' }),
    { type: 'tool-output-available', toolCallId: 'c3', output: ['a'], dynamic: true, preliminary: true },
    { type: 'tool-output-available', toolCallId: 'c3', output: ['a', 'b'], dynamic: true },
    { type: 'tool-input-error', toolCallId: 'c4', toolName: 'broken', input: '{', errorText: 'Bad input' },
    { type: 'finish-step' },
    { type: 'start-step' },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: 'Done.' },
    { type: 'text-end', id: 't' },
  ],
  'approvals and denials': [
    { type: 'start-step' },
    ...toolInput('c1', 'cancelOrder', { orderId: '7' }),
    { type: 'tool-approval-request', approvalId: 'ap1', toolCallId: 'c1' },
    ...toolInput('c2', 'cancelOrder', { orderId: '8' }),
    { type: 'tool-approval-request', approvalId: 'ap2', toolCallId: 'c2', reason: 'Costly' },
    { type: 'tool-approval-response', approvalId: 'ap2', approved: false, reason: 'No' },
    { type: 'tool-output-denied', toolCallId: 'c2' },
  ],
  'sources, files, custom and steering parts': [
    { type: 'source-url', sourceId: 's1', url: 'https://example.com', title: 'Example' },
    {
      type: 'source-document',
      sourceId: 's2',
      mediaType: 'application/pdf',
      title: 'Manual',
      filename: 'm.pdf',
    },
    { type: 'file', url: 'data:text/plain;base64,eA==', mediaType: 'text/plain' },
    { type: 'reasoning-file', url: 'data:image/png;base64,eA==', mediaType: 'image/png' },
    { type: 'custom', kind: 'acme.card' },
    { type: 'steering-message', id: 'sm', parts: [{ type: 'text', text: 'Also this' }] },
  ],
  'data parts: kept, replaced by id, transient left out': [
    { type: 'data-weather', id: 'w', data: { city: 'Berlin', status: 'loading' } },
    { type: 'data-note', data: 'plain' },
    { type: 'data-weather', id: 'w', data: { city: 'Berlin', status: 'sunny' } },
    { type: 'data-progress', data: 50, transient: true },
  ],
  'a reset step drops what the step added': [
    { type: 'start-step' },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: 'Discarded' },
    { type: 'reset-step' },
    { type: 'start-step' },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: 'Kept' },
    { type: 'text-end', id: 't' },
  ],
  'error and abort chunks change nothing': [
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: 'Partial' },
    { type: 'abort', reason: 'stopped' },
  ],
};

describe('the reply reducer', () => {
  it.each(Object.entries(SCRIPTS))('assembles what the AI SDK assembles: %s', async (_name, chunks) => {
    expect(reduced(chunks)).toEqual(await aiSdkMessage(chunks));
  });

  it('continues a reply after a client-side tool result, as the AI SDK does', async () => {
    const continues: AttuneMessage = {
      id: 'reply',
      role: 'assistant',
      parts: [
        { type: 'step-start' },
        { type: 'tool-ask', toolCallId: 'c1', state: 'output-available', input: { q: 'ok?' }, output: 'yes' },
      ],
    };
    const chunks: UIMessageChunk[] = [
      { type: 'start', messageId: 'reply' },
      { type: 'start-step' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Confirmed.' },
      { type: 'text-end', id: 't' },
    ];
    expect(reduced(chunks, continues)).toEqual(await aiSdkMessage(chunks, continues as UIMessage));
  });

  it('reads a tool input while it streams, keeping the last value that parsed', () => {
    const reply = createReplyReducer();
    reply.apply({ type: 'tool-input-start', toolCallId: 'c', toolName: 'weather' });
    const inputs: unknown[] = [];
    for (const delta of ['{"city": "Ber', 'lin", "da', 'ys": [1, 2', ']}']) {
      reply.apply({ type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: delta });
      const part = reply.message.parts[0] as { input: unknown; rawInput: string; state: string };
      inputs.push(part.input);
      expect(part.state).toBe('input-streaming');
    }
    expect(inputs).toEqual([
      { city: 'Ber' },
      { city: 'Berlin' },
      { city: 'Berlin', days: [1, 2] },
      { city: 'Berlin', days: [1, 2] },
    ]);
  });

  it('gives a new message object per change and keeps the identity of unchanged parts', () => {
    const continues: AttuneMessage = Object.freeze({
      id: 'reply',
      role: 'assistant',
      parts: Object.freeze([Object.freeze({ type: 'text', text: 'Before', state: 'done' })]),
    }) as AttuneMessage;
    const reply = createReplyReducer({ continues });
    expect(reply.apply({ type: 'start' })).toBe('none');
    expect(reply.message).toBe(continues);
    expect(reply.apply({ type: 'text-start', id: 't' })).toBe('visible');
    const afterStart = reply.message;
    reply.apply({ type: 'text-delta', id: 't', delta: 'After' });
    expect(reply.message).not.toBe(afterStart);
    expect(reply.message.parts[0]).toBe(continues.parts[0]);
    expect(afterStart.parts[1]).toMatchObject({ text: '' });
    expect(reply.message.parts[1]).toMatchObject({ text: 'After', state: 'streaming' });
  });

  it('tells a quiet change (a start that names the message) from a visible one', () => {
    const reply = createReplyReducer({ messageId: 'generated' });
    expect(reply.apply({ type: 'start-step' })).toBe('none');
    expect(reply.apply({ type: 'start', messageId: 'server-id' })).toBe('quiet');
    expect(reply.message.id).toBe('server-id');
    expect(reply.apply({ type: 'finish', finishReason: 'tool-calls' })).toBe('none');
    expect(reply.finishReason).toBe('tool-calls');
  });

  it('starts over when a resumed stream names another message', () => {
    const stale: AttuneMessage = {
      id: 'old',
      role: 'assistant',
      parts: [{ type: 'tool-x', toolCallId: 'c', state: 'input-streaming', input: undefined }],
    };
    const reply = createReplyReducer({ continues: stale, resumed: true });
    reply.apply({ type: 'start', messageId: 'replayed' });
    expect(reply.message).toEqual({ id: 'replayed', role: 'assistant', parts: [] });
  });

  it('merges metadata without ever taking __proto__, constructor or prototype from the server', () => {
    const reply = createReplyReducer();
    reply.apply(
      JSON.parse(
        '{"type":"message-metadata","messageMetadata":{"__proto__":{"polluted":true},"a":{"constructor":{"x":1},"b":1}}}',
      ),
    );
    expect(reply.message.metadata).toEqual({ a: { b: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(reply.message.metadata)).toBe(Object.prototype);
  });

  it.each([
    ['a text delta for a part that never started', { type: 'text-delta', id: 'nope', delta: 'x' }],
    ['a reasoning end for a part that never started', { type: 'reasoning-end', id: 'nope' }],
    [
      'a tool input delta for a call that never started',
      { type: 'tool-input-delta', toolCallId: 'nope', inputTextDelta: '{' },
    ],
    ['a tool output for an unknown call', { type: 'tool-output-available', toolCallId: 'nope', output: 1 }],
    [
      'an approval request for an unknown call',
      { type: 'tool-approval-request', approvalId: 'a', toolCallId: 'nope' },
    ],
    [
      'an approval response never requested',
      { type: 'tool-approval-response', approvalId: 'nope', approved: true },
    ],
  ] as Array<[string, UIMessageChunk]>)(
    'refuses %s with code unexpected-chunk and keeps the reply',
    (_name, chunk) => {
      const reply = createReplyReducer();
      reply.apply({ type: 'text-start', id: 't' });
      reply.apply({ type: 'text-delta', id: 't', delta: 'Kept' });
      const before = reply.message;
      expect(() => reply.apply(chunk)).toThrow(expect.objectContaining({ code: 'unexpected-chunk' }));
      expect(reply.message).toBe(before);
    },
  );

  it('refuses a text delta after its part ended', () => {
    const reply = createReplyReducer();
    reply.apply({ type: 'text-start', id: 't' });
    reply.apply({ type: 'text-end', id: 't' });
    expect(() => reply.apply({ type: 'text-delta', id: 't', delta: 'late' })).toThrow(/not open/);
  });
});
