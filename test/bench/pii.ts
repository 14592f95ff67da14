/**
 * PII scrubber benchmark: recall on the test corpus of personal data, false positives on its
 * look-alikes, and the time to scrub a 32 KB text (prose, and digit-heavy worst cases).
 *
 *   npx tsx test/bench/pii.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PII_TOKENS, scrubPii } from '@attune/core/server';
import { LOOK_ALIKES, PII_SAMPLES } from '../../packages/core/test/server/privacy/pii-corpus';

const SIZE = 32 * 1024;

/** Texts of `SIZE` characters: ordinary prose with numbers, then shapes that make patterns work hardest. */
const INPUTS: ReadonlyArray<[string, string]> = [
  ['prose', 'The parcel 12 left on 2024-01-15 at 09:00, call +44 20 7946 0958 or mail a@b.io. '],
  ['spaced digits', '1 '],
  ['IBAN-like groups', 'GB82 WEST 1234 '],
  ['card-like groups', '4111\u00A0'],
  ['national phones', '020 7946 0958 and '],
];

function millisecondsToScrub(text: string): number {
  scrubPii(text);
  const runs = 5;
  const start = performance.now();
  for (let run = 0; run < runs; run++) scrubPii(text);
  return (performance.now() - start) / runs;
}

/** One row for the corpus, then one per 32 KB input. */
export function bench(): Array<Record<string, string | number>> {
  const missed = PII_SAMPLES.filter(
    ({ kind, text, value }) => scrubPii(text) !== text.replace(value, PII_TOKENS[kind]),
  );
  const falsePositives = LOOK_ALIKES.filter((text) => scrubPii(text) !== text);
  const rows: Array<Record<string, string | number>> = [
    {
      case: 'corpus',
      samples: PII_SAMPLES.length,
      missed: missed.length,
      lookAlikes: LOOK_ALIKES.length,
      falsePositives: falsePositives.length,
    },
  ];
  for (const [name, unit] of INPUTS)
    rows.push({
      case: `32 KB ${name}`,
      msPer32KB: Number(
        millisecondsToScrub(unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)).toFixed(2),
      ),
    });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(bench());
