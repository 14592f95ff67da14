/**
 * `<Chat>` over the AI SDK's own transport sending only the last message (the persistence
 * pattern of the AI SDK docs) to `createChatHandler` with `loadMessages`: the server answers from
 * the stored history and the kit's personalization still reaches it under `body`.
 */
import { createPersona, createPersonalization } from '@attune/core';
import { Chat } from '@attune/ui';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DefaultChatTransport, type UIMessage } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { storedChatsHandler } from '../../../test/contract/support/stored-chats';

afterEach(cleanup);

const ask = async (text: string) =>
  userEvent.type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
const log = () => screen.getByRole('log', { name: 'Conversation' });

describe('<Chat> sending only the last message', { timeout: 30_000 }, () => {
  it('gets replies from the stored history and keeps its Attune fields in the body', async () => {
    const { handle, model, chats } = storedChatsHandler();
    const bodies: Record<string, unknown>[] = [];
    const transport = new DefaultChatTransport<UIMessage>({
      api: 'http://app.test/api/chat',
      prepareSendMessagesRequest: ({ messages, id, body }) => ({
        body: { ...body, message: messages.at(-1), id },
      }),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        bodies.push(await request.clone().json());
        return handle(request);
      },
    });
    // No comparisons: each of a comparison's two requests would reach onEnd (see the core README).
    const personalization = createPersonalization({
      persona: createPersona(),
      compare: { policy: 'never' },
    });
    render(<Chat id="kept" transport={transport} personalization={personalization} />);
    await ask('Hello');
    await waitFor(() => expect(log().textContent).toContain('Reply 1 to: Hello'));
    await waitFor(() => expect(chats.get('kept')).toHaveLength(2));
    await ask('And then?');
    await waitFor(() => expect(log().textContent).toContain('Reply 2 to: And then?'));

    expect(bodies.map((body) => Object.keys(body).sort())).toEqual([
      ['attune', 'id', 'message'],
      ['attune', 'id', 'message'],
    ]);
    const prompt = model.doStreamCalls[1]?.prompt.filter((message) => message.role !== 'system');
    expect(prompt?.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    await waitFor(() => expect(chats.get('kept')).toHaveLength(4));
  });
});
