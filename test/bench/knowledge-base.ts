// Runs the knowledge-base evaluation (`knowledge-data.ts`) against the offline model:
// which document answered each question (its first source part) and which were declined.
import { performance } from 'node:perf_hooks';
import { createOfflineModel, type KnowledgeDocument } from '@attune/core/offline';
import { articles } from '../../examples/support-site/knowledge/articles';
import { seededRandom } from '../../packages/core/src/numeric/seeded-random';
import { type KnowledgeQuestion, offTopicQuestions, siteQuestions, smallBases } from './knowledge-data';

/** The outcome of one question. */
export interface QuestionOutcome {
  question: string;
  /** Ids of the documents that answer it; empty for an off-topic question. */
  expected: readonly string[];
  /** The id of the document the reply drew on first, or `undefined` for a no-answer reply. */
  answeredFrom: string | undefined;
  correct: boolean;
}

/** The outcomes on one knowledge base. */
export interface BaseEvaluation {
  name: string;
  documents: number;
  tuned: QuestionOutcome[];
  heldOut: QuestionOutcome[];
  offTopic: QuestionOutcome[];
}

async function ask(
  model: ReturnType<typeof createOfflineModel>,
  question: string,
): Promise<string | undefined> {
  const result = await model.doGenerate({
    prompt: [{ role: 'user', content: [{ type: 'text', text: question }] }],
  });
  const source = result.content.find((part) => part.type === 'source');
  return source?.id;
}

async function evaluateBase(
  name: string,
  documents: readonly KnowledgeDocument[],
  questions: readonly KnowledgeQuestion[],
  offTopic: readonly string[],
): Promise<BaseEvaluation> {
  const model = createOfflineModel({ knowledge: documents, pacing: 0 });
  const outcome = async (question: string, expected: readonly string[]): Promise<QuestionOutcome> => {
    const answeredFrom = await ask(model, question);
    const correct =
      expected.length === 0 ? answeredFrom === undefined : expected.includes(answeredFrom ?? '');
    return { question, expected, answeredFrom, correct };
  };
  const answered = await Promise.all(questions.map((entry) => outcome(entry.question, entry.answers)));
  return {
    name,
    documents: documents.length,
    tuned: answered.filter((_, position) => !questions[position]?.heldOut),
    heldOut: answered.filter((_, position) => questions[position]?.heldOut),
    offTopic: await Promise.all(offTopic.map((question) => outcome(question, []))),
  };
}

/** Everyday words that unrelated articles share with the site's (so rare words become common). */
const SHARED_WORDS = (
  'order product time customer help week day account service team email price item delivery ' +
  'return change payment card home store online app support update new free open number'
).split(' ');

/**
 * `count` unrelated filler articles (seeded, so always the same): invented topic words plus
 * everyday words shop articles share, to grow a base to thousands of documents.
 */
export function fillerDocuments(count: number, seed = 16): KnowledgeDocument[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'zor', 'pel', 'dri', 'quo', 'nix', 'bam'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
  const topics = Array.from({ length: 4000 }, word);
  return Array.from({ length: count }, (_, index) => {
    const own = Array.from({ length: 6 }, () => pick(topics));
    const sentence = () =>
      `${Array.from({ length: 10 }, () => (random() < 0.25 ? pick(SHARED_WORDS) : pick(own))).join(' ')}.`;
    return {
      id: `filler-${index}`,
      title: `${own[0]} ${own[1]}`,
      body: Array.from({ length: 4 }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n'),
    };
  });
}

/** Evaluates the site's knowledge base and the small bases. */
export async function evaluateKnowledge(): Promise<BaseEvaluation[]> {
  return [
    await evaluateBase(
      `support site (${articles.length} articles)`,
      articles,
      siteQuestions,
      offTopicQuestions,
    ),
    ...(await Promise.all(
      smallBases.map((base) => evaluateBase(base.name, base.documents, base.questions, base.offTopic)),
    )),
  ];
}

/** Share of correct outcomes, in [0, 1] (1 for none). */
export const accuracy = (outcomes: readonly QuestionOutcome[]): number =>
  outcomes.length === 0 ? 1 : outcomes.filter((outcome) => outcome.correct).length / outcomes.length;

/** One row of the knowledge-base benchmark. */
export interface KnowledgeBenchRow extends Record<string, string | number> {
  bench: 'knowledge-base';
  metric: string;
  value: number;
  unit: string;
  target: string;
}

/** Rows for `npm run bench`: top-1 article accuracy (tuned and held-out halves) and off-topic declines. */
export async function bench(): Promise<KnowledgeBenchRow[]> {
  const percent = (value: number) => Math.round(value * 1000) / 10;
  return (await evaluateKnowledge())
    .flatMap((base) => [
      {
        bench: 'knowledge-base' as const,
        metric: `${base.name}: top-1 article, tuned questions (${base.tuned.length})`,
        value: percent(accuracy(base.tuned)),
        unit: '%',
        target: '≥ 95',
      },
      {
        bench: 'knowledge-base' as const,
        metric: `${base.name}: top-1 article, held-out questions (${base.heldOut.length})`,
        value: percent(accuracy(base.heldOut)),
        unit: '%',
        target: '≥ 95',
      },
      {
        bench: 'knowledge-base' as const,
        metric: `${base.name}: off-topic questions declined (${base.offTopic.length})`,
        value: percent(accuracy(base.offTopic)),
        unit: '%',
        target: '100',
      },
    ])
    .concat(await largeBaseRows());
}

/** The site's articles among 9,964 filler articles (10,000 documents): accuracy, declines, build and reply time. */
async function largeBaseRows(): Promise<KnowledgeBenchRow[]> {
  const documents = [...articles, ...fillerDocuments(10_000 - articles.length)];
  const start = performance.now();
  const model = createOfflineModel({ knowledge: documents, pacing: 0 });
  const build = performance.now() - start;
  const timings: number[] = [];
  const outcome = async (question: string, expected: readonly string[]) => {
    const asked = performance.now();
    const answeredFrom = await ask(model, question);
    timings.push(performance.now() - asked);
    return expected.length === 0 ? answeredFrom === undefined : expected.includes(answeredFrom ?? '');
  };
  const answered: boolean[] = [];
  for (const entry of siteQuestions) answered.push(await outcome(entry.question, entry.answers));
  const declined: boolean[] = [];
  for (const question of offTopicQuestions) declined.push(await outcome(question, []));
  const share = (values: boolean[]) =>
    Math.round((values.filter(Boolean).length / values.length) * 1000) / 10;
  const median = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? 0;
  const row = (metric: string, value: number, unit: string, target: string): KnowledgeBenchRow => ({
    bench: 'knowledge-base',
    metric: `10,000 documents: ${metric}`,
    value: Math.round(value * 10) / 10,
    unit,
    target,
  });
  return [
    row(`top-1 article, all site questions (${siteQuestions.length})`, share(answered), '%', '≥ 95'),
    row(`off-topic questions declined (${offTopicQuestions.length})`, share(declined), '%', '100'),
    row('index build', build, 'ms', ''),
    row('reply, no pacing (median)', median, 'ms', '< 100'),
  ];
}
