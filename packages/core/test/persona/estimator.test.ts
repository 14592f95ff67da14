import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/numeric/normal';
import { type Estimate, preferenceOf, updateEstimate } from '../../src/persona/estimator';

const estimateOf = (mean: number[], variance: number[]): Estimate => ({
  mean: Float64Array.from(mean),
  variance: Float64Array.from(variance),
  pinned: new Float64Array(mean.length).fill(Number.NaN),
});

describe('assumed-density probit update', () => {
  it('matches a hand-computed case', () => {
    // Prior N(0, 1), x = (1, 0), noise 1: c = √2, t = 0, v = φ(0)/Φ(0) = 2φ(0) = 0.797885.
    // mean += 1·1·v/√2 = 0.564190; variance ·= 1 − v²/2 = 0.681690; the zero feature stays put.
    const estimate = estimateOf([0, 0], [1, 1]);
    const moved = new Float64Array(2);
    updateEstimate(estimate, Float64Array.from([1, 0]), 1, 1, moved);
    expect(estimate.mean[0]).toBeCloseTo(0.56419, 5);
    expect(estimate.variance[0]).toBeCloseTo(0.68169, 5);
    expect(estimate.mean[1]).toBe(0);
    expect(estimate.variance[1]).toBe(1);
    expect(moved[0]).toBeCloseTo(0.56419, 5);
  });

  it('predicts with the uncertainty folded in', () => {
    const estimate = estimateOf([1], [3]);
    // Φ(1 / √(1 + 3)) = Φ(0.5)
    expect(preferenceOf(estimate, Float64Array.from([1]), 1)).toBeCloseTo(normalCdf(0.5), 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
  });

  it('never moves a dimension against the sign of its feature difference', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let trial = 0; trial < 500; trial += 1) {
      const size = 6;
      const estimate = estimateOf(
        Array.from({ length: size }, () => (random() - 0.5) * 6),
        Array.from({ length: size }, () => 0.01 + random() * 2),
      );
      const before = estimate.mean.slice();
      const x = Float64Array.from({ length: size }, () => (random() < 0.3 ? 0 : (random() - 0.5) * 4));
      updateEstimate(estimate, x, 0.2 + random() * 2, random() * 3, new Float64Array(size));
      for (let d = 0; d < size; d += 1) {
        const change = (estimate.mean[d] as number) - (before[d] as number);
        expect(change * (x[d] as number)).toBeGreaterThanOrEqual(0);
        if (x[d] === 0) expect(change).toBe(0);
      }
    }
  });

  it('leaves everything unchanged at weight 0', () => {
    const estimate = estimateOf([0.3], [0.5]);
    updateEstimate(estimate, Float64Array.from([1]), 1, 0, new Float64Array(1));
    expect([estimate.mean[0], estimate.variance[0]]).toEqual([0.3, 0.5]);
  });

  it('has no preference where it knows nothing: Φ(0) is exactly 0.5 and Φ(x) + Φ(−x) = 1', () => {
    expect(normalCdf(0)).toBe(0.5);
    for (const x of [1e-9, 0.3, 1.7, 4]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 12);
    expect(preferenceOf(estimateOf([0, 0], [1, 1]), Float64Array.from([0.4, -0.2]), 1)).toBe(0.5);
  });
});
