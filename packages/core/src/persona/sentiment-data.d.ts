/** The English language module of the `sentiment` package: AFINN-165 scores and its negation rule. */
declare module 'sentiment/languages/en/index.js' {
  const english: {
    labels: Record<string, number>;
    scoringStrategy: { apply(tokens: readonly string[], cursor: number, tokenScore: number): number };
  };
  export default english;
}
