// Runs the knowledge-base evaluation (`knowledge-data.ts`) against the offline model:
// which document answered each question (its first source part) and which were declined.
import { createOfflineModel, type KnowledgeDocument } from '@attune/core/offline';
import { articles } from '../../examples/support-site/knowledge/articles';
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
  return (await evaluateKnowledge()).flatMap((base) => [
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
  ]);
}
