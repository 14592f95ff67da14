/**
 * Streaming render cost in Chromium: a 1,000-message thread receiving a 2,000-chunk reply,
 * Attune's <Chat> against @ai-sdk/react useChat with a plain list, fed the same chunks.
 * Reports main-thread CPU and task time per chunk (Chrome's ThreadTime and TaskDuration; task
 * time is wall clock, so a busy machine inflates it) and message components rendered
 * per chunk (React commits read through the DevTools hook). `npx tsx test/bench/render/render-bench.ts`
 */
import { fileURLToPath } from 'node:url';
import { buildPage } from '../../browser/support/build-page';
import { launchChromium } from '../../browser/support/launch-chromium';
import { serveFiles } from '../../browser/support/serve-files';
import { printWhenRun } from './print-when-run';
import { installRenderProbe, type RenderProbe } from './render-probe';
import { REPLY_CHUNKS, type RenderScenario, THREAD_LENGTH } from './scenario';

/** What one variant measured. */
export interface RenderMeasurement {
  variant: string;
  chunks: number;
  /** Main-thread CPU time per chunk (Chrome's ThreadTime), ms: robust to a busy machine. */
  mainThreadCpuMsPerChunk: number;
  /** Main-thread task time per chunk (script, style, layout, paint; wall clock), ms. */
  mainThreadMsPerChunk: number;
  /** Script time per chunk, ms. */
  scriptMsPerChunk: number;
  /** Style and layout time per chunk, ms. */
  layoutMsPerChunk: number;
  /** Message components rendered per chunk (at most 1, only the live message; `<Chat>` renders it once per frame). */
  messageRendersPerChunk: number;
  /** All components rendered per chunk. */
  componentRendersPerChunk: number;
  /** React commits per chunk. */
  commitsPerChunk: number;
  /** Wall-clock time of the whole reply, ms. */
  wallMs: number;
}

/** The pages measured: the reference last. */
export const renderVariants = {
  'attune <Chat>': './pages/attune-page.tsx',
  'attune hooks plain list': './pages/attune-hooks-page.tsx',
  'useChat plain list': './pages/use-chat-page.tsx',
} as const;

/** A variant's name. */
export type RenderVariant = keyof typeof renderVariants;

type Metrics = Record<string, number>;

/** Measures one page in a fresh Chromium: the thread mounts, then the reply streams in. */
export async function measureRender(
  variant: RenderVariant,
  scenario: RenderScenario = { threadLength: THREAD_LENGTH, replyChunks: REPLY_CHUNKS },
): Promise<RenderMeasurement> {
  const files = await buildPage(fileURLToPath(new URL(renderVariants[variant], import.meta.url)));
  const server = await serveFiles(files);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // tsx compiles helpers such as `__name` into functions; the page gets a no-op one.
    await page.addInitScript({
      content: `var __name = (target) => target; window.renderScenario = ${JSON.stringify(scenario)}; (${installRenderProbe.toString()})();`,
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
    const per = (value: number) => value / scenario.replyChunks;
    return {
      variant,
      chunks: scenario.replyChunks,
      mainThreadCpuMsPerChunk: per(delta('ThreadTime')),
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

/** Rows for `npm run bench`: one per variant, then each Attune variant's ratios to useChat. */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const results: RenderMeasurement[] = [];
  for (const variant of Object.keys(renderVariants) as RenderVariant[])
    results.push(await measureRender(variant));
  const reference = results.find((result) => result.variant === 'useChat plain list') as RenderMeasurement;
  const keys = [
    'mainThreadCpuMsPerChunk',
    'mainThreadMsPerChunk',
    'scriptMsPerChunk',
    'layoutMsPerChunk',
    'messageRendersPerChunk',
    'componentRendersPerChunk',
    'commitsPerChunk',
    'wallMs',
  ] as const;
  const round = (value: number) => Number(value.toFixed(3));
  const rows: Array<Record<string, string | number>> = results.map((result) => ({
    case: `${result.variant}: ${THREAD_LENGTH} messages + ${result.chunks}-chunk reply`,
    ...Object.fromEntries(keys.map((key) => [key, round(result[key])])),
  }));
  for (const result of results.filter((candidate) => candidate !== reference)) {
    rows.push({
      case: `ratio ${result.variant} / useChat plain list`,
      ...Object.fromEntries(keys.map((key) => [key, round(result[key] / reference[key])])),
    });
  }
  return rows;
}

printWhenRun(import.meta.url, bench);
