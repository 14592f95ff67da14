/** Replies that differ in at most this share of their words (or one word) are one reply. */
const SAME_SHARE = 0.03;
const SAME_WORDS = 1;
/** Longer replies are compared on their first this many words. */
const MAX_WORDS = 400;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);

/** Length of the longest common subsequence of two word lists. */
function commonWords(left: readonly string[], right: readonly string[]): number {
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const word of left) {
    const current = [0];
    right.forEach((other, index) => {
      current.push(
        word === other ? (previous[index] ?? 0) + 1 : Math.max(previous[index + 1] ?? 0, current[index] ?? 0),
      );
    });
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * Whether two candidate replies differ enough to ask the user to choose: not when they are
 * identical or nearly so (words added, dropped or changed, in order, ignoring case and
 * punctuation: at most one word, or 3 % of the longer one's), e.g. two no-answer replies, where a
 * choice would teach nothing. One added line, such as a greeting or a quip, is a difference.
 */
export function repliesDiffer(first: string, second: string): boolean {
  const left = words(first);
  const right = words(second);
  if (left.length + right.length === 0) return false;
  const longer = Math.max(left.length, right.length);
  const common = commonWords(left, right);
  return common === 0 || longer - common > Math.max(SAME_WORDS, SAME_SHARE * longer);
}
