const preWrap = { whiteSpace: 'pre-wrap' } as const;

/**
 * Markdown source shown as plain text (no parsing, no HTML) in the rendered markdown's container,
 * while the renderer loads or if it cannot be loaded.
 */
export function PlainMarkdown({ text }: { text: string }) {
  return (
    <div className="attune-markdown">
      <p style={preWrap}>{text}</p>
    </div>
  );
}
