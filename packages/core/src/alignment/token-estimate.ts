/**
 * Estimates how many model tokens a text costs. Heuristic: one token per four characters,
 * rounded up (the usual rule of thumb for English with BPE tokenizers such as GPT's and
 * Llama's; it over-counts slightly for plain prose, which keeps budgets on the safe side).
 * No tokenizer is bundled, so the estimate costs nothing and works with any provider.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Cuts a text so that it fits within `tokens` (by {@link estimateTokens}), at a word
 * boundary when one is near, and marks the cut with an ellipsis. Returns the text
 * unchanged when it already fits and an empty string when nothing fits.
 */
export function truncateToTokens(text: string, tokens: number): string {
  if (estimateTokens(text) <= tokens) return text;
  const maxChars = tokens * 4 - 1;
  if (maxChars <= 0) return '';
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  const head = space > maxChars * 0.6 ? cut.slice(0, space) : cut;
  return `${head.trimEnd()}…`;
}
