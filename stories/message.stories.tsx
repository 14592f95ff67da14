import { Message } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';
import { assistantMessage, sampleConversation, userMessage } from './support/story-session';

const [, reply, , codeReply] = sampleConversation();

const meta = {
  title: 'Components/Message',
  component: Message,
  args: { onRegenerate: fn(), onRetry: fn(), onRate: fn(), onChoose: fn() },
  decorators: [maxWidth(680)],
} satisfies Meta<typeof Message>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The user's own message. */
export const FromUser: Story = { args: { message: userMessage('Can I return a sofa after 30 days?') } };

const editedQuestion = userMessage('Can I return a sofa after 30 days?');

/**
 * Opens the editor, types, cancels with Escape (focus back on Edit, nothing sent), then opens it
 * again from the keyboard and leaves it open with a change, ready to send.
 */
const editThenCancel: NonNullable<Story['play']> = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Edit message' }));
  const box = canvas.getByRole('textbox', { name: 'Edit your message' });
  await expect(box).toHaveFocus();
  await expect(canvas.getByRole('button', { name: 'Save and send' })).toBeDisabled();
  await userEvent.keyboard(' It is unused.');
  await expect(box).toHaveValue('Can I return a sofa after 30 days? It is unused.');
  await userEvent.keyboard('{Escape}');
  await expect(canvas.queryByRole('textbox', { name: 'Edit your message' })).toBeNull();
  await expect(canvas.getByText('Can I return a sofa after 30 days?')).toBeVisible();
  await expect(canvas.getByRole('button', { name: 'Edit message' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard('{Backspace} if it is unused?');
  await expect(canvas.getByRole('button', { name: 'Save and send' })).toBeEnabled();
  await expect(args.onEdit).not.toHaveBeenCalled();
};

/** The user's message being edited: Escape cancels and returns focus to Edit; Enter would send. */
export const EditingUserMessage: Story = {
  args: { message: editedQuestion, onEdit: fn() },
  play: editThenCancel,
};

/** Editing in the dark theme. */
export const EditingUserMessageDark: Story = {
  args: { theme: 'dark', message: editedQuestion, onEdit: fn() },
  decorators: [darkBackdrop],
  play: editThenCancel,
};

/** An edit that could not be sent: the editor stays open with the text and says why. */
export const EditFailed: Story = {
  args: {
    message: editedQuestion,
    onEdit: fn(() => Promise.reject(new Error('A reply is still in progress; call stop() first.'))),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit message' }));
    await userEvent.keyboard('{Backspace} if it is unused?{Enter}');
    await expect(args.onEdit).toHaveBeenCalledWith('Can I return a sofa after 30 days if it is unused?');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('A reply is still in progress');
    const box = canvas.getByRole('textbox', { name: 'Edit your message' });
    await expect(box).toHaveValue('Can I return a sofa after 30 days if it is unused?');
    await expect(box).toHaveFocus();
  },
};

/** A complete reply: markdown, actions, thumbs and 'why this reply'. */
export const Reply: Story = {
  args: { message: reply ?? assistantMessage('') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Helpful' }));
    await expect(args.onRate).toHaveBeenCalledWith(null);
    await userEvent.click(canvas.getByRole('button', { name: 'Not helpful' }));
    await expect(args.onRate).toHaveBeenCalledWith('down');
    await userEvent.click(canvas.getByRole('button', { name: 'Regenerate' }));
    await expect(args.onRegenerate).toHaveBeenCalled();
    const why = canvas.getByRole('button', { name: 'Why this reply?' });
    await userEvent.click(why);
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Warm and friendly')).toBeVisible();
  },
};

const citedReply = assistantMessage(
  'Open **Sign in** and choose **Forgot password**. We email you a reset link that works for one hour.',
);
citedReply.parts = [
  {
    type: 'source-url',
    sourceId: 'reset-your-password',
    url: '/articles/reset-your-password',
    title: 'Resetting your password',
  },
  {
    type: 'source-document',
    sourceId: 'account-security',
    mediaType: 'text/plain',
    title: 'Account security',
  },
  ...citedReply.parts,
];

/** A reply that cites its sources: "From:" with a link to an article page, or the title alone. */
export const WithSources: Story = {
  args: { message: citedReply },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Sources of this reply' });
    await expect(list.parentElement).toHaveTextContent('From:Resetting your password');
    await expect(canvas.getByRole('link', { name: 'Resetting your password' })).toHaveAttribute(
      'href',
      '/articles/reset-your-password',
    );
    await expect(within(list).getByText('Account security').closest('a')).toBeNull();
  },
};

/** Sources in the dark theme. */
export const WithSourcesDark: Story = {
  args: { theme: 'dark', message: citedReply },
  decorators: [darkBackdrop],
};

/** A reply with a code block and its copy button. */
export const WithCode: Story = { args: { message: codeReply ?? assistantMessage('') } };

const highlightedReply = assistantMessage(
  [
    'Poll the parcel until it is delivered:',
    '',
    '```ts',
    'interface Parcel {',
    '  id: string;',
    '  status: "in-transit" | "delivered";',
    '}',
    '',
    '// Resolves once the carrier reports delivery.',
    'export async function waitForDelivery(id: string): Promise<Parcel> {',
    '  const parcel: Parcel = await fetch("/v1/parcels/" + id).then((r) => r.json());',
    '  return parcel.status === "delivered" ? parcel : waitForDelivery(id);',
    '}',
    '```',
    '',
    'Or from a shell:',
    '',
    '```bash',
    '# Needs an API key from the dashboard',
    'export PARCELWISE_KEY="pk_live_123"',
    'for id in PW123456 PW654321; do',
    '  curl -s -H "Authorization: Bearer $PARCELWISE_KEY" "https://api.parcelwise.example/v1/parcels/$id"',
    'done',
    '```',
  ].join('\n'),
);

/** Waits for both code blocks to be highlighted (the highlighter loads lazily on first use). */
async function expectHighlighted(canvasElement: HTMLElement) {
  const blocks = () => Array.from(canvasElement.querySelectorAll('pre code'));
  await waitFor(
    () => {
      expect(blocks()).toHaveLength(2);
      for (const block of blocks()) expect(block.querySelector('[class^="hljs-"]')).not.toBeNull();
    },
    { timeout: 10_000 },
  );
  const [ts, bash] = blocks();
  const tokens = (block: Element | undefined, token: string) =>
    Array.from(block?.querySelectorAll(`.hljs-${token}`) ?? []).map((span) => span.textContent);
  await expect(tokens(ts, 'keyword')).toEqual(expect.arrayContaining(['interface', 'async', 'return']));
  await expect(tokens(bash, 'comment')).toEqual(['# Needs an API key from the dashboard']);
  await expect(tokens(bash, 'variable')).toContain('$PARCELWISE_KEY');
}

/** Code blocks in TypeScript and bash, syntax-highlighted once the highlighter has loaded. */
export const HighlightedCode: Story = {
  args: { message: highlightedReply },
  play: async ({ canvasElement }) => expectHighlighted(canvasElement),
};

/** Highlighted code in the dark theme. */
export const HighlightedCodeDark: Story = {
  args: { theme: 'dark', message: highlightedReply },
  decorators: [darkBackdrop],
  play: async ({ canvasElement }) => expectHighlighted(canvasElement),
};

/** Unsafe markdown: raw HTML shows as text and a javascript: link loses its href. */
export const UnsafeMarkdown: Story = {
  args: {
    message: assistantMessage(
      'Raw HTML stays text: <img src=x onerror="alert(1)"> <b>bold?</b>\n\n[Click me](javascript:alert(1)) and [a safe link](https://example.com).',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript"]')).toBeNull();
    const safe = canvas.getByRole('link', { name: 'a safe link' });
    await expect(safe).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** Streaming in: a caret and no actions yet. */
export const Streaming: Story = {
  args: {
    message: assistantMessage('Returns are free within 30 days. To start one, open **Orders**, pick the'),
    streaming: true,
  },
};

/** Waiting for the first chunk. */
export const Thinking: Story = { args: { message: assistantMessage(''), streaming: true } };

/** Stopped by the user. */
export const Stopped: Story = {
  args: {
    message: assistantMessage('Returns are free within 30 days. To start one, open', { stopped: true }),
  },
};

/** Failed, with Retry. */
export const ErrorWithRetry: Story = {
  args: { message: assistantMessage('', { error: 'The model did not answer in time.' }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('did not answer in time');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', message: reply ?? assistantMessage('') },
  decorators: [darkBackdrop],
};

/** The server asked the visitor to slow down: a polite countdown, Retry enabled when it ends. */
export const RateLimited: Story = {
  args: {
    message: assistantMessage('', {
      error: 'Too many requests; try again in 20 seconds.',
      errorCode: 'rate-limited',
      retryAt: Date.now() + 20_000,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      /a little quickly\. You can try again in \d+ s\./,
    );
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeDisabled();
  },
};

/** A reply the server gave while its persona store was failing. */
export const PersonalizationPaused: Story = {
  args: {
    message: assistantMessage('You can return most items within 30 days for a full refund.', {
      personalization: 'paused',
    }),
  },
};

const reasonedReply = {
  id: 'reasoned',
  role: 'assistant' as const,
  parts: [
    { type: 'data-status' as const, id: 'status', data: { phase: 'Checked order 4471' } },
    {
      type: 'reasoning' as const,
      text: 'The order shipped yesterday; the courier scan shows it at the local depot.',
      state: 'done' as const,
    },
    {
      type: 'text' as const,
      text: 'Your parcel is at the local depot and should arrive **tomorrow**.',
      state: 'done' as const,
    },
  ],
};

/**
 * A reply from a reasoning model with an app's data part: the reasoning in a closed disclosure,
 * the data part through `dataRenderers`.
 */
export const WithReasoningAndData: Story = {
  args: {
    message: reasonedReply,
    dataRenderers: {
      status: ({ part }) => <p className="attune-message-note">{(part.data as { phase: string }).phase}</p>,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const reasoning = canvas.getByText('Reasoning').closest('details');
    await expect(reasoning).not.toHaveAttribute('open');
    await userEvent.click(canvas.getByText('Reasoning'));
    await expect(reasoning).toHaveAttribute('open');
    await expect(canvas.getByText('Checked order 4471')).toBeVisible();
  },
};

/** The same in the dark theme. */
export const WithReasoningAndDataDark: Story = {
  args: { ...WithReasoningAndData.args, theme: 'dark' },
  decorators: [darkBackdrop],
};
