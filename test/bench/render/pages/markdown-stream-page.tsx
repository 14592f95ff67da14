// Markdown streaming page: one assistant <Message> receiving a 100 KB reply, a slice per frame.
// `window.markdownVariant` picks the renderer: the kit's block-memoized one, or the same parser
// and elements over the whole text on every slice (no blocks, nothing memoized) as the reference.
import '../../../../packages/ui/src/styles/attune.css';
import { Markdown, Message } from '@attune/ui';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { renderMarkdown } from '../../../../packages/ui/src/components/markdown-elements';
import { capMarkdownNesting } from '../../../../packages/ui/src/components/markdown-nesting';
import { parseMarkdown } from '../../../../packages/ui/src/components/markdown-parse';
import { buildMarkdownReply } from '../markdown-reply';

/** What one streamed reply measured, in milliseconds. */
export interface StreamTimings {
  /** Time between consecutive frames while the reply streamed (script, layout and paint). */
  frameMs: number[];
  /** Time to render each slice (React render and commit, parsing included). */
  renderMs: number[];
  /** Time of the style recalculation and layout after each slice. */
  layoutMs: number[];
  /** Long animation frames Chromium reported (`long-animation-frame`), when supported. */
  longFrameMs: number[];
}

declare global {
  interface Window {
    markdownVariant: 'blocks' | 'whole text';
    /** Streams the reply, `charsPerFrame` characters per animation frame. */
    streamMarkdown: (charsPerFrame: number) => Promise<StreamTimings>;
  }
}

const reply = buildMarkdownReply();
const wholeTextIds = { headings: 'attune-whole-', footnotes: 'attune-whole-fn-' };

/** The whole text parsed and rendered again on every slice. */
function WholeTextMarkdown({ text }: { text: string }) {
  return useMemo(() => renderMarkdown(parseMarkdown(capMarkdownNesting(text)), wholeTextIds), [text]);
}

let setText: (text: string) => void = () => {};

function Reply() {
  const [text, set] = useState('');
  setText = set;
  if (window.markdownVariant === 'whole text')
    return (
      <div className="attune-message" data-role="assistant" data-streaming="">
        <div className="attune-markdown">
          <WholeTextMarkdown text={text} />
        </div>
      </div>
    );
  return <Message message={{ id: 'reply', role: 'assistant', parts: [{ type: 'text', text }] }} streaming />;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

window.streamMarkdown = async (charsPerFrame) => {
  const timings: StreamTimings = { frameMs: [], renderMs: [], layoutMs: [], longFrameMs: [] };
  const observer = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) timings.longFrameMs.push(entry.duration);
      })
    : undefined;
  observer?.observe({ type: 'long-animation-frame' });
  let last = await nextFrame();
  for (let end = charsPerFrame; ; end += charsPerFrame) {
    const start = performance.now();
    flushSync(() => setText(reply.slice(0, end)));
    const rendered = performance.now();
    timings.renderMs.push(rendered - start);
    // Follow the reply's end, as the chat does, forcing style and layout so they are timed apart.
    window.scrollTo(0, document.documentElement.scrollHeight);
    timings.layoutMs.push(performance.now() - rendered);
    const now = await nextFrame();
    timings.frameMs.push(now - last);
    last = now;
    if (end >= reply.length) break;
  }
  observer?.disconnect();
  return timings;
};

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  // Load the lazy renderer first, so the reply renders formatted from its first slice.
  root.render(
    <div className="attune">
      <Markdown text="# ready" />
    </div>,
  );
  const mount = () => {
    if (!container.querySelector('h1')) return void setTimeout(mount, 20);
    root.render(
      <div className="attune" style={{ inlineSize: 720 }}>
        <Reply />
      </div>,
    );
  };
  mount();
}
