import type { PassageIndex, RankedPassage } from './passage-index';
import type { PromptReading } from './read-prompt';
import { searchTerms } from './search-terms';

/** Share of the question's search terms the best passage must match (unless a follow-up). */
const MIN_COVERAGE = 0.5;
/** How much the previous question counts when the current one is a follow-up. */
const CONTEXT_WEIGHT = 0.5;
const FOLLOW_UP = /^(?:and|also|what about|how about|so)\b|\b(?:it|that|this|those|them|they|there|one)\b/i;

/** A follow-up leans on the previous question: it refers back to it or is a word or two. */
function isFollowUp(question: string): boolean {
  return searchTerms(question).length <= 1 || FOLLOW_UP.test(question);
}

/**
 * Ranks passages for the last user message, adding a little recent context when the
 * message is a follow-up ("and how long does that take?"). Returns an empty list when
 * the knowledge base has no answer: the best match scores below `minScore`, or no
 * passage matches at least half of the question's search terms (a stray word in
 * common is not an answer).
 */
export function retrieve(index: PassageIndex, reading: PromptReading, minScore: number): RankedPassage[] {
  const terms = new Set(searchTerms(reading.question)).size;
  if (terms === 0) return [];
  const ranked = new Map<string, RankedPassage>();
  for (const result of index.search(reading.question)) ranked.set(result.passage.id, result);
  const context = isFollowUp(reading.question) ? reading.previousQuestion : undefined;
  const covered = [...ranked.values()].some((result) => result.matchedTerms >= terms * MIN_COVERAGE);
  if (context === undefined && !covered) return [];
  if (context !== undefined) {
    for (const result of index.search(context)) {
      const current = ranked.get(result.passage.id);
      ranked.set(result.passage.id, {
        passage: result.passage,
        score: (current?.score ?? 0) + CONTEXT_WEIGHT * result.score,
        matchedTerms: current?.matchedTerms ?? 0,
      });
    }
  }
  const results = [...ranked.values()].sort(
    (left, right) => right.score - left.score || left.passage.id.localeCompare(right.passage.id),
  );
  const best = results[0];
  return best !== undefined && best.score >= minScore ? results : [];
}
