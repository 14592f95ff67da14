import type { AttuneMessage } from '@attune/core';
import { Message, type ToolRendererProps } from '@attune/ui';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);

type Part = AttuneMessage['parts'][number];
const reply = (parts: Part[]): AttuneMessage => ({ id: 'a1', role: 'assistant', parts });

const weather = (extra: Record<string, unknown>): Part =>
  ({ type: 'tool-weather', toolCallId: 'call-1', input: { city: 'Paris' }, ...extra }) as unknown as Part;

describe('tool calls in <Message>', { timeout: 30_000 }, () => {
  it('shows each state of a tool call by name, with input and output behind disclosures', async () => {
    const { rerender } = render(
      <Message message={reply([weather({ state: 'input-streaming', input: undefined })])} />,
    );
    const call = screen.getByRole('region', { name: 'Tool: weather' });
    expect(within(call).getByText('Preparing…')).toBeTruthy();

    rerender(<Message message={reply([weather({ state: 'input-available' })])} />);
    expect(within(screen.getByRole('region', { name: 'Tool: weather' })).getByText('Running…')).toBeTruthy();
    expect(screen.getByText('Input').closest('details')?.textContent).toContain('"city": "Paris"');

    rerender(
      <Message
        message={reply([
          { type: 'text', text: 'Let me check.' },
          weather({ state: 'output-available', output: { temperature: 21 } }),
          { type: 'text', text: 'It is 21 degrees.' },
        ])}
      />,
    );
    expect(screen.getByText('Done')).toBeTruthy();
    expect(screen.getByText('Output').closest('details')?.textContent).toContain('"temperature": 21');
    // Text before and after the call keeps its place around it.
    const content = document.querySelector('.attune-message-content') as HTMLElement;
    expect(await within(content).findByText('Let me check.')).toBeTruthy();
    expect(content.textContent?.indexOf('Let me check.')).toBeLessThan(
      content.textContent?.indexOf('weather') ?? 0,
    );
    expect(content.textContent?.indexOf('It is 21 degrees.')).toBeGreaterThan(
      content.textContent?.indexOf('Done') ?? 0,
    );

    rerender(<Message message={reply([weather({ state: 'output-error', errorText: 'City not found' })])} />);
    expect(screen.getByRole('alert').textContent).toBe('City not found');
  });

  it('asks for approval with Approve and Deny, and answers with the approval id', async () => {
    const onToolApproval = vi.fn();
    const part = weather({ state: 'approval-requested', approval: { id: 'approval-7' } });
    const { rerender } = render(<Message message={reply([part])} onToolApproval={onToolApproval} />);
    expect(screen.getByText('Needs your approval')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Deny' }));
    expect(onToolApproval).toHaveBeenLastCalledWith('approval-7', false);
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(onToolApproval).toHaveBeenLastCalledWith('approval-7', true);

    rerender(<Message message={reply([part])} />);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('uses a renderer by tool name, which can give a client-side output', async () => {
    const onToolOutput = vi.fn();
    const renderers = {
      weather: ({ part, addOutput }: ToolRendererProps) => (
        <button type="button" onClick={() => addOutput?.({ confirmed: true })}>
          Confirm {String((part.input as { city: string }).city)}
        </button>
      ),
    };
    render(
      <Message
        message={reply([
          weather({ state: 'input-available' }),
          {
            ...weather({ state: 'input-available' }),
            type: 'dynamic-tool',
            toolName: 'lookup',
            toolCallId: 'call-2',
          } as Part,
        ])}
        toolRenderers={renderers}
        onToolOutput={onToolOutput}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm Paris' }));
    expect(onToolOutput).toHaveBeenCalledWith('call-1', 'weather', { confirmed: true });
    // A tool without a renderer gets the default view.
    expect(screen.getByRole('region', { name: 'Tool: lookup' })).toBeTruthy();
  });
});

describe('files in <Message>', () => {
  it('shows attached images as thumbnails and other files as chips, never loading remote images', () => {
    const message: AttuneMessage = {
      id: 'u1',
      role: 'user',
      parts: [
        {
          type: 'file',
          mediaType: 'image/png',
          filename: 'photo.png',
          url: 'data:image/png;base64,iVBORw0KGgo=',
        },
        {
          type: 'file',
          mediaType: 'application/pdf',
          filename: 'invoice.pdf',
          url: 'data:application/pdf;base64,JVBERg==',
        },
        {
          type: 'file',
          mediaType: 'image/png',
          filename: 'remote.png',
          url: 'https://tracker.example/pixel.png',
        },
        { type: 'text', text: 'Here they are' },
      ],
    };
    const { container } = render(<Message message={message} />);
    const files = screen.getByRole('list', { name: 'Attached files' });
    const images = Array.from(container.querySelectorAll('img'));
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['photo.png']);
    expect(files.textContent).toContain('invoice.pdf');
    expect(within(files).getByRole('link', { name: 'remote.png' }).getAttribute('href')).toBe(
      'https://tracker.example/pixel.png',
    );
    expect(screen.getByText('Here they are')).toBeTruthy();
  });

  it('offers Regenerate under a reply that ended on a tool call without text, never while it waits for the user', async () => {
    const onRegenerate = vi.fn();
    const { rerender } = render(
      <Message
        message={reply([weather({ state: 'output-error', errorText: 'No tool called weather' })])}
        onRegenerate={onRegenerate}
        onRate={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(onRegenerate).toHaveBeenCalledOnce();
    // Nothing to copy or rate: no text.
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Helpful' })).toBeNull();

    rerender(
      <Message
        message={reply([weather({ state: 'approval-requested', approval: { id: 'approval-1' } })])}
        onRegenerate={onRegenerate}
        onToolApproval={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Regenerate' })).toBeNull();
    rerender(
      <Message message={reply([weather({ state: 'input-available' })])} onRegenerate={onRegenerate} />,
    );
    expect(screen.queryByRole('button', { name: 'Regenerate' })).toBeNull();
    rerender(
      <Message
        message={reply([weather({ state: 'output-error', errorText: 'x' })])}
        onRegenerate={onRegenerate}
        streaming
      />,
    );
    expect(screen.queryByRole('button', { name: 'Regenerate' })).toBeNull();
  });
});
