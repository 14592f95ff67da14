/**
 * Markdown streaming in Chromium: a 100 KB reply (headings, lists, tables, quotes, code) streams
 * into one assistant `<Message>`, a slice per animation frame, with the kit's renderer (text split
 * into blocks, completed blocks memoized, only the last one parsed again) and, as the reference,
 * the same parser over the whole text on every slice. Reports the longest and p99 frame (target: no frame over
 * 50 ms), the render time per slice and Chromium's long animation frames.
 * `npx tsx test/bench/render/markdown-stream-bench.ts`
 */
import { fileURLToPath } from 'node:url';
import { buildPage } from '../../browser/support/build-page';
import { launchChromium } from '../../browser/support/launch-chromium';
import { serveFiles } from '../../browser/support/serve-files';
import type { StreamTimings } from './pages/markdown-stream-page';
import { printWhenRun } from './print-when-run';

/** The longest frame allowed while a 100 KB reply streams. */
export const FRAME_TARGET_MS = 50;

/** Characters added per frame (a fast model with the kit rendering once per frame). */
const CHARS_PER_FRAME = 200;

const variants = ['blocks', 'whole text'] as const;

const percentile = (values: readonly number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
};

/** Streams the reply once per variant in a fresh page; one row each. */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const files = await buildPage(fileURLToPath(new URL('./pages/markdown-stream-page.tsx', import.meta.url)));
  const server = await serveFiles(files);
  const browser = await launchChromium();
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const variant of variants) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript({
        content: `var __name = (target) => target; window.markdownVariant = ${JSON.stringify(variant)};`,
      });
      await page.goto(server.origin);
      await page.waitForSelector('.attune-message', { state: 'attached', timeout: 20_000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(
          (await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]),
        );
      const before = await metrics();
      const timings: StreamTimings = await page.evaluate(
        (chars) => window.streamMarkdown(chars),
        CHARS_PER_FRAME,
      );
      const after = await metrics();
      const perFrame = (...names: string[]) =>
        (names.reduce((sum, name) => sum + ((after[name] ?? 0) - (before[name] ?? 0)), 0) * 1000) /
        timings.frameMs.length;
      if (errors.length > 0) throw new Error(`${variant} page failed: ${errors.join('; ')}`);
      const maxFrameMs = Math.max(...timings.frameMs);
      const tenth = Math.max(1, Math.floor(timings.frameMs.length / 10));
      const round = (value: number) => Number(value.toFixed(1));
      rows.push({
        case: `100 KB reply, ${CHARS_PER_FRAME} chars/frame: ${variant === 'blocks' ? 'attune (blocks)' : 'whole text parsed per slice (reference)'}`,
        frames: timings.frameMs.length,
        maxFrameMs: round(maxFrameMs),
        p99FrameMs: round(percentile(timings.frameMs, 0.99)),
        p50FrameMs: round(percentile(timings.frameMs, 0.5)),
        maxRenderMs: round(Math.max(...timings.renderMs)),
        p50RenderMs: round(percentile(timings.renderMs, 0.5)),
        maxLayoutMs: round(Math.max(...timings.layoutMs)),
        p50LayoutMs: round(percentile(timings.layoutMs, 0.5)),
        // The same slice costs about as much at the end of the reply as at its start when the work is bounded.
        p50RenderFirstTenthMs: round(percentile(timings.renderMs.slice(0, tenth), 0.5)),
        p50RenderLastTenthMs: round(percentile(timings.renderMs.slice(-tenth), 0.5)),
        p50LayoutFirstTenthMs: round(percentile(timings.layoutMs.slice(0, tenth), 0.5)),
        p50LayoutLastTenthMs: round(percentile(timings.layoutMs.slice(-tenth), 0.5)),
        longFrames: timings.longFrameMs.length,
        cpuMsPerFrame: round(perFrame('ThreadTime')),
        scriptMsPerFrame: round(perFrame('ScriptDuration')),
        layoutMsPerFrame: round(perFrame('LayoutDuration', 'RecalcStyleDuration')),
        targetMs: FRAME_TARGET_MS,
        meetsTarget: maxFrameMs <= FRAME_TARGET_MS ? 'yes' : 'no',
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

printWhenRun(import.meta.url, bench);
