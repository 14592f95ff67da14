import type { Decorator } from '@storybook/react-vite';

/** A story decorator that renders the story in a column at most `pixels` wide. */
export function maxWidth(pixels: number): Decorator {
  return (Story) => (
    <div style={{ maxInlineSize: pixels }}>
      <Story />
    </div>
  );
}

/** A story decorator that renders the story on the dark backdrop (`.story-dark` in `.storybook/preview.css`). */
export const darkBackdrop: Decorator = (Story) => (
  <div className="story-dark">
    <Story />
  </div>
);
