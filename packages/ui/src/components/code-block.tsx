'use client';
import { type ReactNode, useRef } from 'react';
import { useStrings } from '../provider';
import { CopyButton } from './copy-button';

/** A code block from a reply, with a copy button. */
export function CodeBlock({ children }: { children?: ReactNode }) {
  const strings = useStrings();
  const pre = useRef<HTMLPreElement>(null);
  return (
    <div className="attune-code">
      <CopyButton
        className="attune-code-copy attune-icon-button"
        label={strings.copyCode}
        getText={() => pre.current?.textContent ?? ''}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, so the block must be reachable by keyboard. */}
      <pre ref={pre} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}
