import { type AttuneMessage, createChatSession, messageText } from '@attune/core';
import { ChatSessionProvider, useLiveMessage } from '@attune/core/react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedModel } from '../chat/fake-model';

const reply: AttuneMessage = { id: 'a1', role: 'assistant', parts: [{ type: 'text', text: '' }] };

/** Renders of the probe component, reset by each setup. */
const renders = { count: 0 };

function Live({ live }: { live: boolean }) {
  const message = useLiveMessage('a1', live);
  renders.count++;
  return <p data-testid="text">{message ? messageText(message) : ''}</p>;
}

function setup() {
  const session = createChatSession({ model: scriptedModel([['unused']]), messages: [reply] });
  renders.count = 0;
  const write = (text: string) =>
    session.store.setState({ messages: [{ ...reply, parts: [{ type: 'text', text }] }] });
  const view = (live: boolean) => (
    <ChatSessionProvider session={session}>
      <Live live={live} />
    </ChatSessionProvider>
  );
  return { write, view };
}

describe('useLiveMessage', () => {
  afterEach(cleanup);

  it('while live, renders once per frame however many chunks arrive, ending on the latest text', async () => {
    const { write, view } = setup();
    render(view(true));
    const mounted = renders.count;
    act(() => {
      for (let chunk = 1; chunk <= 50; chunk++) write('x'.repeat(chunk));
    });
    // Nothing rendered per chunk: the chunks wait for the next frame.
    expect(renders.count).toBe(mounted);
    await waitFor(() => expect(screen.getByTestId('text').textContent).toBe('x'.repeat(50)));
    expect(renders.count - mounted).toBeLessThanOrEqual(2);
  });

  it('not live, renders each change at once; going from live to not live shows the final state at once', () => {
    const { write, view } = setup();
    const { rerender } = render(view(true));
    act(() => write('partial'));
    act(() => rerender(view(false)));
    expect(screen.getByTestId('text').textContent).toBe('partial');
    const before = renders.count;
    act(() => write('final'));
    expect(screen.getByTestId('text').textContent).toBe('final');
    expect(renders.count).toBe(before + 1);
  });
});
