import type { AttuneMessage } from '@attune/core';
import { AttuneProvider, Message } from '@attune/ui';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);

const question = (text: string, parts: AttuneMessage['parts'] = [{ type: 'text', text }]): AttuneMessage => ({
  id: 'u1',
  role: 'user',
  parts,
});

const editBox = () => screen.getByRole('textbox', { name: 'Edit your message' }) as HTMLTextAreaElement;
const saveButton = () => screen.getByRole('button', { name: 'Save and send' });

describe('<Message> editing a user message', { timeout: 30_000 }, () => {
  it('opens an editor focused at the end of the text; Enter sends the trimmed new text', async () => {
    const onEdit = vi.fn();
    render(<Message message={question('Can I return a sofa?')} onEdit={onEdit} />);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));

    const box = editBox();
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('Can I return a sofa?');
    expect(box.selectionStart).toBe(box.value.length);
    expect(screen.queryByRole('button', { name: 'Edit message' })).toBeNull();

    await userEvent.keyboard('{Backspace} after 30 days?{Shift>}{Enter}{/Shift}It is unused. ');
    expect(box.value).toBe('Can I return a sofa after 30 days?\nIt is unused. ');
    expect(onEdit).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onEdit).toHaveBeenCalledExactlyOnceWith('Can I return a sofa after 30 days?\nIt is unused.');
    expect(screen.queryByRole('textbox', { name: 'Edit your message' })).toBeNull();
    // The editor is gone, so focus lands on the message rather than on the page.
    expect(document.activeElement).toBe(screen.getByRole('article'));
  });

  it('sends with the Save and send button too', async () => {
    const onEdit = vi.fn();
    render(<Message message={question('Hello')} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.type(editBox(), ' there');
    await userEvent.click(saveButton());
    expect(onEdit).toHaveBeenCalledExactlyOnceWith('Hello there');
  });

  it('cancels with Escape or Cancel: the bubble comes back unchanged and focus returns to Edit', async () => {
    const onEdit = vi.fn();
    render(<Message message={question('Where is my parcel?')} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.type(editBox(), ' Order 123.');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Edit your message' })).toBeNull();
    expect(screen.getByText('Where is my parcel?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));

    await userEvent.keyboard('{Enter}');
    expect(editBox().value).toBe('Where is my parcel?');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('cannot send unchanged or empty text', async () => {
    const onEdit = vi.fn();
    render(<Message message={question('Refunds?')} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    expect(saveButton()).toHaveProperty('disabled', true);
    await userEvent.keyboard('{Enter}');
    // Only surrounding spaces added: still unchanged.
    await userEvent.type(editBox(), '  ');
    expect(saveButton()).toHaveProperty('disabled', true);
    await userEvent.keyboard('{Enter}');
    await userEvent.clear(editBox());
    await userEvent.type(editBox(), '   ');
    expect(saveButton()).toHaveProperty('disabled', true);
    await userEvent.keyboard('{Enter}');
    expect(onEdit).not.toHaveBeenCalled();
    expect(editBox().value).toBe('   ');
  });

  it('does not send on the Enter that confirms an IME composition', async () => {
    const onEdit = vi.fn();
    render(<Message message={question('にほん')} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    const box = editBox();
    fireEvent.change(box, { target: { value: 'にほんご' } });
    fireEvent.compositionStart(box);
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    fireEvent.compositionEnd(box);
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onEdit).toHaveBeenCalledExactlyOnceWith('にほんご');
  });

  it('reopens the editor with the text and the error when the edit is rejected', async () => {
    const onEdit = vi
      .fn<(text: string) => Promise<void>>()
      .mockRejectedValueOnce(new Error('A reply is still in progress.'))
      .mockResolvedValueOnce(undefined);
    render(<Message message={question('Hi')} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.type(editBox(), ' there{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not send the edit: A reply is still in progress.');
    expect(editBox().value).toBe('Hi there');
    expect(document.activeElement).toBe(editBox());
    expect(editBox().getAttribute('aria-describedby')).toContain(alert.id);

    await userEvent.keyboard('{Enter}');
    expect(onEdit).toHaveBeenLastCalledWith('Hi there');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Edit your message' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the editor and its text but cannot send while editing is not offered', async () => {
    const onEdit = vi.fn();
    const message = question('Hi');
    const { rerender } = render(<Message message={message} onEdit={onEdit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.type(editBox(), ' again');
    rerender(<Message message={message} />);
    expect(editBox().value).toBe('Hi again');
    expect(saveButton()).toHaveProperty('disabled', true);
    await userEvent.keyboard('{Enter}');
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('offers editing only on text-only user messages, when onEdit is given', () => {
    const onEdit = vi.fn();
    const { rerender } = render(<Message message={question('Hi')} />);
    expect(screen.queryByRole('button', { name: 'Edit message' })).toBeNull();
    rerender(
      <Message
        message={{ id: 'a1', role: 'assistant', parts: [{ type: 'text', text: 'Hello!' }] }}
        onEdit={onEdit}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Edit message' })).toBeNull();
    rerender(
      <Message
        message={question('See the photo', [
          { type: 'file', mediaType: 'image/png', url: 'https://example.com/sofa.png' },
          { type: 'text', text: 'See the photo' },
        ])}
        onEdit={onEdit}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Edit message' })).toBeNull();
  });

  it('takes its strings from the provider', async () => {
    render(
      <AttuneProvider
        strings={{ editMessage: 'Bearbeiten', editLabel: 'Nachricht bearbeiten', saveAndSend: 'Senden' }}
      >
        <Message message={question('Hallo')} onEdit={vi.fn()} />
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bearbeiten' }));
    expect(screen.getByRole('textbox', { name: 'Nachricht bearbeiten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Senden' })).toBeTruthy();
  });
});
