import { createChatSession, messageText } from '@attune/core';
import { Chat } from '@attune/ui';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lastAssistantMessageIsCompleteWithApprovalResponses, tool } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { scriptedModel } from '../../../test/contract/support/scripted-model';

afterEach(cleanup);

describe('<Chat> with tools and files', { timeout: 30_000 }, () => {
  it('sends attached files with the text and shows them in the thread', async () => {
    const model = scriptedModel();
    const session = createChatSession({ model });
    const { container } = render(<Chat session={session} attachments />);
    const picker = container.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(picker, new File(['Broken on arrival'], 'note.txt', { type: 'text/plain' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'See my note{Enter}');

    await waitFor(() => expect(session.getState().messages).toHaveLength(2));
    await waitFor(() => expect(session.getState().status).toBe('ready'));
    const [question] = session.getState().messages;
    expect(question?.parts.map((part) => part.type)).toEqual(['file', 'text']);
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(within(log).getByRole('list', { name: 'Attached files' }).textContent).toContain('note.txt');
    // The model received the file with the question.
    const user = model.doStreamCalls[0]?.prompt.findLast((message) => message.role === 'user');
    expect(user?.role === 'user' && user.content.map((part) => part.type)).toEqual(['file', 'text']);
  });

  it('shows a tool call that needs approval; Approve runs it and the reply continues', async () => {
    const cancelled: string[] = [];
    const session = createChatSession({
      model: scriptedModel(),
      tools: {
        cancelOrder: tool({
          inputSchema: z.object({ orderId: z.string() }),
          needsApproval: true,
          execute: async ({ orderId }) => {
            cancelled.push(orderId);
            return { cancelled: true };
          },
        }),
      },
      sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    });
    render(<Chat session={session} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'please cancel order 9{Enter}');

    const call = await screen.findByRole('region', { name: 'Tool: cancelOrder' });
    expect(within(call).getByText('Needs your approval')).toBeTruthy();
    expect(cancelled).toEqual([]);
    await userEvent.click(within(call).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(within(call).getByText('Done')).toBeTruthy());
    expect(cancelled).toEqual(['9']);
    await waitFor(() =>
      expect(messageText(session.getState().messages.at(-1) ?? { parts: [] })).toContain('cancelOrder'),
    );
  });
});
