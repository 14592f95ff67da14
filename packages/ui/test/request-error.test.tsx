import { type AttuneMessage, createChatSession, createPersona, createPersonalization } from '@attune/core';
import { Chat, Message } from '@attune/ui';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ChatTransport } from 'ai';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const failed = (metadata: AttuneMessage['metadata']): AttuneMessage => ({
  id: 'a1',
  role: 'assistant',
  parts: [],
  metadata,
});

describe('requests the server refused', () => {
  it('asks politely to slow down and enables Retry only once the server allows it', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const onRetry = vi.fn();
    render(
      <Message
        message={failed({
          error: 'Too many requests; try again in 3 seconds.',
          errorCode: 'rate-limited',
          retryAt: 1_003_000,
        })}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      "You're sending messages a little quickly. You can try again in 3 s.",
    );
    const retry = screen.getByRole('button', { name: 'Retry' }) as HTMLButtonElement;
    expect(retry.disabled).toBe(true);
    act(() => vi.advanceTimersByTime(1_000));
    expect(alert.textContent).toContain('try again in 2 s');
    act(() => vi.advanceTimersByTime(2_000));
    expect(alert.textContent).toContain('You can try again now.');
    expect(retry.disabled).toBe(false);
    retry.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says a message over the server body limit is too large, with no Retry that would fail again', () => {
    const onRetry = vi.fn();
    render(
      <Message
        message={failed({
          error: 'The body is larger than the limit of 524288 bytes.',
          errorCode: 'body-too-large',
        })}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      "This message's attachments are over the server's size limit.",
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('says when a reply came without personalization', () => {
    render(
      <Message
        message={{
          id: 'a1',
          role: 'assistant',
          parts: [{ type: 'text', text: 'Here is how returns work.' }],
          metadata: { personalization: 'paused' },
        }}
      />,
    );
    expect(
      screen.getByText("Personalization is paused for now, so this reply isn't tailored to you."),
    ).toBeTruthy();
  });

  it('says when a reply came without personalization because the network added too many new visitors', () => {
    render(
      <Message
        message={{
          id: 'a2',
          role: 'assistant',
          parts: [{ type: 'text', text: 'Here is how returns work.' }],
          metadata: { personalization: 'limited' },
        }}
      />,
    );
    expect(screen.getByText(/new visitors from your network/)).toBeTruthy();
    expect(screen.queryByText(/paused/)).toBeNull();
  });

  it('shows a request refused before any reply in the chat, with Retry', async () => {
    const refusing: ChatTransport<AttuneMessage> = {
      sendMessages: async () => {
        throw new Error(
          JSON.stringify({
            error: { code: 'rate-limited', message: 'Too many requests.', retryAfterSeconds: 30 },
          }),
        );
      },
      reconnectToStream: async () => null,
    };
    const session = createChatSession({ transport: refusing });
    render(<Chat session={session} />);
    await act(() => session.send('Hello?'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/a little quickly\. You can try again in (29|30) s\./);
    expect((screen.getByRole('button', { name: 'Retry' }) as HTMLButtonElement).disabled).toBe(true);
    expect(session.getState().messages.map((message) => message.role)).toEqual(['user']);
  });

  it('offers a new conversation when a message is too large, which keeps the persona', async () => {
    const tooLarge: ChatTransport<AttuneMessage> = {
      sendMessages: async () => {
        throw new Error(
          JSON.stringify({
            error: { code: 'body-too-large', message: 'The body is larger than the limit.' },
          }),
        );
      },
      reconnectToStream: async () => null,
    };
    const personalization = createPersonalization({ persona: createPersona() });
    const session = createChatSession({ transport: tooLarge, personalization });
    render(<Chat session={session} persona={personalization.persona} />);
    await act(() => session.send('tl;dr please: here is a video of the damage.'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("This message's attachments are over the server's size limit.");
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    const learned = personalization.persona.signalCount;
    expect(learned).toBeGreaterThan(0);

    await act(() => screen.getByRole('button', { name: 'Start a new conversation' }).click());
    await waitFor(() => expect(session.getState().messages).toEqual([]));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(personalization.persona.signalCount).toBe(learned);
  });
});
