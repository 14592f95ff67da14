import type { ChatTransport, UIMessageChunk } from 'ai';
import {
  lastAssistantMessageIsCompleteWithApprovalResponses,
  lastAssistantMessageIsCompleteWithToolCalls,
} from 'ai';
import { describe, expect, it, vi } from 'vitest';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { ChatSessionState, ChatSessionStore } from '../../src/chat/chat-session-state';
import { createSessionChat, type ReplyFinish, type SessionChatOptions } from '../../src/chat/session-chat';
import type { AttuneMessage } from '../../src/message/message';
import { messageText } from '../../src/message/message-text';
import { gate } from './fake-model';

type SendOptions = Parameters<ChatTransport<AttuneMessage>['sendMessages']>[0];

const replay = (chunks: readonly UIMessageChunk[]) =>
  new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

const text = (id: string, words: string) =>
  [
    { type: 'start', messageId: id },
    { type: 'start-step' },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: words },
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: 'stop' },
  ] as UIMessageChunk[];

/** A transport answering each request with the next script; it records every request. */
function scriptedTransport(
  scripts: Array<
    (request: SendOptions) => ReadableStream<UIMessageChunk> | Promise<ReadableStream<UIMessageChunk>>
  >,
  resume: () => ReadableStream<UIMessageChunk> | null = () => null,
) {
  const requests: SendOptions[] = [];
  const transport: ChatTransport<AttuneMessage> & { close: () => void } = {
    sendMessages: async (request) => {
      requests.push(request);
      const script = scripts[Math.min(requests.length - 1, scripts.length - 1)];
      if (!script) throw new Error('no script');
      return script(request);
    },
    reconnectToStream: async () => resume(),
    close: vi.fn(),
  };
  return { transport, requests };
}

function engine(transport: ChatTransport<AttuneMessage>, options: Partial<SessionChatOptions> = {}) {
  const store: ChatSessionStore = createStore<ChatSessionState>()(
    subscribeWithSelector(
      (): ChatSessionState => ({ id: 'c', messages: [], status: 'ready', warnings: [], waitingSignals: [] }),
    ),
  );
  const finishes: ReplyFinish[] = [];
  const statuses: string[] = [];
  store.subscribe(
    (state) => state.status,
    (status) => statuses.push(status),
  );
  let counter = 0;
  const chat = createSessionChat({
    id: 'c',
    generateId: () => `id-${counter++}`,
    store,
    transport,
    onError: () => {},
    onFinish: (finish) => finishes.push(finish),
    onToolCall: undefined,
    onData: undefined,
    sendAutomaticallyWhen: undefined,
    ...options,
  });
  return { chat, store, finishes, statuses };
}

const userText = (text: string) => ({ parts: [{ type: 'text' as const, text }] });
const texts = (store: ChatSessionStore) =>
  store.getState().messages.map((message) => `${message.role}: ${messageText(message)}`);

describe('the session chat engine', () => {
  it('goes submitted, streaming, ready and hands the finished reply to onFinish', async () => {
    const { transport, requests } = scriptedTransport([() => replay(text('r1', 'Hello'))]);
    const { chat, store, finishes, statuses } = engine(transport);
    await chat.sendMessage(userText('Hi'), { body: { tenant: 'acme' }, headers: { 'x-a': '1' } });
    expect(statuses).toEqual(['submitted', 'streaming', 'ready']);
    expect(texts(store)).toEqual(['user: Hi', 'assistant: Hello']);
    expect(store.getState().messages[1]?.id).toBe('r1');
    expect(finishes).toEqual([
      {
        message: store.getState().messages[1],
        isAbort: false,
        isError: false,
        isDisconnect: false,
        finishReason: 'stop',
      },
    ]);
    expect(requests[0]).toMatchObject({
      chatId: 'c',
      trigger: 'submit-message',
      messageId: undefined,
      body: { tenant: 'acme' },
      headers: { 'x-a': '1' },
    });
  });

  it('a data part written before the start: the reply takes the id the start names, in place, and onData hears every data part', async () => {
    const data: unknown[] = [];
    const { transport } = scriptedTransport([
      () =>
        replay([
          { type: 'data-progress', id: 'p', data: { step: 1 } },
          { type: 'data-toast', data: 'Working', transient: true },
          ...text('server-id', 'Done'),
        ]),
    ]);
    const { chat, store } = engine(transport, { onData: (part) => data.push(part) });
    await chat.sendMessage(userText('Go'));
    expect(store.getState().messages.map((message) => `${message.role} ${message.id}`)).toEqual([
      'user id-0',
      'assistant server-id',
    ]);
    expect(store.getState().messages[1]?.parts.map((part) => part.type)).toEqual([
      'data-progress',
      'step-start',
      'text',
    ]);
    expect(data).toEqual([
      { type: 'data-progress', id: 'p', data: { step: 1 } },
      { type: 'data-toast', data: 'Working', transient: true },
    ]);
  });

  it('a reply renamed to a message id already taken is refused, never written over that message', async () => {
    const { transport } = scriptedTransport([
      () => replay([{ type: 'data-progress', data: 1 }, ...text('id-0', 'Overwrite the user')]),
    ]);
    const { chat, store } = engine(transport);
    await chat.sendMessage(userText('Go'));
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'unexpected-chunk' } });
    expect(texts(store)[0]).toBe('user: Go');
  });

  it('tells a broken connection (a failed fetch) to onFinish as a disconnect', async () => {
    const { transport } = scriptedTransport([() => Promise.reject(new TypeError('fetch failed'))]);
    const { chat, finishes } = engine(transport);
    await chat.sendMessage(userText('Hi'));
    expect(finishes.at(-1)).toMatchObject({ isError: true, isDisconnect: true });
  });

  it('a failed request goes error with onError, keeps the messages, and the next request clears the error', async () => {
    const onError = vi.fn();
    const { transport } = scriptedTransport([
      () => Promise.reject(new Error('Server down')),
      () => replay(text('r2', 'Back')),
    ]);
    const { chat, store, finishes } = engine(transport, { onError });
    await chat.sendMessage(userText('Hi'));
    expect(store.getState()).toMatchObject({ status: 'error', error: { message: 'Server down' } });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'Server down' }));
    expect(finishes.at(-1)).toMatchObject({ isError: true, isAbort: false, isDisconnect: false });
    await chat.regenerate();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().error).toBeUndefined();
    expect(texts(store)).toEqual(['user: Hi', 'assistant: Back']);
  });

  it('an error chunk fails the request and keeps the partial reply', async () => {
    const { transport } = scriptedTransport([
      () =>
        replay([
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'Partial' },
          { type: 'error', errorText: 'Upstream broke' },
          { type: 'text-delta', id: 't', delta: ' never shown' },
        ]),
    ]);
    const { chat, store } = engine(transport);
    await chat.sendMessage(userText('Hi'));
    expect(store.getState()).toMatchObject({ status: 'error', error: { message: 'Upstream broke' } });
    expect(texts(store)).toEqual(['user: Hi', 'assistant: Partial']);
  });

  it('stop() aborts the stream, keeps what arrived and reports an abort', async () => {
    const paused = gate();
    const { transport, requests } = scriptedTransport([
      ({ abortSignal }) =>
        new ReadableStream<UIMessageChunk>({
          start(controller) {
            controller.enqueue({ type: 'text-start', id: 't' });
            controller.enqueue({ type: 'text-delta', id: 't', delta: 'So far' });
            paused.open();
            abortSignal?.addEventListener('abort', () => controller.error(abortSignal.reason));
          },
        }),
    ]);
    const { chat, store, finishes } = engine(transport);
    const sending = chat.sendMessage(userText('Hi'));
    await paused.opened;
    await vi.waitFor(() => expect(store.getState().status).toBe('streaming'));
    await chat.stop();
    await sending;
    expect(requests[0]?.abortSignal?.aborted).toBe(true);
    expect(store.getState().status).toBe('ready');
    expect(texts(store)).toEqual(['user: Hi', 'assistant: So far']);
    expect(finishes.at(-1)).toMatchObject({ isAbort: true, isError: false });
  });

  it('treats an abort chunk from the producer as a stop: no automatic resend', async () => {
    const when = vi.fn(() => true);
    const { transport, requests } = scriptedTransport([
      () => replay([...text('r', 'Cut').slice(0, 4), { type: 'abort', reason: 'server stopped' }]),
    ]);
    const { chat, finishes } = engine(transport, { sendAutomaticallyWhen: when });
    await chat.sendMessage(userText('Hi'));
    expect(finishes.at(-1)).toMatchObject({ isAbort: true });
    expect(when).not.toHaveBeenCalled();
    expect(requests).toHaveLength(1);
  });

  it('runs a client tool: onToolCall, addToolOutput while streaming, then one resend continuing the reply', async () => {
    const toolTurn: UIMessageChunk[] = [
      { type: 'start', messageId: 'reply' },
      { type: 'start-step' },
      { type: 'tool-input-available', toolCallId: 'call-1', toolName: 'askName', input: { why: 'greet' } },
      { type: 'finish-step' },
      { type: 'finish', finishReason: 'tool-calls' },
    ];
    const { transport, requests } = scriptedTransport([
      () => replay(toolTurn),
      () => replay([{ type: 'start' }, ...text('reply', 'Hello Ada').slice(1)]),
    ]);
    const onToolCall = vi.fn();
    let chat: ReturnType<typeof engine>['chat'] | undefined;
    const built = engine(transport, {
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithToolCalls,
      onToolCall: async ({ toolCall }) => {
        onToolCall(toolCall.toolName, toolCall.input);
        await chat?.addToolOutput({ toolCallId: toolCall.toolCallId, output: 'Ada' });
      },
    });
    chat = built.chat;
    await chat.sendMessage(userText('Greet me'));
    expect(onToolCall).toHaveBeenCalledWith('askName', { why: 'greet' });
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ trigger: 'submit-message', messageId: 'reply' });
    expect(requests[1]?.messages.at(-1)?.parts).toContainEqual(
      expect.objectContaining({ type: 'tool-askName', state: 'output-available', output: 'Ada' }),
    );
    expect(built.store.getState().messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(messageText(built.store.getState().messages[1] as AttuneMessage)).toBe('Hello Ada');
    expect(built.store.getState().status).toBe('ready');
  });

  it('a tool output given after the reply ended resends once; an error output too', async () => {
    const toolTurn: UIMessageChunk[] = [
      { type: 'start', messageId: 'reply' },
      { type: 'tool-input-available', toolCallId: 'call-1', toolName: 'lookup', input: {} },
      { type: 'finish', finishReason: 'tool-calls' },
    ];
    const { transport, requests } = scriptedTransport([
      () => replay(toolTurn),
      () => replay(text('reply', 'Sorry')),
    ]);
    const { chat, store } = engine(transport, {
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithToolCalls,
    });
    await chat.sendMessage(userText('Look it up'));
    expect(requests).toHaveLength(1);
    await chat.addToolOutput({ toolCallId: 'call-1', state: 'output-error', errorText: 'Not found' });
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().messages[1]?.parts[0]).toMatchObject({
      state: 'output-error',
      errorText: 'Not found',
    });
    await chat.addToolOutput({ toolCallId: 'unknown', output: 1 });
    expect(requests).toHaveLength(2);
  });

  it('answers an approval and resends the approved call; stop() drops a resend decided before it', async () => {
    const approvalTurn: UIMessageChunk[] = [
      { type: 'start', messageId: 'reply' },
      { type: 'tool-input-available', toolCallId: 'call-1', toolName: 'cancel', input: { order: 7 } },
      { type: 'tool-approval-request', approvalId: 'approval-1', toolCallId: 'call-1' },
      { type: 'finish', finishReason: 'tool-calls' },
    ];
    let decide: (send: boolean) => void = () => {};
    const { transport, requests } = scriptedTransport([
      () => replay(approvalTurn),
      () => replay(text('reply', 'Done')),
    ]);
    const when = vi.fn(
      (options: { messages: AttuneMessage[] }) =>
        lastAssistantMessageIsCompleteWithApprovalResponses(options) &&
        new Promise<boolean>((resolve) => {
          decide = resolve;
        }),
    );
    const { chat, store } = engine(transport, { sendAutomaticallyWhen: when });
    await chat.sendMessage(userText('Cancel order 7'));
    const answering = chat.addToolApprovalResponse({ id: 'approval-1', approved: true, reason: 'Sure' });
    await vi.waitFor(() => expect(when).toHaveBeenCalledTimes(2));
    expect(store.getState().messages[1]?.parts[0]).toMatchObject({
      state: 'approval-responded',
      approval: { id: 'approval-1', approved: true, reason: 'Sure' },
    });
    await chat.stop();
    decide(true);
    await answering;
    expect(requests).toHaveLength(1);
  });

  it('resumes: nothing to resume leaves the store as it was; a replay replaces the partial reply by id', async () => {
    let resumable: ReadableStream<UIMessageChunk> | null = null;
    const { transport } = scriptedTransport([() => replay(text('r1', 'Partial'))], () => resumable);
    const { chat, store, statuses, finishes } = engine(transport);
    await chat.resumeStream();
    expect(store.getState()).toMatchObject({ status: 'ready', messages: [] });
    expect(finishes).toEqual([]);
    await chat.sendMessage(userText('Hi'));
    resumable = replay(text('r1', 'Partial, then whole'));
    await chat.resumeStream();
    expect(texts(store)).toEqual(['user: Hi', 'assistant: Partial, then whole']);
    expect(statuses.at(-1)).toBe('ready');
  });

  it('edits a user message: later turns go, the edited message keeps its id', async () => {
    const { transport, requests } = scriptedTransport([
      () => replay(text('r1', 'One')),
      () => replay(text('r2', 'Two')),
    ]);
    const { chat, store } = engine(transport);
    await chat.sendMessage(userText('First'));
    const userId = store.getState().messages[0]?.id as string;
    await chat.sendMessage({ ...userText('First, edited'), messageId: userId });
    expect(texts(store)).toEqual(['user: First, edited', 'assistant: Two']);
    expect(store.getState().messages[0]?.id).toBe(userId);
    expect(requests[1]).toMatchObject({ trigger: 'submit-message', messageId: userId });
    await expect(chat.sendMessage({ ...userText('x'), messageId: 'missing' })).rejects.toThrow(RangeError);
  });

  it('refuses a stream that names a user message as its reply, leaving that message alone', async () => {
    const { transport } = scriptedTransport([
      () => replay(text('r1', 'One')),
      () => replay(text('id-0', 'Mine now')),
    ]);
    const { chat, store } = engine(transport);
    await chat.sendMessage(userText('Hi'));
    expect(store.getState().messages[0]?.id).toBe('id-0');
    await chat.sendMessage(userText('Again'));
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'unexpected-chunk' } });
    expect(texts(store)).toEqual(['user: Hi', 'assistant: One', 'user: Again']);
  });

  it('dispose() stops and closes the transport', async () => {
    const { transport } = scriptedTransport([() => replay(text('r1', 'One'))]);
    const { chat } = engine(transport);
    await chat.dispose();
    expect(transport.close).toHaveBeenCalledTimes(1);
  });
});
