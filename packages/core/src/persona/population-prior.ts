import type { Persona, PersonaPrior } from './persona';

/**
 * Fits a population prior from trained personas of the same space: per dimension the mean
 * of their means, and the spread of their means plus their mean variance (law of total
 * variance), kept within [minVariance, 1]. Pinned dimensions count with their set value.
 */
export function fitPopulationPrior(
  personas: readonly Persona[],
  options: { minVariance?: number } = {},
): PersonaPrior {
  if (personas.length === 0) throw new RangeError('fitPopulationPrior: needs at least one persona');
  const minVariance = options.minVariance ?? 0.05;
  const readouts = personas.map((p) => p.directions());
  const mean: Record<string, number> = {};
  const variance: Record<string, number> = {};
  const first = readouts[0] ?? [];
  first.forEach(({ id }, d) => {
    const means = readouts.map((r) => r[d]?.mean ?? 0);
    const m = means.reduce((a, b) => a + b, 0) / means.length;
    const spread = means.reduce((a, b) => a + (b - m) ** 2, 0) / means.length;
    const within = readouts.reduce((a, r) => a + (r[d]?.uncertainty ?? 1) ** 2, 0) / readouts.length;
    mean[id] = m;
    variance[id] = Math.min(1, Math.max(minVariance, spread + within));
  });
  return { mean, variance };
}
