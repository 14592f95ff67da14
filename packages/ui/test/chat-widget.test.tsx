import { createChatSession } from '@attune/core';
import { ChatWidget, type ChatWidgetHandle } from '@attune/ui';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handModel } from './support/paused-model';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('<ChatWidget>', { timeout: 30_000 }, () => {
  it('opens from the launcher with focus in the message box; Escape closes and returns focus to the launcher', async () => {
    render(<ChatWidget model={handModel().model} title="Support" />);
    const launcher = screen.getByRole('button', { name: 'Open chat' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();

    await userEvent.click(launcher);
    expect(screen.getByRole('dialog', { name: 'Support' })).toBeTruthy();
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Message' })),
    );

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(launcher);
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
  });

  it('loads what replies need only once the visitor shows interest: pointer or focus on the launcher, or opening', async () => {
    const session = createChatSession({ model: handModel().model, preload: false });
    const preload = vi.spyOn(session, 'preload');
    const widget = createRef<ChatWidgetHandle>();
    render(<ChatWidget ref={widget} session={session} />);
    expect(preload).not.toHaveBeenCalled();
    const launcher = screen.getByRole('button', { name: 'Open chat' });
    fireEvent.pointerEnter(launcher);
    expect(preload).toHaveBeenCalledTimes(1);
    act(() => launcher.focus());
    expect(preload).toHaveBeenCalledTimes(2);
    act(() => launcher.blur());
    // Opened from code: no pointer, no focus on the launcher.
    act(() => widget.current?.open());
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(preload).toHaveBeenCalledTimes(3);
  });

  it('lets Escape in a message editor cancel the edit, not close the widget', async () => {
    const session = createChatSession({
      model: handModel().model,
      messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello?' }] }],
    });
    render(<ChatWidget session={session} defaultOpen />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Edit your message' })).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes from its close button and exposes open, close and toggle through a ref', async () => {
    const ref = createRef<ChatWidgetHandle>();
    render(<ChatWidget ref={ref} model={handModel().model} />);
    act(() => ref.current?.open());
    expect(screen.getByRole('dialog')).toBeTruthy();
    act(() => ref.current?.toggle());
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => ref.current?.toggle());
    await userEvent.click(screen.getAllByRole('button', { name: 'Close chat' })[0] as HTMLElement);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => ref.current?.open());
    act(() => ref.current?.close());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('remembers the open state across mounts', async () => {
    const { unmount } = render(<ChatWidget model={handModel().model} rememberKey="widget-test" />);
    await userEvent.click(screen.getByRole('button', { name: 'Open chat' }));
    expect(localStorage.getItem('widget-test')).toBe('true');
    unmount();
    render(<ChatWidget model={handModel().model} rememberKey="widget-test" />);
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
  });

  it('counts replies that arrive while closed in an unread badge, cleared on open', async () => {
    const hand = handModel();
    const session = createChatSession({ model: hand.model });
    render(<ChatWidget session={session} rememberKey={false} />);
    const launcher = screen.getByRole('button', { name: 'Open chat' });
    const sent = session.send('Anything new?');
    await act(() => hand.requested());
    act(() => hand.chunk('Yes: your parcel shipped.'));
    act(() => hand.finish());
    await act(() => sent);
    await waitFor(() => expect(launcher.textContent).toContain('1 unread reply'));
    await userEvent.click(launcher);
    expect(launcher.textContent).not.toContain('unread');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(launcher.textContent).not.toContain('unread');
  });
});
