'use client';
import { type ComponentType, lazy, memo, Suspense, useState } from 'react';
import { PlainMarkdown } from './markdown-plain';

export { sanitizeUrl } from './sanitize-url';

type Renderer = ComponentType<{ text: string }>;

let loaded: Renderer | undefined;
let loading: Promise<{ default: Renderer }> | undefined;

/** Loads the renderer chunk once; if it fails to load, replies stay plain text. */
function loadRenderer(): Promise<{ default: Renderer }> {
  loading ??= import('./markdown-renderer').then(
    (module) => {
      loaded = module.MarkdownRenderer;
      return { default: loaded };
    },
    () => ({ default: PlainMarkdown }),
  );
  return loading;
}

const LazyRenderer = lazy(loadRenderer);

/**
 * Starts loading the markdown renderer ahead of the first reply (`<Chat>` and `<MessageList>`
 * call it on mount), so replies rarely show the plain-text fallback. Safe to call any number of times.
 */
export function preloadMarkdown(): void {
  void loadRenderer();
}

/**
 * Renders markdown (streamed or complete) with raw HTML disabled and links sanitized. The renderer
 * loads lazily; until it has, the text shows as plain text in the same container.
 */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  // Fixed per instance: switching from the lazy type to the loaded one would remount the reply.
  const [Loaded] = useState(() => loaded);
  if (Loaded) return <Loaded text={text} />;
  return (
    <Suspense fallback={<PlainMarkdown text={text} />}>
      <LazyRenderer text={text} />
    </Suspense>
  );
});
