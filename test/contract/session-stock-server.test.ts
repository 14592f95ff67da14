/**
 * Contract: Attune's session against a stock AI SDK 7 server (`streamText(...)
 * .toUIMessageStreamResponse()`, tools included), the way an existing `useChat` app's server
 * would answer after the app swaps its client for Attune.
 */
import { type ChatSession, type ChatSessionOptions, createChatSession, messageText } from '@attune/core';
import {
  lastAssistantMessageIsCompleteWithApprovalResponses,
  lastAssistantMessageIsCompleteWithToolCalls,
  type UIMessage,
} from 'ai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LoopbackServer, serveLoopback } from './support/stock-chat';
import { createStockServer, RESUMED_TEXT } from './support/stock-server';

const { app, model, tools, received, cancelled } = createStockServer();
let server: LoopbackServer;
let api = '';

beforeAll(async () => {
  server = await serveLoopback(async (request) => app.fetch(request));
  api = `${server.origin}/api/chat`;
});

afterAll(() => server.close());

const session = (options: Omit<ChatSessionOptions, 'api'> = {}) => createChatSession({ api, ...options });
const lastMessage = (chat: ChatSession) => chat.getState().messages.at(-1);
const toolPart = (chat: ChatSession, name: string) =>
  lastMessage(chat)?.parts.find((part) => part.type === `tool-${name}`) as
    | { state: string; output?: unknown; approval?: { id: string } }
    | undefined;
const settled = (chat: ChatSession) =>
  vi.waitFor(() => expect(chat.getState().status).toBe('ready'), { timeout: 5_000 });

describe("Attune's session against a stock streamText server", () => {
  it('streams server tool calls and results as tool parts, then the reply', async () => {
    const chat = session();
    await chat.send('Where is order 42?');
    expect(toolPart(chat, 'lookupOrder')).toMatchObject({
      state: 'output-available',
      output: { orderId: '42', status: 'shipped' },
    });
    expect(messageText(lastMessage(chat) ?? { parts: [] })).toContain(
      'lookupOrder: {"orderId":"42","status":"shipped"}',
    );
    expect(chat.getState().status).toBe('ready');
  });

  it('runs a client-side tool with onToolCall and addToolOutput, and sends again once the result is in', async () => {
    const onToolCall = vi.fn();
    const chat: ChatSession = session({
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithToolCalls,
      onToolCall: ({ toolCall }) => {
        onToolCall(toolCall.toolName);
        void chat.addToolOutput({ tool: 'askConfirmation', toolCallId: toolCall.toolCallId, output: 'yes' });
      },
    });
    const requestsBefore = received.length;
    await chat.send('Please confirm the change');
    await vi.waitFor(() =>
      expect(messageText(lastMessage(chat) ?? { parts: [] })).toContain('askConfirmation: "yes"'),
    );
    await settled(chat);
    expect(onToolCall).toHaveBeenCalledWith('askConfirmation');
    expect(toolPart(chat, 'askConfirmation')).toMatchObject({ state: 'output-available', output: 'yes' });
    // The result went back in a second request, as one continued assistant message.
    expect(received.length - requestsBefore).toBe(2);
    expect(chat.getState().messages.map((message) => message.role)).toEqual(['user', 'assistant']);
  });

  it('asks for approval; an approved call runs on the server, a denied one does not', async () => {
    const approving = session({ sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses });
    await approving.send('Please cancel order 7');
    const request = toolPart(approving, 'cancelOrder');
    expect(request?.state).toBe('approval-requested');
    expect(cancelled).not.toContain('7');
    await approving.addToolApprovalResponse({ id: request?.approval?.id ?? '', approved: true });
    await vi.waitFor(() => expect(toolPart(approving, 'cancelOrder')?.state).toBe('output-available'));
    await settled(approving);
    expect(cancelled).toContain('7');

    const denying = session({ sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses });
    await denying.send('Please cancel order 8');
    await denying.addToolApprovalResponse({
      id: toolPart(denying, 'cancelOrder')?.approval?.id ?? '',
      approved: false,
      reason: 'Changed my mind',
    });
    await vi.waitFor(() =>
      expect(messageText(lastMessage(denying) ?? { parts: [] })).toContain('cancelOrder: denied'),
    );
    await settled(denying);
    expect(toolPart(denying, 'cancelOrder')?.state).toBe('output-denied');
    expect(cancelled).not.toContain('8');
  });

  it('sends files as file parts, with per-request body fields and headers', async () => {
    const chat = session();
    const note = new File(['The lamp arrived broken.'], 'note.txt', { type: 'text/plain' });
    await chat.send('What does my note say?', {
      files: [note],
      body: { tenant: 'acme' },
      headers: { authorization: 'Bearer secret-token' },
    });
    const last = received.at(-1);
    if (!last) throw new Error('the server received nothing');
    expect(last.authorization).toBe('Bearer secret-token');
    expect(last.body.tenant).toBe('acme');
    const sent = (last.body.messages as UIMessage[]).at(-1);
    expect(sent?.parts[0]).toEqual({
      type: 'file',
      mediaType: 'text/plain',
      filename: 'note.txt',
      url: `data:text/plain;base64,${Buffer.from('The lamp arrived broken.').toString('base64')}`,
    });
    // The model received the file as a file part of the user's message.
    const prompt = model.doStreamCalls.at(-1)?.prompt ?? [];
    const user = prompt.findLast((message) => message.role === 'user');
    expect(user?.role === 'user' && user.content.some((part) => part.type === 'file')).toBe(true);
    // The user message in the session keeps the file.
    expect(chat.getState().messages[0]?.parts.map((part) => part.type)).toEqual(['file', 'text']);
  });

  it('sends files alone, but never an empty message', async () => {
    const chat = session();
    await expect(chat.send('')).rejects.toMatchObject({ code: 'empty' });
    await chat.send('', { files: [new File(['x'], 'x.txt', { type: 'text/plain' })] });
    expect(chat.getState().messages[0]?.parts.map((part) => part.type)).toEqual(['file']);
  });

  it('resumes a reply still streaming on the server, and does nothing when there is none (204)', async () => {
    const idle = session();
    await idle.resumeStream();
    expect(idle.getState()).toMatchObject({ status: 'ready', messages: [] });
    expect(idle.getState().error).toBeUndefined();

    const history: UIMessage[] = [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello?' }] }];
    const reloaded = session({ id: 'reloaded', messages: history });
    await reloaded.resumeStream();
    expect(lastMessage(reloaded)).toMatchObject({ id: 'resumed-reply', role: 'assistant' });
    expect(messageText(lastMessage(reloaded) ?? { parts: [] })).toBe(RESUMED_TEXT);
  });

  it('takes an app’s stock UIMessage[] (any metadata) as its starting conversation', async () => {
    const history: UIMessage[] = [
      { id: 'a', role: 'user', parts: [{ type: 'text', text: 'Hi' }], metadata: { source: 'crm', seq: 1 } },
      { id: 'b', role: 'assistant', parts: [{ type: 'text', text: 'Hello!' }], metadata: 'opaque' },
    ];
    const chat = session({ messages: history });
    await chat.send('Where is order 5?');
    const sent = received.at(-1)?.body.messages as UIMessage[];
    expect(sent.slice(0, 2)).toEqual(history);
  });

  it("hands the app's data parts to onData (transient ones only there) and each finished reply to onFinish, as useChat does", async () => {
    const data: unknown[] = [];
    const finished: {
      id: string;
      messages: number;
      isAbort: boolean;
      isError: boolean;
      finishReason?: string;
    }[] = [];
    const chat = session({
      onData: (part) => data.push(part),
      onFinish: ({ message, messages, isAbort, isError, finishReason }) =>
        finished.push({
          id: message.id,
          messages: messages.length,
          isAbort,
          isError,
          ...(finishReason ? { finishReason } : {}),
        }),
    });
    await chat.send('Show me the progress');
    const reply = lastMessage(chat);
    expect(data).toEqual([
      { type: 'data-progress', id: 'progress', data: { step: 'looking' } },
      { type: 'data-toast', data: 'Working on it', transient: true },
    ]);
    expect(reply?.parts.filter((part) => part.type.startsWith('data-'))).toEqual([
      { type: 'data-progress', id: 'progress', data: { step: 'looking' } },
    ]);
    expect(reply?.metadata).toMatchObject({ totalTokens: 2 });
    // One reply (the data part came before the model's start, which names the reply's id).
    expect(chat.getState().messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(finished).toEqual([
      { id: reply?.id, messages: 2, isAbort: false, isError: false, finishReason: 'stop' },
    ]);
  });

  it('refuses tools without an in-process model', () => {
    expect(() => createChatSession({ api, tools })).toThrow(RangeError);
  });
});
