import { Composer } from '@attune/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);

const png = (name = 'photo.png', bytes = 10) =>
  new File([new Uint8Array(bytes)], name, { type: 'image/png' });
const pdf = (name = 'invoice.pdf') => new File(['%PDF-1.4'], name, { type: 'application/pdf' });

function picker(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

describe('<Composer attachments>', { timeout: 30_000 }, () => {
  it('offers no attachments unless asked', () => {
    const { container } = render(<Composer onSend={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
    expect(container.querySelector('input[type="file"]')).toBeNull();
  });

  it('picks files, shows removable previews, and sends them with the text', async () => {
    const onSend = vi.fn();
    const { container } = render(<Composer onSend={onSend} attachments />);
    expect(screen.getByRole('button', { name: 'Attach files' })).toBeTruthy();
    await userEvent.upload(picker(container), [png(), pdf()]);
    const list = screen.getByRole('list', { name: 'Files to send' });
    expect(list.textContent).toContain('photo.png');
    expect(list.textContent).toContain('invoice.pdf');

    await userEvent.click(screen.getByRole('button', { name: 'Remove photo.png' }));
    expect(screen.getByRole('list', { name: 'Files to send' }).textContent).not.toContain('photo.png');

    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'See the invoice{Enter}');
    expect(onSend).toHaveBeenCalledTimes(1);
    const [text, files] = onSend.mock.calls[0] as [string, File[]];
    expect(text).toBe('See the invoice');
    expect(files.map((file) => file.name)).toEqual(['invoice.pdf']);
    expect(screen.queryByRole('list', { name: 'Files to send' })).toBeNull();
  });

  it('sends files alone, with empty text', async () => {
    const onSend = vi.fn();
    const { container } = render(<Composer onSend={onSend} attachments />);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toHaveProperty('disabled', true);
    await userEvent.upload(picker(container), png());
    expect(send).toHaveProperty('disabled', false);
    await userEvent.click(send);
    const [text, files] = onSend.mock.calls[0] as [string, File[]];
    expect(text).toBe('');
    expect(files.map((file) => file.name)).toEqual(['photo.png']);
  });

  it('refuses files of another type, too large or too many, and says why', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} attachments={{ accept: ['image/*'], maxFileSize: 100, maxFiles: 2 }} />);
    const box = screen.getByRole('textbox', { name: 'Message' }).parentElement as HTMLElement;
    fireEvent.drop(box, { dataTransfer: { files: [pdf(), png('big.png', 500)], types: ['Files'] } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('invoice.pdf cannot be attached: this type of file is not accepted.');
    expect(alert.textContent).toContain('big.png cannot be attached: files can be at most');
    expect(screen.queryByRole('list', { name: 'Files to send' })).toBeNull();

    fireEvent.drop(box, {
      dataTransfer: { files: [png('a.png'), png('b.png'), png('c.png')], types: ['Files'] },
    });
    expect(screen.getByRole('alert').textContent).toBe('You can attach at most 2 files.');
    const names = Array.from(
      screen.getByRole('list', { name: 'Files to send' }).querySelectorAll('.attune-file-name'),
    );
    expect(names.map((node) => node.textContent)).toEqual(['a.png', 'b.png']);
  });

  it('takes pasted files (a screenshot) as attachments', () => {
    render(<Composer onSend={vi.fn()} attachments />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.paste(box, { clipboardData: { files: [png('screenshot.png')], getData: () => '' } });
    expect(screen.getByRole('list', { name: 'Files to send' }).textContent).toContain('screenshot.png');
  });

  it('rejects limits that make no sense with a RangeError', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Composer onSend={vi.fn()} attachments={{ maxFiles: 0 }} />)).toThrow(RangeError);
    expect(() => render(<Composer onSend={vi.fn()} attachments={{ maxFileSize: -1 }} />)).toThrow(RangeError);
    spy.mockRestore();
  });
});
