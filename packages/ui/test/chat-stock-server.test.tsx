/**
 * `<Chat>` against a stock AI SDK server (`streamText(...).toUIMessageStreamResponse()`, no Attune
 * on it): the kit's own Approve / Deny buttons and client-side tools must drive the conversation
 * on as `useChat` with `sendAutomaticallyWhen` does.
 */
import { Chat } from '@attune/ui';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DefaultChatTransport, lastAssistantMessageIsCompleteWithToolCalls } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { REASONING } from '../../../test/contract/support/scripted-model';
import { createStockServer } from '../../../test/contract/support/stock-server';

afterEach(cleanup);

/** The stock server's routes, called in-process through the AI SDK's own transport. */
function stockTransport() {
  const server = createStockServer();
  const transport = new DefaultChatTransport({
    api: 'http://stock.test/api/chat',
    fetch: async (input, init) => server.app.fetch(new Request(input, init)),
  });
  return { ...server, transport };
}

const ask = async (text: string) =>
  userEvent.type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
const log = () => screen.getByRole('log', { name: 'Conversation' });

describe('<Chat> against a stock AI SDK server', { timeout: 30_000 }, () => {
  it.each([
    ['Approve', 'cancelOrder: {"orderId":"12","cancelled":true}', ['12']],
    ['Deny', 'cancelOrder: denied', []],
  ])(
    'sends the answer after %s, and the server runs the tool only when approved',
    async (button, reply, ran) => {
      const { transport, cancelled, received } = stockTransport();
      render(<Chat transport={transport} />);
      await ask('please cancel order 12');
      const call = await screen.findByRole('region', { name: 'Tool: cancelOrder' });
      await userEvent.click(within(call).getByRole('button', { name: button }));
      await waitFor(() => expect(log().textContent).toContain(reply));
      expect(cancelled).toEqual(ran);
      expect(received).toHaveLength(2);
    },
  );

  it('sends an approval answer also when the app gives its own sendAutomaticallyWhen (for client tools)', async () => {
    const { transport, cancelled } = stockTransport();
    render(
      <Chat transport={transport} sendAutomaticallyWhen={lastAssistantMessageIsCompleteWithToolCalls} />,
    );
    await ask('please cancel order 5');
    const call = await screen.findByRole('region', { name: 'Tool: cancelOrder' });
    await userEvent.click(within(call).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(log().textContent).toContain('cancelOrder: {"orderId":"5","cancelled":true}'));
    expect(cancelled).toEqual(['5']);
  });

  it('runs a client-side tool through onToolCall and continues with sendAutomaticallyWhen', async () => {
    const { transport } = stockTransport();
    const calls: string[] = [];
    render(
      <Chat
        transport={transport}
        onToolCall={({ toolCall }) => {
          calls.push(toolCall.toolName);
        }}
        sendAutomaticallyWhen={lastAssistantMessageIsCompleteWithToolCalls}
        toolRenderers={{
          askConfirmation: ({ part, addOutput }) =>
            part.state === 'input-available' ? (
              <button type="button" onClick={() => addOutput?.('yes')}>
                Confirm
              </button>
            ) : null,
        }}
      />,
    );
    await ask('please confirm');
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(log().textContent).toContain('askConfirmation: "yes"'));
    expect(calls).toEqual(['askConfirmation']);
  });

  it('does not send again by itself after a server tool ran (no answer from the user)', async () => {
    const { transport, received } = stockTransport();
    const { container } = render(<Chat transport={transport} />);
    await ask('Where is order 42?');
    await waitFor(() => expect(log().textContent).toContain('lookupOrder'));
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
    expect(received).toHaveLength(1);
  });

  it("shows the model's reasoning in a closed disclosure before the reply", async () => {
    const { transport } = stockTransport();
    render(<Chat transport={transport} />);
    await ask('think it over');
    await waitFor(() => expect(log().textContent).toContain('Reply 1 to: think it over'));
    const reasoning = within(log()).getByText('Reasoning').closest('details');
    expect(reasoning?.open).toBe(false);
    expect(reasoning?.textContent).toContain(REASONING);
  });

  it('renders data parts through dataRenderers, by name, and leaves the others out', async () => {
    const { transport } = stockTransport();
    render(
      <Chat
        transport={transport}
        dataRenderers={{
          progress: ({ part }) => <p>Progress: {(part.data as { step: string }).step}</p>,
        }}
      />,
    );
    await ask('show the progress');
    await waitFor(() => expect(log().textContent).toContain('Reply 1 to: show the progress'));
    expect(within(log()).getByText('Progress: looking')).toBeTruthy();
    expect(log().textContent).not.toContain('Working on it'); // transient: never part of the reply
  });

  const progress = z.object({ step: z.string() });
  it.each([
    ['keeps a reply that passes them', z.object({ totalTokens: z.number() }), { progress }, undefined],
    ['refuses failing metadata', z.object({ totalTokens: z.string() }), { progress }, /metadata/],
    [
      'refuses a failing data part',
      z.object({ totalTokens: z.number() }),
      { progress: z.object({ step: z.number() }) },
      /progress/,
    ],
  ])(
    'checks replies against messageMetadataSchema and dataPartSchemas, as useChat does: %s',
    async (_name, messageMetadataSchema, dataPartSchemas, refusal) => {
      const { transport } = stockTransport();
      const errors: Error[] = [];
      const { container } = render(
        <Chat
          transport={transport}
          messageMetadataSchema={messageMetadataSchema}
          dataPartSchemas={dataPartSchemas}
          onError={(error) => errors.push(error)}
        />,
      );
      await ask('show the progress');
      if (refusal) {
        const alert = await within(log()).findByRole('alert');
        expect(alert.textContent).toMatch(refusal);
        expect(errors.map((error) => error.message).join(' ')).toMatch(refusal);
      } else {
        await waitFor(() => expect(log().textContent).toContain('Reply 1 to: show the progress'));
        await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
        expect(errors).toEqual([]);
        expect(within(log()).queryByRole('alert')).toBeNull();
      }
    },
  );

  it("shows the stock server's stream error with Retry, and Retry asks again", async () => {
    const { transport, received } = stockTransport();
    render(<Chat transport={transport} />);
    await ask('explode please');
    const alert = await within(log()).findByRole('alert');
    expect(alert.textContent).toContain('An error occurred.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(received).toHaveLength(2));
  });

  it('stops a reply mid-stream (kept, marked stopped) and regenerates it', async () => {
    const { transport, received } = stockTransport();
    render(<Chat transport={transport} />);
    await ask('something slow');
    await waitFor(() => expect(log().textContent).toContain('word1'));
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(within(log()).getByText('Stopped')).toBeTruthy());
    await userEvent.click(within(log()).getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(received).toHaveLength(2));
    expect(received.at(-1)?.body.trigger).toBe('regenerate-message');
  });
});
