/**
 * `npm run bench`: runs every benchmark (each module's exported `bench()`), then writes one
 * results table to bench-results/results.json and bench-results/results.md and prints it, so
 * a regression shows as a changed number. A benchmark that is missing or fails becomes a row
 * saying so; the others still run. `--only name,name` runs a subset.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One result row; `bench` names the benchmark. */
export type ResultRow = Record<string, string | number>;

/** The benchmarks expected to exist, in the order they run: name and module (relative to this file). */
const expected: ReadonlyArray<{ name: string; module: string }> = [
  { name: 'persona', module: './persona.ts' },
  { name: 'psoups', module: './psoups.ts' },
  { name: 'alignment', module: './alignment.ts' },
  { name: 'stores', module: './stores.ts' },
  { name: 'load', module: './load.ts' },
  { name: 'bundle', module: './bundle/bundle-bench.ts' },
  { name: 'bundle-vite', module: './bundle/vite-bundle-bench.ts' },
  { name: 'render', module: './render/render-bench.ts' },
  { name: 'markdown-stream', module: './render/markdown-stream-bench.ts' },
  { name: 'pii', module: './pii.ts' },
  { name: 'knowledge-base', module: './knowledge-base.ts' },
];

/** The expected benchmarks, then any other `test/bench/*.ts` module (data helpers excepted). */
export function listBenchmarks(): Array<{ name: string; module: string }> {
  const known = new Set(expected.map(({ module }) => module));
  const others = readdirSync(fileURLToPath(new URL('./', import.meta.url)))
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.endsWith('-data.ts'))
    .map((file) => ({ name: file.replace(/\.ts$/, ''), module: `./${file}` }))
    .filter(({ module }) => !known.has(module));
  return [...expected, ...others];
}

type BenchModule = { bench?: () => ResultRow[] | Promise<ResultRow[]> };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs one benchmark; never throws. */
async function runOne(name: string, module: string): Promise<ResultRow[]> {
  const url = new URL(module, import.meta.url);
  if (!existsSync(fileURLToPath(url)))
    return [{ bench: name, status: `missing: ${module} does not exist yet` }];
  const start = performance.now();
  try {
    const loaded = (await import(url.href)) as BenchModule;
    if (typeof loaded.bench !== 'function') return [{ bench: name, status: `${module} exports no bench()` }];
    const rows = await loaded.bench();
    const seconds = Number(((performance.now() - start) / 1000).toFixed(1));
    return rows.map((row) => ({ bench: name, ...row, seconds }));
  } catch (error) {
    return [{ bench: name, status: `failed: ${reason(error)}` }];
  }
}

const cell = (value: string | number | undefined) =>
  value === undefined
    ? ''
    : String(typeof value === 'number' ? Number(value.toPrecision(6)) : value).replace(/\|/g, '\\|');

/** The rows as Markdown: one table per benchmark, with that benchmark's own columns. */
export function toMarkdown(rows: readonly ResultRow[], when: string): string {
  const sections = [`# Benchmark results\n\n${when}, Node ${process.version}\n`];
  for (const name of [...new Set(rows.map((row) => String(row.bench)))]) {
    const group = rows.filter((row) => row.bench === name);
    const columns = [...new Set(group.flatMap((row) => Object.keys(row)))].filter(
      (column) => column !== 'bench',
    );
    sections.push(
      [
        `## ${name}`,
        '',
        `| ${columns.join(' | ')} |`,
        `| ${columns.map(() => '---').join(' | ')} |`,
        ...group.map((row) => `| ${columns.map((column) => cell(row[column])).join(' | ')} |`),
        '',
      ].join('\n'),
    );
  }
  return sections.join('\n');
}

/** Runs the benchmarks (all, or those named in `only`) and writes and prints the results. */
export async function runBenchmarks(only?: readonly string[]): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const { name, module } of listBenchmarks()) {
    if (only && !only.includes(name)) continue;
    console.error(`bench: ${name}…`);
    rows.push(...(await runOne(name, module)));
  }
  const when = new Date().toISOString();
  const directory = fileURLToPath(new URL('../../bench-results/', import.meta.url));
  await mkdir(directory, { recursive: true });
  await writeFile(
    `${directory}results.json`,
    `${JSON.stringify({ when, node: process.version, rows }, null, 2)}\n`,
  );
  await writeFile(`${directory}results.md`, toMarkdown(rows, when));
  for (const name of [...new Set(rows.map((row) => String(row.bench)))]) {
    console.log(`\n${name}`);
    console.table(
      rows.filter((row) => row.bench === name).map(({ bench: _bench, heaviest: _heaviest, ...row }) => row),
    );
  }
  console.log(`\nWritten to ${directory}results.json and results.md`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--only');
  const only = flag >= 0 ? process.argv[flag + 1]?.split(',') : undefined;
  runBenchmarks(only).then(
    (rows) => {
      if (rows.some((row) => String(row.status ?? '').startsWith('failed'))) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
