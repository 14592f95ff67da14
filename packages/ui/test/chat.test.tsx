import {
  type AttuneMessage,
  createChatSession,
  createMemoryStorage,
  createPersona,
  messageText,
} from '@attune/core';
import { Chat } from '@attune/ui';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { handModel } from './support/paused-model';

afterEach(cleanup);

const lastMessage = (session: ReturnType<typeof createChatSession>) => session.getState().messages.at(-1);

async function sendAndStream(text: string, chunks: string[], hand: ReturnType<typeof handModel>) {
  await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
  await act(() => hand.requested());
  for (const chunk of chunks) act(() => hand.chunk(chunk));
}

describe('<Chat>', { timeout: 30_000 }, () => {
  it('streams a reply into the log and announces it once, when complete', async () => {
    const hand = handModel();
    render(<Chat model={hand.model} />);
    const log = screen.getByRole('log', { name: 'Conversation' });
    const announcer = screen.getByRole('status');

    await sendAndStream('Where is my parcel?', ['It left ', 'the depot'], hand);
    await within(log).findByText('It left the depot');
    expect(within(log).getByText('Where is my parcel?')).toBeTruthy();
    expect(announcer.textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();

    act(() => hand.chunk(' this morning.'));
    expect(announcer.textContent).toBe('');
    act(() => hand.finish());
    await waitFor(() => expect(announcer.textContent).toBe('Reply: It left the depot this morning.'));
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });

  it('wires the thumbs to the session: rating, switching and clearing', async () => {
    const hand = handModel();
    const session = createChatSession({ model: hand.model });
    render(<Chat session={session} />);
    await sendAndStream('Hi', ['Hello!'], hand);
    act(() => hand.finish());

    const up = await screen.findByRole('button', { name: 'Helpful' });
    await userEvent.click(up);
    await waitFor(() => expect(lastMessage(session)?.metadata?.rating).toBe('up'));
    expect(up.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    await waitFor(() => expect(lastMessage(session)?.metadata?.rating).toBe('down'));
    await userEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    await waitFor(() => expect(lastMessage(session)?.metadata?.rating ?? null).toBeNull());
  });

  it('stops a streaming reply, keeps what arrived and marks it stopped', async () => {
    const hand = handModel();
    const session = createChatSession({ model: hand.model });
    render(<Chat session={session} />);
    await sendAndStream('Tell me about returns', ['Returns are free'], hand);
    await screen.findByText('Returns are free');
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await screen.findByText('Stopped');
    expect(lastMessage(session)?.metadata?.stopped).toBe(true);
    expect(messageText(lastMessage(session) as AttuneMessage)).toBe('Returns are free');
  });

  it('regenerates a reply through the session', async () => {
    const hand = handModel();
    const session = createChatSession({ model: hand.model });
    render(<Chat session={session} />);
    await sendAndStream('Hi', ['First answer'], hand);
    act(() => hand.finish());
    await userEvent.click(await screen.findByRole('button', { name: 'Regenerate' }));
    await act(() => hand.requested());
    act(() => hand.chunk('Second answer'));
    act(() => hand.finish());
    await screen.findByText('Second answer');
    expect(screen.queryByText('First answer')).toBeNull();
  });

  it('retries a failed reply', async () => {
    const hand = handModel();
    const session = createChatSession({
      model: hand.model,
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello?' }] },
        { id: 'a1', role: 'assistant', parts: [], metadata: { error: 'The network is down.' } },
      ],
    });
    render(<Chat session={session} />);
    expect(screen.getByRole('alert').textContent).toContain('The network is down.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await act(() => hand.requested());
    act(() => hand.chunk('Back online.'));
    act(() => hand.finish());
    await screen.findByText('Back online.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('decides a pending comparison by keyboard, through the session', async () => {
    const session = createChatSession({
      model: handModel().model,
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Refunds?' }] },
        {
          id: 'a1',
          role: 'assistant',
          parts: [],
          metadata: {
            comparison: { id: 'c1', candidates: [{ text: 'Short answer.' }, { text: 'Long, warm answer.' }] },
          },
        },
      ],
    });
    render(<Chat session={session} />);
    screen.getByRole('button', { name: 'Prefer this: Reply A' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Prefer this: Reply B' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(lastMessage(session)?.metadata?.comparison?.chosen).toBe(1));
    expect(messageText(lastMessage(session) as AttuneMessage)).toBe('Long, warm answer.');
    await screen.findByText('Long, warm answer.');
    expect(screen.queryByRole('button', { name: 'Prefer this: Reply A' })).toBeNull();
  });

  it('sends a suggestion with one click', async () => {
    const hand = handModel();
    const session = createChatSession({ model: hand.model });
    render(<Chat session={session} suggestions={['Where is my parcel?']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Where is my parcel?' }));
    await act(() => hand.requested());
    expect(messageText(session.getState().messages[0] as AttuneMessage)).toBe('Where is my parcel?');
  });
});

describe('<Chat> editing a user message', { timeout: 30_000 }, () => {
  const userTurns = () =>
    screen.getAllByRole('article').filter((article) => article.getAttribute('data-role') === 'user');

  it('replaces the later turns and streams the new reply; no editing while a reply streams', async () => {
    const hand = handModel();
    const session = createChatSession({ model: hand.model });
    render(<Chat session={session} />);
    const log = screen.getByRole('log', { name: 'Conversation' });
    await sendAndStream('Where is my parcel?', ['It left the depot.'], hand);
    // While a reply streams the log is busy, and attune.css hides every Edit button in a busy
    // log (checked with the real stylesheet in Chromium by the Chat EditAndResend story).
    expect(log.getAttribute('aria-busy')).toBe('true');
    act(() => hand.finish());
    await sendAndStream('And my refund?', ['Refunds take 5 days.'], hand);
    act(() => hand.finish());
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Edit message' })).toHaveLength(2));
    expect(log.getAttribute('aria-busy')).toBe('false');

    const firstId = session.getState().messages[0]?.id;
    const [first] = userTurns();
    await userEvent.click(within(first as HTMLElement).getByRole('button', { name: 'Edit message' }));
    await userEvent.keyboard(' Order 123.{Enter}');
    await act(() => hand.requested());
    act(() => hand.chunk('Order 123 is '));
    await within(log).findByText('Order 123 is');
    // Streaming: the later turns are gone and nothing can be edited.
    expect(within(log).queryByText('And my refund?')).toBeNull();
    expect(within(log).queryByText('Refunds take 5 days.')).toBeNull();
    expect(within(log).queryByText('It left the depot.')).toBeNull();
    expect(log.getAttribute('aria-busy')).toBe('true');
    act(() => hand.chunk('out for delivery.'));
    act(() => hand.finish());

    await within(log).findByText('Order 123 is out for delivery.');
    expect(within(log).getByText('Where is my parcel? Order 123.')).toBeTruthy();
    const messages = session.getState().messages;
    expect(messages.map((message) => [message.role, messageText(message)])).toEqual([
      ['user', 'Where is my parcel? Order 123.'],
      ['assistant', 'Order 123 is out for delivery.'],
    ]);
    expect(messages[0]?.id).toBe(firstId);
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Edit message' })).toHaveLength(1));
  });

  it('keeps the editor, the text and shows the error when the session rejects the edit', async () => {
    const session = createChatSession({
      model: handModel().model,
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello?' }] },
        { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hi! How can I help?' }] },
      ],
    });
    const failing = {
      ...session,
      edit: () => Promise.reject(new Error('This chat session was destroyed.')),
    };
    render(<Chat session={failing} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.keyboard('{Backspace} there?{Enter}');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not send the edit: This chat session was destroyed.',
    );
    const box = screen.getByRole('textbox', { name: 'Edit your message' });
    expect(box).toHaveProperty('value', 'Hello there?');
    expect(document.activeElement).toBe(box);
    expect(messageText(session.getState().messages[0] as AttuneMessage)).toBe('Hello?');
    expect(screen.getByText('Hi! How can I help?')).toBeTruthy();
  });
});

describe('<Chat> personalized by default', { timeout: 30_000 }, () => {
  it('learns from the conversation and shows what it learned in the preferences panel', async () => {
    const hand = handModel();
    render(<Chat model={hand.model} />);
    await sendAndStream('Where is my parcel?', ['It left the depot.'], hand);
    act(() => hand.finish());
    await userEvent.click(await screen.findByRole('button', { name: 'Helpful' }));

    await userEvent.click(screen.getByRole('button', { name: 'Preferences' }));
    // The user's message and the thumb are the two signals.
    expect(await screen.findByText('Learned from 2 signals')).toBeTruthy();
  });

  it('says in the preferences panel that feedback saved in the session waits for the next message', async () => {
    const rating = { kind: 'rating', rating: 'up', text: 'Five working days.', at: Date.now() } as const;
    const storage = createMemoryStorage();
    await storage.save('waiting', { version: 1, messages: [], signals: [rating] });
    // A visit after the rating: nothing was sent yet (nothing listens on port 1).
    const session = createChatSession({ id: 'waiting', api: 'http://127.0.0.1:1/api/chat', storage });
    await session.ready;
    render(<Chat session={session} persona={createPersona()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Preferences' }));
    expect(
      await screen.findByText('1 piece of feedback waits to be sent with your next message.'),
    ).toBeTruthy();
    await act(() => session.resetPersona());
    expect(screen.queryByText(/waits to be sent/)).toBeNull();
  });

  it('hides the panel with persona={false}', () => {
    render(<Chat model={handModel().model} persona={false} />);
    expect(screen.queryByRole('button', { name: 'Preferences' })).toBeNull();
  });
});
