import {
  type ComponentType,
  createElement,
  type ElementType,
  Fragment,
  type ReactElement,
  type ReactNode,
} from 'react';
import { CodeBlock } from './code-block';
import { HighlightedCode } from './code-highlight';
import { MarkdownImage } from './markdown-image';
import { type InlineNode, type MarkdownReferences, parseInline, plainText } from './markdown-inline';
import type { BlockNode, ListItem, ParsedMarkdown } from './markdown-parse';
import { sanitizeUrl } from './sanitize-url';

/** Where rendered elements take their ids from. */
export interface MarkdownIds {
  /** Prefix of heading ids, unique per message and block. */
  headings: string;
  /** Prefix of footnote ids, unique per message (a reference and its note may sit in different blocks). */
  footnotes: string;
}

interface RenderContext {
  references: MarkdownReferences;
  ids: MarkdownIds;
}

/** A heading's text as an id: lower case, letters, digits and hyphens. */
const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');

function Link({ href, title, children }: { href: string; title?: string; children?: ReactNode }) {
  const safe = sanitizeUrl(href, 'a', 'href');
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * An element with `children` passed as separate arguments: positional children of a tree that is
 * rebuilt as a whole need no keys. A component's props are checked against its own.
 */
function h<P extends object>(
  type: string | ComponentType<P>,
  props: NoInfer<P> | null,
  children: ReactNode[] = [],
): ReactElement {
  return createElement(type as ElementType, props, ...children);
}

/** Inline nodes as React nodes; a link inside a link (an autolinked URL in link text) is its text. */
function renderInline(nodes: readonly InlineNode[], context: RenderContext, inLink = false): ReactNode[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    switch (node.type) {
      case 'code':
        return h('code', null, [node.text]);
      case 'break':
        return h('br', null);
      case 'image':
        return h(MarkdownImage, {
          src: sanitizeUrl(node.src, 'img', 'src') ?? undefined,
          alt: node.alt,
          title: node.title,
        });
      case 'footnote':
        return h('sup', null, [
          h('a', { href: `#${context.ids.footnotes}${slugify(node.label)}` }, [node.label]),
        ]);
      case 'link': {
        const children = renderInline(node.children, context, true);
        return inLink
          ? h(Fragment, null, children)
          : h(Link, { href: node.href, title: node.title }, children);
      }
      default:
        return h(node.type, null, renderInline(node.children, context, inLink));
    }
  });
}

const inline = (text: string, context: RenderContext, open = false) =>
  renderInline(parseInline(text, context.references, open), context);

/** A task item's state: a disabled checkbox labelled by the item's first paragraph. */
function taskCheckbox(item: ListItem, context: RenderContext): ReactNode {
  const first = item.children[0];
  const label =
    first?.type === 'paragraph' ? plainText(parseInline(first.text, context.references)) : undefined;
  return h('input', { type: 'checkbox', defaultChecked: item.checked, disabled: true, 'aria-label': label });
}

/** One block; `open`: the block ends a reply still streaming in (see `parseInline`). */
function renderBlock(block: BlockNode, context: RenderContext, tight: boolean, open: boolean): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return tight
        ? h(Fragment, null, inline(block.text, context, open))
        : h('p', null, inline(block.text, context, open));
    case 'heading': {
      const children = parseInline(block.text, context.references, open);
      const id = `${context.ids.headings}${slugify(plainText(children))}`;
      return h(`h${block.level}`, { id }, renderInline(children, context));
    }
    case 'code':
      // A fenced block with a language is highlighted (lazily); any other code stays plain.
      return h(CodeBlock, null, [
        block.language
          ? h(HighlightedCode, {
              className: `language-${block.language}`,
              language: block.language,
              code: block.text,
            })
          : h('code', null, [block.text]),
      ]);
    case 'rule':
      return h('hr', null);
    case 'quote':
      return h(
        'blockquote',
        block.alert ? { className: `markdown-alert-${block.alert.toLowerCase()}` } : null,
        [
          block.alert ? h('header', null, [block.alert]) : null,
          ...renderBlocks(block.children, context, false, open),
        ],
      );
    case 'list': {
      const items = block.items.map((item, index) =>
        h('li', null, [
          ...(item.checked === undefined ? [] : [taskCheckbox(item, context), ' ']),
          ...renderBlocks(item.children, context, !block.loose, open && index === block.items.length - 1),
        ]),
      );
      return block.ordered
        ? h('ol', block.start === 1 ? null : { start: block.start }, items)
        : h('ul', null, items);
    }
    case 'table': {
      const lastRow = block.rows.at(-1) ?? block.head;
      const cell = (tag: 'th' | 'td', text: string, column: number, row: readonly string[]) => {
        const align = block.align[column];
        const last = open && row === lastRow && column === row.length - 1;
        return h(tag, align ? { style: { textAlign: align } } : null, inline(text, context, last));
      };
      return h('table', null, [
        h('thead', null, [
          h(
            'tr',
            null,
            block.head.map((text, column) => cell('th', text, column, block.head)),
          ),
        ]),
        block.rows.length > 0
          ? h(
              'tbody',
              null,
              block.rows.map((row) =>
                h(
                  'tr',
                  null,
                  row.map((text, column) => cell('td', text, column, row)),
                ),
              ),
            )
          : null,
      ]);
    }
    case 'footnotes':
      return h(
        'footer',
        null,
        block.notes.map((note, index) =>
          h('div', { id: `${context.ids.footnotes}${slugify(note.label)}` }, [
            `${note.label}: `,
            ...inline(note.text, context, open && index === block.notes.length - 1),
          ]),
        ),
      );
  }
}

function renderBlocks(
  blocks: readonly BlockNode[],
  context: RenderContext,
  tight = false,
  open = false,
): ReactNode[] {
  return blocks.map((block, index) =>
    renderBlock(block, context, tight, open && index === blocks.length - 1),
  );
}

/**
 * Parsed markdown as React elements: no raw HTML (there is none in the tree), link and image URLs
 * sanitized, links in a new tab, images through `MarkdownImage`, code blocks with a copy button and
 * lazy highlighting, and ids only under the given prefixes. With `open` (the markdown ends a reply
 * still streaming in), syntax left open at its very end renders as if closed.
 */
export function renderMarkdown(
  { blocks, references }: ParsedMarkdown,
  ids: MarkdownIds,
  open = false,
): ReactNode {
  return h(Fragment, null, renderBlocks(blocks, { references, ids }, false, open));
}
