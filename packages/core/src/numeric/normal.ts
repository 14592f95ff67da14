/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Standard normal distribution function Φ(x) (Zelen & Severo 26.2.17, error < 7.5e-8); exactly 0.5 at 0. */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const tail =
    normalPdf(x) *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x > 0 ? 1 - tail : x < 0 ? tail : 0.5;
}

/** The inverse Mills ratio φ(t)/Φ(t), with its asymptote −t + 1/(−t) below t = −6 where Φ underflows. */
export function inverseMillsRatio(t: number): number {
  if (t < -6) return -t + 1 / -t;
  return normalPdf(t) / Math.max(normalCdf(t), 1e-300);
}

/** Confidence in [0, 1] that a normal weight with this mean and standard deviation has the sign of its mean: |2Φ(mean/deviation) − 1|. */
export function signConfidence(mean: number, deviation: number): number {
  if (deviation <= 0) return mean === 0 ? 0 : 1;
  return Math.abs(2 * normalCdf(mean / deviation) - 1);
}
