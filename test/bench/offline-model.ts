// Offline model benchmark: index build time, reply latency (no pacing), time to the first
// chunk and full stream time with the default pacing, and reply length per style.
// Run alone: npx tsx test/bench/offline-model.ts [--json]
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { formatStyleBlock } from '@attune/core/alignment';
import { createOfflineModel } from '@attune/core/offline';
import { articles } from '../../examples/support-site/knowledge/articles';

/** One measurement. */
export interface OfflineModelBenchRow extends Record<string, string | number> {
  bench: 'offline-model';
  metric: string;
  value: number;
  unit: string;
  target: string;
}

const QUESTIONS = [
  'How do I reset my password?',
  'Why was my payment declined?',
  'My parcel says delivered but it is not here',
  'How long do refunds take?',
  'Can I pause Parcelwise Plus?',
  "What's the capital of France?",
];

const call = (question: string, instructions = '') => ({
  prompt: [
    ...(instructions ? [{ role: 'system' as const, content: instructions }] : []),
    { role: 'user' as const, content: [{ type: 'text' as const, text: question }] },
  ],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Rows for `npm run bench`. */
export async function bench(): Promise<OfflineModelBenchRow[]> {
  const rows: OfflineModelBenchRow[] = [];
  const row = (metric: string, value: number, unit: string, target: string) =>
    rows.push({ bench: 'offline-model', metric, value: Math.round(value * 100) / 100, unit, target });

  const builds: number[] = [];
  for (let run = 0; run < 11; run += 1) {
    const start = performance.now();
    createOfflineModel({ knowledge: articles, pacing: 0 });
    builds.push(performance.now() - start);
  }
  row(`index build (${articles.length} articles)`, median(builds), 'ms', '< 100');

  const model = createOfflineModel({ knowledge: articles, pacing: 0 });
  const latencies: number[] = [];
  for (let run = 0; run < 20; run += 1) {
    for (const question of QUESTIONS) {
      const start = performance.now();
      await model.doGenerate(call(question, formatStyleBlock({ detail: 1, expertise: -1 })));
      latencies.push(performance.now() - start);
    }
  }
  row('reply, no pacing (median)', median(latencies), 'ms', '< 5');

  const paced = createOfflineModel({ knowledge: articles });
  const start = performance.now();
  const reader = (await paced.doStream(call(QUESTIONS[0] ?? ''))).stream.getReader();
  let firstChunk = 0;
  let words = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (next.value.type !== 'text-delta') continue;
    if (firstChunk === 0) firstChunk = performance.now() - start;
    words += next.value.delta.trim().split(/\s+/).length;
  }
  const total = performance.now() - start;
  row('default pacing: first chunk', firstChunk, 'ms', '≈ 250');
  row('default pacing: words per second', words / ((total - firstChunk) / 1000), 'words/s', '≈ 40');

  for (const detail of [-1, 0, 1]) {
    const lengths: number[] = [];
    for (const question of QUESTIONS.slice(0, 5)) {
      const result = await model.doGenerate(call(question, formatStyleBlock({ detail })));
      const text = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
      lengths.push(text.split(/\s+/).length);
    }
    row(`reply words at detail ${detail} (median)`, median(lengths), 'words', detail < 0 ? '< 60' : '');
  }
  return rows;
}

async function main(argv: string[]): Promise<void> {
  const rows = await bench();
  if (argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.table(rows.map(({ bench: _, ...row }) => row));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
