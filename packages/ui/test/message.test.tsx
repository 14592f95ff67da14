import type { AttuneMessage } from '@attune/core';
import { AttuneProvider, Message, sanitizeUrl } from '@attune/ui';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);

const reply = (text: string, metadata: AttuneMessage['metadata'] = {}): AttuneMessage => ({
  id: 'a1',
  role: 'assistant',
  parts: [{ type: 'text', text }],
  metadata,
});

describe('<Message>', { timeout: 30_000 }, () => {
  it('renders markdown with code blocks, never raw HTML, and only safe links', async () => {
    const { container } = render(
      <Message
        message={reply(
          '# Title\n\n<img src=x onerror="alert(1)"><script>alert(2)</script>\n\n[bad](javascript:alert(1)) [data](data:text/html,hi) [good](https://example.com) [mail](mailto:help@example.com)\n\n```js\nconst a = 1;\n```',
        )}
      />,
    );
    // The renderer loads lazily; the heading appears once it has.
    expect((await screen.findByRole('heading', { name: 'Title' })).tagName).toBe('H1');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com', 'mailto:help@example.com']);
    const good = screen.getByRole('link', { name: 'good' });
    expect(good.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.textContent).toContain('<script>alert(2)</script>');
    expect(container.querySelector('pre code')?.textContent?.trim()).toBe('const a = 1;');
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy();
  });

  it('shows the sources a reply drew on under it, linked when they have a web page', () => {
    const message: AttuneMessage = {
      id: 'a2',
      role: 'assistant',
      parts: [
        {
          type: 'source-url',
          sourceId: 'reset-your-password',
          url: '/articles/reset-your-password',
          title: 'Resetting your password',
        },
        { type: 'source-document', sourceId: 'returns', mediaType: 'text/plain', title: 'Returns' },
        { type: 'source-url', sourceId: 'evil', url: 'javascript:alert(1)', title: 'Evil' },
        {
          type: 'source-url',
          sourceId: 'reset-your-password',
          url: '/articles/reset-your-password',
          title: 'Resetting your password',
        },
        { type: 'text', text: 'Open Sign in and choose Forgot password.' },
      ],
    };
    render(<Message message={message} />);
    const list = screen.getByRole('list', { name: 'Sources of this reply' });
    expect(list.parentElement?.textContent).toBe('From:Resetting your passwordReturnsEvil');
    expect(screen.getByRole('link', { name: 'Resetting your password' }).getAttribute('href')).toBe(
      '/articles/reset-your-password',
    );
    expect(screen.queryByRole('link', { name: 'Returns' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Evil' })).toBeNull();
  });

  it("shows each pending comparison candidate's own sources, as under a reply", () => {
    const message: AttuneMessage = {
      ...reply(''),
      metadata: {
        comparison: {
          id: 'cmp-1',
          candidates: [
            {
              text: 'Refunds take 3–5 working days.',
              sources: [
                { type: 'source-url', sourceId: 'refunds', url: '/articles/refunds', title: 'Refund timing' },
              ],
            },
            {
              text: 'Send it back within 30 days.',
              sources: [
                { type: 'source-document', sourceId: 'returns', mediaType: 'text/plain', title: 'Returns' },
              ],
            },
          ],
        },
      },
    };
    render(<Message message={message} onChoose={() => {}} />);
    const lists = screen.getAllByRole('list', { name: 'Sources of this reply' });
    expect(lists.map((list) => list.parentElement?.textContent)).toEqual([
      'From:Refund timing',
      'From:Returns',
    ]);
    expect(lists[0]?.closest('article')?.getAttribute('aria-label')).toBe('Reply A');
    expect(screen.getByRole('link', { name: 'Refund timing' }).getAttribute('href')).toBe(
      '/articles/refunds',
    );
  });

  it('shows no sources for a reply without source parts, nor while it streams', () => {
    const { rerender } = render(<Message message={reply('Hello')} />);
    expect(screen.queryByRole('list', { name: 'Sources of this reply' })).toBeNull();
    const cited: AttuneMessage = {
      ...reply('Hello'),
      parts: [
        { type: 'source-document', sourceId: 'a', mediaType: 'text/plain', title: 'A' },
        { type: 'text', text: 'Hello' },
      ],
    };
    rerender(<Message message={cited} streaming />);
    expect(screen.queryByRole('list', { name: 'Sources of this reply' })).toBeNull();
    rerender(<Message message={cited} />);
    expect(screen.getByRole('list', { name: 'Sources of this reply' }).textContent).toBe('A');
  });

  it('sanitizes URLs to http(s) and mailto only, plus raster data: images as an image source', () => {
    expect(sanitizeUrl('https://a.example', 'a', 'href')).toBe('https://a.example');
    expect(sanitizeUrl(' JavaScript:alert(1)', 'a', 'href')).toBeNull();
    expect(sanitizeUrl('/relative', 'a', 'href')).toBeNull();
    expect(sanitizeUrl('data:image/png;base64,AAAA', 'img', 'src')).toBe('data:image/png;base64,AAAA');
    expect(sanitizeUrl('data:image/png;base64,AAAA', 'a', 'href')).toBeNull();
    expect(sanitizeUrl('/logo.png', 'img', 'src')).toBe('/logo.png');
    expect(sanitizeUrl('javascript:alert(1)', 'img', 'src')).toBeNull();
    expect(sanitizeUrl('data:image/svg+xml,<svg onload=alert(1)>', 'img', 'src')).toBeNull();
    expect(sanitizeUrl('data:text/html,<script>alert(1)</script>', 'img', 'src')).toBeNull();
  });

  it('offers copy, regenerate and thumbs on a finished reply, and none while streaming', async () => {
    const onRegenerate = vi.fn();
    const onRate = vi.fn();
    const { rerender } = render(
      <Message message={reply('Hello', { rating: 'up' })} onRegenerate={onRegenerate} onRate={onRate} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(onRegenerate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Helpful' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Helpful' }));
    expect(onRate).toHaveBeenCalledWith(null);
    await userEvent.click(screen.getByRole('button', { name: 'Not helpful' }));
    expect(onRate).toHaveBeenCalledWith('down');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();

    rerender(<Message message={reply('Hel')} streaming onRegenerate={onRegenerate} onRate={onRate} />);
    expect(screen.queryByRole('button', { name: 'Regenerate' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Helpful' })).toBeNull();
  });

  it('shows the stopped and error states, with Retry', async () => {
    const onRetry = vi.fn();
    const { rerender } = render(<Message message={reply('Partial', { stopped: true })} onRetry={onRetry} />);
    expect(screen.getByText('Stopped')).toBeTruthy();
    rerender(<Message message={reply('', { error: 'Timed out.' })} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Timed out.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('explains what shaped a reply as its receipt says, and closes the explanation with Escape', async () => {
    const shapedBy = [{ id: 'agreeableness', label: 'High Agreeableness', direction: 1, confidence: 0.8 }];
    render(
      <Message
        message={reply('Sure.', { shapedBy, conditioning: { mode: 'pba', source: 'stored', shapedBy } })}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Why this reply?' });
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Warm and friendly')).toBeTruthy();
    expect(screen.getByRole('img', { name: '80% sure' })).toBeTruthy();
    expect(screen.getByText('From the preferences saved with your account.')).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('claims nothing about a reply whose receipt says none, or that has no receipt', () => {
    const shapedBy = [{ id: 'agreeableness', label: 'High Agreeableness', direction: 1, confidence: 0.8 }];
    const { rerender } = render(
      <Message message={reply('Sure.', { shapedBy, conditioning: { source: 'none' } })} />,
    );
    expect(screen.queryByRole('button', { name: 'Why this reply?' })).toBeNull();
    rerender(<Message message={reply('Sure.', { shapedBy })} />);
    expect(screen.queryByRole('button', { name: 'Why this reply?' })).toBeNull();
  });

  it('takes every string from the provider', () => {
    render(
      <AttuneProvider strings={{ copy: 'Kopieren', regenerate: 'Neu erzeugen' }}>
        <Message message={reply('Hallo')} onRegenerate={() => {}} />
      </AttuneProvider>,
    );
    expect(screen.getByRole('button', { name: 'Kopieren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neu erzeugen' })).toBeTruthy();
  });
});
