'use client';
import { type ReactNode, useRef } from 'react';
import { useCopy } from '../primitives/use-copy';
import { useStrings } from '../provider';
import { icons } from './icons';

/** A code block from a reply, with a copy button. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const strings = useStrings();
  const pre = useRef<HTMLPreElement>(null);
  const { copied, copy } = useCopy();
  return (
    <div className="attune-code">
      <button
        type="button"
        className="attune-code-copy attune-icon-button"
        aria-label={copied ? strings.copied : strings.copyCode}
        title={strings.copyCode}
        onClick={() => copy(pre.current?.textContent ?? '')}
      >
        {copied ? icons.check : icons.copy}
      </button>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, so the block must be reachable by keyboard. */}
      <pre ref={pre} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}
