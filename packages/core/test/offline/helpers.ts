import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { syllable } from 'syllable';
import { articles } from '../../../../examples/support-site/knowledge/articles';
import { formatStyleBlock } from '../../src/alignment/style-block';
import { createOfflineModel } from '../../src/offline';
import type { Style } from '../../src/style/style';

/** The offline model over the real Parcelwise knowledge base, streaming without waits. */
export function supportModel(): LanguageModelV4 {
  return createOfflineModel({ knowledge: articles, pacing: 0, supportContact: 'help@parcelwise.example' });
}

/** Call options for one question under a style, after an optional earlier exchange. */
export function callFor(
  question: string,
  style: Style = {},
  history: ReadonlyArray<{ role: 'user' | 'assistant'; text: string }> = [],
): LanguageModelV4CallOptions {
  return {
    prompt: [
      { role: 'system', content: `You are the Parcelwise help assistant.\n${formatStyleBlock(style)}` },
      ...history.map(({ role, text }) => ({ role, content: [{ type: 'text' as const, text }] })),
      { role: 'user', content: [{ type: 'text', text: question }] },
    ],
  };
}

/** The text of a `doGenerate` call. */
export async function replyText(
  model: LanguageModelV4,
  options: LanguageModelV4CallOptions,
): Promise<string> {
  const result = await model.doGenerate(options);
  return result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
}

/** Reads every part of a stream. */
export async function readParts(
  stream: ReadableStream<LanguageModelV4StreamPart>,
): Promise<LanguageModelV4StreamPart[]> {
  const parts: LanguageModelV4StreamPart[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return parts;
}

/** Words of a text (bullets, numbers and markup excluded). */
export function words(text: string): string[] {
  return text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}

/** Sentences of a text: split at end punctuation and line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

/** Average words per sentence. */
export function wordsPerSentence(text: string): number {
  return words(text).length / sentences(text).length;
}

/** Average syllables per word. */
export function syllablesPerWord(text: string): number {
  const list = words(text);
  return list.reduce((total, word) => total + syllable(word), 0) / list.length;
}

/** Lines that are bullet points or numbered steps. */
export function listLines(text: string): number {
  return text.split('\n').filter((line) => /^\s*(?:[-*•]|\d+[.)])\s/.test(line)).length;
}

/** Contractions such as "don't" and "you'll". */
export function contractions(text: string): number {
  return (text.match(/\b\p{L}+['’](?:t|ll|re|ve|m|s|d)\b/giu) ?? []).filter(
    (found) => !/^parcelwise/i.test(found),
  ).length;
}

/** Flesch–Kincaid grade level: the school grade a text reads at (lower is plainer). */
export function readingGrade(text: string): number {
  return 0.39 * wordsPerSentence(text) + 11.8 * syllablesPerWord(text) - 15.59;
}

/** The document a model's reply to a question drew on first (its first source part), or undefined when it found no answer. */
export async function answeredFrom(model: LanguageModelV4, question: string): Promise<string | undefined> {
  const result = await model.doGenerate({
    prompt: [{ role: 'user', content: [{ type: 'text', text: question }] }],
  });
  return result.content.find((part) => part.type === 'source')?.id;
}
