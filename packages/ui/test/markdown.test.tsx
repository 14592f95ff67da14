import { Markdown, Message } from '@attune/ui';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeTokens, type CodeTree } from '../src/components/code-tokens';

/** The lazy chunks load only when the test opens their gate, so both states can be observed. */
const gates = vi.hoisted(() => {
  const gate = () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { opened, open };
  };
  return { renderer: gate(), highlighter: gate() };
});

vi.mock('../src/components/markdown-renderer', async (importOriginal) => {
  await gates.renderer.opened;
  return importOriginal();
});

vi.mock('../src/components/code-highlighter', async (importOriginal) => {
  await gates.highlighter.opened;
  return importOriginal();
});

afterEach(cleanup);

const reply = (text: string) => ({
  id: 'a1',
  role: 'assistant' as const,
  parts: [{ type: 'text' as const, text }],
});

const codeElements = (container: HTMLElement) => Array.from(container.querySelectorAll('pre code *'));

// The tests run in order: the first sees both chunks unloaded, the later ones after they loaded.
describe('<Markdown> with its lazy renderer and highlighter', { timeout: 30_000 }, () => {
  it('shows the streamed text plain until the renderer loads, then formatted', async () => {
    const first = '# Refunds\n\nOpen **Orders** <img src=x onerror="alert(1)">';
    const { container, rerender } = render(<Message message={reply(first)} streaming />);
    const plain = container.querySelector('.attune-markdown > p');
    expect(plain?.textContent).toBe(first);
    expect((plain as HTMLElement).style.whiteSpace).toBe('pre-wrap');
    expect(container.querySelector('h1, strong, img')).toBeNull();

    const more = `${first}\n\n- then pick the item`;
    rerender(<Message message={reply(more)} streaming />);
    expect(container.querySelector('.attune-markdown > p')?.textContent).toBe(more);

    gates.renderer.open();
    expect((await screen.findByRole('heading', { name: 'Refunds' })).tagName).toBe('H1');
    expect(screen.getByText('Orders').tagName).toBe('STRONG');
    expect(screen.getByRole('listitem').textContent).toBe('then pick the item');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('.attune-markdown')).toHaveLength(1);
  });

  it('shows code plain until the highlighter loads, then with hljs token spans', async () => {
    const code = 'const total: number = items.length;\nreturn total;';
    const { container } = render(<Markdown text={`\`\`\`ts\n${code}\n\`\`\``} />);
    const block = container.querySelector('pre code');
    expect(block?.textContent).toBe(code);
    expect(codeElements(container)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy();

    gates.highlighter.open();
    await waitFor(() => expect(container.querySelector('pre code .hljs-keyword')).not.toBeNull());
    const keywords = Array.from(container.querySelectorAll('pre code .hljs-keyword')).map(
      (span) => span.textContent,
    );
    expect(keywords).toEqual(expect.arrayContaining(['const', 'return']));
    expect(container.querySelector('pre code')?.textContent).toBe(code);
  });

  it('leaves unknown languages, unlabelled fences and inline code plain', async () => {
    const { container } = render(
      <Markdown
        text={'Use `const x` here.\n\n```nosuchlanguage\nconst a = 1;\n```\n\n```\nreturn b;\n```'}
      />,
    );
    const blocks = Array.from(container.querySelectorAll('pre code')).map((code) => code.textContent);
    expect(blocks).toEqual(['const a = 1;', 'return b;']);
    // A highlighted ts block rendered beside them proves the highlighter is loaded.
    const { container: loaded } = render(<Markdown text={'```ts\nconst a = 1;\n```'} />);
    await waitFor(() => expect(loaded.querySelector('.hljs-keyword')).not.toBeNull());
    expect(codeElements(container)).toEqual([]);
    expect(container.querySelector('p code')?.textContent).toBe('const x');
  });

  it('renders hostile markup in a code block as highlighted text, never as an element', async () => {
    const hostile =
      '<img src=x onerror=alert(1)>\n<script>alert(2)</script>\n<a href="javascript:alert(3)">x</a>';
    const { container } = render(<Markdown text={`\`\`\`html\n${hostile}\n\`\`\``} />);
    await waitFor(() => expect(container.querySelector('pre code .hljs-tag')).not.toBeNull());
    expect(container.querySelector('pre code')?.textContent).toBe(hostile);
    expect(container.querySelector('img, script, a')).toBeNull();
    for (const element of codeElements(container)) {
      expect(element.tagName).toBe('SPAN');
      expect(element.getAttributeNames()).toEqual(['class']);
      expect(element.className).toMatch(/^hljs-[\w-]+( hljs-[\w-]+)*$/);
    }
  });

  it('re-highlights a code block as it streams', async () => {
    const { container, rerender } = render(<Markdown text={'```python\ndef'} />);
    rerender(<Markdown text={'```python\ndef greet(name):\n    return f"hi {name}"\n```'} />);
    await waitFor(() => expect(container.querySelector('pre code .hljs-string')).not.toBeNull());
    expect(container.querySelector('pre code .hljs-keyword')?.textContent).toBe('def');
  });
});

describe('<CodeTokens>', () => {
  it('turns every hast element into a span with only its hljs-* classes, and text into text', () => {
    const tree: CodeTree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'img',
          properties: { className: ['evil', 'hljs-string', 'hljs-"x'], src: 'x', onError: 'alert(1)' },
          children: [{ type: 'text', value: '<b>bold</b>' }],
        },
        { type: 'text', value: ' tail' },
        {
          type: 'element',
          tagName: 'span',
          properties: { style: 'color:red', id: 'x' },
          children: [{ type: 'text', value: 'if' }],
        },
      ],
    };
    const { container } = render(
      <code>
        <CodeTokens tree={tree} />
      </code>,
    );
    expect(container.innerHTML).toBe(
      '<code><span class="hljs-string">&lt;b&gt;bold&lt;/b&gt;</span> tail<span>if</span></code>',
    );
  });
});
