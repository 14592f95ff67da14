import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
  SharedV4Warning,
} from '@ai-sdk/provider';
import { parseStyleBlock } from '../alignment/style-block';
import { STYLE_AXES, type StyleAxis } from '../style/style';
import { readStyleRequests } from '../style/style-requests';
import { attachmentNotice } from './attachment-notice';
import { composeReply } from './compose-reply';
import { estimateTokens } from './estimate-tokens';
import { inferStyle } from './infer-style';
import type { KnowledgeDocument } from './knowledge-document';
import { KnowledgeError } from './knowledge-error';
import { composeNoAnswer } from './no-answer-reply';
import { chunkText, type OfflinePacing, resolvePacing } from './pacing';
import { createPassageIndex } from './passage-index';
import { pause } from './pause';
import { readPrompt } from './read-prompt';
import { retrievalQuery } from './retrieval-query';
import { retrieve } from './retrieve';
import { createSynonymTable, searchTerms } from './search-terms';
import { selectPassages } from './select-passages';
import { sourceParts } from './source-parts';
import { splitPassages } from './split-passages';
import { styleLevel } from './style-level';
import { NARROWER_WORDS, WORD_GROUPS } from './synonyms';
import { validateKnowledge } from './validate-knowledge';

/** Options of `createOfflineModel`. */
export interface OfflineModelOptions {
  /** The documents answers are composed from. */
  knowledge: readonly KnowledgeDocument[];
  /** Streaming speed: a delay between chunks in ms (`0` = no waiting), or finer settings. */
  pacing?: number | OfflinePacing;
  /**
   * The least share of the question, in (0, 1], the best document must cover to answer
   * (terms weighed by how rare they are among the documents, so it means the same for 1
   * or 10,000 documents); below it the model says the knowledge base has no answer.
   * Default 0.5.
   */
  minCoverage?: number;
  /** More groups of words that mean the same in your domain, e.g. `[['sofa', 'couch']]`. */
  synonyms?: readonly (readonly string[])[];
  /** The name under a formal sign-off. Default "The support team". */
  signature?: string;
  /** How to reach human support, named in the no-answer reply (e.g. an email address). */
  supportContact?: string;
  /** The model id reported to the AI SDK. Default "attune-offline". */
  modelId?: string;
}

const DEFAULT_MIN_COVERAGE = 0.5;

/** The style axes the offline model realizes: every one it reads from the style block. */
export const OFFLINE_STYLE_AXES: readonly StyleAxis[] = STYLE_AXES;

/** The offline model: an AI SDK language model that also declares the style axes it realizes. */
export interface OfflineModel extends LanguageModelV4 {
  /** The style axes a requested difference changes the reply on (for the comparison planner). */
  readonly styleAxes: readonly StyleAxis[];
  /**
   * Replaces the knowledge base while the app runs (an article added, edited or removed): the
   * next call answers from it, a reply already streaming finishes from the one it started
   * with. Validated first, as `knowledge` is: a malformed base throws a `KnowledgeError` and
   * the model keeps the one it has. Takes about as long as creating the model.
   */
  setKnowledge(knowledge: readonly KnowledgeDocument[]): void;
}
const STYLE_BLOCK = /<attune-style\b/;
const STOP: LanguageModelV4FinishReason = { unified: 'stop', raw: 'stop' };
const LENGTH: LanguageModelV4FinishReason = { unified: 'length', raw: 'length' };

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The offline model call was aborted.', 'AbortError');
}

/**
 * Creates an AI SDK 7 language model (`LanguageModelV4`) that answers from a knowledge
 * base with no network: a retrieval-and-template model, not an LLM. It ranks passages
 * against the last user message (with the previous one for follow-ups), composes an
 * answer from the best ones, shapes it by the `<attune-style/>` block in the
 * instructions (or, without a block, by the style of the earlier assistant replies in
 * the prompt, such as in-context examples), and streams it at a realistic pace, with a
 * source part for each document it drew on. Style requests and feelings in the question
 * ("short version", "I'm frustrated") shape the reply and are left out of retrieval.
 * Output is deterministic for the same prompt. When no document covers `minCoverage` of
 * the question it says the knowledge base has no answer and suggests contacting support.
 * Throws a `KnowledgeError` (a `TypeError` with a `code` and the bad document's `index`) on
 * a malformed knowledge base, a `RangeError` on a bad option.
 */
export function createOfflineModel(options: OfflineModelOptions): OfflineModel {
  const pacing = resolvePacing(options.pacing);
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  if (!(minCoverage > 0 && minCoverage <= 1)) {
    throw new RangeError(`Offline model: minCoverage must be in (0, 1], got ${minCoverage}.`);
  }
  const signature = options.signature ?? 'The support team';
  const synonyms = createSynonymTable([...WORD_GROUPS, ...(options.synonyms ?? [])], NARROWER_WORDS);
  const indexed = (knowledge: readonly KnowledgeDocument[]) => {
    const documents = validateKnowledge(knowledge);
    const passages = [...documents].map(([id, document], position) => {
      const split = splitPassages(document, id);
      if (split.length === 0) {
        throw new KnowledgeError(
          'empty-body',
          `Offline model: knowledge[${position}].body has no text besides headings, so nothing could find it.`,
          position,
        );
      }
      return split;
    });
    const index = createPassageIndex(passages.flat(), synonyms);
    return { documents, index };
  };
  let base = indexed(options.knowledge);

  function answer(call: LanguageModelV4CallOptions) {
    const { documents, index } = base;
    const reading = readPrompt(call.prompt);
    const requests = readStyleRequests(reading.question);
    const query = retrievalQuery(requests.question, reading.earlierQuestions);
    const given = STYLE_BLOCK.test(reading.instructions)
      ? parseStyleBlock(reading.instructions)
      : inferStyle(reading.earlierReplies);
    // What the user asks for in this very message wins over the profile; a feeling asks for
    // empathy (as the personalization learns it), unless the profile clearly wants none.
    const felt =
      requests.feelings.length > 0 &&
      requests.style.empathy === undefined &&
      styleLevel(given, 'empathy') !== 'low';
    const style = { ...given, ...requests.style, ...(felt && { empathy: 1 }) };
    const ranked = retrieve(index, query, minCoverage);
    const context = { style, question: reading.question, signature };
    const selection =
      ranked.length === 0
        ? undefined
        : selectPassages(
            ranked,
            style,
            index.passages,
            new Set(searchTerms(query.question).flatMap((term) => index.related(term))),
          );
    // A no-answer reply has nothing to style: it reads the same whatever style is asked.
    let text =
      selection === undefined
        ? composeNoAnswer({
            style: {},
            question: reading.question,
            signature,
            ...(options.supportContact === undefined ? {} : { supportContact: options.supportContact }),
          })
        : composeReply(selection, context);
    // A message that asks nothing new is answered from what was asked before, unless it only sends files.
    const asked =
      requests.question.trim() !== '' || (query.question !== requests.question && reading.attachments === 0);
    if (reading.attachments > 0) {
      // Files alone get the notice only; a question with files gets its answer after the notice.
      const notice = attachmentNotice(reading.attachments, asked);
      text = asked ? `${notice}\n\n${text}` : notice;
    }
    const sources =
      selection === undefined || !asked
        ? []
        : sourceParts(selection.documentIds, documents, selection.anchors);
    let finishReason = STOP;
    const limit = call.maxOutputTokens;
    if (limit !== undefined && estimateTokens(text) > limit) {
      const cut = text.slice(0, limit * 4);
      text = cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)).trimEnd() || cut;
      finishReason = LENGTH;
    }
    const outputTokens = estimateTokens(text);
    const usage: LanguageModelV4Usage = {
      inputTokens: {
        total: estimateTokens(reading.allText),
        noCache: estimateTokens(reading.allText),
        cacheRead: 0,
        cacheWrite: 0,
      },
      outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
    };
    const warnings: SharedV4Warning[] = [];
    if (call.tools !== undefined && call.tools.length > 0) {
      warnings.push({
        type: 'unsupported',
        feature: 'tools',
        details: 'The offline model never calls tools.',
      });
    }
    if (call.responseFormat?.type === 'json') {
      warnings.push({
        type: 'unsupported',
        feature: 'responseFormat',
        details: 'The offline model answers in text.',
      });
    }
    return { text, finishReason, usage, warnings, sources };
  }

  async function* streamParts(
    call: LanguageModelV4CallOptions,
    { text, finishReason, usage, warnings, sources }: ReturnType<typeof answer>,
  ): AsyncGenerator<LanguageModelV4StreamPart> {
    const signal = call.abortSignal;
    yield { type: 'stream-start', warnings };
    yield* sources;
    yield { type: 'text-start', id: 'text-0' };
    let wait = pacing.firstChunkDelayMs;
    for (const chunk of chunkText(text, pacing.wordsPerChunk)) {
      if (wait > 0) await pause(wait, signal);
      if (signal?.aborted) throw abortError(signal);
      yield { type: 'text-delta', id: 'text-0', delta: chunk };
      wait = pacing.chunkDelayMs;
    }
    yield { type: 'text-end', id: 'text-0' };
    yield { type: 'finish', finishReason, usage };
  }

  return {
    specificationVersion: 'v4',
    provider: 'attune.offline',
    styleAxes: OFFLINE_STYLE_AXES,
    modelId: options.modelId ?? 'attune-offline',
    supportedUrls: {},
    setKnowledge(knowledge) {
      base = indexed(knowledge);
    },
    async doGenerate(call) {
      if (call.abortSignal?.aborted) throw abortError(call.abortSignal);
      const { text, finishReason, usage, warnings, sources } = answer(call);
      return { content: [...sources, { type: 'text', text }], finishReason, usage, warnings };
    },
    async doStream(call) {
      if (call.abortSignal?.aborted) throw abortError(call.abortSignal);
      // Answered now, from the knowledge base of this moment: setKnowledge does not change a reply under way.
      const parts = streamParts(call, answer(call));
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async pull(controller) {
          try {
            const next = await parts.next();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          } catch (error) {
            controller.error(error);
          }
        },
        async cancel() {
          await parts.return(undefined);
        },
      });
      return { stream };
    },
  };
}
