import { WhyThisReply } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';

const meta = {
  title: 'Components/WhyThisReply',
  component: WhyThisReply,
  args: {
    conditioning: {
      mode: 'pba',
      source: 'stored',
      shapedBy: [
        {
          id: 'conscientiousness',
          label: 'High Conscientiousness',
          direction: 1,
          confidence: 1,
          pinned: true,
        },
        { id: 'communication_concise', label: 'Concise communication', direction: 1, confidence: 0.78 },
        { id: 'agreeableness', label: 'High Agreeableness', direction: 1, confidence: 0.55 },
        { id: 'travel', label: 'Likes travel', direction: 1, confidence: 0.4 },
      ],
    },
  },
} satisfies Meta<typeof WhyThisReply>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * In the user's words: the style axes and topics that shaped the reply, never personality.
 * Opens and closes from the keyboard; Escape returns focus to the toggle.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Why this reply?' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Short answers')).toBeVisible();
    await expect(canvas.getByText('Warm and friendly')).toBeVisible();
    await expect(canvas.queryByText('High Conscientiousness')).toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveFocus();
  },
};

/** Open. */
export const Open: Story = { args: { defaultOpen: true } };

/** The receipt says the preferences in this browser shaped the reply. */
export const FromThisBrowser: Story = {
  args: {
    defaultOpen: true,
    conditioning: {
      mode: 'pba',
      source: 'payload',
      shapedBy: [
        {
          id: 'communication_concise',
          label: 'Concise communication style',
          direction: 1,
          confidence: 1,
          pinned: true,
        },
      ],
    },
  },
};

/** For an app that opts in: every dimension with the preference space's own labels. */
export const AllDimensions: Story = {
  args: { showAllDimensions: true, defaultOpen: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('High Conscientiousness')).toBeVisible();
  },
};

/** The receipt says nothing personal shaped the reply. */
export const Nothing: Story = { args: { conditioning: { source: 'none' }, defaultOpen: true } };
