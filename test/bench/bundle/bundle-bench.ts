/**
 * First-load JS of (a) a drop-in <Chat>, (b) the headless core with hooks, and (c) a bare
 * @ai-sdk/react useChat page, all built with the one configuration in bundle-config.mjs
 * (min+gz, React external, code splitting): first-load is the entry and every chunk it imports
 * statically. Also reports the JS fetched before the first reply against its budgets, what each
 * target's lazy chunks add, its heaviest inputs, and (d) the floor any engine on the AI SDK's
 * AbstractChat pays. `npx tsx test/bench/bundle/bundle-bench.ts`
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { bundleConfig, bundleTargets, FIRST_REPLY_MODULES } from './bundle-config.mjs';

/** The budgets for first-load JS, in bytes (min+gz); the reference has none. */
export const budgets: Record<string, number | undefined> = { chat: 50_000, headless: 30_000 };

/** Budgets for the JS fetched before the first reply (see `firstReplyGzipBytes`), in bytes (min+gz). */
export const firstReplyBudgets: Record<string, number | undefined> = { chat: 100_000, headless: 70_000 };

/** One target's sizes. */
export interface BundleSize {
  target: string;
  description: string;
  minBytes: number;
  gzipBytes: number;
  /** What the lazy chunks add (min+gz), loaded only when used. */
  lazyGzipBytes: number;
  /**
   * First load plus the chunks every first reply needs, fetched in the background right after
   * it: the chat engine (AbstractChat and the rest of the `ai` module), the text detectors and
   * the markdown renderer (min+gz). Code highlighting is left out: it loads with the first code block.
   */
  firstReplyGzipBytes: number;
  /** The five largest inputs of the first-load bundle (minified bytes). */
  heaviest: Array<{ input: string; bytes: number }>;
}

const HEAVY = Number(process.env.HEAVY ?? 5);
const gzipSize = (contents: Uint8Array | string) => gzipSync(contents, { level: 9 }).length;
const shortInput = (input: string) => input.replace(/^.*node_modules\//, '').replace(/^.*\/work\/main\//, '');

/** Builds one target with the shared configuration and splits its output into first-load and lazy. */
export async function measureTarget(target: keyof typeof bundleTargets): Promise<BundleSize> {
  const result = await esbuild.build({ ...bundleConfig(target), write: false });
  const outputs = result.metafile?.outputs ?? {};
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
  if (!entry) throw new Error(`No entry output for ${target}`);
  /** `path` and every chunk it imports statically. */
  const reach = (path: string, into = new Set<string>()): Set<string> => {
    if (into.has(path)) return into;
    into.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) reach(imported.path, into);
    }
    return into;
  };
  const firstLoad = reach(entry);
  const firstReply = new Set(firstLoad);
  for (const [path, output] of Object.entries(outputs)) {
    if (output.entryPoint && FIRST_REPLY_MODULES.test(output.entryPoint)) reach(path, firstReply);
  }
  const size = { minBytes: 0, gzipBytes: 0, lazyGzipBytes: 0, firstReplyGzipBytes: 0 };
  for (const file of result.outputFiles ?? []) {
    const path = Object.keys(outputs).find((output) => file.path.endsWith(output));
    const gzip = gzipSize(file.contents);
    if (path && firstReply.has(path)) size.firstReplyGzipBytes += gzip;
    if (path && firstLoad.has(path)) {
      size.minBytes += file.contents.length;
      size.gzipBytes += gzip;
    } else {
      size.lazyGzipBytes += gzip;
    }
  }
  const heaviest = [...firstLoad]
    .flatMap((path) => Object.entries(outputs[path]?.inputs ?? {}))
    .map(([input, { bytesInOutput }]) => ({ input: shortInput(input), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, HEAVY);
  return { target, description: bundleTargets[target], ...size, heaviest };
}

/** Rows for `npm run bench`: sizes in kB, the budget, and each target's ratio to useChat. */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const targets = Object.keys(bundleTargets) as Array<keyof typeof bundleTargets>;
  const sizes = await Promise.all(targets.map(measureTarget));
  const reference = sizes.find((size) => size.target === 'use-chat');
  const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));
  return sizes.map((size) => {
    const budget = budgets[size.target];
    const replyBudget = firstReplyBudgets[size.target];
    return {
      bench: 'bundle',
      case: `${size.target}: ${size.description}`,
      firstLoadGzKB: kB(size.gzipBytes),
      firstLoadMinKB: kB(size.minBytes),
      lazyGzKB: kB(size.lazyGzipBytes),
      firstReplyGzKB: kB(size.firstReplyGzipBytes),
      budgetKB: budget === undefined ? '-' : kB(budget),
      overBudgetKB: budget === undefined ? '-' : kB(Math.max(0, size.gzipBytes - budget)),
      firstReplyBudgetKB: replyBudget === undefined ? '-' : kB(replyBudget),
      firstReplyOverBudgetKB:
        replyBudget === undefined ? '-' : kB(Math.max(0, size.firstReplyGzipBytes - replyBudget)),
      ratioToUseChat: reference ? Number((size.gzipBytes / reference.gzipBytes).toFixed(2)) : '-',
      heaviest: size.heaviest.map(({ input, bytes }) => `${input} ${kB(bytes)}`).join('; '),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  bench().then(
    (rows) => console.table(rows.map(({ heaviest, ...row }) => row)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
