import { Markdown } from '@attune/ui';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/components/markdown-renderer', () => {
  throw new Error('chunk failed to load');
});

afterEach(cleanup);

describe('<Markdown> when its renderer chunk cannot be loaded', () => {
  it('keeps showing the text plain instead of failing', async () => {
    const text = '# Title\n\nSome **bold** text';
    const { container } = render(<Markdown text={text} />);
    await act(() => vi.dynamicImportSettled());
    expect(container.querySelector('.attune-markdown > p')?.textContent).toBe(text);
    expect(container.querySelector('h1, strong')).toBeNull();
  });
});
