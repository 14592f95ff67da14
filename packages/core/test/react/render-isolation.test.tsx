import { type AttuneMessage, createChatSession, messageText } from '@attune/core';
import {
  ChatSessionProvider,
  useChatActions,
  useChatSession,
  useMessage,
  useMessageIds,
  useStatus,
} from '@attune/core/react';
import { act, render, renderHook, screen } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { gate, pausingModel, scriptedModel } from '../chat/fake-model';

const thread = (count: number): AttuneMessage[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `m${index}`,
    role: index % 2 === 0 ? 'user' : 'assistant',
    parts: [{ type: 'text', text: `message ${index}` }],
  }));

/** Render counts per row id, and of the list. */
const rowRenders = new Map<string, number>();
const listRenders = { count: 0 };

const Row = memo(function Row({ id }: { id: string }) {
  const message = useMessage(id);
  rowRenders.set(id, (rowRenders.get(id) ?? 0) + 1);
  return <li data-testid={id}>{message ? messageText(message) : ''}</li>;
});

function List() {
  const ids = useMessageIds();
  listRenders.count++;
  return (
    <ul>
      {ids.map((id) => (
        <Row key={id} id={id} />
      ))}
    </ul>
  );
}

describe('@attune/core/react', () => {
  it('while a reply streams in a 200-message thread, only its row re-renders', async () => {
    const paused = gate();
    const resume = gate();
    const model = pausingModel({ before: ['one '], after: ['two ', 'three ', 'four'], paused, resume });
    const session = createChatSession({ model, messages: thread(200) });
    rowRenders.clear();
    render(
      <ChatSessionProvider session={session}>
        <List />
      </ChatSessionProvider>,
    );
    expect(rowRenders.size).toBe(200);

    let sending: Promise<void> = Promise.resolve();
    await act(async () => {
      sending = session.send('new question');
      await paused.opened;
      await vi.waitFor(() => expect(session.getState().messages).toHaveLength(202));
    });
    const liveId = session.getState().messages[201]?.id as string;
    const before = new Map(rowRenders);
    const listBefore = listRenders.count;

    await act(async () => {
      resume.open();
      await sending;
    });

    expect(screen.getByTestId(liveId).textContent).toBe('one two three four');
    expect(listRenders.count).toBe(listBefore);
    expect(rowRenders.get(liveId) ?? 0).toBeGreaterThan(before.get(liveId) ?? 0);
    const others = [...rowRenders].filter(([id, count]) => id !== liveId && count !== before.get(id));
    expect(others).toEqual([]);
  });

  it('useChatSession creates the session once; hooks read it from an explicit argument', async () => {
    const model = scriptedModel([['Hi there']]);
    const { result, rerender } = renderHook(() => useChatSession({ model }));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);

    const status = renderHook(() => useStatus(first));
    const actions = renderHook(() => useChatActions(first));
    const stableActions = actions.result.current;
    await act(async () => {
      await actions.result.current.send('Hello');
    });
    actions.rerender();
    expect(actions.result.current).toBe(stableActions);
    expect(status.result.current).toBe('ready');
    expect(first.getState().messages.map(messageText)).toEqual(['Hello', 'Hi there']);
  });

  it('a hook outside a provider without a session throws a clear error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useStatus())).toThrow(/No chat session/);
    vi.restoreAllMocks();
  });
});
