import type { Decorator } from '@storybook/react-vite';

/** A story decorator that renders the story in a column at most `pixels` wide. */
export function maxWidth(pixels: number): Decorator {
  return (Story) => (
    <div style={{ maxInlineSize: pixels }}>
      <Story />
    </div>
  );
}
