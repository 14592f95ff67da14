'use client';
import { type MarkdownToJSX, Markdown as MarkdownToJsx } from 'markdown-to-jsx/react';
import type { ReactNode } from 'react';
import { CodeBlock } from './code-block';
import { HighlightedCode } from './code-highlight';
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

const options: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  optimizeForStreaming: true,
  forceBlock: true,
  forceWrapper: true,
  wrapper: 'div',
  sanitizer: sanitizeUrl,
  overrides: { a: { component: Link }, pre: { component: Pre }, code: { component: Code } },
};

/**
 * The markdown-to-jsx renderer behind `<Markdown>`, loaded lazily: raw HTML disabled, URLs
 * sanitized, links in a new tab, code blocks with a copy button and lazy syntax highlighting.
 */
export function MarkdownRenderer({ text }: { text: string }) {
  return (
    <MarkdownToJsx className="attune-markdown" options={options}>
      {text}
    </MarkdownToJsx>
  );
}
