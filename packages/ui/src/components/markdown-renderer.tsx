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

/**
 * The markdown-to-jsx renderer behind `<Markdown>`, loaded lazily: raw HTML disabled, URLs
 * sanitized, links in a new tab, images from other origins behind a click, code blocks with a
 * copy button and lazy syntax highlighting, nesting capped, and the text split into blocks so a
 * streamed chunk re-parses only the last one.
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
        {blocks.map((source, index) => (
          <MarkdownBlock
            key={starts[index]}
            source={source}
            definitions={definitions}
            idPrefix={`attune-${messageId}-${index}-`}
          />
        ))}
      </div>
    </ImageOriginsContext.Provider>
  );
}
