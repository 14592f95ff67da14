'use client';
import { type ComponentType, lazy, memo, Suspense, useState } from 'react';
import { useImageOrigins } from '../provider';
import { useNormalizedImageOrigins } from './markdown-image-origins';
import { PlainMarkdown } from './markdown-plain';

export { sanitizeUrl } from './sanitize-url';

type Renderer = ComponentType<{ text: string; imageOrigins: readonly string[]; streaming: boolean }>;

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

/** The props of `<Markdown>`. */
export interface MarkdownProps {
  /** The markdown source, complete or streaming. */
  text: string;
  /**
   * Origins images load from at once, besides the page's own and raster `data:` images. Default:
   * the `imageOrigins` of the nearest `<AttuneProvider>` (none). Others wait for a click.
   */
  imageOrigins?: readonly string[];
  /**
   * The text is a reply still streaming in: emphasis, strikethrough, mark and inline code left
   * open at its very end render as if closed, so their markers do not flash. Default `false`
   * (unclosed syntax shows as the text it is).
   */
  streaming?: boolean;
}

/**
 * Renders markdown (streamed or complete) with raw HTML disabled, links sanitized, images from
 * other origins behind a click, heading ids prefixed and nesting capped. The renderer loads
 * lazily; until it has, the text shows as plain text in the same container.
 */
export const Markdown = memo(function Markdown({ text, imageOrigins, streaming = false }: MarkdownProps) {
  const inherited = useImageOrigins();
  const origins = useNormalizedImageOrigins(imageOrigins) ?? inherited;
  // Fixed per instance: switching from the lazy type to the loaded one would remount the reply.
  const [Loaded] = useState(() => loaded);
  if (Loaded) return <Loaded text={text} imageOrigins={origins} streaming={streaming} />;
  return (
    <Suspense fallback={<PlainMarkdown text={text} />}>
      <LazyRenderer text={text} imageOrigins={origins} streaming={streaming} />
    </Suspense>
  );
});
