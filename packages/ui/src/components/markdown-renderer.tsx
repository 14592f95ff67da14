'use client';
import { compiler, type MarkdownToJSX } from 'markdown-to-jsx/react';
import { memo, type ReactNode, useId, useMemo, useRef } from 'react';
import { CodeBlock } from './code-block';
import { HighlightedCode } from './code-highlight';
import { type MarkdownBlocks, referenceDefinitions, splitMarkdownBlocks } from './markdown-blocks';
import { ImageOriginsContext, MarkdownImage } from './markdown-image';
import { capMarkdownNesting } from './markdown-nesting';
import { sanitizeUrl } from './sanitize-url';

const FENCE_LANGUAGE = /(?:^|\s)language-(\S+)/;

function Link({ href, children, title }: { href?: string; children?: ReactNode; title?: string }) {
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function Pre({ children }: { children?: ReactNode }) {
  return <CodeBlock>{children}</CodeBlock>;
}

/** Inline code and code blocks; a fenced block with a language is highlighted. */
function Code({ className, children }: { className?: string; children?: ReactNode }) {
  const language = className ? FENCE_LANGUAGE.exec(className)?.[1] : undefined;
  if (language && typeof children === 'string')
    return <HighlightedCode className={className} language={language} code={children} />;
  return <code className={className}>{children}</code>;
}

const baseOptions: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  optimizeForStreaming: true,
  forceBlock: true,
  wrapper: null,
  sanitizer: sanitizeUrl,
  overrides: {
    a: { component: Link },
    pre: { component: Pre },
    code: { component: Code },
    img: { component: MarkdownImage },
  },
};

/**
 * One top-level block, parsed only when its text (or the message's link reference definitions)
 * changes: while a reply streams, the completed blocks keep their strings and are not parsed
 * again. Heading ids get `idPrefix` (unique per message and block), so model output cannot take
 * ids such as `root` from the page.
 */
const MarkdownBlock = memo(function MarkdownBlock({
  source,
  definitions,
  idPrefix,
}: {
  source: string;
  definitions: string;
  idPrefix: string;
}) {
  return useMemo(
    () =>
      compiler(capMarkdownNesting(definitions ? `${source}\n\n${definitions}` : source), {
        ...baseOptions,
        slugify: (input, slugify) => `${idPrefix}${slugify(input)}`,
      }),
    [source, definitions, idPrefix],
  );
});

/** Blocks per group: a streamed chunk re-renders and lays out one group, not the whole reply. */
const GROUP_SIZE = 32;

interface GroupProps {
  sources: readonly string[];
  starts: readonly number[];
  first: number;
  definitions: string;
  messageId: string;
}

const sameGroup = (before: GroupProps, after: GroupProps) =>
  before.first === after.first &&
  before.definitions === after.definitions &&
  before.messageId === after.messageId &&
  before.sources.length === after.sources.length &&
  before.sources.every((source, index) => source === after.sources[index]);

/**
 * Up to `GROUP_SIZE` consecutive blocks in one wrapper: a group whose blocks are all complete is
 * neither rendered nor laid out again while the reply streams on.
 */
const MarkdownGroup = memo(function MarkdownGroup({
  sources,
  starts,
  first,
  definitions,
  messageId,
}: GroupProps) {
  return (
    <div className="attune-markdown-group">
      {sources.map((source, offset) => (
        <MarkdownBlock
          key={starts[offset]}
          source={source}
          definitions={definitions}
          idPrefix={`attune-${messageId}-${first + offset}-`}
        />
      ))}
    </div>
  );
}, sameGroup);

/**
 * The markdown-to-jsx renderer behind `<Markdown>`, loaded lazily: raw HTML disabled, URLs
 * sanitized, links in a new tab, images from other origins behind a click, code blocks with a
 * copy button and lazy syntax highlighting, nesting capped, and the text split into blocks (in
 * groups) so a streamed chunk re-parses only the last block and re-renders only the last group.
 */
export function MarkdownRenderer({ text, imageOrigins }: { text: string; imageOrigins: readonly string[] }) {
  const messageId = useId().replace(/[^\w-]/g, '');
  const split = useRef<MarkdownBlocks | undefined>(undefined);
  split.current = splitMarkdownBlocks(text, split.current);
  const { blocks, starts } = split.current;
  const definitions = blocks.length > 1 ? referenceDefinitions(text) : '';
  return (
    <ImageOriginsContext.Provider value={imageOrigins}>
      <div className="attune-markdown">
        {Array.from({ length: Math.ceil(blocks.length / GROUP_SIZE) }, (_, group) => {
          const first = group * GROUP_SIZE;
          return (
            <MarkdownGroup
              key={first}
              sources={blocks.slice(first, first + GROUP_SIZE)}
              starts={starts.slice(first, first + GROUP_SIZE)}
              first={first}
              definitions={definitions}
              messageId={messageId}
            />
          );
        })}
      </div>
    </ImageOriginsContext.Provider>
  );
}
