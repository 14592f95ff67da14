/**
 * Streaming render cost in Chromium: a 1,000-message thread receiving a 2,000-chunk reply,
 * Attune's <Chat> against @ai-sdk/react useChat with a plain list, fed the same chunks.
 * Reports main-thread time per chunk (Chrome's TaskDuration) and message components rendered
 * per chunk (React commits read through the DevTools hook). `npx tsx test/bench/render/render-bench.ts`
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPage } from '../../browser/support/build-page';
import { launchChromium } from '../../browser/support/launch-chromium';
import { serveFiles } from '../../browser/support/serve-files';
import { installRenderProbe, type RenderProbe } from './render-probe';
import { REPLY_CHUNKS, THREAD_LENGTH } from './scenario';

/** What one variant measured. */
export interface RenderMeasurement {
  variant: string;
  chunks: number;
  /** Main-thread task time per chunk (script, style, layout, paint), ms. */
  mainThreadMsPerChunk: number;
  /** Script time per chunk, ms. */
  scriptMsPerChunk: number;
  /** Style and layout time per chunk, ms. */
  layoutMsPerChunk: number;
  /** Message components rendered per chunk (ideally 1: only the live message). */
  messageRendersPerChunk: number;
  /** All components rendered per chunk. */
  componentRendersPerChunk: number;
  /** React commits per chunk. */
  commitsPerChunk: number;
  /** Wall-clock time of the whole reply, ms. */
  wallMs: number;
}

const variants = [
  { variant: 'attune <Chat>', page: './pages/attune-page.tsx' },
  { variant: 'useChat plain list', page: './pages/use-chat-page.tsx' },
];

type Metrics = Record<string, number>;

/** Measures one page in a fresh Chromium tab. */
async function measure(variant: string, entry: string): Promise<RenderMeasurement> {
  const files = await buildPage(fileURLToPath(new URL(entry, import.meta.url)));
  const server = await serveFiles(files);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // tsx compiles helpers such as `__name` into functions; the page gets a no-op one.
    await page.addInitScript({
      content: `var __name = (target) => target; (${installRenderProbe.toString()})();`,
    });
    await page.goto(server.origin);
    await page
      .waitForFunction(() => typeof window.runReply === 'function', undefined, { timeout: 20_000 })
      .catch((error: unknown) => {
        throw new Error(`${variant} page did not start: ${errors.join('; ') || String(error)}`);
      });
    // Let the thread mount and settle before measuring.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<Metrics> => {
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
    };
    const before = await metrics();
    const wallMs = await page.evaluate(async () => {
      const probe = window.__renderProbe;
      probe.reset();
      probe.counting = true;
      const start = performance.now();
      await window.runReply();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      probe.counting = false;
      return performance.now() - start;
    });
    const after = await metrics();
    const probe = await page.evaluate(() => {
      const { commits, messageRenders, componentRenders } = window.__renderProbe as RenderProbe;
      return { commits, messageRenders, componentRenders };
    });
    if (errors.length > 0) throw new Error(`${variant} page failed: ${errors.join('; ')}`);
    const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    const per = (value: number) => value / REPLY_CHUNKS;
    return {
      variant,
      chunks: REPLY_CHUNKS,
      mainThreadMsPerChunk: per(delta('TaskDuration')),
      scriptMsPerChunk: per(delta('ScriptDuration')),
      layoutMsPerChunk: per(delta('LayoutDuration') + delta('RecalcStyleDuration')),
      messageRendersPerChunk: per(probe.messageRenders),
      componentRendersPerChunk: per(probe.componentRenders),
      commitsPerChunk: per(probe.commits),
      wallMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Rows for `npm run bench`: one per variant, then Attune's ratios to the reference. */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const results: RenderMeasurement[] = [];
  for (const { variant, page } of variants) results.push(await measure(variant, page));
  const [attune, reference] = results as [RenderMeasurement, RenderMeasurement];
  const round = (value: number, digits = 3) => Number(value.toFixed(digits));
  const rows: Array<Record<string, string | number>> = results.map((result) => ({
    bench: 'render',
    case: `${result.variant}: ${THREAD_LENGTH} messages + ${result.chunks}-chunk reply`,
    mainThreadMsPerChunk: round(result.mainThreadMsPerChunk),
    scriptMsPerChunk: round(result.scriptMsPerChunk),
    layoutMsPerChunk: round(result.layoutMsPerChunk),
    messageRendersPerChunk: round(result.messageRendersPerChunk),
    componentRendersPerChunk: round(result.componentRendersPerChunk, 1),
    commitsPerChunk: round(result.commitsPerChunk),
    wallMs: Math.round(result.wallMs),
  }));
  rows.push({
    bench: 'render',
    case: 'ratio attune / useChat',
    mainThreadMsPerChunk: round(attune.mainThreadMsPerChunk / reference.mainThreadMsPerChunk),
    scriptMsPerChunk: round(attune.scriptMsPerChunk / reference.scriptMsPerChunk),
    layoutMsPerChunk: round(attune.layoutMsPerChunk / reference.layoutMsPerChunk),
    messageRendersPerChunk: round(attune.messageRendersPerChunk / reference.messageRendersPerChunk),
    componentRendersPerChunk: round(attune.componentRendersPerChunk / reference.componentRendersPerChunk),
    commitsPerChunk: round(attune.commitsPerChunk / reference.commitsPerChunk),
    wallMs: round(attune.wallMs / reference.wallMs),
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  bench().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
