// Runs the knowledge-base evaluation (`knowledge-*-data.ts`, each set reported on its own) against the offline model:
// which document answered each question (its first source part) and which were declined.
// The blind sets (`knowledge-blind-data.ts` … `knowledge-blind4-data.ts`) are reported on rows of their own,
// without a target. The first three have since been read and worked on (dev sets now):
// `KNOWLEDGE_MISSES=1 npm run bench -- --only knowledge-base` prints which of a dev set's questions miss. A set
// still blind (`dev: false`, the fourth) is reported as counts only, never which question missed.
import { performance } from 'node:perf_hooks';
import { createOfflineModel, type KnowledgeDocument } from '@attune/core/offline';
import { articles } from '../../examples/support-site/knowledge/articles';
import { seededRandom } from '../../packages/core/src/numeric/seeded-random';
import { blindOffTopicQuestions, blindSiteQuestions, blindSmallBases } from './knowledge-blind-data';
import { blind2OffTopicQuestions, blind2SiteQuestions, blind2SmallBases } from './knowledge-blind2-data';
import { blind3OffTopicQuestions, blind3SiteQuestions, blind3SmallBases } from './knowledge-blind3-data';
import { blind4OffTopicQuestions, blind4SiteQuestions, blind4SmallBases } from './knowledge-blind4-data';
import {
  type AnsweredQuestion,
  type KnowledgeQuestion,
  offTopicQuestions,
  type SmallBase,
  siteQuestions,
  smallBases,
} from './knowledge-data';
import {
  itDeskDocuments,
  itDeskOffTopicQuestions,
  itDeskQuestions,
  vetDocuments,
  vetOffTopicQuestions,
  vetQuestions,
} from './knowledge-domains-data';
import { energyDocuments, energyOffTopicQuestions, energyQuestions } from './knowledge-energy-data';
import {
  appDocuments,
  appOffTopicQuestions,
  appQuestions,
  freshOffTopicQuestions,
  freshSiteQuestions,
} from './knowledge-fresh-data';
import { lastOffTopicQuestions, lastSiteQuestions } from './knowledge-last-data';
import {
  precisionAppOffTopic,
  precisionEnergyOffTopic,
  precisionGeneralOffTopic,
  precisionShopOffTopic,
  precisionSiteQuestions,
} from './knowledge-precision-data';
import { robustnessOffTopicQuestions, robustnessSiteQuestions } from './knowledge-robustness-data';
import { unseenOffTopicQuestions, unseenSiteQuestions } from './knowledge-unseen-data';

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
  /** The second held-out set (`knowledge-unseen-data.ts`), never tuned on; empty for small bases. */
  unseen: QuestionOutcome[];
  offTopic: QuestionOutcome[];
  /** Off-topic questions of the second held-out set. */
  unseenOffTopic: QuestionOutcome[];
  /** The third set (`knowledge-robustness-data.ts`, a dev set): long messages, typos, spelling; empty for small bases. */
  robustness: QuestionOutcome[];
  /** Off-topic questions of the third set, sharing the shop's everyday words. */
  robustnessOffTopic: QuestionOutcome[];
  /** The fourth set (`knowledge-fresh-data.ts`), never tuned on. */
  fresh: QuestionOutcome[];
  /** Off-topic questions of the fourth set. */
  freshOffTopic: QuestionOutcome[];
  /** The last set (`knowledge-last-data.ts`), written after every change and measured once. */
  last: QuestionOutcome[];
  /** Off-topic questions of the last set. */
  lastOffTopic: QuestionOutcome[];
  /** A blind set (`knowledge-blind*-data.ts`): a measuring stick, never a gate. */
  blind: QuestionOutcome[];
  /** Off-topic questions of a blind set. */
  blindOffTopic: QuestionOutcome[];
}

/** The questions one base is evaluated with. */
interface QuestionSet {
  questions: readonly KnowledgeQuestion[];
  offTopic: readonly string[];
  unseen?: readonly AnsweredQuestion[];
  unseenOffTopic?: readonly string[];
  robustness?: readonly AnsweredQuestion[];
  robustnessOffTopic?: readonly string[];
  fresh?: readonly AnsweredQuestion[];
  freshOffTopic?: readonly string[];
  last?: readonly AnsweredQuestion[];
  lastOffTopic?: readonly string[];
  blind?: readonly KnowledgeQuestion[];
  blindOffTopic?: readonly string[];
}

/** The site's questions: both halves, the unseen set, the robustness set and their off-topic sets. */
const siteQuestionSet: QuestionSet = {
  questions: siteQuestions,
  offTopic: offTopicQuestions,
  unseen: unseenSiteQuestions,
  unseenOffTopic: unseenOffTopicQuestions,
  robustness: robustnessSiteQuestions,
  robustnessOffTopic: robustnessOffTopicQuestions,
  fresh: freshSiteQuestions,
  freshOffTopic: freshOffTopicQuestions,
  last: lastSiteQuestions,
  lastOffTopic: lastOffTopicQuestions,
};

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
  set: QuestionSet,
  model = createOfflineModel({ knowledge: documents, pacing: 0 }),
  timings: number[] = [],
): Promise<BaseEvaluation> {
  // One question at a time, so that the timings measure one reply each.
  const outcomes = async (entries: readonly AnsweredQuestion[]) => {
    const result: QuestionOutcome[] = [];
    for (const { question, answers: expected } of entries) {
      const asked = performance.now();
      const answeredFrom = await ask(model, question);
      timings.push(performance.now() - asked);
      const correct =
        expected.length === 0 ? answeredFrom === undefined : expected.includes(answeredFrom ?? '');
      result.push({ question, expected, answeredFrom, correct });
    }
    return result;
  };
  const declined = (questions: readonly string[]) =>
    outcomes(questions.map((question) => ({ question, answers: [] })));
  return {
    name,
    documents: documents.length,
    tuned: await outcomes(set.questions.filter((entry) => !entry.heldOut)),
    heldOut: await outcomes(set.questions.filter((entry) => entry.heldOut)),
    unseen: await outcomes(set.unseen ?? []),
    offTopic: await declined(set.offTopic),
    unseenOffTopic: await declined(set.unseenOffTopic ?? []),
    robustness: await outcomes(set.robustness ?? []),
    robustnessOffTopic: await declined(set.robustnessOffTopic ?? []),
    fresh: await outcomes(set.fresh ?? []),
    freshOffTopic: await declined(set.freshOffTopic ?? []),
    last: await outcomes(set.last ?? []),
    lastOffTopic: await declined(set.lastOffTopic ?? []),
    blind: await outcomes(set.blind ?? []),
    blindOffTopic: await declined(set.blindOffTopic ?? []),
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
    await evaluateBase(`support site (${articles.length} articles)`, articles, siteQuestionSet),
    ...(await Promise.all(smallBases.map((base) => evaluateBase(base.name, base.documents, base)))),
  ];
}

/** Evaluates one domain's knowledge base with questions never tuned on (reported as fresh). */
function evaluateDomain(
  name: string,
  documents: readonly KnowledgeDocument[],
  questions: readonly AnsweredQuestion[],
  offTopic: readonly string[],
): Promise<BaseEvaluation> {
  return evaluateBase(`${name}, ${documents.length} documents)`, documents, {
    questions: [],
    offTopic: [],
    fresh: questions,
    freshOffTopic: offTopic,
  });
}

/** Evaluates another domain's knowledge base (a project-management app), never tuned on. */
export function evaluateOtherDomain(): Promise<BaseEvaluation> {
  return evaluateDomain('another domain (app help centre', appDocuments, appQuestions, appOffTopicQuestions);
}

/** Evaluates a third domain's knowledge base (an energy supplier), written last and never tuned on. */
export function evaluateThirdDomain(): Promise<BaseEvaluation> {
  return evaluateDomain(
    'third domain (energy supplier',
    energyDocuments,
    energyQuestions,
    energyOffTopicQuestions,
  );
}

/**
 * Evaluates the fifth round's two domains (a university IT desk, a veterinary practice), written
 * before that round's changes.
 */
export function evaluateMoreDomains(): Promise<BaseEvaluation[]> {
  return Promise.all([
    evaluateDomain(
      'fourth domain (university IT desk',
      itDeskDocuments,
      itDeskQuestions,
      itDeskOffTopicQuestions,
    ),
    evaluateDomain('fifth domain (veterinary practice', vetDocuments, vetQuestions, vetOffTopicQuestions),
  ]);
}

/**
 * Evaluates the seventh round's measure set for declining (`knowledge-precision-data.ts`): new
 * answerable site questions with general off-topic ones, off-topic ones in the shop's own words,
 * and off-topic ones for the app's help centre and the energy supplier.
 */
export function evaluatePrecision(): Promise<BaseEvaluation[]> {
  return Promise.all([
    evaluateDomain(
      'precision: support site (general off-topic',
      articles,
      precisionSiteQuestions,
      precisionGeneralOffTopic,
    ),
    evaluateDomain(
      "precision: support site (off-topic in the shop's words",
      articles,
      [],
      precisionShopOffTopic,
    ),
    evaluateDomain('precision: app help centre (off-topic', appDocuments, [], precisionAppOffTopic),
    evaluateDomain('precision: energy supplier (off-topic', energyDocuments, [], precisionEnergyOffTopic),
  ]);
}

/** A set written blind, by someone who never saw retrieval: site questions, off-topic ones and small bases. */
export interface BlindSet {
  /** How its rows are labelled, e.g. `written blind`. */
  label: string;
  siteQuestions: readonly KnowledgeQuestion[];
  offTopic: readonly string[];
  smallBases: readonly SmallBase[];
  /** True once its misses have been read (a dev set): they may be printed; a blind set prints counts only. */
  dev: boolean;
}

/** The first blind set (`knowledge-blind-data.ts`); since used while tuning, so no longer blind. */
export const firstBlindSet: BlindSet = {
  label: 'written blind',
  siteQuestions: blindSiteQuestions,
  offTopic: blindOffTopicQuestions,
  smallBases: blindSmallBases,
  dev: true,
};

/**
 * The second blind set (`knowledge-blind2-data.ts`), written after the first had been tuned on;
 * measured only until the eighth round, which read its misses: a dev set since.
 */
export const secondBlindSet: BlindSet = {
  label: 'blind 2',
  siteQuestions: blind2SiteQuestions,
  offTopic: blind2OffTopicQuestions,
  smallBases: blind2SmallBases,
  dev: true,
};

/**
 * The third blind set (`knowledge-blind3-data.ts`), written when the second was about to be read
 * and tuned on; measured only until the ninth round, which read its misses: a dev set since.
 */
export const thirdBlindSet: BlindSet = {
  label: 'blind 3',
  siteQuestions: blind3SiteQuestions,
  offTopic: blind3OffTopicQuestions,
  smallBases: blind3SmallBases,
  dev: true,
};

/**
 * The fourth blind set (`knowledge-blind4-data.ts`), written by someone who never saw retrieval while
 * the third was being read and tuned on: measure only.
 */
const fourthBlindSet: BlindSet = {
  label: 'blind 4',
  siteQuestions: blind4SiteQuestions,
  offTopic: blind4OffTopicQuestions,
  smallBases: blind4SmallBases,
  dev: false,
};

/** Evaluates a blind set (the first by default): the site's blind questions and its small bases. */
export async function evaluateBlindKnowledge(set: BlindSet = firstBlindSet): Promise<BaseEvaluation[]> {
  const blindSet = (questions: readonly KnowledgeQuestion[], offTopic: readonly string[]): QuestionSet => ({
    questions: [],
    offTopic: [],
    blind: questions,
    blindOffTopic: offTopic,
  });
  return Promise.all([
    evaluateBase(
      `support site (${articles.length} articles)`,
      articles,
      blindSet(set.siteQuestions, set.offTopic),
    ),
    ...set.smallBases.map((base) =>
      evaluateBase(base.name, base.documents, blindSet(base.questions, base.offTopic)),
    ),
  ]);
}

/**
 * Every question written for one base (and every off-topic one) asked of each other small or
 * other-domain base (the first blind set's included, the second's and third's left out): how many get an
 * answer. Almost all should be declined, though a few are fair questions for that base too, so
 * the count is measured, not judged; a rise says the gate answers more of what it should not.
 */
export async function evaluateCrossBases(): Promise<{ asked: number; answered: number }> {
  const questions = (entries: readonly { question: string }[]) => entries.map(({ question }) => question);
  const bases = [
    { documents: articles, questions: [...questions(siteQuestions), ...questions(blindSiteQuestions)] },
    ...[...smallBases, ...blindSmallBases].map((base) => ({
      documents: base.documents,
      questions: questions(base.questions),
    })),
    { documents: appDocuments, questions: questions(appQuestions) },
    { documents: energyDocuments, questions: questions(energyQuestions) },
    { documents: itDeskDocuments, questions: questions(itDeskQuestions) },
    { documents: vetDocuments, questions: questions(vetQuestions) },
  ];
  const offTopic = [
    ...offTopicQuestions,
    ...blindOffTopicQuestions,
    ...appOffTopicQuestions,
    ...energyOffTopicQuestions,
    ...itDeskOffTopicQuestions,
    ...vetOffTopicQuestions,
  ];
  let asked = 0;
  let answered = 0;
  // The site's own base has too many articles to count as somebody else's: it only asks.
  for (const base of bases.slice(1)) {
    const model = createOfflineModel({ knowledge: base.documents, pacing: 0 });
    const foreign = new Set([
      ...bases.filter((other) => other !== base).flatMap((other) => other.questions),
      ...offTopic,
    ]);
    for (const question of foreign) {
      asked++;
      if ((await ask(model, question)) !== undefined) answered++;
    }
  }
  return { asked, answered };
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

/** The groups of a base's outcomes, as reported (empty groups are left out). */
const GROUPS = [
  ['tuned', 'top-1 article, tuned questions', '≥ 95'],
  ['heldOut', 'top-1 article, held-out questions', '≥ 95'],
  ['unseen', 'top-1 article, unseen held-out questions', '≥ 95'],
  ['offTopic', 'off-topic questions declined', '100'],
  ['unseenOffTopic', 'unseen off-topic questions declined', '100'],
  ['robustness', 'top-1 article, robustness dev questions', '≥ 95'],
  ['robustnessOffTopic', 'robustness off-topic questions declined', '100'],
  ['fresh', 'top-1 article, fresh held-out questions', '≥ 95'],
  ['freshOffTopic', 'fresh off-topic questions declined', '100'],
  ['last', 'top-1 article, last held-out questions', '≥ 95'],
  ['lastOffTopic', 'last off-topic questions declined', '100'],
  ['blind', 'top-1 article, questions written blind', 'none (measure only)'],
  ['blindOffTopic', 'off-topic questions written blind declined', 'none (measure only)'],
] as const;

const percent = (value: number) => Math.round(value * 1000) / 10;

/** Prints a dev set's misses (question → the document that answered, or "no answer") to stderr. */
function printMisses(base: BaseEvaluation, label: string): void {
  const missed = [...base.blind, ...base.blindOffTopic].filter((outcome) => !outcome.correct);
  console.error(`\n${label}: ${missed.length} missed`);
  for (const { question, expected, answeredFrom } of missed)
    console.error(
      `  ${question} → ${answeredFrom ?? 'no answer'} (expected ${expected.join(' or ') || 'none'})`,
    );
}

/** One row per non-empty group of a base: its accuracy in %. */
function groupRows(base: BaseEvaluation, label = base.name): KnowledgeBenchRow[] {
  return GROUPS.flatMap(([group, metric, target]) =>
    base[group].length === 0
      ? []
      : [
          {
            bench: 'knowledge-base' as const,
            metric: `${label}: ${metric} (${base[group].length})`,
            value: percent(accuracy(base[group])),
            unit: '%',
            target,
          },
        ],
  );
}

/**
 * Rows for `npm run bench`: top-1 article accuracy per group of questions and off-topic declines,
 * each blind set on rows of its own.
 */
export async function bench(): Promise<KnowledgeBenchRow[]> {
  const blind: KnowledgeBenchRow[] = [];
  for (const set of [firstBlindSet, secondBlindSet, thirdBlindSet, fourthBlindSet])
    for (const base of await evaluateBlindKnowledge(set)) {
      blind.push(...groupRows(base, `${set.label}: ${base.name}`));
      if (set.dev && process.env.KNOWLEDGE_MISSES) printMisses(base, `${set.label}: ${base.name}`);
    }
  return [
    ...(await evaluateKnowledge()),
    await evaluateOtherDomain(),
    await evaluateThirdDomain(),
    ...(await evaluateMoreDomains()),
    ...(await evaluatePrecision()),
  ]
    .flatMap((base) => groupRows(base))
    .concat(blind, await crossBaseRows(), await largeBaseRows());
}

/** How many questions written for another base each small or other-domain base answers. */
async function crossBaseRows(): Promise<KnowledgeBenchRow[]> {
  const { asked, answered } = await evaluateCrossBases();
  return [
    {
      bench: 'knowledge-base',
      metric: `other bases' questions answered by the small and other-domain bases (${asked})`,
      value: answered,
      unit: 'questions',
      target: 'none (measure only; fewer is better)',
    },
  ];
}

/** The site's articles among 9,964 filler articles (10,000 documents). */
export async function evaluateLargeBase(): Promise<{
  evaluation: BaseEvaluation;
  build: number;
  timings: number[];
}> {
  const documents = [...articles, ...fillerDocuments(10_000 - articles.length)];
  const start = performance.now();
  const model = createOfflineModel({ knowledge: documents, pacing: 0 });
  const build = performance.now() - start;
  const timings: number[] = [];
  const evaluation = await evaluateBase('10,000 documents', documents, siteQuestionSet, model, timings);
  return { evaluation, build, timings };
}

/** The 10,000-document base: accuracy per group, build and reply time. */
async function largeBaseRows(): Promise<KnowledgeBenchRow[]> {
  const { evaluation, build, timings } = await evaluateLargeBase();
  const median = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? 0;
  const row = (metric: string, value: number, target: string): KnowledgeBenchRow => ({
    bench: 'knowledge-base',
    metric: `10,000 documents: ${metric}`,
    value: Math.round(value * 10) / 10,
    unit: 'ms',
    target,
  });
  return [
    ...groupRows(evaluation),
    row('index build', build, ''),
    row('reply, no pacing (median)', median, '< 100'),
  ];
}
