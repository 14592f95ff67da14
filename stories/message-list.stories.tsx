import type { AttuneMessage } from '@attune/core';
import { ChatSessionProvider } from '@attune/core/react';
import { MessageList } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { longThread, sampleConversation, storySession } from './support/story-session';

function LiveList({ make }: { make: () => AttuneMessage[] }) {
  const [{ session }] = useState(() => storySession({ messages: make() }));
  return (
    <ChatSessionProvider session={session}>
      <div
        style={{
          blockSize: 520,
          display: 'flex',
          border: '1px solid #dde1e7',
          borderRadius: 14,
          background: '#fff',
        }}
      >
        <MessageList />
      </div>
    </ChatSessionProvider>
  );
}

const meta = {
  title: 'Components/MessageList',
  component: LiveList,
  args: { make: sampleConversation },
} satisfies Meta<typeof LiveList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty. */
export const Empty: Story = { args: { make: () => [] } };

/** A short conversation. */
export const Conversation: Story = {};

/** 1,000 messages, virtualized: scroll up and 'Jump to latest' appears. */
export const ThousandMessages: Story = {
  args: { make: () => longThread(1000) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log', { name: 'Conversation' });
    // The virtualizer loads on demand: then only the rows near the bottom are rendered.
    await waitFor(() => {
      expect(log.scrollTop).toBeGreaterThan(1000);
      expect(within(log).getAllByRole('article').length).toBeLessThan(100);
    });
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    const jump = await canvas.findByRole('button', { name: 'Jump to latest' });
    await userEvent.click(jump);
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Jump to latest' })).toBeNull());
  },
};
