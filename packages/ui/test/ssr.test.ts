import { Chat, ChatWidget, Composer } from '@attune/ui';
import { MockLanguageModelV4 } from 'ai/test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('renders the kit where there is no window', () => {
    expect(typeof window).toBe('undefined');
    const model = new MockLanguageModelV4();
    const chat = renderToString(createElement(Chat, { model, title: 'Help' }));
    expect(chat).toContain('role="log"');
    expect(chat).toContain('Write a message…');
    expect(chat).toContain('data-attune-theme="auto"');
    const widget = renderToString(createElement(ChatWidget, { model }));
    expect(widget).toContain('aria-label="Open chat"');
    expect(renderToString(createElement(Composer, { onSend: () => {}, unstyled: true }))).not.toContain(
      'class="attune ',
    );
  });
});
