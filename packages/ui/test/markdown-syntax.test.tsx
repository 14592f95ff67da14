import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/components/markdown-elements';
import { parseInline } from '../src/components/markdown-inline';
import { capMarkdownNesting } from '../src/components/markdown-nesting';
import { parseMarkdown } from '../src/components/markdown-parse';

const ids = { headings: 'h-', footnotes: 'fn-' };
const external = 'target="_blank" rel="noopener noreferrer"';

/** The markup of one block of markdown, without code blocks' copy buttons. */
const html = (source: string, definitions = '') =>
  renderToStaticMarkup(renderMarkdown(parseMarkdown(capMarkdownNesting(source), definitions), ids)).replace(
    /<button type="button" aria-label="Copy code".*?<\/button>/g,
    '',
  );

/** The markup of inline markdown (one paragraph's content). */
const inline = (source: string) => html(source).replace(/^<p>|<\/p>$/g, '');

const code = (text: string, language?: string) =>
  `<div class="attune-code"><pre tabindex="0"><code${language ? ` class="language-${language}"` : ''}>${text}</code></pre></div>`;

describe('block syntax', () => {
  it('renders ATX and setext headings with prefixed slug ids, closing hashes removed', () => {
    expect(html('# Hi *there* #\n\n###### Six\n\nTitle\n=====\n\nSub\n---')).toBe(
      '<h1 id="h-hi-there">Hi <em>there</em></h1><h6 id="h-six">Six</h6><h1 id="h-title">Title</h1><h2 id="h-sub">Sub</h2>',
    );
    expect(html('#hashtag and #5')).toBe('<p>#hashtag and #5</p>');
    expect(html('## Déjà vu: 2 steps!')).toBe('<h2 id="h-deja-vu-2-steps">Déjà vu: 2 steps!</h2>');
  });

  it('nests bullet and ordered lists by indentation, with start numbers and both delimiters', () => {
    expect(html('- a\n  continued\n- b\n  1. c\n  2. d\n     - e\n- f')).toBe(
      '<ul><li>a\ncontinued</li><li>b<ol><li>c</li><li>d<ul><li>e</li></ul></li></ol></li><li>f</li></ul>',
    );
    expect(html('3) x\n4) y')).toBe('<ol start="3"><li>x</li><li>y</li></ol>');
    expect(html('1. a\n   1. b\n      - c\n2. d')).toBe(
      '<ol><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li><li>d</li></ol>',
    );
    // A new bullet character starts a new list.
    expect(html('* a\n+ b')).toBe('<ul><li>a</li></ul><ul><li>b</li></ul>');
  });

  it('wraps the items of a loose list in paragraphs and keeps a tight one inline', () => {
    expect(html('1. one\n\n   more of one\n2. two')).toBe(
      '<ol><li><p>one</p><p>more of one</p></li><li><p>two</p></li></ol>',
    );
    expect(html('- a\n\n- b')).toBe('<ul><li><p>a</p></li><li><p>b</p></li></ul>');
    expect(html('- a\n- b')).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  it('keeps a list tight across blank lines inside a code fence or a nested item', () => {
    expect(html('1. Run:\n   ```bash\n   npm i\n\n   npm test\n   ```\n2. Done')).toBe(
      `<ol><li>Run:${code('npm i\n\nnpm test', 'bash')}</li><li>Done</li></ol>`,
    );
    expect(html('1. a\n   - b\n\n     more of b\n2. c')).toBe(
      '<ol><li>a<ul><li><p>b</p><p>more of b</p></li></ul></li><li>c</li></ol>',
    );
    expect(html('-\n  starts on the next line\n- b')).toBe(
      '<ul><li>starts on the next line</li><li>b</li></ul>',
    );
  });

  it('renders task list items with disabled checkboxes labelled by the item', () => {
    expect(html('- [ ] todo\n- [x] **done**\n- [X]\n  - nested')).toBe(
      '<ul><li><input type="checkbox" disabled="" aria-label="todo"/> todo</li>' +
        '<li><input type="checkbox" disabled="" aria-label="done" checked=""/> <strong>done</strong></li>' +
        '<li><input type="checkbox" disabled="" checked=""/> <ul><li>nested</li></ul></li></ul>',
    );
  });

  it('takes the language of a fence from the first word of its info string, for ``` and ~~~', () => {
    expect(html('```ts title="a.ts"\nconst a = 1;\n```')).toBe(code('const a = 1;', 'ts'));
    expect(html('~~~python\nprint(1)\n~~~')).toBe(code('print(1)', 'python'));
    expect(html('```\nplain\n```')).toBe(code('plain'));
  });

  it('closes a fence only with the same character and at least as many, and keeps what is inside verbatim', () => {
    expect(html('````md\n```js\n**not bold** <b>x</b>\n```\n````')).toBe(
      code('```js\n**not bold** &lt;b&gt;x&lt;/b&gt;\n```', 'md'),
    );
    expect(html('~~~\n```\n~~~')).toBe(code('```'));
    expect(html('  ```\n  indented\n    more\n  ```')).toBe(code('indented\n  more'));
  });

  it('runs an unclosed fence to the end of the block, as while a reply streams', () => {
    expect(html('```bash\ncurl -s \\\n  -d x=1')).toBe(code('curl -s \\\n  -d x=1', 'bash'));
    expect(html('```')).toBe(code(''));
  });

  it('renders indented code', () => {
    expect(html('    const a = 1;\n\n    const b = 2;\n\nafter')).toBe(
      `${code('const a = 1;\n\nconst b = 2;')}<p>after</p>`,
    );
  });

  it('nests block quotes, with lazy continuation lines, and renders GitHub alerts', () => {
    expect(html('> a\nlazy\n> > b')).toBe(
      '<blockquote><p>a\nlazy</p><blockquote><p>b</p></blockquote></blockquote>',
    );
    expect(html('> [!WARNING]\n> Careful.')).toBe(
      '<blockquote class="markdown-alert-warning"><header>WARNING</header><p>Careful.</p></blockquote>',
    );
  });

  it('renders GFM tables: alignment, inline markdown and escaped pipes in cells, rows fitted to the header', () => {
    expect(html('| a | b | c |\n| :- | :-: | -: |\n| **1** | `x\\|y` |\n| 1 | 2 | 3 | 4 |')).toBe(
      '<table><thead><tr><th style="text-align:left">a</th><th style="text-align:center">b</th><th style="text-align:right">c</th></tr></thead>' +
        '<tbody><tr><td style="text-align:left"><strong>1</strong></td><td style="text-align:center"><code>x|y</code></td><td style="text-align:right"></td></tr>' +
        '<tr><td style="text-align:left">1</td><td style="text-align:center">2</td><td style="text-align:right">3</td></tr></tbody></table>',
    );
    expect(html('a | b\n--- | ---')).toBe('<table><thead><tr><th>a</th><th>b</th></tr></thead></table>');
    // A header row whose delimiter row has not arrived yet is a paragraph.
    expect(html('| a | b |')).toBe('<p>| a | b |</p>');
  });

  it('renders thematic breaks and leaves link reference definitions out of the output', () => {
    expect(html('a\n\n***\n\n- - -\n\n[x]: https://example.com')).toBe('<p>a</p><hr/><hr/>');
  });

  it('renders footnote references and notes with ids under the message prefix', () => {
    expect(html('Text[^1] and [^missing].\n\n[^1]: The *note*.')).toBe(
      '<p>Text<sup><a href="#fn-1">1</a></sup> and [^missing].</p><footer><div id="fn-1">1: The <em>note</em>.</div></footer>',
    );
    // A note defined in another block is referenced, not rendered again.
    expect(html('See[^a].', '[^a]: elsewhere')).toBe('<p>See<sup><a href="#fn-a">a</a></sup>.</p>');
  });
});

describe('inline syntax', () => {
  it('renders emphasis, strong, strikethrough and mark after CommonMark delimiter rules', () => {
    expect(inline('*a* **b** ***c*** _d_ __e__ ~~f~~ ==g==')).toBe(
      '<em>a</em> <strong>b</strong> <em><strong>c</strong></em> <em>d</em> <strong>e</strong> <del>f</del> <mark>g</mark>',
    );
    expect(inline('**bold *nested* x** *a **b** c*')).toBe(
      '<strong>bold <em>nested</em> x</strong> <em>a <strong>b</strong> c</em>',
    );
    expect(inline('snake_case_word, 2 * 3 * 4, H~2~O, a ~~~ b')).toBe(
      'snake_case_word, 2 * 3 * 4, H~2~O, a ~~~ b',
    );
  });

  it('keeps inline code verbatim, a * or _ inside included', () => {
    expect(inline('`a*b*c` and `` x`y `` and `_u_`')).toBe(
      '<code>a*b*c</code> and <code>x`y</code> and <code>_u_</code>',
    );
    expect(inline('*a `*` b*')).toBe('<em>a <code>*</code> b</em>');
    expect(inline('`unclosed *code*')).toBe('`unclosed <em>code</em>');
  });

  it('resolves backslash escapes and entities', () => {
    expect(inline('\\*not\\* \\[x\\] \\` \\\\ a\\b')).toBe('*not* [x] ` \\ a\\b');
    expect(html('\\# not a heading\n\n\\- not a list')).toBe('<p># not a heading</p><p>- not a list</p>');
    expect(inline('&copy; &#106; &#x6A; &amp; &lt;b&gt; &unknown; &#0;')).toBe(
      '© j j &amp; &lt;b&gt; &amp;unknown; \ufffd',
    );
  });

  it('renders inline links with titles, angle destinations and balanced parentheses', () => {
    expect(inline('[w](https://en.wikipedia.org/wiki/Foo_(bar) "Foo")')).toBe(
      `<a href="https://en.wikipedia.org/wiki/Foo_(bar)" title="Foo" ${external}>w</a>`,
    );
    expect(inline('[a](<https://e.com/a b>) [b](https://e.com/\\(x)')).toBe(
      `<a href="https://e.com/a b" ${external}>a</a> <a href="https://e.com/(x" ${external}>b</a>`,
    );
    expect(inline('[**bold** link](https://e.com)')).toBe(
      `<a href="https://e.com" ${external}><strong>bold</strong> link</a>`,
    );
  });

  it('resolves full, collapsed and shortcut reference links, case-insensitively', () => {
    expect(html('[x][Y], [z][] and [z]\n\n[y]: https://e.com/y "Why"\n[Z]: https://e.com/z')).toBe(
      `<p><a href="https://e.com/y" title="Why" ${external}>x</a>, <a href="https://e.com/z" ${external}>z</a> and <a href="https://e.com/z" ${external}>z</a></p>`,
    );
    expect(inline('[not a ref] [x][nope]')).toBe('[not a ref] [x][nope]');
  });

  it('links <autolinks>, bare emails and bare URLs, leaving trailing punctuation and unbalanced ) out', () => {
    expect(inline('<https://a.b/c> <me@x.com>')).toBe(
      `<a href="https://a.b/c" ${external}>https://a.b/c</a> <a href="mailto:me@x.com" ${external}>me@x.com</a>`,
    );
    expect(inline('(see https://x.com/a_(b)), www.example.com.')).toBe(
      `(see <a href="https://x.com/a_(b)" ${external}>https://x.com/a_(b)</a>), <a href="http://www.example.com" ${external}>www.example.com</a>.`,
    );
    expect(inline('xhttps://x.com')).toBe('xhttps://x.com');
    expect(inline('Mail first_last@x.co.uk, *a@b.com* or not a@b; `c@d.com` stays code.')).toBe(
      `Mail <a href="mailto:first_last@x.co.uk" ${external}>first_last@x.co.uk</a>, <em><a href="mailto:a@b.com" ${external}>a@b.com</a></em> or not a@b; <code>c@d.com</code> stays code.`,
    );
  });

  it('never nests a link in a link: a URL as link text stays text', () => {
    expect(inline('[https://x.com](https://x.com) [<https://y.com>](https://z.com)')).toBe(
      `<a href="https://x.com" ${external}>https://x.com</a> <a href="https://z.com" ${external}>https://y.com</a>`,
    );
    expect(inline('[a [b](https://b.com) c](https://a.com)')).toBe(
      `[a <a href="https://b.com" ${external}>b</a> c](https://a.com)`,
    );
  });

  it('refuses unsafe link targets after resolving escapes and entities', () => {
    for (const target of [
      'javascript:alert(1)',
      '&#106;avascript:alert(1)',
      'java\\script:x',
      'data:text/html,x',
      '/relative',
    ])
      expect(inline(`[x](${target})`), target).toBe('<span>x</span>');
    expect(inline('<javascript:alert(1)>')).toBe('<span>javascript:alert(1)</span>');
  });

  it('renders images with the plain text of their description as alt', () => {
    expect(inline('![a *b* `c`](data:image/png;base64,AAAA "T")')).toBe(
      '<img src="data:image/png;base64,AAAA" alt="a b c" title="T" referrerPolicy="no-referrer" loading="lazy"/>',
    );
    expect(inline('![x](javascript:alert(1))')).toBe('<span>x</span>');
  });

  it('renders hard line breaks (two spaces or a backslash) and keeps soft ones', () => {
    expect(inline('a  \nb\\\nc\nd')).toBe('a<br/>b<br/>c\nd');
  });

  it('leaves raw HTML as text', () => {
    expect(inline('<b>bold?</b> <img src=x onerror="alert(1)"> <!-- c -->')).toBe(
      '&lt;b&gt;bold?&lt;/b&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;!-- c --&gt;',
    );
  });

  it('closes emphasis, strikethrough, mark and code left open at the end of a reply still streaming in', () => {
    const open = (source: string) =>
      renderToStaticMarkup(renderMarkdown(parseMarkdown(source), ids, true)).replace(/^<p>|<\/p>$/g, '');
    expect(open('Open **Orders and *pick ')).toBe('Open <strong>Orders and <em>pick</em></strong>');
    expect(open('Run `npm **test')).toBe('Run <code>npm **test</code>');
    expect(open('*a* ~~gone ==new')).toBe('<em>a</em> <del>gone <mark>new</mark></del>');
    // Only what is open at the very end: intraword and unopenable delimiters stay text.
    expect(open('snake_case, 2 * 3 and **')).toBe('snake_case, 2 * 3 and **');
    // Only the last text of the block: the list's last item, the table's last cell.
    expect(open('- *one\n- *two')).toBe('<ul><li>*one</li><li><em>two</em></li></ul>');
    expect(open('| *a | b |\n| - | - |\n| c | **d')).toBe(
      '<table><thead><tr><th>*a</th><th>b</th></tr></thead><tbody><tr><td>c</td><td><strong>d</strong></td></tr></tbody></table>',
    );
  });

  it('shows unclosed syntax in a complete reply as the text it is', () => {
    expect(inline('Open **Orders and *pick')).toBe('Open **Orders and *pick');
    expect(inline('~~gone and ==marked')).toBe('~~gone and ==marked');
    expect(inline('[help](https://exa')).toBe('[help](https://exa');
    expect(inline('![chart](')).toBe('![chart](');
  });
});

describe('hostile input', () => {
  const depth = (nodes: ReturnType<typeof parseInline>): number =>
    Math.max(
      0,
      ...nodes.map((node) => (typeof node === 'object' && 'children' in node ? 1 + depth(node.children) : 0)),
    );

  const textOf = (source: string) => {
    const container = document.createElement('div');
    container.innerHTML = html(source);
    return container.textContent ?? '';
  };

  it.each([
    ['stars', `a${'*'.repeat(100_000)}`],
    ['emphasis openers', '*a '.repeat(33_000)],
    ['brackets', '['.repeat(100_000)],
    ['image openers', '!['.repeat(50_000)],
    ['unclosed links', '[a]('.repeat(25_000)],
    ['unclosed link titles', '[a](x ('.repeat(14_000)],
    ['angle brackets', '<a:'.repeat(33_000)],
    ['ampersands', '&#'.repeat(50_000)],
    ['a URL of dots', `https://a${'.'.repeat(100_000)}`],
    ['a local part without a domain', `${'a.'.repeat(50_000)}@x`],
    ['at signs', 'a@'.repeat(50_000)],
    ['pipes', `${'|'.repeat(100_000)}\n|-|`],
  ])('renders a 100 KB single line of %s as its text', (_, source) => {
    expect(textOf(source).replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
  });

  it('renders a 100 KB line of code spans and a 100 KB heading', () => {
    const spans = Array.from({ length: 2000 }, (_, i) => `${'`'.repeat((i % 50) + 1)}x`).join('');
    expect(textOf(spans).replace(/`/g, '')).toBe(spans.replace(/`/g, ''));
    expect(textOf(`# ${'#'.repeat(100_000)}x`)).toBe(`${'#'.repeat(100_000)}x`);
  });

  it('bounds how deep emphasis nests', () => {
    const nested = `${'*a '.repeat(1000)}x${' a*'.repeat(1000)}`;
    const nodes = parseInline(nested, { links: new Map(), footnotes: new Set() });
    expect(depth(nodes)).toBeLessThanOrEqual(16);
    expect(depth(nodes)).toBeGreaterThan(1);
  });

  it('bounds how deep alternating quotes and lists nest', () => {
    const container = document.createElement('div');
    container.innerHTML = html(`${'> - '.repeat(25_000)}deep`);
    let node = container.querySelector('ul, blockquote');
    let levels = 0;
    while (node) {
      levels++;
      node = node.querySelector(':scope > li > :is(ul, blockquote), :scope > :is(ul, blockquote)');
    }
    expect(levels).toBeLessThanOrEqual(16);
    expect(container.textContent).toContain('deep');
  });

  it('renders every prefix of a rich reply, as it streams, without throwing', () => {
    const reply = [
      '# Returns',
      'Open **Orders** and [the *policy*](https://e.com/p "P"), or https://e.com.',
      '1. one\n   - [x] two\n     > three `code*`',
      '| a | b |\n| :- | -: |\n| 1 | 2 |',
      '```ts\nconst a = 1;\n```',
      'Note[^1] ~~old~~ ==new== &copy; \\*',
      '[^1]: the note',
    ].join('\n\n');
    for (let end = 0; end <= reply.length; end++) {
      const prefix = reply.slice(0, end);
      expect(() => html(prefix)).not.toThrow();
      expect(() => renderToStaticMarkup(renderMarkdown(parseMarkdown(prefix), ids, true))).not.toThrow();
    }
  });
});
