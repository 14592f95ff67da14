import { FeedbackButtons, type Rating } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

function Stateful({ initial }: { initial: Rating }) {
  const [value, setValue] = useState<Rating>(initial);
  return <FeedbackButtons value={value} onChange={setValue} />;
}

const meta = {
  title: 'Components/FeedbackButtons',
  component: Stateful,
  args: { initial: null },
} satisfies Meta<typeof Stateful>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Toggle thumbs: pressing the active one clears it. */
export const Toggle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const up = canvas.getByRole('button', { name: 'Helpful' });
    const down = canvas.getByRole('button', { name: 'Not helpful' });
    await userEvent.click(up);
    await expect(up).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(down);
    await expect(up).toHaveAttribute('aria-pressed', 'false');
    await expect(down).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(down);
    await expect(down).toHaveAttribute('aria-pressed', 'false');
  },
};

/** Rated up. */
export const RatedUp: Story = { args: { initial: 'up' } };
