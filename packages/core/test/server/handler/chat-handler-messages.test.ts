import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { createChatHandler } from '@attune/core/server';
import { simulateReadableStream, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { post, replyText, streamingModel, userMessage } from './helpers';

const URL = 'http://localhost/api/chat';
const tools = {
  lookupOrder: tool({
    inputSchema: z.object({ orderId: z.string() }),
    outputSchema: z.object({ status: z.string() }),
    execute: async () => ({ status: 'shipped' }),
  }),
};

const toolCall = (input: unknown, output: unknown = { status: 'shipped' }) => ({
  id: 'a1',
  role: 'assistant',
  parts: [
    { type: 'step-start' },
    { type: 'tool-lookupOrder', toolCallId: 'c1', state: 'output-available', input, output },
    { type: 'text', text: 'It has shipped.' },
  ],
});

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('createChatHandler: messages', () => {
  it('accepts every UIMessage part type in the history', async () => {
    const model = streamingModel(['Fine']);
    const handle = createChatHandler({ model, tools });
    const history = [
      userMessage('Where is order 42?', 'u1'),
      {
        ...toolCall({ orderId: '42' }),
        parts: [
          ...toolCall({ orderId: '42' }).parts,
          { type: 'reasoning', text: 'Thinking' },
          { type: 'source-url', sourceId: 's', url: 'https://example.com/returns' },
          { type: 'data-receipt', data: { anything: true } },
          {
            type: 'dynamic-tool',
            toolName: 'mcpSearch',
            toolCallId: 'd1',
            state: 'output-available',
            input: { q: 'returns' },
            output: ['a'],
          },
        ],
      },
      {
        id: 'u2',
        role: 'user',
        parts: [
          { type: 'text', text: 'And this?' },
          { type: 'file', mediaType: 'text/plain', filename: 'note.txt', url: 'data:text/plain;base64,aGk=' },
        ],
      },
    ];
    const response = await handle(post(URL, { messages: history }));
    expect(response.status).toBe(200);
    expect(await replyText(response)).toBe('Fine');
    const prompt = model.doStreamCalls[0]?.prompt ?? [];
    expect(prompt.some((message) => message.role === 'tool')).toBe(true);
  });

  it("checks tool parts against the tools' schemas, naming the field", async () => {
    const model = streamingModel(['Fine']);
    const handle = createChatHandler({ model, tools });
    const response = await handle(
      post(URL, { messages: [userMessage('Hi'), toolCall({ orderId: 42 }), userMessage('Ok', 'u2')] }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-body');
    expect(error.message).toContain('messages[1].parts[1].input');
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it.each([
    ['a part of no known type', { type: 'mystery', text: 'SECRET-123' }, 'messages.0.parts.1'],
    [
      'a file part without a media type',
      { type: 'file', url: 'data:text/plain;base64,U0VDUkVULTEyMw==' },
      'mediaType',
    ],
    [
      'a tool part in an unknown state',
      { type: 'tool-x', toolCallId: 'c', state: 'hacked', input: 'SECRET-123' },
      'messages.0.parts.1',
    ],
  ])('refuses %s with a 400 naming the field, never echoing the message', async (_name, part, field) => {
    const model = streamingModel(['x']);
    const handle = createChatHandler({ model, tools });
    const response = await handle(
      post(URL, {
        messages: [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'SECRET-123' }, part] }],
      }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-body');
    expect(error.message).toContain(field);
    expect(error.message).not.toContain('SECRET');
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it('refuses a pending call of a tool the server does not have', async () => {
    const handle = createChatHandler({ model: streamingModel(['x']), tools });
    const pending = {
      id: 'a1',
      role: 'assistant',
      parts: [{ type: 'tool-deleteAll', toolCallId: 'c9', state: 'input-available', input: {} }],
    };
    const response = await handle(post(URL, { messages: [userMessage('Hi'), pending] }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('messages[1].parts[0].input');
  });

  it('continues after tool results sent back in the last assistant message', async () => {
    const model = streamingModel(['Done']);
    const handle = createChatHandler({ model, tools });
    const response = await handle(
      post(URL, { messages: [userMessage('Where is order 42?'), toolCall({ orderId: '42' })] }),
    );
    expect(response.status).toBe(200);
    expect(await replyText(response)).toBe('Done');
  });

  it('lets a file URL through only when acceptFileUrl allows it', async () => {
    const file = (url: string) => ({
      messages: [{ id: 'u', role: 'user', parts: [{ type: 'file', mediaType: 'image/png', url }] }],
    });
    const handle = createChatHandler({
      // The model reads these URLs itself, so the AI SDK does not download them.
      model: streamingModel(['Seen'], { supportedUrls: { 'image/*': [/^https:\/\/cdn\.example\.com\//] } }),
      acceptFileUrl: (url) => url.origin === 'https://cdn.example.com',
    });
    expect((await handle(post(URL, file('https://cdn.example.com/a.png')))).status).toBe(200);
    const refused = await handle(post(URL, file('http://169.254.169.254/latest')));
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).code).toBe('file-url-not-allowed');
  });

  it('refuses a data: URL whose content is not base64 (the AI SDK would fail on it), before the model is called', async () => {
    const model = streamingModel(['Seen']);
    const handle = createChatHandler({ model });
    const file = (url: string) =>
      post(URL, {
        messages: [{ id: 'u', role: 'user', parts: [{ type: 'file', mediaType: 'image/png', url }] }],
      });
    for (const url of [
      'data:image/png;base64,@@@@',
      'data:image/png;base64,iVBOR',
      'data:text/plain,hello%20there',
    ]) {
      const refused = await handle(file(url));
      expect(refused.status, url).toBe(400);
      expect(await errorOf(refused)).toEqual({
        code: 'invalid-body',
        message: "messages[0].parts[0]: a file's data: URL must hold base64 (data:<type>;base64,<data>).",
      });
    }
    expect(model.doStreamCalls).toHaveLength(0);
    for (const url of ['data:image/png;base64,iVBORw0KGgo=', 'data:text/plain;base64,aGVsbG8']) {
      const answered = await handle(file(url));
      expect(answered.status, url).toBe(200);
      expect(await replyText(answered)).toBe('Seen');
    }
  });

  it('hands the conditioned instructions to streamOptions and passes its options to streamText', async () => {
    const model = streamingModel(['Hi']);
    const seen: Array<string | undefined> = [];
    const handle = createChatHandler({
      model,
      instructions: 'Be kind.',
      streamOptions: ({ instructions }) => {
        seen.push(instructions);
        return { instructions: `${instructions}\nUse the tools.`, temperature: 0.25, maxOutputTokens: 77 };
      },
    });
    await (await handle(post(URL, { messages: [userMessage('Hello')] }))).text();
    expect(seen).toEqual(['Be kind.']);
    const call = model.doStreamCalls[0];
    expect(call?.temperature).toBe(0.25);
    expect(call?.maxOutputTokens).toBe(77);
    expect(call?.prompt[0]).toEqual({ role: 'system', content: 'Be kind.\nUse the tools.' });
  });

  it("runs the app's onError after its own report, and honours a retry it asks for", async () => {
    let calls = 0;
    const flaky = streamingModel(['Recovered']);
    const answer = flaky.doStream.bind(flaky);
    flaky.doStream = async (options) => {
      calls += 1;
      if (calls > 1) return answer(options);
      const failing: LanguageModelV4StreamPart[] = [
        { type: 'stream-start', warnings: [] },
        { type: 'error', error: new Error('overloaded') },
      ];
      return { stream: simulateReadableStream({ chunks: failing, chunkDelayInMs: null }) };
    };
    const reported: unknown[] = [];
    const seen: unknown[] = [];
    const handle = createChatHandler({
      model: flaky,
      onError: (error) => reported.push(error),
      streamOptions: {
        streamRetries: 0,
        onError: ({ error }) => {
          seen.push(error);
          return { retry: true as const };
        },
      },
    });
    const response = await handle(post(URL, { messages: [userMessage('Hello')] }));
    expect(await replyText(response)).toBe('Recovered');
    expect(seen).toHaveLength(1);
    expect(reported).toEqual(seen);
  });
});
