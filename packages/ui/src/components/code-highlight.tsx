'use client';
import { useEffect, useMemo, useState } from 'react';
import type { CodeHighlighter } from './code-highlighter';
import { CodeTokens } from './code-tokens';

let loaded: CodeHighlighter | null | undefined;
let loading: Promise<CodeHighlighter | null> | undefined;

/** Loads the highlighter once; resolves to null when its chunk fails to load (code stays plain). */
function loadHighlighter(): Promise<CodeHighlighter | null> {
  loading ??= import('./code-highlighter').then(
    (module) => {
      loaded = module.codeHighlighter;
      return loaded;
    },
    () => {
      loaded = null;
      return null;
    },
  );
  return loading;
}

/** The highlighter once loaded; `undefined` while loading, `null` if it could not be loaded. */
function useHighlighter(): CodeHighlighter | null | undefined {
  const [highlighter, setHighlighter] = useState(loaded);
  useEffect(() => {
    if (highlighter !== undefined) return;
    let current = true;
    void loadHighlighter().then((result) => {
      if (current) setHighlighter(result);
    });
    return () => {
      current = false;
    };
  }, [highlighter]);
  return highlighter;
}

/**
 * The code of a fenced block with a language, syntax-highlighted once the highlighter has loaded
 * (plain text until then, and for languages it does not know).
 */
export function HighlightedCode({
  code,
  language,
  className,
}: {
  /** The code, as written in the block. */
  code: string;
  /** The block's language tag, e.g. `ts`. */
  language: string;
  /** Class of the `code` element (the renderer's `language-*` classes). */
  className?: string;
}) {
  const highlighter = useHighlighter();
  const tree = useMemo(
    () => (highlighter?.registered(language) ? highlighter.highlight(language, code) : undefined),
    [highlighter, language, code],
  );
  return <code className={className}>{tree ? <CodeTokens tree={tree} /> : code}</code>;
}
