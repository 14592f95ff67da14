import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { darkBackdrop } from './support/decorators';
import { LiveChat } from './support/live-chat';
import {
  assistantMessage,
  longThread,
  personaWithMuchEvidence,
  sampleConversation,
  userMessage,
} from './support/story-session';

const suggestions = ['Where is my parcel?', 'How do I return an item?', 'Can I change my delivery address?'];

const meta = {
  title: 'Components/Chat',
  component: LiveChat,
  args: { title: 'Parcelwise help', suggestions },
} satisfies Meta<typeof LiveChat>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No messages yet: a welcome and starter prompts. */
export const Empty: Story = {};

/** A conversation with markdown, a code block, a rating and 'why this reply'. */
export const Conversation: Story = { args: { initialMessages: sampleConversation } };

/** Type, press Enter, watch the reply stream in, then rate it. */
export const SendAndRate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'How long do refunds take?{Enter}');
    await expect(box).toHaveValue('');
    await expect(canvas.getByText('How long do refunds take?')).toBeInTheDocument();
    const helpful = await canvas.findByRole('button', { name: 'Helpful' }, { timeout: 15000 });
    await userEvent.click(helpful);
    await waitFor(() => expect(helpful).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(canvasElement.querySelector('[role="status"]')).toHaveTextContent(/Reply:/));
  },
};

/** Edit the first question: the later turns are replaced and a new reply streams in. */
export const EditAndResend: Story = {
  args: { initialMessages: sampleConversation },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [firstEdit, secondEdit] = canvas.getAllByRole('button', { name: 'Edit message' });
    await expect(secondEdit).toBeInTheDocument();
    await userEvent.click(firstEdit as HTMLElement);
    await userEvent.keyboard(' It was due yesterday.{Enter}');
    await expect(canvas.queryByRole('button', { name: 'Edit message' })).toBeNull();
    await expect(canvas.queryByText(/from the command line/)).toBeNull();
    await expect(
      canvas.getByText(
        'My parcel says delivered but it is not here. What should I do? It was due yesterday.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(canvas.getAllByRole('button', { name: 'Edit message' })).toHaveLength(1), {
      timeout: 15000,
    });
    await expect(canvas.getAllByRole('article')).toHaveLength(2);
  },
};

/** A reply mid-stream: the Stop button replaces Send. */
export const Streaming: Story = {
  args: { chunkDelayMs: 400, initialMessages: sampleConversation },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'How do I return an item?{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Stop' })).toBeEnabled();
  },
};

/** Stopping a reply keeps what arrived and marks it stopped. */
export const StopAndRetry: Story = {
  args: { chunkDelayMs: 300 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Where is my parcel?{Enter}');
    await userEvent.click(await canvas.findByRole('button', { name: 'Stop' }));
    await expect(await canvas.findByText('Stopped')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  },
};

/** A failed reply with a Retry button; retrying streams a real answer. */
export const ErrorAndRetry: Story = {
  args: {
    initialMessages: () => [
      userMessage('Can I change my delivery address after ordering?'),
      assistantMessage('', { error: 'The connection was lost. Check your network and try again.' }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('connection was lost');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull(), { timeout: 15000 });
    await expect(
      await canvas.findByRole('button', { name: 'Regenerate' }, { timeout: 15000 }),
    ).toBeInTheDocument();
  },
};

/** An active comparison waiting for the user's choice. */
export const ComparisonPending: Story = {
  args: {
    initialMessages: () => [
      userMessage('How long do refunds take?'),
      assistantMessage('', {
        comparison: {
          id: 'cmp-1',
          candidates: [
            { text: 'Refunds reach your account **3–5 working days** after we receive the return.' },
            {
              text: 'Thanks for asking! Once your return arrives at our warehouse, we check it within a day.\n\n- Card refunds: 3–5 working days\n- PayPal: usually within 24 hours\n\nYou will get an email the moment it is on its way.',
            },
          ],
        },
      }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const preferA = canvas.getByRole('button', { name: 'Prefer this: Reply A' });
    preferA.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('button', { name: 'Prefer this: Reply B' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(/PayPal: usually within 24 hours/)).toBeInTheDocument();
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Prefer this: Reply A' })).toBeNull());
  },
};

/** 1,000 messages: virtualized, opened at the latest message. */
export const ThousandMessages: Story = {
  args: { initialMessages: () => longThread(1000) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const log = canvas.getByRole('log', { name: 'Conversation' });
    // The virtualizer loads on demand; once it has, only the rows near the viewport are rendered.
    await waitFor(() => {
      const rendered = within(log).getAllByRole('article').length;
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(100);
    });
  },
};

/** The preferences sheet, opened from the header, on a persona with much evidence. */
export const WithPreferences: Story = {
  args: { initialMessages: sampleConversation, initialPersona: personaWithMuchEvidence },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Preferences' }));
    await expect(await canvas.findByRole('heading', { name: 'Your preferences' })).toBeInTheDocument();
  },
};

/** Escape closes the preferences sheet and returns focus to its button. */
export const PreferencesEscape: Story = {
  args: { initialMessages: sampleConversation },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Preferences' });
    await userEvent.click(button);
    await expect(await canvas.findByRole('heading', { name: 'Your preferences' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('heading', { name: 'Your preferences' })).toBeNull());
    await expect(button).toHaveFocus();
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', initialMessages: sampleConversation },
  globals: { backgrounds: { value: 'dark' } },
  decorators: [darkBackdrop],
};

/** A narrow container (a phone, a sidebar). */
export const Narrow: Story = { args: { frame: 'story-frame-narrow', initialMessages: sampleConversation } };

/** No kit styles: semantic markup and class names only, ready for your own CSS. */
export const Unstyled: Story = { args: { unstyled: true, initialMessages: sampleConversation } };

/** Right-to-left, with translated strings. */
export const RightToLeft: Story = {
  args: {
    title: 'مساعدة',
    suggestions: ['أين طردي؟'],
    strings: {
      emptyTitle: 'كيف يمكنني المساعدة؟',
      emptyHint: 'اسأل عن أي شيء.',
      composerPlaceholder: 'اكتب رسالة…',
      composerLabel: 'رسالة',
      composerHint: 'Enter للإرسال، Shift+Enter لسطر جديد',
      send: 'إرسال',
      preferences: 'التفضيلات',
      conversationLabel: 'المحادثة',
    },
  },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
};
