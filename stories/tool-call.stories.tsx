import type { AttuneMessage } from '@attune/core';
import { Message } from '@attune/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { darkBackdrop, maxWidth } from './support/decorators';

type Part = AttuneMessage['parts'][number];

/** An assistant reply that calls the `track_parcel` tool in the given state. */
function toolReply(state: Record<string, unknown>, after?: string): AttuneMessage {
  const call = {
    type: 'tool-track_parcel',
    toolCallId: 'call-1',
    input: { trackingNumber: 'PW123456789GB' },
    ...state,
  } as unknown as Part;
  const parts: Part[] = [{ type: 'text', text: 'Let me look that parcel up.' }, call];
  if (after) parts.push({ type: 'text', text: after });
  return { id: 'a1', role: 'assistant', parts };
}

const meta = {
  title: 'Components/Tool calls',
  component: Message,
  args: { onToolApproval: fn(), onToolOutput: fn() },
  decorators: [maxWidth(680)],
} satisfies Meta<typeof Message>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The model is still writing the tool's input. */
export const StreamingInput: Story = {
  args: { message: toolReply({ state: 'input-streaming', input: undefined }), streaming: true },
  play: async ({ canvasElement }) => {
    const call = within(canvasElement).getByRole('region', { name: 'Tool: track_parcel' });
    await expect(call).toHaveTextContent('Preparing…');
  },
};

/** The tool runs. */
export const Running: Story = {
  args: { message: toolReply({ state: 'input-available' }), streaming: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Tool: track_parcel' })).toHaveTextContent('Running…');
    await userEvent.click(canvas.getByText('Input'));
    await expect(canvas.getByText(/PW123456789GB/)).toBeVisible();
  },
};

/** Done: the output behind a disclosure, the reply's text around the call. */
export const Done: Story = {
  args: {
    message: toolReply(
      { state: 'output-available', output: { status: 'In transit', eta: '2026-12-02' } },
      'Your parcel is in transit and should arrive on 2 December.',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Tool: track_parcel' })).toHaveTextContent('Done');
    await userEvent.click(canvas.getByText('Output'));
    await expect(canvas.getByText(/In transit/)).toBeVisible();
    await expect(await canvas.findByText(/should arrive on 2 December/)).toBeVisible();
  },
};

/** The tool failed. */
export const Failed: Story = {
  args: { message: toolReply({ state: 'output-error', errorText: 'No parcel with that tracking number.' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'No parcel with that tracking number.',
    );
  },
};

/** The tool asks for approval: Approve and Deny answer with the approval id. */
export const NeedsApproval: Story = {
  args: {
    message: toolReply({
      state: 'approval-requested',
      approval: { id: 'approval-1', requestReason: 'Redirecting a parcel changes where it is delivered.' },
    }),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Needs your approval')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Approve' }));
    await expect(args.onToolApproval).toHaveBeenCalledWith('approval-1', true);
  },
};

/** Needs approval, in the dark theme. */
export const NeedsApprovalDark: Story = {
  args: { ...NeedsApproval.args, theme: 'dark' },
  decorators: [darkBackdrop],
};

/** Approved, waiting for the tool to run on the server. */
export const Answered: Story = {
  args: {
    message: toolReply({ state: 'approval-responded', approval: { id: 'approval-1', approved: true } }),
    streaming: true,
  },
  play: async ({ canvasElement }) => {
    const call = within(canvasElement).getByRole('region', { name: 'Tool: track_parcel' });
    await expect(call).toHaveTextContent('Answered');
    await expect(within(call).queryByRole('button', { name: 'Approve' })).toBeNull();
  },
};

/** The user denied the call. */
export const Denied: Story = {
  args: { message: toolReply({ state: 'output-denied', approval: { id: 'approval-1', approved: false } }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Tool: track_parcel' })).toHaveTextContent(
      'Denied',
    );
  },
};

/** A custom renderer for one tool, answering a client-side call with its output. */
export const CustomRenderer: Story = {
  args: {
    message: toolReply({ state: 'input-available' }),
    toolRenderers: {
      track_parcel: ({ addOutput }) => (
        <button type="button" className="attune-button" onClick={() => addOutput?.({ shared: true })}>
          Share my location with the courier
        </button>
      ),
    },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: 'Share my location with the courier' }),
    );
    await expect(args.onToolOutput).toHaveBeenCalledWith('call-1', 'track_parcel', { shared: true });
  },
};
