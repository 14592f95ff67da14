import { AttuneProvider, Markdown, Message } from '@attune/ui';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { splitMarkdownBlocks } from '../src/components/markdown-blocks';
import { capMarkdownNesting, MAX_MARKDOWN_NESTING } from '../src/components/markdown-nesting';
import { parseMarkdown } from '../src/components/markdown-parse';

vi.mock('../src/components/markdown-parse', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/components/markdown-parse')>();
  return { ...actual, parseMarkdown: vi.fn(actual.parseMarkdown) };
});

const parsed = vi.mocked(parseMarkdown);

afterEach(cleanup);
beforeEach(() => {
  parsed.mockClear();
});

/** Renders markdown and waits for the lazy renderer (a paragraph with `ready` at the end). */
async function renderMarkdown(text: string, element = <Markdown text={`${text}\n\nready`} />) {
  const view = render(element);
  await screen.findByText('ready', { selector: 'p' });
  return view;
}

describe('images in markdown', () => {
  it('puts an image from another host behind an accessible button that loads it on click', async () => {
    const { container } = await renderMarkdown('![Sales chart](https://evil.example/pixel.png?leak=secret)');
    expect(container.querySelector('img')).toBeNull();
    const button = screen.getByRole('button', { name: /Load image from evil\.example/ });
    expect(button.textContent).toContain('Sales chart');
    await userEvent.click(button);
    const image = container.querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://evil.example/pixel.png?leak=secret');
    expect(image?.getAttribute('alt')).toBe('Sales chart');
    expect(image?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(screen.queryByRole('button', { name: /Load image/ })).toBeNull();
  });

  it("loads the page's own images and raster data: images at once", async () => {
    const own = `${window.location.origin}/logo.png`;
    const data = 'data:image/png;base64,iVBORw0KGgo=';
    const { container } = await renderMarkdown(`![a](${own}) ![b](/docs/b.png) ![c](${data})`);
    expect(Array.from(container.querySelectorAll('img'), (image) => image.getAttribute('src'))).toEqual([
      own,
      '/docs/b.png',
      data,
    ]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('loads from the origins an AttuneProvider or the prop allows, and only those', async () => {
    const text = '![x](https://cdn.example.com/x.png) ![y](https://other.example/y.png)';
    const { container } = await renderMarkdown(
      text,
      <AttuneProvider imageOrigins={['https://cdn.example.com/assets/']}>
        <Markdown text={`${text}\n\nready`} />
      </AttuneProvider>,
    );
    expect(container.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example.com/x.png');
    expect(screen.getByRole('button', { name: /Load image from other\.example/ })).toBeTruthy();
    cleanup();
    const { container: byProp } = await renderMarkdown(
      text,
      <Markdown text={`${text}\n\nready`} imageOrigins={['https://other.example']} />,
    );
    expect(byProp.querySelector('img')?.getAttribute('src')).toBe('https://other.example/y.png');
  });

  it('says the placeholder in the strings given', async () => {
    await renderMarkdown(
      '![](https://img.example/a.png)',
      <AttuneProvider strings={{ loadImage: (host) => `Charger l’image de ${host}` }}>
        <Markdown text={'![](https://img.example/a.png)\n\nready'} />
      </AttuneProvider>,
    );
    expect(screen.getByRole('button', { name: 'Charger l’image de img.example' })).toBeTruthy();
  });

  it('rejects an allowed origin that is not an absolute http(s) URL with a RangeError', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<AttuneProvider imageOrigins={['cdn.example.com']} />)).toThrow(RangeError);
    expect(() => render(<Markdown text="x" imageOrigins={['javascript:alert(1)']} />)).toThrow(
      expect.objectContaining({ code: 'invalid-image-origin' }),
    );
    vi.mocked(console.error).mockRestore();
  });
});

describe('heading ids', () => {
  it('are prefixed, so model output cannot take a page id, and unique across and within messages', async () => {
    const text = '# root\n\n## Steps\n\n## Steps';
    const { container } = await renderMarkdown(
      text,
      <>
        <Markdown text={`${text}\n\nready`} />
        <Markdown text={text} />
      </>,
    );
    await waitFor(() => expect(container.querySelectorAll('h2')).toHaveLength(4));
    const ids = Array.from(container.querySelectorAll('h1, h2'), (heading) => heading.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    for (const id of ids) expect(id).toMatch(/^attune-[\w-]+-(root|steps)$/);
    expect(container.querySelector('#root')).toBeNull();
  });
});

describe('a reply streaming in', () => {
  it('renders emphasis open at its end as closed while it streams, and as written once complete', async () => {
    const message = (text: string) => ({
      id: 'a1',
      role: 'assistant' as const,
      parts: [{ type: 'text' as const, text }],
    });
    const { container, rerender } = render(<Message message={message('ready\n\nOpen **Ord')} streaming />);
    await screen.findByText('ready', { selector: 'p' });
    expect(container.querySelector('strong')?.textContent).toBe('Ord');
    rerender(<Message message={message('ready\n\nOpen **Ord')} />);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.querySelector('.attune-markdown')?.textContent).toContain('Open **Ord');
  });
});

describe('footnotes', () => {
  it('link a reference to its note in another block under the message prefix, and show the note once', async () => {
    const { container } = await renderMarkdown(
      'Returns are free[^1].\n\nMore text.\n\n[^1]: Within 30 days.',
    );
    const notes = container.querySelectorAll('footer > div');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.textContent).toBe('1: Within 30 days.');
    expect(notes[0]?.id).toMatch(/^attune-[\w-]+-fn-1$/);
    expect(container.querySelector('sup a')?.getAttribute('href')).toBe(`#${notes[0]?.id}`);
  });
});

describe('bounded rendering', () => {
  it(`caps blockquote and list nesting at ${MAX_MARKDOWN_NESTING} levels`, async () => {
    const { container } = await renderMarkdown(
      `${'> '.repeat(5000)}deep quote\n\n${'- '.repeat(5000)}deep item`,
    );
    const depth = (selector: string, leaf: string) => {
      let node = screen.getByText(leaf).parentElement;
      let count = 0;
      while (node && node !== container) {
        if (node.matches(selector)) count++;
        node = node.parentElement;
      }
      return count;
    };
    expect(depth('blockquote', 'deep quote')).toBe(MAX_MARKDOWN_NESTING);
    expect(depth('ul', 'deep item')).toBe(MAX_MARKDOWN_NESTING);
  });

  it('caps indentation and keeps shallow markdown as it is', () => {
    expect(capMarkdownNesting('> > quote\n- a\n  - b')).toBe('> > quote\n- a\n  - b');
    expect(capMarkdownNesting(`${' '.repeat(100)}- deep`, 2)).toBe(`${' '.repeat(8)}- deep`);
  });

  it.each([false, true])(
    'parses each completed block once while a reply streams, re-parsing only the last block (streaming: %s)',
    async (streaming) => {
      const blocks = [
        '# Returns',
        'Open **Orders**.',
        '- pick the item\n- choose a reason',
        '```ts\nconst a = 1;\n\nconst b = 2;\n```',
        'Done.',
      ];
      const full = blocks.join('\n\n');
      const { rerender } = render(<Markdown text={full.slice(0, 1)} streaming={streaming} />);
      await screen.findByRole('heading');
      for (let end = 2; end <= full.length; end += 3)
        rerender(<Markdown text={full.slice(0, end)} streaming={streaming} />);
      rerender(<Markdown text={full} />);
      await screen.findByText('Done.');
      const sources = parsed.mock.calls.map(([source]) => source);
      for (const block of blocks.slice(0, -1))
        expect(sources.filter((source) => source === `${block}\n\n`)).toHaveLength(1);
      // Without blocks every chunk would parse the whole text again.
      expect(sources.filter((source) => source === full)).toHaveLength(0);
    },
  );
});

describe('splitMarkdownBlocks', () => {
  it('leaves link reference definitions usable from every block', async () => {
    await renderMarkdown('See [the guide][guide].\n\nMore text.\n\n[guide]: https://example.com/guide');
    expect(screen.getByRole('link', { name: 'the guide' }).getAttribute('href')).toBe(
      'https://example.com/guide',
    );
  });

  it('cuts at blank lines but keeps fenced code, loose lists and indented continuations whole', () => {
    const text = 'Intro\n\n```\na\n\nb\n```\n\n1. one\n\n2. two\n\n   more of two\n\nEnd';
    expect(splitMarkdownBlocks(text).blocks).toEqual([
      'Intro\n\n',
      '```\na\n\nb\n```\n\n',
      '1. one\n\n2. two\n\n   more of two\n\n',
      'End',
    ]);
  });

  it('gives the same blocks incrementally as from scratch, reusing the completed strings', () => {
    const text = '# A\n\npara one\n\n> quote\n\n~~~\ncode\n\n~~~\n\n- x\n- y\n\ntail';
    let split = splitMarkdownBlocks('');
    for (let end = 1; end <= text.length; end++) {
      const next = splitMarkdownBlocks(text.slice(0, end), split);
      expect(next.blocks).toEqual(splitMarkdownBlocks(text.slice(0, end)).blocks);
      for (let index = 0; index < split.blocks.length - 1; index++)
        expect(next.blocks[index]).toBe(split.blocks[index]);
      split = next;
    }
    expect(split.blocks.join('')).toBe(text);
  });
});
