import type { Signal } from '../persona/signals';
import type { AlignmentPersona } from './alignment-persona';
import { estimateTokens, truncateToTokens } from './token-estimate';

/** One in-context example: the user's own past choice (the paper's ICA input). */
export interface InContextExample {
  /** What the user asked. */
  prompt: string;
  /** The reply the user chose (or rated up). */
  chosen: string;
  /** The reply the user turned down, when there was one. */
  rejected?: string;
}

/** A remembered example with when it happened. */
export interface RememberedExample extends InContextExample {
  /** When the user made the choice (ms since epoch). */
  at: number;
}

/** How many past choices are remembered for in-context alignment. */
export const EXAMPLE_MEMORY_SIZE = 24;

/**
 * Returns `memory` with what `signal` adds: a comparison is remembered as
 * prompt/chosen/rejected, a thumbs-up with a known prompt as prompt/chosen; other signals
 * add nothing. Only the newest {@link EXAMPLE_MEMORY_SIZE} are kept.
 */
export function rememberExample(memory: readonly RememberedExample[], signal: Signal): RememberedExample[] {
  if ((signal.weight ?? 1) <= 0) return [...memory];
  let example: RememberedExample | undefined;
  if (signal.kind === 'comparison') {
    example = { prompt: signal.prompt, chosen: signal.chosen, rejected: signal.rejected, at: signal.at };
  } else if (signal.kind === 'rating' && signal.rating === 'up' && signal.prompt !== undefined) {
    example = { prompt: signal.prompt, chosen: signal.text, at: signal.at };
  }
  return example ? [...memory, example].slice(-EXAMPLE_MEMORY_SIZE) : [...memory];
}

/**
 * Orders remembered examples by how informative they are about the current estimate:
 * a comparison scores the persona's probability that the user prefers its chosen reply
 * over its rejected one (examples that show the learned preference most clearly first;
 * ones the estimate now contradicts last), a lone thumbs-up scores 0.5; newer first on ties.
 */
export function rankExamples(
  memory: readonly RememberedExample[],
  persona: Pick<AlignmentPersona, 'preferenceProbability'>,
): InContextExample[] {
  return memory
    .map((example) => ({
      example,
      score:
        example.rejected === undefined
          ? 0.5
          : persona.preferenceProbability(example.chosen, example.rejected),
    }))
    .sort((a, b) => b.score - a.score || b.example.at - a.example.at)
    .map(({ example: { at: _at, ...example } }) => example);
}

const exampleTokens = (example: InContextExample): number =>
  estimateTokens(example.prompt) + estimateTokens(example.chosen) + estimateTokens(example.rejected ?? '');

/** Below this many tokens left, a long example is not cut to fit but skipped. */
const MIN_EXAMPLE_TOKENS = 48;

/**
 * Keeps examples, in order, while their total stays within `maxTokens` (by
 * `estimateTokens` over prompt, chosen and rejected). An example too long for what is left
 * is shortened (prompt ≤ 1/5, each reply ≤ 2/5 of what is left) when at least
 * 48 tokens remain; otherwise it is skipped.
 */
export function fitExamples(examples: readonly InContextExample[], maxTokens: number): InContextExample[] {
  const kept: InContextExample[] = [];
  let left = maxTokens;
  for (const example of examples) {
    if (exampleTokens(example) <= left) {
      kept.push(example);
      left -= exampleTokens(example);
      continue;
    }
    if (left < MIN_EXAMPLE_TOKENS) continue;
    const share = (part: number) => Math.floor(left * part);
    const shortened: InContextExample = {
      prompt: truncateToTokens(example.prompt, share(0.2)),
      chosen: truncateToTokens(example.chosen, share(0.4)),
      ...(example.rejected === undefined ? {} : { rejected: truncateToTokens(example.rejected, share(0.4)) }),
    };
    if (shortened.prompt && shortened.chosen && exampleTokens(shortened) <= left) {
      kept.push(shortened);
      left -= exampleTokens(shortened);
    }
  }
  return kept;
}
