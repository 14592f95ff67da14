/**
 * Synthetic held-out files in the P-Soups format about other preference dimensions than the dev
 * file (`expertise`: expert vs. plain-words replies; `length`: concise vs. detailed replies;
 * `warmth`: warm vs. curt replies, each padded with 0–3 neutral sentences at random, so that
 * length says nothing there),
 * each with a majority and a minority type of user (70 / 30 %) and 10 % of choices flipped, so
 * that nothing tuned to the dev file's two groups can pass unnoticed. Deterministic per seed.
 * `npx tsx test/bench/synthetic-psoups-data.ts <expertise|length|warmth> <out.json>` writes one.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../packages/core/src/numeric/seeded-random';

/** The dimensions a synthetic file can be about. */
export const SYNTHETIC_DIMENSIONS = ['expertise', 'length', 'warmth'] as const;
export type SyntheticDimension = (typeof SYNTHETIC_DIMENSIONS)[number];

const TOPICS = [
  ['how a refrigerator keeps food cold', 'refrigerant', 'compressor', 'the cold box'],
  [
    'why the sky is blue',
    'Rayleigh scattering',
    'wavelength-dependent scattering',
    'sunlight bouncing around',
  ],
  ['how vaccines work', 'antigen presentation', 'adaptive immunity', 'a practice run for your body'],
  ['what inflation is', 'monetary debasement', 'aggregate price indices', 'prices creeping up'],
  [
    'how a search engine ranks pages',
    'link-graph centrality',
    'relevance scoring',
    'which pages get picked first',
  ],
  ['why bread rises', 'yeast fermentation', 'carbon dioxide production', 'tiny bubbles puffing it up'],
  ['how batteries store energy', 'electrochemical potential', 'redox reactions', 'a little tank of push'],
  ['what a mortgage is', 'amortization schedules', 'collateralized lending', 'a long loan for a house'],
  [
    'how noise-cancelling headphones work',
    'destructive interference',
    'phase inversion',
    'sound that erases sound',
  ],
  ['why leaves change colour', 'chlorophyll degradation', 'carotenoid visibility', 'the green fading away'],
  [
    'how GPS finds your position',
    'trilateration',
    'satellite ephemeris data',
    'measuring distance to satellites',
  ],
  [
    'what compound interest is',
    'exponential accrual',
    'periodic capitalization',
    'interest earning interest',
  ],
  ['how a plane stays in the air', 'aerodynamic lift', 'pressure differentials', 'air pushing the wings up'],
  ['why we need sleep', 'synaptic homeostasis', 'glymphatic clearance', 'the brain tidying up'],
  [
    'how encryption protects messages',
    'asymmetric cryptography',
    'key exchange protocols',
    'a lock only you can open',
  ],
  ['what causes earthquakes', 'tectonic plate subduction', 'elastic rebound', 'big slabs of ground slipping'],
] as const;

const OPENERS = ['', 'Sure! ', 'Good question. ', 'Happy to help. ', 'Okay, ', ''];

/** Neutral sentences that pad a `warmth` reply, so its length is noise. */
const PADDING = [
  'This holds in most everyday situations.',
  'The details vary from case to case.',
  'It has been studied for a long time.',
  'The same idea shows up in other places too.',
];

type Topic = (typeof TOPICS)[number];

/** The two replies of a pair: `a` is the pole the majority prefers. */
function replies(
  dimension: SyntheticDimension,
  topic: Topic,
  random: () => number,
): { a: string; b: string } {
  const [subject, term, mechanism, plain] = topic;
  const opener = () => OPENERS[Math.floor(random() * OPENERS.length)] ?? '';
  if (dimension === 'warmth') {
    const pad = () =>
      Array.from(
        { length: Math.floor(random() * 4) },
        () => PADDING[Math.floor(random() * PADDING.length)],
      ).join(' ');
    return {
      a: `Oh, great question, thanks! ${subject[0]?.toUpperCase()}${subject.slice(1)} comes down to ${plain}. ${pad()} Hope that helps, have a lovely day!`,
      b: `${subject[0]?.toUpperCase()}${subject.slice(1)} comes down to ${plain}. ${pad()} That is all. I will not explain it again, so do not ask.`,
    };
  }
  if (dimension === 'expertise') {
    return {
      a: `${opener()}Think of ${subject} as ${plain}. It is simple: one thing pushes, another thing follows, and you get the result you see every day. No need for big words here.`,
      b: `${opener()}${subject[0]?.toUpperCase()}${subject.slice(1)} is characterized by ${term}, fundamentally governed by ${mechanism}; quantitatively, the phenomenon emerges from interdependent physical or institutional mechanisms whose parameterization determines observable equilibrium behaviour.`,
    };
  }
  return {
    a: `${opener()}In short: ${plain}.`,
    b: `${opener()}Here is the fuller picture of ${subject}. The key idea is ${plain}, which specialists call ${term}. It works through ${mechanism}, step by step. First, conditions are set up; then the process runs; finally you see the effect. There are exceptions and edge cases, and it helps to know them when you dig deeper. If you want, I can go through an example in detail.`,
  };
}

/** Writes nothing; returns `cases` users of the file about `dimension`, in the P-Soups format. */
export function syntheticPsoups(dimension: SyntheticDimension, cases = 600, seed = 7): unknown[] {
  const random = seededRandom(seed);
  return Array.from({ length: cases }, () => {
    const minority = random() < 0.3;
    const pair = () => {
      const topic = TOPICS[Math.floor(random() * TOPICS.length)] as Topic;
      const { a, b } = replies(dimension, topic, random);
      const prefersA = minority !== random() < 0.9;
      return { prompt: `Explain ${topic[0]}.`, chosen: prefersA ? a : b, rejected: prefersA ? b : a };
    };
    const held = pair();
    return {
      ...held,
      ground_truth_persona: minority ? 'minority type' : 'majority type',
      'Pair-wise Comparative Feedback': [pair(), pair(), pair(), pair()],
    };
  });
}

/** Writes the synthetic file about `dimension` to `path`. */
export function writeSyntheticPsoups(dimension: SyntheticDimension, path: string): void {
  writeFileSync(path, JSON.stringify(syntheticPsoups(dimension)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dimension, out] = process.argv.slice(2);
  if (!SYNTHETIC_DIMENSIONS.includes(dimension as SyntheticDimension) || !out) {
    console.error(
      `usage: npx tsx test/bench/synthetic-psoups-data.ts <${SYNTHETIC_DIMENSIONS.join('|')}> <out.json>`,
    );
    process.exit(2);
  }
  writeSyntheticPsoups(dimension as SyntheticDimension, out);
}
