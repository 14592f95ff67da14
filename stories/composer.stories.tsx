import { Composer } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';

const meta = {
  title: 'Components/Composer',
  component: Composer,
  args: { onSend: fn(), onStop: fn() },
  decorators: [maxWidth(640)],
} satisfies Meta<typeof Composer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Enter sends, Shift+Enter breaks the line. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    await expect(box).toHaveValue('First line\nsecond line');
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).toHaveBeenCalledWith('First line\nsecond line', []);
    await expect(box).toHaveValue('');
  },
};

/** While a reply streams: Stop instead of Send. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
    await expect(args.onStop).toHaveBeenCalled();
  },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } };

/** Over the length limit: the text is kept, Send is disabled and the counter explains why. */
export const OverLimit: Story = {
  args: { maxLength: 40 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'This message is a little too long for the limit');
    await expect(canvas.getByRole('alert')).toHaveTextContent('over the limit');
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};
