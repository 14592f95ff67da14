import { Composer } from '@attune/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);

describe('<Composer>', { timeout: 30_000 }, () => {
  it('sends the trimmed text on Enter, breaks the line on Shift+Enter and clears afterwards', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, '  Hello{Shift>}{Enter}{/Shift}there ');
    expect(box).toHaveProperty('value', '  Hello\nthere ');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('Hello\nthere', []);
    expect(box).toHaveProperty('value', '');
    expect(document.activeElement).toBe(box);
  });

  it('does not send on the Enter that confirms an IME composition', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(box, { target: { value: 'にほん' } });
    fireEvent.compositionStart(box);
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    fireEvent.compositionEnd(box);
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('にほん', []);
  });

  it('does not send empty text or while busy, and offers Stop while busy', async () => {
    const onSend = vi.fn();
    const onStop = vi.fn();
    const { rerender } = render(<Composer onSend={onSend} onStop={onStop} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);

    rerender(<Composer onSend={onSend} onStop={onStop} busy />);
    await userEvent.type(box, 'next question{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveProperty('value', '   next question');
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalledTimes(1);
  });

  it('keeps text over the limit but refuses to send it, saying by how much it is over', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} maxLength={10} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'abcdefghi');
    expect(screen.getByText('1 character left')).toBeTruthy();
    await userEvent.type(box, 'jkl{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveProperty('value', 'abcdefghijkl');
    expect(screen.getByRole('alert').textContent).toBe('2 characters over the limit');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await userEvent.keyboard('{Backspace}{Backspace}{Enter}');
    expect(onSend).toHaveBeenCalledWith('abcdefghij', []);
  });

  it('is fully disabled when disabled', () => {
    render(<Composer onSend={vi.fn()} disabled />);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
  });

  it('takes its strings from the strings prop', () => {
    render(<Composer onSend={vi.fn()} strings={{ composerLabel: 'Nachricht', send: 'Senden' }} />);
    expect(screen.getByRole('textbox', { name: 'Nachricht' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Senden' })).toBeTruthy();
  });
});
