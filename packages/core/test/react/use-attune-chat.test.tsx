import { useChat } from '@ai-sdk/react';
import { useAttuneChat } from '@attune/core/react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import {
  DefaultChatTransport,
  type InferUITools,
  lastAssistantMessageIsCompleteWithToolCalls,
  type UIMessage,
} from 'ai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { textOf } from '../../../../test/contract/support/stock-chat';
import { createStockServer } from '../../../../test/contract/support/stock-server';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The stock server, answered in-process through `DefaultChatTransport`'s own fetch. */
function stockServer() {
  const { app, received } = createStockServer();
  const transport = new DefaultChatTransport<UIMessage>({
    api: 'http://app.test/api/chat',
    fetch: async (input, init) => app.fetch(new Request(String(input), init)),
  });
  return { transport, received };
}

describe('useAttuneChat', { timeout: 30_000 }, () => {
  it('returns everything useChat returns', () => {
    const { transport } = stockServer();
    const stock = renderHook(() => useChat({ transport })).result.current;
    const attune = renderHook(() => useAttuneChat({ transport })).result.current;
    const stable = Object.keys(stock).filter((key) => !key.startsWith('experimental_'));
    expect(stable.filter((key) => !(key in attune))).toEqual([]);
    for (const key of stable) {
      expect(typeof (attune as unknown as Record<string, unknown>)[key], key).toBe(
        typeof (stock as unknown as Record<string, unknown>)[key],
      );
    }
  });

  it("takes the app's own message type, as useChat<MyUIMessage>() does", async () => {
    const { transport } = stockServer();
    type StockMessage = UIMessage<
      { totalTokens?: number },
      { progress: { step: string } },
      InferUITools<ReturnType<typeof createStockServer>['tools']>
    >;
    const { result } = renderHook(() => useAttuneChat<StockMessage>({ transport }));
    await act(() => result.current.sendMessage({ text: 'Where is order 42? Show the progress' }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const reply = result.current.messages.at(-1);
    // Typed as the app's message: the tool's output, the data part and the metadata by their types.
    const lookup = reply?.parts.find((part) => part.type === 'tool-lookupOrder');
    expect(lookup?.state === 'output-available' ? lookup.output.status : undefined).toBe('shipped');
    const progress = reply?.parts.find((part) => part.type === 'data-progress');
    expect(progress?.data.step).toBe('looking');
    expect(reply?.metadata?.totalTokens).toBe(2);
  });

  it('posts to /api/chat when given no transport, as useChat() does', async () => {
    const { app } = createStockServer();
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return app.fetch(new Request(new URL(String(input), 'http://app.test'), init));
    });
    const { result } = renderHook(() => useAttuneChat());
    await act(() => result.current.sendMessage({ text: 'Hello there' }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(urls).toEqual(['/api/chat']);
    expect(textOf(result.current.messages[1])).toContain('Hello there');
  });

  it('sends text and files with per-request body and headers to a stock server, and keeps the app’s messages', async () => {
    const { transport, received } = stockServer();
    const history: UIMessage[] = [
      { id: 'h1', role: 'user', parts: [{ type: 'text', text: 'Hi' }], metadata: { from: 'crm' } },
      { id: 'h2', role: 'assistant', parts: [{ type: 'text', text: 'Hello!' }] },
    ];
    const { result } = renderHook(() => useAttuneChat({ transport, messages: history }));
    expect(result.current.messages).toEqual(history);
    await act(() =>
      result.current.sendMessage(
        {
          text: 'What is in my note?',
          files: [new File(['broken lamp'], 'note.txt', { type: 'text/plain' })],
        },
        { body: { tenant: 'acme' }, headers: { authorization: 'Bearer t0ken' } },
      ),
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const last = received.at(-1);
    expect(last?.authorization).toBe('Bearer t0ken');
    expect(last?.body.tenant).toBe('acme');
    expect(result.current.messages).toHaveLength(4);
    expect(result.current.messages[2]?.parts.map((part) => part.type)).toEqual(['file', 'text']);
    expect(textOf(result.current.messages[3])).toContain('What is in my note?');
  });

  it.each([
    ['useChat', (transport: DefaultChatTransport<UIMessage>) => useChat({ transport })],
    [
      'useAttuneChat',
      (transport: DefaultChatTransport<UIMessage>) => useAttuneChat<UIMessage>({ transport }),
    ],
  ])(
    'sendMessage({ metadata, messageId }) as useChat takes them: metadata on the user message, an edit drops what followed (%s)',
    async (_name, hook) => {
      const { transport, received } = stockServer();
      const { result } = renderHook(() => hook(transport));
      await act(() => result.current.sendMessage({ text: 'First', metadata: { source: 'voice' } }));
      await waitFor(() => expect(result.current.status).toBe('ready'));
      await act(() => result.current.sendMessage({ text: 'Second' }));
      await waitFor(() => expect(result.current.status).toBe('ready'));
      const first = result.current.messages[0];
      expect(first?.metadata).toMatchObject({ source: 'voice' });
      const sent = (received[0]?.body.messages ?? []) as UIMessage[];
      expect(sent[0]?.metadata).toMatchObject({ source: 'voice' });

      await act(() =>
        result.current.sendMessage({
          text: 'First, edited',
          metadata: { source: 'keyboard' },
          messageId: first?.id ?? '',
        }),
      );
      await waitFor(() => expect(result.current.status).toBe('ready'));
      expect(result.current.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
      expect(result.current.messages[0]).toMatchObject({ id: first?.id, metadata: { source: 'keyboard' } });
      expect(textOf(result.current.messages[0])).toBe('First, edited');
      expect(textOf(result.current.messages[1])).toContain('First, edited');
      const edit = received.at(-1)?.body;
      expect(edit).toMatchObject({ trigger: 'submit-message', messageId: first?.id });
      const resent = (edit?.messages ?? []) as UIMessage[];
      expect(resent.map((message) => textOf(message))).toEqual(['First, edited']);
      await expect(
        result.current.sendMessage({ text: 'Again', messageId: 'no-such-message' }),
      ).rejects.toThrow();
    },
  );

  const progress = z.object({ step: z.string() });
  it.each([
    ['passes', z.object({ totalTokens: z.number() }), { progress }, undefined],
    ['refuses metadata', z.object({ totalTokens: z.string() }), { progress }, /metadata/],
    [
      'refuses a data part',
      z.object({ totalTokens: z.number() }),
      { progress: z.object({ step: z.number() }) },
      /progress/,
    ],
  ])(
    'checks replies against messageMetadataSchema and dataPartSchemas as useChat does: %s',
    async (_name, messageMetadataSchema, dataPartSchemas, refusal) => {
      const hooks = [
        (transport: DefaultChatTransport<UIMessage>) =>
          useChat({ transport, messageMetadataSchema, dataPartSchemas }),
        (transport: DefaultChatTransport<UIMessage>) =>
          useAttuneChat<UIMessage>({ transport, messageMetadataSchema, dataPartSchemas }),
      ];
      for (const hook of hooks) {
        const { transport } = stockServer();
        const { result } = renderHook(() => hook(transport));
        await act(() => result.current.sendMessage({ text: 'Where is order 42? Show the progress' }));
        await waitFor(() => expect(['ready', 'error']).toContain(result.current.status));
        expect(result.current.status).toBe(refusal ? 'error' : 'ready');
        if (refusal) expect(result.current.error?.message).toMatch(refusal);
        else expect(result.current.messages.at(-1)?.metadata).toMatchObject({ totalTokens: 2 });
      }
    },
  );

  it('runs client-side tools as useChat does: onToolCall, addToolOutput, then sends again', async () => {
    const { transport, received } = stockServer();
    const { result } = renderHook(() =>
      useAttuneChat({
        transport,
        sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithToolCalls,
        onToolCall: ({ toolCall }) => {
          void result.current.addToolOutput({
            tool: 'askConfirmation',
            toolCallId: toolCall.toolCallId,
            output: 'confirmed',
          });
        },
      }),
    );
    await act(() => result.current.sendMessage({ text: 'Please confirm' }));
    await waitFor(() =>
      expect(textOf(result.current.messages.at(-1))).toContain('askConfirmation: "confirmed"'),
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(received).toHaveLength(2);
  });

  it('learns from thumbs into its own persona, and stays off with personalization: false', async () => {
    const { transport } = stockServer();
    const { result } = renderHook(() => useAttuneChat({ transport }));
    const persona = result.current.persona;
    if (!persona) throw new Error('the hook should personalize by default');
    await act(() => result.current.sendMessage({ text: 'Where is order 3?' }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const before = persona.signalCount;
    const reply = result.current.messages.at(-1);
    await act(() => result.current.rate(reply?.id ?? '', 'up'));
    expect(persona.signalCount).toBeGreaterThan(before);
    expect(result.current.messages.at(-1)?.metadata?.rating).toBe('up');

    const off = renderHook(() => useAttuneChat({ transport, personalization: false })).result.current;
    expect(off.persona).toBeUndefined();
  });

  it('resumes on mount with resume: true, and clears an error', async () => {
    const failing = new DefaultChatTransport<UIMessage>({
      api: 'http://app.test/api/chat',
      fetch: async () => new Response('down', { status: 503 }),
    });
    const { result } = renderHook(() => useAttuneChat({ transport: failing, resume: true }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.message).toContain('down');
    act(() => result.current.clearError());
    expect(result.current.status).toBe('ready');
    expect(result.current.error).toBeUndefined();
  });
});
