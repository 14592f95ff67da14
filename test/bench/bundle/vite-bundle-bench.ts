/**
 * The bundle targets of bundle-bench.ts built as a consumer app would build them: with Vite
 * (Rolldown, its default minifier, code splitting, React external). Reports first-load JS and
 * the JS fetched before the first reply (min+gz) beside the esbuild figures' budgets.
 * `npm run bench -- --only bundle-vite`
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { budgets, firstReplyBudgets } from './bundle-bench';
import { bundleTargets, external, FIRST_REPLY_MODULES, workspaceSources } from './bundle-config.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const isExternal = (id: string) =>
  external.some((name) => (name.endsWith('/*') ? id.startsWith(name.slice(0, -1)) : id === name));

/** Builds one target with Vite and sums its first-load and first-reply chunks (min+gz). */
export async function measureWithVite(target: keyof typeof bundleTargets) {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: {
      alias: Object.entries(workspaceSources).map(([find, path]) => ({
        find: new RegExp(`^${find.replace('/', '\\/')}$`),
        replacement: `${root}${path}`,
      })),
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: `${root}test/bench/bundle/entries/${target}.tsx`,
        external: isExternal,
        preserveEntrySignatures: 'strict',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const reach = (name: string, into: Set<string>): Set<string> => {
    if (into.has(name)) return into;
    into.add(name);
    for (const imported of byName.get(name)?.imports ?? []) reach(imported, into);
    return into;
  };
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error(`No entry chunk for ${target}`);
  const firstLoad = reach(entry.fileName, new Set());
  const firstReply = new Set(firstLoad);
  for (const chunk of chunks) {
    if (chunk.facadeModuleId && FIRST_REPLY_MODULES.test(chunk.facadeModuleId))
      reach(chunk.fileName, firstReply);
  }
  const gzip = (names: Set<string>) =>
    [...names].reduce((sum, name) => sum + gzipSync(byName.get(name)?.code ?? '', { level: 9 }).length, 0);
  return { target, firstLoadGzipBytes: gzip(firstLoad), firstReplyGzipBytes: gzip(firstReply) };
}

/** Rows for `npm run bench`: Vite-built first load and first reply in kB, with their budgets. */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));
  const rows: Array<Record<string, string | number>> = [];
  for (const target of Object.keys(bundleTargets) as Array<keyof typeof bundleTargets>) {
    const size = await measureWithVite(target);
    const budget = budgets[target];
    const replyBudget = firstReplyBudgets[target];
    rows.push({
      bench: 'bundle-vite',
      case: `${target}: ${bundleTargets[target]} (Vite consumer build)`,
      firstLoadGzKB: kB(size.firstLoadGzipBytes),
      budgetKB: budget === undefined ? '-' : kB(budget),
      firstReplyGzKB: kB(size.firstReplyGzipBytes),
      firstReplyBudgetKB: replyBudget === undefined ? '-' : kB(replyBudget),
      firstReplyOverBudgetKB:
        replyBudget === undefined ? '-' : kB(Math.max(0, size.firstReplyGzipBytes - replyBudget)),
    });
  }
  return rows;
}
