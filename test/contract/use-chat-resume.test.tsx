/**
 * Contract: `@ai-sdk/react`'s `useChat({ resume: true })` against `createChatHandler`: on mount it
 * asks `GET {api}/{id}/stream`; nothing streaming leaves the chat ready (no error), and a reply in
 * progress is picked up again after a "reload".
 */
import { useChat } from '@ai-sdk/react';
import { createChatHandler } from '@attune/core/server';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { DefaultChatTransport, UIMessage } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { leftMidReply, transportTo } from './support/handler-transport';
import { SLOW_REPLY, scriptedModel } from './support/scripted-model';
import { textOf } from './support/stock-chat';

function ResumingChat(props: {
  id: string;
  messages: UIMessage[];
  transport: DefaultChatTransport<UIMessage>;
}) {
  const { messages, status, error } = useChat({ ...props, resume: true });
  return (
    <div>
      <p data-testid="status">{status}</p>
      <p data-testid="error">{error?.message ?? ''}</p>
      <p data-testid="reply">{messages.length > 1 ? textOf(messages.at(-1)) : ''}</p>
    </div>
  );
}

describe('useChat({ resume: true }) against createChatHandler', () => {
  afterEach(cleanup);

  it('stays ready without an error when nothing is streaming (204)', async () => {
    const requests: string[] = [];
    const handle = createChatHandler({ model: scriptedModel() });
    render(<ResumingChat id="idle" messages={[]} transport={transportTo(handle, requests)} />);
    await waitFor(() => expect(requests).toEqual(['GET /api/chat/idle/stream']));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('ready'));
    expect(screen.getByTestId('error').textContent).toBe('');
  });

  it('picks up a reply that is still streaming when the page mounts again', async () => {
    const requests: string[] = [];
    const { handle, user } = await leftMidReply('busy');
    render(<ResumingChat id="busy" messages={[user]} transport={transportTo(handle, requests)} />);
    await waitFor(() => expect(screen.getByTestId('reply').textContent).toBe(SLOW_REPLY.join('')), {
      timeout: 5_000,
    });
    expect(requests).toEqual(['GET /api/chat/busy/stream']);
    expect(screen.getByTestId('error').textContent).toBe('');
  });
});
