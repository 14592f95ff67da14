'use client';
import { type MarkdownToJSX, Markdown as MarkdownToJsx } from 'markdown-to-jsx/react';
import { memo, type ReactNode } from 'react';
import { CodeBlock } from './code-block';

const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

/** Keeps only http(s) and mailto URLs in links and images; any other URL is dropped. */
export function sanitizeUrl(value: string, _tag: string, attribute: string): string | null {
  if (attribute !== 'href' && attribute !== 'src') return value;
  const url = value.trim();
  return SAFE_PROTOCOL.test(url) ? url : null;
}

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

const options: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  optimizeForStreaming: true,
  forceBlock: true,
  forceWrapper: true,
  wrapper: 'div',
  sanitizer: sanitizeUrl,
  overrides: { a: { component: Link }, pre: { component: Pre } },
};

/** Renders markdown (streamed or complete) with raw HTML disabled and links sanitized. */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  return (
    <MarkdownToJsx className="attune-markdown" options={options}>
      {text}
    </MarkdownToJsx>
  );
});
