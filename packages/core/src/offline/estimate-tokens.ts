/** A rough token count (about four characters per token), for usage reports. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
