/**
 * Persona budgets: `npx tsx test/bench/persona.ts`. Median estimator update at 90 dimensions
 * (target ≤ 20 µs), serialized state size after many signals (target ≤ 2 KB), local detector
 * cost per KB of text (target ≤ 0.5 ms/KB).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createPersona, type Signal } from '@attune/core';
import { alignxSpace, type PersonaPrior } from '@attune/core/alignment';
import { detectAttributes } from '../../packages/core/src/detectors';
import { updateEstimate } from '../../packages/core/src/persona/estimator';
import { STYLE_AXES, type Style } from '../../packages/core/src/style/style';

let seed = 3;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const randomStyle = (): Style => Object.fromEntries(STYLE_AXES.map((axis) => [axis, random() * 2 - 1]));

const SENTENCES = [
  'Thanks so much for reaching out, I totally understand how frustrating this must be!',
  'The configuration parameter controls the asynchronous replication interval of the cluster.',
  '- Step one: open the settings.\n- Step two: choose Privacy.\n- Step three: save.',
  "Haha, that's a classic one 😂 let's fix it together.",
  'Please be careful: consult a professional before changing the wiring.',
  'Photosynthesis converts light energy into chemical energy stored in glucose molecules.',
  'No.',
  'Our travel guide covers hotels, flights and the best local restaurants for your trip.',
];
const randomText = (sentences: number) =>
  Array.from({ length: sentences }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]).join(' ');

/** Median cost of the estimator update alone (features known), 90 dimensions, all non-zero. */
function updateMicros(): number {
  const size = alignxSpace.dimensions.length;
  const estimate = {
    mean: new Float64Array(size),
    variance: new Float64Array(size).fill(1),
    pinned: new Float64Array(size).fill(Number.NaN),
  };
  const moved = new Float64Array(size);
  const samples: number[] = [];
  for (let round = 0; round < 200; round += 1) {
    const x = Float64Array.from({ length: size }, () => random() * 2 - 1);
    const start = performance.now();
    for (let i = 0; i < 100; i += 1) updateEstimate(estimate, x, 1, 1, moved);
    samples.push(((performance.now() - start) * 1000) / 100);
  }
  return median(samples);
}

/** A prior with one population factor loading on every dimension (the factor's worst case). */
const factorPrior = (): PersonaPrior => ({
  factors: [{ loadings: Object.fromEntries(alignxSpace.dimensions.map((d) => [d.id, random() * 2 - 1])) }],
});

/** Median cost of `persona.observe` for a comparison with known styles (no text detection). */
function observeMicros(prior?: PersonaPrior): number {
  const persona = createPersona({ prior, detect: detectAttributes });
  const samples: number[] = [];
  for (let i = 0; i < 2000; i += 1) {
    const signal: Signal = {
      kind: 'comparison',
      at: i,
      prompt: 'p',
      chosen: 'a',
      rejected: 'b',
      chosenStyle: randomStyle(),
      rejectedStyle: randomStyle(),
    };
    const start = performance.now();
    persona.observe(signal);
    samples.push((performance.now() - start) * 1000);
  }
  return median(samples.slice(200));
}

/** Serialized state size after 200 mixed signals (texts are not stored in state). */
function stateBytes(prior?: PersonaPrior): number {
  const persona = createPersona({ prior, detect: detectAttributes });
  for (let i = 0; i < 200; i += 1) {
    const kind = i % 4;
    if (kind === 0)
      persona.observe({
        kind: 'comparison',
        at: Date.now(),
        prompt: 'p',
        chosen: randomText(3),
        rejected: randomText(2),
      });
    else if (kind === 1)
      persona.observe({
        kind: 'rating',
        at: Date.now(),
        text: randomText(2),
        rating: random() < 0.5 ? 'up' : 'down',
      });
    else if (kind === 2) persona.observe({ kind: 'user-text', at: Date.now(), text: randomText(1) });
    else
      persona.set(alignxSpace.dimensions[Math.floor(random() * 90)]?.id ?? 'play', random(), {
        pinned: random() < 0.2,
      });
  }
  return new TextEncoder().encode(JSON.stringify(persona.toJSON())).length;
}

/** Median detector cost per KB over varied texts (after a warm-up pass). */
function detectorMillisPerKb(): number {
  const texts = Array.from({ length: 400 }, () => randomText(1 + Math.floor(random() * 12)));
  for (const text of texts) detectAttributes(text, alignxSpace);
  const samples = texts.map((text) => {
    const start = performance.now();
    for (let i = 0; i < 5; i += 1) detectAttributes(text, alignxSpace);
    return (performance.now() - start) / 5 / (new TextEncoder().encode(text).length / 1024);
  });
  return median(samples);
}

/** Benchmark rows for `npm run bench`. */
export function bench(): Array<Record<string, string | number>> {
  return [
    { bench: 'persona', metric: 'update median (µs, 90 dims)', value: updateMicros(), target: '≤ 20' },
    {
      bench: 'persona',
      metric: 'observe comparison with styles, median (µs)',
      value: observeMicros(),
      target: '—',
    },
    {
      bench: 'persona',
      metric: 'observe comparison with styles, 1-factor prior, median (µs)',
      value: observeMicros(factorPrior()),
      target: '≤ 20',
    },
    { bench: 'persona', metric: 'state after 200 signals (bytes)', value: stateBytes(), target: '≤ 2048' },
    {
      bench: 'persona',
      metric: 'state after 200 signals, 1-factor prior (bytes)',
      value: stateBytes(factorPrior()),
      target: '≤ 2048',
    },
    {
      bench: 'persona',
      metric: 'detectAttributes median (ms per KB)',
      value: detectorMillisPerKb(),
      target: '≤ 0.5',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(bench());
