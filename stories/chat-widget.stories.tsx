import { ChatWidget, type ChatWidgetHandle } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleConversation, storySession } from './support/story-session';

function Page({
  defaultOpen = false,
  position,
  theme,
  withHistory = false,
}: {
  defaultOpen?: boolean;
  position?: 'bottom-right' | 'bottom-left';
  theme?: 'light' | 'dark';
  withHistory?: boolean;
}) {
  const [{ session, persona }] = useState(() =>
    storySession({ messages: withHistory ? sampleConversation() : [] }),
  );
  const widget = useRef<ChatWidgetHandle>(null);
  return (
    <main className="story-page">
      <h1>Parcelwise help centre</h1>
      <p>Find answers about orders, delivery, returns and billing.</p>
      <button type="button" onClick={() => widget.current?.open()}>
        Contact support
      </button>
      <ChatWidget
        ref={widget}
        session={session}
        persona={persona}
        title="Parcelwise support"
        defaultOpen={defaultOpen}
        rememberKey={false}
        position={position}
        theme={theme}
        suggestions={['Where is my parcel?', 'How do I return an item?']}
      />
    </main>
  );
}

const meta = {
  title: 'Components/ChatWidget',
  component: Page,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Page>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: the launcher in the bottom-right corner. */
export const Closed: Story = {};

/** Open, with a conversation. */
export const Open: Story = { args: { defaultOpen: true, withHistory: true } };

/** Opens from the launcher or `ref.open()`; Escape closes it and focus returns to the launcher. */
export const OpenAndEscape: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const launcher = canvas.getByRole('button', { name: 'Open chat' });
    await userEvent.click(launcher);
    const dialog = await canvas.findByRole('dialog', { name: 'Parcelwise support' });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Message' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(launcher).toHaveFocus();
    await expect(launcher).toHaveAccessibleName('Open chat');
    await userEvent.click(canvas.getByRole('button', { name: 'Contact support' }));
    const reopened = await canvas.findByRole('dialog', { name: 'Parcelwise support' });
    // The panel fades in (attune-pop), so it is visible once the animation has started.
    await waitFor(() => expect(reopened).toBeVisible());
  },
};

/** The launcher on the left, dark. */
export const LeftDark: Story = {
  args: { position: 'bottom-left', theme: 'dark', defaultOpen: true, withHistory: true },
};
