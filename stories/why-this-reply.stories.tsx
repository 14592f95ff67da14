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
        { id: 'extraversion', label: 'Low Extraversion', direction: 0, confidence: 0.78 },
        { id: 'openness', label: 'High Openness', direction: 1, confidence: 0.55 },
      ],
    },
  },
} satisfies Meta<typeof WhyThisReply>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens and closes from the keyboard; Escape returns focus to the toggle. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Why this reply?' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Low Extraversion')).toBeVisible();
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

/** The receipt says nothing personal shaped the reply. */
export const Nothing: Story = { args: { conditioning: { source: 'none' }, defaultOpen: true } };
