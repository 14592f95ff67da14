import { Message } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';
import { assistantMessage } from './support/story-session';

/** A reply using every kind of markdown the kit renders. */
const everySyntax = assistantMessage(
  [
    '# Returning a parcel',
    'Most items go back **free of charge** within *30 days*; ~~60 days~~ was the old rule. See [the returns policy](https://parcelwise.example/returns "Returns policy") or https://parcelwise.example/help, and ==keep the receipt==.',
    '## Steps',
    '1. Sign in and open **Orders**\n2. Pick the item\n   - a sofa needs a pickup slot\n   - anything else goes by post\n     1. print the label\n     2. drop it off\n3. Choose the reason',
    '### Before you start',
    '- [x] Item unused\n- [ ] Original packaging\n- [ ] Receipt[^1]',
    '> Refunds reach your card in 3 to 5 working days.\n>\n> > A bank may take longer.',
    '> [!WARNING]\n> Custom-made items cannot be returned.',
    '| Item | Window | Cost |\n| :--- | :---: | ---: |\n| Clothing | 30 days | free |\n| Sofa | 14 days | €49 |\n| `gift card` | none | — |',
    'Call `returns.create({ order: "*123*" })` from the API:',
    '```ts\nconst label = await returns.create({ order: "1042", reason: "too-small" });\nprint(label.url);\n```',
    '***',
    'Escaped: \\*not italic\\*, a literal \\`tick\\`, 2 \\< 3 &amp; &copy; 2026.  \nLine two after a hard break. Raw <b>HTML</b> stays text.',
    '[^1]: A paper or email receipt.',
  ].join('\n\n'),
);

const meta = {
  title: 'Components/Markdown',
  component: Message,
  decorators: [maxWidth(680)],
} satisfies Meta<typeof Message>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Headings, emphasis, links, nested lists, task lists, quotes, an alert, a table, code and footnotes. */
export const EverySyntax: Story = {
  args: { message: everySyntax },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Returning a parcel' })).toBeVisible();
    await expect(canvas.getByRole('table')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'the returns policy' })).toHaveAttribute(
      'href',
      'https://parcelwise.example/returns',
    );
    await expect(canvasElement.querySelector('b')).toBeNull();
  },
};

/** The same reply in the dark theme. */
export const EverySyntaxDark: Story = {
  args: { message: everySyntax, theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A reply caught mid-stream: an unclosed fence renders as code, unclosed emphasis as text. */
export const Streaming: Story = {
  args: {
    message: assistantMessage(
      'Open **Orders** and pick the item.\n\n| Item | Window |\n| --- | --- |\n| Sofa | 14 days |\n\nThen run:\n\n```bash\ncurl -s https://api.parcelwise.example/v1/returns \\\n  -d order=1042',
    ),
    streaming: true,
  },
};
