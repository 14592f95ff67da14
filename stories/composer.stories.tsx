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

const photo = () =>
  new File(
    [
      Uint8Array.from(
        atob(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        ),
        (c) => c.charCodeAt(0),
      ),
    ],
    'broken-vase.png',
    { type: 'image/png' },
  );

/** Attachments: pick files, see them as removable previews, send them with the text. */
export const WithAttachments: Story = {
  args: { attachments: { maxFiles: 2 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Attach files' })).toBeVisible();
    const input = canvasElement.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, [photo(), new File(['%PDF'], 'receipt.pdf', { type: 'application/pdf' })]);
    const list = canvas.getByRole('list', { name: 'Files to send' });
    await expect(list).toHaveTextContent('broken-vase.png');
    await expect(list).toHaveTextContent('receipt.pdf');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'It arrived like this');
  },
};

/** A refused file says why. */
export const AttachmentRefused: Story = {
  args: { attachments: { accept: ['image/*'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvasElement.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['x'], 'notes.exe', { type: 'application/x-msdownload' }), {
      applyAccept: false,
    });
    await expect(canvas.getByRole('alert')).toHaveTextContent('notes.exe cannot be attached');
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};
